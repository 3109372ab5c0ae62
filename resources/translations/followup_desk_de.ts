<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Follow-up Desk</source>
        <translation>Über Follow-up Desk</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>Follow-up Desk</source>
        <translation>Follow-up Desk</translation>
    </message>
    <message>
        <source>Every first contact gets its follow-ups: e-mails, calls, packages and mailers, on time.</source>
        <translation>Jeder Erstkontakt bekommt sein Nachfassen: E-Mails, Anrufe, Pakete und Postwurfsendungen, pünktlich.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>This desk's settings</source>
        <translation>Einstellungen dieses Platzes</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. The DejaVu fonts carry their own free licence.</source>
        <translation>Freie Software unter der MIT-Lizenz. Die DejaVu-Schriften haben ihre eigene freie Lizenz.</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with your database and its backups</source>
        <translation>Den Ordner mit Ihrer Datenbank und ihren Sicherungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy these details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the version and folders, for whoever helps you</source>
        <translation>Version und Ordner kopieren, für den, der Ihnen hilft</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>Telefon / E-Mail</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a checked copy of the database in the backups folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;copy to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a checked copy where you choose, e.g. a USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the data of the chosen backup back in place of today's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long backups are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older backups are deleted, and so is the record of who did what.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchViewForm</name>
    <message>
        <source>Daily batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day of the batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packages and mailers due by this day, overdue ones included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Addresses on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What carries the address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Envelope size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Label sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start at la&amp;bel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First free label on the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a half-used sheet, the number of the first free label (1 is top left, counting along each row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One piece per &amp;household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People at the same address share one envelope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business &amp;card in every package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"Print at 100 %" &amp;guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bar of known length on each envelope, to check nothing was scaled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packages and mailers in the batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick what should not go out today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print batch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the ticked pieces as one PDF, collated for stuffing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark as posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once the printed pieces are in the post: record them as posted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarPaneForm</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The number on a day is how many follow-ups are due</source>
        <translation>Die Zahl an einem Tag zeigt, wie viele Nachfassaktionen fällig sind</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute</translation>
    </message>
    <message>
        <source>Show this month and today's follow-ups</source>
        <translation>Diesen Monat und die heutigen Nachfassaktionen zeigen</translation>
    </message>
    <message>
        <source>Calendar of follow-ups</source>
        <translation>Kalender der Nachfassaktionen</translation>
    </message>
    <message>
        <source>Click a day to list its follow-ups</source>
        <translation>Einen Tag anklicken, um seine Nachfassaktionen aufzulisten</translation>
    </message>
    <message>
        <source>Follow-ups due on the chosen day</source>
        <translation>Am gewählten Tag fällige Nachfassaktionen</translation>
    </message>
    <message>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
</context>
<context>
    <name>CallReminders</name>
    <message>
        <source>Follow-up Desk</source>
        <translation>Follow-up Desk</translation>
    </message>
    <message>
        <source>&amp;Show Follow-up Desk</source>
        <translation>Follow-up Desk &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Remind me of calls</source>
        <translation>An Anrufe &amp;erinnern</translation>
    </message>
    <message>
        <source>Call at {time}</source>
        <translation>Anruf um {time}</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n calls in the next few minutes</source>
        <translation><numerusform>%n Anruf in den nächsten Minuten</numerusform><numerusform>%n Anrufe in den nächsten Minuten</numerusform></translation>
    </message>
</context>
<context>
    <name>CallScreenForm</name>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>What they have had</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What they said, what to send, when to call back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What came of the call?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Voicemail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: Voicemail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: Wrong number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: Ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not &amp;interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: Not interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How keen are they?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hot: keen to buy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cold: not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Just &amp;record it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Just record it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call &amp;tomorrow instead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallTimeDialog</name>
    <message>
        <source>Call time</source>
        <translation>Anrufzeit</translation>
    </message>
    <message>
        <source>{what} with {name}, due {day}</source>
        <translation>{what} mit {name}, fällig am {day}</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up Desk reminds you %n minutes before the call.</source>
        <translation><numerusform>Follow-up Desk erinnert Sie %n Minute vor dem Anruf.</numerusform><numerusform>Follow-up Desk erinnert Sie %n Minuten vor dem Anruf.</numerusform></translation>
    </message>
    <message>
        <source>Save time</source>
        <translation>Zeit speichern</translation>
    </message>
</context>
<context>
    <name>CallTimeForm</name>
    <message>
        <source>Agree a time for the call</source>
        <translation>Eine Zeit für den Anruf vereinbaren</translation>
    </message>
    <message>
        <source>Call &amp;at</source>
        <translation>Anruf &amp;um</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>Uhrzeit des Anrufs</translation>
    </message>
    <message>
        <source>The time agreed with the prospect, on the shop's clock</source>
        <translation>Die mit dem Interessenten vereinbarte Zeit, nach der Uhr des Geschäfts</translation>
    </message>
    <message>
        <source>&amp;No set time</source>
        <translation>&amp;Keine feste Zeit</translation>
    </message>
    <message>
        <source>Remove the agreed time; the call stays due on its day</source>
        <translation>Die vereinbarte Zeit entfernen; der Anruf bleibt an seinem Tag fällig</translation>
    </message>
</context>
<context>
    <name>CatalogueDialogForm</name>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search code or name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a product or service (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected item; quotes keep their copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import price list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add or update items from a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products and services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or type over a cell to change it. Prices like 19,99 or 19.99; tax in %.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the customer sees it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in my &amp;mail program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write and send it from your own mail program instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the e-mail, attachment included, as a .eml file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Is following up paying off?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save these figures as a PDF report and a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which first contacts and which days the figures cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Only prospects who first got in touch this way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prospects first contacted in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of those first contacts who placed a first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Became customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First orders placed in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half the customers won ordered sooner than this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median days to order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postage, printing and quotations that ran out, per customer won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups past the last day of their window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From first contact to first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point at a bar for its figure; click it to list the prospects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where they are now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same prospects, by where they stand today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prospects by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done per person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups done per person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers won per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First orders placed each month, by how the customer first got in touch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers won per month by channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days to first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days from first contact to first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups to first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups done before the first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each customer cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postage, printing and quotations that ran out, per customer won, each month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per customer won per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups left overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue follow-ups day by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point at a day for its count; click it to list the prospects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which plan steps lead to orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordered within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordered within how many days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count an order when it came this many days after the step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan steps and the orders after them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a step to list its prospects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prospects behind the chosen bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
</context>
<context>
    <name>DatabaseRescueForm</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest good backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged file is not deleted: it is kept beside the backups, so nothing in it is lost for good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another &amp;backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseSettingsForm</name>
    <message>
        <source>Where the data is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A desk can keep the shop's data in a file on this computer, or several desks can share one list on a PostgreSQL server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this computer, in a &amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups of the file are made at every start and every few hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Usual file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a shared &amp;server, for several desks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server name or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 192.168.1.20 or office-server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>5432</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>followup_desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember the password in this computer's password store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server certificate file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's CA certificate (.crt or .pem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy this desk's data to the server…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>How the day goes in Follow-up Desk, and every shortcut</source>
        <translation>Wie der Tag in Follow-up Desk abläuft, und alle Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Follow-up Desk</source>
        <translation>Ü&amp;ber Follow-up Desk</translation>
    </message>
    <message>
        <source>Version, and where your data and settings are kept</source>
        <translation>Version, und wo Ihre Daten und Einstellungen liegen</translation>
    </message>
    <message>
        <source>Set call &amp;time…</source>
        <translation>Anruf&amp;zeit festlegen…</translation>
    </message>
    <message>
        <source>Agree a time for the selected call; you are reminded before</source>
        <translation>Eine Zeit für den gewählten Anruf vereinbaren; Sie werden vorher erinnert</translation>
    </message>
    <message>
        <source>&amp;Remind me of calls</source>
        <translation>An Anrufe &amp;erinnern</translation>
    </message>
    <message>
        <source>A reminder shortly before each call with an agreed time</source>
        <translation>Eine Erinnerung kurz vor jedem Anruf mit vereinbarter Zeit</translation>
    </message>
    <message>
        <source>As the &amp;computer is set</source>
        <translation>Wie am &amp;Computer eingestellt</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Anrufzeit</translation>
    </message>
    <message>
        <source>Pick a call in Today or the Calendar, or open a prospect whose next follow-up is a call, then set its time.</source>
        <translation>Wählen Sie einen Anruf unter Heute oder im Kalender, oder öffnen Sie einen Interessenten, dessen nächste Nachfassaktion ein Anruf ist, und legen Sie dann die Zeit fest.</translation>
    </message>
    <message>
        <source>Reminders of calls are on.</source>
        <translation>Erinnerungen an Anrufe sind an.</translation>
    </message>
    <message>
        <source>Reminders of calls are off.</source>
        <translation>Erinnerungen an Anrufe sind aus.</translation>
    </message>
    <message>
        <source>The new colours show the next time Follow-up Desk starts.</source>
        <translation>Die neuen Farben erscheinen beim nächsten Start von Follow-up Desk.</translation>
    </message>
    <message>
        <source>The new language shows the next time Follow-up Desk starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Follow-up Desk.</translation>
    </message>
    <message>
        <source>Call time saved; you will be reminded before.</source>
        <translation>Anrufzeit gespeichert; Sie werden vorher erinnert.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
</context>
<context>
    <name>ErrorForm</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Your data is safe: everything saved before this is still there. The last step may not have finished, so check it once more.</source>
        <translation>Ihre Daten sind sicher: Alles, was vorher gespeichert wurde, ist noch da. Der letzte Schritt ist vielleicht nicht fertig geworden, prüfen Sie ihn also noch einmal.</translation>
    </message>
    <message>
        <source>Details for whoever looks after the app</source>
        <translation>Angaben für den, der sich um das Programm kümmert</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>Show what went wrong, in the words the app's helpers need</source>
        <translation>Zeigen, was schiefging, in den Worten, die Helfer brauchen</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the details, to paste into an e-mail to whoever looks after the app</source>
        <translation>Die Details kopieren, um sie in eine E-Mail an den zu setzen, der sich um das Programm kümmert</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the app's log files</source>
        <translation>Den Ordner mit den Protokolldateien des Programms zeigen</translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Close this message; Follow-up Desk keeps running</source>
        <translation>Diese Meldung schließen; Follow-up Desk läuft weiter</translation>
    </message>
</context>
<context>
    <name>FirstRunCalendarForm</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The currency of your prices and quotations</source>
        <translation>Die Währung Ihrer Preise und Angebote</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Decides when a day starts and ends for your follow-ups</source>
        <translation>Legt fest, wann ein Tag für Ihre Nachfassaktionen beginnt und endet</translation>
    </message>
    <message>
        <source>&amp;Holidays of</source>
        <translation>&amp;Feiertage von</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Feiertage von</translation>
    </message>
    <message>
        <source>Where regions keep different public holidays, choose yours</source>
        <translation>Wo Regionen verschiedene Feiertage haben, wählen Sie Ihre</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>How amounts are written</source>
        <translation>Wie Beträge geschrieben werden</translation>
    </message>
    <message>
        <source>Next public holidays</source>
        <translation>Nächste Feiertage</translation>
    </message>
    <message>
        <source>Prime trading area</source>
        <translation>Hauptgeschäftsgebiet</translation>
    </message>
    <message>
        <source>Where you do most business. Phone callers from here are also posted a package. Type the beginnings of postcodes or the names of towns, separated by commas.</source>
        <translation>Wo Sie die meisten Geschäfte machen. Anrufer von hier bekommen zusätzlich ein Paket per Post. Geben Sie die Anfänge von Postleitzahlen oder Ortsnamen ein, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>e.g. 070, 073, Hoboken</source>
        <translation>z. B. 803, 804, Freising</translation>
    </message>
</context>
<context>
    <name>FirstRunMailForm</name>
    <message>
        <source>Follow-up Desk can send quotations and follow-up e-mails through your shop's mail server. You can also set this up later in Mail settings, or have each e-mail open in your own mail program instead.</source>
        <translation>Follow-up Desk kann Angebote und Nachfass-E-Mails über den Mailserver Ihres Geschäfts senden. Sie können das auch später in den Mail-Einstellungen einrichten oder jede E-Mail stattdessen in Ihrem eigenen Mailprogramm öffnen lassen.</translation>
    </message>
    <message>
        <source>&amp;Send e-mail from Follow-up Desk</source>
        <translation>E-Mails aus Follow-up Desk &amp;senden</translation>
    </message>
    <message>
        <source>Leave this off to set up e-mail later</source>
        <translation>Aus lassen, um E-Mail später einzurichten</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>Mail&amp;server</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server your mail provider gives</source>
        <translation>Der Postausgangsserver (SMTP), den Ihr Mail-Anbieter nennt</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>How the connection is encrypted; your provider says which</source>
        <translation>Wie die Verbindung verschlüsselt wird; Ihr Anbieter sagt, welche</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Often your e-mail address</source>
        <translation>Oft Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <source>Kept in this computer's password store, never in a file</source>
        <translation>Im Passwortspeicher dieses Computers aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>Absender&amp;name</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Your shop's name, as people see it</source>
        <translation>Der Name Ihres Geschäfts, wie andere ihn sehen</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>Absender&amp;adresse</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>hello@your-shop.example</source>
        <translation>hallo@ihr-geschaeft.example</translation>
    </message>
</context>
<context>
    <name>FirstRunPeopleForm</name>
    <message>
        <source>You, the owner</source>
        <translation>Sie, die Inhaberin oder der Inhaber</translation>
    </message>
    <message>
        <source>The owner sets prices, the follow-up plan, the mail server and who may sign in.</source>
        <translation>Wer das Geschäft führt, legt Preise, den Nachfassplan, den Mailserver und die Anmeldungen fest.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>As you will type it to sign in</source>
        <translation>So, wie Sie ihn bei der Anmeldung eingeben</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Everyone else at the desk</source>
        <translation>Alle anderen am Empfang</translation>
    </message>
    <message>
        <source>Each person signs in with their own name, so the history shows who did what. Give each a first password; they can change it after signing in. You can add people later too.</source>
        <translation>Jede Person meldet sich mit ihrem eigenen Namen an, damit der Verlauf zeigt, wer was getan hat. Geben Sie jeder ein erstes Passwort; sie kann es nach der Anmeldung ändern. Sie können auch später Personen hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a row for someone else who uses the desk</source>
        <translation>Eine Zeile für eine weitere Person am Empfang hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve person</source>
        <translation>Person &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>FirstRunShopForm</name>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Name des Geschäfts</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>As it should print on letters and quotations</source>
        <translation>So, wie er auf Briefen und Angeboten stehen soll</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;leitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;Town or city</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or re&amp;gion</source>
        <translation>Bundesland oder Re&amp;gion</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Only where addresses name one</source>
        <translation>Nur wo Adressen eines nennen</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sets the currency, paper size, time zone and public holidays</source>
        <translation>Legt Währung, Papierformat, Zeitzone und Feiertage fest</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>hello@your-shop.example</source>
        <translation>hallo@ihr-geschaeft.example</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG printed at the top of letters and quotations</source>
        <translation>Ein PNG oder JPEG, oben auf Briefen und Angeboten gedruckt</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Logo ent&amp;fernen</translation>
    </message>
    <message>
        <source>Print without a logo</source>
        <translation>Ohne Logo drucken</translation>
    </message>
</context>
<context>
    <name>FirstRunWelcomeForm</name>
    <message>
        <source>Follow-up Desk remembers every follow-up after a first contact: the e-mail the next day, the call after the package, the mailers through the year. Answer a few questions and your shop is ready. Everything can be changed later in Settings.</source>
        <translation>Follow-up Desk denkt an jedes Nachfassen nach einem Erstkontakt: die E-Mail am nächsten Tag, den Anruf nach dem Paket, die Post übers Jahr. Beantworten Sie ein paar Fragen, und Ihr Geschäft ist bereit. Alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Set up &amp;my shop</source>
        <translation>&amp;Mein Geschäft einrichten</translation>
    </message>
    <message>
        <source>Enter your shop's details and start with an empty list</source>
        <translation>Die Angaben Ihres Geschäfts eingeben und mit einer leeren Liste beginnen</translation>
    </message>
    <message>
        <source>Your shop's name and address, your area and holidays, who works at the desk, and e-mail if you like. It takes about five minutes.</source>
        <translation>Name und Adresse Ihres Geschäfts, Ihr Gebiet und Ihre Feiertage, wer am Empfang arbeitet, und auf Wunsch E-Mail. Das dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <source>&amp;Try with sample data</source>
        <translation>Mit &amp;Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Look around in a made-up shop first</source>
        <translation>Sich zuerst in einem erfundenen Geschäft umsehen</translation>
    </message>
    <message>
        <source>A made-up print shop with prospects, quotations and calls, in a file of its own. Your own data is not touched; set up your shop whenever you are ready.</source>
        <translation>Eine erfundene Druckerei mit Interessenten, Angeboten und Anrufen, in einer eigenen Datei. Ihre eigenen Daten bleiben unberührt; richten Sie Ihr Geschäft ein, wann immer Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Follow-up Desk</source>
        <translation>Willkommen bei Follow-up Desk</translation>
    </message>
    <message>
        <source>&amp;Open my shop</source>
        <translation>Mein Geschäft ö&amp;ffnen</translation>
    </message>
    <message>
        <source>{name} is not an image Follow-up Desk can read.</source>
        <translation>{name} ist kein Bild, das Follow-up Desk lesen kann.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Erstes Passwort</translation>
    </message>
    <message>
        <source>Enter your shop's name.</source>
        <translation>Geben Sie den Namen Ihres Geschäfts ein.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Wählen Sie Ihr Land aus der Liste.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as USD or EUR.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation><numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform><numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform></translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie das Passwort noch einmal ein.</translation>
    </message>
    <message numerus="yes">
        <source>Give {name} a first password of at least %n characters.</source>
        <translation><numerusform>Geben Sie {name} ein erstes Passwort mit mindestens %n Zeichen.</numerusform><numerusform>Geben Sie {name} ein erstes Passwort mit mindestens %n Zeichen.</numerusform></translation>
    </message>
    <message>
        <source>everyone in the list</source>
        <translation>allen in der Liste</translation>
    </message>
    <message>
        <source>Enter the mail server.</source>
        <translation>Geben Sie den Mailserver ein.</translation>
    </message>
    <message>
        <source>Enter the address your e-mails come from.</source>
        <translation>Geben Sie die Adresse ein, von der Ihre E-Mails kommen.</translation>
    </message>
    <message>
        <source>Every first contact gets its follow-ups, on time.</source>
        <translation>Jeder Erstkontakt bekommt sein Nachfassen, pünktlich.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>As it appears on letters, quotations and envelopes.</source>
        <translation>So, wie es auf Briefen, Angeboten und Umschlägen erscheint.</translation>
    </message>
    <message>
        <source>Money, calendar and area</source>
        <translation>Geld, Kalender und Gebiet</translation>
    </message>
    <message>
        <source>Filled in from your country; change what is different.</source>
        <translation>Aus Ihrem Land ausgefüllt; ändern Sie, was abweicht.</translation>
    </message>
    <message>
        <source>People at the desk</source>
        <translation>Personen am Empfang</translation>
    </message>
    <message>
        <source>Everyone signs in as themselves.</source>
        <translation>Jede Person meldet sich selbst an.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Optional: you can do this later.</source>
        <translation>Freiwillig: Sie können das später erledigen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>The password is kept in this computer's password store, never in a file.</source>
        <translation>Das Passwort liegt im Passwortspeicher dieses Computers, nie in einer Datei.</translation>
    </message>
    <message>
        <source>For {country}: prices in {currency}, letters on {paper} paper, the time zone and public holidays of {country}.</source>
        <translation>Für {country}: Preise in {currency}, Briefe auf {paper}-Papier, Zeitzone und Feiertage von {country}.</translation>
    </message>
    <message>
        <source>{paper}, as usual in {country}</source>
        <translation>{paper}, wie in {country} üblich</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>Das ganze Land</translation>
    </message>
    <message>
        <source>(unknown currency)</source>
        <translation>(unbekannte Währung)</translation>
    </message>
    <message>
        <source>No public holidays are known for {country}; only weekends are skipped. Closed days can be added in Settings.</source>
        <translation>Für {country} sind keine Feiertage bekannt; nur Wochenenden werden übersprungen. Schließtage lassen sich in den Einstellungen ergänzen.</translation>
    </message>
    <message>
        <source>No logo yet</source>
        <translation>Noch kein Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, up to 10 MB</source>
        <translation>PNG oder JPEG, bis 10 MB</translation>
    </message>
    <message>
        <source>&amp;Open the sample shop</source>
        <translation>Beispielgeschäft ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Empty: no caller gets a package until you add your area.</source>
        <translation>Leer: Kein Anrufer bekommt ein Paket, bis Sie Ihr Gebiet eintragen.</translation>
    </message>
    <message>
        <source>postcodes starting {codes}</source>
        <translation>Postleitzahlen, die mit {codes} beginnen</translation>
    </message>
    <message>
        <source>the towns {towns}</source>
        <translation>die Orte {towns}</translation>
    </message>
    <message>
        <source>Counts as your area: {parts}.</source>
        <translation>Zu Ihrem Gebiet zählen: {parts}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>{name} lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The logo is over 10 MB; save a smaller copy.</source>
        <translation>Das Logo ist größer als 10 MB; speichern Sie eine kleinere Kopie.</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} ist kein PNG- oder JPEG-Bild.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <source>The Today tab lists what is due: overdue follow-ups on top, then calls to make, e-mails to send and things to print. Pick one and press Ctrl+D to say what came of it; the plan goes on by itself.</source>
        <translation>Der Reiter Heute listet, was fällig ist: Überfälliges oben, dann Anrufe, E-Mails und Dinge zum Drucken. Wählen Sie einen Eintrag und drücken Sie Strg+D, um zu sagen, was dabei herauskam; der Plan läuft von selbst weiter.</translation>
    </message>
    <message>
        <source>Someone calls, walks in or writes</source>
        <translation>Jemand ruft an, kommt vorbei oder schreibt</translation>
    </message>
    <message>
        <source>Press Ctrl+N and type who it is and how they got in touch. Follow-up Desk plans every follow-up at once: the e-mail the next working day, the call after the package, a year of spaced e-mails and mailers. Walk-ins get their quotation printed while they wait.</source>
        <translation>Drücken Sie Strg+N und geben Sie ein, wer es ist und wie der Kontakt kam. Follow-up Desk plant sofort jedes Nachfassen: die E-Mail am nächsten Werktag, den Anruf nach dem Paket, ein Jahr verteilter E-Mails und Post. Wer vorbeikommt, bekommt sein Angebot gedruckt, während er wartet.</translation>
    </message>
    <message>
        <source>Calls at an agreed time</source>
        <translation>Anrufe zu einer vereinbarten Zeit</translation>
    </message>
    <message>
        <source>When someone says “ring me back at three”, pick the call and press Ctrl+T to set the time. Follow-up Desk reminds you shortly before, in the corner of the screen or in the status bar.</source>
        <translation>Sagt jemand „Rufen Sie mich um drei zurück“, wählen Sie den Anruf und drücken Sie Strg+T, um die Zeit festzulegen. Follow-up Desk erinnert Sie kurz vorher, in der Bildschirmecke oder in der Statusleiste.</translation>
    </message>
    <message>
        <source>The day's post</source>
        <translation>Die Post des Tages</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P prints every package and mailer due today as one document, ready to fold and stuff. Once it is in the post, mark it posted so the calls that follow move with it.</source>
        <translation>Strg+Umschalt+P druckt alle heute fälligen Pakete und Sendungen als ein Dokument, fertig zum Falten und Eintüten. Ist alles bei der Post, markieren Sie es als versandt, damit die folgenden Anrufe mitwandern.</translation>
    </message>
    <message>
        <source>Finding someone</source>
        <translation>Jemanden finden</translation>
    </message>
    <message>
        <source>Press Ctrl+F and type the start of a name, company or e-mail address. Accents do not matter: “zoe” finds “Zoë”.</source>
        <translation>Drücken Sie Strg+F und geben Sie den Anfang eines Namens, einer Firma oder einer E-Mail-Adresse ein. Akzente spielen keine Rolle: „zoe“ findet „Zoë“.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Everything is kept in the data folder shown under Help, About, and backed up there automatically. Settings of this computer only, such as the window layout and language, are kept apart.</source>
        <translation>Alles liegt im Datenordner, der unter Hilfe, Über angezeigt wird, und wird dort automatisch gesichert. Einstellungen nur dieses Computers, etwa Fensteraufteilung und Sprache, liegen getrennt davon.</translation>
    </message>
    <message>
        <source>Every menu opens with Alt and its underlined letter; Tab moves from field to field.</source>
        <translation>Jedes Menü öffnet sich mit Alt und seinem unterstrichenen Buchstaben; Tab springt von Feld zu Feld.</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Die Anleitung schließen</translation>
    </message>
</context>
<context>
    <name>ImportWizardForm</name>
    <message>
        <source>Choose a file of contacts: a spreadsheet saved as CSV, an export from Google Contacts or Outlook, or a vCard (.vcf) file from a phone or mail program. Nothing is saved until you have seen the preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For rows that do not say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How they got in &amp;touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How they got in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First contact &amp;on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>First contact on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every imported prospect gets the same follow-up plan as one typed at the desk. You can undo the whole import afterwards in one step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which column goes where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick “Leave out” for a column you do not want. The choice is remembered for the next file laid out the same way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which rows to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge into existing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in what the prospect already in the list is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add as a new prospect even though it looks like one already in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take back every prospect this import added or changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelTemplateForm</name>
    <message>
        <source>Measure a sheet the catalogue does not have, or adjust one. The preview shows the sheet as it will print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet to start from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Maker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maker of the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Avery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name or product number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Shelf 40</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Shelf labels, 40 per sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Used for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the sheet is used for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units of the measurements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Paper &amp;width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper &amp;height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels across</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Label width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label h&amp;eight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Le&amp;ft margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the paper's left edge to the first label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Top margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the paper's top edge to the first label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Across, label to label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From one label's left edge to the next one's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down, label to label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From one label's top edge to the one below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corner r&amp;adius</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounding of the label corners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print calibration &amp;page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlines of these labels on plain paper, to hold against a real sheet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailRoomForm</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How this printer takes envelopes, and how far it is off. Print the calibration page, lay it on a label sheet, and read the offsets from its scales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Envelopes go &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How envelopes are fed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheets: &amp;left-right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label sheets: left-right offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheets: &amp;up-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label sheets: up-down offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Envelopes: le&amp;ft-right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Envelopes: left-right offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Envelopes: up-&amp;down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Envelopes: up-down offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calibrate &amp;with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label sheet to calibrate with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print calibration &amp;page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label outlines on plain paper, with scales to read the offsets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a &amp;test envelope…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One envelope addressed to the shop, with the print-at-100 % bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brochures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDFs printed into every package (after each quotation) or as every mailer, in this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brochures in the batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to every &amp;package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add as every &amp;mailer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each person's business card. The batch puts the card of whoever signs the cover letters in every package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. Owner, Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Card &amp;sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business-card sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a s&amp;heet…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailSettingsForm</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How e-mail goes out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send from Follow-up Desk, through the shop's mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open each e-mail in my own mail program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>Mail&amp;server</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Extra trusted &amp;certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only if your mail provider gave you one (.pem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the e-mail comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>Absender&amp;name</translation>
    </message>
    <message>
        <source>e.g. Anna at Harbour Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shop &amp;e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hello@yourshop.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replies go to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave empty to use the shop e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines under your name, e.g. the shop's name and phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailTemplateEditorForm</name>
    <message>
        <source>E-mail steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the prospect's latest quotation (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back to the original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to put one in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge fields</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Pick a follow-up in Today or the Calendar, or open a prospect with open follow-ups, then mark it done.</source>
        <translation>Wählen Sie eine Nachfassaktion unter Heute oder im Kalender, oder öffnen Sie einen Interessenten mit offenen Nachfassaktionen, und markieren Sie sie dann als erledigt.</translation>
    </message>
    <message>
        <source>&amp;New prospect…</source>
        <translation>&amp;Neuer Interessent…</translation>
    </message>
    <message>
        <source>Log a phone call, walk-in or e-mail enquiry</source>
        <translation>Einen Anruf, Besuch oder eine E-Mail-Anfrage erfassen</translation>
    </message>
    <message>
        <source>&amp;Print daily batch…</source>
        <translation>Tagespost &amp;drucken…</translation>
    </message>
    <message>
        <source>Print every package and mailer due today in one PDF</source>
        <translation>Alle heute fälligen Pakete und Sendungen in einem PDF drucken</translation>
    </message>
    <message>
        <source>Follow-up p&amp;lan…</source>
        <translation>Nachfass&amp;plan…</translation>
    </message>
    <message>
        <source>The steps every new prospect gets, and the days the shop is closed</source>
        <translation>Die Schritte, die jeder neue Interessent bekommt, und die Schließtage des Geschäfts</translation>
    </message>
    <message>
        <source>Company &amp;settings…</source>
        <translation>Firmen&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Your shop's address, trading area, currency and logo</source>
        <translation>Adresse, Geschäftsgebiet, Währung und Logo Ihres Geschäfts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done…</source>
        <translation>Nachfassen &amp;erledigt…</translation>
    </message>
    <message>
        <source>Record what came of the selected follow-up</source>
        <translation>Festhalten, was beim gewählten Nachfassen herauskam</translation>
    </message>
    <message>
        <source>&amp;Package posted</source>
        <translation>&amp;Paket versandt</translation>
    </message>
    <message>
        <source>The open prospect's package went in the post today</source>
        <translation>Das Paket des geöffneten Interessenten ging heute zur Post</translation>
    </message>
    <message>
        <source>&amp;First order…</source>
        <translation>&amp;Erster Auftrag…</translation>
    </message>
    <message>
        <source>The open prospect ordered: make them a customer</source>
        <translation>Der geöffnete Interessent hat bestellt: zum Kunden machen</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Als &amp;verloren markieren…</translation>
    </message>
    <message>
        <source>The open prospect will not buy: stop following up</source>
        <translation>Der geöffnete Interessent wird nicht kaufen: Nachfassen beenden</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>What is due today</source>
        <translation>Was heute fällig ist</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Follow-ups per day, month by month</source>
        <translation>Nachfassaktionen pro Tag, Monat für Monat</translation>
    </message>
    <message>
        <source>&amp;Prospect</source>
        <translation>&amp;Interessent</translation>
    </message>
    <message>
        <source>&amp;Find prospect</source>
        <translation>Interessenten &amp;suchen</translation>
    </message>
    <message>
        <source>Daily &amp;batch</source>
        <translation>&amp;Tagespost</translation>
    </message>
    <message>
        <source>Choose what to print and post today, then mark it posted</source>
        <translation>Wählen, was heute gedruckt und verschickt wird, dann als versandt markieren</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Is following up paying off? Figures and charts for the owner</source>
        <translation>Lohnt sich das Nachfassen? Zahlen und Diagramme für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>&amp;Label sheets…</source>
        <translation>&amp;Etikettenbögen…</translation>
    </message>
    <message>
        <source>Enter a label sheet of your own, or print a calibration page</source>
        <translation>Einen eigenen Etikettenbogen eintragen oder eine Probeseite drucken</translation>
    </message>
    <message>
        <source>Post came &amp;back…</source>
        <translation>Post kam &amp;zurück…</translation>
    </message>
    <message>
        <source>The open prospect's post came back: pause post, ask for a new address</source>
        <translation>Die Post des geöffneten Interessenten kam zurück: Post anhalten, nach neuer Adresse fragen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} gefunden</translation>
    </message>
    <message>
        <source>{total} prospects shown  ·  {due} due today  ·  {overdue} overdue</source>
        <translation>{total} Interessenten angezeigt  ·  {due} heute fällig  ·  {overdue} überfällig</translation>
    </message>
</context>
<context>
    <name>MainWindowForm</name>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <source>Log a call, walk-in or e-mail enquiry (Ctrl+N)</source>
        <translation>Einen Anruf, Besuch oder eine E-Mail-Anfrage erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation>Name, Firma oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Type the start of a name, company or e-mail address (Ctrl+F)</source>
        <translation>Den Anfang eines Namens, einer Firma oder E-Mail-Adresse eingeben (Strg+F)</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation>Interessenten suchen</translation>
    </message>
    <message>
        <source>Prospect list</source>
        <translation>Interessentenliste</translation>
    </message>
    <message>
        <source>Click a prospect to see their timeline and quotes</source>
        <translation>Einen Interessenten anklicken, um Verlauf und Angebote zu sehen</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Tagespost</translation>
    </message>
</context>
<context>
    <name>NewProspectForm</name>
    <message>
        <source>How did they get in touch?</source>
        <translation>Wie kam der Kontakt zustande?</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>They phoned the shop</source>
        <translation>Sie haben im Geschäft angerufen</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>&amp;Besuch</translation>
    </message>
    <message>
        <source>They came into the shop: print the quotation while they wait</source>
        <translation>Sie kamen ins Geschäft: das Angebot drucken, während sie warten</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>They wrote an e-mail enquiry</source>
        <translation>Sie haben per E-Mail angefragt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;leitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Region / state</source>
        <translation>&amp;Region / Bundesland</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Two letters, e.g. US</source>
        <translation>Zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. US, DE, GB</source>
        <translation>Ländercode aus zwei Buchstaben, z. B. DE, AT, CH</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>2,3</source>
        <translation>2,3</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>&amp;Interesse</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>How likely they are to buy: decides whether postage is worth it</source>
        <translation>Wie wahrscheinlich ein Kauf ist: entscheidet, ob sich Porto lohnt</translation>
    </message>
    <message>
        <source>Contacted &amp;on</source>
        <translation>Kontakt &amp;am</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Kontakt am</translation>
    </message>
    <message>
        <source>&amp;Qualified: we talked about their needs</source>
        <translation>&amp;Qualifiziert: Wir haben über ihren Bedarf gesprochen</translation>
    </message>
    <message>
        <source>Qualified enquirers with high interest get a posted package even when they e-mailed</source>
        <translation>Qualifizierte Anfragen mit hohem Interesse bekommen ein Paket per Post, auch wenn sie gemailt haben</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>What they asked about, sizes, colours, budget…</source>
        <translation>Wonach sie fragten, Größen, Farben, Budget…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PlanEditorForm</name>
    <message>
        <source>Follow-up plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In plain words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Counts from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>working days later at the latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail enquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest &amp;interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ries after no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tries after no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without e-&amp;mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May share the first-contact day with other steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talking &amp;points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra days the shop is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-up is ever planned on these days, nor on weekends and public holidays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Holiday &amp;region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming days off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-plan existing prospects…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProspectDetailForm</name>
    <message>
        <source>Pick a prospect in the list, or add one with New prospect (Ctrl+N).</source>
        <translation>Wählen Sie einen Interessenten in der Liste, oder fügen Sie einen mit Neuer Interessent hinzu (Strg+N).</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Erledigt…</translation>
    </message>
    <message>
        <source>Record what came of the selected or next open follow-up (Ctrl+D)</source>
        <translation>Festhalten, was beim gewählten oder nächsten offenen Nachfassen herauskam (Strg+D)</translation>
    </message>
    <message>
        <source>Package posted</source>
        <translation>Paket versandt</translation>
    </message>
    <message>
        <source>The sales package went in the post today; the follow-up call moves with it</source>
        <translation>Das Verkaufspaket ging heute zur Post; der Nachfassanruf wandert mit</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Erster Auftrag</translation>
    </message>
    <message>
        <source>They ordered: make them a customer and stop the follow-ups</source>
        <translation>Sie haben bestellt: zum Kunden machen und das Nachfassen beenden</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>They will not buy: stop the follow-ups, keep the history</source>
        <translation>Sie werden nicht kaufen: Nachfassen beenden, Verlauf behalten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Timeline of follow-ups and quotes</source>
        <translation>Verlauf der Nachfassaktionen und Angebote</translation>
    </message>
</context>
<context>
    <name>ProspectEditForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone &amp;2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Street (&amp;more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second address line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;leitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Region / state</source>
        <translation>&amp;Region / Bundesland</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Two letters, e.g. US</source>
        <translation>Zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>&amp;Interesse</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>&amp;Qualified on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
</context>
<context>
    <name>QuoteEditorForm</name>
    <message>
        <source>Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every quote made for this prospect, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new quotation for this prospect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ccepted…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer said yes: record their first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dec&amp;lined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer said no to this quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a code or name to add a line; Tab moves on, Enter starts the next line. Ctrl+Up/Down moves a line, Delete removes it, Ctrl+Z undoes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The total is rounded to the smallest coin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print for &amp;walk-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save, then print the cover letter and quotation to hand over (Ctrl+Shift+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save, then print the quotation (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the quote lines (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteSettingsDialogForm</name>
    <message>
        <source>Quotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{prefix}-{year}-{seq:04}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax &amp;rounding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax rounding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual &amp;tax %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>19</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;erms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When I print a quotation at this desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the print &amp;dialog and print straight away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the PDF in my PDF &amp;viewer, to print from there</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>Sample shop: try anything, nothing here is real.</source>
        <translation>Beispielgeschäft: Probieren Sie alles aus, nichts hier ist echt.</translation>
    </message>
    <message>
        <source>Set up &amp;my shop…</source>
        <translation>&amp;Mein Geschäft einrichten…</translation>
    </message>
    <message>
        <source>Leave the sample shop and set up your own, with your details</source>
        <translation>Das Beispielgeschäft verlassen und Ihr eigenes mit Ihren Angaben einrichten</translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation>Mein Geschäft einrichten</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Name des Geschäfts</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;leitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Region / state</source>
        <translation>&amp;Region / Bundesland</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Two letters, e.g. US</source>
        <translation>Zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>shop@example.com</source>
        <translation>geschaeft@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>&amp;Prime trading area</source>
        <translation>&amp;Hauptgeschäftsgebiet</translation>
    </message>
    <message>
        <source>Postcode starts or towns, comma separated: 802, 803, Springfield</source>
        <translation>Anfänge von Postleitzahlen oder Orte, durch Kommas getrennt: 803, 804, Freising</translation>
    </message>
    <message>
        <source>Prime trading area</source>
        <translation>Hauptgeschäftsgebiet</translation>
    </message>
    <message>
        <source>Callers from here get a sales package in the post</source>
        <translation>Anrufer von hier bekommen ein Verkaufspaket per Post</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG printed at the top of letters and quotations</source>
        <translation>Ein PNG oder JPEG, oben auf Briefen und Angeboten gedruckt</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Your name, as the owner set it up</source>
        <translation>Ihr Name, wie ihn die Inhaberin oder der Inhaber eingerichtet hat</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Use another &amp;database…</source>
        <translation>Andere &amp;Datenbank verwenden…</translation>
    </message>
    <message>
        <source>Open a different database file, or connect to the shop's shared server</source>
        <translation>Eine andere Datenbankdatei öffnen oder mit dem gemeinsamen Server des Geschäfts verbinden</translation>
    </message>
</context>
<context>
    <name>TodayPaneForm</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Erledigt…</translation>
    </message>
    <message>
        <source>Record what came of the selected follow-up (Ctrl+D)</source>
        <translation>Festhalten, was beim gewählten Nachfassen herauskam (Strg+D)</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Das gewählte Nachfassen als erledigt markieren</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Heute fällige Nachfassaktionen</translation>
    </message>
    <message>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
</context>
<context>
    <name>TouchDoneForm</name>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Was kam dabei heraus?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Anything the next person should know</source>
        <translation>Alles, was die nächste Person wissen sollte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>UsersForm</name>
    <message>
        <source>People who sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>New person's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New person's role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>New person's password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 6 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repea&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who did what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whose activity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>{problem}

Check the database file or address and start Follow-up Desk again.</source>
        <translation>{problem}

Prüfen Sie die Datenbankdatei oder -adresse und starten Sie Follow-up Desk erneut.</translation>
    </message>
    <message>
        <source>Follow-up Desk — sample shop</source>
        <translation>Follow-up Desk – Beispielgeschäft</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that Follow-up Desk did not expect. If it happens again, copy the details and send them to whoever looks after the app.</source>
        <translation>Etwas ist schiefgegangen, womit Follow-up Desk nicht gerechnet hat. Passiert es wieder, kopieren Sie die Details und schicken Sie sie an den, der sich um das Programm kümmert.</translation>
    </message>
</context>
</TS>