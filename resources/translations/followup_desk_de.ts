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
        <source>This desk&apos;s settings</source>
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
    <name>ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niemand angemeldet)</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <source>“{address}” is not an e-mail address: {reason}. Check it, e.g. name@example.com.</source>
        <translation>„{address}“ ist keine E-Mail-Adresse: {reason}. Bitte prüfen Sie sie, z. B. name@example.com.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>E-mails to send</source>
        <translation>E-Mails zu senden</translation>
    </message>
    <message>
        <source>Things to print</source>
        <translation>Zu drucken</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
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
    <message>
        <source>The prospect replied: mark the reply read (Ctrl+Shift+R) and this e-mail goes ahead</source>
        <translation>Der Interessent hat geantwortet: Markieren Sie die Antwort als gelesen (Strg+Umschalt+R), dann geht diese E-Mail raus</translation>
    </message>
    <message>
        <source>Was due by {day}</source>
        <translation>War fällig bis {day}</translation>
    </message>
    <message>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
    <message>
        <source>Waits for the reply to be read: {title}</source>
        <translation>Wartet, bis die Antwort gelesen ist: {title}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This desk works on the shared server, which keeps its own backups. Ask whoever looks after the server how often it is backed up.</source>
        <translation>Dieser Arbeitsplatz arbeitet mit dem gemeinsamen Server, der eigene Sicherungen hat. Fragen Sie die Person, die den Server betreut, wie oft er gesichert wird.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name.</source>
        <translation>{target} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Choose a different file from the database.</source>
        <translation>Wählen Sie eine andere Datei als die Datenbank.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
    <message>
        <source>Give a whole number of days.</source>
        <translation>Geben Sie eine ganze Zahl von Tagen an.</translation>
    </message>
    <message>
        <source>Keep backups between {least} and {most} days.</source>
        <translation>Bewahren Sie Sicherungen zwischen {least} und {most} Tagen auf.</translation>
    </message>
    <message>
        <source>The database {name} is damaged, so no backup was made. Restore the newest good backup to go on working.</source>
        <translation>Die Datenbank {name} ist beschädigt, daher wurde keine Sicherung angelegt. Stellen Sie die neueste gute Sicherung wieder her, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Beim Start</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Von Hand gesichert</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Durch Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <source>Damaged file, kept</source>
        <translation>Beschädigte Datei, aufbewahrt</translation>
    </message>
    <message>
        <source>There is no database file at {db_path} to back up.</source>
        <translation>Unter {db_path} gibt es keine Datenbankdatei zum Sichern.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder {folder}: {strerror}.</source>
        <translation>Der Sicherungsordner {folder} kann nicht angelegt werden: {strerror}.</translation>
    </message>
    <message>
        <source>The database {name} is damaged: {problems}</source>
        <translation>Die Datenbank {name} ist beschädigt: {problems}</translation>
    </message>
    <message>
        <source>The database {name} cannot be read: {problem}</source>
        <translation>Die Datenbank {name} lässt sich nicht lesen: {problem}</translation>
    </message>
    <message>
        <source>Could not write the backup {target}: {problem}</source>
        <translation>Die Sicherung {target} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} is not a Follow-up Desk database.</source>
        <translation>{name} ist keine Datenbank von Follow-up Desk.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}.</source>
        <translation>{name} lässt sich nicht lesen: {problem}.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Follow-up Desk (schema {schema}); update the app to restore it.</source>
        <translation>{name} stammt von einer neueren Version von Follow-up Desk (Schema {schema}); aktualisieren Sie das Programm, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problems} Nothing was changed.</source>
        <translation>Diese Sicherung lässt sich nicht wiederherstellen: {problems} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restoring {name} failed: {problem}. The database still holds what it held before; a copy is kept as {kept}.</source>
        <translation>Die Wiederherstellung von {name} ist fehlgeschlagen: {problem}. Die Datenbank enthält weiterhin ihren vorherigen Stand; eine Kopie liegt als {kept} vor.</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} for a backup ({size} MB needed). Free some space and try again.</source>
        <translation>In {folder} ist nicht genug Platz für eine Sicherung ({size} MB nötig). Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 Jahre</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 Jahre</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the data on every desk with the backup from {when}? Everything entered since then disappears from the lists. Today&apos;s data is saved as a backup first, so it can be brought back.</source>
        <translation>Die Daten an allen Arbeitsplätzen durch die Sicherung vom {when} ersetzen? Alles, was seitdem eingegeben wurde, verschwindet aus den Listen. Der heutige Stand wird vorher gesichert und lässt sich zurückholen.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>This desk works on the shared server, which keeps its own backups. Ask whoever looks after the server how often it is backed up.</source>
        <translation>Dieser Arbeitsplatz arbeitet mit dem gemeinsamen Server, der eigene Sicherungen hat. Fragen Sie die Person, die den Server betreut, wie oft er gesichert wird.</translation>
    </message>
    <message>
        <source>Only the owner can do this.</source>
        <translation>Das kann nur die Inhaberin oder der Inhaber.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Letzte Sicherung: {when}.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>A backup is made at every start and every %n hours, then one a day is kept for a week, one a week for a month and one a month for a year. They are in &lt;a href=&quot;folder&quot;&gt;{folder}&lt;/a&gt;.</source>
        <translation>
            <numerusform>Bei jedem Start und jede Stunde wird gesichert; eine Woche lang bleibt eine Sicherung pro Tag, einen Monat lang eine pro Woche und ein Jahr lang eine pro Monat. Sie liegen in &lt;a href=&quot;folder&quot;&gt;{folder}&lt;/a&gt;.</numerusform>
            <numerusform>Bei jedem Start und alle %n Stunden wird gesichert; eine Woche lang bleibt eine Sicherung pro Tag, einen Monat lang eine pro Woche und ein Jahr lang eine pro Monat. Sie liegen in &lt;a href=&quot;folder&quot;&gt;{folder}&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data is back as it was {when}. What it replaced is kept as a backup marked “Replaced by a restore”.</source>
        <translation>Die Daten sind wieder auf dem Stand vom {when}. Der ersetzte Stand bleibt als Sicherung „Durch Wiederherstellung ersetzt“ erhalten.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>A checked copy is saved as {file}.</source>
        <translation>Eine geprüfte Kopie ist als {file} gespeichert.</translation>
    </message>
    <message>
        <source>The backup could not be finished. The database itself is unchanged.</source>
        <translation>Die Sicherung konnte nicht abgeschlossen werden. Die Datenbank selbst ist unverändert.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Follow-up Desk backups (*.sqlite3)</source>
        <translation>Sicherungen von Follow-up Desk (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Make a checked copy of the database in the backups folder</source>
        <translation>Eine geprüfte Kopie der Datenbank im Sicherungsordner anlegen</translation>
    </message>
    <message>
        <source>Save a &amp;copy to…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write a checked copy where you choose, e.g. a USB stick</source>
        <translation>Eine geprüfte Kopie an einen Ort Ihrer Wahl schreiben, z. B. einen USB-Stick</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Put the data of the chosen backup back in place of today&apos;s</source>
        <translation>Die Daten der gewählten Sicherung an die Stelle der heutigen setzen</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Keep backups for</source>
        <translation>Sicherungen &amp;aufbewahren</translation>
    </message>
    <message>
        <source>How long backups are kept</source>
        <translation>Wie lange Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Older backups are deleted, and so is the record of who did what.</source>
        <translation>Ältere Sicherungen werden gelöscht, ebenso das Protokoll, wer was getan hat.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Overdue first</source>
        <translation>Überfällige zuerst</translation>
    </message>
    <message>
        <source>Postcode (bulk mail)</source>
        <translation>Postleitzahl (Massensendung)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>hat bestellt</translation>
    </message>
    <message>
        <source>marked lost</source>
        <translation>als verloren markiert</translation>
    </message>
    <message>
        <source>asked not to be contacted</source>
        <translation>möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>Sort by one of: {items}.</source>
        <translation>Sortieren Sie nach einem von: {items}.</translation>
    </message>
    <message>
        <source>Nothing can be printed for {day}: every address in the batch is incomplete. Fix the addresses first.</source>
        <translation>Für den {day} lässt sich nichts drucken: Alle Adressen der Tagespost sind unvollständig. Ergänzen Sie zuerst die Adressen.</translation>
    </message>
    <message>
        <source>Nothing to post on {day}: the batch is empty.</source>
        <translation>Am {day} ist nichts zu versenden: Die Tagespost ist leer.</translation>
    </message>
    <message>
        <source>There is no printed batch number {batch_id}.</source>
        <translation>Es gibt keine gedruckte Tagespost Nummer {batch_id}.</translation>
    </message>
    <message>
        <source>Batch {batch_id} was already marked as posted on {day}.</source>
        <translation>Tagespost {batch_id} wurde bereits am {day} als versandt markiert.</translation>
    </message>
    <message>
        <source>asked for no post</source>
        <translation>möchte keine Post</translation>
    </message>
    <message>
        <source>post came back from this address</source>
        <translation>Post von dieser Adresse kam zurück</translation>
    </message>
    <message>
        <source>already posted</source>
        <translation>bereits versandt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>BatchDocuments</name>
    <message>
        <source>Print the addresses on envelopes, labels or window.</source>
        <translation>Drucken Sie die Adressen auf Umschläge, Etiketten oder für Fensterumschläge.</translation>
    </message>
    <message>
        <source>Choose the label sheet in the printer, e.g. Avery 5160 or L7160.</source>
        <translation>Wählen Sie den Etikettenbogen im Drucker, z. B. Avery 5160 oder L7160.</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message>
        <source>Printing was stopped. Nothing was printed or marked as posted.</source>
        <translation>Der Druck wurde angehalten. Nichts wurde gedruckt oder als versandt markiert.</translation>
    </message>
    <message>
        <source>Try again, and if it fails again send the details to whoever looks after the app.</source>
        <translation>Versuchen Sie es erneut; klappt es wieder nicht, schicken Sie die Details an die Person, die das Programm betreut.</translation>
    </message>
</context>
<context>
    <name>BatchPrinter</name>
    <message>
        <source>Printing today&apos;s packages and mailers…</source>
        <translation>Die heutigen Pakete und Sendungen werden gedruckt…</translation>
    </message>
    <message>
        <source>Daily batch</source>
        <translation>Tagespost</translation>
    </message>
    <message>
        <source>The batch could not be printed. Nothing was marked as posted.</source>
        <translation>Die Tagespost konnte nicht gedruckt werden. Nichts wurde als versandt markiert.</translation>
    </message>
    <message>
        <source>Printing piece {done} of {total}…</source>
        <translation>Sendung {done} von {total} wird gedruckt…</translation>
    </message>
    <message numerus="yes">
        <source>The batch has %n pieces on {pages} and is open to print.</source>
        <translation>
            <numerusform>Die Tagespost hat %n Sendung auf {pages} und ist zum Drucken geöffnet.</numerusform>
            <numerusform>Die Tagespost hat %n Sendungen auf {pages} und ist zum Drucken geöffnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an incomplete address were left out; fix them and print again.</source>
        <translation>
            <numerusform>%n Sendung mit unvollständiger Adresse wurde weggelassen; ergänzen Sie die Adresse und drucken Sie erneut.</numerusform>
            <numerusform>%n Sendungen mit unvollständiger Adresse wurden weggelassen; ergänzen Sie die Adressen und drucken Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once everything is in the post, mark the batch as posted on {day}? Calls that count from a package move with it.</source>
        <translation>Sobald alles bei der Post ist: die Tagespost als am {day} versandt markieren? Anrufe, die ab einem Paket zählen, verschieben sich mit.</translation>
    </message>
    <message>
        <source>Mark as posted</source>
        <translation>Als versandt markieren</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (überfällig)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Daily batch</source>
        <translation>Tagespost</translation>
    </message>
    <message>
        <source>Tick at least one package or mailer to print.</source>
        <translation>Haken Sie mindestens ein Paket oder eine Sendung zum Drucken an.</translation>
    </message>
    <message>
        <source>The batch could not be printed. Nothing was marked as posted.</source>
        <translation>Die Tagespost konnte nicht gedruckt werden. Nichts wurde als versandt markiert.</translation>
    </message>
    <message>
        <source>Printing the packages and mailers…</source>
        <translation>Die Pakete und Sendungen werden gedruckt…</translation>
    </message>
    <message>
        <source>Print the batch first, then mark what went into the post.</source>
        <translation>Drucken Sie zuerst die Tagespost und markieren Sie dann, was zur Post ging.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n ticked pieces as posted on {day}? Calls that count from a package move with it. Unticked pieces stay in the next batch.</source>
        <translation>
            <numerusform>Die %n angehakte Sendung als am {day} versandt markieren? Anrufe, die ab einem Paket zählen, verschieben sich mit. Nicht angehakte Sendungen bleiben für die nächste Tagespost.</numerusform>
            <numerusform>Die %n angehakten Sendungen als am {day} versandt markieren? Anrufe, die ab einem Paket zählen, verschieben sich mit. Nicht angehakte Sendungen bleiben für die nächste Tagespost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as posted</source>
        <translation>Als versandt markieren</translation>
    </message>
    <message>
        <source>The pieces could not be marked as posted; nothing was changed.</source>
        <translation>Die Sendungen konnten nicht als versandt markiert werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Recording the posted pieces…</source>
        <translation>Die versandten Sendungen werden eingetragen…</translation>
    </message>
    <message>
        <source>Pick a size, or type your own in millimetres, e.g. 235x120</source>
        <translation>Wählen Sie ein Format oder geben Sie ein eigenes in Millimetern ein, z. B. 235x120</translation>
    </message>
    <message numerus="yes">
        <source>Printed {day} at {time}: %n pieces, not yet marked as posted. Once they are in the post, press “Mark as posted” (untick any that did not go), or print again.</source>
        <translation>
            <numerusform>Gedruckt am {day} um {time}: %n Sendung, noch nicht als versandt markiert. Sobald sie bei der Post ist, klicken Sie auf „Als versandt markieren“ (was nicht rausging, vorher abhaken) – oder drucken Sie erneut.</numerusform>
            <numerusform>Gedruckt am {day} um {time}: %n Sendungen, noch nicht als versandt markiert. Sobald sie bei der Post sind, klicken Sie auf „Als versandt markieren“ (was nicht rausging, vorher abhaken) – oder drucken Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>no. {position} {name} ({reason})</source>
        <translation>Nr. {position} {name} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out before posting: {names}.</source>
        <translation>Vor dem Versand herausnehmen: {names}.</translation>
    </message>
    <message>
        <source>Nothing to post.</source>
        <translation>Nichts zu versenden.</translation>
    </message>
    <message numerus="yes">
        <source>{ticked} of %n ticked</source>
        <translation>
            <numerusform>{ticked} von %n angehakt</numerusform>
            <numerusform>{ticked} von %n angehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need an address</source>
        <translation>
            <numerusform>%n braucht eine Adresse</numerusform>
            <numerusform>%n brauchen eine Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>about {amount} to post</source>
        <translation>etwa {amount} Porto</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Printing piece {done} of {total}…</source>
        <translation>Sendung {done} von {total} wird gedruckt…</translation>
    </message>
</context>
<context>
    <name>BatchViewForm</name>
    <message>
        <source>Daily batch</source>
        <translation>Tagespost</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Day of the batch</source>
        <translation>Tag der Tagespost</translation>
    </message>
    <message>
        <source>Packages and mailers due by this day, overdue ones included</source>
        <translation>Bis zu diesem Tag fällige Pakete und Sendungen, überfällige eingeschlossen</translation>
    </message>
    <message>
        <source>&amp;Addresses on</source>
        <translation>&amp;Adressen auf</translation>
    </message>
    <message>
        <source>What carries the address</source>
        <translation>Worauf die Adresse steht</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Umschlag</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>Umschlagformat</translation>
    </message>
    <message>
        <source>&amp;Label sheet</source>
        <translation>&amp;Etikettenbogen</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <source>Start at la&amp;bel</source>
        <translation>Beginnen bei Eti&amp;kett</translation>
    </message>
    <message>
        <source>First free label on the sheet</source>
        <translation>Erstes freies Etikett auf dem Bogen</translation>
    </message>
    <message>
        <source>On a half-used sheet, the number of the first free label (1 is top left, counting along each row)</source>
        <translation>Auf einem angebrauchten Bogen die Nummer des ersten freien Etiketts (1 ist oben links, gezählt entlang jeder Reihe)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>Print order</source>
        <translation>Druckreihenfolge</translation>
    </message>
    <message>
        <source>One piece per &amp;household</source>
        <translation>Eine Sendung pro &amp;Haushalt</translation>
    </message>
    <message>
        <source>People at the same address share one envelope</source>
        <translation>Personen mit derselben Adresse teilen sich einen Umschlag</translation>
    </message>
    <message>
        <source>Business &amp;card in every package</source>
        <translation>&amp;Visitenkarte in jedes Paket</translation>
    </message>
    <message>
        <source>&quot;Print at 100 %&quot; &amp;guide</source>
        <translation>Hinweis „Mit 100 % &amp;drucken“</translation>
    </message>
    <message>
        <source>A bar of known length on each envelope, to check nothing was scaled</source>
        <translation>Ein Balken bekannter Länge auf jedem Umschlag, um zu prüfen, dass nichts skaliert wurde</translation>
    </message>
    <message>
        <source>Packages and mailers in the batch</source>
        <translation>Pakete und Sendungen in der Tagespost</translation>
    </message>
    <message>
        <source>Untick what should not go out today</source>
        <translation>Haken Sie ab, was heute nicht rausgehen soll</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Alle abhaken</translation>
    </message>
    <message>
        <source>&amp;Print batch…</source>
        <translation>Tagespost &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the ticked pieces as one PDF, collated for stuffing</source>
        <translation>Die angehakten Sendungen als ein PDF drucken, sortiert zum Eintüten</translation>
    </message>
    <message>
        <source>&amp;Mark as posted</source>
        <translation>Als &amp;versandt markieren</translation>
    </message>
    <message>
        <source>Once the printed pieces are in the post: record them as posted</source>
        <translation>Sobald die gedruckten Sendungen bei der Post sind: als versandt eintragen</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n Nachfassaktion fällig</numerusform>
            <numerusform>%n Nachfassaktionen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
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
        <source>Show this month and today&apos;s follow-ups</source>
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
    <name>CallOutcomes</name>
    <message>
        <source>Pick what came of the call.</source>
        <translation>Wählen Sie, was bei dem Anruf herauskam.</translation>
    </message>
    <message>
        <source>Hot, cold or lost follows a reached call.</source>
        <translation>Heiß, kalt oder verloren gibt es nur nach einem Anruf, bei dem Sie jemanden erreicht haben.</translation>
    </message>
    <message>
        <source>Only calls and visits have call outcomes.</source>
        <translation>Nur Anrufe und Besuche haben ein Gesprächsergebnis.</translation>
    </message>
    <message>
        <source>Call with {name} recorded.</source>
        <translation>Anruf bei {name} eingetragen.</translation>
    </message>
    <message>
        <source>No answer. Try {name} again on {day}.</source>
        <translation>Niemand erreicht. Versuchen Sie es am {day} erneut bei {name}.</translation>
    </message>
    <message>
        <source>No answer, and no more tries for this call; the plan for {name} goes on.</source>
        <translation>Niemand erreicht, und für diesen Anruf gibt es keine weiteren Versuche; der Plan für {name} geht weiter.</translation>
    </message>
    <message>
        <source>Wrong number for {name}; later calls cancelled: {count}. Correct the number to call again.</source>
        <translation>Falsche Nummer bei {name}; abgesagte spätere Anrufe: {count}. Korrigieren Sie die Nummer, um wieder anzurufen.</translation>
    </message>
    <message>
        <source>{name} ordered and is now a customer; follow-ups cancelled: {count}.</source>
        <translation>{name} hat bestellt und ist jetzt Kunde; abgesagte Nachfassaktionen: {count}.</translation>
    </message>
    <message>
        <source>{name} marked lost; follow-ups cancelled: {count}.</source>
        <translation>{name} als verloren markiert; abgesagte Nachfassaktionen: {count}.</translation>
    </message>
    <message>
        <source>{name} is keen. Follow-ups added: {added}, cancelled: {cancelled}.</source>
        <translation>{name} ist interessiert. Nachfassaktionen hinzugefügt: {added}, abgesagt: {cancelled}.</translation>
    </message>
    <message>
        <source>{name} is not keen. Follow-ups added: {added}, cancelled: {cancelled}.</source>
        <translation>{name} ist nicht interessiert. Nachfassaktionen hinzugefügt: {added}, abgesagt: {cancelled}.</translation>
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
        <translation>
            <numerusform>%n Anruf in den nächsten Minuten</numerusform>
            <numerusform>%n Anrufe in den nächsten Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Call moved to {day}; later follow-ups kept after it.</source>
        <translation>Anruf auf den {day} verschoben; spätere Nachfassaktionen bleiben danach.</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This follow-up is already {status}.</source>
        <translation>Diese Nachfassaktion ist bereits {status}.</translation>
    </message>
    <message>
        <source>There is no phone number for this prospect. Add one on the prospect, or record the call as a wrong number.</source>
        <translation>Für diesen Interessenten gibt es keine Telefonnummer. Tragen Sie eine beim Interessenten ein oder erfassen Sie den Anruf als falsche Nummer.</translation>
    </message>
    <message>
        <source>No talking points for this step.</source>
        <translation>Keine Gesprächspunkte für diesen Schritt.</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Fällig am {day}</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>Überfällig seit {day}</translation>
    </message>
    <message>
        <source>try {attempt} of {tries}</source>
        <translation>Versuch {attempt} von {tries}</translation>
    </message>
    <message>
        <source>No quotation yet.</source>
        <translation>Noch kein Angebot.</translation>
    </message>
    <message>
        <source>Quotation {number}</source>
        <translation>Angebot {number}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… und %n früherer</numerusform>
            <numerusform>… und %n frühere</numerusform>
        </translation>
    </message>
    <message>
        <source>First contact {day} ({channel})</source>
        <translation>Erstkontakt am {day} ({channel})</translation>
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
        <translation>Was sie schon bekommen haben</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What they said, what to send, when to call back</source>
        <translation>Was sie gesagt haben, was zu schicken ist, wann zurückzurufen ist</translation>
    </message>
    <message>
        <source>What came of the call?</source>
        <translation>Was kam bei dem Anruf heraus?</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>E&amp;rreicht</translation>
    </message>
    <message>
        <source>Outcome: Reached</source>
        <translation>Ergebnis: Erreicht</translation>
    </message>
    <message>
        <source>&amp;Voicemail</source>
        <translation>&amp;Mailbox</translation>
    </message>
    <message>
        <source>Outcome: Voicemail</source>
        <translation>Ergebnis: Mailbox</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>Nicht &amp;erreicht</translation>
    </message>
    <message>
        <source>Outcome: No answer</source>
        <translation>Ergebnis: Nicht erreicht</translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation>&amp;Falsche Nummer</translation>
    </message>
    <message>
        <source>Outcome: Wrong number</source>
        <translation>Ergebnis: Falsche Nummer</translation>
    </message>
    <message>
        <source>&amp;Ordered</source>
        <translation>&amp;Bestellt</translation>
    </message>
    <message>
        <source>Outcome: Ordered</source>
        <translation>Ergebnis: Bestellt</translation>
    </message>
    <message>
        <source>Not &amp;interested</source>
        <translation>Kein &amp;Interesse</translation>
    </message>
    <message>
        <source>Outcome: Not interested</source>
        <translation>Ergebnis: Kein Interesse</translation>
    </message>
    <message>
        <source>How keen are they?</source>
        <translation>Wie interessiert sind sie?</translation>
    </message>
    <message>
        <source>&amp;Hot: keen to buy</source>
        <translation>&amp;Heiß: will kaufen</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>&amp;Cold: not now</source>
        <translation>&amp;Kalt: jetzt nicht</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Verloren</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Just &amp;record it</source>
        <translation>Nur &amp;so eintragen</translation>
    </message>
    <message>
        <source>Just record it</source>
        <translation>Nur eintragen</translation>
    </message>
    <message>
        <source>Call &amp;tomorrow instead</source>
        <translation>Stattdessen mor&amp;gen anrufen</translation>
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
        <translation>
            <numerusform>Follow-up Desk erinnert Sie %n Minute vor dem Anruf.</numerusform>
            <numerusform>Follow-up Desk erinnert Sie %n Minuten vor dem Anruf.</numerusform>
        </translation>
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
        <source>The time agreed with the prospect, on the shop&apos;s clock</source>
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
    <name>CallTimes</name>
    <message>
        <source>There is no follow-up with id {touch_id}.</source>
        <translation>Es gibt keine Nachfassaktion mit der Nummer {touch_id}.</translation>
    </message>
    <message>
        <source>Only calls and visits have a time; this one has none.</source>
        <translation>Nur Anrufe und Besuche haben eine Uhrzeit; diese Nachfassaktion hat keine.</translation>
    </message>
    <message>
        <source>This follow-up is already done or cancelled.</source>
        <translation>Diese Nachfassaktion ist bereits erledigt oder abgesagt.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>There is no catalogue item with id {item_id}.</source>
        <translation>Es gibt keinen Katalogartikel mit der Nummer {item_id}.</translation>
    </message>
    <message>
        <source>“{unknown}” is not a catalogue field.</source>
        <translation>„{unknown}“ ist kein Feld des Katalogs.</translation>
    </message>
    <message>
        <source>Enter a code for the item.</source>
        <translation>Geben Sie eine Nummer für den Artikel ein.</translation>
    </message>
    <message>
        <source>Enter a name for the item.</source>
        <translation>Geben Sie einen Namen für den Artikel ein.</translation>
    </message>
    <message>
        <source>Keep it under 200 characters.</source>
        <translation>Bleiben Sie unter 200 Zeichen.</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>Tax: enter a percentage from 0 to 100.</source>
        <translation>MwSt.: Geben Sie einen Prozentsatz von 0 bis 100 ein.</translation>
    </message>
    <message>
        <source>Enter a code and a name for the item.</source>
        <translation>Geben Sie eine Nummer und einen Namen für den Artikel ein.</translation>
    </message>
    <message>
        <source>The code {code} is already used by “{name}”.</source>
        <translation>Die Nummer {code} hat bereits „{name}“.</translation>
    </message>
    <message>
        <source>The code {code} was just taken on another desk.</source>
        <translation>Die Nummer {code} wurde gerade an einem anderen Arbeitsplatz vergeben.</translation>
    </message>
    <message>
        <source>{name} needs a name (or code) column and a price column; the first line must name them, e.g. code,name,unit,price,tax (found: {found}).</source>
        <translation>{name} braucht eine Spalte für den Namen (oder die Nummer) und eine für den Preis; die erste Zeile muss sie benennen, z. B. code,name,unit,price,tax (gefunden: {found}).</translation>
    </message>
    <message>
        <source>code {code} is already on line {line}</source>
        <translation>Nummer {code} steht schon in Zeile {line}</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Products and services</source>
        <translation>Produkte und Leistungen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Select an item to delete first.</source>
        <translation>Wählen Sie zuerst einen Artikel zum Löschen.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Delete “{name}” from the catalogue? Quotes that use it keep their lines.</source>
        <translation>„{name}“ aus dem Katalog löschen? Angebote, die den Artikel enthalten, behalten ihre Zeilen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out</source>
        <translation>
            <numerusform>%n Zeile weggelassen</numerusform>
            <numerusform>%n Zeilen weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {why}</source>
        <translation>Zeile {line}: {why}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Weggelassen:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a price list</source>
        <translation>Preisliste wählen</translation>
    </message>
    <message>
        <source>Price lists (*.csv *.txt)</source>
        <translation>Preislisten (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>CatalogueDialogForm</name>
    <message>
        <source>Search the catalogue</source>
        <translation>Im Katalog suchen</translation>
    </message>
    <message>
        <source>Search code or name…</source>
        <translation>Nummer oder Name suchen…</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Gefundene Artikel</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Artikel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a product or service (Ctrl+N)</source>
        <translation>Ein Produkt oder eine Leistung hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected item; quotes keep their copy</source>
        <translation>Den gewählten Artikel löschen; Angebote behalten ihre Kopie</translation>
    </message>
    <message>
        <source>&amp;Import price list…</source>
        <translation>Preisliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Add or update items from a CSV file</source>
        <translation>Artikel aus einer CSV-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produkte und Leistungen</translation>
    </message>
    <message>
        <source>Double-click or type over a cell to change it. Prices like 19,99 or 19.99; tax in %.</source>
        <translation>Zum Ändern eine Zelle doppelklicken oder überschreiben. Preise wie 19,99 oder 19.99; Steuer in %.</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Ganzer Name (in Vor- und Nachname geteilt)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Zweites Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Straße, zweite Zeile</translation>
    </message>
    <message>
        <source>Postcode / ZIP</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation>Wie der Kontakt zustande kam</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>First contact date</source>
        <translation>Datum des Erstkontakts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No mail program opened. Save the e-mail as a file instead and open it from your mail program.</source>
        <translation>Es hat sich kein Mailprogramm geöffnet. Speichern Sie die E-Mail stattdessen als Datei und öffnen Sie sie in Ihrem Mailprogramm.</translation>
    </message>
    <message>
        <source>Save e-mail</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <source>E-mail files (*.eml)</source>
        <translation>E-Mail-Dateien (*.eml)</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}.</source>
        <translation>{file} kann nicht geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <source>E-mail to {name}</source>
        <translation>E-Mail an {name}</translation>
    </message>
    <message>
        <source>(no e-mail address)</source>
        <translation>(keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Attach quotation {number} (PDF)</source>
        <translation>Angebot {number} anhängen (PDF)</translation>
    </message>
    <message>
        <source>No quotation to attach yet</source>
        <translation>Noch kein Angebot zum Anhängen</translation>
    </message>
    <message>
        <source>A message outside the plan; it is added to the timeline as sent.</source>
        <translation>Eine Nachricht außerhalb des Plans; sie erscheint im Verlauf als gesendet.</translation>
    </message>
    <message>
        <source>{title}  ·  {kind} due {day}  ·  sending it marks the follow-up as done</source>
        <translation>{title}  ·  {kind} fällig am {day}  ·  Senden markiert die Nachfassaktion als erledigt</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>not set up yet</source>
        <translation>noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Once you have sent the e-mail from your mail program, mark this follow-up as done?</source>
        <translation>Wenn Sie die E-Mail aus Ihrem Mailprogramm gesendet haben: diese Nachfassaktion als erledigt markieren?</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Saved as {file} in {folder}. Open it in your mail program to send it.</source>
        <translation>Als {file} in {folder} gespeichert. Öffnen Sie die Datei in Ihrem Mailprogramm, um sie zu senden.</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <source>As the customer sees it</source>
        <translation>So, wie die Kundschaft sie sieht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Attach the quotation</source>
        <translation>Das Angebot anhängen</translation>
    </message>
    <message>
        <source>Open in my &amp;mail program</source>
        <translation>In meinem &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Write and send it from your own mail program instead</source>
        <translation>Stattdessen in Ihrem eigenen Mailprogramm schreiben und senden</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Save the e-mail, attachment included, as a .eml file</source>
        <translation>Die E-Mail samt Anhang als .eml-Datei speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Enter a name or a company.</source>
        <translation>Geben Sie einen Namen oder eine Firma ein.</translation>
    </message>
    <message>
        <source>Channel must be one of: {items}.</source>
        <translation>Der Kanal muss einer von diesen sein: {items}.</translation>
    </message>
    <message>
        <source>Interest must be one of: {items}.</source>
        <translation>Das Interesse muss eines von diesen sein: {items}.</translation>
    </message>
    <message>
        <source>Country must be a two-letter code.</source>
        <translation>Das Land muss ein Code aus zwei Buchstaben sein.</translation>
    </message>
    <message>
        <source>There is no prospect with id {prospect_id}.</source>
        <translation>Es gibt keinen Interessenten mit der Nummer {prospect_id}.</translation>
    </message>
    <message>
        <source>Say which channel they opted out of: email, post or calls.</source>
        <translation>Geben Sie an, welchen Kanal sie abbestellt haben: E-Mail, Post oder Anrufe.</translation>
    </message>
</context>
<context>
    <name>Copying</name>
    <message>
        <source>The server holds {landed} rows of {table} after copying {copied}. Nothing was kept; try again.</source>
        <translation>Nach dem Kopieren von {copied} Zeilen von {table} hat der Server {landed}. Es wurde nichts übernommen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rows {first}-{final} of {table} do not fit the server: {problem}. Nothing was kept.</source>
        <translation>Die Zeilen {first}–{final} von {table} passen nicht auf den Server: {problem}. Es wurde nichts übernommen.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>{path} is empty; there is nothing to import.</source>
        <translation>{path} ist leer; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{name}, line {line_num}: {problem}. Save the sheet as CSV (comma-separated) and try again.</source>
        <translation>{name}, Zeile {line_num}: {problem}. Speichern Sie die Tabelle als CSV (durch Kommas getrennt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} has no name or company column. The first line must name the columns, e.g. first_name,last_name,company_name,email (found: {found}).</source>
        <translation>{name} hat keine Spalte für Name oder Firma. Die erste Zeile muss die Spalten benennen, z. B. first_name,last_name,company_name,email (gefunden: {found}).</translation>
    </message>
    <message>
        <source>{name}, line {start}: a quoted value is never closed, so every line after it reads as one cell. Add the missing &quot; and try again.</source>
        <translation>{name}, Zeile {start}: Ein Wert in Anführungszeichen wird nie geschlossen, daher wird alles danach als eine Zelle gelesen. Ergänzen Sie das fehlende &quot; und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write YYYY-MM-DD.</source>
        <translation>„{text}“ ist kein Datum; schreiben Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>channel “{word}” is not phone, walk-in or e-mail</source>
        <translation>Kanal „{word}“ ist weder Telefon noch Besuch noch E-Mail</translation>
    </message>
    <message>
        <source>interest “{word}” is not low, medium or high</source>
        <translation>Interesse „{word}“ ist weder niedrig noch mittel noch hoch</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>in {month}</source>
        <translation>im {month}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>vom {start} bis {end}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>{problem}

Choose another file name.</source>
        <translation>{problem}

Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}.

Check that the folder exists and you may write to it, or choose another one.</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {problem}.

Prüfen Sie, ob es den Ordner gibt und Sie darin schreiben dürfen, oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Saved {pdf} and {csv}.</source>
        <translation>{pdf} und {csv} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %Ln prospects</source>
        <translation>
            <numerusform>{title}: %Ln Interessent</numerusform>
            <numerusform>{title}: %Ln Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>{problem}

Check that the database can be reached, then pick the period again.</source>
        <translation>{problem}

Prüfen Sie, ob die Datenbank erreichbar ist, und wählen Sie dann den Zeitraum erneut.</translation>
    </message>
    <message>
        <source>{channel} · {period} · figures as of {day}</source>
        <translation>{channel} · {period} · Zahlen vom {day}</translation>
    </message>
    <message>
        <source>Prospects first contacted {when}, and how many reached each stage.</source>
        <translation>Interessenten mit Erstkontakt {when} und wie viele jede Stufe erreicht haben.</translation>
    </message>
    <message>
        <source>Week of {day}: overdue now, still due by Sunday, and done since Monday.</source>
        <translation>Woche ab {day}: jetzt überfällig, bis Sonntag noch fällig und seit Montag erledigt.</translation>
    </message>
    <message>
        <source>Follow-ups marked done {when}.</source>
        <translation>Als erledigt markierte Nachfassaktionen {when}.</translation>
    </message>
    <message>
        <source>Customers won {when} · median {days}.</source>
        <translation>Gewonnene Kunden {when} · Median {days}.</translation>
    </message>
    <message>
        <source>Follow-ups done before their first order · median {count}.</source>
        <translation>Nachfassaktionen vor dem ersten Auftrag · Median {count}.</translation>
    </message>
    <message>
        <source>Follow-ups past their window at the start of each day {when}.</source>
        <translation>Nachfassaktionen, deren Frist zu Beginn jedes Tages abgelaufen war, {when}.</translation>
    </message>
    <message numerus="yes">
        <source>For the prospects first contacted {when}: how many had each step done, and how many ordered within %n days after it.</source>
        <translation>
            <numerusform>Für die Interessenten mit Erstkontakt {when}: bei wie vielen jeder Schritt erledigt wurde und wie viele innerhalb von %n Tag danach bestellt haben.</numerusform>
            <numerusform>Für die Interessenten mit Erstkontakt {when}: bei wie vielen jeder Schritt erledigt wurde und wie viele innerhalb von %n Tagen danach bestellt haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kinds} overdue this week</source>
        <translation>{kinds} diese Woche überfällig</translation>
    </message>
    <message>
        <source>{kinds} due this week</source>
        <translation>{kinds} diese Woche fällig</translation>
    </message>
    <message>
        <source>{kinds} done this week</source>
        <translation>{kinds} diese Woche erledigt</translation>
    </message>
    <message>
        <source>Week of {day}.</source>
        <translation>Woche ab {day}.</translation>
    </message>
    <message>
        <source>{kinds} by {person}</source>
        <translation>{kinds} von {person}</translation>
    </message>
    <message>
        <source>Done {when}.</source>
        <translation>Erledigt {when}.</translation>
    </message>
    <message>
        <source>Customers won in {month}</source>
        <translation>Gewonnene Kunden im {month}</translation>
    </message>
    <message>
        <source>Ordered after {days} days</source>
        <translation>Bestellt nach {days} Tagen</translation>
    </message>
    <message>
        <source>Ordered after {count} follow-ups</source>
        <translation>Bestellt nach {count} Nachfassaktionen</translation>
    </message>
    <message>
        <source>Whose first order the month&apos;s costs are divided by.</source>
        <translation>Auf deren ersten Auftrag die Kosten des Monats verteilt werden.</translation>
    </message>
    <message>
        <source>Overdue on {day}</source>
        <translation>Überfällig am {day}</translation>
    </message>
    <message>
        <source>Prospects with a follow-up past its window that morning.</source>
        <translation>Interessenten, bei denen an diesem Morgen eine Nachfassaktion über der Frist war.</translation>
    </message>
    <message>
        <source>Done for prospects first contacted {when}.</source>
        <translation>Erledigt für Interessenten mit Erstkontakt {when}.</translation>
    </message>
    <message numerus="yes">
        <source>Ordered within %n days after this step.</source>
        <translation>
            <numerusform>Innerhalb von %n Tag nach diesem Schritt bestellt.</numerusform>
            <numerusform>Innerhalb von %n Tagen nach diesem Schritt bestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>First contacted {when}.</source>
        <translation>Erstkontakt {when}.</translation>
    </message>
    <message>
        <source>Customers won {when}.</source>
        <translation>Gewonnene Kunden {when}.</translation>
    </message>
    <message>
        <source>Follow-up report {period}.pdf</source>
        <translation>Nachfassbericht {period}.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Is following up paying off?</source>
        <translation>Lohnt sich das Nachfassen?</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Save these figures as a PDF report and a CSV file</source>
        <translation>Diese Zahlen als PDF-Bericht und CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which first contacts and which days the figures cover</source>
        <translation>Welche Erstkontakte und welche Tage die Zahlen umfassen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Only prospects who first got in touch this way</source>
        <translation>Nur Interessenten, deren Erstkontakt auf diesem Weg kam</translation>
    </message>
    <message>
        <source>Prospects first contacted in the period</source>
        <translation>Interessenten mit Erstkontakt im Zeitraum</translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation>Erstkontakte</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Share of those first contacts who placed a first order</source>
        <translation>Anteil der Erstkontakte mit erstem Auftrag</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>Kunden geworden</translation>
    </message>
    <message>
        <source>First orders placed in the period</source>
        <translation>Erste Aufträge im Zeitraum</translation>
    </message>
    <message>
        <source>Customers won</source>
        <translation>Gewonnene Kunden</translation>
    </message>
    <message>
        <source>Half the customers won ordered sooner than this</source>
        <translation>Die Hälfte der gewonnenen Kunden hat früher bestellt</translation>
    </message>
    <message>
        <source>Median days to order</source>
        <translation>Median Tage bis zum Auftrag</translation>
    </message>
    <message>
        <source>Postage, printing and quotations that ran out, per customer won</source>
        <translation>Porto, Druck und abgelaufene Angebote pro gewonnenem Kunden</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>Kosten pro Kunde</translation>
    </message>
    <message>
        <source>Follow-ups past the last day of their window</source>
        <translation>Nachfassaktionen nach dem letzten Tag ihrer Frist</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Jetzt überfällig</translation>
    </message>
    <message>
        <source>From first contact to first order</source>
        <translation>Vom Erstkontakt zum ersten Auftrag</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Weg zum Auftrag</translation>
    </message>
    <message>
        <source>Point at a bar for its figure; click it to list the prospects</source>
        <translation>Zeigen Sie auf einen Balken für seine Zahl; ein Klick listet die Interessenten auf</translation>
    </message>
    <message>
        <source>Where they are now</source>
        <translation>Wo sie jetzt stehen</translation>
    </message>
    <message>
        <source>The same prospects, by where they stand today.</source>
        <translation>Dieselben Interessenten, nach ihrem heutigen Stand.</translation>
    </message>
    <message>
        <source>Prospects by status</source>
        <translation>Interessenten nach Status</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Nachfassaktionen diese Woche</translation>
    </message>
    <message>
        <source>Done per person</source>
        <translation>Erledigt pro Person</translation>
    </message>
    <message>
        <source>Follow-ups done per person</source>
        <translation>Erledigte Nachfassaktionen pro Person</translation>
    </message>
    <message>
        <source>Customers won per month</source>
        <translation>Gewonnene Kunden pro Monat</translation>
    </message>
    <message>
        <source>First orders placed each month, by how the customer first got in touch.</source>
        <translation>Erste Aufträge pro Monat, nach dem Weg des Erstkontakts.</translation>
    </message>
    <message>
        <source>Customers won per month by channel</source>
        <translation>Gewonnene Kunden pro Monat nach Kanal</translation>
    </message>
    <message>
        <source>Days to first order</source>
        <translation>Tage bis zum ersten Auftrag</translation>
    </message>
    <message>
        <source>Days from first contact to first order</source>
        <translation>Tage vom Erstkontakt bis zum ersten Auftrag</translation>
    </message>
    <message>
        <source>Follow-ups to first order</source>
        <translation>Nachfassaktionen bis zum ersten Auftrag</translation>
    </message>
    <message>
        <source>Follow-ups done before the first order</source>
        <translation>Nachfassaktionen vor dem ersten Auftrag</translation>
    </message>
    <message>
        <source>What each customer cost</source>
        <translation>Was jeder Kunde gekostet hat</translation>
    </message>
    <message>
        <source>Postage, printing and quotations that ran out, per customer won, each month.</source>
        <translation>Porto, Druck und abgelaufene Angebote pro gewonnenem Kunden, für jeden Monat.</translation>
    </message>
    <message>
        <source>Cost per customer won per month</source>
        <translation>Kosten pro gewonnenem Kunden und Monat</translation>
    </message>
    <message>
        <source>Follow-ups left overdue</source>
        <translation>Liegengebliebene Nachfassaktionen</translation>
    </message>
    <message>
        <source>Overdue follow-ups day by day</source>
        <translation>Überfällige Nachfassaktionen Tag für Tag</translation>
    </message>
    <message>
        <source>Point at a day for its count; click it to list the prospects</source>
        <translation>Zeigen Sie auf einen Tag für seine Zahl; ein Klick listet die Interessenten auf</translation>
    </message>
    <message>
        <source>Which plan steps lead to orders</source>
        <translation>Welche Planschritte zu Aufträgen führen</translation>
    </message>
    <message>
        <source>Ordered within</source>
        <translation>Bestellt innerhalb von</translation>
    </message>
    <message>
        <source>Ordered within how many days</source>
        <translation>Innerhalb wie vieler Tage bestellt</translation>
    </message>
    <message>
        <source>Count an order when it came this many days after the step</source>
        <translation>Einen Auftrag zählen, wenn er höchstens so viele Tage nach dem Schritt kam</translation>
    </message>
    <message>
        <source>Plan steps and the orders after them</source>
        <translation>Planschritte und die Aufträge danach</translation>
    </message>
    <message>
        <source>Double-click a step to list its prospects</source>
        <translation>Einen Schritt doppelklicken, um seine Interessenten aufzulisten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this list</source>
        <translation>Diese Liste ausblenden</translation>
    </message>
    <message>
        <source>Prospects behind the chosen bar</source>
        <translation>Interessenten hinter dem gewählten Balken</translation>
    </message>
    <message>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import prospects…</source>
        <translation>Interessenten &amp;importieren…</translation>
    </message>
    <message>
        <source>Add prospects from a spreadsheet, Google, Outlook or a vCard file</source>
        <translation>Interessenten aus einer Tabelle, Google, Outlook oder einer vCard-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export prospects as &amp;CSV…</source>
        <translation>Interessenten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>The prospects the list shows, for a spreadsheet</source>
        <translation>Die Interessenten, die die Liste zeigt, für eine Tabelle</translation>
    </message>
    <message>
        <source>Export prospects as &amp;vCards…</source>
        <translation>Interessenten als &amp;vCards exportieren…</translation>
    </message>
    <message>
        <source>The prospects the list shows, for an address book or phone</source>
        <translation>Die Interessenten, die die Liste zeigt, für ein Adressbuch oder Telefon</translation>
    </message>
    <message>
        <source>Export shown &amp;follow-ups as CSV…</source>
        <translation>&amp;Angezeigte Nachfassaktionen als CSV exportieren…</translation>
    </message>
    <message>
        <source>The follow-ups the Today or Calendar tab shows, for a spreadsheet</source>
        <translation>Die Nachfassaktionen, die Heute oder Kalender zeigen, für eine Tabelle</translation>
    </message>
    <message>
        <source>Follow-ups &amp;calendar file…</source>
        <translation>&amp;Kalenderdatei der Nachfassaktionen…</translation>
    </message>
    <message>
        <source>Due follow-ups as a calendar Outlook, Thunderbird or Google can show</source>
        <translation>Fällige Nachfassaktionen als Kalender, den Outlook, Thunderbird oder Google anzeigen können</translation>
    </message>
    <message>
        <source>Export this prospect&apos;s &amp;data…</source>
        <translation>&amp;Daten dieses Interessenten exportieren…</translation>
    </message>
    <message>
        <source>Everything held about the open prospect, for them to read</source>
        <translation>Alles, was über den geöffneten Interessenten gespeichert ist, für ihn zum Lesen</translation>
    </message>
    <message>
        <source>&amp;Erase this prospect…</source>
        <translation>Diesen Interessenten &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove the open prospect&apos;s personal data on their request</source>
        <translation>Die persönlichen Daten des geöffneten Interessenten auf dessen Wunsch entfernen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n prospects to {file}.</source>
        <translation>
            <numerusform>%n Interessent in {file} geschrieben.</numerusform>
            <numerusform>%n Interessenten in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact cards to {file}.</source>
        <translation>
            <numerusform>%n Kontaktkarte in {file} geschrieben.</numerusform>
            <numerusform>%n Kontaktkarten in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to {file}; it is kept up to date while Follow-up Desk runs.</source>
        <translation>
            <numerusform>%n Nachfassaktion in {file} geschrieben; die Datei bleibt aktuell, solange Follow-up Desk läuft.</numerusform>
            <numerusform>%n Nachfassaktionen in {file} geschrieben; die Datei bleibt aktuell, solange Follow-up Desk läuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to {file}.</source>
        <translation>
            <numerusform>%n Nachfassaktion in {file} geschrieben.</numerusform>
            <numerusform>%n Nachfassaktionen in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {file}.</source>
        <translation>
            <numerusform>%n Zeile in {file} geschrieben.</numerusform>
            <numerusform>%n Zeilen in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospect data</source>
        <translation>Daten des Interessenten</translation>
    </message>
    <message>
        <source>Wrote everything held about prospect {id} to {file}.</source>
        <translation>Alles über Interessent {id} in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erase {name} for good? Their name, e-mail, phone, address and notes are removed everywhere, including sent e-mails and printed batches. Their open follow-ups are cancelled. Counts for your reports stay. This cannot be undone.</source>
        <translation>{name} endgültig löschen? Name, E-Mail, Telefon, Adresse und Notizen werden überall entfernt, auch in gesendeten E-Mails und gedruckter Tagespost. Offene Nachfassaktionen werden abgesagt. Die Zahlen für Ihre Berichte bleiben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erased the personal data of prospect {id}.</source>
        <translation>Die persönlichen Daten von Interessent {id} wurden gelöscht.</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Open a prospect first, then try again.</source>
        <translation>Öffnen Sie zuerst einen Interessenten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export as vCards</source>
        <translation>Als vCards exportieren</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Diese Liste exportieren</translation>
    </message>
    <message>
        <source>Follow-ups calendar file</source>
        <translation>Kalenderdatei der Nachfassaktionen</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Keep this file up to date? Follow-up Desk then rewrites it after every change, so a calendar subscribed to it always shows what is due. Put it in a shared or synced folder to see it on other computers or your phone.</source>
        <translation>Diese Datei aktuell halten? Follow-up Desk schreibt sie dann nach jeder Änderung neu, sodass ein Kalender, der sie abonniert, immer zeigt, was fällig ist. Legen Sie sie in einen gemeinsamen oder synchronisierten Ordner, um sie auf anderen Computern oder Ihrem Telefon zu sehen.</translation>
    </message>
    <message>
        <source>Keep it up to date</source>
        <translation>Aktuell halten</translation>
    </message>
    <message>
        <source>Export this prospect&apos;s data</source>
        <translation>Daten dieses Interessenten exportieren</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import {id} undone.</source>
        <translation>Import {id} rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>PostgreSQL support is not installed. Run: pip install &apos;followup-desk[postgres]&apos;</source>
        <translation>Die Unterstützung für PostgreSQL ist nicht installiert. Führen Sie aus: pip install &apos;followup-desk[postgres]&apos;</translation>
    </message>
    <message>
        <source>{path} is a folder; give a database file name.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen für die Datenbank an.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; check the database path.</source>
        <translation>Den Ordner {parent} gibt es nicht; prüfen Sie den Pfad der Datenbank.</translation>
    </message>
    <message>
        <source>Follow-up Desk opens a database file or a postgresql:// address, not {scheme}://. Check the database setting.</source>
        <translation>Follow-up Desk öffnet eine Datenbankdatei oder eine postgresql://-Adresse, nicht {scheme}://. Prüfen Sie die Datenbankeinstellung.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged ({problem}).</source>
        <translation>Die Datenbankdatei {path} ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>Could not open the database {database}: {problem}</source>
        <translation>Die Datenbank {database} konnte nicht geöffnet werden: {problem}</translation>
    </message>
    <message>
        <source>Upgrading the database left {count} broken references (first in table {broken}). Restore the backup made before the upgrade and report this.</source>
        <translation>Das Update der Datenbank hat {count} kaputte Verweise hinterlassen (zuerst in Tabelle {broken}). Stellen Sie die Sicherung von vor dem Update wieder her und melden Sie das.</translation>
    </message>
    <message>
        <source>This database needs an upgrade, and Follow-up Desk saves a backup before upgrading, but the backup failed: {problem}</source>
        <translation>Diese Datenbank braucht ein Update, und Follow-up Desk sichert sie vorher, aber die Sicherung ist fehlgeschlagen: {problem}</translation>
    </message>
</context>
<context>
    <name>DatabaseRescueDialog</name>
    <message>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>{file} cannot be used: {problem}</source>
        <translation>{file} lässt sich nicht verwenden: {problem}</translation>
    </message>
    <message>
        <source>Follow-up Desk cannot safely use {file}: part of the file is damaged. This happens after a power cut, a failing disk or a file copied while in use. Restore a backup to go on working.</source>
        <translation>Follow-up Desk kann {file} nicht sicher verwenden: Ein Teil der Datei ist beschädigt. Das passiert nach einem Stromausfall, bei einer defekten Festplatte oder wenn eine Datei während der Nutzung kopiert wurde. Stellen Sie eine Sicherung wieder her, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>No good backup found</source>
        <translation>Keine gute Sicherung gefunden</translation>
    </message>
    <message>
        <source>No good backup of this database was found. Choose a backup saved elsewhere (a USB stick, say), or open another file.</source>
        <translation>Für diese Datenbank wurde keine gute Sicherung gefunden. Wählen Sie eine anderswo gespeicherte Sicherung (etwa auf einem USB-Stick) oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Newest good backup</source>
        <translation>Neueste gute Sicherung</translation>
    </message>
    <message numerus="yes">
        <source>{when}  ·  %Ln prospects
Work done after this moment will have to be typed again.</source>
        <translation>
            <numerusform>{when}  ·  %Ln Interessent
Was danach erfasst wurde, muss neu eingegeben werden.</numerusform>
            <numerusform>{when}  ·  %Ln Interessenten
Was danach erfasst wurde, muss neu eingegeben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Follow-up Desk backups (*.sqlite3);;All files (*)</source>
        <translation>Sicherungen von Follow-up Desk (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Andere Datenbank öffnen</translation>
    </message>
    <message>
        <source>Follow-up Desk databases (*.sqlite3);;All files (*)</source>
        <translation>Datenbanken von Follow-up Desk (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseRescueForm</name>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Newest good backup</source>
        <translation>Neueste gute Sicherung</translation>
    </message>
    <message>
        <source>The damaged file is not deleted: it is kept beside the backups, so nothing in it is lost for good.</source>
        <translation>Die beschädigte Datei wird nicht gelöscht: Sie bleibt neben den Sicherungen liegen, sodass nichts endgültig verloren geht.</translation>
    </message>
    <message>
        <source>Choose another &amp;backup…</source>
        <translation>Andere &amp;Sicherung wählen…</translation>
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translation>Andere &amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted and verified (needs the server&apos;s certificate)</source>
        <translation>Verschlüsselt und geprüft (braucht das Zertifikat des Servers)</translation>
    </message>
    <message>
        <source>Not encrypted (only for a server on this computer)</source>
        <translation>Unverschlüsselt (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Enter the user name for the server.</source>
        <translation>Geben Sie den Benutzernamen für den Server ein.</translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation>Wählen Sie, wie die Verbindung verschlüsselt wird.</translation>
    </message>
    <message>
        <source>A server on another computer must be reached encrypted: choose “Encrypted”.</source>
        <translation>Ein Server auf einem anderen Computer muss verschlüsselt erreicht werden: Wählen Sie „Verschlüsselt“.</translation>
    </message>
    <message>
        <source>Choose the server&apos;s certificate file (ask whoever set up the server), or choose “Encrypted”.</source>
        <translation>Wählen Sie die Zertifikatsdatei des Servers (fragen Sie die Person, die ihn eingerichtet hat) oder wählen Sie „Verschlüsselt“.</translation>
    </message>
    <message>
        <source>There is no file {sslrootcert}.</source>
        <translation>Es gibt keine Datei {sslrootcert}.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} ist ein Ordner; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>This computer has no password store, so the password will be asked at each start.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, daher wird das Passwort bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>the server {host}</source>
        <translation>den Server {host}</translation>
    </message>
    <message>
        <source>This desk will use {where} from the next start. Close Follow-up Desk and start it again to switch.</source>
        <translation>Dieser Arbeitsplatz verwendet ab dem nächsten Start {where}. Schließen Sie Follow-up Desk und starten Sie es neu, um zu wechseln.</translation>
    </message>
    <message>
        <source>Copy to the server</source>
        <translation>Auf den Server kopieren</translation>
    </message>
    <message>
        <source>Copy every prospect, follow-up, quotation and setting in this desk&apos;s file to the server? The file stays as it is. This can take a minute for a large shop.</source>
        <translation>Alle Interessenten, Nachfassaktionen, Angebote und Einstellungen aus der Datei dieses Arbeitsplatzes auf den Server kopieren? Die Datei bleibt, wie sie ist. Bei einem großen Geschäft kann das eine Minute dauern.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows in {tables} tables; the counts on the server match the file. Save to use the server from the next start.</source>
        <translation>
            <numerusform>%Ln Zeile in {tables} Tabellen kopiert; die Zahlen auf dem Server stimmen mit der Datei überein. Speichern Sie, um den Server ab dem nächsten Start zu verwenden.</numerusform>
            <numerusform>%Ln Zeilen in {tables} Tabellen kopiert; die Zahlen auf dem Server stimmen mit der Datei überein. Speichern Sie, um den Server ab dem nächsten Start zu verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to {version} at {host} (encrypted).</source>
        <translation>Verbunden mit {version} auf {host} (verschlüsselt).</translation>
    </message>
    <message>
        <source>Connected to {version} at {host} (not encrypted).</source>
        <translation>Verbunden mit {version} auf {host} (unverschlüsselt).</translation>
    </message>
    <message>
        <source>The database is empty: it is ready for this shop&apos;s data.</source>
        <translation>Die Datenbank ist leer: Sie ist bereit für die Daten dieses Geschäfts.</translation>
    </message>
    <message numerus="yes">
        <source>%n people who sign in</source>
        <translation>
            <numerusform>%n Person, die sich anmeldet</numerusform>
            <numerusform>%n Personen, die sich anmelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds a shop with %Ln prospects and {people}.</source>
        <translation>
            <numerusform>Sie enthält ein Geschäft mit %Ln Interessent und {people}.</numerusform>
            <numerusform>Sie enthält ein Geschäft mit %Ln Interessenten und {people}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>This computer has no password store; the password is asked at each start.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher; das Passwort wird bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Follow-up Desk databases (*.sqlite3)</source>
        <translation>Datenbanken von Follow-up Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsForm</name>
    <message>
        <source>Where the data is</source>
        <translation>Wo die Daten liegen</translation>
    </message>
    <message>
        <source>A desk can keep the shop&apos;s data in a file on this computer, or several desks can share one list on a PostgreSQL server.</source>
        <translation>Ein Arbeitsplatz kann die Daten des Geschäfts in einer Datei auf diesem Computer halten, oder mehrere Arbeitsplätze teilen sich eine Liste auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>On this computer, in a &amp;file</source>
        <translation>Auf diesem Computer, in einer &amp;Datei</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Backups of the file are made at every start and every few hours.</source>
        <translation>Die Datei wird bei jedem Start und alle paar Stunden gesichert.</translation>
    </message>
    <message>
        <source>&amp;Usual file</source>
        <translation>&amp;Übliche Datei</translation>
    </message>
    <message>
        <source>On a shared &amp;server, for several desks</source>
        <translation>Auf einem gemeinsamen &amp;Server, für mehrere Arbeitsplätze</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Name oder Adresse des Servers</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20 or office-server</source>
        <translation>z. B. 192.168.1.20 oder buero-server</translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Datenban&amp;k</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <source>followup_desk</source>
        <translation>followup_desk</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Benutzername auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Passwort auf dem Server</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s password store</source>
        <translation>Das Passwort im Passwortspeicher dieses Computers merken</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>Server certificate file</source>
        <translation>Zertifikatsdatei des Servers</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate (.crt or .pem)</source>
        <translation>Das CA-Zertifikat des Servers (.crt oder .pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Copy this desk&apos;s data to the server…</source>
        <translation>Daten dieses Arbeitsplatzes auf den Server &amp;kopieren…</translation>
    </message>
</context>
<context>
    <name>DefaultPlan</name>
    <message>
        <source>E-mail the quotation</source>
        <translation>Angebot per E-Mail senden</translation>
    </message>
    <message>
        <source>Send the quotation and the sales material by e-mail the same working day.</source>
        <translation>Angebot und Verkaufsunterlagen noch am selben Arbeitstag per E-Mail senden.</translation>
    </message>
    <message>
        <source>Post the sales package</source>
        <translation>Versand des Verkaufspakets</translation>
    </message>
    <message>
        <source>Quotation, cover letter, sales material and a business card, in a logo envelope. Post after work the same day or the next morning.</source>
        <translation>Angebot, Anschreiben, Verkaufsunterlagen und eine Visitenkarte im Umschlag mit Logo. Nach Feierabend am selben Tag oder am nächsten Morgen zur Post bringen.</translation>
    </message>
    <message>
        <source>First e-mail follow-up</source>
        <translation>Erste Nachfass-E-Mail</translation>
    </message>
    <message>
        <source>Did the quotation and material arrive? Offer to answer questions or suggest alternatives. Say that a package was posted, when one was.</source>
        <translation>Sind Angebot und Unterlagen angekommen? Bieten Sie an, Fragen zu beantworten oder Alternativen vorzuschlagen. Erwähnen Sie das Paket, wenn eines verschickt wurde.</translation>
    </message>
    <message>
        <source>First follow-up call</source>
        <translation>Erster Nachfassanruf</translation>
    </message>
    <message>
        <source>Did the package arrive, and have they looked at it? Offer help again. Say the shop would welcome their business.</source>
        <translation>Ist das Paket angekommen, und wurde es schon angesehen? Bieten Sie erneut Hilfe an. Sagen Sie, dass Sie sich über den Auftrag freuen würden.</translation>
    </message>
    <message>
        <source>Follow-up call (month one)</source>
        <translation>Nachfassanruf (erster Monat)</translation>
    </message>
    <message>
        <source>Any questions since the first call? Anything changed in what they need?</source>
        <translation>Gibt es seit dem ersten Anruf Fragen? Hat sich am Bedarf etwas geändert?</translation>
    </message>
    <message>
        <source>Follow-up e-mail (month one)</source>
        <translation>Nachfass-E-Mail (erster Monat)</translation>
    </message>
    <message>
        <source>A short, useful note: a tip, a new product, or an offer that fits their enquiry.</source>
        <translation>Eine kurze, nützliche Nachricht: ein Tipp, ein neues Produkt oder ein Angebot, das zur Anfrage passt.</translation>
    </message>
    <message>
        <source>Personal visit</source>
        <translation>Persönlicher Besuch</translation>
    </message>
    <message>
        <source>Bring samples and the quotation; ask what would make them order.</source>
        <translation>Muster und Angebot mitbringen; fragen, was noch zu einer Bestellung fehlt.</translation>
    </message>
    <message>
        <source>Mailer (month one)</source>
        <translation>Werbesendung (erster Monat)</translation>
    </message>
    <message>
        <source>Postcard or flyer with a reason to get in touch now.</source>
        <translation>Postkarte oder Flyer mit einem Grund, sich jetzt zu melden.</translation>
    </message>
    <message>
        <source>Second call (month one)</source>
        <translation>Zweiter Anruf (erster Monat)</translation>
    </message>
    <message>
        <source>Check in once more; offer a visit or a revised quotation.</source>
        <translation>Noch einmal nachfragen; einen Besuch oder ein überarbeitetes Angebot anbieten.</translation>
    </message>
    <message>
        <source>Keep-in-touch e-mail</source>
        <translation>E-Mail zur Kontaktpflege</translation>
    </message>
    <message>
        <source>News, seasonal offer or a useful tip.</source>
        <translation>Neuigkeiten, ein Saisonangebot oder ein nützlicher Tipp.</translation>
    </message>
    <message>
        <source>Mailer</source>
        <translation>Werbesendung</translation>
    </message>
    <message>
        <source>Catalogue or seasonal flyer.</source>
        <translation>Katalog oder Saisonflyer.</translation>
    </message>
    <message>
        <source>Postcard with an offer.</source>
        <translation>Postkarte mit einem Angebot.</translation>
    </message>
    <message>
        <source>Catalogue or letter from the owner.</source>
        <translation>Katalog oder ein Brief vom Inhaber.</translation>
    </message>
    <message>
        <source>Anniversary mailer</source>
        <translation>Sendung zum Jahrestag</translation>
    </message>
    <message>
        <source>A year since they first got in touch: a thank-you and an offer.</source>
        <translation>Ein Jahr seit dem ersten Kontakt: ein Dankeschön und ein Angebot.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>Back up now, restore a backup, choose how long backups are kept</source>
        <translation>Jetzt sichern, eine Sicherung wiederherstellen, festlegen, wie lange Sicherungen bleiben</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Da&amp;tenbank…</translation>
    </message>
    <message>
        <source>Use a file on this computer or the shop&apos;s shared server</source>
        <translation>Eine Datei auf diesem Computer oder den gemeinsamen Server des Geschäfts verwenden</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>Pe&amp;rsonen…</translation>
    </message>
    <message>
        <source>Who signs in, their roles and passwords; who did what</source>
        <translation>Wer sich anmeldet, Rollen und Passwörter; wer was getan hat</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Angaben &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the open prospect&apos;s name, address, phone or notes</source>
        <translation>Name, Adresse, Telefon oder Notizen des geöffneten Interessenten ändern</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Open a prospect first, then edit it.</source>
        <translation>Öffnen Sie zuerst einen Interessenten und bearbeiten Sie ihn dann.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>{problem}

Close Follow-up Desk and start it again.</source>
        <translation>{problem}

Schließen Sie Follow-up Desk und starten Sie es neu.</translation>
    </message>
    <message>
        <source>The backup is in place. Your account is not in it, so close Follow-up Desk and sign in again.</source>
        <translation>Die Sicherung ist eingespielt. Ihr Konto ist darin nicht enthalten; schließen Sie Follow-up Desk und melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>Updated with changes made on another desk.</source>
        <translation>Mit Änderungen von einem anderen Arbeitsplatz aktualisiert.</translation>
    </message>
    <message>
        <source>Backed up ({when}).</source>
        <translation>Gesichert ({when}).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>The automatic backup did not work: {reason} Your work is saved; use File › Backups… to try again.</source>
        <translation>Die automatische Sicherung hat nicht geklappt: {reason} Ihre Arbeit ist gespeichert; versuchen Sie es erneut über Datei › Sicherungen….</translation>
    </message>
    <message>
        <source>The shared server does not answer; lists may be out of date.</source>
        <translation>Der gemeinsame Server antwortet nicht; die Listen sind vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Prospect details saved.</source>
        <translation>Angaben des Interessenten gespeichert.</translation>
    </message>
    <message>
        <source>the backups folder</source>
        <translation>der Sicherungsordner</translation>
    </message>
    <message>
        <source>Restored the backup; the damaged file is kept as {kept}.</source>
        <translation>Sicherung wiederhergestellt; die beschädigte Datei bleibt als {kept} erhalten.</translation>
    </message>
    <message>
        <source>Close Follow-up Desk and start it again to open {file}.</source>
        <translation>Schließen Sie Follow-up Desk und starten Sie es neu, um {file} zu öffnen.</translation>
    </message>
    <message>
        <source>The database is damaged. Save nothing more: close Follow-up Desk and start it again to restore a backup.</source>
        <translation>Die Datenbank ist beschädigt. Speichern Sie nichts mehr: Schließen Sie Follow-up Desk und starten Sie es neu, um eine Sicherung wiederherzustellen.</translation>
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
        <translation>Anrufzeit &amp;festlegen…</translation>
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
        <translation>S&amp;prache</translation>
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
    <name>Documents</name>
    <message>
        <source>{out} is a folder; give a file name ending in .pdf.</source>
        <translation>{out} ist ein Ordner; geben Sie einen Dateinamen mit der Endung .pdf an.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>DueMailSender</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No e-mails are due. All done!</source>
        <translation>Keine E-Mails fällig. Alles erledigt!</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>E-Mails senden</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n e-mails due by {day}? Each is filled in from its template for that prospect. Prospects who asked for no e-mail, or whose address does not work, get a call instead where the plan says so.</source>
        <translation>
            <numerusform>Die %n bis {day} fällige E-Mail senden? Sie wird aus ihrer Vorlage für den Interessenten ausgefüllt. Wer keine E-Mails möchte oder eine nicht funktionierende Adresse hat, bekommt stattdessen einen Anruf, wo der Plan das vorsieht.</numerusform>
            <numerusform>Die %n bis {day} fälligen E-Mails senden? Jede wird aus ihrer Vorlage für den jeweiligen Interessenten ausgefüllt. Wer keine E-Mails möchte oder eine nicht funktionierende Adresse hat, bekommt stattdessen einen Anruf, wo der Plan das vorsieht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mails</source>
        <translation>
            <numerusform>%n E-Mail senden</numerusform>
            <numerusform>%n E-Mails senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the e-mails…</source>
        <translation>Die E-Mails werden geschrieben…</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden anhalten</translation>
    </message>
    <message>
        <source>Sending e-mail {done} of {total}…</source>
        <translation>E-Mail {done} von {total} wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails became calls or letters: the prospect has no working e-mail address.</source>
        <translation>
            <numerusform>Aus %n E-Mail wurde ein Anruf oder Brief: Der Interessent hat keine funktionierende E-Mail-Adresse.</numerusform>
            <numerusform>Aus %n E-Mails wurden Anrufe oder Briefe: Die Interessenten haben keine funktionierende E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails cancelled for prospects without e-mail.</source>
        <translation>
            <numerusform>%n E-Mail für Interessenten ohne E-Mail abgesagt.</numerusform>
            <numerusform>%n E-Mails für Interessenten ohne E-Mail abgesagt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails wait: the prospect replied and nobody has read the reply yet.</source>
        <translation>
            <numerusform>%n E-Mail wartet: Der Interessent hat geantwortet, und niemand hat die Antwort bisher gelesen.</numerusform>
            <numerusform>%n E-Mails warten: Die Interessenten haben geantwortet, und niemand hat die Antworten bisher gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The e-mails could not be sent. Those already written wait in the outbox and nothing is lost.</source>
        <translation>Die E-Mails konnten nicht gesendet werden. Die bereits geschriebenen warten im Postausgang, nichts geht verloren.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>“{unknown}” cannot be changed here.</source>
        <translation>„{unknown}“ lässt sich hier nicht ändern.</translation>
    </message>
    <message>
        <source>Status must be one of: {items}.</source>
        <translation>Der Status muss einer von diesen sein: {items}.</translation>
    </message>
    <message>
        <source>There is no prospect with id {prospect_id}; it may have been deleted on another desk.</source>
        <translation>Es gibt keinen Interessenten mit der Nummer {prospect_id}; vielleicht wurde er an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <source>{display_name} was changed on another desk while you were editing (you started from version {expected}, the saved one is version {version}). Nothing was saved: reload to see the other change, then apply yours again.</source>
        <translation>{display_name} wurde während Ihrer Bearbeitung an einem anderen Arbeitsplatz geändert (Sie haben mit Version {expected} begonnen, gespeichert ist Version {version}). Es wurde nichts gespeichert: Laden Sie neu, um die andere Änderung zu sehen, und übernehmen Sie dann Ihre erneut.</translation>
    </message>
    <message>
        <source>Quotation {number} was changed on another desk while you were editing (you started from version {expected}, the saved one is version {version}). Nothing was saved: reload to see the other change, then apply yours again.</source>
        <translation>Angebot {number} wurde während Ihrer Bearbeitung an einem anderen Arbeitsplatz geändert (Sie haben mit Version {expected} begonnen, gespeichert ist Version {version}). Es wurde nichts gespeichert: Laden Sie neu, um die andere Änderung zu sehen, und übernehmen Sie dann Ihre erneut.</translation>
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
        <source>Show what went wrong, in the words the app&apos;s helpers need</source>
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
        <source>Show the folder with the app&apos;s log files</source>
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
    <name>Export</name>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; pick another.</source>
        <translation>Den Ordner {folder} gibt es nicht; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Close any program that has it open, or choose another folder.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}. Schließen Sie jedes Programm, das die Datei geöffnet hat, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>No prospects chosen: pick at least one to export.</source>
        <translation>Keine Interessenten gewählt: Wählen Sie mindestens einen zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Enter your shop&apos;s name as it should print.</source>
        <translation>Geben Sie den Namen Ihres Geschäfts so ein, wie er gedruckt werden soll.</translation>
    </message>
    <message>
        <source>Choose your shop&apos;s country from the list.</source>
        <translation>Wählen Sie das Land Ihres Geschäfts aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the region from the list, or leave it empty.</source>
        <translation>Wählen Sie die Region aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as USD or EUR.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>Every person in the list needs a name.</source>
        <translation>Jede Person in der Liste braucht einen Namen.</translation>
    </message>
    <message>
        <source>“{name}” is in the list twice; give each person their own name.</source>
        <translation>„{name}“ steht zweimal in der Liste; geben Sie jeder Person einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name.</source>
        <translation>Geben Sie den Namen des Mailservers ein.</translation>
    </message>
    <message>
        <source>Enter the address your e-mails come from.</source>
        <translation>Geben Sie die Adresse ein, von der Ihre E-Mails kommen.</translation>
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
        <source>Follow-up Desk can send quotations and follow-up e-mails through your shop&apos;s mail server. You can also set this up later in Mail settings, or have each e-mail open in your own mail program instead.</source>
        <translation>Follow-up Desk kann Angebote und Nachfass-E-Mails über den Mailserver Ihres Geschäfts senden. Sie können das auch später in den Mail-Einstellungen einrichten oder jede E-Mail stattdessen in Ihrem eigenen Mailprogramm öffnen lassen.</translation>
    </message>
    <message>
        <source>&amp;Send e-mail from Follow-up Desk</source>
        <translation>E-Mails aus Follow-up Desk s&amp;enden</translation>
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
        <source>Kept in this computer&apos;s password store, never in a file</source>
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
        <source>Your shop&apos;s name, as people see it</source>
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
        <translation>Lan&amp;d</translation>
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
        <translation>Logo w&amp;ählen…</translation>
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
        <source>Enter your shop&apos;s details and start with an empty list</source>
        <translation>Die Angaben Ihres Geschäfts eingeben und mit einer leeren Liste beginnen</translation>
    </message>
    <message>
        <source>Your shop&apos;s name and address, your area and holidays, who works at the desk, and e-mail if you like. It takes about five minutes.</source>
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
        <source>Enter your shop&apos;s name.</source>
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
        <translation>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie das Passwort noch einmal ein.</translation>
    </message>
    <message numerus="yes">
        <source>Give {name} a first password of at least %n characters.</source>
        <translation>
            <numerusform>Geben Sie {name} ein erstes Passwort mit mindestens %n Zeichen.</numerusform>
            <numerusform>Geben Sie {name} ein erstes Passwort mit mindestens %n Zeichen.</numerusform>
        </translation>
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
        <source>The password is kept in this computer&apos;s password store, never in a file.</source>
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
    <name>Formats</name>
    <message>
        <source>Long edge first (landscape)</source>
        <translation>Lange Kante zuerst (quer)</translation>
    </message>
    <message>
        <source>Short edge first, top of the envelope on the left</source>
        <translation>Kurze Kante zuerst, Oberseite des Umschlags links</translation>
    </message>
    <message>
        <source>Short edge first, top of the envelope on the right</source>
        <translation>Kurze Kante zuerst, Oberseite des Umschlags rechts</translation>
    </message>
    <message>
        <source>Printed envelopes</source>
        <translation>Bedruckte Umschläge</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Window envelopes (nothing extra)</source>
        <translation>Fensterumschläge (nichts zusätzlich)</translation>
    </message>
    <message>
        <source>The post does not take envelopes smaller than 140 × 90 mm; check the width and height.</source>
        <translation>Die Post nimmt keine Umschläge kleiner als 140 × 90 mm an; prüfen Sie Breite und Höhe.</translation>
    </message>
    <message>
        <source>That envelope is larger than a printer can feed (353 × 250 mm at most); check the width and height.</source>
        <translation>Dieser Umschlag ist größer, als ein Drucker einziehen kann (höchstens 353 × 250 mm); prüfen Sie Breite und Höhe.</translation>
    </message>
    <message>
        <source>“{name}” is not an envelope size; use one of {known}, or the size in millimetres such as 235x120.</source>
        <translation>„{name}“ ist kein Umschlagformat; verwenden Sie eines von {known} oder die Größe in Millimetern wie 235x120.</translation>
    </message>
    <message>
        <source>Unknown envelope feed “{envelope_feed}”.</source>
        <translation>Unbekannter Umschlageinzug „{envelope_feed}“.</translation>
    </message>
    <message>
        <source>A printer offset of more than 20 mm means the wrong paper size or tray; check the printer settings first.</source>
        <translation>Ein Druckerversatz von mehr als 20 mm bedeutet ein falsches Papierformat oder Fach; prüfen Sie zuerst die Druckereinstellungen.</translation>
    </message>
    <message>
        <source>{name} has labels 1 to {per_sheet}; there is no label {position}.</source>
        <translation>{name} hat die Etiketten 1 bis {per_sheet}; ein Etikett {position} gibt es nicht.</translation>
    </message>
    <message>
        <source>A sheet needs at least one column and one row.</source>
        <translation>Ein Bogen braucht mindestens eine Spalte und eine Reihe.</translation>
    </message>
    <message>
        <source>A label must be at least 10 mm wide and high.</source>
        <translation>Ein Etikett muss mindestens 10 mm breit und hoch sein.</translation>
    </message>
    <message>
        <source>The labels overlap side by side: the distance from one label to the next ({pitch}) is less than a label&apos;s width ({width}).</source>
        <translation>Die Etiketten überlappen nebeneinander: Der Abstand von einem Etikett zum nächsten ({pitch}) ist kleiner als die Etikettbreite ({width}).</translation>
    </message>
    <message>
        <source>The labels overlap top to bottom: the distance from one row to the next ({pitch}) is less than a label&apos;s height ({height}).</source>
        <translation>Die Etiketten überlappen untereinander: Der Abstand von einer Reihe zur nächsten ({pitch}) ist kleiner als die Etiketthöhe ({height}).</translation>
    </message>
    <message>
        <source>The last column runs {length} off the right edge of the sheet; reduce the left margin, the label width or the distance between columns.</source>
        <translation>Die letzte Spalte ragt {length} über den rechten Rand des Bogens; verringern Sie den linken Rand, die Etikettbreite oder den Abstand der Spalten.</translation>
    </message>
    <message>
        <source>The last row runs {length} off the bottom of the sheet; reduce the top margin, the label height or the distance between rows.</source>
        <translation>Die letzte Reihe ragt {length} über den unteren Rand des Bogens; verringern Sie den oberen Rand, die Etiketthöhe oder den Abstand der Reihen.</translation>
    </message>
    <message>
        <source>Margins cannot be negative.</source>
        <translation>Ränder dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Unknown unit “{unit}”; use mm or in.</source>
        <translation>Unbekannte Einheit „{unit}“; verwenden Sie mm oder in.</translation>
    </message>
    <message>
        <source>The label sheet {key} is incomplete.</source>
        <translation>Der Etikettenbogen {key} ist unvollständig.</translation>
    </message>
    <message>
        <source>“{name}” is not a label sheet Follow-up Desk knows; use one of {products}, or add your own sheet in the label template editor.</source>
        <translation>„{name}“ ist kein Etikettenbogen, den Follow-up Desk kennt; verwenden Sie einen von {products} oder legen Sie einen eigenen Bogen unter Etikettenbögen an.</translation>
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
        <source>The day&apos;s post</source>
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
        <source>Follow-up Desk in brief</source>
        <translation>Follow-up Desk in Kürze</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
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
    <name>ImportJob</name>
    <message>
        <source>The import stopped before the end. Nothing from this file was saved; your list is as it was.</source>
        <translation>Der Import brach vor dem Ende ab. Aus dieser Datei wurde nichts gespeichert; Ihre Liste ist unverändert.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Mit Vorhandenem zusammenführen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelassen</translation>
    </message>
    <message>
        <source>Same e-mail as {name} (prospect {id})</source>
        <translation>Gleiche E-Mail wie {name} (Interessent {id})</translation>
    </message>
    <message>
        <source>Same e-mail as line {line} of this file</source>
        <translation>Gleiche E-Mail wie Zeile {line} dieser Datei</translation>
    </message>
    <message>
        <source>Same phone as {name} (prospect {id})</source>
        <translation>Gleiches Telefon wie {name} (Interessent {id})</translation>
    </message>
    <message>
        <source>Same phone as line {line} of this file</source>
        <translation>Gleiches Telefon wie Zeile {line} dieser Datei</translation>
    </message>
    <message>
        <source>Same name and postcode as {name} (prospect {id})</source>
        <translation>Gleicher Name und Postleitzahl wie {name} (Interessent {id})</translation>
    </message>
    <message>
        <source>Same name and postcode as line {line} of this file</source>
        <translation>Gleicher Name und Postleitzahl wie Zeile {line} dieser Datei</translation>
    </message>
    <message>
        <source>Same company and postcode as {name} (prospect {id})</source>
        <translation>Gleiche Firma und Postleitzahl wie {name} (Interessent {id})</translation>
    </message>
    <message>
        <source>Same company and postcode as line {line} of this file</source>
        <translation>Gleiche Firma und Postleitzahl wie Zeile {line} dieser Datei</translation>
    </message>
    <message>
        <source>{name} has no name or company column. The first line must name the columns, e.g. first_name,last_name,company_name,email (found: {found}).</source>
        <translation>{name} hat keine Spalte für Name oder Firma. Die erste Zeile muss die Spalten benennen, z. B. first_name,last_name,company_name,email (gefunden: {found}).</translation>
    </message>
    <message>
        <source>ZIP {typed} written as {written}</source>
        <translation>Postleitzahl {typed} als {written} geschrieben</translation>
    </message>
    <message>
        <source>Phone {problem}</source>
        <translation>Telefon: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelte</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Zu prüfende Zeilen</translation>
    </message>
    <message>
        <source>Ready to add</source>
        <translation>Bereit zum Hinzufügen</translation>
    </message>
    <message>
        <source>Will be added as written; worth a look</source>
        <translation>Wird wie geschrieben übernommen; bitte ansehen</translation>
    </message>
    <message>
        <source>Cannot be imported as it is</source>
        <translation>Lässt sich so nicht importieren</translation>
    </message>
    <message>
        <source>Looks like someone already in the list</source>
        <translation>Sieht aus wie jemand, der schon in der Liste steht</translation>
    </message>
</context>
<context>
    <name>ImportRuns</name>
    <message>
        <source>There is no import number {batch_id}.</source>
        <translation>Es gibt keinen Import mit der Nummer {batch_id}.</translation>
    </message>
    <message>
        <source>Import {batch_id} ({source_name}) was already undone on {undone_at:%Y-%m-%d %H:%M}.</source>
        <translation>Import {batch_id} ({source_name}) wurde bereits am {undone_at:%d.%m.%Y %H:%M} rückgängig gemacht.</translation>
    </message>
    <message>
        <source>{count} of the prospects this import added have quotes or finished follow-ups since. Undoing removes those too.</source>
        <translation>{count} der Interessenten aus diesem Import haben inzwischen Angebote oder erledigte Nachfassaktionen. Das Rückgängigmachen entfernt auch diese.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import prospects</source>
        <translation>Interessenten importieren</translation>
    </message>
    <message>
        <source>Step 1 of 3 · Choose the file</source>
        <translation>Schritt 1 von 3 · Datei wählen</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Welche Spalte ist welche?</translation>
    </message>
    <message>
        <source>Step 2 of 3 · Check the columns</source>
        <translation>Schritt 2 von 3 · Spalten prüfen</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Step 3 of 3 · Nothing is saved yet</source>
        <translation>Schritt 3 von 3 · Noch ist nichts gespeichert</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import fertig</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;Spreadsheet saved as CSV (*.csv *.txt *.tsv);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.txt *.tsv *.vcf *.vcard);;Als CSV gespeicherte Tabelle (*.csv *.txt *.tsv);;vCard (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{file} has column names but no rows under them: there is nobody to import.</source>
        <translation>{file} hat Spaltennamen, aber keine Zeilen darunter: Es gibt niemanden zu importieren.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>{file} has no name or company column. Pick the column with the name or the company.</source>
        <translation>{file} hat keine Spalte für Name oder Firma. Wählen Sie die Spalte mit dem Namen oder der Firma.</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %v of %n rows</source>
        <translation>
            <numerusform>Import läuft… %v von %n Zeile</numerusform>
            <numerusform>Import läuft… %v von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove every prospect this import added and put back what it changed in prospects already in the list?</source>
        <translation>Alle Interessenten entfernen, die dieser Import hinzugefügt hat, und zurücksetzen, was er bei vorhandenen Interessenten geändert hat?</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Trotzdem rückgängig machen</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n prospects; the list is as it was before.</source>
        <translation>
            <numerusform>%n Interessent entfernt; die Liste ist wieder wie vorher.</numerusform>
            <numerusform>%n Interessenten entfernt; die Liste ist wieder wie vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone call (usual)</source>
        <translation>Anruf (üblich)</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Gehört in</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(Spalte {number})</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Where “{column}” goes</source>
        <translation>Wohin „{column}“ gehört</translation>
    </message>
    <message>
        <source>This file is laid out like one you imported before, so the same choices are filled in.</source>
        <translation>Diese Datei ist aufgebaut wie eine, die Sie schon importiert haben; deshalb ist dieselbe Zuordnung eingetragen.</translation>
    </message>
    <message>
        <source>This looks like a Google Contacts export.</source>
        <translation>Das sieht aus wie ein Export aus Google Kontakte.</translation>
    </message>
    <message>
        <source>This looks like an Outlook export.</source>
        <translation>Das sieht aus wie ein Export aus Outlook.</translation>
    </message>
    <message>
        <source>This looks like a vCard address book.</source>
        <translation>Das sieht aus wie ein vCard-Adressbuch.</translation>
    </message>
    <message>
        <source>This looks like a spreadsheet.</source>
        <translation>Das sieht aus wie eine Tabelle.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n columns were recognised.</source>
        <translation>
            <numerusform>{used} von %n Spalte wurde erkannt.</numerusform>
            <numerusform>{used} von %n Spalten wurden erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check where each column goes, then press Next.</source>
        <translation>Prüfen Sie, wohin jede Spalte gehört, und klicken Sie dann auf Weiter.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Next: preview</source>
        <translation>&amp;Weiter: Vorschau</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to merge</source>
        <translation>
            <numerusform>%n zusammenzuführen</numerusform>
            <numerusform>%n zusammenzuführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n mögliches Doppel</numerusform>
            <numerusform>%n mögliche Doppelte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems (left out)</source>
        <translation>
            <numerusform>%n Zeile mit Problemen (weggelassen)</numerusform>
            <numerusform>%n Zeilen mit Problemen (weggelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n prospects</source>
        <translation>
            <numerusform>%n Interessenten &amp;importieren</numerusform>
            <numerusform>%n Interessenten &amp;importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prospects</source>
        <translation>
            <numerusform>%n Interessent hinzugefügt</numerusform>
            <numerusform>%n Interessenten hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {count} into prospects already in the list.</source>
        <translation>{count} mit Interessenten zusammengeführt, die schon in der Liste stehen.</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Jede Zeile wurde importiert.</translation>
    </message>
    <message>
        <source>Their follow-ups are planned like any first contact.</source>
        <translation>Ihre Nachfassaktionen werden wie bei jedem Erstkontakt geplant.</translation>
    </message>
    <message>
        <source>Not imported ({count}):</source>
        <translation>Nicht importiert ({count}):</translation>
    </message>
    <message>
        <source>Imported as written, worth a look ({count}):</source>
        <translation>Wie geschrieben importiert, bitte ansehen ({count}):</translation>
    </message>
    <message>
        <source>Line {line}: {text}</source>
        <translation>Zeile {line}: {text}</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import cancelled: nothing from this file was saved.</source>
        <translation>Import abgebrochen: Aus dieser Datei wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ImportWizardForm</name>
    <message>
        <source>Choose a file of contacts: a spreadsheet saved as CSV, an export from Google Contacts or Outlook, or a vCard (.vcf) file from a phone or mail program. Nothing is saved until you have seen the preview.</source>
        <translation>Wählen Sie eine Datei mit Kontakten: eine als CSV gespeicherte Tabelle, einen Export aus Google Kontakte oder Outlook oder eine vCard-Datei (.vcf) aus einem Telefon oder Mailprogramm. Gespeichert wird erst, wenn Sie die Vorschau gesehen haben.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>For rows that do not say</source>
        <translation>Für Zeilen ohne Angabe</translation>
    </message>
    <message>
        <source>How they got in &amp;touch</source>
        <translation>Wie der &amp;Kontakt kam</translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation>Wie der Kontakt zustande kam</translation>
    </message>
    <message>
        <source>First contact &amp;on</source>
        <translation>Erstkontakt &amp;am</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>First contact on</source>
        <translation>Erstkontakt am</translation>
    </message>
    <message>
        <source>Every imported prospect gets the same follow-up plan as one typed at the desk. You can undo the whole import afterwards in one step.</source>
        <translation>Jeder importierte Interessent bekommt denselben Nachfassplan wie einer, der am Empfang erfasst wird. Den ganzen Import können Sie danach in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Which column goes where</source>
        <translation>Welche Spalte wohin gehört</translation>
    </message>
    <message>
        <source>Pick “Leave out” for a column you do not want. The choice is remembered for the next file laid out the same way.</source>
        <translation>Wählen Sie „Weglassen“ für eine Spalte, die Sie nicht brauchen. Die Wahl wird für die nächste gleich aufgebaute Datei gemerkt.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Which rows to show</source>
        <translation>Welche Zeilen gezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Merge into existing</source>
        <translation>Mit Vorhandenem &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Fill in what the prospect already in the list is missing</source>
        <translation>Ergänzen, was beim vorhandenen Interessenten fehlt</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Diese Zeilen weglassen</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>Trotzdem &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add as a new prospect even though it looks like one already in the list</source>
        <translation>Als neuen Interessenten hinzufügen, obwohl er einem in der Liste ähnelt</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Take back every prospect this import added or changed</source>
        <translation>Alle Interessenten zurücknehmen, die dieser Import hinzugefügt oder geändert hat</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (meist Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meist Port 143)</translation>
    </message>
    <message>
        <source>The inbox server {where} showed a certificate that cannot be trusted ({reason}). Check the server name; if your mail provider gave you a certificate file, choose it under “Extra trusted certificate” in Mail settings.</source>
        <translation>Der Posteingangsserver {where} hat ein Zertifikat gezeigt, dem nicht zu trauen ist ({reason}). Prüfen Sie den Servernamen; hat Ihr Mail-Anbieter Ihnen eine Zertifikatsdatei gegeben, wählen Sie sie unter „Weiteres Zertifikat“ in den E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>Could not set up a secure connection with the inbox server {where} ({reason}). Check that the security setting matches the port: TLS for 993, STARTTLS for 143.</source>
        <translation>Mit dem Posteingangsserver {where} kam keine sichere Verbindung zustande ({reason}). Prüfen Sie, ob die Sicherheit zum Port passt: TLS für 993, STARTTLS für 143.</translation>
    </message>
    <message>
        <source>The inbox server {where} refused the connection. Check the server name and port in Mail settings; if they are right, the server may be down.</source>
        <translation>Der Posteingangsserver {where} hat die Verbindung abgelehnt. Prüfen Sie Servername und Port in den E-Mail-Einstellungen; stimmen sie, ist der Server vielleicht ausgefallen.</translation>
    </message>
    <message>
        <source>Cannot find the inbox server “{host}”. Check its name in Mail settings and that this computer is online.</source>
        <translation>Der Posteingangsserver „{host}“ ist nicht zu finden. Prüfen Sie seinen Namen in den E-Mail-Einstellungen und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The inbox server {where} did not answer in time. Check the port, or try again later.</source>
        <translation>Der Posteingangsserver {where} hat nicht rechtzeitig geantwortet. Prüfen Sie den Port oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The inbox server {where} closed the connection. Try again later.</source>
        <translation>Der Posteingangsserver {where} hat die Verbindung geschlossen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The inbox server {where} turned down a request to read the inbox. Try again later; if it keeps happening, ask your mail provider.</source>
        <translation>Der Posteingangsserver {where} hat eine Anfrage zum Lesen des Posteingangs abgelehnt. Versuchen Sie es später erneut; wenn das immer wieder passiert, fragen Sie Ihren E-Mail-Anbieter.</translation>
    </message>
    <message>
        <source>The inbox has no folder “{folder}”. Check the folder name in Mail settings; most servers call the inbox INBOX.</source>
        <translation>Der Posteingang hat keinen Ordner „{folder}“. Prüfen Sie den Ordnernamen in den E-Mail-Einstellungen; die meisten Server nennen den Posteingang INBOX.</translation>
    </message>
    <message>
        <source>Cannot reach the inbox server {where} ({reason}). Check that this computer is online.</source>
        <translation>Der Posteingangsserver {where} ist nicht erreichbar ({reason}). Prüfen Sie, ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The inbox server did not accept the user name “{user}” with that password. Check both in Mail settings (some providers want an app password here).</source>
        <translation>Der Posteingangsserver hat den Benutzernamen „{user}“ mit diesem Passwort nicht angenommen. Prüfen Sie beides in den E-Mail-Einstellungen (manche Anbieter verlangen hier ein App-Passwort).</translation>
    </message>
    <message>
        <source>Choose TLS or STARTTLS as the inbox security.</source>
        <translation>Wählen Sie TLS oder STARTTLS als Sicherheit für den Posteingang.</translation>
    </message>
    <message>
        <source>Enter the inbox server&apos;s name in Mail settings.</source>
        <translation>Geben Sie den Namen des Posteingangsservers in den E-Mail-Einstellungen ein.</translation>
    </message>
    <message>
        <source>The inbox server {host} does not offer STARTTLS on port {port}. Try TLS on port 993, or ask your provider which to use.</source>
        <translation>Der Posteingangsserver {host} bietet auf Port {port} kein STARTTLS an. Versuchen Sie TLS auf Port 993 oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The inbox server cannot take a password with letters outside A–Z (it does not offer AUTH=PLAIN).</source>
        <translation>Der Posteingangsserver akzeptiert kein Passwort mit Buchstaben außerhalb von A–Z (er bietet kein AUTH=PLAIN an).</translation>
    </message>
    <message>
        <source>Not connected to the inbox server.</source>
        <translation>Nicht mit dem Posteingangsserver verbunden.</translation>
    </message>
    <message>
        <source>Security must be TLS or STARTTLS.</source>
        <translation>Die Sicherheit muss TLS oder STARTTLS sein.</translation>
    </message>
    <message>
        <source>The port is a number such as 993 or 143.</source>
        <translation>Der Port ist eine Zahl wie 993 oder 143.</translation>
    </message>
    <message>
        <source>Check the inbox every {low} to {high} minutes.</source>
        <translation>Prüfen Sie den Posteingang alle {low} bis {high} Minuten.</translation>
    </message>
    <message>
        <source>A server name has no spaces, e.g. imap.example.com.</source>
        <translation>Ein Servername enthält keine Leerzeichen, z. B. imap.example.com.</translation>
    </message>
    <message>
        <source>“{key}” is not an inbox setting.</source>
        <translation>„{key}“ ist keine Einstellung des Posteingangs.</translation>
    </message>
    <message>
        <source>Enter the inbox server, e.g. imap.example.com.</source>
        <translation>Geben Sie den Posteingangsserver ein, z. B. imap.example.com.</translation>
    </message>
    <message>
        <source>Enter the user name for the inbox (usually its address).</source>
        <translation>Geben Sie den Benutzernamen für den Posteingang ein (meist seine Adresse).</translation>
    </message>
    <message>
        <source>Enter the inbox server and user name before the password.</source>
        <translation>Geben Sie Posteingangsserver und Benutzernamen vor dem Passwort ein.</translation>
    </message>
    <message>
        <source>Checking the inbox for replies is not set up. Open Mail settings, Replies, and enter the shop&apos;s inbox.</source>
        <translation>Die Prüfung des Posteingangs auf Antworten ist nicht eingerichtet. Öffnen Sie E-Mail-Einstellungen, Antworten, und tragen Sie den Posteingang des Geschäfts ein.</translation>
    </message>
    <message>
        <source>The inbox password is not saved yet. Enter it in Mail settings, Replies.</source>
        <translation>Das Passwort für den Posteingang ist noch nicht gespeichert. Geben Sie es in E-Mail-Einstellungen, Antworten, ein.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Follow-up Desk can use, so the inbox password is asked once each time the app starts and kept only until it closes.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), den Follow-up Desk nutzen kann. Das Passwort für den Posteingang wird daher bei jedem Start einmal abgefragt und nur bis zum Schließen behalten.</translation>
    </message>
    <message>
        <source>The inbox works: the folder {folder} holds {count} messages. Nothing in it was changed.</source>
        <translation>Der Posteingang funktioniert: Der Ordner {folder} enthält {count} Nachrichten. Darin wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Inbox password</source>
        <translation>Passwort für den Posteingang</translation>
    </message>
    <message>
        <source>Inbox password:</source>
        <translation>Passwort für den Posteingang:</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Looking in the inbox for replies…</source>
        <translation>Im Posteingang wird nach Antworten gesehen…</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Pick a reply in Today, or open a prospect, to mark it read.</source>
        <translation>Wählen Sie eine Antwort unter Heute oder öffnen Sie einen Interessenten, um sie als gelesen zu markieren.</translation>
    </message>
    <message>
        <source>Reply marked read; the prospect&apos;s planned e-mails go ahead.</source>
        <translation>Antwort als gelesen markiert; die geplanten E-Mails an den Interessenten gehen weiter.</translation>
    </message>
    <message>
        <source>No unread reply to mark.</source>
        <translation>Keine ungelesene Antwort zum Markieren.</translation>
    </message>
    <message>
        <source>Check &amp;inbox now</source>
        <translation>Posteingang &amp;jetzt prüfen</translation>
    </message>
    <message>
        <source>Look in the shop&apos;s inbox for replies and bounces now</source>
        <translation>Jetzt im Posteingang des Geschäfts nach Antworten und Unzustellbarem sehen</translation>
    </message>
    <message>
        <source>Mark reply &amp;read</source>
        <translation>Antwort als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>The reply picked in Today or the timeline is read: its prospect&apos;s planned e-mails go ahead</source>
        <translation>Die unter Heute oder im Verlauf gewählte Antwort ist gelesen: Die geplanten E-Mails an den Interessenten gehen weiter</translation>
    </message>
    <message>
        <source>No new replies in the inbox.</source>
        <translation>Keine neuen Antworten im Posteingang.</translation>
    </message>
    <message>
        <source>New replies from prospects: {count}. See Today.</source>
        <translation>Neue Antworten von Interessenten: {count}. Siehe Heute.</translation>
    </message>
    <message>
        <source>Bounced e-mails: {count}; their addresses are flagged.</source>
        <translation>Unzustellbare E-Mails: {count}; ihre Adressen sind markiert.</translation>
    </message>
    <message>
        <source>The inbox could not be checked; the log has the details.</source>
        <translation>Der Posteingang konnte nicht geprüft werden; die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Inbox not checked: {reason}</source>
        <translation>Posteingang nicht geprüft: {reason}</translation>
    </message>
</context>
<context>
    <name>InboxSettingsForm</name>
    <message>
        <source>Replies from prospects</source>
        <translation>Antworten von Interessenten</translation>
    </message>
    <message>
        <source>Follow-up Desk can look in the shop&apos;s inbox for replies from prospects. A reply shows on Today and on the prospect&apos;s timeline, and their next planned e-mail waits until someone has read it. A bounced e-mail flags the address. Nothing in the inbox is changed, moved or marked as read.</source>
        <translation>Follow-up Desk kann im Posteingang des Geschäfts nach Antworten von Interessenten sehen. Eine Antwort erscheint unter Heute und im Verlauf des Interessenten, und seine nächste geplante E-Mail wartet, bis jemand sie gelesen hat. Eine unzustellbare E-Mail markiert die Adresse. Im Posteingang wird nichts geändert, verschoben oder als gelesen markiert.</translation>
    </message>
    <message>
        <source>&amp;Check the inbox for replies</source>
        <translation>Posteingang auf Antworten &amp;prüfen</translation>
    </message>
    <message>
        <source>Inbox &amp;server</source>
        <translation>Posteingangs&amp;server</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>usually the shop&apos;s e-mail address</source>
        <translation>meist die E-Mail-Adresse des Geschäfts</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Or&amp;dner</translation>
    </message>
    <message>
        <source>INBOX</source>
        <translation>INBOX</translation>
    </message>
    <message>
        <source>Check &amp;every</source>
        <translation>Prüfen &amp;alle</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>While Follow-up Desk is open; &quot;Check inbox now&quot; checks at once</source>
        <translation>Solange Follow-up Desk geöffnet ist; „Posteingang jetzt prüfen“ prüft sofort</translation>
    </message>
    <message>
        <source>Certificates are always checked, as for sending; an extra trusted certificate chosen on the Sending tab counts here too.</source>
        <translation>Zertifikate werden immer geprüft, wie beim Senden; ein weiteres Zertifikat vom Reiter Senden gilt auch hier.</translation>
    </message>
    <message>
        <source>Test &amp;inbox</source>
        <translation>Posteingang &amp;testen</translation>
    </message>
    <message>
        <source>Log in and open the folder, changing nothing in it</source>
        <translation>Anmelden und den Ordner öffnen, ohne darin etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>InboxSettingsPane</name>
    <message>
        <source>Looking at the inbox…</source>
        <translation>Posteingang wird geprüft…</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring). The password is asked once each time Follow-up Desk starts and never written down.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund). Das Passwort wird bei jedem Start einmal abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>Remembered until Follow-up Desk closes. </source>
        <translation>Gemerkt, bis Follow-up Desk geschlossen wird. </translation>
    </message>
    <message>
        <source>Saved in the system keyring. Type a new one to change it.</source>
        <translation>Im Schlüsselbund des Systems gespeichert. Geben Sie ein neues ein, um es zu ändern.</translation>
    </message>
    <message>
        <source>Not saved yet. It is kept in the system keyring, never in a file.</source>
        <translation>Noch nicht gespeichert. Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The test could not run; the log has the details.</source>
        <translation>Der Test konnte nicht laufen; die Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LabelTemplateDialog</name>
    <message>
        <source>Address labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Business cards</source>
        <translation>Visitenkarten</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Millimeter</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <source>{product} (adjusted)</source>
        <translation>{product} (angepasst)</translation>
    </message>
    <message>
        <source>Give the sheet a name or number.</source>
        <translation>Geben Sie dem Bogen einen Namen oder eine Nummer.</translation>
    </message>
    <message>
        <source>The calibration page could not be written: {problem}. Check the documents folder can be written to.</source>
        <translation>Die Probeseite konnte nicht geschrieben werden: {problem}. Prüfen Sie, ob der Dokumentordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Blank sheet</source>
        <translation>Leerer Bogen</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (eigener)</translation>
    </message>
    <message>
        <source>Other size</source>
        <translation>Anderes Format</translation>
    </message>
</context>
<context>
    <name>LabelTemplateForm</name>
    <message>
        <source>Measure a sheet the catalogue does not have, or adjust one. The preview shows the sheet as it will print.</source>
        <translation>Messen Sie einen Bogen aus, den der Katalog nicht hat, oder passen Sie einen an. Die Vorschau zeigt den Bogen so, wie er gedruckt wird.</translation>
    </message>
    <message>
        <source>Start &amp;from</source>
        <translation>Ausgehen &amp;von</translation>
    </message>
    <message>
        <source>Sheet to start from</source>
        <translation>Bogen als Ausgangspunkt</translation>
    </message>
    <message>
        <source>&amp;Maker</source>
        <translation>&amp;Hersteller</translation>
    </message>
    <message>
        <source>Maker of the sheet</source>
        <translation>Hersteller des Bogens</translation>
    </message>
    <message>
        <source>e.g. Avery</source>
        <translation>z. B. Avery</translation>
    </message>
    <message>
        <source>&amp;Name or number</source>
        <translation>&amp;Name oder Nummer</translation>
    </message>
    <message>
        <source>Name or product number</source>
        <translation>Name oder Artikelnummer</translation>
    </message>
    <message>
        <source>e.g. Shelf 40</source>
        <translation>z. B. Regal 40</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>e.g. Shelf labels, 40 per sheet</source>
        <translation>z. B. Regaletiketten, 40 pro Bogen</translation>
    </message>
    <message>
        <source>&amp;Used for</source>
        <translation>Verwendet &amp;für</translation>
    </message>
    <message>
        <source>What the sheet is used for</source>
        <translation>Wofür der Bogen verwendet wird</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Units of the measurements</source>
        <translation>Einheit der Maße</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Paper &amp;width</source>
        <translation>Pap&amp;ierbreite</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Papierbreite</translation>
    </message>
    <message>
        <source>Paper &amp;height</source>
        <translation>Papierh&amp;öhe</translation>
    </message>
    <message>
        <source>Paper height</source>
        <translation>Papierhöhe</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Labels across</source>
        <translation>Etiketten nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Reihen</translation>
    </message>
    <message>
        <source>Labels down</source>
        <translation>Etiketten untereinander</translation>
    </message>
    <message>
        <source>&amp;Label width</source>
        <translation>E&amp;tikettbreite</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Etikettbreite</translation>
    </message>
    <message>
        <source>Label h&amp;eight</source>
        <translation>Eti&amp;ketthöhe</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Etiketthöhe</translation>
    </message>
    <message>
        <source>Le&amp;ft margin</source>
        <translation>Rand &amp;links</translation>
    </message>
    <message>
        <source>From the paper&apos;s left edge to the first label</source>
        <translation>Vom linken Papierrand zum ersten Etikett</translation>
    </message>
    <message>
        <source>&amp;Top margin</source>
        <translation>Rand &amp;oben</translation>
    </message>
    <message>
        <source>From the paper&apos;s top edge to the first label</source>
        <translation>Vom oberen Papierrand zum ersten Etikett</translation>
    </message>
    <message>
        <source>Across, label to label</source>
        <translation>Waagerecht, von Etikett zu Etikett</translation>
    </message>
    <message>
        <source>From one label&apos;s left edge to the next one&apos;s</source>
        <translation>Vom linken Rand eines Etiketts zum linken Rand des nächsten</translation>
    </message>
    <message>
        <source>Down, label to label</source>
        <translation>Senkrecht, von Etikett zu Etikett</translation>
    </message>
    <message>
        <source>From one label&apos;s top edge to the one below</source>
        <translation>Vom oberen Rand eines Etiketts zu dem darunter</translation>
    </message>
    <message>
        <source>Corner r&amp;adius</source>
        <translation>Eckr&amp;adius</translation>
    </message>
    <message>
        <source>Rounding of the label corners</source>
        <translation>Rundung der Etikettecken</translation>
    </message>
    <message>
        <source>Print calibration &amp;page…</source>
        <translation>Probeseite &amp;drucken…</translation>
    </message>
    <message>
        <source>Outlines of these labels on plain paper, to hold against a real sheet</source>
        <translation>Umrisse dieser Etiketten auf Normalpapier, zum Vergleich mit einem echten Bogen</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>Your logo file could not be read: it may be damaged, or not a PNG, JPEG or SVG file.</source>
        <translation>Ihre Logodatei ließ sich nicht lesen: Sie ist vielleicht beschädigt oder keine PNG-, JPEG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>Your logo file is {size} MB, too large to print; save a smaller copy.</source>
        <translation>Ihre Logodatei ist {size} MB groß, zu groß zum Drucken; speichern Sie eine kleinere Kopie.</translation>
    </message>
    <message>
        <source>Your SVG logo holds nothing that can be drawn.</source>
        <translation>Ihr SVG-Logo enthält nichts, was sich zeichnen lässt.</translation>
    </message>
    <message>
        <source>Your SVG logo has no width or height; set them in it.</source>
        <translation>Ihr SVG-Logo hat keine Breite oder Höhe; legen Sie sie darin fest.</translation>
    </message>
    <message>
        <source>Your logo picture is far too large to print; save a copy about 1000 pixels wide.</source>
        <translation>Ihr Logobild ist viel zu groß zum Drucken; speichern Sie eine Kopie mit etwa 1000 Pixeln Breite.</translation>
    </message>
    <message>
        <source>Your logo is a {format} file; use PNG, JPEG or SVG.</source>
        <translation>Ihr Logo ist eine {format}-Datei; verwenden Sie PNG, JPEG oder SVG.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>This follow-up is not an e-mail.</source>
        <translation>Diese Nachfassaktion ist keine E-Mail.</translation>
    </message>
    <message>
        <source>Mail is not set up yet: enter your shop&apos;s e-mail address in Mail settings.</source>
        <translation>E-Mail ist noch nicht eingerichtet: Tragen Sie die E-Mail-Adresse Ihres Geschäfts in den E-Mail-Einstellungen ein.</translation>
    </message>
    <message>
        <source>Write a subject line.</source>
        <translation>Schreiben Sie einen Betreff.</translation>
    </message>
    <message>
        <source>The e-mail is empty; write something first.</source>
        <translation>Die E-Mail ist leer; schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>This prospect has no quotation to attach yet.</source>
        <translation>Dieser Interessent hat noch kein Angebot zum Anhängen.</translation>
    </message>
    <message>
        <source>This e-mail is already {status}.</source>
        <translation>Diese E-Mail ist bereits {status}.</translation>
    </message>
    <message>
        <source>This e-mail is already in the outbox or sent.</source>
        <translation>Diese E-Mail liegt bereits im Postausgang oder ist gesendet.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Pick an e-mail in Today, or open a prospect, then write the e-mail.</source>
        <translation>Wählen Sie eine E-Mail unter Heute oder öffnen Sie einen Interessenten und schreiben Sie dann die E-Mail.</translation>
    </message>
    <message>
        <source>No more e-mail</source>
        <translation>Keine E-Mails mehr</translation>
    </message>
    <message>
        <source>This prospect asked not to receive e-mail (a STOP reply, the unsubscribe link, or in person). Cancel every later e-mail? They stay in the timeline; calls and post go on.</source>
        <translation>Dieser Interessent möchte keine E-Mails bekommen (Antwort STOP, Abmeldelink oder persönlich). Alle späteren E-Mails absagen? Sie bleiben im Verlauf; Anrufe und Post gehen weiter.</translation>
    </message>
    <message>
        <source>Stop e-mail</source>
        <translation>E-Mails beenden</translation>
    </message>
    <message numerus="yes">
        <source>No more e-mail to this prospect; %n cancelled.</source>
        <translation>
            <numerusform>Keine E-Mails mehr an diesen Interessenten; %n abgesagt.</numerusform>
            <numerusform>Keine E-Mails mehr an diesen Interessenten; %n abgesagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>E-Mail unzustellbar</translation>
    </message>
    <message>
        <source>E-mail to this prospect came back undelivered. Flag the address? Later e-mails become calls where the plan says so, until the address is corrected.</source>
        <translation>Eine E-Mail an diesen Interessenten kam unzustellbar zurück. Die Adresse markieren? Spätere E-Mails werden zu Anrufen, wo der Plan das vorsieht, bis die Adresse korrigiert ist.</translation>
    </message>
    <message>
        <source>Flag address</source>
        <translation>Adresse markieren</translation>
    </message>
    <message numerus="yes">
        <source>Address flagged; %n e-mails became calls or letters.</source>
        <translation>
            <numerusform>Adresse markiert; aus %n E-Mail wurde ein Anruf oder Brief.</numerusform>
            <numerusform>Adresse markiert; aus %n E-Mails wurden Anrufe oder Briefe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write &amp;e-mail…</source>
        <translation>E-Mail &amp;schreiben…</translation>
    </message>
    <message>
        <source>Write the e-mail picked in Today, or one to the open prospect</source>
        <translation>Die unter Heute gewählte E-Mail schreiben oder eine an den geöffneten Interessenten</translation>
    </message>
    <message>
        <source>Send due e-&amp;mails…</source>
        <translation>Fällige E-&amp;Mails senden…</translation>
    </message>
    <message>
        <source>Write and send every e-mail due today, each from its template</source>
        <translation>Jede heute fällige E-Mail schreiben und senden, jede aus ihrer Vorlage</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>E-&amp;Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>Mail server, sender, password and the e-mail templates</source>
        <translation>Mailserver, Absender, Passwort und die E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>No more e-mail…</source>
        <translation>Keine E-Mails &amp;mehr…</translation>
    </message>
    <message>
        <source>The open prospect asked not to receive e-mail</source>
        <translation>Der geöffnete Interessent möchte keine E-Mails</translation>
    </message>
    <message>
        <source>E-mail &amp;bounced…</source>
        <translation>E-Mail &amp;unzustellbar…</translation>
    </message>
    <message>
        <source>E-mail to the open prospect came back undelivered</source>
        <translation>E-Mail an den geöffneten Interessenten kam unzustellbar zurück</translation>
    </message>
    <message>
        <source>E-mail saved in the outbox; sending…</source>
        <translation>E-Mail im Postausgang gespeichert; wird gesendet…</translation>
    </message>
    <message>
        <source>E-mail recorded as sent from your mail program.</source>
        <translation>E-Mail als aus Ihrem Mailprogramm gesendet eingetragen.</translation>
    </message>
    <message>
        <source>E-mail waits in the outbox: {problem}</source>
        <translation>E-Mail wartet im Postausgang: {problem}</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>E-Mail-Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>MailRespect</name>
    <message>
        <source>e-mail to this address bounced</source>
        <translation>E-Mail an diese Adresse war unzustellbar</translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation>die E-Mail-Adresse ist ungültig</translation>
    </message>
    <message>
        <source>the mail server refused this address</source>
        <translation>der Mailserver hat diese Adresse abgelehnt</translation>
    </message>
    <message>
        <source>asked not to receive e-mail</source>
        <translation>möchte keine E-Mails bekommen</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>{name} cannot be e-mailed: {reason}.</source>
        <translation>{name} kann keine E-Mail bekommen: {reason}.</translation>
    </message>
    <message>
        <source>Say how they opted out: reply, link or asked.</source>
        <translation>Geben Sie an, wie abbestellt wurde: reply (Antwort), link oder asked (persönlich).</translation>
    </message>
    <message>
        <source>The problem is bounced, invalid or refused.</source>
        <translation>Das Problem ist bounced (unzustellbar), invalid (ungültig) oder refused (abgelehnt).</translation>
    </message>
</context>
<context>
    <name>MailRoomDialog</name>
    <message>
        <source>Mail room</source>
        <translation>Poststelle</translation>
    </message>
    <message numerus="yes">
        <source>{where}: {name} (%n pages)</source>
        <translation>
            <numerusform>{where}: {name} (%n Seite)</numerusform>
            <numerusform>{where}: {name} (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed: {problem}</source>
        <translation>Es wurde nichts gedruckt: {problem}</translation>
    </message>
    <message>
        <source>Choose a PDF</source>
        <translation>PDF wählen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Pick the brochure to remove first.</source>
        <translation>Wählen Sie zuerst den Prospekt, der entfernt werden soll.</translation>
    </message>
</context>
<context>
    <name>MailRoomForm</name>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>How this printer takes envelopes, and how far it is off. Print the calibration page, lay it on a label sheet, and read the offsets from its scales.</source>
        <translation>Wie dieser Drucker Umschläge einzieht und wie weit er daneben liegt. Drucken Sie die Probeseite, legen Sie sie auf einen Etikettenbogen und lesen Sie den Versatz an den Skalen ab.</translation>
    </message>
    <message>
        <source>Envelopes go &amp;in</source>
        <translation>Umschläge &amp;einlegen</translation>
    </message>
    <message>
        <source>How envelopes are fed</source>
        <translation>Wie Umschläge eingezogen werden</translation>
    </message>
    <message>
        <source>Sheets: &amp;left-right</source>
        <translation>Bögen: links-&amp;rechts</translation>
    </message>
    <message>
        <source>Label sheets: left-right offset</source>
        <translation>Etikettenbögen: Versatz links-rechts</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Sheets: &amp;up-down</source>
        <translation>Bögen: oben-&amp;unten</translation>
    </message>
    <message>
        <source>Label sheets: up-down offset</source>
        <translation>Etikettenbögen: Versatz oben-unten</translation>
    </message>
    <message>
        <source>Envelopes: le&amp;ft-right</source>
        <translation>Umschläge: &amp;links-rechts</translation>
    </message>
    <message>
        <source>Envelopes: left-right offset</source>
        <translation>Umschläge: Versatz links-rechts</translation>
    </message>
    <message>
        <source>Envelopes: up-&amp;down</source>
        <translation>Umschläge: &amp;oben-unten</translation>
    </message>
    <message>
        <source>Envelopes: up-down offset</source>
        <translation>Umschläge: Versatz oben-unten</translation>
    </message>
    <message>
        <source>Calibrate &amp;with</source>
        <translation>Abgleichen &amp;mit</translation>
    </message>
    <message>
        <source>Label sheet to calibrate with</source>
        <translation>Etikettenbogen zum Abgleichen</translation>
    </message>
    <message>
        <source>Print calibration &amp;page…</source>
        <translation>Probeseite &amp;drucken…</translation>
    </message>
    <message>
        <source>Label outlines on plain paper, with scales to read the offsets</source>
        <translation>Etikettumrisse auf Normalpapier, mit Skalen zum Ablesen des Versatzes</translation>
    </message>
    <message>
        <source>Print a &amp;test envelope…</source>
        <translation>&amp;Testumschlag drucken…</translation>
    </message>
    <message>
        <source>One envelope addressed to the shop, with the print-at-100 % bar</source>
        <translation>Ein Umschlag an das Geschäft, mit dem Balken für Druck mit 100 %</translation>
    </message>
    <message>
        <source>Brochures</source>
        <translation>Prospekte</translation>
    </message>
    <message>
        <source>PDFs printed into every package (after each quotation) or as every mailer, in this order.</source>
        <translation>PDFs, die in jedes Paket (nach jedem Angebot) oder als jede Sendung gedruckt werden, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Brochures in the batch</source>
        <translation>Prospekte in der Tagespost</translation>
    </message>
    <message>
        <source>Add to every &amp;package…</source>
        <translation>Jedem &amp;Paket beilegen…</translation>
    </message>
    <message>
        <source>Add as every &amp;mailer…</source>
        <translation>Als jede &amp;Sendung hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Business cards</source>
        <translation>Visitenkarten</translation>
    </message>
    <message>
        <source>Each person&apos;s business card. The batch puts the card of whoever signs the cover letters in every package.</source>
        <translation>Die Visitenkarte jeder Person. Die Tagespost legt jedem Paket die Karte der Person bei, die die Anschreiben unterschreibt.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. Owner, Sales</source>
        <translation>z. B. Inhaber, Verkauf</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation>Durch&amp;wahl</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation>Durchwahl</translation>
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
        <translation>&amp;Kartenbogen</translation>
    </message>
    <message>
        <source>Business-card sheet</source>
        <translation>Visitenkartenbogen</translation>
    </message>
    <message>
        <source>Ne&amp;w card</source>
        <translation>Ne&amp;ue Karte</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>Karte &amp;speichern</translation>
    </message>
    <message>
        <source>Print a s&amp;heet…</source>
        <translation>&amp;Bogen drucken…</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>Choose how e-mail goes out.</source>
        <translation>Wählen Sie, wie E-Mails verschickt werden.</translation>
    </message>
    <message>
        <source>Security must be STARTTLS or TLS.</source>
        <translation>Die Sicherheit muss STARTTLS oder TLS sein.</translation>
    </message>
    <message>
        <source>The port is a number such as 587 or 465.</source>
        <translation>Der Port ist eine Zahl wie 587 oder 465.</translation>
    </message>
    <message>
        <source>A server name has no spaces, e.g. smtp.example.com.</source>
        <translation>Ein Servername enthält keine Leerzeichen, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>There is no file {text}. Choose the certificate file again.</source>
        <translation>Es gibt keine Datei {text}. Wählen Sie die Zertifikatsdatei erneut.</translation>
    </message>
    <message>
        <source>“{key}” is not a mail setting.</source>
        <translation>„{key}“ ist keine E-Mail-Einstellung.</translation>
    </message>
    <message>
        <source>Enter the server and user name before the password.</source>
        <translation>Geben Sie Server und Benutzernamen vor dem Passwort ein.</translation>
    </message>
    <message>
        <source>E-mail is set to open in your mail program. To send from Follow-up Desk, choose “Send from Follow-up Desk” in Mail settings.</source>
        <translation>E-Mails öffnen sich laut Einstellung in Ihrem Mailprogramm. Um aus Follow-up Desk zu senden, wählen Sie in den E-Mail-Einstellungen „Aus Follow-up Desk senden“.</translation>
    </message>
    <message>
        <source>Mail is not set up yet. Open Mail settings and enter the mail server and your shop&apos;s e-mail address.</source>
        <translation>E-Mail ist noch nicht eingerichtet. Öffnen Sie die E-Mail-Einstellungen und tragen Sie den Mailserver und die E-Mail-Adresse Ihres Geschäfts ein.</translation>
    </message>
    <message>
        <source>The test e-mail went out to {address}. Check that it arrived.</source>
        <translation>Die Test-E-Mail ging an {address}. Prüfen Sie, ob sie angekommen ist.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Sending a test e-mail…</source>
        <translation>Test-E-Mail wird gesendet…</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring). The password is asked once each time Follow-up Desk starts and never written down.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund). Das Passwort wird bei jedem Start einmal abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>Remembered until Follow-up Desk closes.</source>
        <translation>Gemerkt, bis Follow-up Desk geschlossen wird.</translation>
    </message>
    <message>
        <source>Saved in the system keyring. Type a new one to change it.</source>
        <translation>Im Schlüsselbund des Systems gespeichert. Geben Sie ein neues ein, um es zu ändern.</translation>
    </message>
    <message>
        <source>Not saved yet. It is kept in the system keyring, never in a file.</source>
        <translation>Noch nicht gespeichert. Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The test could not run; the log has the details.</source>
        <translation>Der Test konnte nicht laufen; die Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>MailSettingsForm</name>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>How e-mail goes out</source>
        <translation>Wie E-Mails verschickt werden</translation>
    </message>
    <message>
        <source>Send from Follow-up Desk, through the shop&apos;s mail server</source>
        <translation>Aus Follow-up Desk senden, über den Mailserver des Geschäfts</translation>
    </message>
    <message>
        <source>Open each e-mail in my own mail program</source>
        <translation>Jede E-Mail in meinem eigenen Mailprogramm öffnen</translation>
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
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>meist Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Extra trusted &amp;certificate</source>
        <translation>Weiteres &amp;Zertifikat</translation>
    </message>
    <message>
        <source>only if your mail provider gave you one (.pem)</source>
        <translation>nur wenn Ihr Mail-Anbieter Ihnen eines gegeben hat (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Who the e-mail comes from</source>
        <translation>Von wem die E-Mail kommt</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>Absender&amp;name</translation>
    </message>
    <message>
        <source>e.g. Anna at Harbour Print</source>
        <translation>z. B. Anna von Druckerei Hafen</translation>
    </message>
    <message>
        <source>Shop &amp;e-mail</source>
        <translation>&amp;E-Mail des Geschäfts</translation>
    </message>
    <message>
        <source>hello@yourshop.com</source>
        <translation>hallo@ihr-geschaeft.de</translation>
    </message>
    <message>
        <source>&amp;Replies go to</source>
        <translation>&amp;Antworten an</translation>
    </message>
    <message>
        <source>leave empty to use the shop e-mail</source>
        <translation>leer lassen, um die E-Mail des Geschäfts zu nutzen</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnatur</translation>
    </message>
    <message>
        <source>Lines under your name, e.g. the shop&apos;s name and phone</source>
        <translation>Zeilen unter Ihrem Namen, z. B. Name und Telefon des Geschäfts</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>MailTemplateEditor</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your own version</source>
        <translation>Ihre eigene Fassung</translation>
    </message>
    <message>
        <source>The original template</source>
        <translation>Die ursprüngliche Vorlage</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>MailTemplateEditorForm</name>
    <message>
        <source>E-mail steps</source>
        <translation>E-Mail-Schritte</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>Subject template</source>
        <translation>Vorlage für den Betreff</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Text template</source>
        <translation>Vorlage für den Text</translation>
    </message>
    <message>
        <source>Attach the prospect&apos;s latest quotation (PDF)</source>
        <translation>Das neueste Angebot des Interessenten anhängen (PDF)</translation>
    </message>
    <message>
        <source>&amp;Back to the original</source>
        <translation>&amp;Zurück zum Original</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Double-click to put one in the text</source>
        <translation>Doppelklick fügt eines in den Text ein</translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation>Seriendruckfelder</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Greeting, e.g. “Hello Zoë”</source>
        <translation>Anrede, z. B. „Hallo Zoë“</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ganzer Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Quotation number</source>
        <translation>Angebotsnummer</translation>
    </message>
    <message>
        <source>Quotation total, with currency</source>
        <translation>Angebotssumme, mit Währung</translation>
    </message>
    <message>
        <source>Day the quotation was written</source>
        <translation>Tag, an dem das Angebot geschrieben wurde</translation>
    </message>
    <message>
        <source>Day the quotation runs out</source>
        <translation>Tag, an dem das Angebot abläuft</translation>
    </message>
    <message>
        <source>Yes when a package is waiting to be posted</source>
        <translation>Ja, wenn ein Paket auf den Versand wartet</translation>
    </message>
    <message>
        <source>Yes when the package has been posted</source>
        <translation>Ja, wenn das Paket verschickt wurde</translation>
    </message>
    <message>
        <source>Day the package was posted</source>
        <translation>Tag, an dem das Paket verschickt wurde</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Ihre Signatur</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>Shop phone</source>
        <translation>Telefon des Geschäfts</translation>
    </message>
    <message>
        <source>Shop e-mail</source>
        <translation>E-Mail des Geschäfts</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>Website des Geschäfts</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The {part} has a mistake on line {lineno}: {sentence}</source>
        <translation>Der {part} hat einen Fehler in Zeile {lineno}: {sentence}</translation>
    </message>
    <message>
        <source>The {part} uses {names}, which the app does not know. Pick fields from the list, e.g. {{{{ prospect.greeting }}}}.</source>
        <translation>Der {part} verwendet {names}, die das Programm nicht kennt. Wählen Sie Felder aus der Liste, z. B. {{{{ prospect.greeting }}}}.</translation>
    </message>
    <message>
        <source>The {part} tries to do something templates may not do.</source>
        <translation>Der {part} versucht etwas, das Vorlagen nicht dürfen.</translation>
    </message>
    <message>
        <source>The {part} uses a field the app does not know: {message}.</source>
        <translation>Der {part} verwendet ein Feld, das das Programm nicht kennt: {message}.</translation>
    </message>
    <message>
        <source>The {part} cannot be filled in: {problem}. Simplify it and try again.</source>
        <translation>Der {part} lässt sich nicht ausfüllen: {problem}. Vereinfachen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Write a subject line.</source>
        <translation>Schreiben Sie einen Betreff.</translation>
    </message>
    <message>
        <source>The subject must fit on one line.</source>
        <translation>Der Betreff muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>Write the text of the e-mail.</source>
        <translation>Schreiben Sie den Text der E-Mail.</translation>
    </message>
    <message>
        <source>There is no e-mail step “{step_key}”.</source>
        <translation>Es gibt keinen E-Mail-Schritt „{step_key}“.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Follow-up plan saved; new prospects follow it.</source>
        <translation>Nachfassplan gespeichert; neue Interessenten folgen ihm.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Pick a follow-up in Today or the Calendar, or open a prospect with open follow-ups, then mark it done.</source>
        <translation>Wählen Sie eine Nachfassaktion unter Heute oder im Kalender, oder öffnen Sie einen Interessenten mit offenen Nachfassaktionen, und markieren Sie sie dann als erledigt.</translation>
    </message>
    <message>
        <source>Returned post</source>
        <translation>Post zurück</translation>
    </message>
    <message>
        <source>Open the prospect whose post came back first.</source>
        <translation>Öffnen Sie zuerst den Interessenten, dessen Post zurückkam.</translation>
    </message>
    <message>
        <source>Post to {name} came back undelivered? Their packages and mailers pause until a new address is entered, and the next call asks them for it.</source>
        <translation>Post an {name} kam unzustellbar zurück? Pakete und Sendungen werden angehalten, bis eine neue Adresse eingetragen ist, und beim nächsten Anruf wird danach gefragt.</translation>
    </message>
    <message>
        <source>Post came back</source>
        <translation>Post kam zurück</translation>
    </message>
    <message>
        <source>Post for {name} paused until a new address is in.</source>
        <translation>Post an {name} angehalten, bis eine neue Adresse eingetragen ist.</translation>
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
        <translation>&amp;Firmeneinstellungen…</translation>
    </message>
    <message>
        <source>Your shop&apos;s address, trading area, currency and logo</source>
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
        <source>The open prospect&apos;s package went in the post today</source>
        <translation>Das Paket des geöffneten Interessenten ging heute zur Post</translation>
    </message>
    <message>
        <source>&amp;First order…</source>
        <translation>Erster &amp;Auftrag…</translation>
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
        <source>Mail &amp;room…</source>
        <translation>P&amp;oststelle…</translation>
    </message>
    <message>
        <source>Printer offsets and envelope feed, brochures, business cards</source>
        <translation>Druckerversatz und Umschlageinzug, Prospekte, Visitenkarten</translation>
    </message>
    <message>
        <source>Post came &amp;back…</source>
        <translation>Post kam &amp;zurück…</translation>
    </message>
    <message>
        <source>The open prospect&apos;s post came back: pause post, ask for a new address</source>
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
        <source>Counts</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospects shown</source>
        <translation>
            <numerusform>%Ln Interessent angezeigt</numerusform>
            <numerusform>%Ln Interessenten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown}  ·  {due} due today  ·  {overdue} overdue</source>
        <translation>{shown}  ·  {due} heute fällig  ·  {overdue} überfällig</translation>
    </message>
    <message>
        <source>Saved {name} and planned the follow-ups.</source>
        <translation>{name} gespeichert und die Nachfassaktionen geplant.</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>{name} is in the shop. Write their quotation now, to print while they wait?</source>
        <translation>{name} ist im Geschäft. Jetzt das Angebot schreiben, um es zu drucken, während gewartet wird?</translation>
    </message>
    <message>
        <source>Write quotation</source>
        <translation>Angebot schreiben</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>Nachfassaktion eingetragen.</translation>
    </message>
    <message>
        <source>Company settings saved.</source>
        <translation>Firmeneinstellungen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed beside the charts; double-click one to open it.</source>
        <translation>
            <numerusform>%Ln neben den Diagrammen aufgelistet; Doppelklick öffnet ihn.</numerusform>
            <numerusform>%Ln neben den Diagrammen aufgelistet; Doppelklick öffnet einen davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pieces marked as posted.</source>
        <translation>
            <numerusform>%n Sendung als versandt markiert.</numerusform>
            <numerusform>%n Sendungen als versandt markiert.</numerusform>
        </translation>
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
    <name>Money</name>
    <message>
        <source>Tax once per rate, on the total</source>
        <translation>MwSt. einmal pro Satz, auf die Summe</translation>
    </message>
    <message>
        <source>Tax on every line</source>
        <translation>MwSt. auf jede Zeile</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Enter a finite number.</source>
        <translation>Geben Sie eine endliche Zahl ein.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Die Zahl darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>NewProspectDialog</name>
    <message>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>Kanal: {channel}</translation>
    </message>
    <message>
        <source>Save prospect</source>
        <translation>Interessent speichern</translation>
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
        <translation>Lan&amp;d</translation>
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
        <translation>Noti&amp;zen</translation>
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
    <name>Passwords</name>
    <message>
        <source>Choose a password of at least {MIN_LENGTH} characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens {MIN_LENGTH} Zeichen.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Ein Passwort darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>PdfDelivery</name>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Der Drucker ließ sich nicht starten. Prüfen Sie, ob er eingeschaltet und angeschlossen ist, oder wählen Sie einen anderen Drucker.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The PDF is saved as {file}, but no program opened it. Open it from that folder to print it.</source>
        <translation>Das PDF ist als {file} gespeichert, aber kein Programm hat es geöffnet. Öffnen Sie es in diesem Ordner, um es zu drucken.</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer. The PDF is saved as {file}; open it and print it from there.</source>
        <translation>Die Seiten konnten nicht an den Drucker gesendet werden. Das PDF ist als {file} gespeichert; öffnen Sie es und drucken Sie von dort.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Zuletzt angemeldet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>{number} is not a phone number</source>
        <translation>{number} ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>{number} looks incomplete or wrong; it is kept as written</source>
        <translation>{number} wirkt unvollständig oder falsch; sie bleibt wie geschrieben</translation>
    </message>
</context>
<context>
    <name>PickedProspectsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Erster Auftrag</translation>
    </message>
    <message>
        <source>{name} · {channel} — double-click to open</source>
        <translation>{name} · {channel} – Doppelklick zum Öffnen</translation>
    </message>
    <message>
        <source>Prospect {id}</source>
        <translation>Interessent {id}</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{name} needs a key.</source>
        <translation>{name} braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>Step {key} needs a title.</source>
        <translation>Schritt {key} braucht einen Titel.</translation>
    </message>
    <message>
        <source>{name}: unknown kind {kind!r}.</source>
        <translation>{name}: unbekannte Art {kind!r}.</translation>
    </message>
    <message>
        <source>{name}: unknown anchor {anchor!r}.</source>
        <translation>{name}: unbekannter Bezugspunkt {anchor!r}.</translation>
    </message>
    <message>
        <source>{name}: unknown unit {unit!r}.</source>
        <translation>{name}: unbekannte Einheit {unit!r}.</translation>
    </message>
    <message>
        <source>{name}: unknown condition {condition!r}.</source>
        <translation>{name}: unbekannte Bedingung {condition!r}.</translation>
    </message>
    <message>
        <source>{name}: unknown person {who!r}.</source>
        <translation>{name}: unbekannte Person {who!r}.</translation>
    </message>
    <message>
        <source>{name}: unknown if_no_email value.</source>
        <translation>{name}: unbekannter Wert für if_no_email.</translation>
    </message>
    <message>
        <source>{name}: the delay must be 0 to {MAX_OFFSET} {unit}.</source>
        <translation>{name}: Der Abstand muss 0 bis {MAX_OFFSET} {unit} betragen.</translation>
    </message>
    <message>
        <source>{name}: the window must be 0 to {MAX_WINDOW} days.</source>
        <translation>{name}: Die Frist muss 0 bis {MAX_WINDOW} Tage betragen.</translation>
    </message>
    <message>
        <source>{name}: tries again 0 to {MAX_RETRIES} times.</source>
        <translation>{name}: Neue Versuche 0- bis {MAX_RETRIES}-mal.</translation>
    </message>
    <message>
        <source>{name}: unknown channel in {channels!r}.</source>
        <translation>{name}: unbekannter Kanal in {channels!r}.</translation>
    </message>
    <message>
        <source>{name}: unknown interest {min_interest!r}.</source>
        <translation>{name}: unbekanntes Interesse {min_interest!r}.</translation>
    </message>
    <message>
        <source>The plan has no steps; add at least one.</source>
        <translation>Der Plan hat keine Schritte; fügen Sie mindestens einen hinzu.</translation>
    </message>
    <message>
        <source>Two steps share the key “{key}”; keys must differ.</source>
        <translation>Zwei Schritte haben den Schlüssel „{key}“; Schlüssel müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>The first step (“{title}”) cannot count from the step before it; count it from the first contact.</source>
        <translation>Der erste Schritt („{title}“) kann nicht ab dem vorigen Schritt zählen; lassen Sie ihn ab dem Erstkontakt zählen.</translation>
    </message>
    <message>
        <source>Unknown step settings: {items}.</source>
        <translation>Unbekannte Einstellungen eines Schritts: {items}.</translation>
    </message>
    <message>
        <source>A step is missing a setting ({problem}).</source>
        <translation>Einem Schritt fehlt eine Einstellung ({problem}).</translation>
    </message>
    <message>
        <source>Interest is low, medium or high.</source>
        <translation>Das Interesse ist niedrig, mittel oder hoch.</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>The first contact</source>
        <translation>Der Erstkontakt</translation>
    </message>
    <message>
        <source>The package being posted</source>
        <translation>Der Versand des Pakets</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Der vorige Schritt</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Ein Anruf</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Ein Brief</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Nachfassplan</translation>
    </message>
    <message>
        <source>Close without saving your changes to the plan?</source>
        <translation>Schließen, ohne Ihre Änderungen am Plan zu speichern?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen ohne Speichern</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Every open prospect already follows this plan.</source>
        <translation>Jeder offene Interessent folgt bereits diesem Plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n prospects follow an older plan. Move their open follow-ups to this plan? Follow-ups already done stay as they are; ones no longer in the plan are cancelled and kept in the timeline with the reason.</source>
        <translation>
            <numerusform>%n Interessent folgt einem älteren Plan. Seine offenen Nachfassaktionen auf diesen Plan umstellen? Erledigte Nachfassaktionen bleiben, wie sie sind; solche, die nicht mehr im Plan stehen, werden abgesagt und bleiben mit Begründung im Verlauf.</numerusform>
            <numerusform>%n Interessenten folgen einem älteren Plan. Ihre offenen Nachfassaktionen auf diesen Plan umstellen? Erledigte Nachfassaktionen bleiben, wie sie sind; solche, die nicht mehr im Plan stehen, werden abgesagt und bleiben mit Begründung im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-planning prospects…</source>
        <translation>Interessenten werden neu geplant…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>No prospect needed a change.</source>
        <translation>Kein Interessent musste geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Re-planned %n prospects: {added} follow-ups added, {moved} moved, {cancelled} cancelled (kept in their timelines).</source>
        <translation>
            <numerusform>%n Interessent neu geplant: {added} Nachfassaktionen hinzugefügt, {moved} verschoben, {cancelled} abgesagt (im Verlauf erhalten).</numerusform>
            <numerusform>%n Interessenten neu geplant: {added} Nachfassaktionen hinzugefügt, {moved} verschoben, {cancelled} abgesagt (im Verlauf erhalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Each new prospect gets these steps, counted in working days: weekends, public holidays and closed days are skipped. Saving applies to prospects logged from then on.</source>
        <translation>Jeder neue Interessent bekommt diese Schritte, gezählt in Arbeitstagen: Wochenenden, Feiertage und Schließtage werden übersprungen. Das Speichern gilt für Interessenten, die danach erfasst werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open prospects follow an older version until you re-plan them.</source>
        <translation>
            <numerusform>%Ln offener Interessent folgt einer älteren Fassung, bis Sie ihn neu planen.</numerusform>
            <numerusform>%Ln offene Interessenten folgen einer älteren Fassung, bis Sie sie neu planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fassung {number}</translation>
    </message>
    <message>
        <source>None in the coming year.</source>
        <translation>Keine im kommenden Jahr.</translation>
    </message>
    <message>
        <source>New e-mail</source>
        <translation>Neue E-Mail</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove “{title}” from the plan? Prospects already planned keep it until they are re-planned.</source>
        <translation>„{title}“ aus dem Plan entfernen? Bereits geplante Interessenten behalten den Schritt, bis sie neu geplant werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>PlanEditorForm</name>
    <message>
        <source>Follow-up plan</source>
        <translation>Nachfassplan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Schritte, der Reihe nach</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Planschritte</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Counts from</source>
        <translation>&amp;Zählt ab</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Zählt ab</translation>
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation>&amp;Abstand</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Delay unit</source>
        <translation>Einheit des Abstands</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fri&amp;st</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>working days later at the latest</source>
        <translation>Arbeitstage Spielraum</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Nur für</translation>
    </message>
    <message>
        <source>Phone callers</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>E-mail enquiries</source>
        <translation>E-Mail-Anfragen</translation>
    </message>
    <message>
        <source>Lowest &amp;interest</source>
        <translation>Mindest&amp;interesse</translation>
    </message>
    <message>
        <source>Lowest interest</source>
        <translation>Mindestinteresse</translation>
    </message>
    <message>
        <source>T&amp;ries after no answer</source>
        <translation>&amp;Versuche bei Nichterreichen</translation>
    </message>
    <message>
        <source>Tries after no answer</source>
        <translation>Versuche bei Nichterreichen</translation>
    </message>
    <message>
        <source>Without e-&amp;mail</source>
        <translation>Ohne E-&amp;Mail</translation>
    </message>
    <message>
        <source>Without e-mail</source>
        <translation>Ohne E-Mail</translation>
    </message>
    <message>
        <source>May share the first-contact day with other steps</source>
        <translation>Darf sich den Tag des Erstkontakts mit anderen Schritten teilen</translation>
    </message>
    <message>
        <source>Talking &amp;points</source>
        <translation>Gesprächs&amp;punkte</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>Schließtage</translation>
    </message>
    <message>
        <source>Extra days the shop is closed</source>
        <translation>Zusätzliche Tage, an denen das Geschäft geschlossen ist</translation>
    </message>
    <message>
        <source>No follow-up is ever planned on these days, nor on weekends and public holidays.</source>
        <translation>An diesen Tagen wird nie nachgefasst, ebenso wenig an Wochenenden und Feiertagen.</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Schließtag</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>&amp;Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve day</source>
        <translation>Tag ent&amp;fernen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Holiday &amp;region</source>
        <translation>Feiertags&amp;region</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Feiertagsregion</translation>
    </message>
    <message>
        <source>Coming days off</source>
        <translation>Kommende freie Tage</translation>
    </message>
    <message>
        <source>Re-plan existing prospects…</source>
        <translation>Vorhandene Interessenten neu planen…</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Post the sales package</source>
        <translation>Versand des Verkaufspakets</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Post a mailer</source>
        <translation>Versand einer Sendung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Mailer</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>Kundendienst</translation>
    </message>
    <message>
        <source>outside sales rep</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>the first contact</source>
        <translation>dem Erstkontakt</translation>
    </message>
    <message>
        <source>the package is posted</source>
        <translation>dem Versand des Pakets</translation>
    </message>
    <message>
        <source>the step before</source>
        <translation>dem vorigen Schritt</translation>
    </message>
    <message>
        <source>on the day of the first contact</source>
        <translation>am Tag des Erstkontakts</translation>
    </message>
    <message>
        <source>on the day the package is posted</source>
        <translation>am Versandtag des Pakets</translation>
    </message>
    <message>
        <source>on the same day as the step before</source>
        <translation>am selben Tag wie der vorige Schritt</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>prospects who get the sales package</source>
        <translation>Interessenten, die das Verkaufspaket bekommen</translation>
    </message>
    <message>
        <source>callers and e-mail enquirers with an e-mail address</source>
        <translation>Anrufer und E-Mail-Anfragen mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>prospects we can e-mail</source>
        <translation>Interessenten, die wir per E-Mail erreichen</translation>
    </message>
    <message>
        <source>prospects we may call</source>
        <translation>Interessenten, die wir anrufen dürfen</translation>
    </message>
    <message>
        <source>prospects we may call, unless of low interest</source>
        <translation>Interessenten, die wir anrufen dürfen, außer bei geringem Interesse</translation>
    </message>
    <message>
        <source>prospects worth the postage (qualified, or sent a package)</source>
        <translation>Interessenten, bei denen sich das Porto lohnt (qualifiziert oder mit Paket)</translation>
    </message>
    <message>
        <source>keen prospects worth the postage</source>
        <translation>Interessenten mit großem Interesse, bei denen sich das Porto lohnt</translation>
    </message>
    <message>
        <source>prospects with an outside rep, where a visit is feasible</source>
        <translation>Interessenten mit Außendienst, wo ein Besuch möglich ist</translation>
    </message>
    <message>
        <source>phone callers</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail-Anfragen</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>medium interest or more</source>
        <translation>mittleres Interesse oder mehr</translation>
    </message>
    <message>
        <source>high interest or more</source>
        <translation>hohes Interesse</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 Arbeitstag</translation>
    </message>
    <message>
        <source>{count} working days</source>
        <translation>{count} Arbeitstage</translation>
    </message>
    <message>
        <source>{span} after {anchor}</source>
        <translation>{span} nach {anchor}</translation>
    </message>
    <message>
        <source>{same_day}, at the latest {span} later</source>
        <translation>{same_day}, spätestens {span} später</translation>
    </message>
    <message>
        <source>{first}–{last} working days after {anchor}</source>
        <translation>{first}–{last} Arbeitstage nach {anchor}</translation>
    </message>
    <message>
        <source>{when}, within {span}</source>
        <translation>{when}, Frist {span}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>only {channels}</source>
        <translation>nur {channels}</translation>
    </message>
    <message>
        <source>{interest} interest or more</source>
        <translation>Interesse {interest} oder mehr</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>For {who}</source>
        <translation>Für {who}</translation>
    </message>
    <message>
        <source>{verb} {when}, {who}</source>
        <translation>{verb} {when}, {who}</translation>
    </message>
    <message>
        <source>{who}.</source>
        <translation>{who}.</translation>
    </message>
    <message>
        <source>Without a posted package it counts from the first contact.</source>
        <translation>Ohne versandtes Paket zählt er ab dem Erstkontakt.</translation>
    </message>
    <message>
        <source>No answer: tried again the next working day, once.</source>
        <translation>Bei Nichterreichen: am nächsten Arbeitstag noch einmal versuchen.</translation>
    </message>
    <message>
        <source>No answer: tried again the next working day, up to {count} times.</source>
        <translation>Bei Nichterreichen: am nächsten Arbeitstag erneut versuchen, bis zu {count}-mal.</translation>
    </message>
    <message>
        <source>Without a working e-mail address it becomes a call.</source>
        <translation>Ohne funktionierende E-Mail-Adresse wird daraus ein Anruf.</translation>
    </message>
    <message>
        <source>Without a working e-mail address it becomes a letter.</source>
        <translation>Ohne funktionierende E-Mail-Adresse wird daraus ein Brief.</translation>
    </message>
    <message>
        <source>May fall on the first-contact day with other steps.</source>
        <translation>Darf mit anderen Schritten auf den Tag des Erstkontakts fallen.</translation>
    </message>
</context>
<context>
    <name>Postal</name>
    <message>
        <source>ZIP code</source>
        <translation>ZIP-Code</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN-Code</translation>
    </message>
    <message>
        <source>Eircode</source>
        <translation>Eircode</translation>
    </message>
    <message>
        <source>town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>post town</source>
        <translation>Postort</translation>
    </message>
    <message>
        <source>district</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>county</source>
        <translation>Grafschaft</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>do si</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <source>emirate</source>
        <translation>Emirat</translation>
    </message>
    <message>
        <source>island</source>
        <translation>Insel</translation>
    </message>
    <message>
        <source>oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>parish</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>Präfektur</translation>
    </message>
    <message>
        <source>province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>“{country}” is not a country code; use e.g. US.</source>
        <translation>„{country}“ ist kein Ländercode; verwenden Sie z. B. DE.</translation>
    </message>
    <message>
        <source>Add a name or a company.</source>
        <translation>Tragen Sie einen Namen oder eine Firma ein.</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>Straßenangabe</translation>
    </message>
    <message>
        <source>The {word} is missing.</source>
        <translation>{word} fehlt.</translation>
    </message>
    <message>
        <source>“{postcode}” does not look like a {country} {word} (for example {example}).</source>
        <translation>{word} „{postcode}“ passt nicht zu {country} (zum Beispiel {example}).</translation>
    </message>
    <message>
        <source>“{postcode}” does not look like a {country} {word}.</source>
        <translation>{word} „{postcode}“ passt nicht zu {country}.</translation>
    </message>
    <message>
        <source>“{region}” is not a {word} of {country}.</source>
        <translation>{word} „{region}“ gibt es in {country} nicht.</translation>
    </message>
</context>
<context>
    <name>PostingSetup</name>
    <message>
        <source>Every package</source>
        <translation>Jedes Paket</translation>
    </message>
    <message>
        <source>Every mailer</source>
        <translation>Jede Sendung</translation>
    </message>
    <message>
        <source>There is no printer called “{name}” set up.</source>
        <translation>Es ist kein Drucker namens „{name}“ eingerichtet.</translation>
    </message>
    <message>
        <source>“{key}” is not a printer setting.</source>
        <translation>„{key}“ ist keine Druckereinstellung.</translation>
    </message>
    <message>
        <source>Envelope feed must be one of: {items}.</source>
        <translation>Der Umschlageinzug muss einer von diesen sein: {items}.</translation>
    </message>
    <message>
        <source>{name} is a business-card sheet; choose an address label sheet for the batch.</source>
        <translation>{name} ist ein Visitenkartenbogen; wählen Sie für die Tagespost einen Bogen mit Adressetiketten.</translation>
    </message>
    <message>
        <source>{name} is an address label sheet; choose a business-card sheet, e.g. Avery 5371 or Zweckform C32011.</source>
        <translation>{name} ist ein Bogen mit Adressetiketten; wählen Sie einen Visitenkartenbogen, z. B. Avery 5371 oder Zweckform C32011.</translation>
    </message>
    <message>
        <source>Give the sheet a name, e.g. “Shelf 40”.</source>
        <translation>Geben Sie dem Bogen einen Namen, z. B. „Regal 40“.</translation>
    </message>
    <message>
        <source>{name} is already in the catalogue; pick another name.</source>
        <translation>{name} steht schon im Katalog; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no label sheet of your own called {key}.</source>
        <translation>Es gibt keinen eigenen Etikettenbogen namens {key}.</translation>
    </message>
    <message>
        <source>{name} is not a PDF file.</source>
        <translation>{name} ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Save a copy without the password and add that instead.</source>
        <translation>{name} ist mit einem Passwort geschützt. Speichern Sie eine Kopie ohne Passwort und fügen Sie diese hinzu.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be printed. Save it again as PDF.</source>
        <translation>{name} ist beschädigt und lässt sich nicht drucken. Speichern Sie die Datei erneut als PDF.</translation>
    </message>
    <message>
        <source>{name} has no pages.</source>
        <translation>{name} hat keine Seiten.</translation>
    </message>
    <message>
        <source>Enclosures go in every package or mailer.</source>
        <translation>Beilagen kommen in jedes Paket oder jede Sendung.</translation>
    </message>
    <message>
        <source>{name} is over 50 MB; save a smaller copy.</source>
        <translation>{name} ist größer als 50 MB; speichern Sie eine kleinere Kopie.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {problem}.</source>
        <translation>{path} lässt sich nicht lesen: {problem}.</translation>
    </message>
    <message>
        <source>There is no enclosure number {enclosure_id}.</source>
        <translation>Es gibt keine Beilage Nummer {enclosure_id}.</translation>
    </message>
    <message>
        <source>Enter the name to print on the card.</source>
        <translation>Geben Sie den Namen ein, der auf die Karte gedruckt wird.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>There is no business card number {card_id}.</source>
        <translation>Es gibt keine Visitenkarte Nummer {card_id}.</translation>
    </message>
    <message>
        <source>There is no business card to put in the packages yet. Add one (name, role, phone, e-mail) in the business card settings first.</source>
        <translation>Es gibt noch keine Visitenkarte für die Pakete. Legen Sie zuerst eine an (Name, Funktion, Telefon, E-Mail), in den Einstellungen der Visitenkarten.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Printed batch files on this computer still show them; delete them if you no longer need them: {files}.</source>
        <translation>Gedruckte Dateien der Tagespost auf diesem Computer zeigen die Daten noch; löschen Sie sie, wenn Sie sie nicht mehr brauchen: {files}.</translation>
    </message>
    <message>
        <source>The server will reclaim the old rows on its next clean-up.</source>
        <translation>Der Server gibt die alten Zeilen bei seiner nächsten Aufräumrunde frei.</translation>
    </message>
    <message>
        <source>The data is erased, but the file could not be rewritten because another desk has it open. Close Follow-up Desk on the other desks and erase again to wipe the old bytes.</source>
        <translation>Die Daten sind gelöscht, aber die Datei ließ sich nicht neu schreiben, weil ein anderer Arbeitsplatz sie geöffnet hat. Schließen Sie Follow-up Desk an den anderen Arbeitsplätzen und löschen Sie erneut, um die alten Bytes zu überschreiben.</translation>
    </message>
    <message>
        <source>Prospect {prospect_id} holds no personal data any more.</source>
        <translation>Interessent {prospect_id} enthält keine persönlichen Daten mehr.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>“{key}” is not a profile setting.</source>
        <translation>„{key}“ ist keine Einstellung des Firmenprofils.</translation>
    </message>
    <message>
        <source>Unknown time zone “{value}”; use e.g. Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „{value}“; verwenden Sie z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Validity must be a whole number of days.</source>
        <translation>Die Gültigkeit muss eine ganze Zahl von Tagen sein.</translation>
    </message>
    <message>
        <source>A quotation must be valid for a day or more.</source>
        <translation>Ein Angebot muss mindestens einen Tag gelten.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name; it is printed on every page.</source>
        <translation>Geben Sie den Namen des Geschäfts ein; er steht auf jeder Seite.</translation>
    </message>
    <message>
        <source>Postage cost: {problem}</source>
        <translation>Portokosten: {problem}</translation>
    </message>
    <message>
        <source>Printing cost: {problem}</source>
        <translation>Druckkosten: {problem}</translation>
    </message>
    <message>
        <source>{amount} is too much; enter at most {limit}.</source>
        <translation>{amount} ist zu viel; geben Sie höchstens {limit} ein.</translation>
    </message>
    <message>
        <source>{currency} amounts have no more than {places} decimals.</source>
        <translation>Beträge in {currency} haben höchstens {places} Nachkommastellen.</translation>
    </message>
    <message>
        <source>{currency} amounts are whole numbers.</source>
        <translation>Beträge in {currency} sind ganze Zahlen.</translation>
    </message>
    <message>
        <source>“{value}” is not a country: use its two-letter code, e.g. US.</source>
        <translation>„{value}“ ist kein Land: Verwenden Sie den Code aus zwei Buchstaben, z. B. DE.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code; use e.g. USD or EUR.</source>
        <translation>„{value}“ ist kein Währungscode; verwenden Sie z. B. EUR oder USD.</translation>
    </message>
    <message>
        <source>“{value}” is not a language and country; use e.g. en_US.</source>
        <translation>„{value}“ ist keine Angabe von Sprache und Land; verwenden Sie z. B. de_DE.</translation>
    </message>
    <message>
        <source>“{region}” is not a holiday region of {country}; use a code such as {examples}, or leave it empty.</source>
        <translation>„{region}“ ist keine Feiertagsregion von {country}; verwenden Sie einen Code wie {examples} oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>{path} lässt sich nicht lesen: {strerror}.</translation>
    </message>
    <message>
        <source>The logo is over 10 MB; save a smaller copy.</source>
        <translation>Das Logo ist größer als 10 MB; speichern Sie eine kleinere Kopie.</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image, nor an SVG drawing.</source>
        <translation>{name} ist weder ein PNG- oder JPEG-Bild noch eine SVG-Zeichnung.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
</context>
<context>
    <name>ProspectDetail</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>This prospect has no package waiting to be posted.</source>
        <translation>Für diesen Interessenten wartet kein Paket auf den Versand.</translation>
    </message>
    <message>
        <source>Package for {name} marked as posted; the follow-up call moved with it.</source>
        <translation>Paket für {name} als versandt markiert; der Nachfassanruf hat sich mitverschoben.</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Erster Auftrag</translation>
    </message>
    <message>
        <source>Record the first order from {name}? They become a customer and their open follow-ups are cancelled (they stay in the timeline).</source>
        <translation>Den ersten Auftrag von {name} eintragen? Daraus wird ein Kunde, und offene Nachfassaktionen werden abgesagt (sie bleiben im Verlauf).</translation>
    </message>
    <message>
        <source>Record order</source>
        <translation>Auftrag eintragen</translation>
    </message>
    <message numerus="yes">
        <source>{name} is now a customer; %n follow-ups cancelled.</source>
        <translation>
            <numerusform>{name} ist jetzt Kunde; %n Nachfassaktion abgesagt.</numerusform>
            <numerusform>{name} ist jetzt Kunde; %n Nachfassaktionen abgesagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost prospect</source>
        <translation>Verlorener Interessent</translation>
    </message>
    <message>
        <source>Mark {name} as lost? Their open follow-ups are cancelled (they stay in the timeline).</source>
        <translation>{name} als verloren markieren? Offene Nachfassaktionen werden abgesagt (sie bleiben im Verlauf).</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message numerus="yes">
        <source>{name} marked lost; %n follow-ups cancelled.</source>
        <translation>
            <numerusform>{name} als verloren markiert; %n Nachfassaktion abgesagt.</numerusform>
            <numerusform>{name} als verloren markiert; %n Nachfassaktionen abgesagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone or e-mail yet</source>
        <translation>Noch kein Telefon und keine E-Mail</translation>
    </message>
    <message>
        <source>low interest</source>
        <translation>geringes Interesse</translation>
    </message>
    <message>
        <source>medium interest</source>
        <translation>mittleres Interesse</translation>
    </message>
    <message>
        <source>high interest</source>
        <translation>hohes Interesse</translation>
    </message>
    <message>
        <source>first contact {day}</source>
        <translation>Erstkontakt am {day}</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>prime area</source>
        <translation>Hauptgebiet</translation>
    </message>
    <message>
        <source>first order {day}</source>
        <translation>erster Auftrag am {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n geplant</numerusform>
            <numerusform>%n geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgesagt</numerusform>
            <numerusform>%n abgesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
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
    <name>ProspectEditDialog</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Telefon 2</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Street (more)</source>
        <translation>Straße (Zusatz)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Prospect details</source>
        <translation>Angaben zum Interessenten</translation>
    </message>
    <message>
        <source>{name} saved this prospect on another desk while you were editing.</source>
        <translation>{name} hat diesen Interessenten an einem anderen Arbeitsplatz gespeichert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <source>Someone saved this prospect on another desk while you were editing.</source>
        <translation>Jemand hat diesen Interessenten an einem anderen Arbeitsplatz gespeichert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <source>Their changes ({fields}) are in the form now.</source>
        <translation>Die dortigen Änderungen ({fields}) stehen jetzt im Formular.</translation>
    </message>
    <message>
        <source>You both changed the details below: choose which to keep, then save again.</source>
        <translation>Sie haben beide die Angaben unten geändert: Wählen Sie, was bleiben soll, und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Your changes are still there: check and save again.</source>
        <translation>Ihre Änderungen sind noch da: Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Other desk</source>
        <translation>Anderer Arbeitsplatz</translation>
    </message>
    <message>
        <source>Yours: {value}</source>
        <translation>Ihre: {value}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Prospect {id}</source>
        <translation>Interessent {id}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
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
        <translation>Telefon &amp;2</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Zweites Telefon</translation>
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
        <translation>Straße (Z&amp;usatz)</translation>
    </message>
    <message>
        <source>Second address line</source>
        <translation>Zweite Adresszeile</translation>
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
        <translation>Lan&amp;d</translation>
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
        <translation>Am Telefon &amp;qualifiziert</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>An einem anderen Arbeitsplatz geändert</translation>
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
    <message>
        <source>{name} — double-click to open</source>
        <translation>{name} – Doppelklick zum Öffnen</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <source>Products and ser&amp;vices…</source>
        <translation>Produkte und &amp;Leistungen…</translation>
    </message>
    <message>
        <source>The catalogue the quote lines are picked from; import a price list</source>
        <translation>Der Katalog, aus dem die Angebotszeilen stammen; eine Preisliste importieren</translation>
    </message>
    <message>
        <source>&amp;Quotation settings…</source>
        <translation>An&amp;gebotseinstellungen…</translation>
    </message>
    <message>
        <source>Quote numbers, validity, tax rounding, terms and how this desk prints</source>
        <translation>Angebotsnummern, Gültigkeit, Steuerrundung, Bedingungen und wie dieser Arbeitsplatz druckt</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Quotation</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>The quote lines have changes that are not saved. Save them now?</source>
        <translation>Die Angebotszeilen haben ungespeicherte Änderungen. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>{problem} Correct the red cell first; nothing was saved.</source>
        <translation>{problem} Korrigieren Sie zuerst die rote Zelle; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Add a line with a description or a price first.</source>
        <translation>Fügen Sie zuerst eine Zeile mit Beschreibung oder Preis hinzu.</translation>
    </message>
    <message>
        <source>Saved quotation {number}.</source>
        <translation>Angebot {number} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the changes as {number}; {old} stays as sent.</source>
        <translation>Die Änderungen wurden als {number} gespeichert; {old} bleibt, wie es verschickt wurde.</translation>
    </message>
    <message>
        <source>Quotation changed</source>
        <translation>Angebot geändert</translation>
    </message>
    <message>
        <source>Quotation {number} was changed on another desk while you were editing. Keep the lines on your screen (they replace the other desk&apos;s), or load the other desk&apos;s lines?</source>
        <translation>Angebot {number} wurde während Ihrer Bearbeitung an einem anderen Arbeitsplatz geändert. Die Zeilen auf Ihrem Bildschirm behalten (sie ersetzen die des anderen Arbeitsplatzes) oder die Zeilen des anderen Arbeitsplatzes laden?</translation>
    </message>
    <message>
        <source>Keep my lines</source>
        <translation>Meine Zeilen behalten</translation>
    </message>
    <message>
        <source>Loaded the lines saved on the other desk.</source>
        <translation>Die am anderen Arbeitsplatz gespeicherten Zeilen wurden geladen.</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Erster Auftrag</translation>
    </message>
    <message>
        <source>Record quotation {number} ({total}) as accepted? This is their first order: they become a customer and their open follow-ups are cancelled (they stay in the timeline).</source>
        <translation>Angebot {number} ({total}) als angenommen eintragen? Das ist der erste Auftrag: Daraus wird ein Kunde, und offene Nachfassaktionen werden abgesagt (sie bleiben im Verlauf).</translation>
    </message>
    <message>
        <source>Record order</source>
        <translation>Auftrag eintragen</translation>
    </message>
    <message>
        <source>Quotation {number} accepted; first order recorded.</source>
        <translation>Angebot {number} angenommen; erster Auftrag eingetragen.</translation>
    </message>
    <message>
        <source>Quotation {number} marked declined.</source>
        <translation>Angebot {number} als abgelehnt markiert.</translation>
    </message>
    <message>
        <source>New quotation (not saved yet)</source>
        <translation>Neues Angebot (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Not saved yet: it gets its number when you save or print.</source>
        <translation>Noch nicht gespeichert: Es bekommt seine Nummer beim Speichern oder Drucken.</translation>
    </message>
    <message>
        <source>Revision {revision} of {number}</source>
        <translation>Überarbeitung {revision} von {number}</translation>
    </message>
    <message numerus="yes">
        <source>valid %n days</source>
        <translation>
            <numerusform>%n Tag gültig</numerusform>
            <numerusform>%n Tage gültig</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>verschickt am {day}</translation>
    </message>
    <message>
        <source>expired {day}</source>
        <translation>abgelaufen am {day}</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>gültig bis {day}</translation>
    </message>
    <message>
        <source>accepted {day}</source>
        <translation>angenommen am {day}</translation>
    </message>
    <message>
        <source>declined {day}</source>
        <translation>abgelehnt am {day}</translation>
    </message>
    <message>
        <source>replaced by {number}</source>
        <translation>ersetzt durch {number}</translation>
    </message>
    <message>
        <source>first order recorded; start a new quote for more work</source>
        <translation>erster Auftrag eingetragen; für weitere Arbeiten ein neues Angebot beginnen</translation>
    </message>
    <message>
        <source>changes are saved as {number}</source>
        <translation>Änderungen werden als {number} gespeichert</translation>
    </message>
    <message>
        <source>Tax {rate} % on {amount}</source>
        <translation>MwSt. {rate} % auf {amount}</translation>
    </message>
    <message>
        <source>Unsaved changes: saving keeps the sent quote and makes {number}</source>
        <translation>Ungespeicherte Änderungen: Speichern behält das verschickte Angebot und legt {number} an</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Type a code or name in the first row to start the quotation</source>
        <translation>Geben Sie in der ersten Zeile eine Nummer oder einen Namen ein, um das Angebot zu beginnen</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Quotation {number} and letter</source>
        <translation>Angebot {number} mit Anschreiben</translation>
    </message>
    <message>
        <source>Quotation {number}</source>
        <translation>Angebot {number}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>{problem} The quotation was printed without it. Choose the logo again in Company settings (PNG, JPEG or SVG).</source>
        <translation>{problem} Das Angebot wurde ohne Logo gedruckt. Wählen Sie das Logo in den Firmeneinstellungen erneut (PNG, JPEG oder SVG).</translation>
    </message>
    <message>
        <source>Printed quotation {number}.</source>
        <translation>Angebot {number} gedruckt.</translation>
    </message>
    <message>
        <source>{problem} Correct it before saving.</source>
        <translation>{problem} Korrigieren Sie das vor dem Speichern.</translation>
    </message>
    <message>
        <source>Select a line to remove first.</source>
        <translation>Wählen Sie zuerst eine Zeile zum Entfernen.</translation>
    </message>
    <message>
        <source>Line removed (Ctrl+Z brings it back).</source>
        <translation>Zeile entfernt (Strg+Z holt sie zurück).</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>QuoteEditorForm</name>
    <message>
        <source>Quotation</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Every quote made for this prospect, newest first</source>
        <translation>Alle Angebote für diesen Interessenten, das neueste zuerst</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Quote status</source>
        <translation>Angebotsstatus</translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <source>Start a new quotation for this prospect</source>
        <translation>Ein neues Angebot für diesen Interessenten beginnen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Die gewählte Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>Quote dates</source>
        <translation>Angebotsdaten</translation>
    </message>
    <message>
        <source>A&amp;ccepted…</source>
        <translation>An&amp;genommen…</translation>
    </message>
    <message>
        <source>The customer said yes: record their first order</source>
        <translation>Die Kundschaft hat zugesagt: den ersten Auftrag eintragen</translation>
    </message>
    <message>
        <source>Dec&amp;lined</source>
        <translation>Ab&amp;gelehnt</translation>
    </message>
    <message>
        <source>The customer said no to this quotation</source>
        <translation>Die Kundschaft hat dieses Angebot abgelehnt</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Angebotszeilen</translation>
    </message>
    <message>
        <source>Type a code or name to add a line; Tab moves on, Enter starts the next line. Ctrl+Up/Down moves a line, Delete removes it, Ctrl+Z undoes.</source>
        <translation>Geben Sie eine Nummer oder einen Namen ein, um eine Zeile hinzuzufügen; Tab springt weiter, Eingabe beginnt die nächste Zeile. Strg+Auf/Ab verschiebt eine Zeile, Entf entfernt sie, Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>The total is rounded to the smallest coin</source>
        <translation>Die Summe wird auf die kleinste Münze gerundet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Print for &amp;walk-in</source>
        <translation>Für &amp;Besuch drucken</translation>
    </message>
    <message>
        <source>Save, then print the cover letter and quotation to hand over (Ctrl+Shift+H)</source>
        <translation>Speichern, dann Anschreiben und Angebot zum Mitgeben drucken (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>&amp;Print quotation</source>
        <translation>Angebot &amp;drucken</translation>
    </message>
    <message>
        <source>Save, then print the quotation (Ctrl+P)</source>
        <translation>Speichern, dann das Angebot drucken (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the quote lines (Ctrl+S)</source>
        <translation>Die Angebotszeilen speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Type a code or name to add a line…</source>
        <translation>Nummer oder Namen eingeben, um eine Zeile hinzuzufügen…</translation>
    </message>
    <message>
        <source>Quantity must be more than zero.</source>
        <translation>Die Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>Geben Sie einen Prozentsatz von 0 bis 100 ein.</translation>
    </message>
    <message>
        <source>Line {line}, {column}: {reason}</source>
        <translation>Zeile {line}, {column}: {reason}</translation>
    </message>
    <message>
        <source>{code} · from the catalogue</source>
        <translation>{code} · aus dem Katalog</translation>
    </message>
</context>
<context>
    <name>QuoteNumbers</name>
    <message>
        <source>Enter a pattern such as Q-{{year}}-{{seq:04}}.</source>
        <translation>Geben Sie ein Muster wie A-{{year}}-{{seq:04}} ein.</translation>
    </message>
    <message>
        <source>Keep the pattern under {MAX_LENGTH} characters.</source>
        <translation>Das Muster muss kürzer als {MAX_LENGTH} Zeichen sein.</translation>
    </message>
    <message>
        <source>Every {{ needs a matching }}, e.g. Q-{{year}}-{{seq:04}}.</source>
        <translation>Zu jeder {{ gehört eine passende }}, z. B. A-{{year}}-{{seq:04}}.</translation>
    </message>
    <message>
        <source>A quote number cannot contain {items}: it names the PDF file. Use - or . instead.</source>
        <translation>Eine Angebotsnummer darf {items} nicht enthalten: Sie ist der Name der PDF-Datei. Verwenden Sie stattdessen - oder .</translation>
    </message>
    <message>
        <source>“{{{name}}}” is unknown; use {known}.</source>
        <translation>„{{{name}}}“ ist unbekannt; verwenden Sie {known}.</translation>
    </message>
    <message>
        <source>Only the running number takes a width, written {{seq:04}}.</source>
        <translation>Nur die laufende Nummer hat eine Breite, geschrieben {{seq:04}}.</translation>
    </message>
    <message>
        <source>The pattern needs {{seq}}, the running number, or every quote would get the same number.</source>
        <translation>Das Muster braucht {{seq}}, die laufende Nummer, sonst bekäme jedes Angebot dieselbe Nummer.</translation>
    </message>
    <message>
        <source>The prefix cannot contain / \ : * ? &quot; &lt; &gt; or |.</source>
        <translation>Das Präfix darf / \ : * ? &quot; &lt; &gt; und | nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>QuoteSettings</name>
    <message>
        <source>Validity must be a whole number of days, e.g. 30.</source>
        <translation>Die Gültigkeit muss eine ganze Zahl von Tagen sein, z. B. 30.</translation>
    </message>
    <message>
        <source>Validity must be from 1 to {MAX_VALID_DAYS} days.</source>
        <translation>Die Gültigkeit muss 1 bis {MAX_VALID_DAYS} Tage betragen.</translation>
    </message>
    <message>
        <source>Rounding must be one of: {items}.</source>
        <translation>Die Rundung muss eine von diesen sein: {items}.</translation>
    </message>
    <message>
        <source>Usual tax: {problem}</source>
        <translation>Übliche MwSt.: {problem}</translation>
    </message>
    <message>
        <source>Usual tax: enter a percentage from 0 to 100.</source>
        <translation>Übliche MwSt.: Geben Sie einen Prozentsatz von 0 bis 100 ein.</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsDialog</name>
    <message>
        <source>Quotation settings</source>
        <translation>Angebotseinstellungen</translation>
    </message>
    <message>
        <source>{prefix}, {year}, {yy}, {month} and the running number {seq}; {seq:04} pads it to four digits. With the year in it, numbers start at 1 each January.</source>
        <translation>{prefix}, {year}, {yy}, {month} und die laufende Nummer {seq}; {seq:04} füllt sie auf vier Stellen auf. Steht das Jahr darin, beginnen die Nummern jeden Januar bei 1.</translation>
    </message>
    <message>
        <source>e.g. Payment within 14 days of delivery.</source>
        <translation>z. B. Zahlung innerhalb von 14 Tagen nach Lieferung.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Next quotes: {first}, {second} …</source>
        <translation>Nächste Angebote: {first}, {second} …</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsDialogForm</name>
    <message>
        <source>Quotations</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>&amp;Prefix</source>
        <translation>&amp;Präfix</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>A</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Nummernmuster</translation>
    </message>
    <message>
        <source>{prefix}-{year}-{seq:04}</source>
        <translation>{prefix}-{year}-{seq:04}</translation>
    </message>
    <message>
        <source>Next numbers</source>
        <translation>Nächste Nummern</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>&amp;Gültig für</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Tax &amp;rounding</source>
        <translation>MwSt.-&amp;Rundung</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>MwSt.-Rundung</translation>
    </message>
    <message>
        <source>Usual &amp;tax %</source>
        <translation>Übliche &amp;MwSt. %</translation>
    </message>
    <message>
        <source>Usual tax</source>
        <translation>Übliche MwSt.</translation>
    </message>
    <message>
        <source>19</source>
        <translation>19</translation>
    </message>
    <message>
        <source>T&amp;erms</source>
        <translation>B&amp;edingungen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>When I print a quotation at this desk</source>
        <translation>Wenn ich an diesem Arbeitsplatz ein Angebot drucke</translation>
    </message>
    <message>
        <source>Show the print &amp;dialog and print straight away</source>
        <translation>Den Druck&amp;dialog zeigen und sofort drucken</translation>
    </message>
    <message>
        <source>Open the PDF in my PDF &amp;viewer, to print from there</source>
        <translation>Das PDF in meinem PDF-&amp;Betrachter öffnen, um von dort zu drucken</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verschickt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Quantity must be more than zero.</source>
        <translation>Die Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>Unit price cannot be negative.</source>
        <translation>Der Einzelpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Discount must be between 0 and 100 %.</source>
        <translation>Der Rabatt muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>Tax must be between 0 and 100 %.</source>
        <translation>Die MwSt. muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>Quotation {number} was {status} and stays as the customer has it. Save your changes as a revision instead.</source>
        <translation>Angebot {number} wurde {status} und bleibt so, wie die Kundschaft es hat. Speichern Sie Ihre Änderungen stattdessen als Überarbeitung.</translation>
    </message>
    <message>
        <source>Quotation {number} was accepted and cannot be revised. Start a new quotation for further work.</source>
        <translation>Angebot {number} wurde angenommen und lässt sich nicht überarbeiten. Beginnen Sie für weitere Arbeiten ein neues Angebot.</translation>
    </message>
    <message>
        <source>Quotation {number} was accepted already; it cannot be declined.</source>
        <translation>Angebot {number} wurde bereits angenommen; es kann nicht abgelehnt werden.</translation>
    </message>
    <message>
        <source>Quotation {number} was replaced by {newer}; accept that one instead.</source>
        <translation>Angebot {number} wurde durch {newer} ersetzt; nehmen Sie stattdessen dieses an.</translation>
    </message>
    <message>
        <source>There is no quote with id {quote_id}.</source>
        <translation>Es gibt kein Angebot mit der Nummer {quote_id}.</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>{name} replied and the reply is not read yet; the planned e-mail waits until someone marks the reply read.</source>
        <translation>{name} hat geantwortet, und die Antwort ist noch ungelesen; die geplante E-Mail wartet, bis jemand die Antwort als gelesen markiert.</translation>
    </message>
</context>
<context>
    <name>RepliesCard</name>
    <message>
        <source>Replied — read it · {count}</source>
        <translation>Geantwortet – bitte lesen · {count}</translation>
    </message>
</context>
<context>
    <name>RepliesCardForm</name>
    <message>
        <source>Replied — read it</source>
        <translation>Geantwortet – bitte lesen</translation>
    </message>
    <message>
        <source>Their next planned e-mail waits until the reply is marked read.</source>
        <translation>Die nächste geplante E-Mail wartet, bis die Antwort als gelesen markiert ist.</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>The selected reply is read: the prospect&apos;s planned e-mails go ahead (Ctrl+Shift+R)</source>
        <translation>Die gewählte Antwort ist gelesen: Die geplanten E-Mails an den Interessenten gehen weiter (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Mark the selected reply as read</source>
        <translation>Die gewählte Antwort als gelesen markieren</translation>
    </message>
    <message>
        <source>Replies from prospects not read yet</source>
        <translation>Noch ungelesene Antworten von Interessenten</translation>
    </message>
    <message>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
</context>
<context>
    <name>ReplyListModel</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Mailers</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Still a prospect</source>
        <translation>Noch Interessent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation>Erstkontakte</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Angebot erhalten</translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation>Paket verschickt</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Erster Auftrag</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>The figures could not be read ({problem}).</source>
        <translation>Die Zahlen konnten nicht gelesen werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Channel must be one of: {items}, or all.</source>
        <translation>Der Kanal muss einer von diesen sein: {items}, oder alle.</translation>
    </message>
    <message>
        <source>“Ordered within” must be between 0 and {MAX_WITHIN_DAYS} days.</source>
        <translation>„Bestellt innerhalb von“ muss zwischen 0 und {MAX_WITHIN_DAYS} Tagen liegen.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in {suffix}.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen mit der Endung {suffix} an.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
    <message>
        <source>{label} has not started yet; pick this month or an earlier one.</source>
        <translation>{label} hat noch nicht begonnen; wählen Sie diesen oder einen früheren Monat.</translation>
    </message>
</context>
<context>
    <name>ReturnedPost</name>
    <message>
        <source>There is no prospect with id {prospect_id}.</source>
        <translation>Es gibt keinen Interessenten mit der Nummer {prospect_id}.</translation>
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
    <name>SampleData</name>
    <message>
        <source>This database already holds prospects; the sample shop goes only into a database of its own.</source>
        <translation>Diese Datenbank enthält bereits Interessenten; das Beispielgeschäft kommt nur in eine eigene Datenbank.</translation>
    </message>
</context>
<context>
    <name>ServerMove</name>
    <message>
        <source>Give the server as postgresql://user@host/database, e.g. postgresql://shop@192.168.1.20/followup_desk</source>
        <translation>Geben Sie den Server als postgresql://benutzer@host/datenbank an, z. B. postgresql://shop@192.168.1.20/followup_desk</translation>
    </message>
    <message>
        <source>This desk already works on a server. Open the SQLite file to move with --database FILE.</source>
        <translation>Dieser Arbeitsplatz arbeitet bereits mit einem Server. Öffnen Sie die zu übertragende SQLite-Datei mit --database DATEI.</translation>
    </message>
    <message>
        <source>The {database} already holds prospects. Use an empty database, or add --replace to overwrite what it holds.</source>
        <translation>{database} enthält bereits Interessenten. Verwenden Sie eine leere Datenbank oder ergänzen Sie --replace, um den Inhalt zu überschreiben.</translation>
    </message>
    <message>
        <source>After copying, the server&apos;s count of {wrong} differs from the file&apos;s. Try again; the file is unchanged.</source>
        <translation>Nach dem Kopieren weicht die Zahl von {wrong} auf dem Server von der in der Datei ab. Versuchen Sie es erneut; die Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation>Firmeneinstellungen</translation>
    </message>
    <message>
        <source>{file} is not an image Qt can read.</source>
        <translation>{file} ist kein Bild, das Qt lesen kann.</translation>
    </message>
    <message>
        <source>Currency must be a three-letter code such as USD or EUR.</source>
        <translation>Die Währung muss ein Code aus drei Buchstaben wie EUR oder USD sein.</translation>
    </message>
    <message>
        <source>No logo yet</source>
        <translation>Noch kein Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, printed on letters and quotes</source>
        <translation>PNG oder JPEG, gedruckt auf Briefen und Angeboten</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
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
        <translation>Lan&amp;d</translation>
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
        <translation>Logo w&amp;ählen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG printed at the top of letters and quotations</source>
        <translation>Ein PNG oder JPEG, oben auf Briefen und Angeboten gedruckt</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Preview of the label sheet</source>
        <translation>Vorschau des Etikettenbogens</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Follow-up Desk</source>
        <translation>Willkommen bei Follow-up Desk</translation>
    </message>
    <message>
        <source>This is the first start on {where}. Create the owner&apos;s account: the owner sets prices, the follow-up plan, the mail server and who else may sign in. Everyone else gets their own account later.</source>
        <translation>Dies ist der erste Start auf {where}. Legen Sie das Konto der Inhaberin oder des Inhabers an: Damit werden Preise, Nachfassplan, Mailserver und weitere Anmeldungen festgelegt. Alle anderen bekommen später ein eigenes Konto.</translation>
    </message>
    <message>
        <source>The owner&apos;s name</source>
        <translation>Name der Inhaberin oder des Inhabers</translation>
    </message>
    <message>
        <source>At least 6 characters</source>
        <translation>Mindestens 6 Zeichen</translation>
    </message>
    <message>
        <source>Create account and start</source>
        <translation>Konto anlegen und starten</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>the shared server {host}</source>
        <translation>dem gemeinsamen Server {host}</translation>
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
        <source>Open a different database file, or connect to the shop&apos;s shared server</source>
        <translation>Eine andere Datenbankdatei öffnen oder mit dem gemeinsamen Server des Geschäfts verbinden</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>The certificate file {ca_file} cannot be used ({problem}). Choose the PEM file your mail provider gave you, or clear the field.</source>
        <translation>Die Zertifikatsdatei {ca_file} lässt sich nicht verwenden ({problem}). Wählen Sie die PEM-Datei Ihres Mail-Anbieters oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>The mail server {where} showed a certificate that cannot be trusted ({reason}). Nothing was sent. Check the server name; if your mail provider gave you a certificate file, choose it under “Extra trusted certificate” in Mail settings.</source>
        <translation>Der Mailserver {where} hat ein Zertifikat gezeigt, dem nicht zu trauen ist ({reason}). Es wurde nichts gesendet. Prüfen Sie den Servernamen; hat Ihr Mail-Anbieter Ihnen eine Zertifikatsdatei gegeben, wählen Sie sie unter „Weiteres Zertifikat“ in den E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>Could not set up a secure connection with {where} ({problem}). Check that the security setting matches the port: STARTTLS for 587, TLS for 465.</source>
        <translation>Mit {where} kam keine sichere Verbindung zustande ({problem}). Prüfen Sie, ob die Sicherheit zum Port passt: STARTTLS für 587, TLS für 465.</translation>
    </message>
    <message>
        <source>The mail server {where} refused the connection. Check the server name and port in Mail settings; if they are right, the server may be down and the mail is tried again later.</source>
        <translation>Der Mailserver {where} hat die Verbindung abgelehnt. Prüfen Sie Servername und Port in den E-Mail-Einstellungen; stimmen sie, ist der Server vielleicht ausgefallen, und die E-Mail wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Cannot find the mail server “{host}”. Check its name in Mail settings and that this computer is online.</source>
        <translation>Der Mailserver „{host}“ ist nicht zu finden. Prüfen Sie seinen Namen in den E-Mail-Einstellungen und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The mail server {where} did not answer in time. Check the port, or try again later.</source>
        <translation>Der Mailserver {where} hat nicht rechtzeitig geantwortet. Prüfen Sie den Port oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The mail server did not accept the user name “{user}” with that password. Check both in Mail settings (some providers want an app password here). Nothing was sent.</source>
        <translation>Der Mailserver hat den Benutzernamen „{user}“ mit diesem Passwort nicht angenommen. Prüfen Sie beides in den E-Mail-Einstellungen (manche Anbieter verlangen hier ein App-Passwort). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server refused the address ({items}).</source>
        <translation>Der Mailserver hat die Adresse abgelehnt ({items}).</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender!r} ({reply_text}). Check “From address” in Mail settings: many servers only send from your own address.</source>
        <translation>Der Mailserver hat die Absenderadresse {sender!r} abgelehnt ({reply_text}). Prüfen Sie die Absenderadresse in den E-Mail-Einstellungen: Viele Server senden nur von Ihrer eigenen Adresse.</translation>
    </message>
    <message>
        <source>The mail server {where} closed the connection. The mail stays in the outbox and is tried again.</source>
        <translation>Der Mailserver {where} hat die Verbindung geschlossen. Die E-Mail bleibt im Postausgang und wird erneut versucht.</translation>
    </message>
    <message>
        <source>The mail server answered {smtp_code}: {reply_text}.</source>
        <translation>Der Mailserver antwortete {smtp_code}: {reply_text}.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {where} ({problem}). Check that this computer is online; the mail is tried again later.</source>
        <translation>Der Mailserver {where} ist nicht erreichbar ({problem}). Prüfen Sie, ob dieser Computer online ist; die E-Mail wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Sending failed: {problem}.</source>
        <translation>Senden fehlgeschlagen: {problem}.</translation>
    </message>
    <message>
        <source>AUTH PLAIN not offered</source>
        <translation>AUTH PLAIN nicht angeboten</translation>
    </message>
    <message>
        <source>Choose STARTTLS or TLS as the security in Mail settings.</source>
        <translation>Wählen Sie in den E-Mail-Einstellungen STARTTLS oder TLS als Sicherheit.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name in Mail settings.</source>
        <translation>Geben Sie den Namen des Mailservers in den E-Mail-Einstellungen ein.</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS nicht angeboten</translation>
    </message>
    <message>
        <source>Not connected to the mail server.</source>
        <translation>Nicht mit dem Mailserver verbunden.</translation>
    </message>
    <message>
        <source>This address has letters outside the Latin alphabet before the @ and the shop&apos;s mail server cannot send to it.</source>
        <translation>Diese Adresse hat vor dem @ Buchstaben außerhalb des lateinischen Alphabets, und der Mailserver des Geschäfts kann nicht an sie senden.</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>Wann und wer</translation>
    </message>
</context>
<context>
    <name>StepsTableModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message numerus="yes">
        <source>Ordered within %n days</source>
        <translation>
            <numerusform>Bestellt innerhalb von %n Tag</numerusform>
            <numerusform>Bestellt innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost per order</source>
        <translation>Kosten pro Auftrag</translation>
    </message>
    <message>
        <source>Double-click to list everyone this step was done for</source>
        <translation>Doppelklick listet alle auf, bei denen dieser Schritt erledigt wurde</translation>
    </message>
    <message>
        <source>Double-click to list those who ordered after this step</source>
        <translation>Doppelklick listet alle auf, die nach diesem Schritt bestellt haben</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Quotation {number}</source>
        <translation>Angebot {number}</translation>
    </message>
    <message>
        <source>Could not be delivered to {address}</source>
        <translation>Konnte nicht an {address} zugestellt werden</translation>
    </message>
    <message>
        <source>Waits until the reply is read</source>
        <translation>Wartet, bis die Antwort gelesen ist</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>TodayPane</name>
    <message>
        <source>{count} to call</source>
        <translation>{count} anzurufen</translation>
    </message>
    <message>
        <source>{count} to e-mail</source>
        <translation>{count} zu mailen</translation>
    </message>
    <message>
        <source>{count} to print</source>
        <translation>{count} zu drucken</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} überfällig</translation>
    </message>
    <message>
        <source>Nothing due today. A good day to call a few old customers.</source>
        <translation>Heute ist nichts fällig. Ein guter Tag, um ein paar alte Kunden anzurufen.</translation>
    </message>
    <message>
        <source>Talking points · {title} · {name}</source>
        <translation>Gesprächspunkte · {title} · {name}</translation>
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
    <name>TouchDoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Nachfassen erledigt</translation>
    </message>
    <message>
        <source>{kind} due {day}</source>
        <translation>{kind} fällig am {day}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>This follow-up is already {status}.</source>
        <translation>Diese Nachfassaktion ist bereits {status}.</translation>
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
    <name>Touches</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Mailer</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>left message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>bestellt</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>kein Interesse</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>besucht</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>There is no touch with id {touch_id}.</source>
        <translation>Es gibt keine Nachfassaktion mit der Nummer {touch_id}.</translation>
    </message>
    <message>
        <source>Say what came of it, e.g. “left a message”.</source>
        <translation>Geben Sie an, was dabei herauskam, z. B. „Nachricht hinterlassen“.</translation>
    </message>
    <message>
        <source>This follow-up is already {status}.</source>
        <translation>Diese Nachfassaktion ist bereits {status}.</translation>
    </message>
    <message>
        <source>Prospect {prospect_id} has no package waiting to be posted.</source>
        <translation>Für Interessent {prospect_id} wartet kein Paket auf den Versand.</translation>
    </message>
    <message>
        <source>This follow-up is already {status}; only open follow-ups can be moved.</source>
        <translation>Diese Nachfassaktion ist bereits {status}; nur offene Nachfassaktionen lassen sich verschieben.</translation>
    </message>
    <message>
        <source>a closed day</source>
        <translation>Schließtag</translation>
    </message>
    <message>
        <source>The shop is closed on {day} ({closed}); pick a working day.</source>
        <translation>Am {day} ist das Geschäft geschlossen ({closed}); wählen Sie einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Snooze by at least one working day.</source>
        <translation>Verschieben Sie um mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Say why this follow-up is skipped.</source>
        <translation>Geben Sie an, warum diese Nachfassaktion übersprungen wird.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>That name and password do not match. Try again.</source>
        <translation>Name und Passwort passen nicht zusammen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account “{name}” is switched off. Ask the owner to turn it back on.</source>
        <translation>Das Konto „{name}“ ist abgeschaltet. Bitten Sie die Inhaberin oder den Inhaber, es wieder einzuschalten.</translation>
    </message>
    <message>
        <source>This shop already has an owner account. Sign in with it instead.</source>
        <translation>Dieses Geschäft hat bereits ein Inhaberkonto. Melden Sie sich stattdessen damit an.</translation>
    </message>
    <message>
        <source>Only the owner can {what}. Sign in as the owner first.</source>
        <translation>Nur die Inhaberin oder der Inhaber kann {what}. Melden Sie sich zuerst als Inhaber an.</translation>
    </message>
    <message>
        <source>Only the owner can {what}. You are signed in as {name}; ask the owner to do it.</source>
        <translation>Nur die Inhaberin oder der Inhaber kann {what}. Sie sind als {name} angemeldet; bitten Sie die Inhaberin oder den Inhaber darum.</translation>
    </message>
    <message>
        <source>add people who sign in</source>
        <translation>Personen hinzufügen, die sich anmelden</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”.</source>
        <translation>Es gibt bereits jemanden namens „{name}“.</translation>
    </message>
    <message>
        <source>change who is an owner</source>
        <translation>ändern, wer Inhaber ist</translation>
    </message>
    <message>
        <source>stop being an owner</source>
        <translation>die Inhaberrolle abgeben</translation>
    </message>
    <message>
        <source>switch accounts on or off</source>
        <translation>Konten ein- oder abschalten</translation>
    </message>
    <message>
        <source>You cannot switch off the account you are using.</source>
        <translation>Sie können das Konto, mit dem Sie angemeldet sind, nicht abschalten.</translation>
    </message>
    <message>
        <source>be switched off</source>
        <translation>abgeschaltet werden</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Ihr aktuelles Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>set other people&apos;s passwords</source>
        <translation>Passwörter anderer Personen setzen</translation>
    </message>
    <message>
        <source>rename people</source>
        <translation>Personen umbenennen</translation>
    </message>
    <message>
        <source>There is no user with id {user_id}.</source>
        <translation>Es gibt keine Person mit der Nummer {user_id}.</translation>
    </message>
    <message>
        <source>{name} is the only owner and cannot {change}. Make someone else an owner first.</source>
        <translation>{name} ist die einzige Person mit Inhaberrolle und kann nicht {change}. Machen Sie zuerst jemand anderen zum Inhaber.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Keep the name under {MAX_NAME_LENGTH} characters.</source>
        <translation>Der Name muss kürzer als {MAX_NAME_LENGTH} Zeichen sein.</translation>
    </message>
    <message>
        <source>The name has characters that cannot be typed.</source>
        <translation>Der Name enthält Zeichen, die sich nicht eintippen lassen.</translation>
    </message>
    <message>
        <source>Choose Owner or Staff.</source>
        <translation>Wählen Sie Inhaber oder Mitarbeiter.</translation>
    </message>
    <message>
        <source>see who did what</source>
        <translation>sehen, wer was getan hat</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>change how long backups are kept</source>
        <translation>ändern, wie lange Sicherungen bleiben</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>den Katalog ändern</translation>
    </message>
    <message>
        <source>import a price list</source>
        <translation>eine Preisliste importieren</translation>
    </message>
    <message>
        <source>change the mail server settings</source>
        <translation>die Einstellungen des Mailservers ändern</translation>
    </message>
    <message>
        <source>change the follow-up plan</source>
        <translation>den Nachfassplan ändern</translation>
    </message>
    <message>
        <source>re-plan prospects</source>
        <translation>Interessenten neu planen</translation>
    </message>
    <message>
        <source>change the company settings</source>
        <translation>die Firmeneinstellungen ändern</translation>
    </message>
    <message>
        <source>change the company logo</source>
        <translation>das Firmenlogo ändern</translation>
    </message>
    <message>
        <source>change the quotation settings</source>
        <translation>die Angebotseinstellungen ändern</translation>
    </message>
    <message>
        <source>move the shop&apos;s data to a server</source>
        <translation>die Daten des Geschäfts auf einen Server übertragen</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>The password of {name} is set.</source>
        <translation>Das Passwort von {name} ist gesetzt.</translation>
    </message>
    <message>
        <source>Everyone signs in as themselves, so the log shows who did what. Owners also set prices, the plan, the mail server, the company details and who may sign in; staff run the day.</source>
        <translation>Jede Person meldet sich selbst an, damit das Protokoll zeigt, wer was getan hat. Inhaber legen außerdem Preise, den Plan, den Mailserver, die Firmenangaben und die Anmeldungen fest; Mitarbeiter erledigen das Tagesgeschäft.</translation>
    </message>
    <message>
        <source>Only the owner adds people or changes roles. You can change your own password here.</source>
        <translation>Nur die Inhaberin oder der Inhaber fügt Personen hinzu oder ändert Rollen. Ihr eigenes Passwort können Sie hier ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Make &amp;staff</source>
        <translation>Zu &amp;Mitarbeiter machen</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>Zum &amp;Inhaber machen</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Abschalten</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation>Ihr neues Passwort</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>Neues Passwort für {name}</translation>
    </message>
</context>
<context>
    <name>UsersForm</name>
    <message>
        <source>People who sign in</source>
        <translation>Personen, die sich anmelden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>Zum &amp;Inhaber machen</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Abschalten</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>New person&apos;s role</source>
        <translation>Rolle der neuen Person</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>New person&apos;s password</source>
        <translation>Passwort der neuen Person</translation>
    </message>
    <message>
        <source>At least 6 characters</source>
        <translation>Mindestens 6 Zeichen</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>Wie&amp;derholen</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Das Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>C&amp;urrent</source>
        <translation>A&amp;ktuell</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>Repea&amp;t</source>
        <translation>Wiederho&amp;len</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <source>Who did what</source>
        <translation>Wer was getan hat</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Whose activity</source>
        <translation>Wessen Tätigkeiten</translation>
    </message>
</context>
<context>
    <name>VcardImport</name>
    <message>
        <source>{name} holds no contact cards (no BEGIN:VCARD line). Export the contacts again as vCard (.vcf).</source>
        <translation>{name} enthält keine Kontaktkarten (keine Zeile BEGIN:VCARD). Exportieren Sie die Kontakte erneut als vCard (.vcf).</translation>
    </message>
</context>
<context>
    <name>Workdays</name>
    <message>
        <source>“{part}” is not a date; write closed days as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation>„{part}“ ist kein Datum; schreiben Sie Schließtage als JJJJ-MM-TT, z. B. 2026-12-24.</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>Nothing to show for this period</source>
        <translation>Für diesen Zeitraum gibt es nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Click to list these prospects</source>
        <translation>Klicken, um diese Interessenten aufzulisten</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DrainWords</name>
    <message numerus="yes">
        <source>Sent %n e-mails.</source>
        <translation>
            <numerusform>%n E-Mail gesendet.</numerusform>
            <numerusform>%n E-Mails gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the outbox to be tried again.</source>
        <translation>
            <numerusform>%n wartet im Postausgang auf einen neuen Versuch.</numerusform>
            <numerusform>%n warten im Postausgang auf einen neuen Versuch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the mail server.</source>
        <translation>
            <numerusform>%n vom Mailserver abgelehnt.</numerusform>
            <numerusform>%n vom Mailserver abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer needed, not sent.</source>
        <translation>
            <numerusform>%n nicht mehr nötig, nicht gesendet.</numerusform>
            <numerusform>%n nicht mehr nötig, nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait until someone reads the prospect&apos;s reply.</source>
        <translation>
            <numerusform>%n wartet, bis jemand die Antwort des Interessenten liest.</numerusform>
            <numerusform>%n warten, bis jemand die Antwort des Interessenten liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting in the outbox.</source>
        <translation>Im Postausgang wartet nichts.</translation>
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
<context>
    <name>backup_moments</name>
    <message>
        <source>Today, {time}</source>
        <translation>Heute, {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>Gestern, {time}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>dashboard_series</name>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Nobody got in touch in this period</source>
        <translation>In diesem Zeitraum hat sich niemand gemeldet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Nothing due, overdue or done this week</source>
        <translation>Diese Woche nichts fällig, überfällig oder erledigt</translation>
    </message>
    <message>
        <source>Nothing was marked done in this period</source>
        <translation>In diesem Zeitraum wurde nichts als erledigt markiert</translation>
    </message>
    <message>
        <source>No first orders in these twelve months</source>
        <translation>Keine ersten Aufträge in diesen zwölf Monaten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No customers won in this period</source>
        <translation>In diesem Zeitraum keine Kunden gewonnen</translation>
    </message>
    <message>
        <source>no customers won</source>
        <translation>keine Kunden gewonnen</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Porto</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Quotations that ran out</source>
        <translation>Abgelaufene Angebote</translation>
    </message>
    <message>
        <source>No customers won, nothing posted: no cost to show</source>
        <translation>Keine Kunden gewonnen, nichts verschickt: keine Kosten anzuzeigen</translation>
    </message>
    <message>
        <source>This period has not started yet</source>
        <translation>Dieser Zeitraum hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>mail_sending</name>
    <message>
        <source>Mail password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <source>{reason}

Mail server password:</source>
        <translation>{reason}

Passwort für den Mailserver:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
