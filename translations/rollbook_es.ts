<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Conversation</name>
    <message>
        <source>No messages yet.</source>
        <translation>Todavía no hay mensajes.</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · nota interna</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation>%1 está bloqueado por otro programa. Cierre el otro programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database or is damaged (%2).</source>
        <translation>%1 no es una base de datos de Rollbook o está dañado (%2).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema %2: %3</source>
        <translation>No se pudo actualizar %1 al esquema %2: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rollbook database.</source>
        <translation>%1 es una carpeta, no una base de datos de Rollbook.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is not an SQLite file.</source>
        <translation>%1 no es una base de datos de Rollbook: no es un archivo SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is empty.</source>
        <translation>%1 no es una base de datos de Rollbook: está vacío.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rollbook needs to write to it; copy it somewhere writable or change its permissions.</source>
        <translation>%1 es de solo lectura. Rollbook necesita escribir en él; cópielo a un lugar con permiso de escritura o cambie sus permisos.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not expose its handle; Rollbook cannot use it.</source>
        <translation>El controlador SQLite de Qt no expone su identificador; Rollbook no puede usarlo.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rollbook one.</source>
        <translation>%1 es una base de datos SQLite, pero no de Rollbook.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it holds no tables.</source>
        <translation>%1 no es una base de datos de Rollbook: no contiene tablas.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rollbook (schema %2; this version reads up to %3). Update Rollbook to open it.</source>
        <translation>%1 se creó con una versión más reciente de Rollbook (esquema %2; esta versión lee hasta el %3). Actualice Rollbook para abrirlo.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded first.</source>
        <translation>%1 usa un esquema anterior (%2) y primero debe actualizarse.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Creating users</source>
        <translation>Creando usuarios</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The demo school needs at least one user.</source>
        <translation>La escuela de demostración necesita al menos un usuario.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or allow overwriting it.</source>
        <translation>%1 ya existe; elija otro archivo o permita sobrescribirlo.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Creando el índice de búsqueda</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Terminando</translation>
    </message>
    <message>
        <source>Could not move the demo school into place at %1.</source>
        <translation>No se pudo colocar la escuela de demostración en %1.</translation>
    </message>
    <message>
        <source>Could not write the catalog.</source>
        <translation>No se pudo escribir el catálogo.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>La notificación %1 no existe.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>Removed %1 (%2), left by an interrupted run.</source>
        <translation>Se eliminó %1 (%2), dejado por una ejecución interrumpida.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>«%1» no es un número de teléfono válido.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>%1 is a folder: add a file name.</source>
        <translation>%1 es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>La carpeta %1 no existe y no se puede crear.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Creating the demo school…</source>
        <translation>Creando la escuela de demostración…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Escuela de demostración</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La biblioteca de criptografía no pudo iniciarse.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>No hay memoria suficiente para calcular el hash de la contraseña.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>it declares a document type (DTD), which Excel never writes</source>
        <translation>declara un tipo de documento (DTD), algo que Excel nunca escribe</translation>
    </message>
    <message>
        <source>it refers to an entity &quot;%1&quot; that XML does not define</source>
        <translation>hace referencia a una entidad «%1» que XML no define</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>El usuario %1 no existe.</translation>
    </message>
    <message>
        <source>The user was changed by someone else meanwhile; try again.</source>
        <translation>Otra persona modificó el usuario mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile.</source>
        <translation>Otra persona modificó %1 mientras tanto.</translation>
    </message>
</context>
<context>
    <name>UserColumn</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Saldo de créditos</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total gastado</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progreso en los cursos</translation>
    </message>
</context>
<context>
    <name>UserQueryEngine</name>
    <message>
        <source>The search was cancelled.</source>
        <translation>Se canceló la búsqueda.</translation>
    </message>
    <message>
        <source>The directory has no database.</source>
        <translation>El directorio no tiene base de datos.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Dado de baja</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Introduzca una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters.</source>
        <translation>Una dirección de correo electrónico tiene como máximo 254 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>The part before @ has at most 64 characters.</source>
        <translation>La parte anterior a @ tiene como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 tiene como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %3.</source>
        <translation>%1 contiene un carácter de control (U+%2) en la posición %3.</translation>
    </message>
    <message>
        <source>The email address holds a control character (U+%1) at position %2.</source>
        <translation>La dirección de correo electrónico contiene un carácter de control (U+%1) en la posición %2.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have: shorten it (Rollbook cuts nothing).</source>
        <translation>%1 tiene %2 caracteres, más de los %3 permitidos: acórtelo (Rollbook no recorta nada).</translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Create a demo school database.</source>
        <translation>Crear una base de datos de escuela de demostración.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Número de usuarios.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation>Archivo de base de datos que se creará.</translation>
    </message>
    <message>
        <source>Last day of demo activity (YYYY-MM-DD).</source>
        <translation>Último día de actividad de demostración (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Overwrite FILE.</source>
        <translation>Sobrescribir FILE.</translation>
    </message>
    <message>
        <source>--users must be a number from 1 to 50000000.</source>
        <translation>--users debe ser un número de 1 a 50000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed debe ser un número entero.</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-01.</source>
        <translation>--today debe ser una fecha como 2026-11-01.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE es obligatorio.</translation>
    </message>
    <message>
        <source>Created %1 with %2 users in %3 s.</source>
        <translation>Se creó %1 con %2 usuarios en %3 s.</translation>
    </message>
    <message>
        <source>List users with the directory&apos;s search, status tab and sort.</source>
        <translation>Listar usuarios con la búsqueda, la pestaña de estado y el orden del directorio.</translation>
    </message>
    <message>
        <source>At most N users (0 for all).</source>
        <translation>Como máximo N usuarios (0 para todos).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json o table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE es obligatorio.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format debe ser csv, json o table.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit debe ser un número, 0 para todos.</translation>
    </message>
    <message>
        <source>%1 of %2 users (%3 matching)</source>
        <translation>%1 de %2 usuarios (%3 coinciden)</translation>
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
        <translation>Uso: rollbook-cli ORDEN [opciones]

Órdenes:
  seed    crear una base de datos de escuela de demostración
  users   listar los usuarios como los muestra el directorio
  export  escribir usuarios en un archivo CSV o XLSX
  import  comprobar y después añadir o actualizar usuarios desde CSV o XLSX
  report  el informe mensual de actividad (XLSX, CSV o PDF)
  audit   el registro de auditoría: quién cambió qué, cuándo y por qué
  notifications  enviar los correos en cola, o listarlos

rollbook-cli ORDEN --help muestra las opciones de una orden;
rollbook-cli --version indica la versión y la de sus bibliotecas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Abrir una base de datos de Rollbook</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Rollbook (*.rollbook *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Escuela de demostración</translation>
    </message>
    <message>
        <source>Rollbook: the user directory of your school.</source>
        <translation>Rollbook: el directorio de usuarios de su escuela.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Abrir este archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Open the profile of the user with this id.</source>
        <translation>Abrir el perfil del usuario con este id.</translation>
    </message>
    <message>
        <source>A .rollbook file to open (as --database does).</source>
        <translation>Un archivo .rollbook para abrir (como --database).</translation>
    </message>
</context>
<context>
    <name>rollbook::AboutDialog</name>
    <message>
        <source>About Rollbook</source>
        <translation>Acerca de Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;The user directory of your school: accounts, tickets, messages and exports, on this computer or with your team through a Rollbook server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;El directorio de usuarios de su escuela: cuentas, tickets, mensajes y exportaciones, en este equipo o con su equipo a través de un servidor de Rollbook.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Built on:</source>
        <translation>&amp;Construido con:</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliotecas y sus versiones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>rollbook::ActivityTab</name>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Este usuario</translation>
    </message>
    <message>
        <source>Platform average</source>
        <translation>Media de la plataforma</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Since registration</source>
        <translation>Desde el registro</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time spent&lt;/b&gt; (all time): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Daily average&lt;/b&gt; over %4 days: %5 min (platform: %6 min per user)</source>
        <translation>&lt;b&gt;Tiempo dedicado&lt;/b&gt; (en total): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Media diaria&lt;/b&gt; en %4 días: %5 min (plataforma: %6 min por usuario)</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutos por día</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Live-class enrollments</source>
        <translation>Inscripciones en clases en directo</translation>
    </message>
    <message>
        <source>Online enrollments</source>
        <translation>Inscripciones en línea</translation>
    </message>
    <message>
        <source>Average rating given</source>
        <translation>Valoración media otorgada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>This user beside the platform average</source>
        <translation>Este usuario frente a la media de la plataforma</translation>
    </message>
</context>
<context>
    <name>rollbook::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>optional; national numbers are read as %1</source>
        <translation>opcional; los números nacionales se leen como de %1</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>The user gets a welcome email with a link to set their password.</source>
        <translation>El usuario recibe un correo de bienvenida con un enlace para establecer su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ñadir</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Approve registration</source>
        <translation>Aprobar registro</translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation>Rechazar registro</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>Volver a suscribir</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Recargar créditos</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>Cambiar correo electrónico</translation>
    </message>
    <message>
        <source>Change phone</source>
        <translation>Cambiar teléfono</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Change enrollment</source>
        <translation>Cambiar inscripción</translation>
    </message>
    <message>
        <source>Change opt-ins</source>
        <translation>Cambiar consentimientos</translation>
    </message>
    <message>
        <source>Issue a link</source>
        <translation>Emitir un enlace</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Enviar un mensaje</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Estado del ticket</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Ajustes de la escuela</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Saldo de créditos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Resend a notification</source>
        <translation>Reenviar una notificación</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditView</name>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>any operator</source>
        <translation>cualquier operador</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>cualquier acción</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Every row the filter passes, to CSV or Excel</source>
        <translation>Cada fila que deja pasar el filtro, a CSV o Excel</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>audit-%1.xlsx</source>
        <translation>auditoria-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Exportando el registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln fila de auditoría escrita en %1.</numerusform>
            <numerusform>%Ln filas de auditoría escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>any user: name, email or phone</source>
        <translation>cualquier usuario: nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Acció&amp;n:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Type at least three letters of a name, or an email, to find a user.</source>
        <translation>Escriba al menos tres letras de un nombre, o un correo, para encontrar un usuario.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Ningún usuario coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln cambio mostrado</numerusform>
            <numerusform>%Ln cambios mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · más al desplazarse</translation>
    </message>
    <message>
        <source>Fields the change changed</source>
        <translation>Campos que cambió el cambio</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Usuar&amp;io:</translation>
    </message>
    <message>
        <source>Op&amp;erator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>D&amp;esde:</translation>
    </message>
</context>
<context>
    <name>rollbook::BuildInfo</name>
    <message>
        <source>All rights reserved. No licence has been published for this version.</source>
        <translation>Todos los derechos reservados. No se ha publicado ninguna licencia para esta versión.</translation>
    </message>
</context>
<context>
    <name>rollbook::BulkResultDialog</name>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 applied, %2 skipped, %3 failed.</source>
        <translation>%1 aplicados, %2 omitidos, %3 fallidos.</translation>
    </message>
    <message>
        <source>Cancelled: the users after these were not changed.</source>
        <translation>Cancelado: los usuarios posteriores no se modificaron.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Guardar resultados…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandBatch</name>
    <message>
        <source>A %1 operator may not run %2.</source>
        <translation>Un operador %1 no puede ejecutar %2.</translation>
    </message>
    <message>
        <source>The operation ran elsewhere at the same time.</source>
        <translation>La operación se ejecutó en otro lugar al mismo tiempo.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandReplay</name>
    <message>
        <source>At most 1,000 products at once.</source>
        <translation>Como máximo 1.000 productos a la vez.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>El progreso es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>A credit change names its currency.</source>
        <translation>Un cambio de créditos indica su moneda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for a credit change.</source>
        <translation>«%1» no es un motivo para un cambio de créditos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of link.</source>
        <translation>«%1» no es un tipo de enlace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field an edit may change.</source>
        <translation>«%1» no es un campo que una edición pueda cambiar.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>El campo personalizado %1 no existe.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is missing or of the wrong type.</source>
        <translation>Falta el argumento «%1» o es de un tipo incorrecto.</translation>
    </message>
    <message>
        <source>Too many templates.</source>
        <translation>Demasiadas plantillas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification template.</source>
        <translation>«%1» no es una plantilla de notificación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of this version of Rollbook.</source>
        <translation>«%1» no es una acción de esta versión de Rollbook.</translation>
    </message>
    <message>
        <source>A command needs an op id of 16 bytes.</source>
        <translation>Una orden necesita un id de operación de 16 bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>«%1» no es un id.</translation>
    </message>
    <message>
        <source>No %1 has the id %2 here.</source>
        <translation>Ningún %1 tiene aquí el id %2.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationActions</name>
    <message>
        <source>Mailing list %1 does not exist.</source>
        <translation>La lista de correo %1 no existe.</translation>
    </message>
    <message>
        <source>Already on %1.</source>
        <translation>Ya está en %1.</translation>
    </message>
    <message>
        <source>Not on %1.</source>
        <translation>No está en %1.</translation>
    </message>
    <message>
        <source>The opt-ins are unchanged.</source>
        <translation>Los consentimientos no han cambiado.</translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>La notificación %1 no existe.</translation>
    </message>
    <message>
        <source>Only a notification that failed is sent again.</source>
        <translation>Solo se reenvía una notificación que falló.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationsTab</name>
    <message>
        <source>&amp;Newsletter</source>
        <translation>&amp;Boletín</translation>
    </message>
    <message>
        <source>&amp;Promotions</source>
        <translation>&amp;Promociones</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Seleccione una notificación para leerla.</translation>
    </message>
    <message>
        <source>Save opt-&amp;ins</source>
        <translation>Guardar consent&amp;imientos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Añadir a la lista</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Listas de correo</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Por qué falló</translation>
    </message>
    <message>
        <source>Send a notification that failed again</source>
        <translation>Reenviar una notificación que falló</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Resen&amp;d</source>
        <translation>R&amp;eenviar</translation>
    </message>
</context>
<context>
    <name>rollbook::Delivery</name>
    <message>
        <source>Gave up after %1 tries over six hours: %2</source>
        <translation>Se abandonó tras %1 intentos durante seis horas: %2</translation>
    </message>
    <message>
        <source>The mail server took the message but never confirmed it: it may have arrived. %1</source>
        <translation>El servidor de correo aceptó el mensaje pero nunca lo confirmó: puede que haya llegado. %1</translation>
    </message>
    <message>
        <source>The sender stopped while this was going out: it may have arrived. Resend it if the user did not get it.</source>
        <translation>El envío se detuvo mientras salía este mensaje: puede que haya llegado. Reenvíelo si el usuario no lo recibió.</translation>
    </message>
    <message>
        <source>The user&apos;s email address &quot;%1&quot; is not one a mail server takes.</source>
        <translation>La dirección de correo «%1» del usuario no es una que acepte un servidor de correo.</translation>
    </message>
    <message>
        <source>The user has no phone number to text.</source>
        <translation>El usuario no tiene un número de teléfono al que enviar un SMS.</translation>
    </message>
</context>
<context>
    <name>rollbook::DirectoryWidget</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Search by name, email, phone, company or student ID (Ctrl+F)</source>
        <translation>Buscar por nombre, correo, teléfono, empresa o número de estudiante (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>Abrir usuario</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 de %2 usuarios</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing the first rows, still counting…</source>
        <translation>Mostrando las primeras filas, todavía contando…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Go to the rows</source>
        <translation>Ir a las filas</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 seleccionados</translation>
    </message>
    <message>
        <source>Copied the first %1 of %2 selected rows; File &gt; Export users writes them all.</source>
        <translation>Se copiaron las primeras %1 de %2 filas seleccionadas; Archivo &gt; Exportar usuarios las escribe todas.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) with their header.</source>
        <translation>
            <numerusform>Se copió %Ln fila con su encabezado.</numerusform>
            <numerusform>Se copiaron %Ln filas con su encabezado.</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.
Check the spelling, or look in All instead of one status.</source>
        <translation>Ningún usuario coincide con «%1».
Revise la ortografía, o busque en Todos en lugar de en un estado.</translation>
    </message>
    <message>
        <source>No user is %1.</source>
        <translation>Ningún usuario está %1.</translation>
    </message>
    <message>
        <source>This school has no users yet.
Add one with Users &gt; Add user (Ctrl+N) or import a file (File &gt; Import users, Ctrl+I).</source>
        <translation>Esta escuela todavía no tiene usuarios.
Añada uno con Usuarios &gt; Añadir usuario (Ctrl+N) o importe un archivo (Archivo &gt; Importar usuarios, Ctrl+I).</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>rollbook::EnrollmentsTab</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Enroll in more…</source>
        <translation>&amp;Inscribir en más…</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Seleccionados:</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
</context>
<context>
    <name>rollbook::ExportDialog</name>
    <message>
        <source>E&amp;xcel-safe: a cell starting with =, +, -, @ is kept as text</source>
        <translation>Seguro &amp;para Excel: una celda que empieza por =, +, -, @ se mantiene como texto</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>The current &amp;view: %1 users, its columns and order</source>
        <translation>La &amp;vista actual: %1 usuarios, sus columnas y su orden</translation>
    </message>
    <message>
        <source>The &amp;selected users: %1</source>
        <translation>Los usuarios &amp;seleccionados: %1</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>users-%1.xlsx</source>
        <translation>usuarios-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuarios:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 byte-order &amp;mark (lets Excel read accents)</source>
        <translation>&amp;Marca de orden de bytes UTF-8 (permite a Excel leer los acentos)</translation>
    </message>
</context>
<context>
    <name>rollbook::ExportsTab</name>
    <message>
        <source>Contest</source>
        <translation>Concurso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exportar a &amp;CSV…</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX…</source>
        <translation>Exportar a &amp;XLSX…</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Envíos a concursos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Enviado (UTC)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) written to %1.</source>
        <translation>
            <numerusform>%n envío escrito en %1.</numerusform>
            <numerusform>%n envíos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contest submissions</source>
        <translation>Exportar envíos a concursos</translation>
    </message>
    <message>
        <source>submissions-%1</source>
        <translation>envios-%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
</context>
<context>
    <name>rollbook::Feed</name>
    <message>
        <source>The server&apos;s data was restored or made anew since this cursor; resync from the start.</source>
        <translation>Los datos del servidor se restauraron o se crearon de nuevo desde este cursor; vuelva a sincronizar desde el principio.</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportDialog</name>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Comprobar (simulación)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Save &amp;results…</source>
        <translation>Guardar &amp;resultados…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuarios</translation>
    </message>
    <message>
        <source>A CSV or Excel file: Rollbook&apos;s export, Moodle&apos;s upload-users file, or your own</source>
        <translation>Un archivo CSV o Excel: la exportación de Rollbook, el archivo de subida de usuarios de Moodle, o el suyo propio</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Add new users only</source>
        <translation>Solo añadir usuarios nuevos</translation>
    </message>
    <message>
        <source>Add new users and update existing ones (matched by email)</source>
        <translation>Añadir usuarios nuevos y actualizar los existentes (emparejados por correo)</translation>
    </message>
    <message>
        <source>Update existing users only</source>
        <translation>Solo actualizar usuarios existentes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Dry run (errors first):</source>
        <translation>Simulación (errores primero):</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln line(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln línea · %2</numerusform>
            <numerusform>%1 · %Ln líneas · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file to see what each line will do.</source>
        <translation>Compruebe el archivo para ver qué hará cada línea.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)</source>
        <translation>
            <numerusform>Comprobando %Ln línea</numerusform>
            <numerusform>Comprobando %Ln líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 skipped, %4 with errors.</source>
        <translation>%1 por crear, %2 por actualizar, %3 omitidas, %4 con errores.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln user(s)</source>
        <translation>
            <numerusform>Importando %Ln usuario</numerusform>
            <numerusform>Importando %Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Guardar los resultados</translation>
    </message>
    <message>
        <source>import-results.csv</source>
        <translation>resultados-importacion.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import the &amp;valid lines…</source>
        <translation>Importar las líneas &amp;válidas…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imports the lines without errors; the others are skipped and listed in the results</source>
        <translation>Importa las líneas sin errores; las demás se omiten y aparecen en los resultados</translation>
    </message>
    <message>
        <source>&amp;Phones without a country:</source>
        <translation>&amp;Teléfonos sin país:</translation>
    </message>
    <message>
        <source>Correct the file (or the mapping) and check again, or import the valid lines and skip these.</source>
        <translation>Corrija el archivo (o la asignación) y vuelva a comprobar, o importe las líneas válidas y omita estas.</translation>
    </message>
    <message numerus="yes">
        <source>Import the &amp;valid lines, skip %Ln…</source>
        <translation>
            <numerusform>Importar las líneas &amp;válidas, omitir %Ln…</numerusform>
            <numerusform>Importar las líneas &amp;válidas, omitir %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 valid lines and skip %2 lines with errors? The skipped lines are listed in the results (Save results).</source>
        <translation>¿Importar %1 líneas válidas y omitir %2 líneas con errores? Las líneas omitidas aparecen en los resultados (Guardar resultados).</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importado: %1 creados, %2 actualizados, %3 líneas omitidas.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportTable</name>
    <message>
        <source>Line %1 opens a quoted field that never closes; the file looks cut short.</source>
        <translation>La línea %1 abre un campo entre comillas que nunca se cierra; el archivo parece cortado.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 lines under its header, the most Rollbook reads from one file.</source>
        <translation>Línea %1: el archivo tiene más de %2 líneas bajo el encabezado, el máximo que Rollbook lee de un archivo.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, the most a spreadsheet has.</source>
        <translation>La línea %1 tiene más de %2 campos, el máximo de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>A value in column %1 has more than %2 characters; nothing was cut.</source>
        <translation>Un valor de la columna %1 tiene más de %2 caracteres; no se recortó nada.</translation>
    </message>
    <message>
        <source>Column %1 holds &quot;%2&quot;, but the header has no title for it (the header has %3 columns).</source>
        <translation>La columna %1 contiene «%2», pero el encabezado no tiene título para ella (el encabezado tiene %3 columnas).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Línea %1: el archivo tiene más de %2 valores, el máximo que Rollbook lee de un archivo.</translation>
    </message>
    <message>
        <source>The file has %1 MB; Rollbook reads CSV files of up to %2 MB (split it, or use XLSX).</source>
        <translation>El archivo ocupa %1 MB; Rollbook lee archivos CSV de hasta %2 MB (divídalo, o use XLSX).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (line %1 is the first that is not): it was read as Windows-1252. Check accented letters in the preview, or save the file as UTF-8.</source>
        <translation>El archivo no está en UTF-8 (la línea %1 es la primera que no lo está): se leyó como Windows-1252. Revise las tildes en la vista previa, o guarde el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>The file says it is %1 but is not: it is damaged.</source>
        <translation>El archivo dice ser %1 pero no lo es: está dañado.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and a line per user.</source>
        <translation>El archivo está vacío: necesita una línea de encabezado y una línea por usuario.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 MB; Rollbook reads CSV files of up to %3 MB (split it, or use XLSX).</source>
        <translation>%1 ocupa %2 MB; Rollbook lee archivos CSV de hasta %3 MB (divídalo, o use XLSX).</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2: %3</source>
        <translation>%1 está dañado en la línea %2: %3</translation>
    </message>
    <message>
        <source>it has more than %1 cell styles or number formats, more than Excel makes</source>
        <translation>tiene más de %1 estilos de celda o formatos de número, más de los que crea Excel</translation>
    </message>
    <message>
        <source>Line %1: a row opens inside another: the sheet is damaged.</source>
        <translation>Línea %1: una fila se abre dentro de otra: la hoja está dañada.</translation>
    </message>
    <message>
        <source>Line %1: the sheet goes past row %2, the last one Excel has.</source>
        <translation>Línea %1: la hoja pasa de la fila %2, la última que tiene Excel.</translation>
    </message>
    <message>
        <source>After line %1: a cell outside any row: the sheet is damaged.</source>
        <translation>Tras la línea %1: una celda fuera de cualquier fila: la hoja está dañada.</translation>
    </message>
    <message>
        <source>Line %1: cell %2 is past column XFD (%3), the last one Excel has.</source>
        <translation>Línea %1: la celda %2 está más allá de la columna XFD (%3), la última que tiene Excel.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <source>Cell %1 comes twice, or out of order: the file is damaged.</source>
        <translation>La celda %1 aparece dos veces, o fuera de orden: el archivo está dañado.</translation>
    </message>
    <message>
        <source>Cell %1 has more than %2 characters; nothing was cut.</source>
        <translation>La celda %1 tiene más de %2 caracteres; no se recortó nada.</translation>
    </message>
    <message>
        <source>Cell %1 refers to text number %2, which the file does not hold: the file is damaged.</source>
        <translation>La celda %1 remite al texto número %2, que el archivo no contiene: el archivo está dañado.</translation>
    </message>
    <message>
        <source>Cell %1 should be TRUE or FALSE but holds &quot;%2&quot;.</source>
        <translation>La celda %1 debería ser TRUE o FALSE pero contiene «%2».</translation>
    </message>
    <message>
        <source>Cell %1 holds the Excel error %2.</source>
        <translation>La celda %1 contiene el error de Excel %2.</translation>
    </message>
    <message>
        <source>Cell %1 should hold a number but holds &quot;%2&quot;.</source>
        <translation>La celda %1 debería contener un número pero contiene «%2».</translation>
    </message>
    <message>
        <source>Cell %1 has a type Rollbook does not know (&quot;%2&quot;).</source>
        <translation>La celda %1 tiene un tipo que Rollbook no conoce («%2»).</translation>
    </message>
    <message>
        <source>Cell %1 holds &quot;%2&quot;, but the header has no title for its column.</source>
        <translation>La celda %1 contiene «%2», pero el encabezado no tiene título para su columna.</translation>
    </message>
    <message>
        <source>Line %1: the sheet has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Línea %1: la hoja tiene más de %2 valores, el máximo que Rollbook lee de un archivo.</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>la hoja</translation>
    </message>
    <message>
        <source>cannot be inflated: %1</source>
        <translation>no se puede descomprimir: %1</translation>
    </message>
    <message>
        <source>inflates past %1 MB, the most Rollbook reads from one part of a workbook</source>
        <translation>al descomprimirse pasa de %1 MB, el máximo que Rollbook lee de una parte de un libro</translation>
    </message>
    <message>
        <source>inflates more than %1 times its stored size, as a zip bomb does</source>
        <translation>al descomprimirse crece más de %1 veces su tamaño guardado, como una bomba zip</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 claims %3 MB when inflated; Rollbook reads parts of up to %4 MB.</source>
        <translation>%1 se rechaza: su parte %2 declara %3 MB descomprimida; Rollbook lee partes de hasta %4 MB.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be opened (%3).</source>
        <translation>%1 está dañado: su parte %2 no se puede abrir (%3).</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 %3.</source>
        <translation>%1 se rechaza: su parte %2 %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation>%1 no es un libro de Excel: no tiene xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheet Rollbook can read.</source>
        <translation>%1 no tiene ninguna hoja que Rollbook pueda leer.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first sheet (%2) is missing.</source>
        <translation>%1 está dañado: falta su primera hoja (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and a row per user.</source>
        <translation>%1 está vacío: necesita una fila de encabezado y una fila por usuario.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 no es un libro de Excel (.xlsx), o está dañado.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
</context>
<context>
    <name>rollbook::Links</name>
    <message>
        <source>A reason for simulating the user&apos;s session</source>
        <translation>Un motivo para simular la sesión del usuario</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Este enlace no es válido.</translation>
    </message>
    <message>
        <source>This link has already been used.</source>
        <translation>Este enlace ya se ha usado.</translation>
    </message>
    <message>
        <source>This link has expired.</source>
        <translation>Este enlace ha caducado.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>A link is stored by its 32-byte hash.</source>
        <translation>Un enlace se guarda por su hash de 32 bytes.</translation>
    </message>
</context>
<context>
    <name>rollbook::MailPassword</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password: %1</source>
        <translation>El llavero del sistema no pudo guardar la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSender</name>
    <message>
        <source>Email is not going out: %1</source>
        <translation>El correo no está saliendo: %1</translation>
    </message>
    <message>
        <source>Text messages are not going out: %1</source>
        <translation>Los SMS no están saliendo: %1</translation>
    </message>
    <message>
        <source>The system keychain: %1</source>
        <translation>El llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSettingsPage</name>
    <message>
        <source>Send &amp;test email</source>
        <translation>Enviar correo de &amp;prueba</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde el principio (puerto 465)</translation>
    </message>
    <message>
        <source>None (a mail server on this computer only)</source>
        <translation>Ninguna (solo un servidor de correo en este equipo)</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>guardada en el llavero del sistema; escriba para cambiarla</translation>
    </message>
    <message>
        <source>Sent to %1. The server said: %2</source>
        <translation>Enviado a %1. El servidor respondió: %2</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>&amp;Usuario de acceso:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Sender add&amp;ress:</source>
        <translation>Di&amp;rección del remitente:</translation>
    </message>
    <message>
        <source>Replies go to the users&apos; support email (School tab).</source>
        <translation>Las respuestas van al correo de soporte de los usuarios (pestaña Escuela).</translation>
    </message>
    <message>
        <source>Test to: %1</source>
        <translation>Prueba a: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Rollbook test email</source>
        <translation>Correo de prueba de Rollbook</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s email reaches people through %1.</source>
        <translation>Esta es una prueba de Rollbook: el correo de la escuela llega a las personas a través de %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Ser&amp;vidor de correo:</translation>
    </message>
    <message>
        <source>Test re&amp;cipient:</source>
        <translation>Destinatario de la prue&amp;ba:</translation>
    </message>
    <message>
        <source>Sen&amp;der name:</source>
        <translation>Nombre del remi&amp;tente:</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
</context>
<context>
    <name>rollbook::MailWorker</name>
    <message>
        <source>%1: sent %2, to retry %3, failed %4</source>
        <translation>%1: enviados %2, por reintentar %3, fallidos %4</translation>
    </message>
    <message>
        <source>%1: works again</source>
        <translation>%1: vuelve a funcionar</translation>
    </message>
    <message>
        <source>%1: fails: %2</source>
        <translation>%1: falla: %2</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>el servidor de correo</translation>
    </message>
    <message>
        <source>the SMS gateway</source>
        <translation>la pasarela de SMS</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>no se puede leer el archivo de contraseña %1: %2</translation>
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
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>New &amp;demo school…</source>
        <translation>Nueva escuela de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation>%1 — Rollbook</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Abrir una base de datos de Rollbook</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Rollbook (*.rollbook *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>New demo school</source>
        <translation>Nueva escuela de demostración</translation>
    </message>
    <message>
        <source>Number of users:</source>
        <translation>Número de usuarios:</translation>
    </message>
    <message>
        <source>Save the demo school as</source>
        <translation>Guardar la escuela de demostración como</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook)</source>
        <translation>Bases de datos de Rollbook (*.rollbook)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Escuela de demostración</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make:</source>
        <translation>Su nombre, que queda registrado con cada cambio que haga:</translation>
    </message>
    <message>
        <source>Changes need your name; you will be asked again when you make one.</source>
        <translation>Los cambios necesitan su nombre; se le volverá a preguntar cuando haga uno.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation>Aprobaciones &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>The user was added and a welcome email with a link to set their password is queued. The link is also on the clipboard:
%1</source>
        <translation>Se añadió el usuario y está en cola un correo de bienvenida con un enlace para establecer su contraseña. El enlace también está en el portapapeles:
%1</translation>
    </message>
    <message>
        <source>School &amp;settings…</source>
        <translation>Ajustes de &amp;la escuela…</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Ajustes de la escuela</translation>
    </message>
    <message>
        <source>&amp;Export users…</source>
        <translation>&amp;Exportar usuarios…</translation>
    </message>
    <message>
        <source>Export the current view or the selection to CSV or Excel (Ctrl+E)</source>
        <translation>Exportar la vista actual o la selección a CSV o Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln user(s)</source>
        <translation>
            <numerusform>Exportando %Ln usuario</numerusform>
            <numerusform>Exportando %Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) written to %1.</source>
        <translation>
            <numerusform>%Ln usuario escrito en %1.</numerusform>
            <numerusform>%Ln usuarios escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has %1 sheets: Excel holds 1,048,575 rows in one.</source>
        <translation>El libro tiene %1 hojas: Excel admite 1.048.575 filas en una.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) longer than Excel&apos;s 32,767 characters were cut.</source>
        <translation>
            <numerusform>Se recortó %Ln celda más larga que los 32.767 caracteres de Excel.</numerusform>
            <numerusform>Se recortaron %Ln celdas más largas que los 32.767 caracteres de Excel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) starting with =, +, -, @ were kept as text with a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln celda que empezaba por =, +, -, @ se mantuvo como texto con un apóstrofo delante.</numerusform>
            <numerusform>%Ln celdas que empezaban por =, +, -, @ se mantuvieron como texto con un apóstrofo delante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>Se exportó %Ln usuario.</numerusform>
            <numerusform>Se exportaron %Ln usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Abrir el &amp;archivo</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>&amp;Importar usuarios…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuarios</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>Informe &amp;mensual</translation>
    </message>
    <message>
        <source>There is nothing to export: no user is shown. Clear the search or choose another status tab.</source>
        <translation>No hay nada que exportar: no se muestra ningún usuario. Borre la búsqueda o elija otra pestaña de estado.</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>Bandeja de &amp;salida</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>App&amp;earance</source>
        <translation>Apari&amp;encia</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Rollbook will use the language you chose the next time it starts.</source>
        <translation>Rollbook usará el idioma elegido la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Rollbook</source>
        <translation>&amp;Acerca de Rollbook</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Select all mat&amp;ching</source>
        <translation>Seleccionar todos los &amp;resultados</translation>
    </message>
    <message>
        <source>Select all %1 mat&amp;ching users</source>
        <translation>Seleccionar los %1 usuarios &amp;coincidentes</translation>
    </message>
</context>
<context>
    <name>rollbook::MessagesTab</name>
    <message>
        <source>Write a message to the user…</source>
        <translation>Escriba un mensaje al usuario…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation with this user.</source>
        <translation>Solo un administrador puede iniciar una conversación con este usuario.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Se&amp;nd message</source>
        <translation>&amp;Enviar mensaje</translation>
    </message>
</context>
<context>
    <name>rollbook::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this language marks decimals with &quot;%2&quot; and does not use &quot;%3&quot;.</source>
        <translation>«%1»: este idioma marca los decimales con «%2» y no usa «%3».</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; separates thousands, in groups of three digits.</source>
        <translation>«%1»: «%2» separa los millares, en grupos de tres cifras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: here &quot;%2&quot; separates thousands and &quot;%3&quot; marks decimals. Type %4 if you meant that.</source>
        <translation>«%1» es ambiguo: aquí «%2» separa los millares y «%3» marca los decimales. Escriba %4 si quería decir eso.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 tiene como máximo %2 decimales.</translation>
    </message>
</context>
<context>
    <name>rollbook::MonthlyReport</name>
    <message>
        <source>Choose a month.</source>
        <translation>Elija un mes.</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nuevos registros</translation>
    </message>
    <message>
        <source>Average daily active users</source>
        <translation>Media de usuarios activos diarios</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>  online</source>
        <translation>  en línea</translation>
    </message>
    <message>
        <source>  live classes</source>
        <translation>  clases en directo</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Finalizaciones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Credits issued</source>
        <translation>Créditos emitidos</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Tickets resueltos</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Informe %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Productos principales (inscripciones)</translation>
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
        <translation>Bienvenida (usuario nuevo)</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>Registration approved</source>
        <translation>Registro aprobado</translation>
    </message>
    <message>
        <source>Registration rejected</source>
        <translation>Registro rechazado</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Cuenta suspendida</translation>
    </message>
    <message>
        <source>Welcome to {school}</source>
        <translation>Bienvenido a {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account at {school} is ready. Set your password here to start learning:
{link}

Questions? Write to {support_email}.</source>
        <translation>Hola, {first_name}:

su cuenta en {school} está lista. Establezca aquí su contraseña para empezar a aprender:
{link}

¿Preguntas? Escriba a {support_email}.</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Restablezca su contraseña</translation>
    </message>
    <message>
        <source>Hello {first_name},

reset your password here (the link works once, for 24 hours):
{link}

If you did not ask for this, write to {support_email}.</source>
        <translation>Hola, {first_name}:

restablezca aquí su contraseña (el enlace funciona una vez, durante 24 horas):
{link}

Si no lo ha pedido usted, escriba a {support_email}.</translation>
    </message>
    <message>
        <source>Your registration is approved</source>
        <translation>Su registro está aprobado</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration at {school} has been approved. Welcome!</source>
        <translation>Hola, {first_name}:

su registro en {school} se ha aprobado. ¡Bienvenido!</translation>
    </message>
    <message>
        <source>Your registration at {school}</source>
        <translation>Su registro en {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration could not be approved: {reason}

Questions? Write to {support_email}.</source>
        <translation>Hola, {first_name}:

no se pudo aprobar su registro: {reason}

¿Preguntas? Escriba a {support_email}.</translation>
    </message>
    <message>
        <source>Your account is suspended</source>
        <translation>Su cuenta está suspendida</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account has been suspended: {reason}

To appeal, write to {support_email}.</source>
        <translation>Hola, {first_name}:

su cuenta se ha suspendido: {reason}

Para recurrir, escriba a {support_email}.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; notification.</source>
        <translation>No hay ninguna notificación «%1».</translation>
    </message>
    <message>
        <source>The subject needs 1 to 200 characters.</source>
        <translation>El asunto necesita de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>The message needs 1 to 10,000 characters.</source>
        <translation>El mensaje necesita de 1 a 10.000 caracteres.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this notification; it can use {%2}.</source>
        <translation>{%1} no es un marcador de esta notificación; puede usar {%2}.</translation>
    </message>
    <message>
        <source>The message must contain {link}: without it the user cannot set a password.</source>
        <translation>El mensaje debe contener {link}: sin él, el usuario no puede establecer una contraseña.</translation>
    </message>
    <message>
        <source>{school}: your registration is approved. Welcome, {first_name}!</source>
        <translation>{school}: su registro está aprobado. ¡Bienvenido, {first_name}!</translation>
    </message>
    <message>
        <source>This notification carries a one-time link: it goes by email only, not as a text message.</source>
        <translation>Esta notificación lleva un enlace de un solo uso: solo se envía por correo, no como SMS.</translation>
    </message>
    <message>
        <source>The text message has %1 characters; at most %2 fit.</source>
        <translation>El SMS tiene %1 caracteres; caben como máximo %2.</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Por qué falló</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Subject or text</source>
        <translation>Asunto o texto</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxView</name>
    <message>
        <source>Re&amp;send</source>
        <translation>R&amp;eenviar</translation>
    </message>
    <message>
        <source>All notifications</source>
        <translation>Todas las notificaciones</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source>%L1 queued, %L2 sent, %L3 failed</source>
        <translation>%L1 en cola, %L2 enviadas, %L3 fallidas</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Queueing the failed notifications again…</source>
        <translation>Volviendo a poner en cola las notificaciones fallidas…</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Reintentar todas las fallidas</translation>
    </message>
    <message>
        <source>&amp;Retry all failed</source>
        <translation>Reintentar todos los &amp;fallidos</translation>
    </message>
</context>
<context>
    <name>rollbook::PasswordDialog</name>
    <message>
        <source>Set a password for %1</source>
        <translation>Establecer una contraseña para %1</translation>
    </message>
    <message>
        <source>The password is stored only as an argon2id hash. Tell the user through a safe channel, or send a reset link instead.</source>
        <translation>La contraseña solo se guarda como hash argon2id. Comuníquesela al usuario por un canal seguro, o envíele en su lugar un enlace de restablecimiento.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>rollbook::PaymentsTab</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>&amp;Recargar créditos…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Libro de créditos</translation>
    </message>
    <message>
        <source>Credit balance: &lt;b&gt;%1&lt;/b&gt; · Total spent: %2 · Subscriptions: %3</source>
        <translation>Saldo de créditos: &lt;b&gt;%1&lt;/b&gt; · Total gastado: %2 · Suscripciones: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Recargar créditos</translation>
    </message>
    <message>
        <source>No payments: this user has bought nothing yet.</source>
        <translation>Sin pagos: este usuario aún no ha comprado nada.</translation>
    </message>
    <message>
        <source>No credit movements yet. Top up credits gives the user some.</source>
        <translation>Todavía no hay movimientos de créditos. Recargar créditos le da algunos.</translation>
    </message>
</context>
<context>
    <name>rollbook::PendingModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>rollbook::PendingView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>KYC documents:</source>
        <translation>Documentos KYC:</translation>
    </message>
    <message>
        <source>Select a registration to review it.</source>
        <translation>Seleccione un registro para revisarlo.</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.</source>
        <translation>Ningún registro espera aprobación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Company: %3&lt;br&gt;Industry: %4&lt;br&gt;Registered: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Empresa: %3&lt;br&gt;Sector: %4&lt;br&gt;Registrado: %5</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This document cannot be shown (%1).</source>
        <translation>Este documento no se puede mostrar (%1).</translation>
    </message>
    <message>
        <source>Reject the registration</source>
        <translation>Rechazar el registro</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>El motivo que verá el usuario:</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Aprobaciones pendientes</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.
New sign-ups that need a review appear here.</source>
        <translation>Ningún registro espera aprobación.
Las nuevas altas que necesiten revisión aparecen aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) waiting</source>
        <translation>
            <numerusform>%Ln registro en espera</numerusform>
            <numerusform>%Ln registros en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) shown · more as you scroll</source>
        <translation>
            <numerusform>%Ln registro mostrado · más al desplazarse</numerusform>
            <numerusform>%Ln registros mostrados · más al desplazarse</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrations waiting for approval</source>
        <translation>Registros que esperan aprobación</translation>
    </message>
    <message>
        <source>KYC documents</source>
        <translation>Documentos KYC</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>Apr&amp;obar</translation>
    </message>
</context>
<context>
    <name>rollbook::PgStore</name>
    <message>
        <source>The school file has no table %1 as this server needs it: %2</source>
        <translation>El archivo de la escuela no tiene la tabla %1 como la necesita este servidor: %2</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Falló la carga de %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URL: %2</source>
        <translation>«%1» no es una URL de conexión de PostgreSQL: %2</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: %1</source>
        <translation>No se pudo conectar con PostgreSQL: %1</translation>
    </message>
    <message>
        <source>This database holds schema %1, written by a newer rollbookd; this one knows schema %2 and leaves it as it is. Run the newer rollbookd.</source>
        <translation>Esta base de datos contiene el esquema %1, escrito por un rollbookd más reciente; este conoce el esquema %2 y la deja como está. Ejecute el rollbookd más reciente.</translation>
    </message>
    <message>
        <source>Could not bring the schema to version %1: %2</source>
        <translation>No se pudo llevar el esquema a la versión %1: %2</translation>
    </message>
    <message>
        <source>The database has no Rollbook schema %1 yet; run rollbookd init first.</source>
        <translation>La base de datos aún no tiene el esquema %1 de Rollbook; ejecute primero rollbookd init.</translation>
    </message>
    <message>
        <source>The server already holds a school; a load needs an empty database.</source>
        <translation>El servidor ya contiene una escuela; una carga necesita una base de datos vacía.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no connection handle.</source>
        <translation>El controlador de PostgreSQL no da ningún identificador de conexión.</translation>
    </message>
    <message>
        <source>%1 is of schema %2; this server loads schema %3. Open it once in this version of Rollbook to bring it up to date.</source>
        <translation>%1 tiene el esquema %2; este servidor carga el esquema %3. Ábralo una vez en esta versión de Rollbook para actualizarlo.</translation>
    </message>
</context>
<context>
    <name>rollbook::ProductPickerDialog</name>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>Inscribir a %n usuario</numerusform>
            <numerusform>Inscribir a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>Filtrar productos</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileActions</name>
    <message>
        <source>Custom field %1 does not exist.</source>
        <translation>El campo personalizado %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 admite un número, no «%2».</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 admite una fecha como AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 es sí o no.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 es uno de: %2.</translation>
    </message>
    <message>
        <source>%1 has at most 500 characters.</source>
        <translation>%1 tiene como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A control character (U+%1) cannot be stored; remove it.</source>
        <translation>No se puede guardar un carácter de control (U+%1); elimínelo.</translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileTab</name>
    <message>
        <source>&amp;Export this list…</source>
        <translation>&amp;Exportar esta lista…</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Exportar esta lista</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export: the list is empty.</source>
        <translation>No hay nada que exportar: la lista está vacía.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Live class</source>
        <translation>Clase en directo</translation>
    </message>
    <message>
        <source>Digital download</source>
        <translation>Descarga digital</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
</context>
<context>
    <name>rollbook::ReportPdf</name>
    <message>
        <source>Monthly report</source>
        <translation>Informe mensual</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Nuevos registros por día</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Usuarios activos por día</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Productos principales (inscripciones)</translation>
    </message>
</context>
<context>
    <name>rollbook::ReportView</name>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Productos principales</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>E&amp;xport PDF or Excel…</source>
        <translation>E&amp;xportar a PDF o Excel…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mes:</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>Contando %1</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Informe mensual</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; frente a %2</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Nuevos registros por día</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Usuarios activos por día</translation>
    </message>
    <message>
        <source>Show a month first.</source>
        <translation>Muestre primero un mes.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>informe-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>PDF (*.pdf);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a month, then Show.</source>
        <translation>Elija un mes y pulse Mostrar.</translation>
    </message>
    <message>
        <source>Choose a month above and press Show to count it.</source>
        <translation>Elija un mes arriba y pulse Mostrar para contarlo.</translation>
    </message>
    <message>
        <source>Monthly report: %1</source>
        <translation>Informe mensual: %1</translation>
    </message>
    <message>
        <source>Figures of the month beside the month before</source>
        <translation>Cifras del mes frente al mes anterior</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>rollbook::Requests</name>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>La solicitud ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2).</source>
        <translation>La solicitud no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La solicitud no es un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has at most %2 characters.</source>
        <translation>«%1» tiene como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;commands&quot; must be a list.</source>
        <translation>«commands» debe ser una lista.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands.</source>
        <translation>Un lote contiene como máximo %1 órdenes.</translation>
    </message>
    <message>
        <source>Command %1: %2</source>
        <translation>Orden %1: %2</translation>
    </message>
    <message>
        <source>&quot;op&quot; is not a UUID.</source>
        <translation>«op» no es un UUID.</translation>
    </message>
    <message>
        <source>&quot;target&quot; is not a UUID.</source>
        <translation>«target» no es un UUID.</translation>
    </message>
    <message>
        <source>&quot;args&quot; and &quot;base&quot; must be objects.</source>
        <translation>«args» y «base» deben ser objetos.</translation>
    </message>
    <message>
        <source>A command&apos;s arguments take at most %1 bytes.</source>
        <translation>Los argumentos de una orden ocupan como máximo %1 bytes.</translation>
    </message>
    <message>
        <source>&quot;client_time&quot; must be Unix milliseconds.</source>
        <translation>«client_time» deben ser milisegundos Unix.</translation>
    </message>
    <message>
        <source>The cursor is not one this server gave.</source>
        <translation>El cursor no es uno que haya dado este servidor.</translation>
    </message>
</context>
<context>
    <name>rollbook::RowActionsButton</name>
    <message>
        <source>Actions for this user (Menu key or Shift+F10 on the current row)</source>
        <translation>Acciones para este usuario (tecla Menú o Mayús+F10 en la fila actual)</translation>
    </message>
</context>
<context>
    <name>rollbook::SelectionActions</name>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Re&amp;ject registration…</source>
        <translation>Rec&amp;hazar registro…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>&amp;Recargar créditos…</translation>
    </message>
    <message>
        <source>&amp;Enroll in products…</source>
        <translation>&amp;Inscribir en productos…</translation>
    </message>
    <message>
        <source>Add to &amp;mailing list…</source>
        <translation>Añadir a &amp;una lista de correo…</translation>
    </message>
    <message>
        <source>&amp;Delete with all their data…</source>
        <translation>&amp;Eliminar con todos sus datos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected user(s) stay as they are: their status does not allow this.</source>
        <translation>
            <numerusform>%Ln usuario seleccionado más se queda como está: su estado no lo permite.</numerusform>
            <numerusform>%Ln usuarios seleccionados más se quedan como están: su estado no lo permite.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>¿%1?</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n user(s)</source>
        <translation>
            <numerusform>Suspender a %n usuario</numerusform>
            <numerusform>Suspender a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason the users will see:</source>
        <translation>El motivo que verán los usuarios:</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n user(s)</source>
        <translation>
            <numerusform>Reactivar a %n usuario</numerusform>
            <numerusform>Reactivar a %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)</source>
        <translation>
            <numerusform>Aprobar %n registro</numerusform>
            <numerusform>Aprobar %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened the KYC documents of %Ln of these users (Pending approvals shows them). Approve them anyway?</source>
        <translation>
            <numerusform>No ha abierto los documentos KYC de %Ln de estos usuarios (Aprobaciones pendientes los muestra). ¿Aprobarlos de todos modos?</numerusform>
            <numerusform>No ha abierto los documentos KYC de %Ln de estos usuarios (Aprobaciones pendientes los muestra). ¿Aprobarlos de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s)</source>
        <translation>
            <numerusform>Rechazar %n registro</numerusform>
            <numerusform>Rechazar %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %n user(s)</source>
        <translation>
            <numerusform>Dar de baja a %n usuario</numerusform>
            <numerusform>Dar de baja a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Why their access is removed (kept in the audit log):</source>
        <translation>Por qué se retira su acceso (queda en el registro de auditoría):</translation>
    </message>
    <message numerus="yes">
        <source>Resubscribe %n user(s)</source>
        <translation>
            <numerusform>Volver a suscribir a %n usuario</numerusform>
            <numerusform>Volver a suscribir a %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Eliminar a %n usuario</numerusform>
            <numerusform>Eliminar a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>DELETE %1</source>
        <translation>ELIMINAR %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n user(s) and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type %1 to confirm:</source>
        <translation>
            <numerusform>Esto elimina a %n usuario y todos sus datos: inscripciones, pagos, créditos, actividad, tickets, mensajes. No se puede deshacer.

Escriba %1 para confirmar:</numerusform>
            <numerusform>Esto elimina a %n usuarios y todos sus datos: inscripciones, pagos, créditos, actividad, tickets, mensajes. No se puede deshacer.

Escriba %1 para confirmar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the confirmation did not match.</source>
        <translation>No se eliminó nada: la confirmación no coincidía.</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>Inscribir a %n usuario</numerusform>
            <numerusform>Inscribir a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to mailing list</source>
        <translation>Añadir a una lista de correo</translation>
    </message>
    <message>
        <source>This school has no mailing lists.</source>
        <translation>Esta escuela no tiene listas de correo.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a mailing list</source>
        <translation>
            <numerusform>Añadir %n usuario a una lista de correo</numerusform>
            <numerusform>Añadir %n usuarios a una lista de correo</numerusform>
        </translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>Añadir %n usuario a %1</numerusform>
            <numerusform>Añadir %n usuarios a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Recargar créditos a %n usuario</numerusform>
            <numerusform>Recargar créditos a %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) %1 each, %2 in all?</source>
        <translation>
            <numerusform>¿Dar %1 a %Ln usuario, %2 en total?</numerusform>
            <numerusform>¿Dar %1 a cada uno de %Ln usuarios, %2 en total?</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pprove registration</source>
        <translation>A&amp;probar registro</translation>
    </message>
    <message>
        <source>Resu&amp;bscribe</source>
        <translation>&amp;Volver a suscribir</translation>
    </message>
</context>
<context>
    <name>rollbook::Server</name>
    <message>
        <source>The database connection was lost; try again.</source>
        <translation>Se perdió la conexión con la base de datos; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&quot;after&quot; is not a row&apos;s id.</source>
        <translation>«after» no es el id de una fila.</translation>
    </message>
    <message>
        <source>&quot;through&quot; is not a row&apos;s id.</source>
        <translation>«through» no es el id de una fila.</translation>
    </message>
    <message>
        <source>rollbookd: cannot use the TLS certificate %1 and key %2.</source>
        <translation>rollbookd: no se pueden usar el certificado TLS %1 y la clave %2.</translation>
    </message>
    <message>
        <source>the database holds schema %1, from a newer rollbookd.</source>
        <translation>la base de datos contiene el esquema %1, de un rollbookd más reciente.</translation>
    </message>
    <message>
        <source>the database holds schema %1, not %2: run rollbookd init first.</source>
        <translation>la base de datos contiene el esquema %1, no el %2: ejecute primero rollbookd init.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>La base de datos no responde.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Envíe el cuerpo como application/json.</translation>
    </message>
    <message>
        <source>No synced table is called %1.</source>
        <translation>Ninguna tabla sincronizada se llama %1.</translation>
    </message>
    <message>
        <source>rollbookd: cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>rollbookd: no se puede escuchar en %1:%2 (en uso, o no es una dirección de esta máquina).</translation>
    </message>
    <message>
        <source>rollbookd: %1</source>
        <translation>rollbookd: %1</translation>
    </message>
    <message>
        <source>The schema is at version %1 already.</source>
        <translation>El esquema ya está en la versión %1.</translation>
    </message>
    <message>
        <source>Created the Rollbook schema, version %1.</source>
        <translation>Se creó el esquema de Rollbook, versión %1.</translation>
    </message>
    <message>
        <source>Migrated the schema from version %1 to %2.</source>
        <translation>Se migró el esquema de la versión %1 a la %2.</translation>
    </message>
    <message>
        <source>Name the school to load with --from FILE.rollbook.</source>
        <translation>Indique la escuela que cargar con --from FILE.rollbook.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 de %3 filas</translation>
    </message>
    <message>
        <source>Loaded %1 rows from %2 in %3 s.</source>
        <translation>Se cargaron %1 filas de %2 en %3 s.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>puede iniciar sesión</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sin contraseña</translation>
    </message>
    <message>
        <source>Name the operator: rollbookd operator %1 NAME.</source>
        <translation>Indique el operador: rollbookd operator %1 NAME.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 puede iniciar sesión como %2.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions are revoked.</source>
        <translation>%1 está desactivado; sus sesiones se han revocado.</translation>
    </message>
    <message>
        <source>operator takes add, list or disable.</source>
        <translation>operator admite add, list o disable.</translation>
    </message>
    <message>
        <source>Cannot read the config file %1.</source>
        <translation>No se puede leer el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG, or pg= in the config file).</source>
        <translation>Indique la base de datos con --pg URL (o ROLLBOOK_PG, o pg= en el archivo de configuración).</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT (127.0.0.1:8443; port 0 picks a free one), not &quot;%1&quot;.</source>
        <translation>--listen admite HOST:PORT (127.0.0.1:8443; el puerto 0 elige uno libre), no «%1».</translation>
    </message>
    <message>
        <source>serve needs --tls-cert FILE and --tls-key FILE (PEM): rollbookd speaks only HTTPS.</source>
        <translation>serve necesita --tls-cert FILE y --tls-key FILE (PEM): rollbookd solo habla HTTPS.</translation>
    </message>
    <message>
        <source>--threads takes 1 to 64.</source>
        <translation>--threads admite de 1 a 64.</translation>
    </message>
    <message>
        <source>--mail-interval takes 1 to 3600 seconds.</source>
        <translation>--mail-interval admite de 1 a 3600 segundos.</translation>
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
        <translation>Servidor de Rollbook: una escuela en PostgreSQL.

Órdenes:
  init    crear el esquema en la base de datos, o migrar uno anterior
  load    llevar una escuela independiente (un archivo .rollbook) a un servidor vacío
  operator add NAME [--role admin|support] [--password-stdin]
  operator list
  operator disable NAME
  serve   atender a los clientes por HTTPS (véase docs/API.md)</translation>
    </message>
    <message>
        <source>init or load</source>
        <translation>init o load</translation>
    </message>
    <message>
        <source>The PostgreSQL database, as a libpq URL (postgresql://user@host:5432/school) or key=value string; ROLLBOOK_PG when not given.</source>
        <translation>La base de datos PostgreSQL, como URL de libpq (postgresql://user@host:5432/school) o cadena key=value; ROLLBOOK_PG si no se indica.</translation>
    </message>
    <message>
        <source>load: the school file to move onto the server.</source>
        <translation>load: el archivo de la escuela que se lleva al servidor.</translation>
    </message>
    <message>
        <source>operator add: admin (everything) or support (tickets, messages, reset links; reads users).</source>
        <translation>operator add: admin (todo) o support (tickets, mensajes, enlaces de restablecimiento; lee usuarios).</translation>
    </message>
    <message>
        <source>operator add: read the password from the first line of stdin instead of the terminal.</source>
        <translation>operator add: leer la contraseña de la primera línea de la entrada estándar en lugar del terminal.</translation>
    </message>
    <message>
        <source>serve: the address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>serve: la dirección y el puerto en que escuchar (por defecto 127.0.0.1:8443; el puerto 0 elige uno libre).</translation>
    </message>
    <message>
        <source>serve: the TLS certificate chain, PEM.</source>
        <translation>serve: la cadena de certificados TLS, PEM.</translation>
    </message>
    <message>
        <source>serve: the TLS private key, PEM.</source>
        <translation>serve: la clave privada TLS, PEM.</translation>
    </message>
    <message>
        <source>serve: worker threads, each with its own PostgreSQL connection (default 8).</source>
        <translation>serve: hilos de trabajo, cada uno con su propia conexión a PostgreSQL (por defecto 8).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the mail server&apos;s password (the mail server itself is named in the school&apos;s settings); ROLLBOOK_SMTP_PASSWORD_FILE when not given.</source>
        <translation>serve: un archivo cuya primera línea es la contraseña del servidor de correo (el servidor se indica en los ajustes de la escuela); ROLLBOOK_SMTP_PASSWORD_FILE si no se indica.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>serve: certificados en los que confiar para el servidor de correo en lugar de los del sistema (PEM).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the SMS gateway&apos;s password or token (the gateway is named in the school&apos;s settings); ROLLBOOK_SMS_PASSWORD_FILE when not given.</source>
        <translation>serve: un archivo cuya primera línea es la contraseña o el token de la pasarela de SMS (la pasarela se indica en los ajustes de la escuela); ROLLBOOK_SMS_PASSWORD_FILE si no se indica.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>serve: certificados en los que confiar para la pasarela de SMS en lugar de los del sistema (PEM).</translation>
    </message>
    <message>
        <source>serve: seconds between two looks at the notifications queue (default 30).</source>
        <translation>serve: segundos entre dos revisiones de la cola de notificaciones (por defecto 30).</translation>
    </message>
    <message>
        <source>serve: an INI file with any of pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (the command line wins).</source>
        <translation>serve: un archivo INI con cualquiera de pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (la línea de órdenes prevalece).</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG).</source>
        <translation>Indique la base de datos con --pg URL (o ROLLBOOK_PG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see rollbookd --help.</source>
        <translation>«%1» no es una orden; véase rollbookd --help.</translation>
    </message>
</context>
<context>
    <name>rollbook::ServerOperators</name>
    <message>
        <source>A name</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>The role is admin or support, not &quot;%1&quot;.</source>
        <translation>El rol es admin o support, no «%1».</translation>
    </message>
    <message>
        <source>An operator&apos;s password has 12 to 128 characters.</source>
        <translation>La contraseña de un operador tiene de 12 a 128 caracteres.</translation>
    </message>
    <message>
        <source>%1 is an operator already.</source>
        <translation>%1 ya es operador.</translation>
    </message>
    <message>
        <source>No operator named %1 can sign in.</source>
        <translation>Ningún operador llamado %1 puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>El nombre o la contraseña son incorrectos.</translation>
    </message>
</context>
<context>
    <name>rollbook::Sessions</name>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>La sesión ha terminado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for %1; try again after %2 UTC.</source>
        <translation>Demasiados inicios de sesión fallidos para %1; inténtelo de nuevo después de las %2 UTC.</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsActions</name>
    <message>
        <source>The school&apos;s name</source>
        <translation>El nombre de la escuela</translation>
    </message>
    <message>
        <source>Support email: %1</source>
        <translation>Correo de soporte: %1</translation>
    </message>
    <message>
        <source>The platform address must be a web address such as https://learn.example.com.</source>
        <translation>La dirección de la plataforma debe ser una dirección web como https://learn.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone region; use a two-letter country code such as US or GB.</source>
        <translation>«%1» no es una región telefónica; use un código de país de dos letras como ES o MX.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>La moneda es un código ISO 4217 de tres letras como USD o EUR.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Dirección del remitente: %1</translation>
    </message>
    <message>
        <source>The mail server&apos;s security is STARTTLS, TLS or none.</source>
        <translation>La seguridad del servidor de correo es STARTTLS, TLS o ninguna.</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>El nombre del remitente</translation>
    </message>
    <message>
        <source>The gateway takes a form or JSON.</source>
        <translation>La pasarela admite un formulario o JSON.</translation>
    </message>
    <message>
        <source>The text message sender</source>
        <translation>El remitente de los SMS</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation>Ajustes de la escuela</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Escuela</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>&amp;Dirección de la plataforma:</translation>
    </message>
    <message>
        <source>Login, reset and set-password links are built from this address.</source>
        <translation>Los enlaces de acceso, restablecimiento y creación de contraseña se construyen a partir de esta dirección.</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>Región &amp;telefónica predeterminada:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this region&apos;s.</source>
        <translation>Los números escritos sin código de país se leen como de esta región.</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>Moneda (&amp;ISO 4217):</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in wording</source>
        <translation>&amp;Restaurar el texto original</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Placeholders: {%1}</source>
        <translation>Marcadores: {%1}</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>Servidor de &amp;correo</translation>
    </message>
    <message>
        <source>The settings are saved, but not the password: %1</source>
        <translation>Los ajustes se guardaron, pero no la contraseña: %1</translation>
    </message>
    <message>
        <source>Empty: no text message</source>
        <translation>Vacío: sin SMS</translation>
    </message>
    <message>
        <source>This one carries a one-time link: it goes by email only.</source>
        <translation>Esta lleva un enlace de un solo uso: solo se envía por correo.</translation>
    </message>
    <message>
        <source>Sent beside the email to users with a phone number, when a gateway is set up.</source>
        <translation>Se envía junto al correo a los usuarios con número de teléfono, cuando hay una pasarela configurada.</translation>
    </message>
    <message>
        <source>%1 of %2 characters (before the placeholders are filled).</source>
        <translation>%1 de %2 caracteres (antes de rellenar los marcadores).</translation>
    </message>
    <message>
        <source>Te&amp;xt messages</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Text messa&amp;ge:</source>
        <translation>Te&amp;xto del SMS:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Sc&amp;hool name:</source>
        <translation>Nombre de &amp;la escuela:</translation>
    </message>
    <message>
        <source>Users&apos; support &amp;email:</source>
        <translation>Correo de &amp;soporte para usuarios:</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation>Men&amp;saje:</translation>
    </message>
</context>
<context>
    <name>rollbook::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Lists and windows</source>
        <translation>Listas y ventanas</translation>
    </message>
    <message>
        <source>Open the user under the cursor</source>
        <translation>Abrir el usuario bajo el cursor</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Moverse entre campos y listas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Go from the search into the rows</source>
        <translation>Pasar de la búsqueda a las filas</translation>
    </message>
    <message>
        <source>Close a user&apos;s window</source>
        <translation>Cerrar la ventana de un usuario</translation>
    </message>
    <message>
        <source>Next or previous tab of a user&apos;s window</source>
        <translation>Pestaña siguiente o anterior de la ventana de un usuario</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsClient</name>
    <message>
        <source>The web library could not start.</source>
        <translation>La biblioteca web no pudo iniciarse.</translation>
    </message>
    <message>
        <source>The text message gateway is a web address such as https://api.example.com/messages.</source>
        <translation>La pasarela de SMS es una dirección web como https://api.example.com/messages.</translation>
    </message>
    <message>
        <source>Without TLS, text messages go only to a gateway on this machine: use https:// for %1.</source>
        <translation>Sin TLS, los SMS solo van a una pasarela en esta máquina: use https:// para %1.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body template is longer than 4,000 characters.</source>
        <translation>La plantilla del cuerpo de la solicitud de la pasarela supera los 4.000 caracteres.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body must contain {to} and {text}.</source>
        <translation>El cuerpo de la solicitud de la pasarela debe contener {to} y {text}.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of the gateway&apos;s request body; it can use {to}, {from} and {text}.</source>
        <translation>{%1} no es un marcador del cuerpo de la solicitud de la pasarela; puede usar {to}, {from} y {text}.</translation>
    </message>
    <message>
        <source>Once filled, the gateway&apos;s request body is not a JSON object (%1). Placeholders are filled with quoted strings: write {text}, not &quot;{text}&quot;.</source>
        <translation>Una vez rellenado, el cuerpo de la solicitud de la pasarela no es un objeto JSON (%1). Los marcadores se rellenan con cadenas entre comillas: escriba {text}, no &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
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
        <translation>La pasarela rechazó el inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsSettingsPage</name>
    <message>
        <source>Form post (Twilio and most gateways)</source>
        <translation>Envío de formulario (Twilio y la mayoría de pasarelas)</translation>
    </message>
    <message>
        <source>JSON post</source>
        <translation>Envío JSON</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>guardada en el llavero del sistema; escriba para cambiarla</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1</source>
        <translation>Enviado. La pasarela respondió: %1</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1, message %2</source>
        <translation>Enviado. La pasarela respondió: %1, mensaje %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>&amp;Gateway address:</source>
        <translation>Dirección de la &amp;pasarela:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>S&amp;olicitud:</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>&amp;Usuario de acceso:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Contra&amp;seña o token:</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>Cuerpo de &amp;la solicitud:</translation>
    </message>
    <message>
        <source>{to}, {from} and {text} are filled in for each message, escaped for the request. Empty: the usual body shown.</source>
        <translation>{to}, {from} y {text} se rellenan para cada mensaje, escapados para la solicitud. Vacío: el cuerpo habitual que se muestra.</translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation>&amp;Teléfono de prueba:</translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation>Teléfono de prueba: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s text messages reach people.</source>
        <translation>Esta es una prueba de Rollbook: los SMS de la escuela llegan a las personas.</translation>
    </message>
    <message>
        <source>S&amp;end test message</source>
        <translation>Enviar SMS &amp;de prueba</translation>
    </message>
    <message>
        <source>Sen&amp;der number or name:</source>
        <translation>Número o nombre del &amp;remitente:</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
</context>
<context>
    <name>rollbook::SmtpClient</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>La biblioteca de correo no pudo iniciarse.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in: %1</source>
        <translation>El servidor de correo rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Name the mail server (SMTP host).</source>
        <translation>Indique el servidor de correo (host SMTP).</translation>
    </message>
    <message>
        <source>The mail server&apos;s port is a number from 1 to 65535.</source>
        <translation>El puerto del servidor de correo es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Give the address the school&apos;s email comes from.</source>
        <translation>Indique la dirección desde la que sale el correo de la escuela.</translation>
    </message>
    <message>
        <source>Without TLS, email goes only to a mail server on this machine: choose STARTTLS or TLS for %1.</source>
        <translation>Sin TLS, el correo solo va a un servidor de correo en esta máquina: elija STARTTLS o TLS para %1.</translation>
    </message>
</context>
<context>
    <name>rollbook::SupportActions</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>El ticket %1 no existe.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Una respuesta</translation>
    </message>
    <message>
        <source>The ticket is closed; reopen it to reply, or add an internal note.</source>
        <translation>El ticket está cerrado; reábralo para responder, o añada una nota interna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status.</source>
        <translation>«%1» no es un estado de ticket.</translation>
    </message>
    <message>
        <source>The ticket is %1 already.</source>
        <translation>El ticket ya está %1.</translation>
    </message>
    <message>
        <source>The ticket was changed by someone else meanwhile; try again.</source>
        <translation>Otra persona modificó el ticket mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Un mensaje</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation; this user has none yet.</source>
        <translation>Solo un administrador puede iniciar una conversación; este usuario aún no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>rollbook::TableTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollbook::TableWriter</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1.</source>
        <translation>No se puede colocar la exportación en %1.</translation>
    </message>
    <message>
        <source>A sheet holds 1 to 1,048,575 rows.</source>
        <translation>Una hoja admite de 1 a 1.048.575 filas.</translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab.</source>
        <translation>El delimitador es una coma, un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation>No se puede escribir la fila %1: %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>No se puede añadir la hoja «%1».</translation>
    </message>
</context>
<context>
    <name>rollbook::TestsTab</name>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Double-click an attempt, or press Enter, to see its answers.</source>
        <translation>Haga doble clic en un intento, o pulse Intro, para ver sus respuestas.</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
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
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Answers — %1</source>
        <translation>Respuestas — %1</translation>
    </message>
    <message>
        <source>Score %1% (pass mark %2%): %3 of %4 answers correct.</source>
        <translation>Puntuación %1 % (nota de aprobado %2 %): %3 de %4 respuestas correctas.</translation>
    </message>
    <message>
        <source>This user has not taken a test yet.</source>
        <translation>Este usuario aún no ha hecho ninguna prueba.</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>Ver respuestas</translation>
    </message>
    <message>
        <source>This user has not taken a test yet: there are no answers to show.</source>
        <translation>Este usuario aún no ha hecho ninguna prueba: no hay respuestas que mostrar.</translation>
    </message>
    <message>
        <source>Select an attempt first.</source>
        <translation>Seleccione primero un intento.</translation>
    </message>
    <message>
        <source>Show &amp;answers…</source>
        <translation>&amp;Ver respuestas…</translation>
    </message>
</context>
<context>
    <name>rollbook::TicketsTab</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Write a reply to the user, or a note only operators see…</source>
        <translation>Escriba una respuesta al usuario, o una nota que solo ven los operadores…</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;respuesta</translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation>Añadir &amp;nota interna</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>No hay tickets.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Estado del ticket</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Pending (waiting on the user)</source>
        <translation>Pendiente (esperando al usuario)</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
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
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Cambiar el e&amp;stado</translation>
    </message>
</context>
<context>
    <name>rollbook::TopUpDialog</name>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Recargar créditos a %n usuario</numerusform>
            <numerusform>Recargar créditos a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <source>Adjustment (may be negative)</source>
        <translation>Ajuste (puede ser negativo)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Shown in the user&apos;s billing history</source>
        <translation>Se muestra en el historial de facturación del usuario</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Introduzca un importe distinto de cero.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Solo un ajuste puede quitar créditos.</translation>
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
        <translation>Un motivo que verá el usuario</translation>
    </message>
    <message>
        <source>Already suspended.</source>
        <translation>Ya está suspendido.</translation>
    </message>
    <message>
        <source>Not suspended.</source>
        <translation>No está suspendido.</translation>
    </message>
    <message>
        <source>The amount must be non-zero and at most %1 in minor units.</source>
        <translation>El importe debe ser distinto de cero y como máximo %1 en unidades menores.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Solo un ajuste puede quitar créditos.</translation>
    </message>
    <message>
        <source>The note has at most 500 characters.</source>
        <translation>La nota tiene como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>The balance cannot go below zero.</source>
        <translation>El saldo no puede quedar por debajo de cero.</translation>
    </message>
    <message>
        <source>The email is unchanged.</source>
        <translation>El correo no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 is already the email of another user.</source>
        <translation>%1 ya es el correo de otro usuario.</translation>
    </message>
    <message>
        <source>The phone is unchanged.</source>
        <translation>El teléfono no ha cambiado.</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Una contraseña tiene de 8 a 128 caracteres.</translation>
    </message>
    <message>
        <source>Not pending.</source>
        <translation>No está pendiente.</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>Un motivo</translation>
    </message>
    <message>
        <source>Only an active user can be unsubscribed.</source>
        <translation>Solo se puede dar de baja a un usuario activo.</translation>
    </message>
    <message>
        <source>Not unsubscribed.</source>
        <translation>No está dado de baja.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>El producto %1 no existe.</translation>
    </message>
    <message>
        <source>Already enrolled in %1.</source>
        <translation>Ya está inscrito en %1.</translation>
    </message>
    <message>
        <source>A first name</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Elija al menos un producto.</translation>
    </message>
    <message>
        <source>Already enrolled in every product chosen.</source>
        <translation>Ya está inscrito en todos los productos elegidos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enrollment status.</source>
        <translation>«%1» no es un estado de inscripción.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>El progreso es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Enrollment %1 does not exist.</source>
        <translation>La inscripción %1 no existe.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <source>The enrollment was changed by someone else meanwhile; try again.</source>
        <translation>Otra persona modificó la inscripción mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Los apellidos</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>El sector</translation>
    </message>
    <message>
        <source>Choose at most 1,000 products at once.</source>
        <translation>Elija como máximo 1.000 productos a la vez.</translation>
    </message>
    <message>
        <source>The amount is in %1, but this school counts credit in %2.</source>
        <translation>El importe está en %1, pero esta escuela cuenta los créditos en %2.</translation>
    </message>
    <message>
        <source>That is not a password hash this school can check.</source>
        <translation>No es un hash de contraseña que esta escuela pueda comprobar.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserExport</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>No hay ninguna columna %1.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Moodle upload users</source>
        <translation>Subida de usuarios de Moodle</translation>
    </message>
    <message>
        <source>Rollbook export</source>
        <translation>Exportación de Rollbook</translation>
    </message>
    <message>
        <source>Unknown format: check the columns</source>
        <translation>Formato desconocido: revise las columnas</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Suspended (1 or 0)</source>
        <translation>Suspendido (1 o 0)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enroll in product</source>
        <translation>Inscribir en producto</translation>
    </message>
    <message>
        <source>(unknown field)</source>
        <translation>(campo desconocido)</translation>
    </message>
    <message>
        <source>No column holds the email: map one to Email (users are matched by it).</source>
        <translation>Ninguna columna contiene el correo: asigne una a Correo electrónico (los usuarios se emparejan por él).</translation>
    </message>
    <message>
        <source>No column holds the first name: new users need one.</source>
        <translation>Ninguna columna contiene el nombre: los usuarios nuevos lo necesitan.</translation>
    </message>
    <message>
        <source>No email.</source>
        <translation>Sin correo.</translation>
    </message>
    <message>
        <source>The same email as line %1.</source>
        <translation>El mismo correo que la línea %1.</translation>
    </message>
    <message>
        <source>%1 is already a user (choose &quot;add and update&quot; to update them).</source>
        <translation>%1 ya es un usuario (elija «añadir y actualizar» para actualizarlo).</translation>
    </message>
    <message>
        <source>No user has this email.</source>
        <translation>Ningún usuario tiene este correo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, pending, suspended, unsubscribed).</source>
        <translation>«%1» no es un estado (active, pending, suspended, unsubscribed).</translation>
    </message>
    <message>
        <source>Suspended is 1 or 0, not &quot;%1&quot;.</source>
        <translation>Suspendido es 1 o 0, no «%1».</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Una contraseña tiene de 8 a 128 caracteres.</translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>No hay ningún producto «%1».</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>Sin nombre.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>enrollments</source>
        <translation>inscripciones</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>Nada cambia.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Línea %1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se importó nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>omitir</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>Country (reads national phone numbers)</source>
        <translation>País (para leer los números de teléfono nacionales)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>«%1» no es un código de país (dos letras, como ES o MX).</translation>
    </message>
    <message>
        <source>%1 lines have errors: correct them (see the preview) and check again, or import the valid lines and skip these; nothing was written.</source>
        <translation>%1 líneas tienen errores: corríjalas (vea la vista previa) y vuelva a comprobar, o importe las líneas válidas y omita estas; no se escribió nada.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Los apellidos</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>El sector</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>A product of this line no longer exists.</source>
        <translation>Un producto de esta línea ya no existe.</translation>
    </message>
    <message>
        <source>The user this line changes does not exist.</source>
        <translation>El usuario que cambia esta línea no existe.</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>El teléfono</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form.</source>
        <translation>«%1» no es un número de teléfono en formato internacional.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user status.</source>
        <translation>«%1» no es un estado de usuario.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>El campo personalizado %1 no existe.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>El producto %1 no existe.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserTableModel</name>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuario ya no existe.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserWindow</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation>%1 — Rollbook</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Added by an administrator</source>
        <translation>Añadido por un administrador</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Saldo de créditos</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total gastado</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progreso en los cursos</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>El motivo que verá el usuario:</translation>
    </message>
    <message>
        <source>Copy a &amp;login link</source>
        <translation>Copiar un enlace de &amp;acceso</translation>
    </message>
    <message>
        <source>A one-time login link, valid for 15 minutes, is on the clipboard.</source>
        <translation>Un enlace de acceso de un solo uso, válido durante 15 minutos, está en el portapapeles.</translation>
    </message>
    <message>
        <source>Send a &amp;reset link</source>
        <translation>Enviar un enlace de &amp;restablecimiento</translation>
    </message>
    <message>
        <source>A password-reset email is queued; the link (valid for 24 hours) is also on the clipboard.</source>
        <translation>Un correo para restablecer la contraseña está en cola; el enlace (válido durante 24 horas) también está en el portapapeles.</translation>
    </message>
    <message>
        <source>Si&amp;mulate session…</source>
        <translation>Si&amp;mular sesión…</translation>
    </message>
    <message>
        <source>Simulate the user&apos;s session</source>
        <translation>Simular la sesión del usuario</translation>
    </message>
    <message>
        <source>Why (kept in the audit log):</source>
        <translation>Por qué (queda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>Open this link in a private window to see the platform as this user; it works once, for 30 minutes.</source>
        <translation>Abra este enlace en una ventana privada para ver la plataforma como este usuario; funciona una vez, durante 30 minutos.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Sin comentarios.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Uses by this user</source>
        <translation>Usos por este usuario</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Uses in total</source>
        <translation>Usos en total</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No coupons used.</source>
        <translation>No ha usado cupones.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>&amp;Establecer contraseña…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Apr&amp;obar</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Why access ends (kept in the audit log):</source>
        <translation>Por qué termina el acceso (queda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>Re&amp;subscribe</source>
        <translation>&amp;Volver a suscribir</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>E&amp;liminar usuario…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>This deletes the user and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type their email, %1, to confirm:</source>
        <translation>Esto elimina al usuario y todos sus datos: inscripciones, pagos, créditos, actividad, tickets, mensajes. No se puede deshacer.

Escriba su correo, %1, para confirmar:</translation>
    </message>
    <message>
        <source>Nothing was deleted: the email did not match.</source>
        <translation>No se eliminó nada: el correo no coincidía.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Save every changed field (Ctrl+S)</source>
        <translation>Guardar cada campo cambiado (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Des&amp;cartar</translation>
    </message>
    <message>
        <source>Some fields of the Overview are changed but not saved. Save them?</source>
        <translation>Hay campos del Resumen cambiados pero sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Payments &amp;&amp; credits</source>
        <translation>Pagos &amp;&amp; créditos</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Cupones</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Envíos a concursos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>&amp;Suspender…</translation>
    </message>
</context>
<context>
    <name>rollbook::WelcomeDialog</name>
    <message>
        <source>Welcome to Rollbook</source>
        <translation>Bienvenido a Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook keeps your school&apos;s users in a database file on this computer.&lt;/p&gt;&lt;p&gt;Start with a demo school to look around, or open an existing database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook guarda los usuarios de su escuela en un archivo de base de datos en este equipo.&lt;/p&gt;&lt;p&gt;Empiece con una escuela de demostración para echar un vistazo, o abra una base de datos existente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a &amp;demo school</source>
        <translation>Crear una escuela de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Abrir una base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Número de usuarios</translation>
    </message>
</context>
<context>
    <name>rollbook::cli</name>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Columna desconocida «%1».</translation>
    </message>
    <message>
        <source>Export users to CSV or XLSX with the directory&apos;s search, status tab, sort and columns.</source>
        <translation>Exportar usuarios a CSV o XLSX con la búsqueda, la pestaña de estado, el orden y las columnas del directorio.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv o xlsx (por defecto: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>Column keys to export, in order (default: all): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, or a custom field&apos;s key.</source>
        <translation>Claves de las columnas que exportar, en orden (por defecto: todas): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, o la clave de un campo personalizado.</translation>
    </message>
    <message>
        <source>CSV: comma, semicolon or tab.</source>
        <translation>CSV: comma, semicolon o tab.</translation>
    </message>
    <message>
        <source>CSV: no UTF-8 byte-order mark.</source>
        <translation>CSV: sin marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <source>CSV: write cells as they are (no Excel-safe apostrophe before =, +, -, @).</source>
        <translation>CSV: escribir las celdas tal cual (sin el apóstrofo de seguridad para Excel antes de =, +, -, @).</translation>
    </message>
    <message>
        <source>XLSX: data rows per sheet before the next one.</source>
        <translation>XLSX: filas de datos por hoja antes de la siguiente.</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE are required.</source>
        <translation>--db FILE y --out FILE son obligatorios.</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format debe ser csv o xlsx.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab.</source>
        <translation>--delimiter debe ser comma, semicolon o tab.</translation>
    </message>
    <message>
        <source>--rows-per-sheet must be from 1 to 1048575.</source>
        <translation>--rows-per-sheet debe ir de 1 a 1048575.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 users…</source>
        <translation>Exportando %1 de %2 usuarios…</translation>
    </message>
    <message>
        <source>Wrote %1 users to %2 in %3 s.</source>
        <translation>Se escribieron %1 usuarios en %2 en %3 s.</translation>
    </message>
    <message>
        <source>%1 sheets.</source>
        <translation>%1 hojas.</translation>
    </message>
    <message>
        <source>%1 cells longer than 32,767 characters were cut.</source>
        <translation>Se recortaron %1 celdas de más de 32.767 caracteres.</translation>
    </message>
    <message>
        <source>%1 cells starting with =, +, -, @ got a leading apostrophe (--raw keeps them).</source>
        <translation>%1 celdas que empezaban por =, +, -, @ recibieron un apóstrofo delante (--raw las deja como están).</translation>
    </message>
    <message>
        <source>Import users from a CSV or XLSX file: a dry run first, then --apply.</source>
        <translation>Importar usuarios desde un archivo CSV o XLSX: primero una simulación, después --apply.</translation>
    </message>
    <message>
        <source>Rollbook database file.</source>
        <translation>Archivo de base de datos de Rollbook.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation>El archivo CSV o XLSX que importar.</translation>
    </message>
    <message>
        <source>Check every line; write nothing.</source>
        <translation>Comprobar cada línea; no escribir nada.</translation>
    </message>
    <message>
        <source>Write the users, all or nothing.</source>
        <translation>Escribir los usuarios, todos o ninguno.</translation>
    </message>
    <message>
        <source>add, add-update or update.</source>
        <translation>add, add-update o update.</translation>
    </message>
    <message>
        <source>Write every line&apos;s outcome to this CSV or XLSX.</source>
        <translation>Escribir el resultado de cada línea en este CSV o XLSX.</translation>
    </message>
    <message>
        <source>Who imports (kept in the audit log).</source>
        <translation>Quién importa (queda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>--db FILE and --in FILE are required.</source>
        <translation>--db FILE y --in FILE son obligatorios.</translation>
    </message>
    <message>
        <source>Say --dry-run or --apply.</source>
        <translation>Indique --dry-run o --apply.</translation>
    </message>
    <message>
        <source>--mode must be add, add-update or update.</source>
        <translation>--mode debe ser add, add-update o update.</translation>
    </message>
    <message>
        <source>%1 (%2 lines; %3)</source>
        <translation>%1 (%2 líneas; %3)</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>Checked in %1 s: %2 to create, %3 to update, %4 skipped, %5 errors.</source>
        <translation>Comprobado en %1 s: %2 por crear, %3 por actualizar, %4 omitidas, %5 errores.</translation>
    </message>
    <message>
        <source>The monthly activity report, beside the month before.</source>
        <translation>El informe mensual de actividad, junto al mes anterior.</translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation>El mes, como AAAA-MM.</translation>
    </message>
    <message>
        <source>xlsx, csv or pdf (default: from the file name).</source>
        <translation>xlsx, csv o pdf (por defecto: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>--db FILE, --month YYYY-MM and --out FILE are required.</source>
        <translation>--db FILE, --month YYYY-MM y --out FILE son obligatorios.</translation>
    </message>
    <message>
        <source>--month must look like 2026-10.</source>
        <translation>--month debe tener la forma 2026-10.</translation>
    </message>
    <message>
        <source>--format must be xlsx, csv or pdf.</source>
        <translation>--format debe ser xlsx, csv o pdf.</translation>
    </message>
    <message>
        <source>Computed %1 in %2 ms; wrote %3.</source>
        <translation>%1 calculado en %2 ms; se escribió %3.</translation>
    </message>
    <message>
        <source>The audit log, newest first: who changed what, when and why.</source>
        <translation>El registro de auditoría, lo más reciente primero: quién cambió qué, cuándo y por qué.</translation>
    </message>
    <message>
        <source>Only the changes of this user: an email, or a name or phone as the directory searches them.</source>
        <translation>Solo los cambios de este usuario: un correo, o un nombre o teléfono tal como los busca el directorio.</translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD, local time).</source>
        <translation>Desde este día (AAAA-MM-DD, hora local).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, local time).</source>
        <translation>Hasta este día (AAAA-MM-DD, hora local).</translation>
    </message>
    <message>
        <source>Only this action (top_up, suspend, ...).</source>
        <translation>Solo esta acción (top_up, suspend, …).</translation>
    </message>
    <message>
        <source>Only the changes of this operator.</source>
        <translation>Solo los cambios de este operador.</translation>
    </message>
    <message>
        <source>At most N rows (0 for all).</source>
        <translation>Como máximo N filas (0 para todas).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json o table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE es obligatorio.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format debe ser csv, json o table.</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 espera una fecha como YYYY-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>--action: &quot;%1&quot; is not an action; one of: %2.</source>
        <translation>--action: «%1» no es una acción; una de: %2.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit debe ser un número, 0 para todos.</translation>
    </message>
    <message>
        <source>--user: type at least three letters of a name, or an email.</source>
        <translation>--user: escriba al menos tres letras de un nombre, o un correo.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Ningún usuario coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 cambios</translation>
    </message>
    <message>
        <source>With --apply: import the valid lines and skip the lines with errors (listed in the results as skipped).</source>
        <translation>Con --apply: importar las líneas válidas y omitir las que tienen errores (aparecen como omitidas en los resultados).</translation>
    </message>
    <message>
        <source>Read national phone numbers of this country (ISO code such as FR) where a line has no country column; default: the school&apos;s region.</source>
        <translation>Leer los números de teléfono nacionales de este país (código ISO como ES) donde una línea no tenga columna de país; por defecto: la región de la escuela.</translation>
    </message>
    <message>
        <source>--skip-invalid goes with --apply.</source>
        <translation>--skip-invalid va con --apply.</translation>
    </message>
    <message>
        <source>--phone-region: &quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>--phone-region: «%1» no es un código de país (dos letras, como ES o MX).</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines above, or add --skip-invalid to import the valid lines only.</source>
        <translation>No se importó nada: corrija las líneas de arriba, o añada --skip-invalid para importar solo las líneas válidas.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importado: %1 creados, %2 actualizados, %3 líneas omitidas.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>A file whose first line is the mail server&apos;s password.</source>
        <translation>Un archivo cuya primera línea es la contraseña del servidor de correo.</translation>
    </message>
    <message>
        <source>Certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>Certificados en los que confiar para el servidor de correo en lugar de los del sistema (PEM).</translation>
    </message>
    <message>
        <source>Who sends (named in the audit log of the links issued).</source>
        <translation>Quién envía (figura en el registro de auditoría de los enlaces emitidos).</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 up.</source>
        <translation>--limit debe ser un número a partir de 1.</translation>
    </message>
    <message>
        <source>The mail server failed: %1</source>
        <translation>Falló el servidor de correo: %1</translation>
    </message>
    <message>
        <source>The school&apos;s notifications, newest first.</source>
        <translation>Las notificaciones de la escuela, lo más reciente primero.</translation>
    </message>
    <message>
        <source>Only queued, sent or failed ones.</source>
        <translation>Solo las que están en cola, enviadas o fallidas.</translation>
    </message>
    <message>
        <source>--status must be queued, sent or failed, not &quot;%1&quot;.</source>
        <translation>--status debe ser queued, sent o failed, no «%1».</translation>
    </message>
    <message>
        <source>%1 notifications</source>
        <translation>%1 notificaciones</translation>
    </message>
    <message>
        <source>Usage: rollbook-cli notifications send|list [options]; add --help for a subcommand&apos;s options.</source>
        <translation>Uso: rollbook-cli notifications send|list [opciones]; añada --help para ver las opciones de una suborden.</translation>
    </message>
    <message>
        <source>Sends the school&apos;s queued notifications, oldest first: email through its mail server, text messages through its SMS gateway (School settings), each over one connection. For a cron job: exits 3 when the mail server or the gateway fails.</source>
        <translation>Envía las notificaciones en cola de la escuela, las más antiguas primero: el correo por su servidor de correo, los SMS por su pasarela de SMS (Ajustes de la escuela), cada uno por una sola conexión. Para una tarea cron: termina con 3 cuando falla el servidor de correo o la pasarela.</translation>
    </message>
    <message>
        <source>A file whose first line is the SMS gateway&apos;s password (or token).</source>
        <translation>Un archivo cuya primera línea es la contraseña (o el token) de la pasarela de SMS.</translation>
    </message>
    <message>
        <source>Certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>Certificados en los que confiar para la pasarela de SMS en lugar de los del sistema (PEM).</translation>
    </message>
    <message>
        <source>At most N notifications of each kind this run.</source>
        <translation>Como máximo N notificaciones de cada tipo en esta ejecución.</translation>
    </message>
    <message>
        <source>Email: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>Correo: enviados %1, por reintentar %2, fallidos %3, en %4 conexión(es).</translation>
    </message>
    <message>
        <source>Text messages: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>SMS: enviados %1, por reintentar %2, fallidos %3, en %4 conexión(es).</translation>
    </message>
    <message>
        <source>The SMS gateway failed: %1</source>
        <translation>Falló la pasarela de SMS: %1</translation>
    </message>
    <message>
        <source>The school has no mail server and no SMS gateway (School settings): nothing is sent.</source>
        <translation>La escuela no tiene servidor de correo ni pasarela de SMS (Ajustes de la escuela): no se envía nada.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texto de búsqueda.</translation>
    </message>
    <message>
        <source>active, pending, suspended, unsubscribed or all.</source>
        <translation>active, pending, suspended, unsubscribed o all.</translation>
    </message>
    <message>
        <source>Column key, with :desc for descending.</source>
        <translation>Clave de columna, con :desc para orden descendente.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Estado desconocido «%1».</translation>
    </message>
    <message>
        <source>Unknown sort column &quot;%1&quot;.</source>
        <translation>Columna de orden desconocida «%1».</translation>
    </message>
</context>
</TS>
