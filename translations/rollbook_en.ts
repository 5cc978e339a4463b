<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Conversation</name>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database or is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rollbook database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Rollbook needs to write to it; copy it somewhere writable or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not expose its handle; Rollbook cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rollbook one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it holds no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rollbook (schema %2; this version reads up to %3). Update Rollbook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Creating users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school needs at least one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or allow overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the demo school into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>Removed %1 (%2), left by an interrupted run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>%1 is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Creating the demo school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>it declares a document type (DTD), which Excel never writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to an entity &quot;%1&quot; that XML does not define</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was changed by someone else meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserColumn</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserQueryEngine</name>
    <message>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has no database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has at most 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address holds a control character (U+%1) at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have: shorten it (Rollbook cuts nothing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Create a demo school database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of demo activity (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users must be a number from 1 to 50000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with %2 users in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users with the directory&apos;s search, status tab and sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N users (0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users (%3 matching)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a Rollbook database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook: the user directory of your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile of the user with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .rollbook file to open (as --database does).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::AboutDialog</name>
    <message>
        <source>About Rollbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;The user directory of your school: accounts, tickets, messages and exports, on this computer or with your team through a Rollbook server.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Built on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ActivityTab</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Time spent&lt;/b&gt; (all time): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Daily average&lt;/b&gt; over %4 days: %5 min (platform: %6 min per user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live-class enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user beside the platform average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; national numbers are read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user gets a welcome email with a link to set their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change opt-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend a notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::AuditView</name>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row the filter passes, to CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln audit row written to %1.</numerusform>
            <numerusform>%Ln audit rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>any user: name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least three letters of a name, or an email, to find a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln change shown</numerusform>
            <numerusform>%Ln changes shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the change changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;erator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::BuildInfo</name>
    <message>
        <source>All rights reserved. No licence has been published for this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::BulkResultDialog</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied, %2 skipped, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the users after these were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::CommandBatch</name>
    <message>
        <source>A %1 operator may not run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation ran elsewhere at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::CommandReplay</name>
    <message>
        <source>At most 1,000 products at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit change names its currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for a credit change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field an edit may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is missing or of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of this version of Rollbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command needs an op id of 16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 has the id %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationActions</name>
    <message>
        <source>Mailing list %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opt-ins are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a notification that failed is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationsTab</name>
    <message>
        <source>&amp;Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save opt-&amp;ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a notification that failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::Delivery</name>
    <message>
        <source>Gave up after %1 tries over six hours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server took the message but never confirmed it: it may have arrived. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender stopped while this was going out: it may have arrived. Resend it if the user did not get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s email address &quot;%1&quot; is not one a mail server takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no phone number to text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::DirectoryWidget</name>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, email, phone, company or student ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first rows, still counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the first %1 of %2 selected rows; File &gt; Export users writes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) with their header.</source>
        <translation>
            <numerusform>Copied %Ln row with their header.</numerusform>
            <numerusform>Copied %Ln rows with their header.</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.
Check the spelling, or look in All instead of one status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no users yet.
Add one with Users &gt; Add user (Ctrl+N) or import a file (File &gt; Import users, Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::EnrollmentsTab</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll in more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ExportDialog</name>
    <message>
        <source>E&amp;xcel-safe: a cell starting with =, +, -, @ is kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current &amp;view: %1 users, its columns and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 byte-order &amp;mark (lets Excel read accents)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ExportsTab</name>
    <message>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) written to %1.</source>
        <translation>
            <numerusform>%n submission written to %1.</numerusform>
            <numerusform>%n submissions written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contest submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submissions-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::Feed</name>
    <message>
        <source>The server&apos;s data was restored or made anew since this cursor; resync from the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ImportDialog</name>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel file: Rollbook&apos;s export, Moodle&apos;s upload-users file, or your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new users only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new users and update existing ones (matched by email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing users only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (errors first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln line(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln line · %2</numerusform>
            <numerusform>%1 · %Ln lines · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file to see what each line will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)</source>
        <translation>
            <numerusform>Checking %Ln line</numerusform>
            <numerusform>Checking %Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 skipped, %4 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln user(s)</source>
        <translation>
            <numerusform>Importing %Ln user</numerusform>
            <numerusform>Importing %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-results.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the lines without errors; the others are skipped and listed in the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones without a country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file (or the mapping) and check again, or import the valid lines and skip these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import the &amp;valid lines, skip %Ln…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 valid lines and skip %2 lines with errors? The skipped lines are listed in the results (Save results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ImportTable</name>
    <message>
        <source>Line %1 opens a quoted field that never closes; the file looks cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 lines under its header, the most Rollbook reads from one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, the most a spreadsheet has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in column %1 has more than %2 characters; nothing was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds &quot;%2&quot;, but the header has no title for it (the header has %3 columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 values, the most Rollbook reads from one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 MB; Rollbook reads CSV files of up to %2 MB (split it, or use XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 (line %1 is the first that is not): it was read as Windows-1252. Check accented letters in the preview, or save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is %1 but is not: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and a line per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MB; Rollbook reads CSV files of up to %3 MB (split it, or use XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 cell styles or number formats, more than Excel makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a row opens inside another: the sheet is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the sheet goes past row %2, the last one Excel has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After line %1: a cell outside any row: the sheet is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cell %2 is past column XFD (%3), the last one Excel has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 comes twice, or out of order: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has more than %2 characters; nothing was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 refers to text number %2, which the file does not hold: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 should be TRUE or FALSE but holds &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds the Excel error %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 should hold a number but holds &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has a type Rollbook does not know (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds &quot;%2&quot;, but the header has no title for its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the sheet has more than %2 values, the most Rollbook reads from one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be inflated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates past %1 MB, the most Rollbook reads from one part of a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates more than %1 times its stored size, as a zip bomb does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 claims %3 MB when inflated; Rollbook reads parts of up to %4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be opened (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheet Rollbook can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its first sheet (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and a row per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::Links</name>
    <message>
        <source>A reason for simulating the user&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link is stored by its 32-byte hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::MailPassword</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::MailSender</name>
    <message>
        <source>Email is not going out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages are not going out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::MailSettingsPage</name>
    <message>
        <source>Send &amp;test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a mail server on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1. The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies go to the users&apos; support email (School tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s email reaches people through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test re&amp;cipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::MailWorker</name>
    <message>
        <source>%1: sent %2, to retry %3, failed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fails: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMS gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::MainWindow</name>
    <message>
        <source>Rollbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;demo school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Rollbook database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the demo school as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes need your name; you will be asked again when you make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was added and a welcome email with a link to set their password is queued. The link is also on the clipboard:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current view or the selection to CSV or Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln user(s)</source>
        <translation>
            <numerusform>Exporting %Ln user</numerusform>
            <numerusform>Exporting %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) written to %1.</source>
        <translation>
            <numerusform>%Ln user written to %1.</numerusform>
            <numerusform>%Ln users written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has %1 sheets: Excel holds 1,048,575 rows in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) longer than Excel&apos;s 32,767 characters were cut.</source>
        <translation>
            <numerusform>%Ln cell longer than Excel&apos;s 32,767 characters were cut.</numerusform>
            <numerusform>%Ln cells longer than Excel&apos;s 32,767 characters were cut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) starting with =, +, -, @ were kept as text with a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln cell starting with =, +, -, @ were kept as text with a leading apostrophe.</numerusform>
            <numerusform>%Ln cells starting with =, +, -, @ were kept as text with a leading apostrophe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>Exported %Ln user.</numerusform>
            <numerusform>Exported %Ln users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: no user is shown. Clear the search or choose another status tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App&amp;earance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook will use the language you chose the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rollbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all mat&amp;ching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all %1 mat&amp;ching users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::MessagesTab</name>
    <message>
        <source>Write a message to the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation with this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this language marks decimals with &quot;%2&quot; and does not use &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; separates thousands, in groups of three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: here &quot;%2&quot; separates thousands and &quot;%3&quot; marks decimals. Type %4 if you meant that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::MonthlyReport</name>
    <message>
        <source>Choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average daily active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  live classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::NotificationTemplates</name>
    <message>
        <source>Welcome (new user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {first_name},

your account at {school} is ready. Set your password here to start learning:
{link}

Questions? Write to {support_email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {first_name},

reset your password here (the link works once, for 24 hours):
{link}

If you did not ask for this, write to {support_email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration at {school} has been approved. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration at {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration could not be approved: {reason}

Questions? Write to {support_email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {first_name},

your account has been suspended: {reason}

To appeal, write to {support_email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject needs 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs 1 to 10,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this notification; it can use {%2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message must contain {link}: without it the user cannot set a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school}: your registration is approved. Welcome, {first_name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notification carries a one-time link: it goes by email only, not as a text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message has %1 characters; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject or text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxView</name>
    <message>
        <source>Re&amp;send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 queued, %L2 sent, %L3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing the failed notifications again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry all failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::PasswordDialog</name>
    <message>
        <source>Set a password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored only as an argon2id hash. Tell the user through a safe channel, or send a reset link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::PaymentsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit balance: &lt;b&gt;%1&lt;/b&gt; · Total spent: %2 · Subscriptions: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments: this user has bought nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit movements yet. Top up credits gives the user some.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::PendingModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::PendingView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a registration to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Company: %3&lt;br&gt;Industry: %4&lt;br&gt;Registered: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be shown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration is waiting for approval.
New sign-ups that need a review appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) waiting</source>
        <translation>
            <numerusform>%Ln registration waiting</numerusform>
            <numerusform>%Ln registrations waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) shown · more as you scroll</source>
        <translation>
            <numerusform>%Ln registration shown · more as you scroll</numerusform>
            <numerusform>%Ln registrations shown · more as you scroll</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrations waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::PgStore</name>
    <message>
        <source>The school file has no table %1 as this server needs it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds schema %1, written by a newer rollbookd; this one knows schema %2 and leaves it as it is. Run the newer rollbookd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the schema to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no Rollbook schema %1 yet; run rollbookd init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already holds a school; a load needs an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of schema %2; this server loads schema %3. Open it once in this version of Rollbook to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ProductPickerDialog</name>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>Enroll %n user</numerusform>
            <numerusform>Enroll %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileActions</name>
    <message>
        <source>Custom field %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control character (U+%1) cannot be stored; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileTab</name>
    <message>
        <source>&amp;Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ReportPdf</name>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ReportView</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF or Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month, then Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month above and press Show to count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the month beside the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::Requests</name>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;commands&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;op&quot; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;target&quot; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;args&quot; and &quot;base&quot; must be objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command&apos;s arguments take at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;client_time&quot; must be Unix milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor is not one this server gave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::RowActionsButton</name>
    <message>
        <source>Actions for this user (Menu key or Shift+F10 on the current row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::SelectionActions</name>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll in products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;mailing list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete with all their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected user(s) stay as they are: their status does not allow this.</source>
        <translation>
            <numerusform>%Ln other selected user stay as they are: their status does not allow this.</numerusform>
            <numerusform>%Ln other selected users stay as they are: their status does not allow this.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n user(s)</source>
        <translation type="unfinished">
            <numerusform>Suspend %n user</numerusform>
            <numerusform>Suspend %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason the users will see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n user(s)</source>
        <translation type="unfinished">
            <numerusform>Reactivate %n user</numerusform>
            <numerusform>Reactivate %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)</source>
        <translation type="unfinished">
            <numerusform>Approve %n registration</numerusform>
            <numerusform>Approve %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened the KYC documents of %Ln of these users (Pending approvals shows them). Approve them anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s)</source>
        <translation type="unfinished">
            <numerusform>Reject %n registration</numerusform>
            <numerusform>Reject %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %n user(s)</source>
        <translation type="unfinished">
            <numerusform>Unsubscribe %n user</numerusform>
            <numerusform>Unsubscribe %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Why their access is removed (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resubscribe %n user(s)</source>
        <translation type="unfinished">
            <numerusform>Resubscribe %n user</numerusform>
            <numerusform>Resubscribe %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation type="unfinished">
            <numerusform>Delete %n user</numerusform>
            <numerusform>Delete %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>DELETE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n user(s) and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type %1 to confirm:</source>
        <translation type="unfinished">
            <numerusform>This deletes %n user and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type %1 to confirm:</numerusform>
            <numerusform>This deletes %n users and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type %1 to confirm:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the confirmation did not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation type="unfinished">
            <numerusform>Enroll %n user</numerusform>
            <numerusform>Enroll %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to mailing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school has no mailing lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a mailing list</source>
        <translation type="unfinished">
            <numerusform>Add %n user to a mailing list</numerusform>
            <numerusform>Add %n users to a mailing list</numerusform>
        </translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation type="unfinished">
            <numerusform>Add %n user to %1</numerusform>
            <numerusform>Add %n users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation type="unfinished">
            <numerusform>Top up credits for %n user</numerusform>
            <numerusform>Top up credits for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) %1 each, %2 in all?</source>
        <translation>
            <numerusform>Give %Ln user %1 each, %2 in all?</numerusform>
            <numerusform>Give %Ln users %1 each, %2 in all?</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pprove registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resu&amp;bscribe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::Server</name>
    <message>
        <source>The database connection was lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;after&quot; is not a row&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;through&quot; is not a row&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollbookd: cannot use the TLS certificate %1 and key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds schema %1, from a newer rollbookd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds schema %1, not %2: run rollbookd init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No synced table is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollbookd: cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollbookd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the Rollbook schema, version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated the schema from version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the school to load with --from FILE.rollbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 rows from %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the operator: rollbookd operator %1 NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions are revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator takes add, list or disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the config file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG, or pg= in the config file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT (127.0.0.1:8443; port 0 picks a free one), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve needs --tls-cert FILE and --tls-key FILE (PEM): rollbookd speaks only HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mail-interval takes 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init or load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database, as a libpq URL (postgresql://user@host:5432/school) or key=value string; ROLLBOOK_PG when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load: the school file to move onto the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator add: admin (everything) or support (tickets, messages, reset links; reads users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator add: read the password from the first line of stdin instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the TLS certificate chain, PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the TLS private key, PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: worker threads, each with its own PostgreSQL connection (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: a file whose first line is the mail server&apos;s password (the mail server itself is named in the school&apos;s settings); ROLLBOOK_SMTP_PASSWORD_FILE when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: a file whose first line is the SMS gateway&apos;s password or token (the gateway is named in the school&apos;s settings); ROLLBOOK_SMS_PASSWORD_FILE when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: seconds between two looks at the notifications queue (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: an INI file with any of pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (the command line wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see rollbookd --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ServerOperators</name>
    <message>
        <source>A name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is admin or support, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator&apos;s password has 12 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an operator already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator named %1 can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::Sessions</name>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins for %1; try again after %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsActions</name>
    <message>
        <source>The school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address must be a web address such as https://learn.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone region; use a two-letter country code such as US or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s security is STARTTLS, TLS or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway takes a form or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login, reset and set-password links are built from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this region&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the built-in wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved, but not the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one carries a one-time link: it goes by email only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent beside the email to users with a phone number, when a gateway is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters (before the placeholders are filled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users&apos; support &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go from the search into the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a user&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous tab of a user&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::SmsClient</name>
    <message>
        <source>The web library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message gateway is a web address such as https://api.example.com/messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS, text messages go only to a gateway on this machine: use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s request body template is longer than 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s request body must contain {to} and {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of the gateway&apos;s request body; it can use {to}, {from} and {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once filled, the gateway&apos;s request body is not a JSON object (%1). Placeholders are filled with quoted strings: write {text}, not &quot;{text}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::SmsSettingsPage</name>
    <message>
        <source>Form post (Twilio and most gateways)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1, message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{to}, {from} and {text} are filled in for each message, escaped for the request. Empty: the usual body shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s text messages reach people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der number or name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::SmtpClient</name>
    <message>
        <source>The mail library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the mail server (SMTP host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address the school&apos;s email comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS, email goes only to a mail server on this machine: choose STARTTLS or TLS for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::SupportActions</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is closed; reopen it to reply, or add an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was changed by someone else meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation; this user has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::TableTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollbook::TableWriter</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet holds 1 to 1,048,575 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::TestsTab</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an attempt, or press Enter, to see its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1% (pass mark %2%): %3 of %4 answers correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has not taken a test yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has not taken a test yet: there are no answers to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an attempt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;answers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::TicketsTab</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the user, or a note only operators see…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending (waiting on the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::TopUpDialog</name>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Top up credits for %n user</numerusform>
            <numerusform>Top up credits for %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment (may be negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the user&apos;s billing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::UserActions</name>
    <message>
        <source>A reason the user will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be non-zero and at most %1 in minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance cannot go below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the email of another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active user can be unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already enrolled in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already enrolled in every product chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enrollment status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment was changed by someone else meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most 1,000 products at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is in %1, but this school counts credit in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a password hash this school can check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::UserExport</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::UserImport</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle upload users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format: check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended (1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the email: map one to Email (users are matched by it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the first name: new users need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same email as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a user (choose &quot;add and update&quot; to update them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, pending, suspended, unsubscribed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended is 1 or 0, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (reads national phone numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines have errors: correct them (see the preview) and check again, or import the valid lines and skip these; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product of this line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user this line changes does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::UserTableModel</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::UserWindow</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a &amp;login link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time login link, valid for 15 minutes, is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password-reset email is queued; the link (valid for 24 hours) is also on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mulate session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the user&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in a private window to see the platform as this user; it works once, for 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses by this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupons used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why access ends (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes the user and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type their email, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the email did not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every changed field (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields of the Overview are changed but not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments &amp;&amp; credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::WelcomeDialog</name>
    <message>
        <source>Welcome to Rollbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook keeps your school&apos;s users in a database file on this computer.&lt;/p&gt;&lt;p&gt;Start with a demo school to look around, or open an existing database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollbook::cli</name>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users to CSV or XLSX with the directory&apos;s search, status tab, sort and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column keys to export, in order (default: all): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, or a custom field&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: no UTF-8 byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: write cells as they are (no Excel-safe apostrophe before =, +, -, @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: data rows per sheet before the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE and --out FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows-per-sheet must be from 1 to 1048575.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2 users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 users to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells longer than 32,767 characters were cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells starting with =, +, -, @ got a leading apostrophe (--raw keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users from a CSV or XLSX file: a dry run first, then --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbook database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every line; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the users, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, add-update or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every line&apos;s outcome to this CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who imports (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE and --in FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say --dry-run or --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be add, add-update or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 lines; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 s: %2 to create, %3 to update, %4 skipped, %5 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly activity report, beside the month before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx, csv or pdf (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE, --month YYYY-MM and --out FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must look like 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be xlsx, csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed %1 in %2 ms; wrote %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log, newest first: who changed what, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes of this user: an email, or a name or phone as the directory searches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD, local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action (top_up, suspend, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes of this operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows (0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action: &quot;%1&quot; is not an action; one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: type at least three letters of a name, or an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --apply: import the valid lines and skip the lines with errors (listed in the results as skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read national phone numbers of this country (ISO code such as FR) where a line has no country column; default: the school&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-invalid goes with --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone-region: &quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines above, or add --skip-invalid to import the valid lines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose first line is the mail server&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sends (named in the audit log of the links issued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s notifications, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only queued, sent or failed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be queued, sent or failed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rollbook-cli notifications send|list [options]; add --help for a subcommand&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the school&apos;s queued notifications, oldest first: email through its mail server, text messages through its SMS gateway (School settings), each over one connection. For a cron job: exits 3 when the mail server or the gateway fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose first line is the SMS gateway&apos;s password (or token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N notifications of each kind this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has no mail server and no SMS gateway (School settings): nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, pending, suspended, unsubscribed or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column key, with :desc for descending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
