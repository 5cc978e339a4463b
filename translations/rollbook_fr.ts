<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Conversation</name>
    <message>
        <source>No messages yet.</source>
        <translation>Pas encore de messages.</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · note interne</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation>%1 est verrouillé par un autre programme. Fermez l’autre programme et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database or is damaged (%2).</source>
        <translation>%1 n’est pas une base Rollbook ou est endommagé (%2).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema %2: %3</source>
        <translation>Impossible de mettre %1 au schéma %2 : %3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rollbook database.</source>
        <translation>%1 est un dossier, pas une base Rollbook.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is not an SQLite file.</source>
        <translation>%1 n’est pas une base Rollbook : ce n’est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is empty.</source>
        <translation>%1 n’est pas une base Rollbook : il est vide.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rollbook needs to write to it; copy it somewhere writable or change its permissions.</source>
        <translation>%1 est en lecture seule. Rollbook doit y écrire ; copiez-le dans un endroit accessible en écriture ou modifiez ses droits.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not expose its handle; Rollbook cannot use it.</source>
        <translation>Le pilote SQLite de Qt ne donne pas accès à son handle ; Rollbook ne peut pas l’utiliser.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rollbook one.</source>
        <translation>%1 est une base SQLite, mais pas une base Rollbook.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it holds no tables.</source>
        <translation>%1 n’est pas une base Rollbook : elle ne contient aucune table.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rollbook (schema %2; this version reads up to %3). Update Rollbook to open it.</source>
        <translation>%1 a été créé par une version plus récente de Rollbook (schéma %2 ; cette version lit jusqu’au %3). Mettez Rollbook à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded first.</source>
        <translation>%1 utilise un schéma plus ancien (%2) et doit d’abord être mis à niveau.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Creating users</source>
        <translation>Création des utilisateurs</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The demo school needs at least one user.</source>
        <translation>L’école de démonstration a besoin d’au moins un utilisateur.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or allow overwriting it.</source>
        <translation>%1 existe déjà ; choisissez un autre fichier ou autorisez son remplacement.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Construction de l’index de recherche</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>Could not move the demo school into place at %1.</source>
        <translation>Impossible de placer l’école de démonstration dans %1.</translation>
    </message>
    <message>
        <source>Could not write the catalog.</source>
        <translation>Impossible d’écrire le catalogue.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>La notification %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>Removed %1 (%2), left by an interrupted run.</source>
        <translation>%1 (%2) supprimé, laissé par une exécution interrompue.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone valide.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>%1 is a folder: add a file name.</source>
        <translation>%1 est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>Le dossier %1 n’existe pas et ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Creating the demo school…</source>
        <translation>Création de l’école de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>École de démonstration</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Pas assez de mémoire pour hacher le mot de passe.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>it declares a document type (DTD), which Excel never writes</source>
        <translation>il déclare un type de document (DTD), ce qu’Excel n’écrit jamais</translation>
    </message>
    <message>
        <source>it refers to an entity &quot;%1&quot; that XML does not define</source>
        <translation>il fait référence à une entité « %1 » que XML ne définit pas</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>L’utilisateur %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The user was changed by someone else meanwhile; try again.</source>
        <translation>L’utilisateur a été modifié par quelqu’un d’autre entre-temps ; réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile.</source>
        <translation>Quelqu’un d’autre a modifié %1 entre-temps.</translation>
    </message>
</context>
<context>
    <name>UserColumn</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Solde de crédits</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progression des cours</translation>
    </message>
</context>
<context>
    <name>UserQueryEngine</name>
    <message>
        <source>The search was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <source>The directory has no database.</source>
        <translation>L’annuaire n’a pas de base de données.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters.</source>
        <translation>Une adresse e-mail compte au plus 254 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The part before @ has at most 64 characters.</source>
        <translation>La partie avant @ compte au plus 64 caractères.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 compte au plus %2 caractères.</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %3.</source>
        <translation>%1 contient un caractère de contrôle (U+%2) à la position %3.</translation>
    </message>
    <message>
        <source>The email address holds a control character (U+%1) at position %2.</source>
        <translation>L’adresse e-mail contient un caractère de contrôle (U+%1) à la position %2.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have: shorten it (Rollbook cuts nothing).</source>
        <translation>%1 compte %2 caractères, plus que les %3 permis : raccourcissez-le (Rollbook ne coupe rien).</translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Create a demo school database.</source>
        <translation>Créer une base d’école de démonstration.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Nombre d’utilisateurs.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation>Fichier de base de données à créer.</translation>
    </message>
    <message>
        <source>Last day of demo activity (YYYY-MM-DD).</source>
        <translation>Dernier jour d’activité de démonstration (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Overwrite FILE.</source>
        <translation>Écraser FILE.</translation>
    </message>
    <message>
        <source>--users must be a number from 1 to 50000000.</source>
        <translation>--users doit être un nombre de 1 à 50000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-01.</source>
        <translation>--today doit être une date comme 2026-11-01.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE est obligatoire.</translation>
    </message>
    <message>
        <source>Created %1 with %2 users in %3 s.</source>
        <translation>%1 créé avec %2 utilisateurs en %3 s.</translation>
    </message>
    <message>
        <source>List users with the directory&apos;s search, status tab and sort.</source>
        <translation>Lister les utilisateurs avec la recherche, l’onglet de statut et le tri de l’annuaire.</translation>
    </message>
    <message>
        <source>At most N users (0 for all).</source>
        <translation>Au plus N utilisateurs (0 pour tous).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json ou table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE est obligatoire.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format doit être csv, json ou table.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit doit être un nombre, 0 pour tous.</translation>
    </message>
    <message>
        <source>%1 of %2 users (%3 matching)</source>
        <translation>%1 sur %2 utilisateurs (%3 correspondants)</translation>
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
        <translation>Utilisation : rollbook-cli COMMANDE [options]

Commandes :
  seed    créer une base d’école de démonstration
  users   lister les utilisateurs comme l’annuaire les montre
  export  écrire les utilisateurs dans un fichier CSV ou XLSX
  import  vérifier, puis ajouter ou mettre à jour des utilisateurs depuis CSV ou XLSX
  report  le rapport d’activité mensuel (XLSX, CSV ou PDF)
  audit   le journal d’audit : qui a changé quoi, quand et pourquoi
  notifications  envoyer les e-mails en attente, ou les lister

rollbook-cli COMMANDE --help donne les options d’une commande ;
rollbook-cli --version donne la version et celles de ses bibliothèques.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Ouvrir une base Rollbook</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Bases Rollbook (*.rollbook *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>École de démonstration</translation>
    </message>
    <message>
        <source>Rollbook: the user directory of your school.</source>
        <translation>Rollbook : l’annuaire des utilisateurs de votre école.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Open the profile of the user with this id.</source>
        <translation>Ouvrir le profil de l’utilisateur ayant cet identifiant.</translation>
    </message>
    <message>
        <source>A .rollbook file to open (as --database does).</source>
        <translation>Un fichier .rollbook à ouvrir (comme --database).</translation>
    </message>
</context>
<context>
    <name>rollbook::AboutDialog</name>
    <message>
        <source>About Rollbook</source>
        <translation>À propos de Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;The user directory of your school: accounts, tickets, messages and exports, on this computer or with your team through a Rollbook server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;L’annuaire des utilisateurs de votre école : comptes, tickets, messages et exports, sur cet ordinateur ou avec votre équipe grâce à un serveur Rollbook.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Built on:</source>
        <translation>&amp;Construit avec :</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliothèques et leurs versions</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>rollbook::ActivityTab</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Cet utilisateur</translation>
    </message>
    <message>
        <source>Platform average</source>
        <translation>Moyenne de la plateforme</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Since registration</source>
        <translation>Depuis l’inscription</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time spent&lt;/b&gt; (all time): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Daily average&lt;/b&gt; over %4 days: %5 min (platform: %6 min per user)</source>
        <translation>&lt;b&gt;Temps passé&lt;/b&gt; (au total) : %1 h %2 min · &lt;b&gt;XP :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Moyenne quotidienne&lt;/b&gt; sur %4 jours : %5 min (plateforme : %6 min par utilisateur)</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutes par jour</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions aux cours</translation>
    </message>
    <message>
        <source>Live-class enrollments</source>
        <translation>Inscriptions aux cours en direct</translation>
    </message>
    <message>
        <source>Online enrollments</source>
        <translation>Inscriptions en ligne</translation>
    </message>
    <message>
        <source>Average rating given</source>
        <translation>Note moyenne donnée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <source>This user beside the platform average</source>
        <translation>Cet utilisateur face à la moyenne de la plateforme</translation>
    </message>
</context>
<context>
    <name>rollbook::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>optional; national numbers are read as %1</source>
        <translation>facultatif ; les numéros nationaux sont lus comme %1</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Ent&amp;reprise :</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>The user gets a welcome email with a link to set their password.</source>
        <translation>L’utilisateur reçoit un e-mail de bienvenue avec un lien pour définir son mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Approve registration</source>
        <translation>Approuver l’inscription</translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation>Refuser l’inscription</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>Réabonner</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Créditer</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>Changer l’e-mail</translation>
    </message>
    <message>
        <source>Change phone</source>
        <translation>Changer le téléphone</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Modifier les informations</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Change enrollment</source>
        <translation>Modifier l’inscription</translation>
    </message>
    <message>
        <source>Change opt-ins</source>
        <translation>Modifier les consentements</translation>
    </message>
    <message>
        <source>Issue a link</source>
        <translation>Émettre un lien</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Statut du ticket</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Paramètres de l’école</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Solde de crédits</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Resend a notification</source>
        <translation>Renvoyer une notification</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditView</name>
    <message>
        <source>any day</source>
        <translation>n’importe quel jour</translation>
    </message>
    <message>
        <source>any operator</source>
        <translation>n’importe quel opérateur</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>n’importe quelle action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Every row the filter passes, to CSV or Excel</source>
        <translation>Chaque ligne que le filtre laisse passer, en CSV ou Excel</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>audit-%1.xlsx</source>
        <translation>audit-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Export du journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln ligne d’audit écrite dans %1.</numerusform>
            <numerusform>%Ln lignes d’audit écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>any user: name, email or phone</source>
        <translation>n’importe quel utilisateur : nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Type at least three letters of a name, or an email, to find a user.</source>
        <translation>Tapez au moins trois lettres d’un nom, ou un e-mail, pour trouver un utilisateur.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln modification affichée</numerusform>
            <numerusform>%Ln modifications affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · la suite en faisant défiler</translation>
    </message>
    <message>
        <source>Fields the change changed</source>
        <translation>Champs modifiés par le changement</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Uti&amp;lisateur :</translation>
    </message>
    <message>
        <source>Op&amp;erator:</source>
        <translation>O&amp;pérateur :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du :</translation>
    </message>
</context>
<context>
    <name>rollbook::BuildInfo</name>
    <message>
        <source>All rights reserved. No licence has been published for this version.</source>
        <translation>Tous droits réservés. Aucune licence n’a été publiée pour cette version.</translation>
    </message>
</context>
<context>
    <name>rollbook::BulkResultDialog</name>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>%1 applied, %2 skipped, %3 failed.</source>
        <translation>%1 appliqués, %2 ignorés, %3 échoués.</translation>
    </message>
    <message>
        <source>Cancelled: the users after these were not changed.</source>
        <translation>Annulé : les utilisateurs suivants n’ont pas été modifiés.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandBatch</name>
    <message>
        <source>A %1 operator may not run %2.</source>
        <translation>Un opérateur %1 ne peut pas exécuter %2.</translation>
    </message>
    <message>
        <source>The operation ran elsewhere at the same time.</source>
        <translation>L’opération a été exécutée ailleurs au même moment.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandReplay</name>
    <message>
        <source>At most 1,000 products at once.</source>
        <translation>Au plus 1 000 produits à la fois.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>La progression est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>A credit change names its currency.</source>
        <translation>Un mouvement de crédit indique sa devise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for a credit change.</source>
        <translation>« %1 » n’est pas un motif de mouvement de crédit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of link.</source>
        <translation>« %1 » n’est pas un type de lien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field an edit may change.</source>
        <translation>« %1 » n’est pas un champ qu’une modification peut changer.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>Le champ personnalisé %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is missing or of the wrong type.</source>
        <translation>L’argument « %1 » manque ou n’a pas le bon type.</translation>
    </message>
    <message>
        <source>Too many templates.</source>
        <translation>Trop de modèles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification template.</source>
        <translation>« %1 » n’est pas un modèle de notification.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of this version of Rollbook.</source>
        <translation>« %1 » n’est pas une action de cette version de Rollbook.</translation>
    </message>
    <message>
        <source>A command needs an op id of 16 bytes.</source>
        <translation>Une commande a besoin d’un identifiant d’opération de 16 octets.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>« %1 » n’est pas un identifiant.</translation>
    </message>
    <message>
        <source>No %1 has the id %2 here.</source>
        <translation>Aucun %1 n’a l’identifiant %2 ici.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationActions</name>
    <message>
        <source>Mailing list %1 does not exist.</source>
        <translation>La liste de diffusion %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Already on %1.</source>
        <translation>Déjà dans %1.</translation>
    </message>
    <message>
        <source>Not on %1.</source>
        <translation>Pas dans %1.</translation>
    </message>
    <message>
        <source>The opt-ins are unchanged.</source>
        <translation>Les consentements sont inchangés.</translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>La notification %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Only a notification that failed is sent again.</source>
        <translation>Seule une notification en échec est renvoyée.</translation>
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
        <translation>&amp;Promotions</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Sélectionnez une notification pour la lire.</translation>
    </message>
    <message>
        <source>Save opt-&amp;ins</source>
        <translation>Enregistrer les con&amp;sentements</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Listes de diffusion</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Cause de l’échec</translation>
    </message>
    <message>
        <source>Send a notification that failed again</source>
        <translation>Renvoyer une notification en échec</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Resen&amp;d</source>
        <translation>R&amp;envoyer</translation>
    </message>
</context>
<context>
    <name>rollbook::Delivery</name>
    <message>
        <source>Gave up after %1 tries over six hours: %2</source>
        <translation>Abandon après %1 essais en six heures : %2</translation>
    </message>
    <message>
        <source>The mail server took the message but never confirmed it: it may have arrived. %1</source>
        <translation>Le serveur de messagerie a pris le message sans jamais le confirmer : il est peut-être arrivé. %1</translation>
    </message>
    <message>
        <source>The sender stopped while this was going out: it may have arrived. Resend it if the user did not get it.</source>
        <translation>L’envoi s’est arrêté pendant que ce message partait : il est peut-être arrivé. Renvoyez-le si l’utilisateur ne l’a pas reçu.</translation>
    </message>
    <message>
        <source>The user&apos;s email address &quot;%1&quot; is not one a mail server takes.</source>
        <translation>L’adresse e-mail « %1 » de l’utilisateur n’est pas une adresse qu’un serveur de messagerie accepte.</translation>
    </message>
    <message>
        <source>The user has no phone number to text.</source>
        <translation>L’utilisateur n’a pas de numéro de téléphone pour un SMS.</translation>
    </message>
</context>
<context>
    <name>rollbook::DirectoryWidget</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Search by name, email, phone, company or student ID (Ctrl+F)</source>
        <translation>Chercher par nom, e-mail, téléphone, entreprise ou numéro d’élève (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>Ouvrir l’utilisateur</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 sur %2 utilisateurs</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing the first rows, still counting…</source>
        <translation>Premières lignes affichées, comptage en cours…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Go to the rows</source>
        <translation>Aller aux lignes</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 sélectionnés</translation>
    </message>
    <message>
        <source>Copied the first %1 of %2 selected rows; File &gt; Export users writes them all.</source>
        <translation>Les %1 premières des %2 lignes sélectionnées ont été copiées ; Fichier &gt; Exporter les utilisateurs les écrit toutes.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) with their header.</source>
        <translation>
            <numerusform>%Ln ligne copiée avec son en-tête.</numerusform>
            <numerusform>%Ln lignes copiées avec leur en-tête.</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.
Check the spelling, or look in All instead of one status.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ».
Vérifiez l’orthographe, ou cherchez dans Tous plutôt que dans un statut.</translation>
    </message>
    <message>
        <source>No user is %1.</source>
        <translation>Aucun utilisateur n’est %1.</translation>
    </message>
    <message>
        <source>This school has no users yet.
Add one with Users &gt; Add user (Ctrl+N) or import a file (File &gt; Import users, Ctrl+I).</source>
        <translation>Cette école n’a pas encore d’utilisateurs.
Ajoutez-en un avec Utilisateurs &gt; Ajouter un utilisateur (Ctrl+N) ou importez un fichier (Fichier &gt; Importer des utilisateurs, Ctrl+I).</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Chercher des utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>rollbook::EnrollmentsTab</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Enroll in more…</source>
        <translation>&amp;Inscrire à d’autres…</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions aux cours</translation>
    </message>
</context>
<context>
    <name>rollbook::ExportDialog</name>
    <message>
        <source>E&amp;xcel-safe: a cell starting with =, +, -, @ is kept as text</source>
        <translation>Compatible E&amp;xcel : une cellule commençant par =, +, -, @ reste du texte</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>The current &amp;view: %1 users, its columns and order</source>
        <translation>La &amp;vue actuelle : %1 utilisateurs, ses colonnes et son ordre</translation>
    </message>
    <message>
        <source>The &amp;selected users: %1</source>
        <translation>Les utilisateurs &amp;sélectionnés : %1</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>users-%1.xlsx</source>
        <translation>utilisateurs-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>S&amp;éparateur :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 byte-order &amp;mark (lets Excel read accents)</source>
        <translation>&amp;Marque d’ordre des octets UTF-8 (permet à Excel de lire les accents)</translation>
    </message>
</context>
<context>
    <name>rollbook::ExportsTab</name>
    <message>
        <source>Contest</source>
        <translation>Concours</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Soumissions aux concours</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Soumis le (UTC)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) written to %1.</source>
        <translation>
            <numerusform>%n soumission écrite dans %1.</numerusform>
            <numerusform>%n soumissions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contest submissions</source>
        <translation>Exporter les soumissions aux concours</translation>
    </message>
    <message>
        <source>submissions-%1</source>
        <translation>soumissions-%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
</context>
<context>
    <name>rollbook::Feed</name>
    <message>
        <source>The server&apos;s data was restored or made anew since this cursor; resync from the start.</source>
        <translation>Les données du serveur ont été restaurées ou recréées depuis ce curseur ; resynchronisez depuis le début.</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportDialog</name>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Vérifier (essai à blanc)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Save &amp;results…</source>
        <translation>Enregistrer les &amp;résultats…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>A CSV or Excel file: Rollbook&apos;s export, Moodle&apos;s upload-users file, or your own</source>
        <translation>Un fichier CSV ou Excel : l’export de Rollbook, le fichier d’envoi d’utilisateurs de Moodle, ou le vôtre</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Add new users only</source>
        <translation>Ajouter uniquement les nouveaux utilisateurs</translation>
    </message>
    <message>
        <source>Add new users and update existing ones (matched by email)</source>
        <translation>Ajouter les nouveaux utilisateurs et mettre à jour les existants (rapprochés par e-mail)</translation>
    </message>
    <message>
        <source>Update existing users only</source>
        <translation>Mettre à jour uniquement les utilisateurs existants</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Dry run (errors first):</source>
        <translation>Essai à blanc (erreurs d’abord) :</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln line(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln ligne · %2</numerusform>
            <numerusform>%1 · %Ln lignes · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file to see what each line will do.</source>
        <translation>Vérifiez le fichier pour voir ce que fera chaque ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)</source>
        <translation>
            <numerusform>Vérification de %Ln ligne</numerusform>
            <numerusform>Vérification de %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 skipped, %4 with errors.</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 ignorées, %4 en erreur.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln user(s)</source>
        <translation>
            <numerusform>Import de %Ln utilisateur</numerusform>
            <numerusform>Import de %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>import-results.csv</source>
        <translation>resultats-import.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import the &amp;valid lines…</source>
        <translation>Importer &amp;les lignes valides…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imports the lines without errors; the others are skipped and listed in the results</source>
        <translation>Importe les lignes sans erreur ; les autres sont ignorées et listées dans les résultats</translation>
    </message>
    <message>
        <source>&amp;Phones without a country:</source>
        <translation>&amp;Téléphones sans pays :</translation>
    </message>
    <message>
        <source>Correct the file (or the mapping) and check again, or import the valid lines and skip these.</source>
        <translation>Corrigez le fichier (ou la correspondance) et vérifiez à nouveau, ou importez les lignes valides et ignorez celles-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Import the &amp;valid lines, skip %Ln…</source>
        <translation>
            <numerusform>Importer les lignes &amp;valides, ignorer %Ln…</numerusform>
            <numerusform>Importer les lignes &amp;valides, ignorer %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 valid lines and skip %2 lines with errors? The skipped lines are listed in the results (Save results).</source>
        <translation>Importer %1 lignes valides et ignorer %2 lignes en erreur ? Les lignes ignorées sont listées dans les résultats (Enregistrer les résultats).</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importé : %1 créés, %2 mis à jour, %3 lignes ignorées.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportTable</name>
    <message>
        <source>Line %1 opens a quoted field that never closes; the file looks cut short.</source>
        <translation>La ligne %1 ouvre un champ entre guillemets qui ne se ferme jamais ; le fichier semble tronqué.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 lines under its header, the most Rollbook reads from one file.</source>
        <translation>Ligne %1 : le fichier a plus de %2 lignes sous son en-tête, le maximum que Rollbook lit dans un fichier.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, the most a spreadsheet has.</source>
        <translation>La ligne %1 a plus de %2 champs, le maximum d’une feuille de calcul.</translation>
    </message>
    <message>
        <source>A value in column %1 has more than %2 characters; nothing was cut.</source>
        <translation>Une valeur de la colonne %1 a plus de %2 caractères ; rien n’a été coupé.</translation>
    </message>
    <message>
        <source>Column %1 holds &quot;%2&quot;, but the header has no title for it (the header has %3 columns).</source>
        <translation>La colonne %1 contient « %2 », mais l’en-tête n’a pas de titre pour elle (l’en-tête a %3 colonnes).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Ligne %1 : le fichier a plus de %2 valeurs, le maximum que Rollbook lit dans un fichier.</translation>
    </message>
    <message>
        <source>The file has %1 MB; Rollbook reads CSV files of up to %2 MB (split it, or use XLSX).</source>
        <translation>Le fichier fait %1 Mo ; Rollbook lit des fichiers CSV jusqu’à %2 Mo (découpez-le, ou utilisez XLSX).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (line %1 is the first that is not): it was read as Windows-1252. Check accented letters in the preview, or save the file as UTF-8.</source>
        <translation>Le fichier n’est pas en UTF-8 (la ligne %1 est la première qui ne l’est pas) : il a été lu en Windows-1252. Vérifiez les accents dans l’aperçu, ou enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>The file says it is %1 but is not: it is damaged.</source>
        <translation>Le fichier se dit %1 mais ne l’est pas : il est endommagé.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and a line per user.</source>
        <translation>Le fichier est vide : il lui faut une ligne d’en-tête et une ligne par utilisateur.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has %2 MB; Rollbook reads CSV files of up to %3 MB (split it, or use XLSX).</source>
        <translation>%1 fait %2 Mo ; Rollbook lit des fichiers CSV jusqu’à %3 Mo (découpez-le, ou utilisez XLSX).</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2: %3</source>
        <translation>%1 est endommagé à la ligne %2 : %3</translation>
    </message>
    <message>
        <source>it has more than %1 cell styles or number formats, more than Excel makes</source>
        <translation>il a plus de %1 styles de cellule ou formats de nombre, plus qu’Excel n’en crée</translation>
    </message>
    <message>
        <source>Line %1: a row opens inside another: the sheet is damaged.</source>
        <translation>Ligne %1 : une ligne s’ouvre dans une autre : la feuille est endommagée.</translation>
    </message>
    <message>
        <source>Line %1: the sheet goes past row %2, the last one Excel has.</source>
        <translation>Ligne %1 : la feuille dépasse la ligne %2, la dernière d’Excel.</translation>
    </message>
    <message>
        <source>After line %1: a cell outside any row: the sheet is damaged.</source>
        <translation>Après la ligne %1 : une cellule hors de toute ligne : la feuille est endommagée.</translation>
    </message>
    <message>
        <source>Line %1: cell %2 is past column XFD (%3), the last one Excel has.</source>
        <translation>Ligne %1 : la cellule %2 est au-delà de la colonne XFD (%3), la dernière d’Excel.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Cell %1 comes twice, or out of order: the file is damaged.</source>
        <translation>La cellule %1 apparaît deux fois, ou dans le désordre : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Cell %1 has more than %2 characters; nothing was cut.</source>
        <translation>La cellule %1 a plus de %2 caractères ; rien n’a été coupé.</translation>
    </message>
    <message>
        <source>Cell %1 refers to text number %2, which the file does not hold: the file is damaged.</source>
        <translation>La cellule %1 renvoie au texte numéro %2, que le fichier ne contient pas : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Cell %1 should be TRUE or FALSE but holds &quot;%2&quot;.</source>
        <translation>La cellule %1 devrait valoir TRUE ou FALSE mais contient « %2 ».</translation>
    </message>
    <message>
        <source>Cell %1 holds the Excel error %2.</source>
        <translation>La cellule %1 contient l’erreur Excel %2.</translation>
    </message>
    <message>
        <source>Cell %1 should hold a number but holds &quot;%2&quot;.</source>
        <translation>La cellule %1 devrait contenir un nombre mais contient « %2 ».</translation>
    </message>
    <message>
        <source>Cell %1 has a type Rollbook does not know (&quot;%2&quot;).</source>
        <translation>La cellule %1 a un type que Rollbook ne connaît pas (« %2 »).</translation>
    </message>
    <message>
        <source>Cell %1 holds &quot;%2&quot;, but the header has no title for its column.</source>
        <translation>La cellule %1 contient « %2 », mais l’en-tête n’a pas de titre pour sa colonne.</translation>
    </message>
    <message>
        <source>Line %1: the sheet has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Ligne %1 : la feuille a plus de %2 valeurs, le maximum que Rollbook lit dans un fichier.</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>la feuille</translation>
    </message>
    <message>
        <source>cannot be inflated: %1</source>
        <translation>ne peut pas être décompressée : %1</translation>
    </message>
    <message>
        <source>inflates past %1 MB, the most Rollbook reads from one part of a workbook</source>
        <translation>dépasse %1 Mo une fois décompressée, le maximum que Rollbook lit d’une partie de classeur</translation>
    </message>
    <message>
        <source>inflates more than %1 times its stored size, as a zip bomb does</source>
        <translation>grossit de plus de %1 fois sa taille stockée une fois décompressée, comme une bombe zip</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 claims %3 MB when inflated; Rollbook reads parts of up to %4 MB.</source>
        <translation>%1 est refusé : sa partie %2 annonce %3 Mo décompressée ; Rollbook lit des parties jusqu’à %4 Mo.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be opened (%3).</source>
        <translation>%1 est endommagé : sa partie %2 ne peut pas être ouverte (%3).</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 %3.</source>
        <translation>%1 est refusé : sa partie %2 %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation>%1 n’est pas un classeur Excel : il n’a pas de xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheet Rollbook can read.</source>
        <translation>%1 n’a aucune feuille que Rollbook sache lire.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first sheet (%2) is missing.</source>
        <translation>%1 est endommagé : sa première feuille (%2) manque.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and a row per user.</source>
        <translation>%1 est vide : il lui faut une ligne d’en-tête et une ligne par utilisateur.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 n’est pas un classeur Excel (.xlsx), ou il est endommagé.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>rollbook::Links</name>
    <message>
        <source>A reason for simulating the user&apos;s session</source>
        <translation>Un motif pour simuler la session de l’utilisateur</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Ce lien n’est pas valide.</translation>
    </message>
    <message>
        <source>This link has already been used.</source>
        <translation>Ce lien a déjà été utilisé.</translation>
    </message>
    <message>
        <source>This link has expired.</source>
        <translation>Ce lien a expiré.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>A link is stored by its 32-byte hash.</source>
        <translation>Un lien est stocké par son hachage de 32 octets.</translation>
    </message>
</context>
<context>
    <name>rollbook::MailPassword</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Le trousseau du système n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password: %1</source>
        <translation>Le trousseau du système n’a pas pu garder le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSender</name>
    <message>
        <source>Email is not going out: %1</source>
        <translation>Les e-mails ne partent pas : %1</translation>
    </message>
    <message>
        <source>Text messages are not going out: %1</source>
        <translation>Les SMS ne partent pas : %1</translation>
    </message>
    <message>
        <source>The system keychain: %1</source>
        <translation>Le trousseau du système : %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSettingsPage</name>
    <message>
        <source>Send &amp;test email</source>
        <translation>Envoyer un e-mail de &amp;test</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès le début (port 465)</translation>
    </message>
    <message>
        <source>None (a mail server on this computer only)</source>
        <translation>Aucune (serveur de messagerie sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>gardé dans le trousseau du système ; tapez pour le changer</translation>
    </message>
    <message>
        <source>Sent to %1. The server said: %2</source>
        <translation>Envoyé à %1. Le serveur a répondu : %2</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;écurité :</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>&amp;Utilisateur de connexion :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe :</translation>
    </message>
    <message>
        <source>Sender add&amp;ress:</source>
        <translation>Adresse de l’e&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>Replies go to the users&apos; support email (School tab).</source>
        <translation>Les réponses vont à l’e-mail d’assistance des utilisateurs (onglet École).</translation>
    </message>
    <message>
        <source>Test to: %1</source>
        <translation>Test vers : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Rollbook test email</source>
        <translation>E-mail de test Rollbook</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s email reaches people through %1.</source>
        <translation>Ceci est un test de Rollbook : les e-mails de l’école parviennent aux destinataires par %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Serveur de messageri&amp;e :</translation>
    </message>
    <message>
        <source>Test re&amp;cipient:</source>
        <translation>Dest&amp;inataire du test :</translation>
    </message>
    <message>
        <source>Sen&amp;der name:</source>
        <translation>Nom de &amp;l’expéditeur :</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
</context>
<context>
    <name>rollbook::MailWorker</name>
    <message>
        <source>%1: sent %2, to retry %3, failed %4</source>
        <translation>%1 : %2 envoyés, %3 à réessayer, %4 en échec</translation>
    </message>
    <message>
        <source>%1: works again</source>
        <translation>%1 : fonctionne à nouveau</translation>
    </message>
    <message>
        <source>%1: fails: %2</source>
        <translation>%1 : échoue : %2</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>le serveur de messagerie</translation>
    </message>
    <message>
        <source>the SMS gateway</source>
        <translation>la passerelle SMS</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2</translation>
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
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>New &amp;demo school…</source>
        <translation>Nouvelle école de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation>%1 — Rollbook</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Ouvrir une base Rollbook</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Bases Rollbook (*.rollbook *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>New demo school</source>
        <translation>Nouvelle école de démonstration</translation>
    </message>
    <message>
        <source>Number of users:</source>
        <translation>Nombre d’utilisateurs :</translation>
    </message>
    <message>
        <source>Save the demo school as</source>
        <translation>Enregistrer l’école de démonstration sous</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook)</source>
        <translation>Bases Rollbook (*.rollbook)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>École de démonstration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Utili&amp;sateurs</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make:</source>
        <translation>Votre nom, enregistré avec chaque modification que vous faites :</translation>
    </message>
    <message>
        <source>Changes need your name; you will be asked again when you make one.</source>
        <translation>Les modifications ont besoin de votre nom ; il vous sera redemandé lors de la prochaine.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>A&amp;nnuaire</translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation>Inscriptions en &amp;attente</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>The user was added and a welcome email with a link to set their password is queued. The link is also on the clipboard:
%1</source>
        <translation>L’utilisateur a été ajouté et un e-mail de bienvenue avec un lien pour définir son mot de passe est en file d’attente. Le lien est aussi dans le presse-papiers :
%1</translation>
    </message>
    <message>
        <source>School &amp;settings…</source>
        <translation>&amp;Paramètres de l’école…</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Paramètres de l’école</translation>
    </message>
    <message>
        <source>&amp;Export users…</source>
        <translation>&amp;Exporter les utilisateurs…</translation>
    </message>
    <message>
        <source>Export the current view or the selection to CSV or Excel (Ctrl+E)</source>
        <translation>Exporter la vue actuelle ou la sélection en CSV ou Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln user(s)</source>
        <translation>
            <numerusform>Export de %Ln utilisateur</numerusform>
            <numerusform>Export de %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) written to %1.</source>
        <translation>
            <numerusform>%Ln utilisateur écrit dans %1.</numerusform>
            <numerusform>%Ln utilisateurs écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has %1 sheets: Excel holds 1,048,575 rows in one.</source>
        <translation>Le classeur a %1 feuilles : Excel tient 1 048 575 lignes par feuille.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) longer than Excel&apos;s 32,767 characters were cut.</source>
        <translation>
            <numerusform>%Ln cellule plus longue que les 32 767 caractères d’Excel a été coupée.</numerusform>
            <numerusform>%Ln cellules plus longues que les 32 767 caractères d’Excel ont été coupées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) starting with =, +, -, @ were kept as text with a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln cellule commençant par =, +, -, @ a été gardée comme texte avec une apostrophe devant.</numerusform>
            <numerusform>%Ln cellules commençant par =, +, -, @ ont été gardées comme texte avec une apostrophe devant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>%Ln utilisateur exporté.</numerusform>
            <numerusform>%Ln utilisateurs exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Ouvrir le &amp;fichier</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>&amp;Importer des utilisateurs…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>Rapport &amp;mensuel</translation>
    </message>
    <message>
        <source>There is nothing to export: no user is shown. Clear the search or choose another status tab.</source>
        <translation>Il n’y a rien à exporter : aucun utilisateur n’est affiché. Effacez la recherche ou choisissez un autre onglet de statut.</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>Boîte d’en&amp;voi</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>App&amp;earance</source>
        <translation>Appar&amp;ence</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Rollbook will use the language you chose the next time it starts.</source>
        <translation>Rollbook utilisera la langue choisie au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Rollbook</source>
        <translation>&amp;À propos de Rollbook</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Select all mat&amp;ching</source>
        <translation>Sélectionner tous les &amp;résultats</translation>
    </message>
    <message>
        <source>Select all %1 mat&amp;ching users</source>
        <translation>Sélectionner les %1 &amp;utilisateurs correspondants</translation>
    </message>
</context>
<context>
    <name>rollbook::MessagesTab</name>
    <message>
        <source>Write a message to the user…</source>
        <translation>Écrire un message à l’utilisateur…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation with this user.</source>
        <translation>Seul un administrateur peut commencer une conversation avec cet utilisateur.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Se&amp;nd message</source>
        <translation>&amp;Envoyer le message</translation>
    </message>
</context>
<context>
    <name>rollbook::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this language marks decimals with &quot;%2&quot; and does not use &quot;%3&quot;.</source>
        <translation>« %1 » : cette langue marque les décimales par « %2 » et n’utilise pas « %3 ».</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; separates thousands, in groups of three digits.</source>
        <translation>« %1 » : « %2 » sépare les milliers, par groupes de trois chiffres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: here &quot;%2&quot; separates thousands and &quot;%3&quot; marks decimals. Type %4 if you meant that.</source>
        <translation>« %1 » est ambigu : ici « %2 » sépare les milliers et « %3 » marque les décimales. Tapez %4 si c’est ce que vous vouliez dire.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 a au plus %2 décimales.</translation>
    </message>
</context>
<context>
    <name>rollbook::MonthlyReport</name>
    <message>
        <source>Choose a month.</source>
        <translation>Choisissez un mois.</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nouvelles inscriptions</translation>
    </message>
    <message>
        <source>Average daily active users</source>
        <translation>Utilisateurs actifs par jour en moyenne</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions aux cours</translation>
    </message>
    <message>
        <source>  online</source>
        <translation>  en ligne</translation>
    </message>
    <message>
        <source>  live classes</source>
        <translation>  cours en direct</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Cours terminés</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Credits issued</source>
        <translation>Crédits émis</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Tickets résolus</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Meilleurs produits (inscriptions)</translation>
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
        <translation>Bienvenue (nouvel utilisateur)</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>Registration approved</source>
        <translation>Inscription approuvée</translation>
    </message>
    <message>
        <source>Registration rejected</source>
        <translation>Inscription refusée</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Compte suspendu</translation>
    </message>
    <message>
        <source>Welcome to {school}</source>
        <translation>Bienvenue à {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account at {school} is ready. Set your password here to start learning:
{link}

Questions? Write to {support_email}.</source>
        <translation>Bonjour {first_name},

votre compte à {school} est prêt. Définissez votre mot de passe ici pour commencer à apprendre :
{link}

Des questions ? Écrivez à {support_email}.</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Réinitialisez votre mot de passe</translation>
    </message>
    <message>
        <source>Hello {first_name},

reset your password here (the link works once, for 24 hours):
{link}

If you did not ask for this, write to {support_email}.</source>
        <translation>Bonjour {first_name},

réinitialisez votre mot de passe ici (le lien fonctionne une fois, pendant 24 heures) :
{link}

Si vous n’avez rien demandé, écrivez à {support_email}.</translation>
    </message>
    <message>
        <source>Your registration is approved</source>
        <translation>Votre inscription est approuvée</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration at {school} has been approved. Welcome!</source>
        <translation>Bonjour {first_name},

votre inscription à {school} a été approuvée. Bienvenue !</translation>
    </message>
    <message>
        <source>Your registration at {school}</source>
        <translation>Votre inscription à {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration could not be approved: {reason}

Questions? Write to {support_email}.</source>
        <translation>Bonjour {first_name},

votre inscription n’a pas pu être approuvée : {reason}

Des questions ? Écrivez à {support_email}.</translation>
    </message>
    <message>
        <source>Your account is suspended</source>
        <translation>Votre compte est suspendu</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account has been suspended: {reason}

To appeal, write to {support_email}.</source>
        <translation>Bonjour {first_name},

votre compte a été suspendu : {reason}

Pour faire appel, écrivez à {support_email}.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; notification.</source>
        <translation>Il n’y a pas de notification « %1 ».</translation>
    </message>
    <message>
        <source>The subject needs 1 to 200 characters.</source>
        <translation>L’objet doit compter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>The message needs 1 to 10,000 characters.</source>
        <translation>Le message doit compter de 1 à 10 000 caractères.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this notification; it can use {%2}.</source>
        <translation>{%1} n’est pas un champ de cette notification ; elle peut utiliser {%2}.</translation>
    </message>
    <message>
        <source>The message must contain {link}: without it the user cannot set a password.</source>
        <translation>Le message doit contenir {link} : sans lui, l’utilisateur ne peut pas définir de mot de passe.</translation>
    </message>
    <message>
        <source>{school}: your registration is approved. Welcome, {first_name}!</source>
        <translation>{school} : votre inscription est approuvée. Bienvenue, {first_name} !</translation>
    </message>
    <message>
        <source>This notification carries a one-time link: it goes by email only, not as a text message.</source>
        <translation>Cette notification contient un lien à usage unique : elle part par e-mail seulement, pas par SMS.</translation>
    </message>
    <message>
        <source>The text message has %1 characters; at most %2 fit.</source>
        <translation>Le SMS compte %1 caractères ; %2 au plus tiennent.</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Cause de l’échec</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Subject or text</source>
        <translation>Objet ou texte</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxView</name>
    <message>
        <source>Re&amp;send</source>
        <translation>R&amp;envoyer</translation>
    </message>
    <message>
        <source>All notifications</source>
        <translation>Toutes les notifications</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>%L1 queued, %L2 sent, %L3 failed</source>
        <translation>%L1 en file, %L2 envoyées, %L3 en échec</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Queueing the failed notifications again…</source>
        <translation>Remise en file des notifications en échec…</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Réessayer tous les échecs</translation>
    </message>
    <message>
        <source>&amp;Retry all failed</source>
        <translation>Réessayer tous les é&amp;checs</translation>
    </message>
</context>
<context>
    <name>rollbook::PasswordDialog</name>
    <message>
        <source>Set a password for %1</source>
        <translation>Définir un mot de passe pour %1</translation>
    </message>
    <message>
        <source>The password is stored only as an argon2id hash. Tell the user through a safe channel, or send a reset link instead.</source>
        <translation>Le mot de passe n’est stocké que sous forme de hachage argon2id. Communiquez-le à l’utilisateur par un canal sûr, ou envoyez plutôt un lien de réinitialisation.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>rollbook::PaymentsTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>&amp;Créditer…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Grand livre des crédits</translation>
    </message>
    <message>
        <source>Credit balance: &lt;b&gt;%1&lt;/b&gt; · Total spent: %2 · Subscriptions: %3</source>
        <translation>Solde de crédits : &lt;b&gt;%1&lt;/b&gt; · Total dépensé : %2 · Abonnements : %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Créditer</translation>
    </message>
    <message>
        <source>No payments: this user has bought nothing yet.</source>
        <translation>Aucun paiement : cet utilisateur n’a encore rien acheté.</translation>
    </message>
    <message>
        <source>No credit movements yet. Top up credits gives the user some.</source>
        <translation>Aucun mouvement de crédit pour l’instant. Créditer lui en donne.</translation>
    </message>
</context>
<context>
    <name>rollbook::PendingModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>rollbook::PendingView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>KYC documents:</source>
        <translation>Documents KYC :</translation>
    </message>
    <message>
        <source>Select a registration to review it.</source>
        <translation>Sélectionnez une inscription pour l’examiner.</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.</source>
        <translation>Aucune inscription n’attend d’approbation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Company: %3&lt;br&gt;Industry: %4&lt;br&gt;Registered: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Entreprise : %3&lt;br&gt;Secteur : %4&lt;br&gt;Inscrit le : %5</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This document cannot be shown (%1).</source>
        <translation>Ce document ne peut pas être affiché (%1).</translation>
    </message>
    <message>
        <source>Reject the registration</source>
        <translation>Refuser l’inscription</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>Le motif que verra l’utilisateur :</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Inscriptions en attente</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.
New sign-ups that need a review appear here.</source>
        <translation>Aucune inscription n’attend d’approbation.
Les nouvelles inscriptions à examiner apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) waiting</source>
        <translation>
            <numerusform>%Ln inscription en attente</numerusform>
            <numerusform>%Ln inscriptions en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) shown · more as you scroll</source>
        <translation>
            <numerusform>%Ln inscription affichée · la suite en faisant défiler</numerusform>
            <numerusform>%Ln inscriptions affichées · la suite en faisant défiler</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrations waiting for approval</source>
        <translation>Inscriptions en attente d’approbation</translation>
    </message>
    <message>
        <source>KYC documents</source>
        <translation>Documents KYC</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>A&amp;pprouver</translation>
    </message>
</context>
<context>
    <name>rollbook::PgStore</name>
    <message>
        <source>The school file has no table %1 as this server needs it: %2</source>
        <translation>Le fichier de l’école n’a pas de table %1 telle que ce serveur en a besoin : %2</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Le chargement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URL: %2</source>
        <translation>« %1 » n’est pas une URL de connexion PostgreSQL : %2</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: %1</source>
        <translation>Connexion à PostgreSQL impossible : %1</translation>
    </message>
    <message>
        <source>This database holds schema %1, written by a newer rollbookd; this one knows schema %2 and leaves it as it is. Run the newer rollbookd.</source>
        <translation>Cette base contient le schéma %1, écrit par un rollbookd plus récent ; celui-ci connaît le schéma %2 et la laisse telle quelle. Lancez le rollbookd plus récent.</translation>
    </message>
    <message>
        <source>Could not bring the schema to version %1: %2</source>
        <translation>Impossible d’amener le schéma à la version %1 : %2</translation>
    </message>
    <message>
        <source>The database has no Rollbook schema %1 yet; run rollbookd init first.</source>
        <translation>La base n’a pas encore le schéma Rollbook %1 ; lancez d’abord rollbookd init.</translation>
    </message>
    <message>
        <source>The server already holds a school; a load needs an empty database.</source>
        <translation>Le serveur contient déjà une école ; un chargement exige une base vide.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no connection handle.</source>
        <translation>Le pilote PostgreSQL ne donne pas de handle de connexion.</translation>
    </message>
    <message>
        <source>%1 is of schema %2; this server loads schema %3. Open it once in this version of Rollbook to bring it up to date.</source>
        <translation>%1 est au schéma %2 ; ce serveur charge le schéma %3. Ouvrez-le une fois dans cette version de Rollbook pour le mettre à jour.</translation>
    </message>
</context>
<context>
    <name>rollbook::ProductPickerDialog</name>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>Inscrire %n utilisateur</numerusform>
            <numerusform>Inscrire %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>Filtrer les produits</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileActions</name>
    <message>
        <source>Custom field %1 does not exist.</source>
        <translation>Le champ personnalisé %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 prend un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 prend une date au format AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 vaut oui ou non.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 est l’un de : %2.</translation>
    </message>
    <message>
        <source>%1 has at most 500 characters.</source>
        <translation>%1 compte au plus 500 caractères.</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>Un prénom est obligatoire.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>Inchangé.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A control character (U+%1) cannot be stored; remove it.</source>
        <translation>Un caractère de contrôle (U+%1) ne peut pas être stocké ; supprimez-le.</translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileTab</name>
    <message>
        <source>&amp;Export this list…</source>
        <translation>&amp;Exporter cette liste…</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Exporter cette liste</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export: the list is empty.</source>
        <translation>Il n’y a rien à exporter : la liste est vide.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Live class</source>
        <translation>Cours en direct</translation>
    </message>
    <message>
        <source>Digital download</source>
        <translation>Téléchargement numérique</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>rollbook::ReportPdf</name>
    <message>
        <source>Monthly report</source>
        <translation>Rapport mensuel</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Nouvelles inscriptions par jour</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Utilisateurs actifs par jour</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Meilleurs produits (inscriptions)</translation>
    </message>
</context>
<context>
    <name>rollbook::ReportView</name>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Meilleurs produits</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions aux cours</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affi&amp;cher</translation>
    </message>
    <message>
        <source>E&amp;xport PDF or Excel…</source>
        <translation>E&amp;xporter en PDF ou Excel…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>Comptage de %1</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Rapport mensuel</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; contre %2</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Nouvelles inscriptions par jour</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Utilisateurs actifs par jour</translation>
    </message>
    <message>
        <source>Show a month first.</source>
        <translation>Affichez d’abord un mois.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>rapport-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>PDF (*.pdf);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a month, then Show.</source>
        <translation>Choisissez un mois, puis Afficher.</translation>
    </message>
    <message>
        <source>Choose a month above and press Show to count it.</source>
        <translation>Choisissez un mois ci-dessus et appuyez sur Afficher pour le compter.</translation>
    </message>
    <message>
        <source>Monthly report: %1</source>
        <translation>Rapport mensuel : %1</translation>
    </message>
    <message>
        <source>Figures of the month beside the month before</source>
        <translation>Chiffres du mois face au mois précédent</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>rollbook::Requests</name>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>La requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2).</source>
        <translation>La requête n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La requête n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>« %1 » doit être du texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has at most %2 characters.</source>
        <translation>« %1 » compte au plus %2 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>« %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;commands&quot; must be a list.</source>
        <translation>« commands » doit être une liste.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands.</source>
        <translation>Un lot contient au plus %1 commandes.</translation>
    </message>
    <message>
        <source>Command %1: %2</source>
        <translation>Commande %1 : %2</translation>
    </message>
    <message>
        <source>&quot;op&quot; is not a UUID.</source>
        <translation>« op » n’est pas un UUID.</translation>
    </message>
    <message>
        <source>&quot;target&quot; is not a UUID.</source>
        <translation>« target » n’est pas un UUID.</translation>
    </message>
    <message>
        <source>&quot;args&quot; and &quot;base&quot; must be objects.</source>
        <translation>« args » et « base » doivent être des objets.</translation>
    </message>
    <message>
        <source>A command&apos;s arguments take at most %1 bytes.</source>
        <translation>Les arguments d’une commande font au plus %1 octets.</translation>
    </message>
    <message>
        <source>&quot;client_time&quot; must be Unix milliseconds.</source>
        <translation>« client_time » doit être en millisecondes Unix.</translation>
    </message>
    <message>
        <source>The cursor is not one this server gave.</source>
        <translation>Ce curseur ne vient pas de ce serveur.</translation>
    </message>
</context>
<context>
    <name>rollbook::RowActionsButton</name>
    <message>
        <source>Actions for this user (Menu key or Shift+F10 on the current row)</source>
        <translation>Actions pour cet utilisateur (touche Menu ou Maj+F10 sur la ligne courante)</translation>
    </message>
</context>
<context>
    <name>rollbook::SelectionActions</name>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Re&amp;ject registration…</source>
        <translation>Re&amp;fuser l’inscription…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Désabonner…</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>&amp;Créditer…</translation>
    </message>
    <message>
        <source>&amp;Enroll in products…</source>
        <translation>&amp;Inscrire à des produits…</translation>
    </message>
    <message>
        <source>Add to &amp;mailing list…</source>
        <translation>Ajouter &amp;à une liste de diffusion…</translation>
    </message>
    <message>
        <source>&amp;Delete with all their data…</source>
        <translation>Su&amp;pprimer avec toutes ses données…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected user(s) stay as they are: their status does not allow this.</source>
        <translation>
            <numerusform>%Ln autre utilisateur sélectionné reste tel quel : son statut ne le permet pas.</numerusform>
            <numerusform>%Ln autres utilisateurs sélectionnés restent tels quels : leur statut ne le permet pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n user(s)</source>
        <translation>
            <numerusform>Suspendre %n utilisateur</numerusform>
            <numerusform>Suspendre %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason the users will see:</source>
        <translation>Le motif que verront les utilisateurs :</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n user(s)</source>
        <translation>
            <numerusform>Réactiver %n utilisateur</numerusform>
            <numerusform>Réactiver %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)</source>
        <translation>
            <numerusform>Approuver %n inscription</numerusform>
            <numerusform>Approuver %n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened the KYC documents of %Ln of these users (Pending approvals shows them). Approve them anyway?</source>
        <translation>
            <numerusform>Vous n’avez pas ouvert les documents KYC de %Ln de ces utilisateurs (Inscriptions en attente les montre). Approuver quand même ?</numerusform>
            <numerusform>Vous n’avez pas ouvert les documents KYC de %Ln de ces utilisateurs (Inscriptions en attente les montre). Approuver quand même ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s)</source>
        <translation>
            <numerusform>Refuser %n inscription</numerusform>
            <numerusform>Refuser %n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %n user(s)</source>
        <translation>
            <numerusform>Désabonner %n utilisateur</numerusform>
            <numerusform>Désabonner %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Why their access is removed (kept in the audit log):</source>
        <translation>Pourquoi leur accès est retiré (gardé dans le journal d’audit) :</translation>
    </message>
    <message numerus="yes">
        <source>Resubscribe %n user(s)</source>
        <translation>
            <numerusform>Réabonner %n utilisateur</numerusform>
            <numerusform>Réabonner %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Supprimer %n utilisateur</numerusform>
            <numerusform>Supprimer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>DELETE %1</source>
        <translation>SUPPRIMER %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n user(s) and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type %1 to confirm:</source>
        <translation>
            <numerusform>Ceci supprime %n utilisateur et toutes ses données : inscriptions, paiements, crédits, activité, tickets, messages. C’est irréversible.

Tapez %1 pour confirmer :</numerusform>
            <numerusform>Ceci supprime %n utilisateurs et toutes leurs données : inscriptions, paiements, crédits, activité, tickets, messages. C’est irréversible.

Tapez %1 pour confirmer :</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the confirmation did not match.</source>
        <translation>Rien n’a été supprimé : la confirmation ne correspondait pas.</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>Inscrire %n utilisateur</numerusform>
            <numerusform>Inscrire %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to mailing list</source>
        <translation>Ajouter à une liste de diffusion</translation>
    </message>
    <message>
        <source>This school has no mailing lists.</source>
        <translation>Cette école n’a pas de liste de diffusion.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a mailing list</source>
        <translation>
            <numerusform>Ajouter %n utilisateur à une liste de diffusion</numerusform>
            <numerusform>Ajouter %n utilisateurs à une liste de diffusion</numerusform>
        </translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Liste :</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>Ajouter %n utilisateur à %1</numerusform>
            <numerusform>Ajouter %n utilisateurs à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Créditer %n utilisateur</numerusform>
            <numerusform>Créditer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) %1 each, %2 in all?</source>
        <translation>
            <numerusform>Donner %1 à %Ln utilisateur, %2 en tout ?</numerusform>
            <numerusform>Donner %1 à chacun des %Ln utilisateurs, %2 en tout ?</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pprove registration</source>
        <translation>Approuver &amp;l’inscription</translation>
    </message>
    <message>
        <source>Resu&amp;bscribe</source>
        <translation>Réa&amp;bonner</translation>
    </message>
</context>
<context>
    <name>rollbook::Server</name>
    <message>
        <source>The database connection was lost; try again.</source>
        <translation>La connexion à la base a été perdue ; réessayez.</translation>
    </message>
    <message>
        <source>&quot;after&quot; is not a row&apos;s id.</source>
        <translation>« after » n’est pas un identifiant de ligne.</translation>
    </message>
    <message>
        <source>&quot;through&quot; is not a row&apos;s id.</source>
        <translation>« through » n’est pas un identifiant de ligne.</translation>
    </message>
    <message>
        <source>rollbookd: cannot use the TLS certificate %1 and key %2.</source>
        <translation>rollbookd : impossible d’utiliser le certificat TLS %1 et la clé %2.</translation>
    </message>
    <message>
        <source>the database holds schema %1, from a newer rollbookd.</source>
        <translation>la base contient le schéma %1, d’un rollbookd plus récent.</translation>
    </message>
    <message>
        <source>the database holds schema %1, not %2: run rollbookd init first.</source>
        <translation>la base contient le schéma %1, pas %2 : lancez d’abord rollbookd init.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>La base de données ne répond pas.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Envoyez le corps en application/json.</translation>
    </message>
    <message>
        <source>No synced table is called %1.</source>
        <translation>Aucune table synchronisée ne s’appelle %1.</translation>
    </message>
    <message>
        <source>rollbookd: cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>rollbookd : impossible d’écouter sur %1:%2 (occupé, ou pas une adresse de cette machine).</translation>
    </message>
    <message>
        <source>rollbookd: %1</source>
        <translation>rollbookd : %1</translation>
    </message>
    <message>
        <source>The schema is at version %1 already.</source>
        <translation>Le schéma est déjà à la version %1.</translation>
    </message>
    <message>
        <source>Created the Rollbook schema, version %1.</source>
        <translation>Schéma Rollbook créé, version %1.</translation>
    </message>
    <message>
        <source>Migrated the schema from version %1 to %2.</source>
        <translation>Schéma migré de la version %1 à la %2.</translation>
    </message>
    <message>
        <source>Name the school to load with --from FILE.rollbook.</source>
        <translation>Nommez l’école à charger avec --from FILE.rollbook.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1 : %2 lignes sur %3</translation>
    </message>
    <message>
        <source>Loaded %1 rows from %2 in %3 s.</source>
        <translation>%1 lignes chargées depuis %2 en %3 s.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>peut se connecter</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>pas de mot de passe</translation>
    </message>
    <message>
        <source>Name the operator: rollbookd operator %1 NAME.</source>
        <translation>Nommez l’opérateur : rollbookd operator %1 NAME.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 peut se connecter en tant que %2.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions are revoked.</source>
        <translation>%1 est désactivé ; ses sessions sont révoquées.</translation>
    </message>
    <message>
        <source>operator takes add, list or disable.</source>
        <translation>operator prend add, list ou disable.</translation>
    </message>
    <message>
        <source>Cannot read the config file %1.</source>
        <translation>Impossible de lire le fichier de configuration %1.</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG, or pg= in the config file).</source>
        <translation>Nommez la base avec --pg URL (ou ROLLBOOK_PG, ou pg= dans le fichier de configuration).</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT (127.0.0.1:8443; port 0 picks a free one), not &quot;%1&quot;.</source>
        <translation>--listen prend HOST:PORT (127.0.0.1:8443 ; le port 0 en choisit un libre), pas « %1 ».</translation>
    </message>
    <message>
        <source>serve needs --tls-cert FILE and --tls-key FILE (PEM): rollbookd speaks only HTTPS.</source>
        <translation>serve a besoin de --tls-cert FILE et --tls-key FILE (PEM) : rollbookd ne parle que HTTPS.</translation>
    </message>
    <message>
        <source>--threads takes 1 to 64.</source>
        <translation>--threads prend de 1 à 64.</translation>
    </message>
    <message>
        <source>--mail-interval takes 1 to 3600 seconds.</source>
        <translation>--mail-interval prend de 1 à 3600 secondes.</translation>
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
        <translation>Serveur Rollbook : une école sur PostgreSQL.

Commandes :
  init    créer le schéma dans la base, ou migrer un schéma plus ancien
  load    déplacer une école autonome (un fichier .rollbook) sur un serveur vide
  operator add NAME [--role admin|support] [--password-stdin]
  operator list
  operator disable NAME
  serve   répondre aux clients en HTTPS (voir docs/API.md)</translation>
    </message>
    <message>
        <source>init or load</source>
        <translation>init ou load</translation>
    </message>
    <message>
        <source>The PostgreSQL database, as a libpq URL (postgresql://user@host:5432/school) or key=value string; ROLLBOOK_PG when not given.</source>
        <translation>La base PostgreSQL, en URL libpq (postgresql://user@host:5432/school) ou en chaîne key=value ; ROLLBOOK_PG si elle n’est pas donnée.</translation>
    </message>
    <message>
        <source>load: the school file to move onto the server.</source>
        <translation>load : le fichier de l’école à déplacer sur le serveur.</translation>
    </message>
    <message>
        <source>operator add: admin (everything) or support (tickets, messages, reset links; reads users).</source>
        <translation>operator add : admin (tout) ou support (tickets, messages, liens de réinitialisation ; lit les utilisateurs).</translation>
    </message>
    <message>
        <source>operator add: read the password from the first line of stdin instead of the terminal.</source>
        <translation>operator add : lire le mot de passe sur la première ligne de l’entrée standard au lieu du terminal.</translation>
    </message>
    <message>
        <source>serve: the address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>serve : l’adresse et le port d’écoute (par défaut 127.0.0.1:8443 ; le port 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>serve: the TLS certificate chain, PEM.</source>
        <translation>serve : la chaîne de certificats TLS, PEM.</translation>
    </message>
    <message>
        <source>serve: the TLS private key, PEM.</source>
        <translation>serve : la clé privée TLS, PEM.</translation>
    </message>
    <message>
        <source>serve: worker threads, each with its own PostgreSQL connection (default 8).</source>
        <translation>serve : fils de travail, chacun avec sa connexion PostgreSQL (par défaut 8).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the mail server&apos;s password (the mail server itself is named in the school&apos;s settings); ROLLBOOK_SMTP_PASSWORD_FILE when not given.</source>
        <translation>serve : un fichier dont la première ligne est le mot de passe du serveur de messagerie (le serveur lui-même est indiqué dans les paramètres de l’école) ; ROLLBOOK_SMTP_PASSWORD_FILE s’il n’est pas donné.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>serve : les certificats à approuver pour le serveur de messagerie au lieu de ceux du système (PEM).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the SMS gateway&apos;s password or token (the gateway is named in the school&apos;s settings); ROLLBOOK_SMS_PASSWORD_FILE when not given.</source>
        <translation>serve : un fichier dont la première ligne est le mot de passe ou le jeton de la passerelle SMS (la passerelle est indiquée dans les paramètres de l’école) ; ROLLBOOK_SMS_PASSWORD_FILE s’il n’est pas donné.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>serve : les certificats à approuver pour la passerelle SMS au lieu de ceux du système (PEM).</translation>
    </message>
    <message>
        <source>serve: seconds between two looks at the notifications queue (default 30).</source>
        <translation>serve : secondes entre deux regards sur la file des notifications (par défaut 30).</translation>
    </message>
    <message>
        <source>serve: an INI file with any of pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (the command line wins).</source>
        <translation>serve : un fichier INI avec tout ou partie de pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (la ligne de commande l’emporte).</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG).</source>
        <translation>Nommez la base avec --pg URL (ou ROLLBOOK_PG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see rollbookd --help.</source>
        <translation>« %1 » n’est pas une commande ; voir rollbookd --help.</translation>
    </message>
</context>
<context>
    <name>rollbook::ServerOperators</name>
    <message>
        <source>A name</source>
        <translation>Un nom</translation>
    </message>
    <message>
        <source>The role is admin or support, not &quot;%1&quot;.</source>
        <translation>Le rôle est admin ou support, pas « %1 ».</translation>
    </message>
    <message>
        <source>An operator&apos;s password has 12 to 128 characters.</source>
        <translation>Le mot de passe d’un opérateur compte de 12 à 128 caractères.</translation>
    </message>
    <message>
        <source>%1 is an operator already.</source>
        <translation>%1 est déjà opérateur.</translation>
    </message>
    <message>
        <source>No operator named %1 can sign in.</source>
        <translation>Aucun opérateur nommé %1 ne peut se connecter.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Le nom ou le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>rollbook::Sessions</name>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>La session est terminée ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for %1; try again after %2 UTC.</source>
        <translation>Trop de connexions échouées pour %1 ; réessayez après %2 UTC.</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsActions</name>
    <message>
        <source>The school&apos;s name</source>
        <translation>Le nom de l’école</translation>
    </message>
    <message>
        <source>Support email: %1</source>
        <translation>E-mail d’assistance : %1</translation>
    </message>
    <message>
        <source>The platform address must be a web address such as https://learn.example.com.</source>
        <translation>L’adresse de la plateforme doit être une adresse web comme https://learn.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone region; use a two-letter country code such as US or GB.</source>
        <translation>« %1 » n’est pas une région téléphonique ; utilisez un code pays de deux lettres comme FR ou BE.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>La devise est un code ISO 4217 de trois lettres comme USD ou EUR.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Adresse de l’expéditeur : %1</translation>
    </message>
    <message>
        <source>The mail server&apos;s security is STARTTLS, TLS or none.</source>
        <translation>La sécurité du serveur de messagerie est STARTTLS, TLS ou aucune.</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>Le nom de l’expéditeur</translation>
    </message>
    <message>
        <source>The gateway takes a form or JSON.</source>
        <translation>La passerelle prend un formulaire ou du JSON.</translation>
    </message>
    <message>
        <source>The text message sender</source>
        <translation>L’expéditeur des SMS</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation>Paramètres de l’école</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>É&amp;cole</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>Adresse de la &amp;plateforme :</translation>
    </message>
    <message>
        <source>Login, reset and set-password links are built from this address.</source>
        <translation>Les liens de connexion, de réinitialisation et de définition du mot de passe sont construits à partir de cette adresse.</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>&amp;Région téléphonique par défaut :</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this region&apos;s.</source>
        <translation>Les numéros saisis sans indicatif de pays sont lus comme ceux de cette région.</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Devise (ISO 4217) :</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in wording</source>
        <translation>&amp;Rétablir le texte d’origine</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Placeholders: {%1}</source>
        <translation>Champs : {%1}</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>Serveur de &amp;messagerie</translation>
    </message>
    <message>
        <source>The settings are saved, but not the password: %1</source>
        <translation>Les paramètres sont enregistrés, mais pas le mot de passe : %1</translation>
    </message>
    <message>
        <source>Empty: no text message</source>
        <translation>Vide : pas de SMS</translation>
    </message>
    <message>
        <source>This one carries a one-time link: it goes by email only.</source>
        <translation>Celle-ci contient un lien à usage unique : elle part par e-mail seulement.</translation>
    </message>
    <message>
        <source>Sent beside the email to users with a phone number, when a gateway is set up.</source>
        <translation>Envoyé en plus de l’e-mail aux utilisateurs ayant un numéro de téléphone, quand une passerelle est configurée.</translation>
    </message>
    <message>
        <source>%1 of %2 characters (before the placeholders are filled).</source>
        <translation>%1 sur %2 caractères (avant le remplissage des champs).</translation>
    </message>
    <message>
        <source>Te&amp;xt messages</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>Text messa&amp;ge:</source>
        <translation>&amp;Texte du SMS :</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Sc&amp;hool name:</source>
        <translation>Nom de l’éco&amp;le :</translation>
    </message>
    <message>
        <source>Users&apos; support &amp;email:</source>
        <translation>E-mail d’&amp;assistance des utilisateurs :</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation>Messa&amp;ge :</translation>
    </message>
</context>
<context>
    <name>rollbook::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Lists and windows</source>
        <translation>Listes et fenêtres</translation>
    </message>
    <message>
        <source>Open the user under the cursor</source>
        <translation>Ouvrir l’utilisateur sous le curseur</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Passer d’un champ ou d’une liste à l’autre</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Go from the search into the rows</source>
        <translation>Passer de la recherche aux lignes</translation>
    </message>
    <message>
        <source>Close a user&apos;s window</source>
        <translation>Fermer la fenêtre d’un utilisateur</translation>
    </message>
    <message>
        <source>Next or previous tab of a user&apos;s window</source>
        <translation>Onglet suivant ou précédent de la fenêtre d’un utilisateur</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsClient</name>
    <message>
        <source>The web library could not start.</source>
        <translation>La bibliothèque web n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The text message gateway is a web address such as https://api.example.com/messages.</source>
        <translation>La passerelle SMS est une adresse web comme https://api.example.com/messages.</translation>
    </message>
    <message>
        <source>Without TLS, text messages go only to a gateway on this machine: use https:// for %1.</source>
        <translation>Sans TLS, les SMS ne vont qu’à une passerelle sur cette machine : utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body template is longer than 4,000 characters.</source>
        <translation>Le modèle du corps de requête de la passerelle dépasse 4 000 caractères.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body must contain {to} and {text}.</source>
        <translation>Le corps de requête de la passerelle doit contenir {to} et {text}.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of the gateway&apos;s request body; it can use {to}, {from} and {text}.</source>
        <translation>{%1} n’est pas un champ du corps de requête de la passerelle ; il peut utiliser {to}, {from} et {text}.</translation>
    </message>
    <message>
        <source>Once filled, the gateway&apos;s request body is not a JSON object (%1). Placeholders are filled with quoted strings: write {text}, not &quot;{text}&quot;.</source>
        <translation>Une fois rempli, le corps de requête de la passerelle n’est pas un objet JSON (%1). Les champs sont remplis par des chaînes entre guillemets : écrivez {text}, pas &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The gateway refused the sign-in: %1</source>
        <translation>La passerelle a refusé la connexion : %1</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsSettingsPage</name>
    <message>
        <source>Form post (Twilio and most gateways)</source>
        <translation>Envoi de formulaire (Twilio et la plupart des passerelles)</translation>
    </message>
    <message>
        <source>JSON post</source>
        <translation>Envoi JSON</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>gardé dans le trousseau du système ; tapez pour le changer</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1</source>
        <translation>Envoyé. La passerelle a répondu : %1</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1, message %2</source>
        <translation>Envoyé. La passerelle a répondu : %1, message %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>&amp;Gateway address:</source>
        <translation>Adresse de la &amp;passerelle :</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>Re&amp;quête :</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>&amp;Utilisateur de connexion :</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Mot &amp;de passe ou jeton :</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>Corps de &amp;la requête :</translation>
    </message>
    <message>
        <source>{to}, {from} and {text} are filled in for each message, escaped for the request. Empty: the usual body shown.</source>
        <translation>{to}, {from} et {text} sont remplis pour chaque message, échappés pour la requête. Vide : le corps habituel affiché.</translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation>Téléphone de &amp;test :</translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation>Téléphone de test : %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s text messages reach people.</source>
        <translation>Ceci est un test de Rollbook : les SMS de l’école parviennent aux destinataires.</translation>
    </message>
    <message>
        <source>S&amp;end test message</source>
        <translation>&amp;Envoyer un SMS de test</translation>
    </message>
    <message>
        <source>Sen&amp;der number or name:</source>
        <translation>Numéro &amp;ou nom de l’expéditeur :</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
</context>
<context>
    <name>rollbook::SmtpClient</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>La bibliothèque de messagerie n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in: %1</source>
        <translation>Le serveur de messagerie a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Name the mail server (SMTP host).</source>
        <translation>Nommez le serveur de messagerie (hôte SMTP).</translation>
    </message>
    <message>
        <source>The mail server&apos;s port is a number from 1 to 65535.</source>
        <translation>Le port du serveur de messagerie est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Give the address the school&apos;s email comes from.</source>
        <translation>Indiquez l’adresse d’où partent les e-mails de l’école.</translation>
    </message>
    <message>
        <source>Without TLS, email goes only to a mail server on this machine: choose STARTTLS or TLS for %1.</source>
        <translation>Sans TLS, les e-mails ne vont qu’à un serveur de messagerie sur cette machine : choisissez STARTTLS ou TLS pour %1.</translation>
    </message>
</context>
<context>
    <name>rollbook::SupportActions</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Le ticket %1 n’existe pas.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Une note</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Une réponse</translation>
    </message>
    <message>
        <source>The ticket is closed; reopen it to reply, or add an internal note.</source>
        <translation>Le ticket est fermé ; rouvrez-le pour répondre, ou ajoutez une note interne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status.</source>
        <translation>« %1 » n’est pas un statut de ticket.</translation>
    </message>
    <message>
        <source>The ticket is %1 already.</source>
        <translation>Le ticket est déjà %1.</translation>
    </message>
    <message>
        <source>The ticket was changed by someone else meanwhile; try again.</source>
        <translation>Le ticket a été modifié par quelqu’un d’autre entre-temps ; réessayez.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Un message</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation; this user has none yet.</source>
        <translation>Seul un administrateur peut commencer une conversation ; cet utilisateur n’en a pas encore.</translation>
    </message>
</context>
<context>
    <name>rollbook::TableTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollbook::TableWriter</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1.</source>
        <translation>Impossible de placer l’export dans %1.</translation>
    </message>
    <message>
        <source>A sheet holds 1 to 1,048,575 rows.</source>
        <translation>Une feuille contient de 1 à 1 048 575 lignes.</translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab.</source>
        <translation>Le séparateur est une virgule, un point-virgule ou une tabulation.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation>Impossible d’écrire la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>Impossible d’ajouter la feuille « %1 ».</translation>
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
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Double-click an attempt, or press Enter, to see its answers.</source>
        <translation>Double-cliquez sur une tentative, ou appuyez sur Entrée, pour voir ses réponses.</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Answers — %1</source>
        <translation>Réponses — %1</translation>
    </message>
    <message>
        <source>Score %1% (pass mark %2%): %3 of %4 answers correct.</source>
        <translation>Score %1 % (seuil de réussite %2 %) : %3 réponses correctes sur %4.</translation>
    </message>
    <message>
        <source>This user has not taken a test yet.</source>
        <translation>Cet utilisateur n’a pas encore passé de test.</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>Voir les réponses</translation>
    </message>
    <message>
        <source>This user has not taken a test yet: there are no answers to show.</source>
        <translation>Cet utilisateur n’a pas encore passé de test : il n’y a aucune réponse à montrer.</translation>
    </message>
    <message>
        <source>Select an attempt first.</source>
        <translation>Sélectionnez d’abord une tentative.</translation>
    </message>
    <message>
        <source>Show &amp;answers…</source>
        <translation>&amp;Voir les réponses…</translation>
    </message>
</context>
<context>
    <name>rollbook::TicketsTab</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Write a reply to the user, or a note only operators see…</source>
        <translation>Écrivez une réponse à l’utilisateur, ou une note que seuls les opérateurs voient…</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Envoyer la &amp;réponse</translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation>Ajouter une &amp;note interne</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Aucun ticket.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Statut du ticket</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Pending (waiting on the user)</source>
        <translation>En attente (de l’utilisateur)</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Changer le &amp;statut</translation>
    </message>
</context>
<context>
    <name>rollbook::TopUpDialog</name>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Créditer %n utilisateur</numerusform>
            <numerusform>Créditer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Adjustment (may be negative)</source>
        <translation>Ajustement (peut être négatif)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Shown in the user&apos;s billing history</source>
        <translation>Affiché dans l’historique de facturation de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Saisissez un montant différent de zéro.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Seul un ajustement peut retirer du crédit.</translation>
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
        <translation>Un motif que verra l’utilisateur</translation>
    </message>
    <message>
        <source>Already suspended.</source>
        <translation>Déjà suspendu.</translation>
    </message>
    <message>
        <source>Not suspended.</source>
        <translation>Pas suspendu.</translation>
    </message>
    <message>
        <source>The amount must be non-zero and at most %1 in minor units.</source>
        <translation>Le montant doit être non nul et d’au plus %1 en unités mineures.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Seul un ajustement peut retirer du crédit.</translation>
    </message>
    <message>
        <source>The note has at most 500 characters.</source>
        <translation>La note compte au plus 500 caractères.</translation>
    </message>
    <message>
        <source>The balance cannot go below zero.</source>
        <translation>Le solde ne peut pas passer sous zéro.</translation>
    </message>
    <message>
        <source>The email is unchanged.</source>
        <translation>L’e-mail est inchangé.</translation>
    </message>
    <message>
        <source>%1 is already the email of another user.</source>
        <translation>%1 est déjà l’e-mail d’un autre utilisateur.</translation>
    </message>
    <message>
        <source>The phone is unchanged.</source>
        <translation>Le téléphone est inchangé.</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Un mot de passe compte de 8 à 128 caractères.</translation>
    </message>
    <message>
        <source>Not pending.</source>
        <translation>Pas en attente.</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>Un motif</translation>
    </message>
    <message>
        <source>Only an active user can be unsubscribed.</source>
        <translation>Seul un utilisateur actif peut être désabonné.</translation>
    </message>
    <message>
        <source>Not unsubscribed.</source>
        <translation>Pas désabonné.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>Le produit %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Already enrolled in %1.</source>
        <translation>Déjà inscrit à %1.</translation>
    </message>
    <message>
        <source>A first name</source>
        <translation>Un prénom</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Choisissez au moins un produit.</translation>
    </message>
    <message>
        <source>Already enrolled in every product chosen.</source>
        <translation>Déjà inscrit à chacun des produits choisis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enrollment status.</source>
        <translation>« %1 » n’est pas un statut d’inscription.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>La progression est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Enrollment %1 does not exist.</source>
        <translation>L’inscription %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>The enrollment was changed by someone else meanwhile; try again.</source>
        <translation>L’inscription a été modifiée par quelqu’un d’autre entre-temps ; réessayez.</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Le secteur</translation>
    </message>
    <message>
        <source>Choose at most 1,000 products at once.</source>
        <translation>Choisissez au plus 1 000 produits à la fois.</translation>
    </message>
    <message>
        <source>The amount is in %1, but this school counts credit in %2.</source>
        <translation>Le montant est en %1, mais cette école compte les crédits en %2.</translation>
    </message>
    <message>
        <source>That is not a password hash this school can check.</source>
        <translation>Ce n’est pas un hachage de mot de passe que cette école sait vérifier.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserExport</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>Il n’y a pas de colonne %1.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserImport</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Moodle upload users</source>
        <translation>Envoi d’utilisateurs Moodle</translation>
    </message>
    <message>
        <source>Rollbook export</source>
        <translation>Export Rollbook</translation>
    </message>
    <message>
        <source>Unknown format: check the columns</source>
        <translation>Format inconnu : vérifiez les colonnes</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Suspended (1 or 0)</source>
        <translation>Suspendu (1 ou 0)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enroll in product</source>
        <translation>Inscrire au produit</translation>
    </message>
    <message>
        <source>(unknown field)</source>
        <translation>(champ inconnu)</translation>
    </message>
    <message>
        <source>No column holds the email: map one to Email (users are matched by it).</source>
        <translation>Aucune colonne ne contient l’e-mail : associez-en une à E-mail (les utilisateurs sont rapprochés par lui).</translation>
    </message>
    <message>
        <source>No column holds the first name: new users need one.</source>
        <translation>Aucune colonne ne contient le prénom : les nouveaux utilisateurs en ont besoin.</translation>
    </message>
    <message>
        <source>No email.</source>
        <translation>Pas d’e-mail.</translation>
    </message>
    <message>
        <source>The same email as line %1.</source>
        <translation>Le même e-mail qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>%1 is already a user (choose &quot;add and update&quot; to update them).</source>
        <translation>%1 est déjà un utilisateur (choisissez « ajouter et mettre à jour » pour le mettre à jour).</translation>
    </message>
    <message>
        <source>No user has this email.</source>
        <translation>Aucun utilisateur n’a cet e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, pending, suspended, unsubscribed).</source>
        <translation>« %1 » n’est pas un statut (active, pending, suspended, unsubscribed).</translation>
    </message>
    <message>
        <source>Suspended is 1 or 0, not &quot;%1&quot;.</source>
        <translation>Suspendu vaut 1 ou 0, pas « %1 ».</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Un mot de passe compte de 8 à 128 caractères.</translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>Il n’y a pas de produit « %1 ».</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>Pas de prénom.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>enrollments</source>
        <translation>inscriptions</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>Rien ne change.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Ligne %1 : %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import annulé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Country (reads national phone numbers)</source>
        <translation>Pays (lit les numéros de téléphone nationaux)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>« %1 » n’est pas un code pays (deux lettres, comme FR ou BE).</translation>
    </message>
    <message>
        <source>%1 lines have errors: correct them (see the preview) and check again, or import the valid lines and skip these; nothing was written.</source>
        <translation>%1 lignes ont des erreurs : corrigez-les (voir l’aperçu) et vérifiez à nouveau, ou importez les lignes valides et ignorez celles-ci ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Le secteur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>A product of this line no longer exists.</source>
        <translation>Un produit de cette ligne n’existe plus.</translation>
    </message>
    <message>
        <source>The user this line changes does not exist.</source>
        <translation>L’utilisateur que cette ligne modifie n’existe pas.</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>Le téléphone</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>Un prénom est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form.</source>
        <translation>« %1 » n’est pas un numéro de téléphone au format international.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user status.</source>
        <translation>« %1 » n’est pas un statut d’utilisateur.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>Le champ personnalisé %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>Le produit %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserTableModel</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n’existe plus.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserWindow</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation>%1 — Rollbook</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>Added by an administrator</source>
        <translation>Ajouté par un administrateur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Solde de crédits</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progression des cours</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>Le motif que verra l’utilisateur :</translation>
    </message>
    <message>
        <source>Copy a &amp;login link</source>
        <translation>Copier un lien de &amp;connexion</translation>
    </message>
    <message>
        <source>A one-time login link, valid for 15 minutes, is on the clipboard.</source>
        <translation>Un lien de connexion à usage unique, valable 15 minutes, est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Send a &amp;reset link</source>
        <translation>Envoyer un lien de &amp;réinitialisation</translation>
    </message>
    <message>
        <source>A password-reset email is queued; the link (valid for 24 hours) is also on the clipboard.</source>
        <translation>Un e-mail de réinitialisation du mot de passe est en file d’attente ; le lien (valable 24 heures) est aussi dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Si&amp;mulate session…</source>
        <translation>Si&amp;muler la session…</translation>
    </message>
    <message>
        <source>Simulate the user&apos;s session</source>
        <translation>Simuler la session de l’utilisateur</translation>
    </message>
    <message>
        <source>Why (kept in the audit log):</source>
        <translation>Pourquoi (gardé dans le journal d’audit) :</translation>
    </message>
    <message>
        <source>Open this link in a private window to see the platform as this user; it works once, for 30 minutes.</source>
        <translation>Ouvrez ce lien dans une fenêtre privée pour voir la plateforme comme cet utilisateur ; il fonctionne une fois, pendant 30 minutes.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Aucun commentaire.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Uses by this user</source>
        <translation>Utilisations par cet utilisateur</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Uses in total</source>
        <translation>Utilisations au total</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No coupons used.</source>
        <translation>Aucun coupon utilisé.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Définir &amp;le mot de passe…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Désabonner…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Désabonner</translation>
    </message>
    <message>
        <source>Why access ends (kept in the audit log):</source>
        <translation>Pourquoi l’accès prend fin (gardé dans le journal d’audit) :</translation>
    </message>
    <message>
        <source>Re&amp;subscribe</source>
        <translation>Réa&amp;bonner</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>Su&amp;pprimer l’utilisateur…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>This deletes the user and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type their email, %1, to confirm:</source>
        <translation>Ceci supprime l’utilisateur et toutes ses données : inscriptions, paiements, crédits, activité, tickets, messages. C’est irréversible.

Tapez son e-mail, %1, pour confirmer :</translation>
    </message>
    <message>
        <source>Nothing was deleted: the email did not match.</source>
        <translation>Rien n’a été supprimé : l’e-mail ne correspondait pas.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save every changed field (Ctrl+S)</source>
        <translation>Enregistrer chaque champ modifié (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>Some fields of the Overview are changed but not saved. Save them?</source>
        <translation>Certains champs de l’Aperçu sont modifiés mais pas enregistrés. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions aux cours</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Payments &amp;&amp; credits</source>
        <translation>Paiements &amp;&amp; crédits</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Soumissions aux concours</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
</context>
<context>
    <name>rollbook::WelcomeDialog</name>
    <message>
        <source>Welcome to Rollbook</source>
        <translation>Bienvenue dans Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook keeps your school&apos;s users in a database file on this computer.&lt;/p&gt;&lt;p&gt;Start with a demo school to look around, or open an existing database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook garde les utilisateurs de votre école dans un fichier de base de données sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Commencez par une école de démonstration pour découvrir, ou ouvrez une base existante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a &amp;demo school</source>
        <translation>Créer une école de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Nombre d’utilisateurs</translation>
    </message>
</context>
<context>
    <name>rollbook::cli</name>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Colonne inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Export users to CSV or XLSX with the directory&apos;s search, status tab, sort and columns.</source>
        <translation>Exporter les utilisateurs en CSV ou XLSX avec la recherche, l’onglet de statut, le tri et les colonnes de l’annuaire.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv ou xlsx (par défaut : d’après le nom du fichier).</translation>
    </message>
    <message>
        <source>Column keys to export, in order (default: all): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, or a custom field&apos;s key.</source>
        <translation>Clés des colonnes à exporter, dans l’ordre (par défaut : toutes) : name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, ou la clé d’un champ personnalisé.</translation>
    </message>
    <message>
        <source>CSV: comma, semicolon or tab.</source>
        <translation>CSV : comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>CSV: no UTF-8 byte-order mark.</source>
        <translation>CSV : sans marque d’ordre des octets UTF-8.</translation>
    </message>
    <message>
        <source>CSV: write cells as they are (no Excel-safe apostrophe before =, +, -, @).</source>
        <translation>CSV : écrire les cellules telles quelles (pas d’apostrophe de sécurité Excel devant =, +, -, @).</translation>
    </message>
    <message>
        <source>XLSX: data rows per sheet before the next one.</source>
        <translation>XLSX : lignes de données par feuille avant la suivante.</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE are required.</source>
        <translation>--db FILE et --out FILE sont obligatoires.</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format doit être csv ou xlsx.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab.</source>
        <translation>--delimiter doit être comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>--rows-per-sheet must be from 1 to 1048575.</source>
        <translation>--rows-per-sheet doit aller de 1 à 1048575.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 users…</source>
        <translation>Export de %1 utilisateurs sur %2…</translation>
    </message>
    <message>
        <source>Wrote %1 users to %2 in %3 s.</source>
        <translation>%1 utilisateurs écrits dans %2 en %3 s.</translation>
    </message>
    <message>
        <source>%1 sheets.</source>
        <translation>%1 feuilles.</translation>
    </message>
    <message>
        <source>%1 cells longer than 32,767 characters were cut.</source>
        <translation>%1 cellules de plus de 32 767 caractères ont été coupées.</translation>
    </message>
    <message>
        <source>%1 cells starting with =, +, -, @ got a leading apostrophe (--raw keeps them).</source>
        <translation>%1 cellules commençant par =, +, -, @ ont reçu une apostrophe devant (--raw les garde).</translation>
    </message>
    <message>
        <source>Import users from a CSV or XLSX file: a dry run first, then --apply.</source>
        <translation>Importer des utilisateurs depuis un fichier CSV ou XLSX : d’abord un essai à blanc, puis --apply.</translation>
    </message>
    <message>
        <source>Rollbook database file.</source>
        <translation>Fichier de base Rollbook.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation>Le fichier CSV ou XLSX à importer.</translation>
    </message>
    <message>
        <source>Check every line; write nothing.</source>
        <translation>Vérifier chaque ligne ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Write the users, all or nothing.</source>
        <translation>Écrire les utilisateurs, tous ou aucun.</translation>
    </message>
    <message>
        <source>add, add-update or update.</source>
        <translation>add, add-update ou update.</translation>
    </message>
    <message>
        <source>Write every line&apos;s outcome to this CSV or XLSX.</source>
        <translation>Écrire le résultat de chaque ligne dans ce fichier CSV ou XLSX.</translation>
    </message>
    <message>
        <source>Who imports (kept in the audit log).</source>
        <translation>Qui importe (gardé dans le journal d’audit).</translation>
    </message>
    <message>
        <source>--db FILE and --in FILE are required.</source>
        <translation>--db FILE et --in FILE sont obligatoires.</translation>
    </message>
    <message>
        <source>Say --dry-run or --apply.</source>
        <translation>Indiquez --dry-run ou --apply.</translation>
    </message>
    <message>
        <source>--mode must be add, add-update or update.</source>
        <translation>--mode doit être add, add-update ou update.</translation>
    </message>
    <message>
        <source>%1 (%2 lines; %3)</source>
        <translation>%1 (%2 lignes ; %3)</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Checked in %1 s: %2 to create, %3 to update, %4 skipped, %5 errors.</source>
        <translation>Vérifié en %1 s : %2 à créer, %3 à mettre à jour, %4 ignorées, %5 erreurs.</translation>
    </message>
    <message>
        <source>The monthly activity report, beside the month before.</source>
        <translation>Le rapport d’activité mensuel, à côté du mois précédent.</translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation>Le mois, au format AAAA-MM.</translation>
    </message>
    <message>
        <source>xlsx, csv or pdf (default: from the file name).</source>
        <translation>xlsx, csv ou pdf (par défaut : d’après le nom du fichier).</translation>
    </message>
    <message>
        <source>--db FILE, --month YYYY-MM and --out FILE are required.</source>
        <translation>--db FILE, --month YYYY-MM et --out FILE sont obligatoires.</translation>
    </message>
    <message>
        <source>--month must look like 2026-10.</source>
        <translation>--month doit ressembler à 2026-10.</translation>
    </message>
    <message>
        <source>--format must be xlsx, csv or pdf.</source>
        <translation>--format doit être xlsx, csv ou pdf.</translation>
    </message>
    <message>
        <source>Computed %1 in %2 ms; wrote %3.</source>
        <translation>%1 calculé en %2 ms ; %3 écrit.</translation>
    </message>
    <message>
        <source>The audit log, newest first: who changed what, when and why.</source>
        <translation>Le journal d’audit, du plus récent au plus ancien : qui a changé quoi, quand et pourquoi.</translation>
    </message>
    <message>
        <source>Only the changes of this user: an email, or a name or phone as the directory searches them.</source>
        <translation>Seulement les modifications de cet utilisateur : un e-mail, ou un nom ou un téléphone tels que l’annuaire les cherche.</translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD, local time).</source>
        <translation>À partir de ce jour (AAAA-MM-JJ, heure locale).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, local time).</source>
        <translation>Jusqu’à ce jour (AAAA-MM-JJ, heure locale).</translation>
    </message>
    <message>
        <source>Only this action (top_up, suspend, ...).</source>
        <translation>Seulement cette action (top_up, suspend, …).</translation>
    </message>
    <message>
        <source>Only the changes of this operator.</source>
        <translation>Seulement les modifications de cet opérateur.</translation>
    </message>
    <message>
        <source>At most N rows (0 for all).</source>
        <translation>Au plus N lignes (0 pour toutes).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json ou table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE est obligatoire.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format doit être csv, json ou table.</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format YYYY-MM-DD, pas « %2 ».</translation>
    </message>
    <message>
        <source>--action: &quot;%1&quot; is not an action; one of: %2.</source>
        <translation>--action : « %1 » n’est pas une action ; l’une de : %2.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit doit être un nombre, 0 pour tous.</translation>
    </message>
    <message>
        <source>--user: type at least three letters of a name, or an email.</source>
        <translation>--user : tapez au moins trois lettres d’un nom, ou un e-mail.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <source>With --apply: import the valid lines and skip the lines with errors (listed in the results as skipped).</source>
        <translation>Avec --apply : importer les lignes valides et ignorer les lignes en erreur (listées comme ignorées dans les résultats).</translation>
    </message>
    <message>
        <source>Read national phone numbers of this country (ISO code such as FR) where a line has no country column; default: the school&apos;s region.</source>
        <translation>Lire les numéros de téléphone nationaux de ce pays (code ISO comme FR) quand une ligne n’a pas de colonne pays ; par défaut : la région de l’école.</translation>
    </message>
    <message>
        <source>--skip-invalid goes with --apply.</source>
        <translation>--skip-invalid va avec --apply.</translation>
    </message>
    <message>
        <source>--phone-region: &quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>--phone-region : « %1 » n’est pas un code pays (deux lettres, comme FR ou BE).</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines above, or add --skip-invalid to import the valid lines only.</source>
        <translation>Rien n’a été importé : corrigez les lignes ci-dessus, ou ajoutez --skip-invalid pour n’importer que les lignes valides.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importé : %1 créés, %2 mis à jour, %3 lignes ignorées.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>A file whose first line is the mail server&apos;s password.</source>
        <translation>Un fichier dont la première ligne est le mot de passe du serveur de messagerie.</translation>
    </message>
    <message>
        <source>Certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>Certificats à approuver pour le serveur de messagerie au lieu de ceux du système (PEM).</translation>
    </message>
    <message>
        <source>Who sends (named in the audit log of the links issued).</source>
        <translation>Qui envoie (indiqué dans le journal d’audit des liens émis).</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 up.</source>
        <translation>--limit doit être un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>The mail server failed: %1</source>
        <translation>Le serveur de messagerie a échoué : %1</translation>
    </message>
    <message>
        <source>The school&apos;s notifications, newest first.</source>
        <translation>Les notifications de l’école, des plus récentes aux plus anciennes.</translation>
    </message>
    <message>
        <source>Only queued, sent or failed ones.</source>
        <translation>Seulement celles en file, envoyées ou en échec.</translation>
    </message>
    <message>
        <source>--status must be queued, sent or failed, not &quot;%1&quot;.</source>
        <translation>--status doit être queued, sent ou failed, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 notifications</source>
        <translation>%1 notifications</translation>
    </message>
    <message>
        <source>Usage: rollbook-cli notifications send|list [options]; add --help for a subcommand&apos;s options.</source>
        <translation>Utilisation : rollbook-cli notifications send|list [options] ; ajoutez --help pour les options d’une sous-commande.</translation>
    </message>
    <message>
        <source>Sends the school&apos;s queued notifications, oldest first: email through its mail server, text messages through its SMS gateway (School settings), each over one connection. For a cron job: exits 3 when the mail server or the gateway fails.</source>
        <translation>Envoie les notifications en attente de l’école, des plus anciennes aux plus récentes : les e-mails par son serveur de messagerie, les SMS par sa passerelle SMS (Paramètres de l’école), chacun sur une seule connexion. Pour une tâche cron : sort avec le code 3 quand le serveur de messagerie ou la passerelle échoue.</translation>
    </message>
    <message>
        <source>A file whose first line is the SMS gateway&apos;s password (or token).</source>
        <translation>Un fichier dont la première ligne est le mot de passe (ou le jeton) de la passerelle SMS.</translation>
    </message>
    <message>
        <source>Certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>Certificats à approuver pour la passerelle SMS au lieu de ceux du système (PEM).</translation>
    </message>
    <message>
        <source>At most N notifications of each kind this run.</source>
        <translation>Au plus N notifications de chaque type par exécution.</translation>
    </message>
    <message>
        <source>Email: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>E-mail : %1 envoyés, %2 à réessayer, %3 en échec, sur %4 connexion(s).</translation>
    </message>
    <message>
        <source>Text messages: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>SMS : %1 envoyés, %2 à réessayer, %3 en échec, sur %4 connexion(s).</translation>
    </message>
    <message>
        <source>The SMS gateway failed: %1</source>
        <translation>La passerelle SMS a échoué : %1</translation>
    </message>
    <message>
        <source>The school has no mail server and no SMS gateway (School settings): nothing is sent.</source>
        <translation>L’école n’a ni serveur de messagerie ni passerelle SMS (Paramètres de l’école) : rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texte recherché.</translation>
    </message>
    <message>
        <source>active, pending, suspended, unsubscribed or all.</source>
        <translation>active, pending, suspended, unsubscribed ou all.</translation>
    </message>
    <message>
        <source>Column key, with :desc for descending.</source>
        <translation>Clé de colonne, avec :desc pour l’ordre décroissant.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Statut inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown sort column &quot;%1&quot;.</source>
        <translation>Colonne de tri inconnue « %1 ».</translation>
    </message>
</context>
</TS>
