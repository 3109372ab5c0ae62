<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup is made at every start and every %n hours, then one a day is kept for a week, one a week for a month and one a month for a year. They are in &lt;a href=&quot;folder&quot;&gt;{folder}&lt;/a&gt;.</source>
        <translation>
            <numerusform>A backup is made at every start and every hour, then one a day is kept for a week, one a week for a month and one a month for a year. They are in &lt;a href=&quot;folder&quot;&gt;{folder}&lt;/a&gt;.</numerusform>
            <numerusform>A backup is made at every start and every %n hours, then one a day is kept for a week, one a week for a month and one a month for a year. They are in &lt;a href=&quot;folder&quot;&gt;{folder}&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrinter</name>
    <message numerus="yes">
        <source>The batch has %n pieces on {pages} and is open to print.</source>
        <translation>
            <numerusform>The batch has %n piece on {pages} and is open to print.</numerusform>
            <numerusform>The batch has %n pieces on {pages} and is open to print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an incomplete address were left out; fix them and print again.</source>
        <translation>
            <numerusform>%n with an incomplete address was left out; fix it and print again.</numerusform>
            <numerusform>%n with an incomplete address were left out; fix them and print again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message numerus="yes">
        <source>Mark %n ticked pieces as posted on {day}? Calls that count from a package move with it. Unticked pieces stay in the next batch.</source>
        <translation>
            <numerusform>Mark %n ticked piece as posted on {day}? Calls that count from a package move with it. Unticked pieces stay in the next batch.</numerusform>
            <numerusform>Mark %n ticked pieces as posted on {day}? Calls that count from a package move with it. Unticked pieces stay in the next batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed {day} at {time}: %n pieces, not yet marked as posted. Once they are in the post, press “Mark as posted” (untick any that did not go), or print again.</source>
        <translation>
            <numerusform>Printed {day} at {time}: %n piece, not yet marked as posted. Once it is in the post, press “Mark as posted” (untick any that did not go), or print again.</numerusform>
            <numerusform>Printed {day} at {time}: %n pieces, not yet marked as posted. Once they are in the post, press “Mark as posted” (untick any that did not go), or print again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ticked} of %n ticked</source>
        <translation>
            <numerusform>{ticked} of %n ticked</numerusform>
            <numerusform>{ticked} of %n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need an address</source>
        <translation>
            <numerusform>%n needs an address</numerusform>
            <numerusform>%n need an address</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallReminders</name>
    <message numerus="yes">
        <source>%n calls in the next few minutes</source>
        <translation>
            <numerusform>%n call in the next few minutes</numerusform>
            <numerusform>%n calls in the next few minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… and %n earlier</numerusform>
            <numerusform>… and %n earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTimeDialog</name>
    <message numerus="yes">
        <source>Follow-up Desk reminds you %n minutes before the call.</source>
        <translation>
            <numerusform>Follow-up Desk reminds you %n minute before the call.</numerusform>
            <numerusform>Follow-up Desk reminds you %n minutes before the call.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out</source>
        <translation>
            <numerusform>%n row left out</numerusform>
            <numerusform>%n rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %Ln prospects</source>
        <translation>
            <numerusform>{title}: %Ln prospect</numerusform>
            <numerusform>{title}: %Ln prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For the prospects first contacted {when}: how many had each step done, and how many ordered within %n days after it.</source>
        <translation>
            <numerusform>For the prospects first contacted {when}: how many had each step done, and how many ordered within %n day after it.</numerusform>
            <numerusform>For the prospects first contacted {when}: how many had each step done, and how many ordered within %n days after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordered within %n days after this step.</source>
        <translation>
            <numerusform>Ordered within %n day after this step.</numerusform>
            <numerusform>Ordered within %n days after this step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <source>Wrote %n prospects to {file}.</source>
        <translation>
            <numerusform>Wrote %n prospect to {file}.</numerusform>
            <numerusform>Wrote %n prospects to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact cards to {file}.</source>
        <translation>
            <numerusform>Wrote %n contact card to {file}.</numerusform>
            <numerusform>Wrote %n contact cards to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to {file}; it is kept up to date while Follow-up Desk runs.</source>
        <translation>
            <numerusform>Wrote %n follow-up to {file}; it is kept up to date while Follow-up Desk runs.</numerusform>
            <numerusform>Wrote %n follow-ups to {file}; it is kept up to date while Follow-up Desk runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to {file}.</source>
        <translation>
            <numerusform>Wrote %n follow-up to {file}.</numerusform>
            <numerusform>Wrote %n follow-ups to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {file}.</source>
        <translation>
            <numerusform>Wrote %n row to {file}.</numerusform>
            <numerusform>Wrote %n rows to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseRescueDialog</name>
    <message numerus="yes">
        <source>{when}  ·  %Ln prospects
Work done after this moment will have to be typed again.</source>
        <translation>
            <numerusform>{when}  ·  %Ln prospect
Work done after this moment will have to be typed again.</numerusform>
            <numerusform>{when}  ·  %Ln prospects
Work done after this moment will have to be typed again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message numerus="yes">
        <source>Copied %Ln rows in {tables} tables; the counts on the server match the file. Save to use the server from the next start.</source>
        <translation>
            <numerusform>Copied %Ln row in {tables} tables; the counts on the server match the file. Save to use the server from the next start.</numerusform>
            <numerusform>Copied %Ln rows in {tables} tables; the counts on the server match the file. Save to use the server from the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who sign in</source>
        <translation>
            <numerusform>%n person who signs in</numerusform>
            <numerusform>%n people who sign in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds a shop with %Ln prospects and {people}.</source>
        <translation>
            <numerusform>It holds a shop with %Ln prospect and {people}.</numerusform>
            <numerusform>It holds a shop with %Ln prospects and {people}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueMailSender</name>
    <message numerus="yes">
        <source>Send the %n e-mails due by {day}? Each is filled in from its template for that prospect. Prospects who asked for no e-mail, or whose address does not work, get a call instead where the plan says so.</source>
        <translation>
            <numerusform>Send the %n e-mail due by {day}? It is filled in from its template for that prospect. Prospects who asked for no e-mail, or whose address does not work, get a call instead where the plan says so.</numerusform>
            <numerusform>Send the %n e-mails due by {day}? Each is filled in from its template for that prospect. Prospects who asked for no e-mail, or whose address does not work, get a call instead where the plan says so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mails</source>
        <translation>
            <numerusform>Send %n e-mail</numerusform>
            <numerusform>Send %n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails became calls or letters: the prospect has no working e-mail address.</source>
        <translation>
            <numerusform>%n e-mail became a call or letter: the prospect has no working e-mail address.</numerusform>
            <numerusform>%n e-mails became calls or letters: the prospect has no working e-mail address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails cancelled for prospects without e-mail.</source>
        <translation>
            <numerusform>%n e-mail cancelled for a prospect without e-mail.</numerusform>
            <numerusform>%n e-mails cancelled for prospects without e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails wait: the prospect replied and nobody has read the reply yet.</source>
        <translation>
            <numerusform>%n e-mail waits: the prospect replied and nobody has read the reply yet.</numerusform>
            <numerusform>%n e-mails wait: the prospect replied and nobody has read the reply yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give {name} a first password of at least %n characters.</source>
        <translation>
            <numerusform>Give {name} a first password of at least %n character.</numerusform>
            <numerusform>Give {name} a first password of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>Importing… %v of %n rows</source>
        <translation>
            <numerusform>Importing… %v of %n row</numerusform>
            <numerusform>Importing… %v of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n prospects; the list is as it was before.</source>
        <translation>
            <numerusform>Removed %n prospect; the list is as it was before.</numerusform>
            <numerusform>Removed %n prospects; the list is as it was before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n columns were recognised.</source>
        <translation>
            <numerusform>{used} of %n column was recognised.</numerusform>
            <numerusform>{used} of %n columns were recognised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to merge</source>
        <translation>
            <numerusform>%n to merge</numerusform>
            <numerusform>%n to merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems (left out)</source>
        <translation>
            <numerusform>%n row with problems (left out)</numerusform>
            <numerusform>%n rows with problems (left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n prospects</source>
        <translation>
            <numerusform>&amp;Import %n prospect</numerusform>
            <numerusform>&amp;Import %n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prospects</source>
        <translation>
            <numerusform>Added %n prospect</numerusform>
            <numerusform>Added %n prospects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message numerus="yes">
        <source>No more e-mail to this prospect; %n cancelled.</source>
        <translation>
            <numerusform>No more e-mail to this prospect; %n cancelled.</numerusform>
            <numerusform>No more e-mail to this prospect; %n cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Address flagged; %n e-mails became calls or letters.</source>
        <translation>
            <numerusform>Address flagged; %n e-mail became a call or letter.</numerusform>
            <numerusform>Address flagged; %n e-mails became calls or letters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailRoomDialog</name>
    <message numerus="yes">
        <source>{where}: {name} (%n pages)</source>
        <translation>
            <numerusform>{where}: {name} (%n page)</numerusform>
            <numerusform>{where}: {name} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln prospects shown</source>
        <translation>
            <numerusform>%Ln prospect shown</numerusform>
            <numerusform>%Ln prospects shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed beside the charts; double-click one to open it.</source>
        <translation>
            <numerusform>%Ln listed beside the charts; double-click it to open it.</numerusform>
            <numerusform>%Ln listed beside the charts; double-click one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pieces marked as posted.</source>
        <translation>
            <numerusform>%n piece marked as posted.</numerusform>
            <numerusform>%n pieces marked as posted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message numerus="yes">
        <source>%n prospects follow an older plan. Move their open follow-ups to this plan? Follow-ups already done stay as they are; ones no longer in the plan are cancelled and kept in the timeline with the reason.</source>
        <translation>
            <numerusform>%n prospect follows an older plan. Move their open follow-ups to this plan? Follow-ups already done stay as they are; ones no longer in the plan are cancelled and kept in the timeline with the reason.</numerusform>
            <numerusform>%n prospects follow an older plan. Move their open follow-ups to this plan? Follow-ups already done stay as they are; ones no longer in the plan are cancelled and kept in the timeline with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planned %n prospects: {added} follow-ups added, {moved} moved, {cancelled} cancelled (kept in their timelines).</source>
        <translation>
            <numerusform>Re-planned %n prospect: {added} follow-ups added, {moved} moved, {cancelled} cancelled (kept in their timelines).</numerusform>
            <numerusform>Re-planned %n prospects: {added} follow-ups added, {moved} moved, {cancelled} cancelled (kept in their timelines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open prospects follow an older version until you re-plan them.</source>
        <translation>
            <numerusform>%Ln open prospect follows an older version until you re-plan it.</numerusform>
            <numerusform>%Ln open prospects follow an older version until you re-plan them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectDetail</name>
    <message numerus="yes">
        <source>{name} is now a customer; %n follow-ups cancelled.</source>
        <translation>
            <numerusform>{name} is now a customer; %n follow-up cancelled.</numerusform>
            <numerusform>{name} is now a customer; %n follow-ups cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} marked lost; %n follow-ups cancelled.</source>
        <translation>
            <numerusform>{name} marked lost; %n follow-up cancelled.</numerusform>
            <numerusform>{name} marked lost; %n follow-ups cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message numerus="yes">
        <source>valid %n days</source>
        <translation>
            <numerusform>valid %n day</numerusform>
            <numerusform>valid %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsTableModel</name>
    <message numerus="yes">
        <source>Ordered within %n days</source>
        <translation>
            <numerusform>Ordered within %n day</numerusform>
            <numerusform>Ordered within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DrainWords</name>
    <message numerus="yes">
        <source>Sent %n e-mails.</source>
        <translation>
            <numerusform>Sent %n e-mail.</numerusform>
            <numerusform>Sent %n e-mails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the outbox to be tried again.</source>
        <translation>
            <numerusform>%n waiting in the outbox to be tried again.</numerusform>
            <numerusform>%n waiting in the outbox to be tried again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the mail server.</source>
        <translation>
            <numerusform>%n refused by the mail server.</numerusform>
            <numerusform>%n refused by the mail server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer needed, not sent.</source>
        <translation>
            <numerusform>%n no longer needed, not sent.</numerusform>
            <numerusform>%n no longer needed, not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait until someone reads the prospect&apos;s reply.</source>
        <translation>
            <numerusform>%n waits until someone reads the prospect&apos;s reply.</numerusform>
            <numerusform>%n wait until someone reads the prospect&apos;s reply.</numerusform>
        </translation>
    </message>
</context>
</TS>
