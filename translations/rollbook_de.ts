<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Conversation</name>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · interne Notiz</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation>%1 ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database or is damaged (%2).</source>
        <translation>%1 ist keine Rollbook-Datenbank oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema %2: %3</source>
        <translation>%1 konnte nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rollbook database.</source>
        <translation>%1 ist ein Ordner, keine Rollbook-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is not an SQLite file.</source>
        <translation>%1 ist keine Rollbook-Datenbank: Es ist keine SQLite-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is empty.</source>
        <translation>%1 ist keine Rollbook-Datenbank: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rollbook needs to write to it; copy it somewhere writable or change its permissions.</source>
        <translation>%1 ist schreibgeschützt. Rollbook muss hineinschreiben; kopieren Sie die Datei an einen beschreibbaren Ort oder ändern Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not expose its handle; Rollbook cannot use it.</source>
        <translation>Der SQLite-Treiber von Qt gibt sein Handle nicht heraus; Rollbook kann ihn nicht verwenden.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rollbook one.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von Rollbook.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it holds no tables.</source>
        <translation>%1 ist keine Rollbook-Datenbank: Sie enthält keine Tabellen.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rollbook (schema %2; this version reads up to %3). Update Rollbook to open it.</source>
        <translation>%1 wurde von einer neueren Rollbook-Version erstellt (Schema %2; diese Version liest bis %3). Aktualisieren Sie Rollbook, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded first.</source>
        <translation>%1 verwendet ein älteres Schema (%2) und muss zuerst aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Creating users</source>
        <translation>Benutzer werden angelegt</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The demo school needs at least one user.</source>
        <translation>Die Demo-Schule braucht mindestens einen Benutzer.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or allow overwriting it.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizieren</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Suchindex wird erstellt</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Could not move the demo school into place at %1.</source>
        <translation>Die Demo-Schule konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Could not write the catalog.</source>
        <translation>Der Katalog konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>Benachrichtigung %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>Removed %1 (%2), left by an interrupted run.</source>
        <translation>%1 (%2) entfernt, von einem unterbrochenen Lauf übrig geblieben.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>„%1“ ist keine gültige Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>%1 is a folder: add a file name.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>Der Ordner %1 existiert nicht und kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Creating the demo school…</source>
        <translation>Demo-Schule wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Demo-Schule</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Nicht genug Speicher, um das Passwort zu hashen.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>it declares a document type (DTD), which Excel never writes</source>
        <translation>sie deklariert einen Dokumenttyp (DTD), den Excel nie schreibt</translation>
    </message>
    <message>
        <source>it refers to an entity &quot;%1&quot; that XML does not define</source>
        <translation>sie verweist auf eine Entität „%1“, die XML nicht definiert</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Benutzer %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The user was changed by someone else meanwhile; try again.</source>
        <translation>Der Benutzer wurde inzwischen von jemand anderem geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile.</source>
        <translation>Jemand anderes hat %1 inzwischen geändert.</translation>
    </message>
</context>
<context>
    <name>UserColumn</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Ausgaben gesamt</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Kursfortschritt</translation>
    </message>
</context>
<context>
    <name>UserQueryEngine</name>
    <message>
        <source>The search was cancelled.</source>
        <translation>Die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The directory has no database.</source>
        <translation>Das Verzeichnis hat keine Datenbank.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters.</source>
        <translation>Eine E-Mail-Adresse hat höchstens 254 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The part before @ has at most 64 characters.</source>
        <translation>Der Teil vor dem @ hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 hat höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %3.</source>
        <translation>%1 enthält ein Steuerzeichen (U+%2) an Position %3.</translation>
    </message>
    <message>
        <source>The email address holds a control character (U+%1) at position %2.</source>
        <translation>Die E-Mail-Adresse enthält ein Steuerzeichen (U+%1) an Position %2.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have: shorten it (Rollbook cuts nothing).</source>
        <translation>%1 hat %2 Zeichen, mehr als die erlaubten %3: Kürzen Sie den Text (Rollbook schneidet nichts ab).</translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Create a demo school database.</source>
        <translation>Eine Demo-Schuldatenbank erstellen.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Anzahl der Benutzer.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufalls-Startwert.</translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation>Zu erstellende Datenbankdatei.</translation>
    </message>
    <message>
        <source>Last day of demo activity (YYYY-MM-DD).</source>
        <translation>Letzter Tag der Demo-Aktivität (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Overwrite FILE.</source>
        <translation>FILE überschreiben.</translation>
    </message>
    <message>
        <source>--users must be a number from 1 to 50000000.</source>
        <translation>--users muss eine Zahl von 1 bis 50000000 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-01.</source>
        <translation>--today muss ein Datum wie 2026-11-01 sein.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>Created %1 with %2 users in %3 s.</source>
        <translation>%1 mit %2 Benutzern in %3 s erstellt.</translation>
    </message>
    <message>
        <source>List users with the directory&apos;s search, status tab and sort.</source>
        <translation>Benutzer mit Suche, Status-Reiter und Sortierung des Verzeichnisses auflisten.</translation>
    </message>
    <message>
        <source>At most N users (0 for all).</source>
        <translation>Höchstens N Benutzer (0 für alle).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json oder table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format muss csv, json oder table sein.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit muss eine Zahl sein, 0 für alle.</translation>
    </message>
    <message>
        <source>%1 of %2 users (%3 matching)</source>
        <translation>%1 von %2 Benutzern (%3 passend)</translation>
    </message>
    <message>
        <source>Usage: rollbook-cli COMMAND [options]

Commands:
  seed    create a demo school database
  users   list users as the directory shows them
  export  write users to a CSV or XLSX file
  import  check, then add or update users from CSV or XLSX
  report  the monthly activity report (XLSX, CSV or PDF)
  audit   the audit log: who changed what, when and why
  notifications  send the queued emails, or list them

Run rollbook-cli COMMAND --help for a command&apos;s options;
rollbook-cli --version tells the version and its libraries&apos;.</source>
        <translation>Aufruf: rollbook-cli BEFEHL [Optionen]

Befehle:
  seed    eine Demo-Schuldatenbank erstellen
  users   Benutzer so auflisten, wie das Verzeichnis sie zeigt
  export  Benutzer in eine CSV- oder XLSX-Datei schreiben
  import  Benutzer aus CSV oder XLSX prüfen, dann hinzufügen oder aktualisieren
  report  der monatliche Aktivitätsbericht (XLSX, CSV oder PDF)
  audit   das Änderungsprotokoll: wer was wann und warum geändert hat
  notifications  die wartenden E-Mails senden oder auflisten

rollbook-cli BEFEHL --help zeigt die Optionen eines Befehls;
rollbook-cli --version nennt die Version und die der Bibliotheken.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Eine Rollbook-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Rollbook-Datenbanken (*.rollbook *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Demo-Schule</translation>
    </message>
    <message>
        <source>Rollbook: the user directory of your school.</source>
        <translation>Rollbook: das Benutzerverzeichnis Ihrer Schule.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open the profile of the user with this id.</source>
        <translation>Das Profil des Benutzers mit dieser ID öffnen.</translation>
    </message>
    <message>
        <source>A .rollbook file to open (as --database does).</source>
        <translation>Eine .rollbook-Datei zum Öffnen (wie --database).</translation>
    </message>
</context>
<context>
    <name>rollbook::AboutDialog</name>
    <message>
        <source>About Rollbook</source>
        <translation>Über Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;The user directory of your school: accounts, tickets, messages and exports, on this computer or with your team through a Rollbook server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;Das Benutzerverzeichnis Ihrer Schule: Konten, Tickets, Nachrichten und Exporte, auf diesem Computer oder mit Ihrem Team über einen Rollbook-Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Built on:</source>
        <translation>&amp;Aufgebaut auf:</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliotheken und ihre Versionen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>rollbook::ActivityTab</name>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Dieser Benutzer</translation>
    </message>
    <message>
        <source>Platform average</source>
        <translation>Plattformschnitt</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Since registration</source>
        <translation>Seit der Registrierung</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time spent&lt;/b&gt; (all time): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Daily average&lt;/b&gt; over %4 days: %5 min (platform: %6 min per user)</source>
        <translation>&lt;b&gt;Verbrachte Zeit&lt;/b&gt; (gesamt): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Tagesdurchschnitt&lt;/b&gt; über %4 Tage: %5 min (Plattform: %6 min pro Benutzer)</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>Live-class enrollments</source>
        <translation>Einschreibungen in Live-Kurse</translation>
    </message>
    <message>
        <source>Online enrollments</source>
        <translation>Online-Einschreibungen</translation>
    </message>
    <message>
        <source>Average rating given</source>
        <translation>Durchschnittlich vergebene Bewertung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>This user beside the platform average</source>
        <translation>Dieser Benutzer neben dem Plattformschnitt</translation>
    </message>
</context>
<context>
    <name>rollbook::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>optional; national numbers are read as %1</source>
        <translation>optional; nationale Nummern werden als %1 gelesen</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>The user gets a welcome email with a link to set their password.</source>
        <translation>Der Benutzer erhält eine Willkommens-E-Mail mit einem Link zum Festlegen seines Passworts.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Approve registration</source>
        <translation>Registrierung genehmigen</translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation>Registrierung ablehnen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>Wieder anmelden</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Guthaben aufladen</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <source>Change phone</source>
        <translation>Telefon ändern</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Einschreiben</translation>
    </message>
    <message>
        <source>Change enrollment</source>
        <translation>Einschreibung ändern</translation>
    </message>
    <message>
        <source>Change opt-ins</source>
        <translation>Einwilligungen ändern</translation>
    </message>
    <message>
        <source>Issue a link</source>
        <translation>Einen Link ausstellen</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Eine Nachricht senden</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Ticketstatus</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Schuleinstellungen</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Resend a notification</source>
        <translation>Eine Benachrichtigung erneut senden</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditView</name>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>any operator</source>
        <translation>jeder Bearbeiter</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>jede Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every row the filter passes, to CSV or Excel</source>
        <translation>Jede Zeile, die der Filter durchlässt, als CSV oder Excel</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Das Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>audit-%1.xlsx</source>
        <translation>aenderungsprotokoll-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Das Änderungsprotokoll wird exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Protokollzeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Protokollzeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>any user: name, email or phone</source>
        <translation>jeder Benutzer: Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <source>Type at least three letters of a name, or an email, to find a user.</source>
        <translation>Geben Sie mindestens drei Buchstaben eines Namens oder eine E-Mail ein, um einen Benutzer zu finden.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln Änderung angezeigt</numerusform>
            <numerusform>%Ln Änderungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · mehr beim Blättern</translation>
    </message>
    <message>
        <source>Fields the change changed</source>
        <translation>Felder, die die Änderung geändert hat</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Op&amp;erator:</source>
        <translation>B&amp;earbeiter:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>V&amp;on:</translation>
    </message>
</context>
<context>
    <name>rollbook::BuildInfo</name>
    <message>
        <source>All rights reserved. No licence has been published for this version.</source>
        <translation>Alle Rechte vorbehalten. Für diese Version wurde keine Lizenz veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>rollbook::BulkResultDialog</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 applied, %2 skipped, %3 failed.</source>
        <translation>%1 angewendet, %2 übersprungen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled: the users after these were not changed.</source>
        <translation>Abgebrochen: Die Benutzer nach diesen wurden nicht geändert.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>Ergebnisse &amp;speichern…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandBatch</name>
    <message>
        <source>A %1 operator may not run %2.</source>
        <translation>Ein Bearbeiter mit der Rolle %1 darf %2 nicht ausführen.</translation>
    </message>
    <message>
        <source>The operation ran elsewhere at the same time.</source>
        <translation>Der Vorgang lief gleichzeitig an anderer Stelle.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandReplay</name>
    <message>
        <source>At most 1,000 products at once.</source>
        <translation>Höchstens 1.000 Produkte auf einmal.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>Der Fortschritt ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>A credit change names its currency.</source>
        <translation>Eine Guthabenänderung nennt ihre Währung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for a credit change.</source>
        <translation>„%1“ ist kein Grund für eine Guthabenänderung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of link.</source>
        <translation>„%1“ ist keine Art von Link.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field an edit may change.</source>
        <translation>„%1“ ist kein Feld, das eine Bearbeitung ändern darf.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>Das benutzerdefinierte Feld %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is missing or of the wrong type.</source>
        <translation>Das Argument „%1“ fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>Too many templates.</source>
        <translation>Zu viele Vorlagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification template.</source>
        <translation>„%1“ ist keine Benachrichtigungsvorlage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of this version of Rollbook.</source>
        <translation>„%1“ ist keine Aktion dieser Rollbook-Version.</translation>
    </message>
    <message>
        <source>A command needs an op id of 16 bytes.</source>
        <translation>Ein Befehl braucht eine Vorgangs-ID aus 16 Bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>„%1“ ist keine ID.</translation>
    </message>
    <message>
        <source>No %1 has the id %2 here.</source>
        <translation>Kein %1 hat hier die ID %2.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationActions</name>
    <message>
        <source>Mailing list %1 does not exist.</source>
        <translation>Die Verteilerliste %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Already on %1.</source>
        <translation>Bereits in %1.</translation>
    </message>
    <message>
        <source>Not on %1.</source>
        <translation>Nicht in %1.</translation>
    </message>
    <message>
        <source>The opt-ins are unchanged.</source>
        <translation>Die Einwilligungen sind unverändert.</translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>Benachrichtigung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Only a notification that failed is sent again.</source>
        <translation>Nur eine fehlgeschlagene Benachrichtigung wird erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationsTab</name>
    <message>
        <source>&amp;Newsletter</source>
        <translation>&amp;Newsletter</translation>
    </message>
    <message>
        <source>&amp;Promotions</source>
        <translation>&amp;Werbung</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Verteilerliste</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Wählen Sie eine Benachrichtigung aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Save opt-&amp;ins</source>
        <translation>Einwilligungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Verteilerlisten</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Grund des Fehlschlags</translation>
    </message>
    <message>
        <source>Send a notification that failed again</source>
        <translation>Eine fehlgeschlagene Benachrichtigung erneut senden</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Resen&amp;d</source>
        <translation>Erneut &amp;senden</translation>
    </message>
</context>
<context>
    <name>rollbook::Delivery</name>
    <message>
        <source>Gave up after %1 tries over six hours: %2</source>
        <translation>Nach %1 Versuchen über sechs Stunden aufgegeben: %2</translation>
    </message>
    <message>
        <source>The mail server took the message but never confirmed it: it may have arrived. %1</source>
        <translation>Der Mailserver hat die Nachricht angenommen, aber nie bestätigt: Sie ist vielleicht angekommen. %1</translation>
    </message>
    <message>
        <source>The sender stopped while this was going out: it may have arrived. Resend it if the user did not get it.</source>
        <translation>Der Versand wurde währenddessen beendet: Die Nachricht ist vielleicht angekommen. Senden Sie sie erneut, wenn der Benutzer sie nicht erhalten hat.</translation>
    </message>
    <message>
        <source>The user&apos;s email address &quot;%1&quot; is not one a mail server takes.</source>
        <translation>Die E-Mail-Adresse „%1“ des Benutzers nimmt kein Mailserver an.</translation>
    </message>
    <message>
        <source>The user has no phone number to text.</source>
        <translation>Der Benutzer hat keine Telefonnummer für eine SMS.</translation>
    </message>
</context>
<context>
    <name>rollbook::DirectoryWidget</name>
    <message>
        <source>&amp;Columns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>Search by name, email, phone, company or student ID (Ctrl+F)</source>
        <translation>Nach Name, E-Mail, Telefon, Firma oder Schülernummer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>Benutzer öffnen</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing the first rows, still counting…</source>
        <translation>Die ersten Zeilen werden gezeigt, es wird noch gezählt…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Go to the rows</source>
        <translation>Zu den Zeilen</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 ausgewählt</translation>
    </message>
    <message>
        <source>Copied the first %1 of %2 selected rows; File &gt; Export users writes them all.</source>
        <translation>Die ersten %1 von %2 ausgewählten Zeilen kopiert; Datei &gt; Benutzer exportieren schreibt alle.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) with their header.</source>
        <translation>
            <numerusform>%Ln Zeile mit Kopfzeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen mit Kopfzeile kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.
Check the spelling, or look in All instead of one status.</source>
        <translation>Keine Benutzer passen zu „%1“.
Prüfen Sie die Schreibweise oder suchen Sie unter Alle statt in einem Status.</translation>
    </message>
    <message>
        <source>No user is %1.</source>
        <translation>Kein Benutzer ist %1.</translation>
    </message>
    <message>
        <source>This school has no users yet.
Add one with Users &gt; Add user (Ctrl+N) or import a file (File &gt; Import users, Ctrl+I).</source>
        <translation>Diese Schule hat noch keine Benutzer.
Fügen Sie einen mit Benutzer &gt; Benutzer hinzufügen (Strg+N) hinzu oder importieren Sie eine Datei (Datei &gt; Benutzer importieren, Strg+I).</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>rollbook::EnrollmentsTab</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Enroll in more…</source>
        <translation>In weitere &amp;einschreiben…</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Ausgewählt:</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
</context>
<context>
    <name>rollbook::ExportDialog</name>
    <message>
        <source>E&amp;xcel-safe: a cell starting with =, +, -, @ is kept as text</source>
        <translation>E&amp;xcel-sicher: Eine Zelle, die mit =, +, -, @ beginnt, bleibt Text</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>The current &amp;view: %1 users, its columns and order</source>
        <translation>Die aktuelle &amp;Ansicht: %1 Benutzer, ihre Spalten und Reihenfolge</translation>
    </message>
    <message>
        <source>The &amp;selected users: %1</source>
        <translation>Die aus&amp;gewählten Benutzer: %1</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>users-%1.xlsx</source>
        <translation>benutzer-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 byte-order &amp;mark (lets Excel read accents)</source>
        <translation>UTF-8-&amp;Byte-Order-Mark (damit Excel Umlaute liest)</translation>
    </message>
</context>
<context>
    <name>rollbook::ExportsTab</name>
    <message>
        <source>Contest</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX…</source>
        <translation>Als &amp;XLSX exportieren…</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Wettbewerbseinreichungen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Eingereicht (UTC)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) written to %1.</source>
        <translation>
            <numerusform>%n Einreichung nach %1 geschrieben.</numerusform>
            <numerusform>%n Einreichungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contest submissions</source>
        <translation>Wettbewerbseinreichungen exportieren</translation>
    </message>
    <message>
        <source>submissions-%1</source>
        <translation>einreichungen-%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
</context>
<context>
    <name>rollbook::Feed</name>
    <message>
        <source>The server&apos;s data was restored or made anew since this cursor; resync from the start.</source>
        <translation>Die Daten des Servers wurden seit diesem Cursor wiederhergestellt oder neu angelegt; synchronisieren Sie von vorn.</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportDialog</name>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Save &amp;results…</source>
        <translation>&amp;Ergebnisse speichern…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>A CSV or Excel file: Rollbook&apos;s export, Moodle&apos;s upload-users file, or your own</source>
        <translation>Eine CSV- oder Excel-Datei: der Export von Rollbook, die Benutzer-Upload-Datei von Moodle oder Ihre eigene</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Add new users only</source>
        <translation>Nur neue Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add new users and update existing ones (matched by email)</source>
        <translation>Neue Benutzer hinzufügen und vorhandene aktualisieren (nach E-Mail zugeordnet)</translation>
    </message>
    <message>
        <source>Update existing users only</source>
        <translation>Nur vorhandene Benutzer aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Dry run (errors first):</source>
        <translation>Probelauf (Fehler zuerst):</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln line(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln Zeile · %2</numerusform>
            <numerusform>%1 · %Ln Zeilen · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file to see what each line will do.</source>
        <translation>Prüfen Sie die Datei, um zu sehen, was jede Zeile bewirkt.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile wird geprüft</numerusform>
            <numerusform>%Ln Zeilen werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 skipped, %4 with errors.</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 übersprungen, %4 mit Fehlern.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer wird importiert</numerusform>
            <numerusform>%Ln Benutzer werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Die Ergebnisse speichern</translation>
    </message>
    <message>
        <source>import-results.csv</source>
        <translation>import-ergebnisse.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Import the &amp;valid lines…</source>
        <translation>Die &amp;gültigen Zeilen importieren…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imports the lines without errors; the others are skipped and listed in the results</source>
        <translation>Importiert die Zeilen ohne Fehler; die anderen werden übersprungen und in den Ergebnissen aufgeführt</translation>
    </message>
    <message>
        <source>&amp;Phones without a country:</source>
        <translation>&amp;Telefonnummern ohne Land:</translation>
    </message>
    <message>
        <source>Correct the file (or the mapping) and check again, or import the valid lines and skip these.</source>
        <translation>Korrigieren Sie die Datei (oder die Zuordnung) und prüfen Sie erneut, oder importieren Sie die gültigen Zeilen und überspringen Sie diese.</translation>
    </message>
    <message numerus="yes">
        <source>Import the &amp;valid lines, skip %Ln…</source>
        <translation>
            <numerusform>Die &amp;gültigen Zeilen importieren, %Ln überspringen…</numerusform>
            <numerusform>Die &amp;gültigen Zeilen importieren, %Ln überspringen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 valid lines and skip %2 lines with errors? The skipped lines are listed in the results (Save results).</source>
        <translation>%1 gültige Zeilen importieren und %2 fehlerhafte Zeilen überspringen? Die übersprungenen Zeilen stehen in den Ergebnissen (Ergebnisse speichern).</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert, %3 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportTable</name>
    <message>
        <source>Line %1 opens a quoted field that never closes; the file looks cut short.</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie geschlossen wird; die Datei scheint abgeschnitten.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 lines under its header, the most Rollbook reads from one file.</source>
        <translation>Zeile %1: Die Datei hat mehr als %2 Zeilen unter ihrer Kopfzeile, das Maximum, das Rollbook aus einer Datei liest.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, the most a spreadsheet has.</source>
        <translation>Zeile %1 hat mehr als %2 Felder, das Maximum einer Tabelle.</translation>
    </message>
    <message>
        <source>A value in column %1 has more than %2 characters; nothing was cut.</source>
        <translation>Ein Wert in Spalte %1 hat mehr als %2 Zeichen; es wurde nichts abgeschnitten.</translation>
    </message>
    <message>
        <source>Column %1 holds &quot;%2&quot;, but the header has no title for it (the header has %3 columns).</source>
        <translation>Spalte %1 enthält „%2“, aber die Kopfzeile hat keinen Titel dafür (die Kopfzeile hat %3 Spalten).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Zeile %1: Die Datei hat mehr als %2 Werte, das Maximum, das Rollbook aus einer Datei liest.</translation>
    </message>
    <message>
        <source>The file has %1 MB; Rollbook reads CSV files of up to %2 MB (split it, or use XLSX).</source>
        <translation>Die Datei hat %1 MB; Rollbook liest CSV-Dateien bis %2 MB (teilen Sie sie, oder verwenden Sie XLSX).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (line %1 is the first that is not): it was read as Windows-1252. Check accented letters in the preview, or save the file as UTF-8.</source>
        <translation>Die Datei ist kein UTF-8 (Zeile %1 ist die erste, die es nicht ist): Sie wurde als Windows-1252 gelesen. Prüfen Sie Umlaute und Akzente in der Vorschau, oder speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>The file says it is %1 but is not: it is damaged.</source>
        <translation>Die Datei gibt an, %1 zu sein, ist es aber nicht: Sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and a line per user.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile und eine Zeile pro Benutzer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 MB; Rollbook reads CSV files of up to %3 MB (split it, or use XLSX).</source>
        <translation>%1 hat %2 MB; Rollbook liest CSV-Dateien bis %3 MB (teilen Sie sie, oder verwenden Sie XLSX).</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2: %3</source>
        <translation>%1 ist in Zeile %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>it has more than %1 cell styles or number formats, more than Excel makes</source>
        <translation>sie hat mehr als %1 Zellformatvorlagen oder Zahlenformate, mehr als Excel anlegt</translation>
    </message>
    <message>
        <source>Line %1: a row opens inside another: the sheet is damaged.</source>
        <translation>Zeile %1: Eine Zeile beginnt innerhalb einer anderen: Das Blatt ist beschädigt.</translation>
    </message>
    <message>
        <source>Line %1: the sheet goes past row %2, the last one Excel has.</source>
        <translation>Zeile %1: Das Blatt geht über Zeile %2 hinaus, die letzte, die Excel hat.</translation>
    </message>
    <message>
        <source>After line %1: a cell outside any row: the sheet is damaged.</source>
        <translation>Nach Zeile %1: eine Zelle außerhalb jeder Zeile: Das Blatt ist beschädigt.</translation>
    </message>
    <message>
        <source>Line %1: cell %2 is past column XFD (%3), the last one Excel has.</source>
        <translation>Zeile %1: Zelle %2 liegt hinter Spalte XFD (%3), der letzten, die Excel hat.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>Cell %1 comes twice, or out of order: the file is damaged.</source>
        <translation>Zelle %1 kommt zweimal oder in falscher Reihenfolge vor: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Cell %1 has more than %2 characters; nothing was cut.</source>
        <translation>Zelle %1 hat mehr als %2 Zeichen; es wurde nichts abgeschnitten.</translation>
    </message>
    <message>
        <source>Cell %1 refers to text number %2, which the file does not hold: the file is damaged.</source>
        <translation>Zelle %1 verweist auf Text Nummer %2, den die Datei nicht enthält: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Cell %1 should be TRUE or FALSE but holds &quot;%2&quot;.</source>
        <translation>Zelle %1 sollte TRUE oder FALSE sein, enthält aber „%2“.</translation>
    </message>
    <message>
        <source>Cell %1 holds the Excel error %2.</source>
        <translation>Zelle %1 enthält den Excel-Fehler %2.</translation>
    </message>
    <message>
        <source>Cell %1 should hold a number but holds &quot;%2&quot;.</source>
        <translation>Zelle %1 sollte eine Zahl enthalten, enthält aber „%2“.</translation>
    </message>
    <message>
        <source>Cell %1 has a type Rollbook does not know (&quot;%2&quot;).</source>
        <translation>Zelle %1 hat einen Typ, den Rollbook nicht kennt („%2“).</translation>
    </message>
    <message>
        <source>Cell %1 holds &quot;%2&quot;, but the header has no title for its column.</source>
        <translation>Zelle %1 enthält „%2“, aber die Kopfzeile hat keinen Titel für ihre Spalte.</translation>
    </message>
    <message>
        <source>Line %1: the sheet has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Zeile %1: Das Blatt hat mehr als %2 Werte, das Maximum, das Rollbook aus einer Datei liest.</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>das Blatt</translation>
    </message>
    <message>
        <source>cannot be inflated: %1</source>
        <translation>kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>inflates past %1 MB, the most Rollbook reads from one part of a workbook</source>
        <translation>wird beim Entpacken größer als %1 MB, das Maximum, das Rollbook aus einem Teil einer Arbeitsmappe liest</translation>
    </message>
    <message>
        <source>inflates more than %1 times its stored size, as a zip bomb does</source>
        <translation>wird beim Entpacken mehr als %1-mal so groß wie gespeichert, wie bei einer Zip-Bombe</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 claims %3 MB when inflated; Rollbook reads parts of up to %4 MB.</source>
        <translation>%1 wird abgelehnt: Sein Teil %2 gibt entpackt %3 MB an; Rollbook liest Teile bis %4 MB.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be opened (%3).</source>
        <translation>%1 ist beschädigt: Sein Teil %2 kann nicht geöffnet werden (%3).</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 %3.</source>
        <translation>%1 wird abgelehnt: Sein Teil %2 %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe: Sie hat keine xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheet Rollbook can read.</source>
        <translation>%1 hat kein Arbeitsblatt, das Rollbook lesen kann.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first sheet (%2) is missing.</source>
        <translation>%1 ist beschädigt: Das erste Blatt (%2) fehlt.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and a row per user.</source>
        <translation>%1 ist leer: Sie braucht eine Kopfzeile und eine Zeile pro Benutzer.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx) oder ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>rollbook::Links</name>
    <message>
        <source>A reason for simulating the user&apos;s session</source>
        <translation>Ein Grund für die Simulation der Sitzung des Benutzers</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Dieser Link ist nicht gültig.</translation>
    </message>
    <message>
        <source>This link has already been used.</source>
        <translation>Dieser Link wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>This link has expired.</source>
        <translation>Dieser Link ist abgelaufen.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>A link is stored by its 32-byte hash.</source>
        <translation>Ein Link wird über seinen 32-Byte-Hash gespeichert.</translation>
    </message>
</context>
<context>
    <name>rollbook::MailPassword</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password: %1</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSender</name>
    <message>
        <source>Email is not going out: %1</source>
        <translation>E-Mails gehen nicht hinaus: %1</translation>
    </message>
    <message>
        <source>Text messages are not going out: %1</source>
        <translation>SMS gehen nicht hinaus: %1</translation>
    </message>
    <message>
        <source>The system keychain: %1</source>
        <translation>Der Schlüsselbund des Systems: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSettingsPage</name>
    <message>
        <source>Send &amp;test email</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <source>None (a mail server on this computer only)</source>
        <translation>Keine (nur ein Mailserver auf diesem Computer)</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>im Schlüsselbund des Systems gespeichert; zum Ändern tippen</translation>
    </message>
    <message>
        <source>Sent to %1. The server said: %2</source>
        <translation>An %1 gesendet. Der Server sagte: %2</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>Anme&amp;ldebenutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Sender add&amp;ress:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>Replies go to the users&apos; support email (School tab).</source>
        <translation>Antworten gehen an die Support-E-Mail für Benutzer (Reiter Schule).</translation>
    </message>
    <message>
        <source>Test to: %1</source>
        <translation>Test an: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Rollbook test email</source>
        <translation>Rollbook-Test-E-Mail</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s email reaches people through %1.</source>
        <translation>Dies ist ein Test von Rollbook: Die E-Mails der Schule erreichen die Empfänger über %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Mailse&amp;rver:</translation>
    </message>
    <message>
        <source>Test re&amp;cipient:</source>
        <translation>Test&amp;empfänger:</translation>
    </message>
    <message>
        <source>Sen&amp;der name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
</context>
<context>
    <name>rollbook::MailWorker</name>
    <message>
        <source>%1: sent %2, to retry %3, failed %4</source>
        <translation>%1: gesendet %2, erneut zu versuchen %3, fehlgeschlagen %4</translation>
    </message>
    <message>
        <source>%1: works again</source>
        <translation>%1: funktioniert wieder</translation>
    </message>
    <message>
        <source>%1: fails: %2</source>
        <translation>%1: schlägt fehl: %2</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>der Mailserver</translation>
    </message>
    <message>
        <source>the SMS gateway</source>
        <translation>das SMS-Gateway</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rollbook::MainWindow</name>
    <message>
        <source>Rollbook</source>
        <translation>Rollbook</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New &amp;demo school…</source>
        <translation>Neue &amp;Demo-Schule…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ans&amp;icht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation>%1 — Rollbook</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Eine Rollbook-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Rollbook-Datenbanken (*.rollbook *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New demo school</source>
        <translation>Neue Demo-Schule</translation>
    </message>
    <message>
        <source>Number of users:</source>
        <translation>Anzahl der Benutzer:</translation>
    </message>
    <message>
        <source>Save the demo school as</source>
        <translation>Die Demo-Schule speichern unter</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook)</source>
        <translation>Rollbook-Datenbanken (*.rollbook)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Demo-Schule</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make:</source>
        <translation>Ihr Name, der bei jeder Ihrer Änderungen vermerkt wird:</translation>
    </message>
    <message>
        <source>Changes need your name; you will be asked again when you make one.</source>
        <translation>Änderungen brauchen Ihren Namen; Sie werden erneut gefragt, wenn Sie eine vornehmen.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation>&amp;Ausstehende Genehmigungen</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Ä&amp;nderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>The user was added and a welcome email with a link to set their password is queued. The link is also on the clipboard:
%1</source>
        <translation>Der Benutzer wurde hinzugefügt, und eine Willkommens-E-Mail mit einem Link zum Festlegen des Passworts wartet auf den Versand. Der Link liegt auch in der Zwischenablage:
%1</translation>
    </message>
    <message>
        <source>School &amp;settings…</source>
        <translation>&amp;Schuleinstellungen…</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Schuleinstellungen</translation>
    </message>
    <message>
        <source>&amp;Export users…</source>
        <translation>Benutzer &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the current view or the selection to CSV or Excel (Ctrl+E)</source>
        <translation>Die aktuelle Ansicht oder die Auswahl als CSV oder Excel exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer wird exportiert</numerusform>
            <numerusform>%Ln Benutzer werden exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Benutzer nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has %1 sheets: Excel holds 1,048,575 rows in one.</source>
        <translation>Die Arbeitsmappe hat %1 Blätter: Excel fasst 1.048.575 Zeilen pro Blatt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) longer than Excel&apos;s 32,767 characters were cut.</source>
        <translation>
            <numerusform>%Ln Zelle, länger als die 32.767 Zeichen von Excel, wurde gekürzt.</numerusform>
            <numerusform>%Ln Zellen, länger als die 32.767 Zeichen von Excel, wurden gekürzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) starting with =, +, -, @ were kept as text with a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln Zelle, die mit =, +, -, @ beginnt, wurde mit vorangestelltem Apostroph als Text behalten.</numerusform>
            <numerusform>%Ln Zellen, die mit =, +, -, @ beginnen, wurden mit vorangestelltem Apostroph als Text behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>%Ln Benutzer exportiert.</numerusform>
            <numerusform>%Ln Benutzer exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Die &amp;Datei öffnen</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Den &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>Benutzer &amp;importieren…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>&amp;Monatsbericht</translation>
    </message>
    <message>
        <source>There is nothing to export: no user is shown. Clear the search or choose another status tab.</source>
        <translation>Es gibt nichts zu exportieren: Kein Benutzer wird angezeigt. Leeren Sie die Suche oder wählen Sie einen anderen Status-Reiter.</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>App&amp;earance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
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
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Rollbook will use the language you chose the next time it starts.</source>
        <translation>Rollbook verwendet die gewählte Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Rollbook</source>
        <translation>Über &amp;Rollbook</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Select all mat&amp;ching</source>
        <translation>Alle &amp;Treffer auswählen</translation>
    </message>
    <message>
        <source>Select all %1 mat&amp;ching users</source>
        <translation>Alle %1 &amp;passenden Benutzer auswählen</translation>
    </message>
</context>
<context>
    <name>rollbook::MessagesTab</name>
    <message>
        <source>Write a message to the user…</source>
        <translation>Eine Nachricht an den Benutzer schreiben…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation with this user.</source>
        <translation>Nur ein Administrator kann ein Gespräch mit diesem Benutzer beginnen.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Se&amp;nd message</source>
        <translation>Nachricht &amp;senden</translation>
    </message>
</context>
<context>
    <name>rollbook::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this language marks decimals with &quot;%2&quot; and does not use &quot;%3&quot;.</source>
        <translation>„%1“: Diese Sprache kennzeichnet Dezimalstellen mit „%2“ und verwendet „%3“ nicht.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; separates thousands, in groups of three digits.</source>
        <translation>„%1“: „%2“ trennt Tausender, in Gruppen von drei Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: here &quot;%2&quot; separates thousands and &quot;%3&quot; marks decimals. Type %4 if you meant that.</source>
        <translation>„%1“ ist mehrdeutig: Hier trennt „%2“ Tausender und „%3“ kennzeichnet Dezimalstellen. Geben Sie %4 ein, wenn Sie das meinten.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 hat höchstens %2 Dezimalstellen.</translation>
    </message>
</context>
<context>
    <name>rollbook::MonthlyReport</name>
    <message>
        <source>Choose a month.</source>
        <translation>Wählen Sie einen Monat.</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Neue Registrierungen</translation>
    </message>
    <message>
        <source>Average daily active users</source>
        <translation>Durchschnittlich täglich aktive Benutzer</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>  online</source>
        <translation>  online</translation>
    </message>
    <message>
        <source>  live classes</source>
        <translation>  Live-Kurse</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Credits issued</source>
        <translation>Ausgegebenes Guthaben</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Eröffnete Tickets</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Gelöste Tickets</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Top-Produkte (Einschreibungen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rollbook::NotificationTemplates</name>
    <message>
        <source>Welcome (new user)</source>
        <translation>Willkommen (neuer Benutzer)</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Registration approved</source>
        <translation>Registrierung genehmigt</translation>
    </message>
    <message>
        <source>Registration rejected</source>
        <translation>Registrierung abgelehnt</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Welcome to {school}</source>
        <translation>Willkommen bei {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account at {school} is ready. Set your password here to start learning:
{link}

Questions? Write to {support_email}.</source>
        <translation>Hallo {first_name},

Ihr Konto bei {school} ist bereit. Legen Sie hier Ihr Passwort fest, um mit dem Lernen zu beginnen:
{link}

Fragen? Schreiben Sie an {support_email}.</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Setzen Sie Ihr Passwort zurück</translation>
    </message>
    <message>
        <source>Hello {first_name},

reset your password here (the link works once, for 24 hours):
{link}

If you did not ask for this, write to {support_email}.</source>
        <translation>Hallo {first_name},

setzen Sie Ihr Passwort hier zurück (der Link funktioniert einmal, 24 Stunden lang):
{link}

Wenn Sie das nicht angefordert haben, schreiben Sie an {support_email}.</translation>
    </message>
    <message>
        <source>Your registration is approved</source>
        <translation>Ihre Registrierung ist genehmigt</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration at {school} has been approved. Welcome!</source>
        <translation>Hallo {first_name},

Ihre Registrierung bei {school} wurde genehmigt. Willkommen!</translation>
    </message>
    <message>
        <source>Your registration at {school}</source>
        <translation>Ihre Registrierung bei {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration could not be approved: {reason}

Questions? Write to {support_email}.</source>
        <translation>Hallo {first_name},

Ihre Registrierung konnte nicht genehmigt werden: {reason}

Fragen? Schreiben Sie an {support_email}.</translation>
    </message>
    <message>
        <source>Your account is suspended</source>
        <translation>Ihr Konto ist gesperrt</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account has been suspended: {reason}

To appeal, write to {support_email}.</source>
        <translation>Hallo {first_name},

Ihr Konto wurde gesperrt: {reason}

Um Einspruch zu erheben, schreiben Sie an {support_email}.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; notification.</source>
        <translation>Es gibt keine Benachrichtigung „%1“.</translation>
    </message>
    <message>
        <source>The subject needs 1 to 200 characters.</source>
        <translation>Der Betreff braucht 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>The message needs 1 to 10,000 characters.</source>
        <translation>Die Nachricht braucht 1 bis 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this notification; it can use {%2}.</source>
        <translation>{%1} ist kein Platzhalter dieser Benachrichtigung; sie kann {%2} verwenden.</translation>
    </message>
    <message>
        <source>The message must contain {link}: without it the user cannot set a password.</source>
        <translation>Die Nachricht muss {link} enthalten: Ohne ihn kann der Benutzer kein Passwort festlegen.</translation>
    </message>
    <message>
        <source>{school}: your registration is approved. Welcome, {first_name}!</source>
        <translation>{school}: Ihre Registrierung ist genehmigt. Willkommen, {first_name}!</translation>
    </message>
    <message>
        <source>This notification carries a one-time link: it goes by email only, not as a text message.</source>
        <translation>Diese Benachrichtigung enthält einen Einmal-Link: Sie geht nur per E-Mail, nicht als SMS.</translation>
    </message>
    <message>
        <source>The text message has %1 characters; at most %2 fit.</source>
        <translation>Die SMS hat %1 Zeichen; höchstens %2 passen hinein.</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Grund des Fehlschlags</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Subject or text</source>
        <translation>Betreff oder Text</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxView</name>
    <message>
        <source>Re&amp;send</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>All notifications</source>
        <translation>Alle Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>%L1 queued, %L2 sent, %L3 failed</source>
        <translation>%L1 wartend, %L2 gesendet, %L3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Queueing the failed notifications again…</source>
        <translation>Die fehlgeschlagenen Benachrichtigungen werden erneut eingereiht…</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Alle fehlgeschlagenen erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Retry all failed</source>
        <translation>Alle &amp;fehlgeschlagenen erneut versuchen</translation>
    </message>
</context>
<context>
    <name>rollbook::PasswordDialog</name>
    <message>
        <source>Set a password for %1</source>
        <translation>Ein Passwort für %1 festlegen</translation>
    </message>
    <message>
        <source>The password is stored only as an argon2id hash. Tell the user through a safe channel, or send a reset link instead.</source>
        <translation>Das Passwort wird nur als argon2id-Hash gespeichert. Teilen Sie es dem Benutzer über einen sicheren Weg mit, oder senden Sie stattdessen einen Link zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>rollbook::PaymentsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>G&amp;uthaben aufladen…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Guthabenkonto</translation>
    </message>
    <message>
        <source>Credit balance: &lt;b&gt;%1&lt;/b&gt; · Total spent: %2 · Subscriptions: %3</source>
        <translation>Guthaben: &lt;b&gt;%1&lt;/b&gt; · Ausgaben gesamt: %2 · Abonnements: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Guthaben aufladen</translation>
    </message>
    <message>
        <source>No payments: this user has bought nothing yet.</source>
        <translation>Keine Zahlungen: Dieser Benutzer hat noch nichts gekauft.</translation>
    </message>
    <message>
        <source>No credit movements yet. Top up credits gives the user some.</source>
        <translation>Noch keine Guthabenbewegungen. Guthaben aufladen gibt dem Benutzer welches.</translation>
    </message>
</context>
<context>
    <name>rollbook::PendingModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>rollbook::PendingView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>KYC documents:</source>
        <translation>KYC-Dokumente:</translation>
    </message>
    <message>
        <source>Select a registration to review it.</source>
        <translation>Wählen Sie eine Registrierung aus, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.</source>
        <translation>Keine Registrierung wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Company: %3&lt;br&gt;Industry: %4&lt;br&gt;Registered: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Firma: %3&lt;br&gt;Branche: %4&lt;br&gt;Registriert: %5</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This document cannot be shown (%1).</source>
        <translation>Dieses Dokument kann nicht angezeigt werden (%1).</translation>
    </message>
    <message>
        <source>Reject the registration</source>
        <translation>Die Registrierung ablehnen</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>Der Grund, den der Benutzer sieht:</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Ausstehende Genehmigungen</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.
New sign-ups that need a review appear here.</source>
        <translation>Keine Registrierung wartet auf Genehmigung.
Neue Anmeldungen, die geprüft werden müssen, erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) waiting</source>
        <translation>
            <numerusform>%Ln Registrierung wartet</numerusform>
            <numerusform>%Ln Registrierungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) shown · more as you scroll</source>
        <translation>
            <numerusform>%Ln Registrierung angezeigt · mehr beim Blättern</numerusform>
            <numerusform>%Ln Registrierungen angezeigt · mehr beim Blättern</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrations waiting for approval</source>
        <translation>Registrierungen, die auf Genehmigung warten</translation>
    </message>
    <message>
        <source>KYC documents</source>
        <translation>KYC-Dokumente</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>&amp;Genehmigen</translation>
    </message>
</context>
<context>
    <name>rollbook::PgStore</name>
    <message>
        <source>The school file has no table %1 as this server needs it: %2</source>
        <translation>Die Schuldatei hat keine Tabelle %1, wie dieser Server sie braucht: %2</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Laden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URL: %2</source>
        <translation>„%1“ ist keine PostgreSQL-Verbindungs-URL: %2</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: %1</source>
        <translation>Keine Verbindung zu PostgreSQL: %1</translation>
    </message>
    <message>
        <source>This database holds schema %1, written by a newer rollbookd; this one knows schema %2 and leaves it as it is. Run the newer rollbookd.</source>
        <translation>Diese Datenbank enthält Schema %1, geschrieben von einem neueren rollbookd; dieser kennt Schema %2 und lässt sie unverändert. Starten Sie den neueren rollbookd.</translation>
    </message>
    <message>
        <source>Could not bring the schema to version %1: %2</source>
        <translation>Das Schema konnte nicht auf Version %1 gebracht werden: %2</translation>
    </message>
    <message>
        <source>The database has no Rollbook schema %1 yet; run rollbookd init first.</source>
        <translation>Die Datenbank hat noch kein Rollbook-Schema %1; führen Sie zuerst rollbookd init aus.</translation>
    </message>
    <message>
        <source>The server already holds a school; a load needs an empty database.</source>
        <translation>Der Server enthält bereits eine Schule; zum Laden braucht es eine leere Datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no connection handle.</source>
        <translation>Der PostgreSQL-Treiber gibt kein Verbindungs-Handle heraus.</translation>
    </message>
    <message>
        <source>%1 is of schema %2; this server loads schema %3. Open it once in this version of Rollbook to bring it up to date.</source>
        <translation>%1 hat Schema %2; dieser Server lädt Schema %3. Öffnen Sie die Datei einmal in dieser Rollbook-Version, um sie zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>rollbook::ProductPickerDialog</name>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer einschreiben</numerusform>
            <numerusform>%n Benutzer einschreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>Produkte filtern</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Einschreiben</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileActions</name>
    <message>
        <source>Custom field %1 does not exist.</source>
        <translation>Das benutzerdefinierte Feld %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 nimmt eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 nimmt ein Datum als JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 ist Ja oder Nein.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 ist eines von: %2.</translation>
    </message>
    <message>
        <source>%1 has at most 500 characters.</source>
        <translation>%1 hat höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>Ein Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>Unverändert.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A control character (U+%1) cannot be stored; remove it.</source>
        <translation>Ein Steuerzeichen (U+%1) kann nicht gespeichert werden; entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileTab</name>
    <message>
        <source>&amp;Export this list…</source>
        <translation>Diese Liste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Diese Liste exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export: the list is empty.</source>
        <translation>Es gibt nichts zu exportieren: Die Liste ist leer.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Live class</source>
        <translation>Live-Kurs</translation>
    </message>
    <message>
        <source>Digital download</source>
        <translation>Digitaler Download</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
</context>
<context>
    <name>rollbook::ReportPdf</name>
    <message>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Neue Registrierungen pro Tag</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Aktive Benutzer pro Tag</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Top-Produkte (Einschreibungen)</translation>
    </message>
</context>
<context>
    <name>rollbook::ReportView</name>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Top-Produkte</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport PDF or Excel…</source>
        <translation>Als PDF oder Excel e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Monat:</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>%1 wird gezählt</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; neben %2</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Neue Registrierungen pro Tag</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Aktive Benutzer pro Tag</translation>
    </message>
    <message>
        <source>Show a month first.</source>
        <translation>Zeigen Sie zuerst einen Monat an.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>bericht-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>PDF (*.pdf);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose a month, then Show.</source>
        <translation>Wählen Sie einen Monat, dann Anzeigen.</translation>
    </message>
    <message>
        <source>Choose a month above and press Show to count it.</source>
        <translation>Wählen Sie oben einen Monat und drücken Sie Anzeigen, um ihn auszuzählen.</translation>
    </message>
    <message>
        <source>Monthly report: %1</source>
        <translation>Monatsbericht: %1</translation>
    </message>
    <message>
        <source>Figures of the month beside the month before</source>
        <translation>Kennzahlen des Monats neben dem Vormonat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>rollbook::Requests</name>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>Die Anfrage ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2).</source>
        <translation>Die Anfrage ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has at most %2 characters.</source>
        <translation>„%1“ hat höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;commands&quot; must be a list.</source>
        <translation>„commands“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands.</source>
        <translation>Ein Stapel enthält höchstens %1 Befehle.</translation>
    </message>
    <message>
        <source>Command %1: %2</source>
        <translation>Befehl %1: %2</translation>
    </message>
    <message>
        <source>&quot;op&quot; is not a UUID.</source>
        <translation>„op“ ist keine UUID.</translation>
    </message>
    <message>
        <source>&quot;target&quot; is not a UUID.</source>
        <translation>„target“ ist keine UUID.</translation>
    </message>
    <message>
        <source>&quot;args&quot; and &quot;base&quot; must be objects.</source>
        <translation>„args“ und „base“ müssen Objekte sein.</translation>
    </message>
    <message>
        <source>A command&apos;s arguments take at most %1 bytes.</source>
        <translation>Die Argumente eines Befehls umfassen höchstens %1 Bytes.</translation>
    </message>
    <message>
        <source>&quot;client_time&quot; must be Unix milliseconds.</source>
        <translation>„client_time“ muss in Unix-Millisekunden angegeben sein.</translation>
    </message>
    <message>
        <source>The cursor is not one this server gave.</source>
        <translation>Der Cursor stammt nicht von diesem Server.</translation>
    </message>
</context>
<context>
    <name>rollbook::RowActionsButton</name>
    <message>
        <source>Actions for this user (Menu key or Shift+F10 on the current row)</source>
        <translation>Aktionen für diesen Benutzer (Menütaste oder Umschalt+F10 in der aktuellen Zeile)</translation>
    </message>
</context>
<context>
    <name>rollbook::SelectionActions</name>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;ject registration…</source>
        <translation>Registrierung a&amp;blehnen…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>G&amp;uthaben aufladen…</translation>
    </message>
    <message>
        <source>&amp;Enroll in products…</source>
        <translation>In Produkte &amp;einschreiben…</translation>
    </message>
    <message>
        <source>Add to &amp;mailing list…</source>
        <translation>Zur &amp;Verteilerliste hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete with all their data…</source>
        <translation>Mit allen Daten &amp;löschen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected user(s) stay as they are: their status does not allow this.</source>
        <translation>
            <numerusform>%Ln weiterer ausgewählter Benutzer bleibt, wie er ist: Sein Status erlaubt das nicht.</numerusform>
            <numerusform>%Ln weitere ausgewählte Benutzer bleiben, wie sie sind: Ihr Status erlaubt das nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer sperren</numerusform>
            <numerusform>%n Benutzer sperren</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason the users will see:</source>
        <translation>Der Grund, den die Benutzer sehen:</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer reaktivieren</numerusform>
            <numerusform>%n Benutzer reaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)</source>
        <translation>
            <numerusform>%n Registrierung genehmigen</numerusform>
            <numerusform>%n Registrierungen genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened the KYC documents of %Ln of these users (Pending approvals shows them). Approve them anyway?</source>
        <translation>
            <numerusform>Sie haben die KYC-Dokumente von %Ln dieser Benutzer nicht geöffnet (Ausstehende Genehmigungen zeigt sie). Trotzdem genehmigen?</numerusform>
            <numerusform>Sie haben die KYC-Dokumente von %Ln dieser Benutzer nicht geöffnet (Ausstehende Genehmigungen zeigt sie). Trotzdem genehmigen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s)</source>
        <translation>
            <numerusform>%n Registrierung ablehnen</numerusform>
            <numerusform>%n Registrierungen ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer abmelden</numerusform>
            <numerusform>%n Benutzer abmelden</numerusform>
        </translation>
    </message>
    <message>
        <source>Why their access is removed (kept in the audit log):</source>
        <translation>Warum ihr Zugang entfernt wird (im Änderungsprotokoll vermerkt):</translation>
    </message>
    <message numerus="yes">
        <source>Resubscribe %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer wieder anmelden</numerusform>
            <numerusform>%n Benutzer wieder anmelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>DELETE %1</source>
        <translation>LÖSCHEN %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n user(s) and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type %1 to confirm:</source>
        <translation>
            <numerusform>Damit werden %n Benutzer mit allen Daten gelöscht: Einschreibungen, Zahlungen, Guthaben, Aktivität, Tickets, Nachrichten. Das kann nicht rückgängig gemacht werden.

Geben Sie zur Bestätigung %1 ein:</numerusform>
            <numerusform>Damit werden %n Benutzer mit allen Daten gelöscht: Einschreibungen, Zahlungen, Guthaben, Aktivität, Tickets, Nachrichten. Das kann nicht rückgängig gemacht werden.

Geben Sie zur Bestätigung %1 ein:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the confirmation did not match.</source>
        <translation>Es wurde nichts gelöscht: Die Bestätigung stimmte nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer einschreiben</numerusform>
            <numerusform>%n Benutzer einschreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to mailing list</source>
        <translation>Zur Verteilerliste hinzufügen</translation>
    </message>
    <message>
        <source>This school has no mailing lists.</source>
        <translation>Diese Schule hat keine Verteilerlisten.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a mailing list</source>
        <translation>
            <numerusform>%n Benutzer zu einer Verteilerliste hinzufügen</numerusform>
            <numerusform>%n Benutzer zu einer Verteilerliste hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Liste:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>%n Benutzer zu %1 hinzufügen</numerusform>
            <numerusform>%n Benutzer zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Guthaben für %n Benutzer aufladen</numerusform>
            <numerusform>Guthaben für %n Benutzer aufladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) %1 each, %2 in all?</source>
        <translation>
            <numerusform>%Ln Benutzer je %1 geben, insgesamt %2?</numerusform>
            <numerusform>%Ln Benutzern je %1 geben, insgesamt %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pprove registration</source>
        <translation>Registrierung &amp;genehmigen</translation>
    </message>
    <message>
        <source>Resu&amp;bscribe</source>
        <translation>&amp;Wieder anmelden</translation>
    </message>
</context>
<context>
    <name>rollbook::Server</name>
    <message>
        <source>The database connection was lost; try again.</source>
        <translation>Die Datenbankverbindung ist abgebrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&quot;after&quot; is not a row&apos;s id.</source>
        <translation>„after“ ist keine Zeilen-ID.</translation>
    </message>
    <message>
        <source>&quot;through&quot; is not a row&apos;s id.</source>
        <translation>„through“ ist keine Zeilen-ID.</translation>
    </message>
    <message>
        <source>rollbookd: cannot use the TLS certificate %1 and key %2.</source>
        <translation>rollbookd: Das TLS-Zertifikat %1 und der Schlüssel %2 können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>the database holds schema %1, from a newer rollbookd.</source>
        <translation>Die Datenbank enthält Schema %1 von einem neueren rollbookd.</translation>
    </message>
    <message>
        <source>the database holds schema %1, not %2: run rollbookd init first.</source>
        <translation>Die Datenbank enthält Schema %1, nicht %2: Führen Sie zuerst rollbookd init aus.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>Die Datenbank antwortet nicht.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Senden Sie den Inhalt als application/json.</translation>
    </message>
    <message>
        <source>No synced table is called %1.</source>
        <translation>Keine synchronisierte Tabelle heißt %1.</translation>
    </message>
    <message>
        <source>rollbookd: cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>rollbookd: Auf %1:%2 kann nicht gelauscht werden (belegt, oder keine Adresse dieses Rechners).</translation>
    </message>
    <message>
        <source>rollbookd: %1</source>
        <translation>rollbookd: %1</translation>
    </message>
    <message>
        <source>The schema is at version %1 already.</source>
        <translation>Das Schema hat bereits Version %1.</translation>
    </message>
    <message>
        <source>Created the Rollbook schema, version %1.</source>
        <translation>Das Rollbook-Schema Version %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Migrated the schema from version %1 to %2.</source>
        <translation>Das Schema wurde von Version %1 auf %2 migriert.</translation>
    </message>
    <message>
        <source>Name the school to load with --from FILE.rollbook.</source>
        <translation>Nennen Sie die zu ladende Schule mit --from FILE.rollbook.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>Loaded %1 rows from %2 in %3 s.</source>
        <translation>%1 Zeilen aus %2 in %3 s geladen.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>kann sich anmelden</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <source>Name the operator: rollbookd operator %1 NAME.</source>
        <translation>Nennen Sie den Bearbeiter: rollbookd operator %1 NAME.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 kann sich als %2 anmelden.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions are revoked.</source>
        <translation>%1 ist deaktiviert; die Sitzungen sind widerrufen.</translation>
    </message>
    <message>
        <source>operator takes add, list or disable.</source>
        <translation>operator nimmt add, list oder disable.</translation>
    </message>
    <message>
        <source>Cannot read the config file %1.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG, or pg= in the config file).</source>
        <translation>Nennen Sie die Datenbank mit --pg URL (oder ROLLBOOK_PG, oder pg= in der Konfigurationsdatei).</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT (127.0.0.1:8443; port 0 picks a free one), not &quot;%1&quot;.</source>
        <translation>--listen nimmt HOST:PORT (127.0.0.1:8443; Port 0 wählt einen freien), nicht „%1“.</translation>
    </message>
    <message>
        <source>serve needs --tls-cert FILE and --tls-key FILE (PEM): rollbookd speaks only HTTPS.</source>
        <translation>serve braucht --tls-cert FILE und --tls-key FILE (PEM): rollbookd spricht nur HTTPS.</translation>
    </message>
    <message>
        <source>--threads takes 1 to 64.</source>
        <translation>--threads nimmt 1 bis 64.</translation>
    </message>
    <message>
        <source>--mail-interval takes 1 to 3600 seconds.</source>
        <translation>--mail-interval nimmt 1 bis 3600 Sekunden.</translation>
    </message>
    <message>
        <source>Rollbook server: one school on PostgreSQL.

Commands:
  init    create the schema in the database, or migrate an older one
  load    move a standalone school (a .rollbook file) onto an empty server
  operator add NAME [--role admin|support] [--password-stdin]
  operator list
  operator disable NAME
  serve   answer clients over HTTPS (see docs/API.md)</source>
        <translation>Rollbook-Server: eine Schule auf PostgreSQL.

Befehle:
  init    das Schema in der Datenbank anlegen oder ein älteres migrieren
  load    eine eigenständige Schule (eine .rollbook-Datei) auf einen leeren Server bringen
  operator add NAME [--role admin|support] [--password-stdin]
  operator list
  operator disable NAME
  serve   Clients über HTTPS antworten (siehe docs/API.md)</translation>
    </message>
    <message>
        <source>init or load</source>
        <translation>init oder load</translation>
    </message>
    <message>
        <source>The PostgreSQL database, as a libpq URL (postgresql://user@host:5432/school) or key=value string; ROLLBOOK_PG when not given.</source>
        <translation>Die PostgreSQL-Datenbank, als libpq-URL (postgresql://user@host:5432/school) oder key=value-Zeichenkette; ROLLBOOK_PG, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>load: the school file to move onto the server.</source>
        <translation>load: die Schuldatei, die auf den Server kommt.</translation>
    </message>
    <message>
        <source>operator add: admin (everything) or support (tickets, messages, reset links; reads users).</source>
        <translation>operator add: admin (alles) oder support (Tickets, Nachrichten, Links zum Zurücksetzen; liest Benutzer).</translation>
    </message>
    <message>
        <source>operator add: read the password from the first line of stdin instead of the terminal.</source>
        <translation>operator add: das Passwort aus der ersten Zeile der Standardeingabe statt vom Terminal lesen.</translation>
    </message>
    <message>
        <source>serve: the address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>serve: Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:8443; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>serve: the TLS certificate chain, PEM.</source>
        <translation>serve: die TLS-Zertifikatskette, PEM.</translation>
    </message>
    <message>
        <source>serve: the TLS private key, PEM.</source>
        <translation>serve: der private TLS-Schlüssel, PEM.</translation>
    </message>
    <message>
        <source>serve: worker threads, each with its own PostgreSQL connection (default 8).</source>
        <translation>serve: Arbeits-Threads, jeder mit eigener PostgreSQL-Verbindung (Standard 8).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the mail server&apos;s password (the mail server itself is named in the school&apos;s settings); ROLLBOOK_SMTP_PASSWORD_FILE when not given.</source>
        <translation>serve: eine Datei, deren erste Zeile das Passwort des Mailservers ist (der Mailserver selbst steht in den Einstellungen der Schule); ROLLBOOK_SMTP_PASSWORD_FILE, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>serve: Zertifikate, denen für den Mailserver statt denen des Systems vertraut wird (PEM).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the SMS gateway&apos;s password or token (the gateway is named in the school&apos;s settings); ROLLBOOK_SMS_PASSWORD_FILE when not given.</source>
        <translation>serve: eine Datei, deren erste Zeile das Passwort oder Token des SMS-Gateways ist (das Gateway steht in den Einstellungen der Schule); ROLLBOOK_SMS_PASSWORD_FILE, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>serve: Zertifikate, denen für das SMS-Gateway statt denen des Systems vertraut wird (PEM).</translation>
    </message>
    <message>
        <source>serve: seconds between two looks at the notifications queue (default 30).</source>
        <translation>serve: Sekunden zwischen zwei Blicken in die Warteschlange der Benachrichtigungen (Standard 30).</translation>
    </message>
    <message>
        <source>serve: an INI file with any of pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (the command line wins).</source>
        <translation>serve: eine INI-Datei mit beliebigen von pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (die Befehlszeile hat Vorrang).</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG).</source>
        <translation>Nennen Sie die Datenbank mit --pg URL (oder ROLLBOOK_PG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see rollbookd --help.</source>
        <translation>„%1“ ist kein Befehl; siehe rollbookd --help.</translation>
    </message>
</context>
<context>
    <name>rollbook::ServerOperators</name>
    <message>
        <source>A name</source>
        <translation>Ein Name</translation>
    </message>
    <message>
        <source>The role is admin or support, not &quot;%1&quot;.</source>
        <translation>Die Rolle ist admin oder support, nicht „%1“.</translation>
    </message>
    <message>
        <source>An operator&apos;s password has 12 to 128 characters.</source>
        <translation>Das Passwort eines Bearbeiters hat 12 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is an operator already.</source>
        <translation>%1 ist bereits Bearbeiter.</translation>
    </message>
    <message>
        <source>No operator named %1 can sign in.</source>
        <translation>Kein Bearbeiter namens %1 kann sich anmelden.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Der Name oder das Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>rollbook::Sessions</name>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>Die Sitzung ist beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for %1; try again after %2 UTC.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für %1; versuchen Sie es nach %2 UTC erneut.</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsActions</name>
    <message>
        <source>The school&apos;s name</source>
        <translation>Der Name der Schule</translation>
    </message>
    <message>
        <source>Support email: %1</source>
        <translation>Support-E-Mail: %1</translation>
    </message>
    <message>
        <source>The platform address must be a web address such as https://learn.example.com.</source>
        <translation>Die Plattformadresse muss eine Webadresse sein, etwa https://learn.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone region; use a two-letter country code such as US or GB.</source>
        <translation>„%1“ ist keine Telefonregion; verwenden Sie einen zweibuchstabigen Ländercode wie DE oder AT.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>Die Währung ist ein dreibuchstabiger ISO-4217-Code wie USD oder EUR.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Absenderadresse: %1</translation>
    </message>
    <message>
        <source>The mail server&apos;s security is STARTTLS, TLS or none.</source>
        <translation>Die Sicherheit des Mailservers ist STARTTLS, TLS oder keine.</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>Der Name des Absenders</translation>
    </message>
    <message>
        <source>The gateway takes a form or JSON.</source>
        <translation>Das Gateway nimmt ein Formular oder JSON.</translation>
    </message>
    <message>
        <source>The text message sender</source>
        <translation>Der SMS-Absender</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation>Schuleinstellungen</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Schule</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>Plattform&amp;adresse:</translation>
    </message>
    <message>
        <source>Login, reset and set-password links are built from this address.</source>
        <translation>Links zum Anmelden, Zurücksetzen und Passwortfestlegen werden aus dieser Adresse gebildet.</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>Standard-&amp;Telefonregion:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this region&apos;s.</source>
        <translation>Telefonnummern ohne Ländervorwahl werden als Nummern dieser Region gelesen.</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Währung (ISO 4217):</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in wording</source>
        <translation>&amp;Ursprünglichen Wortlaut wiederherstellen</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Placeholders: {%1}</source>
        <translation>Platzhalter: {%1}</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>Mailser&amp;ver</translation>
    </message>
    <message>
        <source>The settings are saved, but not the password: %1</source>
        <translation>Die Einstellungen sind gespeichert, das Passwort aber nicht: %1</translation>
    </message>
    <message>
        <source>Empty: no text message</source>
        <translation>Leer: keine SMS</translation>
    </message>
    <message>
        <source>This one carries a one-time link: it goes by email only.</source>
        <translation>Diese enthält einen Einmal-Link: Sie geht nur per E-Mail.</translation>
    </message>
    <message>
        <source>Sent beside the email to users with a phone number, when a gateway is set up.</source>
        <translation>Wird neben der E-Mail an Benutzer mit Telefonnummer gesendet, wenn ein Gateway eingerichtet ist.</translation>
    </message>
    <message>
        <source>%1 of %2 characters (before the placeholders are filled).</source>
        <translation>%1 von %2 Zeichen (bevor die Platzhalter gefüllt werden).</translation>
    </message>
    <message>
        <source>Te&amp;xt messages</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Text messa&amp;ge:</source>
        <translation>SMS-T&amp;ext:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Sc&amp;hool name:</source>
        <translation>&amp;Name der Schule:</translation>
    </message>
    <message>
        <source>Users&apos; support &amp;email:</source>
        <translation>Support-&amp;E-Mail für Benutzer:</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
</context>
<context>
    <name>rollbook::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Lists and windows</source>
        <translation>Listen und Fenster</translation>
    </message>
    <message>
        <source>Open the user under the cursor</source>
        <translation>Den Benutzer unter dem Cursor öffnen</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Zwischen Feldern und Listen wechseln</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Die Suche leeren</translation>
    </message>
    <message>
        <source>Go from the search into the rows</source>
        <translation>Von der Suche in die Zeilen gehen</translation>
    </message>
    <message>
        <source>Close a user&apos;s window</source>
        <translation>Das Fenster eines Benutzers schließen</translation>
    </message>
    <message>
        <source>Next or previous tab of a user&apos;s window</source>
        <translation>Nächster oder vorheriger Reiter im Fenster eines Benutzers</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsClient</name>
    <message>
        <source>The web library could not start.</source>
        <translation>Die Web-Bibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <source>The text message gateway is a web address such as https://api.example.com/messages.</source>
        <translation>Das SMS-Gateway ist eine Webadresse wie https://api.example.com/messages.</translation>
    </message>
    <message>
        <source>Without TLS, text messages go only to a gateway on this machine: use https:// for %1.</source>
        <translation>Ohne TLS gehen SMS nur an ein Gateway auf diesem Rechner: Verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body template is longer than 4,000 characters.</source>
        <translation>Die Vorlage für den Anfrageinhalt des Gateways ist länger als 4.000 Zeichen.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body must contain {to} and {text}.</source>
        <translation>Der Anfrageinhalt des Gateways muss {to} und {text} enthalten.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of the gateway&apos;s request body; it can use {to}, {from} and {text}.</source>
        <translation>{%1} ist kein Platzhalter des Anfrageinhalts des Gateways; er kann {to}, {from} und {text} verwenden.</translation>
    </message>
    <message>
        <source>Once filled, the gateway&apos;s request body is not a JSON object (%1). Placeholders are filled with quoted strings: write {text}, not &quot;{text}&quot;.</source>
        <translation>Gefüllt ist der Anfrageinhalt des Gateways kein JSON-Objekt (%1). Platzhalter werden mit Zeichenketten in Anführungszeichen gefüllt: Schreiben Sie {text}, nicht &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>The gateway refused the sign-in: %1</source>
        <translation>Das Gateway hat die Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsSettingsPage</name>
    <message>
        <source>Form post (Twilio and most gateways)</source>
        <translation>Formular-POST (Twilio und die meisten Gateways)</translation>
    </message>
    <message>
        <source>JSON post</source>
        <translation>JSON-POST</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>im Schlüsselbund des Systems gespeichert; zum Ändern tippen</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1</source>
        <translation>Gesendet. Das Gateway sagte: %1</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1, message %2</source>
        <translation>Gesendet. Das Gateway sagte: %1, Nachricht %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>&amp;Gateway address:</source>
        <translation>&amp;Gateway-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>An&amp;frage:</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>Anme&amp;ldebenutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Pass&amp;wort oder Token:</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>Anfrage&amp;inhalt:</translation>
    </message>
    <message>
        <source>{to}, {from} and {text} are filled in for each message, escaped for the request. Empty: the usual body shown.</source>
        <translation>{to}, {from} und {text} werden für jede Nachricht gefüllt, passend für die Anfrage maskiert. Leer: der übliche, angezeigte Inhalt.</translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation>Test&amp;telefon:</translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation>Testtelefon: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s text messages reach people.</source>
        <translation>Dies ist ein Test von Rollbook: Die SMS der Schule erreichen die Empfänger.</translation>
    </message>
    <message>
        <source>S&amp;end test message</source>
        <translation>Test-SMS s&amp;enden</translation>
    </message>
    <message>
        <source>Sen&amp;der number or name:</source>
        <translation>Absender&amp;nummer oder -name:</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
</context>
<context>
    <name>rollbook::SmtpClient</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>Die Mail-Bibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in: %1</source>
        <translation>Der Mailserver hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Name the mail server (SMTP host).</source>
        <translation>Nennen Sie den Mailserver (SMTP-Host).</translation>
    </message>
    <message>
        <source>The mail server&apos;s port is a number from 1 to 65535.</source>
        <translation>Der Port des Mailservers ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Give the address the school&apos;s email comes from.</source>
        <translation>Geben Sie die Adresse an, von der die E-Mails der Schule kommen.</translation>
    </message>
    <message>
        <source>Without TLS, email goes only to a mail server on this machine: choose STARTTLS or TLS for %1.</source>
        <translation>Ohne TLS gehen E-Mails nur an einen Mailserver auf diesem Rechner: Wählen Sie STARTTLS oder TLS für %1.</translation>
    </message>
</context>
<context>
    <name>rollbook::SupportActions</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Ticket %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Eine Antwort</translation>
    </message>
    <message>
        <source>The ticket is closed; reopen it to reply, or add an internal note.</source>
        <translation>Das Ticket ist geschlossen; öffnen Sie es wieder, um zu antworten, oder fügen Sie eine interne Notiz hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status.</source>
        <translation>„%1“ ist kein Ticketstatus.</translation>
    </message>
    <message>
        <source>The ticket is %1 already.</source>
        <translation>Das Ticket ist bereits %1.</translation>
    </message>
    <message>
        <source>The ticket was changed by someone else meanwhile; try again.</source>
        <translation>Das Ticket wurde inzwischen von jemand anderem geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation; this user has none yet.</source>
        <translation>Nur ein Administrator kann ein Gespräch beginnen; dieser Benutzer hat noch keines.</translation>
    </message>
</context>
<context>
    <name>rollbook::TableTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollbook::TableWriter</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1.</source>
        <translation>Der Export kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>A sheet holds 1 to 1,048,575 rows.</source>
        <translation>Ein Blatt fasst 1 bis 1.048.575 Zeilen.</translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab.</source>
        <translation>Das Trennzeichen ist ein Komma, ein Semikolon oder ein Tabulator.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation>Zeile %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>Das Blatt „%1“ kann nicht hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>rollbook::TestsTab</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Double-click an attempt, or press Enter, to see its answers.</source>
        <translation>Doppelklicken Sie auf einen Versuch oder drücken Sie die Eingabetaste, um seine Antworten zu sehen.</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Answers — %1</source>
        <translation>Antworten — %1</translation>
    </message>
    <message>
        <source>Score %1% (pass mark %2%): %3 of %4 answers correct.</source>
        <translation>Ergebnis %1 % (Bestehensgrenze %2 %): %3 von %4 Antworten richtig.</translation>
    </message>
    <message>
        <source>This user has not taken a test yet.</source>
        <translation>Dieser Benutzer hat noch keinen Test abgelegt.</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>Antworten zeigen</translation>
    </message>
    <message>
        <source>This user has not taken a test yet: there are no answers to show.</source>
        <translation>Dieser Benutzer hat noch keinen Test abgelegt: Es gibt keine Antworten zu zeigen.</translation>
    </message>
    <message>
        <source>Select an attempt first.</source>
        <translation>Wählen Sie zuerst einen Versuch aus.</translation>
    </message>
    <message>
        <source>Show &amp;answers…</source>
        <translation>Antworten &amp;zeigen…</translation>
    </message>
</context>
<context>
    <name>rollbook::TicketsTab</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Write a reply to the user, or a note only operators see…</source>
        <translation>Schreiben Sie eine Antwort an den Benutzer oder eine Notiz, die nur Bearbeiter sehen…</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>&amp;Antwort senden</translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation>Interne &amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Keine Tickets.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Ticketstatus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending (waiting on the user)</source>
        <translation>Ausstehend (wartet auf den Benutzer)</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>&amp;Status setzen</translation>
    </message>
</context>
<context>
    <name>rollbook::TopUpDialog</name>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Guthaben für %n Benutzer aufladen</numerusform>
            <numerusform>Guthaben für %n Benutzer aufladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Adjustment (may be negative)</source>
        <translation>Korrektur (darf negativ sein)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Shown in the user&apos;s billing history</source>
        <translation>Wird im Abrechnungsverlauf des Benutzers angezeigt</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Geben Sie einen Betrag ungleich null ein.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Nur eine Korrektur kann Guthaben abziehen.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>rollbook::UserActions</name>
    <message>
        <source>A reason the user will see</source>
        <translation>Ein Grund, den der Benutzer sieht</translation>
    </message>
    <message>
        <source>Already suspended.</source>
        <translation>Bereits gesperrt.</translation>
    </message>
    <message>
        <source>Not suspended.</source>
        <translation>Nicht gesperrt.</translation>
    </message>
    <message>
        <source>The amount must be non-zero and at most %1 in minor units.</source>
        <translation>Der Betrag muss ungleich null sein und höchstens %1 in kleinsten Einheiten betragen.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Nur eine Korrektur kann Guthaben abziehen.</translation>
    </message>
    <message>
        <source>The note has at most 500 characters.</source>
        <translation>Die Notiz hat höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>The balance cannot go below zero.</source>
        <translation>Das Guthaben kann nicht unter null fallen.</translation>
    </message>
    <message>
        <source>The email is unchanged.</source>
        <translation>Die E-Mail ist unverändert.</translation>
    </message>
    <message>
        <source>%1 is already the email of another user.</source>
        <translation>%1 ist bereits die E-Mail eines anderen Benutzers.</translation>
    </message>
    <message>
        <source>The phone is unchanged.</source>
        <translation>Die Telefonnummer ist unverändert.</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Ein Passwort hat 8 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>Not pending.</source>
        <translation>Nicht ausstehend.</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>Ein Grund</translation>
    </message>
    <message>
        <source>Only an active user can be unsubscribed.</source>
        <translation>Nur ein aktiver Benutzer kann abgemeldet werden.</translation>
    </message>
    <message>
        <source>Not unsubscribed.</source>
        <translation>Nicht abgemeldet.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>Produkt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Already enrolled in %1.</source>
        <translation>Bereits in %1 eingeschrieben.</translation>
    </message>
    <message>
        <source>A first name</source>
        <translation>Ein Vorname</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Wählen Sie mindestens ein Produkt.</translation>
    </message>
    <message>
        <source>Already enrolled in every product chosen.</source>
        <translation>Bereits in jedes gewählte Produkt eingeschrieben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enrollment status.</source>
        <translation>„%1“ ist kein Einschreibungsstatus.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>Der Fortschritt ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>Enrollment %1 does not exist.</source>
        <translation>Einschreibung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>The enrollment was changed by someone else meanwhile; try again.</source>
        <translation>Die Einschreibung wurde inzwischen von jemand anderem geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Der Nachname</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Die Firma</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Die Branche</translation>
    </message>
    <message>
        <source>Choose at most 1,000 products at once.</source>
        <translation>Wählen Sie höchstens 1.000 Produkte auf einmal.</translation>
    </message>
    <message>
        <source>The amount is in %1, but this school counts credit in %2.</source>
        <translation>Der Betrag ist in %1, aber diese Schule führt Guthaben in %2.</translation>
    </message>
    <message>
        <source>That is not a password hash this school can check.</source>
        <translation>Das ist kein Passwort-Hash, den diese Schule prüfen kann.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserExport</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>Es gibt keine Spalte %1.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserImport</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Moodle upload users</source>
        <translation>Moodle-Benutzer-Upload</translation>
    </message>
    <message>
        <source>Rollbook export</source>
        <translation>Rollbook-Export</translation>
    </message>
    <message>
        <source>Unknown format: check the columns</source>
        <translation>Unbekanntes Format: Prüfen Sie die Spalten</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
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
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspended (1 or 0)</source>
        <translation>Gesperrt (1 oder 0)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enroll in product</source>
        <translation>In Produkt einschreiben</translation>
    </message>
    <message>
        <source>(unknown field)</source>
        <translation>(unbekanntes Feld)</translation>
    </message>
    <message>
        <source>No column holds the email: map one to Email (users are matched by it).</source>
        <translation>Keine Spalte enthält die E-Mail: Ordnen Sie eine der E-Mail zu (Benutzer werden darüber zugeordnet).</translation>
    </message>
    <message>
        <source>No column holds the first name: new users need one.</source>
        <translation>Keine Spalte enthält den Vornamen: Neue Benutzer brauchen einen.</translation>
    </message>
    <message>
        <source>No email.</source>
        <translation>Keine E-Mail.</translation>
    </message>
    <message>
        <source>The same email as line %1.</source>
        <translation>Dieselbe E-Mail wie Zeile %1.</translation>
    </message>
    <message>
        <source>%1 is already a user (choose &quot;add and update&quot; to update them).</source>
        <translation>%1 ist bereits ein Benutzer (wählen Sie „hinzufügen und aktualisieren“, um ihn zu aktualisieren).</translation>
    </message>
    <message>
        <source>No user has this email.</source>
        <translation>Kein Benutzer hat diese E-Mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, pending, suspended, unsubscribed).</source>
        <translation>„%1“ ist kein Status (active, pending, suspended, unsubscribed).</translation>
    </message>
    <message>
        <source>Suspended is 1 or 0, not &quot;%1&quot;.</source>
        <translation>Gesperrt ist 1 oder 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Ein Passwort hat 8 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>Es gibt kein Produkt „%1“.</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>Kein Vorname.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>Nichts ändert sich.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Zeile %1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Country (reads national phone numbers)</source>
        <translation>Land (liest nationale Telefonnummern)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>„%1“ ist kein Ländercode (zwei Buchstaben, etwa DE oder AT).</translation>
    </message>
    <message>
        <source>%1 lines have errors: correct them (see the preview) and check again, or import the valid lines and skip these; nothing was written.</source>
        <translation>%1 Zeilen haben Fehler: Korrigieren Sie sie (siehe Vorschau) und prüfen Sie erneut, oder importieren Sie die gültigen Zeilen und überspringen Sie diese; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Der Vorname</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Der Nachname</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Die Firma</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Die Branche</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>A product of this line no longer exists.</source>
        <translation>Ein Produkt dieser Zeile existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The user this line changes does not exist.</source>
        <translation>Der Benutzer, den diese Zeile ändert, existiert nicht.</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>Die Telefonnummer</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>Ein Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form.</source>
        <translation>„%1“ ist keine Telefonnummer in internationaler Form.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user status.</source>
        <translation>„%1“ ist kein Benutzerstatus.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>Das benutzerdefinierte Feld %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>Produkt %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserTableModel</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserWindow</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation>%1 — Rollbook</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Added by an administrator</source>
        <translation>Von einem Administrator hinzugefügt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Ausgaben gesamt</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Kursfortschritt</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>Der Grund, den der Benutzer sieht:</translation>
    </message>
    <message>
        <source>Copy a &amp;login link</source>
        <translation>&amp;Einen Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>A one-time login link, valid for 15 minutes, is on the clipboard.</source>
        <translation>Ein einmaliger Anmeldelink, 15 Minuten gültig, liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Send a &amp;reset link</source>
        <translation>Einen Link &amp;zum Zurücksetzen senden</translation>
    </message>
    <message>
        <source>A password-reset email is queued; the link (valid for 24 hours) is also on the clipboard.</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passworts wartet auf den Versand; der Link (24 Stunden gültig) liegt auch in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Si&amp;mulate session…</source>
        <translation>Sitzung si&amp;mulieren…</translation>
    </message>
    <message>
        <source>Simulate the user&apos;s session</source>
        <translation>Die Sitzung des Benutzers simulieren</translation>
    </message>
    <message>
        <source>Why (kept in the audit log):</source>
        <translation>Warum (im Änderungsprotokoll vermerkt):</translation>
    </message>
    <message>
        <source>Open this link in a private window to see the platform as this user; it works once, for 30 minutes.</source>
        <translation>Öffnen Sie diesen Link in einem privaten Fenster, um die Plattform als dieser Benutzer zu sehen; er funktioniert einmal, 30 Minuten lang.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Uses by this user</source>
        <translation>Verwendungen durch diesen Benutzer</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Uses in total</source>
        <translation>Verwendungen insgesamt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No coupons used.</source>
        <translation>Keine Gutscheine verwendet.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
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
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Pass&amp;wort festlegen…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Why access ends (kept in the audit log):</source>
        <translation>Warum der Zugang endet (im Änderungsprotokoll vermerkt):</translation>
    </message>
    <message>
        <source>Re&amp;subscribe</source>
        <translation>&amp;Wieder anmelden</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>This deletes the user and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type their email, %1, to confirm:</source>
        <translation>Damit werden der Benutzer und alle seine Daten gelöscht: Einschreibungen, Zahlungen, Guthaben, Aktivität, Tickets, Nachrichten. Das kann nicht rückgängig gemacht werden.

Geben Sie zur Bestätigung seine E-Mail ein, %1:</translation>
    </message>
    <message>
        <source>Nothing was deleted: the email did not match.</source>
        <translation>Es wurde nichts gelöscht: Die E-Mail stimmte nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Änderungen speichern</translation>
    </message>
    <message>
        <source>Save every changed field (Ctrl+S)</source>
        <translation>Jedes geänderte Feld speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Some fields of the Overview are changed but not saved. Save them?</source>
        <translation>Einige Felder der Übersicht sind geändert, aber nicht gespeichert. Speichern?</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Einschreibungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Payments &amp;&amp; credits</source>
        <translation>Zahlungen &amp;&amp; Guthaben</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Wettbewerbseinreichungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
</context>
<context>
    <name>rollbook::WelcomeDialog</name>
    <message>
        <source>Welcome to Rollbook</source>
        <translation>Willkommen bei Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook keeps your school&apos;s users in a database file on this computer.&lt;/p&gt;&lt;p&gt;Start with a demo school to look around, or open an existing database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook bewahrt die Benutzer Ihrer Schule in einer Datenbankdatei auf diesem Computer auf.&lt;/p&gt;&lt;p&gt;Beginnen Sie mit einer Demo-Schule, um sich umzusehen, oder öffnen Sie eine vorhandene Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a &amp;demo school</source>
        <translation>Eine &amp;Demo-Schule erstellen</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>Eine Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzern</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Anzahl der Benutzer</translation>
    </message>
</context>
<context>
    <name>rollbook::cli</name>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <source>Export users to CSV or XLSX with the directory&apos;s search, status tab, sort and columns.</source>
        <translation>Benutzer als CSV oder XLSX exportieren, mit Suche, Status-Reiter, Sortierung und Spalten des Verzeichnisses.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv oder xlsx (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>Column keys to export, in order (default: all): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, or a custom field&apos;s key.</source>
        <translation>Zu exportierende Spaltenschlüssel, in Reihenfolge (Standard: alle): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress oder der Schlüssel eines benutzerdefinierten Felds.</translation>
    </message>
    <message>
        <source>CSV: comma, semicolon or tab.</source>
        <translation>CSV: comma, semicolon oder tab.</translation>
    </message>
    <message>
        <source>CSV: no UTF-8 byte-order mark.</source>
        <translation>CSV: ohne UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>CSV: write cells as they are (no Excel-safe apostrophe before =, +, -, @).</source>
        <translation>CSV: Zellen unverändert schreiben (kein Excel-sicherer Apostroph vor =, +, -, @).</translation>
    </message>
    <message>
        <source>XLSX: data rows per sheet before the next one.</source>
        <translation>XLSX: Datenzeilen pro Blatt vor dem nächsten.</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE are required.</source>
        <translation>--db FILE und --out FILE sind erforderlich.</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format muss csv oder xlsx sein.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab.</source>
        <translation>--delimiter muss comma, semicolon oder tab sein.</translation>
    </message>
    <message>
        <source>--rows-per-sheet must be from 1 to 1048575.</source>
        <translation>--rows-per-sheet muss zwischen 1 und 1048575 liegen.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 users…</source>
        <translation>%1 von %2 Benutzern werden exportiert…</translation>
    </message>
    <message>
        <source>Wrote %1 users to %2 in %3 s.</source>
        <translation>%1 Benutzer in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 sheets.</source>
        <translation>%1 Blätter.</translation>
    </message>
    <message>
        <source>%1 cells longer than 32,767 characters were cut.</source>
        <translation>%1 Zellen, länger als 32.767 Zeichen, wurden gekürzt.</translation>
    </message>
    <message>
        <source>%1 cells starting with =, +, -, @ got a leading apostrophe (--raw keeps them).</source>
        <translation>%1 Zellen, die mit =, +, -, @ beginnen, erhielten einen vorangestellten Apostroph (--raw behält sie bei).</translation>
    </message>
    <message>
        <source>Import users from a CSV or XLSX file: a dry run first, then --apply.</source>
        <translation>Benutzer aus einer CSV- oder XLSX-Datei importieren: zuerst ein Probelauf, dann --apply.</translation>
    </message>
    <message>
        <source>Rollbook database file.</source>
        <translation>Rollbook-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation>Die zu importierende CSV- oder XLSX-Datei.</translation>
    </message>
    <message>
        <source>Check every line; write nothing.</source>
        <translation>Jede Zeile prüfen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Write the users, all or nothing.</source>
        <translation>Die Benutzer schreiben, alle oder keinen.</translation>
    </message>
    <message>
        <source>add, add-update or update.</source>
        <translation>add, add-update oder update.</translation>
    </message>
    <message>
        <source>Write every line&apos;s outcome to this CSV or XLSX.</source>
        <translation>Das Ergebnis jeder Zeile in diese CSV- oder XLSX-Datei schreiben.</translation>
    </message>
    <message>
        <source>Who imports (kept in the audit log).</source>
        <translation>Wer importiert (im Änderungsprotokoll vermerkt).</translation>
    </message>
    <message>
        <source>--db FILE and --in FILE are required.</source>
        <translation>--db FILE und --in FILE sind erforderlich.</translation>
    </message>
    <message>
        <source>Say --dry-run or --apply.</source>
        <translation>Geben Sie --dry-run oder --apply an.</translation>
    </message>
    <message>
        <source>--mode must be add, add-update or update.</source>
        <translation>--mode muss add, add-update oder update sein.</translation>
    </message>
    <message>
        <source>%1 (%2 lines; %3)</source>
        <translation>%1 (%2 Zeilen; %3)</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>Checked in %1 s: %2 to create, %3 to update, %4 skipped, %5 errors.</source>
        <translation>In %1 s geprüft: %2 anzulegen, %3 zu aktualisieren, %4 übersprungen, %5 Fehler.</translation>
    </message>
    <message>
        <source>The monthly activity report, beside the month before.</source>
        <translation>Der monatliche Aktivitätsbericht, neben dem Vormonat.</translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation>Der Monat, als JJJJ-MM.</translation>
    </message>
    <message>
        <source>xlsx, csv or pdf (default: from the file name).</source>
        <translation>xlsx, csv oder pdf (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>--db FILE, --month YYYY-MM and --out FILE are required.</source>
        <translation>--db FILE, --month YYYY-MM und --out FILE sind erforderlich.</translation>
    </message>
    <message>
        <source>--month must look like 2026-10.</source>
        <translation>--month muss wie 2026-10 aussehen.</translation>
    </message>
    <message>
        <source>--format must be xlsx, csv or pdf.</source>
        <translation>--format muss xlsx, csv oder pdf sein.</translation>
    </message>
    <message>
        <source>Computed %1 in %2 ms; wrote %3.</source>
        <translation>%1 in %2 ms berechnet; %3 geschrieben.</translation>
    </message>
    <message>
        <source>The audit log, newest first: who changed what, when and why.</source>
        <translation>Das Änderungsprotokoll, neueste zuerst: wer was wann und warum geändert hat.</translation>
    </message>
    <message>
        <source>Only the changes of this user: an email, or a name or phone as the directory searches them.</source>
        <translation>Nur die Änderungen dieses Benutzers: eine E-Mail, oder ein Name oder eine Telefonnummer, wie das Verzeichnis sie sucht.</translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD, local time).</source>
        <translation>Ab diesem Tag (JJJJ-MM-TT, Ortszeit).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, local time).</source>
        <translation>Bis zu diesem Tag (JJJJ-MM-TT, Ortszeit).</translation>
    </message>
    <message>
        <source>Only this action (top_up, suspend, ...).</source>
        <translation>Nur diese Aktion (top_up, suspend, …).</translation>
    </message>
    <message>
        <source>Only the changes of this operator.</source>
        <translation>Nur die Änderungen dieses Bearbeiters.</translation>
    </message>
    <message>
        <source>At most N rows (0 for all).</source>
        <translation>Höchstens N Zeilen (0 für alle).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json oder table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format muss csv, json oder table sein.</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum als YYYY-MM-DD, nicht „%2“.</translation>
    </message>
    <message>
        <source>--action: &quot;%1&quot; is not an action; one of: %2.</source>
        <translation>--action: „%1“ ist keine Aktion; eine von: %2.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit muss eine Zahl sein, 0 für alle.</translation>
    </message>
    <message>
        <source>--user: type at least three letters of a name, or an email.</source>
        <translation>--user: Geben Sie mindestens drei Buchstaben eines Namens oder eine E-Mail ein.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>With --apply: import the valid lines and skip the lines with errors (listed in the results as skipped).</source>
        <translation>Mit --apply: die gültigen Zeilen importieren und die fehlerhaften überspringen (in den Ergebnissen als übersprungen aufgeführt).</translation>
    </message>
    <message>
        <source>Read national phone numbers of this country (ISO code such as FR) where a line has no country column; default: the school&apos;s region.</source>
        <translation>Nationale Telefonnummern dieses Landes lesen (ISO-Code wie DE), wo eine Zeile keine Länderspalte hat; Standard: die Region der Schule.</translation>
    </message>
    <message>
        <source>--skip-invalid goes with --apply.</source>
        <translation>--skip-invalid gehört zu --apply.</translation>
    </message>
    <message>
        <source>--phone-region: &quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>--phone-region: „%1“ ist kein Ländercode (zwei Buchstaben, etwa DE oder AT).</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines above, or add --skip-invalid to import the valid lines only.</source>
        <translation>Es wurde nichts importiert: Korrigieren Sie die Zeilen oben, oder fügen Sie --skip-invalid hinzu, um nur die gültigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert, %3 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A file whose first line is the mail server&apos;s password.</source>
        <translation>Eine Datei, deren erste Zeile das Passwort des Mailservers ist.</translation>
    </message>
    <message>
        <source>Certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>Zertifikate, denen für den Mailserver statt denen des Systems vertraut wird (PEM).</translation>
    </message>
    <message>
        <source>Who sends (named in the audit log of the links issued).</source>
        <translation>Wer sendet (im Änderungsprotokoll der ausgestellten Links genannt).</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 up.</source>
        <translation>--limit muss eine Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>The mail server failed: %1</source>
        <translation>Der Mailserver ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The school&apos;s notifications, newest first.</source>
        <translation>Die Benachrichtigungen der Schule, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only queued, sent or failed ones.</source>
        <translation>Nur wartende, gesendete oder fehlgeschlagene.</translation>
    </message>
    <message>
        <source>--status must be queued, sent or failed, not &quot;%1&quot;.</source>
        <translation>--status muss queued, sent oder failed sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 notifications</source>
        <translation>%1 Benachrichtigungen</translation>
    </message>
    <message>
        <source>Usage: rollbook-cli notifications send|list [options]; add --help for a subcommand&apos;s options.</source>
        <translation>Aufruf: rollbook-cli notifications send|list [Optionen]; --help zeigt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <source>Sends the school&apos;s queued notifications, oldest first: email through its mail server, text messages through its SMS gateway (School settings), each over one connection. For a cron job: exits 3 when the mail server or the gateway fails.</source>
        <translation>Sendet die wartenden Benachrichtigungen der Schule, älteste zuerst: E-Mails über ihren Mailserver, SMS über ihr SMS-Gateway (Schuleinstellungen), jeweils über eine Verbindung. Für einen Cron-Job: endet mit 3, wenn der Mailserver oder das Gateway fehlschlägt.</translation>
    </message>
    <message>
        <source>A file whose first line is the SMS gateway&apos;s password (or token).</source>
        <translation>Eine Datei, deren erste Zeile das Passwort (oder Token) des SMS-Gateways ist.</translation>
    </message>
    <message>
        <source>Certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>Zertifikate, denen für das SMS-Gateway statt denen des Systems vertraut wird (PEM).</translation>
    </message>
    <message>
        <source>At most N notifications of each kind this run.</source>
        <translation>Höchstens N Benachrichtigungen jeder Art in diesem Lauf.</translation>
    </message>
    <message>
        <source>Email: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>E-Mail: gesendet %1, erneut zu versuchen %2, fehlgeschlagen %3, über %4 Verbindung(en).</translation>
    </message>
    <message>
        <source>Text messages: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>SMS: gesendet %1, erneut zu versuchen %2, fehlgeschlagen %3, über %4 Verbindung(en).</translation>
    </message>
    <message>
        <source>The SMS gateway failed: %1</source>
        <translation>Das SMS-Gateway ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The school has no mail server and no SMS gateway (School settings): nothing is sent.</source>
        <translation>Die Schule hat keinen Mailserver und kein SMS-Gateway (Schuleinstellungen): Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Suchtext.</translation>
    </message>
    <message>
        <source>active, pending, suspended, unsubscribed or all.</source>
        <translation>active, pending, suspended, unsubscribed oder all.</translation>
    </message>
    <message>
        <source>Column key, with :desc for descending.</source>
        <translation>Spaltenschlüssel, mit :desc für absteigend.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>Unknown sort column &quot;%1&quot;.</source>
        <translation>Unbekannte Sortierspalte „%1“.</translation>
    </message>
</context>
</TS>
