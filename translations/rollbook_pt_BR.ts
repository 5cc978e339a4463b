<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Conversation</name>
    <message>
        <source>No messages yet.</source>
        <translation>Ainda não há mensagens.</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is locked by another program. Close the other program and try again.</source>
        <translation>%1 está bloqueado por outro programa. Feche o outro programa e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database or is damaged (%2).</source>
        <translation>%1 não é um banco de dados do Rollbook ou está danificado (%2).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema %2: %3</source>
        <translation>Não foi possível atualizar %1 para o esquema %2: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está danificado: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rollbook database.</source>
        <translation>%1 é uma pasta, não um banco de dados do Rollbook.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is not an SQLite file.</source>
        <translation>%1 não é um banco de dados do Rollbook: não é um arquivo SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it is empty.</source>
        <translation>%1 não é um banco de dados do Rollbook: está vazio.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rollbook needs to write to it; copy it somewhere writable or change its permissions.</source>
        <translation>%1 é somente leitura. O Rollbook precisa gravar nele; copie-o para um local gravável ou altere suas permissões.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not expose its handle; Rollbook cannot use it.</source>
        <translation>O driver SQLite do Qt não expõe seu identificador; o Rollbook não pode usá-lo.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rollbook one.</source>
        <translation>%1 é um banco de dados SQLite, mas não do Rollbook.</translation>
    </message>
    <message>
        <source>%1 is not a Rollbook database: it holds no tables.</source>
        <translation>%1 não é um banco de dados do Rollbook: não contém tabelas.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rollbook (schema %2; this version reads up to %3). Update Rollbook to open it.</source>
        <translation>%1 foi criado por uma versão mais nova do Rollbook (esquema %2; esta versão lê até o %3). Atualize o Rollbook para abri-lo.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded first.</source>
        <translation>%1 usa um esquema mais antigo (%2) e precisa ser atualizado primeiro.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Creating users</source>
        <translation>Criando usuários</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The demo school needs at least one user.</source>
        <translation>A escola de demonstração precisa de pelo menos um usuário.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or allow overwriting it.</source>
        <translation>%1 já existe; escolha outro arquivo ou permita sobrescrevê-lo.</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Criando o índice de busca</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Could not move the demo school into place at %1.</source>
        <translation>Não foi possível colocar a escola de demonstração em %1.</translation>
    </message>
    <message>
        <source>Could not write the catalog.</source>
        <translation>Não foi possível gravar o catálogo.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>A notificação %1 não existe.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>Removed %1 (%2), left by an interrupted run.</source>
        <translation>%1 (%2) removido, deixado por uma execução interrompida.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1” não é um número de telefone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>“%1” não é um número de telefone válido.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>%1 is a folder: add a file name.</source>
        <translation>%1 é uma pasta: adicione um nome de arquivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>A pasta %1 não existe e não pode ser criada.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Creating the demo school…</source>
        <translation>Criando a escola de demonstração…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Escola de demonstração</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>A biblioteca de criptografia não pôde ser iniciada.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Memória insuficiente para gerar o hash da senha.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>it declares a document type (DTD), which Excel never writes</source>
        <translation>declara um tipo de documento (DTD), o que o Excel nunca grava</translation>
    </message>
    <message>
        <source>it refers to an entity &quot;%1&quot; that XML does not define</source>
        <translation>faz referência a uma entidade “%1” que o XML não define</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>O usuário %1 não existe.</translation>
    </message>
    <message>
        <source>The user was changed by someone else meanwhile; try again.</source>
        <translation>Outra pessoa alterou o usuário nesse meio-tempo; tente novamente.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile.</source>
        <translation>Outra pessoa alterou %1 nesse meio-tempo.</translation>
    </message>
</context>
<context>
    <name>UserColumn</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Cadastro</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Saldo de créditos</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total gasto</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progresso nos cursos</translation>
    </message>
</context>
<context>
    <name>UserQueryEngine</name>
    <message>
        <source>The search was cancelled.</source>
        <translation>A busca foi cancelada.</translation>
    </message>
    <message>
        <source>The directory has no database.</source>
        <translation>O diretório não tem banco de dados.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Descadastrado</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Digite um endereço de e-mail.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters.</source>
        <translation>Um endereço de e-mail tem no máximo 254 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>“%1” não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>The part before @ has at most 64 characters.</source>
        <translation>A parte antes do @ tem no máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 tem no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %3.</source>
        <translation>%1 contém um caractere de controle (U+%2) na posição %3.</translation>
    </message>
    <message>
        <source>The email address holds a control character (U+%1) at position %2.</source>
        <translation>O endereço de e-mail contém um caractere de controle (U+%1) na posição %2.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than the %3 it may have: shorten it (Rollbook cuts nothing).</source>
        <translation>%1 tem %2 caracteres, mais do que os %3 permitidos: encurte-o (o Rollbook não corta nada).</translation>
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
        <translation>Criar um banco de dados de escola de demonstração.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Número de usuários.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semente aleatória.</translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation>Arquivo de banco de dados a criar.</translation>
    </message>
    <message>
        <source>Last day of demo activity (YYYY-MM-DD).</source>
        <translation>Último dia de atividade de demonstração (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Overwrite FILE.</source>
        <translation>Sobrescrever FILE.</translation>
    </message>
    <message>
        <source>--users must be a number from 1 to 50000000.</source>
        <translation>--users deve ser um número de 1 a 50000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-01.</source>
        <translation>--today deve ser uma data como 2026-11-01.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE é obrigatório.</translation>
    </message>
    <message>
        <source>Created %1 with %2 users in %3 s.</source>
        <translation>%1 criado com %2 usuários em %3 s.</translation>
    </message>
    <message>
        <source>List users with the directory&apos;s search, status tab and sort.</source>
        <translation>Listar usuários com a busca, a aba de status e a ordenação do diretório.</translation>
    </message>
    <message>
        <source>At most N users (0 for all).</source>
        <translation>No máximo N usuários (0 para todos).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json ou table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE é obrigatório.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format deve ser csv, json ou table.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit deve ser um número, 0 para todos.</translation>
    </message>
    <message>
        <source>%1 of %2 users (%3 matching)</source>
        <translation>%1 de %2 usuários (%3 correspondentes)</translation>
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
        <translation>Uso: rollbook-cli COMANDO [opções]

Comandos:
  seed    criar um banco de dados de escola de demonstração
  users   listar os usuários como o diretório os mostra
  export  gravar usuários em um arquivo CSV ou XLSX
  import  verificar e depois adicionar ou atualizar usuários a partir de CSV ou XLSX
  report  o relatório mensal de atividade (XLSX, CSV ou PDF)
  audit   o registro de auditoria: quem alterou o quê, quando e por quê
  notifications  enviar os e-mails na fila, ou listá-los

rollbook-cli COMANDO --help mostra as opções de um comando;
rollbook-cli --version informa a versão e a das bibliotecas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Abrir um banco de dados do Rollbook</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do Rollbook (*.rollbook *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Escola de demonstração</translation>
    </message>
    <message>
        <source>Rollbook: the user directory of your school.</source>
        <translation>Rollbook: o diretório de usuários da sua escola.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Abrir este arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>Open the profile of the user with this id.</source>
        <translation>Abrir o perfil do usuário com este id.</translation>
    </message>
    <message>
        <source>A .rollbook file to open (as --database does).</source>
        <translation>Um arquivo .rollbook para abrir (como --database).</translation>
    </message>
</context>
<context>
    <name>rollbook::AboutDialog</name>
    <message>
        <source>About Rollbook</source>
        <translation>Sobre o Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;The user directory of your school: accounts, tickets, messages and exports, on this computer or with your team through a Rollbook server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rollbook %1&lt;/h2&gt;&lt;p&gt;O diretório de usuários da sua escola: contas, tickets, mensagens e exportações, neste computador ou com sua equipe por meio de um servidor do Rollbook.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Built on:</source>
        <translation>&amp;Feito com:</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliotecas e suas versões</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
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
        <translation>Este usuário</translation>
    </message>
    <message>
        <source>Platform average</source>
        <translation>Média da plataforma</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Since registration</source>
        <translation>Desde o cadastro</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time spent&lt;/b&gt; (all time): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Daily average&lt;/b&gt; over %4 days: %5 min (platform: %6 min per user)</source>
        <translation>&lt;b&gt;Tempo dedicado&lt;/b&gt; (total): %1 h %2 min · &lt;b&gt;XP:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Média diária&lt;/b&gt; em %4 dias: %5 min (plataforma: %6 min por usuário)</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutos por dia</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Matrículas</translation>
    </message>
    <message>
        <source>Live-class enrollments</source>
        <translation>Matrículas em aulas ao vivo</translation>
    </message>
    <message>
        <source>Online enrollments</source>
        <translation>Matrículas on-line</translation>
    </message>
    <message>
        <source>Average rating given</source>
        <translation>Avaliação média dada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>This user beside the platform average</source>
        <translation>Este usuário ao lado da média da plataforma</translation>
    </message>
</context>
<context>
    <name>rollbook::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Adicionar um usuário</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sobrenome:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>optional; national numbers are read as %1</source>
        <translation>opcional; números nacionais são lidos como de %1</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Set&amp;or:</translation>
    </message>
    <message>
        <source>The user gets a welcome email with a link to set their password.</source>
        <translation>O usuário recebe um e-mail de boas-vindas com um link para definir a senha.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id do usuário</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuário %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Approve registration</source>
        <translation>Aprovar cadastro</translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation>Recusar cadastro</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Descadastrar</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>Recadastrar</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Recarregar créditos</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>Alterar e-mail</translation>
    </message>
    <message>
        <source>Change phone</source>
        <translation>Alterar telefone</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar dados</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Matricular</translation>
    </message>
    <message>
        <source>Change enrollment</source>
        <translation>Alterar matrícula</translation>
    </message>
    <message>
        <source>Change opt-ins</source>
        <translation>Alterar consentimentos</translation>
    </message>
    <message>
        <source>Issue a link</source>
        <translation>Emitir um link</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Enviar uma mensagem</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Status do ticket</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Configurações da escola</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Excluir usuário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motivo do status</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Saldo de créditos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promoções</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Resend a notification</source>
        <translation>Reenviar uma notificação</translation>
    </message>
</context>
<context>
    <name>rollbook::AuditView</name>
    <message>
        <source>any day</source>
        <translation>qualquer dia</translation>
    </message>
    <message>
        <source>any operator</source>
        <translation>qualquer operador</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>qualquer ação</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Expor&amp;tar…</translation>
    </message>
    <message>
        <source>Every row the filter passes, to CSV or Excel</source>
        <translation>Cada linha que passa pelo filtro, para CSV ou Excel</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar o registro de auditoria</translation>
    </message>
    <message>
        <source>audit-%1.xlsx</source>
        <translation>auditoria-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx);;Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Exportando o registro de auditoria</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln linha de auditoria gravada em %1.</numerusform>
            <numerusform>%Ln linhas de auditoria gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>any user: name, email or phone</source>
        <translation>qualquer usuário: nome, e-mail ou telefone</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Açã&amp;o:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>Type at least three letters of a name, or an email, to find a user.</source>
        <translation>Digite pelo menos três letras de um nome, ou um e-mail, para encontrar um usuário.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Nenhum usuário corresponde a “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln alteração exibida</numerusform>
            <numerusform>%Ln alterações exibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · mais ao rolar</translation>
    </message>
    <message>
        <source>Fields the change changed</source>
        <translation>Campos que a alteração mudou</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Usu&amp;ário:</translation>
    </message>
    <message>
        <source>Op&amp;erator:</source>
        <translation>Op&amp;erador:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Início:</translation>
    </message>
</context>
<context>
    <name>rollbook::BuildInfo</name>
    <message>
        <source>All rights reserved. No licence has been published for this version.</source>
        <translation>Todos os direitos reservados. Nenhuma licença foi publicada para esta versão.</translation>
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
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>%1 applied, %2 skipped, %3 failed.</source>
        <translation>%1 aplicados, %2 ignorados, %3 com falha.</translation>
    </message>
    <message>
        <source>Cancelled: the users after these were not changed.</source>
        <translation>Cancelado: os usuários seguintes não foram alterados.</translation>
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
        <translation>&amp;Salvar resultados…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Salvar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuário %1</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandBatch</name>
    <message>
        <source>A %1 operator may not run %2.</source>
        <translation>Um operador %1 não pode executar %2.</translation>
    </message>
    <message>
        <source>The operation ran elsewhere at the same time.</source>
        <translation>A operação foi executada em outro lugar ao mesmo tempo.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommandReplay</name>
    <message>
        <source>At most 1,000 products at once.</source>
        <translation>No máximo 1.000 produtos de uma vez.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>O progresso é uma porcentagem de 0 a 100.</translation>
    </message>
    <message>
        <source>A credit change names its currency.</source>
        <translation>Uma alteração de créditos informa sua moeda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for a credit change.</source>
        <translation>“%1” não é um motivo para uma alteração de créditos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of link.</source>
        <translation>“%1” não é um tipo de link.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field an edit may change.</source>
        <translation>“%1” não é um campo que uma edição possa alterar.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>O campo personalizado %1 não existe.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is missing or of the wrong type.</source>
        <translation>O argumento “%1” está ausente ou é do tipo errado.</translation>
    </message>
    <message>
        <source>Too many templates.</source>
        <translation>Modelos demais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification template.</source>
        <translation>“%1” não é um modelo de notificação.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of this version of Rollbook.</source>
        <translation>“%1” não é uma ação desta versão do Rollbook.</translation>
    </message>
    <message>
        <source>A command needs an op id of 16 bytes.</source>
        <translation>Um comando precisa de um id de operação de 16 bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>“%1” não é um id.</translation>
    </message>
    <message>
        <source>No %1 has the id %2 here.</source>
        <translation>Nenhum %1 tem aqui o id %2.</translation>
    </message>
</context>
<context>
    <name>rollbook::CommunicationActions</name>
    <message>
        <source>Mailing list %1 does not exist.</source>
        <translation>A lista de e-mails %1 não existe.</translation>
    </message>
    <message>
        <source>Already on %1.</source>
        <translation>Já está em %1.</translation>
    </message>
    <message>
        <source>Not on %1.</source>
        <translation>Não está em %1.</translation>
    </message>
    <message>
        <source>The opt-ins are unchanged.</source>
        <translation>Os consentimentos não mudaram.</translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>A notificação %1 não existe.</translation>
    </message>
    <message>
        <source>Only a notification that failed is sent again.</source>
        <translation>Só uma notificação que falhou é reenviada.</translation>
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
        <translation>&amp;Promoções</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Lista de e-mails</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
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
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Selecione uma notificação para lê-la.</translation>
    </message>
    <message>
        <source>Save opt-&amp;ins</source>
        <translation>Salvar consent&amp;imentos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Adicionar à lista</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Remover da lista</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Listas de e-mails</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoção</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation>Consentimentos</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Por que falhou</translation>
    </message>
    <message>
        <source>Send a notification that failed again</source>
        <translation>Reenviar uma notificação que falhou</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Resen&amp;d</source>
        <translation>Reen&amp;viar</translation>
    </message>
</context>
<context>
    <name>rollbook::Delivery</name>
    <message>
        <source>Gave up after %1 tries over six hours: %2</source>
        <translation>Desistiu após %1 tentativas em seis horas: %2</translation>
    </message>
    <message>
        <source>The mail server took the message but never confirmed it: it may have arrived. %1</source>
        <translation>O servidor de e-mail aceitou a mensagem mas nunca a confirmou: ela pode ter chegado. %1</translation>
    </message>
    <message>
        <source>The sender stopped while this was going out: it may have arrived. Resend it if the user did not get it.</source>
        <translation>O envio parou enquanto esta mensagem saía: ela pode ter chegado. Reenvie se o usuário não a recebeu.</translation>
    </message>
    <message>
        <source>The user&apos;s email address &quot;%1&quot; is not one a mail server takes.</source>
        <translation>O endereço de e-mail “%1” do usuário não é um que um servidor de e-mail aceite.</translation>
    </message>
    <message>
        <source>The user has no phone number to text.</source>
        <translation>O usuário não tem número de telefone para SMS.</translation>
    </message>
</context>
<context>
    <name>rollbook::DirectoryWidget</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colunas</translation>
    </message>
    <message>
        <source>Search by name, email, phone, company or student ID (Ctrl+F)</source>
        <translation>Buscar por nome, e-mail, telefone, empresa ou matrícula do aluno (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>Abrir usuário</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 de %2 usuários</translation>
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
        <translation>Mostrando as primeiras linhas, ainda contando…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Go to the rows</source>
        <translation>Ir para as linhas</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 selecionados</translation>
    </message>
    <message>
        <source>Copied the first %1 of %2 selected rows; File &gt; Export users writes them all.</source>
        <translation>Copiadas as primeiras %1 de %2 linhas selecionadas; Arquivo &gt; Exportar usuários grava todas.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) with their header.</source>
        <translation>
            <numerusform>%Ln linha copiada com o cabeçalho.</numerusform>
            <numerusform>%Ln linhas copiadas com o cabeçalho.</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;.
Check the spelling, or look in All instead of one status.</source>
        <translation>Nenhum usuário corresponde a “%1”.
Verifique a grafia, ou procure em Todos em vez de em um status.</translation>
    </message>
    <message>
        <source>No user is %1.</source>
        <translation>Nenhum usuário está %1.</translation>
    </message>
    <message>
        <source>This school has no users yet.
Add one with Users &gt; Add user (Ctrl+N) or import a file (File &gt; Import users, Ctrl+I).</source>
        <translation>Esta escola ainda não tem usuários.
Adicione um com Usuários &gt; Adicionar usuário (Ctrl+N) ou importe um arquivo (Arquivo &gt; Importar usuários, Ctrl+I).</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuários</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
</context>
<context>
    <name>rollbook::EnrollmentsTab</name>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Matriculado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Enroll in more…</source>
        <translation>&amp;Matricular em mais…</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Selecionados:</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Matrículas</translation>
    </message>
</context>
<context>
    <name>rollbook::ExportDialog</name>
    <message>
        <source>E&amp;xcel-safe: a cell starting with =, +, -, @ is kept as text</source>
        <translation>Seguro para o E&amp;xcel: uma célula que começa com =, +, -, @ fica como texto</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuários</translation>
    </message>
    <message>
        <source>The current &amp;view: %1 users, its columns and order</source>
        <translation>A &amp;visualização atual: %1 usuários, suas colunas e ordem</translation>
    </message>
    <message>
        <source>The &amp;selected users: %1</source>
        <translation>Os usuários &amp;selecionados: %1</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Pasta de trabalho do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Vírgula</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Ponto e vírgula</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>users-%1.xlsx</source>
        <translation>usuarios-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuários:</translation>
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
        <translation>Arqu&amp;ivo:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 byte-order &amp;mark (lets Excel read accents)</source>
        <translation>&amp;Marca de ordem de bytes UTF-8 (permite que o Excel leia acentos)</translation>
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
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exportar para &amp;CSV…</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX…</source>
        <translation>Exportar para &amp;XLSX…</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Envios para concursos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
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
        <translation>Envios</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) written to %1.</source>
        <translation>
            <numerusform>%n envio gravado em %1.</numerusform>
            <numerusform>%n envios gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contest submissions</source>
        <translation>Exportar envios para concursos</translation>
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
        <translation>Resultado da exportação</translation>
    </message>
</context>
<context>
    <name>rollbook::Feed</name>
    <message>
        <source>The server&apos;s data was restored or made anew since this cursor; resync from the start.</source>
        <translation>Os dados do servidor foram restaurados ou recriados desde este cursor; sincronize novamente desde o início.</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportDialog</name>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Verificar (simulação)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Save &amp;results…</source>
        <translation>Salvar &amp;resultados…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuários</translation>
    </message>
    <message>
        <source>A CSV or Excel file: Rollbook&apos;s export, Moodle&apos;s upload-users file, or your own</source>
        <translation>Um arquivo CSV ou Excel: a exportação do Rollbook, o arquivo de envio de usuários do Moodle, ou o seu próprio</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Vai para</translation>
    </message>
    <message>
        <source>Add new users only</source>
        <translation>Somente adicionar usuários novos</translation>
    </message>
    <message>
        <source>Add new users and update existing ones (matched by email)</source>
        <translation>Adicionar usuários novos e atualizar os existentes (pareados por e-mail)</translation>
    </message>
    <message>
        <source>Update existing users only</source>
        <translation>Somente atualizar usuários existentes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <source>Dry run (errors first):</source>
        <translation>Simulação (erros primeiro):</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lendo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln line(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln linha · %2</numerusform>
            <numerusform>%1 · %Ln linhas · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file to see what each line will do.</source>
        <translation>Verifique o arquivo para ver o que cada linha fará.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)</source>
        <translation>
            <numerusform>Verificando %Ln linha</numerusform>
            <numerusform>Verificando %Ln linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 skipped, %4 with errors.</source>
        <translation>%1 a criar, %2 a atualizar, %3 ignoradas, %4 com erros.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln user(s)</source>
        <translation>
            <numerusform>Importando %Ln usuário</numerusform>
            <numerusform>Importando %Ln usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Salvar os resultados</translation>
    </message>
    <message>
        <source>import-results.csv</source>
        <translation>resultados-importacao.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import the &amp;valid lines…</source>
        <translation>Importar as &amp;linhas válidas…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imports the lines without errors; the others are skipped and listed in the results</source>
        <translation>Importa as linhas sem erros; as outras são ignoradas e listadas nos resultados</translation>
    </message>
    <message>
        <source>&amp;Phones without a country:</source>
        <translation>&amp;Telefones sem país:</translation>
    </message>
    <message>
        <source>Correct the file (or the mapping) and check again, or import the valid lines and skip these.</source>
        <translation>Corrija o arquivo (ou o mapeamento) e verifique novamente, ou importe as linhas válidas e ignore estas.</translation>
    </message>
    <message numerus="yes">
        <source>Import the &amp;valid lines, skip %Ln…</source>
        <translation>
            <numerusform>Importar as linhas &amp;válidas, ignorar %Ln…</numerusform>
            <numerusform>Importar as linhas &amp;válidas, ignorar %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 valid lines and skip %2 lines with errors? The skipped lines are listed in the results (Save results).</source>
        <translation>Importar %1 linhas válidas e ignorar %2 linhas com erros? As linhas ignoradas são listadas nos resultados (Salvar resultados).</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importado: %1 criados, %2 atualizados, %3 linhas ignoradas.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulação</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>rollbook::ImportTable</name>
    <message>
        <source>Line %1 opens a quoted field that never closes; the file looks cut short.</source>
        <translation>A linha %1 abre um campo entre aspas que nunca se fecha; o arquivo parece cortado.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 lines under its header, the most Rollbook reads from one file.</source>
        <translation>Linha %1: o arquivo tem mais de %2 linhas sob o cabeçalho, o máximo que o Rollbook lê de um arquivo.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, the most a spreadsheet has.</source>
        <translation>A linha %1 tem mais de %2 campos, o máximo de uma planilha.</translation>
    </message>
    <message>
        <source>A value in column %1 has more than %2 characters; nothing was cut.</source>
        <translation>Um valor na coluna %1 tem mais de %2 caracteres; nada foi cortado.</translation>
    </message>
    <message>
        <source>Column %1 holds &quot;%2&quot;, but the header has no title for it (the header has %3 columns).</source>
        <translation>A coluna %1 contém “%2”, mas o cabeçalho não tem título para ela (o cabeçalho tem %3 colunas).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Linha %1: o arquivo tem mais de %2 valores, o máximo que o Rollbook lê de um arquivo.</translation>
    </message>
    <message>
        <source>The file has %1 MB; Rollbook reads CSV files of up to %2 MB (split it, or use XLSX).</source>
        <translation>O arquivo tem %1 MB; o Rollbook lê arquivos CSV de até %2 MB (divida-o, ou use XLSX).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (line %1 is the first that is not): it was read as Windows-1252. Check accented letters in the preview, or save the file as UTF-8.</source>
        <translation>O arquivo não está em UTF-8 (a linha %1 é a primeira que não está): foi lido como Windows-1252. Confira os acentos na prévia, ou salve o arquivo como UTF-8.</translation>
    </message>
    <message>
        <source>The file says it is %1 but is not: it is damaged.</source>
        <translation>O arquivo diz ser %1 mas não é: está danificado.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and a line per user.</source>
        <translation>O arquivo está vazio: precisa de uma linha de cabeçalho e uma linha por usuário.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 MB; Rollbook reads CSV files of up to %3 MB (split it, or use XLSX).</source>
        <translation>%1 tem %2 MB; o Rollbook lê arquivos CSV de até %3 MB (divida-o, ou use XLSX).</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2: %3</source>
        <translation>%1 está danificado na linha %2: %3</translation>
    </message>
    <message>
        <source>it has more than %1 cell styles or number formats, more than Excel makes</source>
        <translation>tem mais de %1 estilos de célula ou formatos de número, mais do que o Excel cria</translation>
    </message>
    <message>
        <source>Line %1: a row opens inside another: the sheet is damaged.</source>
        <translation>Linha %1: uma linha se abre dentro de outra: a planilha está danificada.</translation>
    </message>
    <message>
        <source>Line %1: the sheet goes past row %2, the last one Excel has.</source>
        <translation>Linha %1: a planilha passa da linha %2, a última que o Excel tem.</translation>
    </message>
    <message>
        <source>After line %1: a cell outside any row: the sheet is damaged.</source>
        <translation>Após a linha %1: uma célula fora de qualquer linha: a planilha está danificada.</translation>
    </message>
    <message>
        <source>Line %1: cell %2 is past column XFD (%3), the last one Excel has.</source>
        <translation>Linha %1: a célula %2 está além da coluna XFD (%3), a última que o Excel tem.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <source>Cell %1 comes twice, or out of order: the file is damaged.</source>
        <translation>A célula %1 aparece duas vezes, ou fora de ordem: o arquivo está danificado.</translation>
    </message>
    <message>
        <source>Cell %1 has more than %2 characters; nothing was cut.</source>
        <translation>A célula %1 tem mais de %2 caracteres; nada foi cortado.</translation>
    </message>
    <message>
        <source>Cell %1 refers to text number %2, which the file does not hold: the file is damaged.</source>
        <translation>A célula %1 se refere ao texto número %2, que o arquivo não contém: o arquivo está danificado.</translation>
    </message>
    <message>
        <source>Cell %1 should be TRUE or FALSE but holds &quot;%2&quot;.</source>
        <translation>A célula %1 deveria ser TRUE ou FALSE mas contém “%2”.</translation>
    </message>
    <message>
        <source>Cell %1 holds the Excel error %2.</source>
        <translation>A célula %1 contém o erro do Excel %2.</translation>
    </message>
    <message>
        <source>Cell %1 should hold a number but holds &quot;%2&quot;.</source>
        <translation>A célula %1 deveria conter um número mas contém “%2”.</translation>
    </message>
    <message>
        <source>Cell %1 has a type Rollbook does not know (&quot;%2&quot;).</source>
        <translation>A célula %1 tem um tipo que o Rollbook não conhece (“%2”).</translation>
    </message>
    <message>
        <source>Cell %1 holds &quot;%2&quot;, but the header has no title for its column.</source>
        <translation>A célula %1 contém “%2”, mas o cabeçalho não tem título para sua coluna.</translation>
    </message>
    <message>
        <source>Line %1: the sheet has more than %2 values, the most Rollbook reads from one file.</source>
        <translation>Linha %1: a planilha tem mais de %2 valores, o máximo que o Rollbook lê de um arquivo.</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>a planilha</translation>
    </message>
    <message>
        <source>cannot be inflated: %1</source>
        <translation>não pode ser descompactado: %1</translation>
    </message>
    <message>
        <source>inflates past %1 MB, the most Rollbook reads from one part of a workbook</source>
        <translation>descompactado passa de %1 MB, o máximo que o Rollbook lê de uma parte de uma pasta de trabalho</translation>
    </message>
    <message>
        <source>inflates more than %1 times its stored size, as a zip bomb does</source>
        <translation>descompactado cresce mais de %1 vezes o tamanho armazenado, como uma bomba zip</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 claims %3 MB when inflated; Rollbook reads parts of up to %4 MB.</source>
        <translation>%1 foi recusado: sua parte %2 declara %3 MB descompactada; o Rollbook lê partes de até %4 MB.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be opened (%3).</source>
        <translation>%1 está danificado: sua parte %2 não pode ser aberta (%3).</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 %3.</source>
        <translation>%1 foi recusado: sua parte %2 %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation>%1 não é uma pasta de trabalho do Excel: não tem xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheet Rollbook can read.</source>
        <translation>%1 não tem nenhuma planilha que o Rollbook consiga ler.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first sheet (%2) is missing.</source>
        <translation>%1 está danificado: falta sua primeira planilha (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and a row per user.</source>
        <translation>%1 está vazio: precisa de uma linha de cabeçalho e uma linha por usuário.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 não é uma pasta de trabalho do Excel (.xlsx), ou está danificado.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
</context>
<context>
    <name>rollbook::Links</name>
    <message>
        <source>A reason for simulating the user&apos;s session</source>
        <translation>Um motivo para simular a sessão do usuário</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Este link não é válido.</translation>
    </message>
    <message>
        <source>This link has already been used.</source>
        <translation>Este link já foi usado.</translation>
    </message>
    <message>
        <source>This link has expired.</source>
        <translation>Este link expirou.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>O motivo</translation>
    </message>
    <message>
        <source>A link is stored by its 32-byte hash.</source>
        <translation>Um link é armazenado por seu hash de 32 bytes.</translation>
    </message>
</context>
<context>
    <name>rollbook::MailPassword</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password: %1</source>
        <translation>O chaveiro do sistema não conseguiu guardar a senha: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSender</name>
    <message>
        <source>Email is not going out: %1</source>
        <translation>O e-mail não está saindo: %1</translation>
    </message>
    <message>
        <source>Text messages are not going out: %1</source>
        <translation>Os SMS não estão saindo: %1</translation>
    </message>
    <message>
        <source>The system keychain: %1</source>
        <translation>O chaveiro do sistema: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::MailSettingsPage</name>
    <message>
        <source>Send &amp;test email</source>
        <translation>Enviar e-mail de &amp;teste</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde o início (porta 465)</translation>
    </message>
    <message>
        <source>None (a mail server on this computer only)</source>
        <translation>Nenhuma (somente um servidor de e-mail neste computador)</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>guardada no chaveiro do sistema; digite para alterar</translation>
    </message>
    <message>
        <source>Sent to %1. The server said: %2</source>
        <translation>Enviado para %1. O servidor respondeu: %2</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Se&amp;gurança:</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>&amp;Usuário de login:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>Sender add&amp;ress:</source>
        <translation>Endere&amp;ço do remetente:</translation>
    </message>
    <message>
        <source>Replies go to the users&apos; support email (School tab).</source>
        <translation>As respostas vão para o e-mail de suporte dos usuários (aba Escola).</translation>
    </message>
    <message>
        <source>Test to: %1</source>
        <translation>Teste para: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Rollbook test email</source>
        <translation>E-mail de teste do Rollbook</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s email reaches people through %1.</source>
        <translation>Este é um teste do Rollbook: o e-mail da escola chega às pessoas por meio de %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Servidor &amp;de e-mail:</translation>
    </message>
    <message>
        <source>Test re&amp;cipient:</source>
        <translation>Destinatário do te&amp;ste:</translation>
    </message>
    <message>
        <source>Sen&amp;der name:</source>
        <translation>Nome do &amp;remetente:</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
</context>
<context>
    <name>rollbook::MailWorker</name>
    <message>
        <source>%1: sent %2, to retry %3, failed %4</source>
        <translation>%1: enviados %2, a tentar de novo %3, com falha %4</translation>
    </message>
    <message>
        <source>%1: works again</source>
        <translation>%1: funciona de novo</translation>
    </message>
    <message>
        <source>%1: fails: %2</source>
        <translation>%1: falha: %2</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>o servidor de e-mail</translation>
    </message>
    <message>
        <source>the SMS gateway</source>
        <translation>o gateway de SMS</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>não é possível ler o arquivo de senha %1: %2</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>New &amp;demo school…</source>
        <translation>Nova escola de &amp;demonstração…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>%1 — Rollbook</source>
        <translation>%1 — Rollbook</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Banco de dados danificado</translation>
    </message>
    <message>
        <source>Open a Rollbook database</source>
        <translation>Abrir um banco de dados do Rollbook</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do Rollbook (*.rollbook *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>New demo school</source>
        <translation>Nova escola de demonstração</translation>
    </message>
    <message>
        <source>Number of users:</source>
        <translation>Número de usuários:</translation>
    </message>
    <message>
        <source>Save the demo school as</source>
        <translation>Salvar a escola de demonstração como</translation>
    </message>
    <message>
        <source>Rollbook databases (*.rollbook)</source>
        <translation>Bancos de dados do Rollbook (*.rollbook)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Escola de demonstração</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuários</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Quem é você?</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make:</source>
        <translation>Seu nome, registrado em cada alteração que você fizer:</translation>
    </message>
    <message>
        <source>Changes need your name; you will be asked again when you make one.</source>
        <translation>As alterações precisam do seu nome; ele será perguntado de novo quando você fizer uma.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Diretório</translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation>Aprovações &amp;pendentes</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de auditoria</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Adicionar usuário…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Adicionar um usuário</translation>
    </message>
    <message>
        <source>The user was added and a welcome email with a link to set their password is queued. The link is also on the clipboard:
%1</source>
        <translation>O usuário foi adicionado e um e-mail de boas-vindas com um link para definir a senha está na fila. O link também está na área de transferência:
%1</translation>
    </message>
    <message>
        <source>School &amp;settings…</source>
        <translation>&amp;Configurações da escola…</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Configurações da escola</translation>
    </message>
    <message>
        <source>&amp;Export users…</source>
        <translation>&amp;Exportar usuários…</translation>
    </message>
    <message>
        <source>Export the current view or the selection to CSV or Excel (Ctrl+E)</source>
        <translation>Exportar a visualização atual ou a seleção para CSV ou Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln user(s)</source>
        <translation>
            <numerusform>Exportando %Ln usuário</numerusform>
            <numerusform>Exportando %Ln usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuários</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) written to %1.</source>
        <translation>
            <numerusform>%Ln usuário gravado em %1.</numerusform>
            <numerusform>%Ln usuários gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has %1 sheets: Excel holds 1,048,575 rows in one.</source>
        <translation>A pasta de trabalho tem %1 planilhas: o Excel comporta 1.048.575 linhas em uma.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) longer than Excel&apos;s 32,767 characters were cut.</source>
        <translation>
            <numerusform>%Ln célula mais longa que os 32.767 caracteres do Excel foi cortada.</numerusform>
            <numerusform>%Ln células mais longas que os 32.767 caracteres do Excel foram cortadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) starting with =, +, -, @ were kept as text with a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln célula começando com =, +, -, @ foi mantida como texto com um apóstrofo na frente.</numerusform>
            <numerusform>%Ln células começando com =, +, -, @ foram mantidas como texto com um apóstrofo na frente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>%Ln usuário exportado.</numerusform>
            <numerusform>%Ln usuários exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Abrir o &amp;arquivo</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Abrir a &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>&amp;Importar usuários…</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuários</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>Relatório &amp;mensal</translation>
    </message>
    <message>
        <source>There is nothing to export: no user is shown. Clear the search or choose another status tab.</source>
        <translation>Não há nada para exportar: nenhum usuário é exibido. Limpe a busca ou escolha outra aba de status.</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>Caixa de &amp;saída</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>A&amp;brir recente</translation>
    </message>
    <message>
        <source>App&amp;earance</source>
        <translation>Apar&amp;ência</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
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
        <translation>O Rollbook usará o idioma escolhido na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Rollbook</source>
        <translation>&amp;Sobre o Rollbook</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Limpar a lista</translation>
    </message>
    <message>
        <source>Select all mat&amp;ching</source>
        <translation>Selecionar todos os &amp;resultados</translation>
    </message>
    <message>
        <source>Select all %1 mat&amp;ching users</source>
        <translation>Selecionar os %1 usuários &amp;correspondentes</translation>
    </message>
</context>
<context>
    <name>rollbook::MessagesTab</name>
    <message>
        <source>Write a message to the user…</source>
        <translation>Escreva uma mensagem para o usuário…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation with this user.</source>
        <translation>Somente um administrador pode iniciar uma conversa com este usuário.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Se&amp;nd message</source>
        <translation>&amp;Enviar mensagem</translation>
    </message>
</context>
<context>
    <name>rollbook::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1” não é um valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this language marks decimals with &quot;%2&quot; and does not use &quot;%3&quot;.</source>
        <translation>“%1”: este idioma marca os decimais com “%2” e não usa “%3”.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; separates thousands, in groups of three digits.</source>
        <translation>“%1”: “%2” separa os milhares, em grupos de três dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: here &quot;%2&quot; separates thousands and &quot;%3&quot; marks decimals. Type %4 if you meant that.</source>
        <translation>“%1” é ambíguo: aqui “%2” separa os milhares e “%3” marca os decimais. Digite %4 se foi isso que quis dizer.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 tem no máximo %2 casas decimais.</translation>
    </message>
</context>
<context>
    <name>rollbook::MonthlyReport</name>
    <message>
        <source>Choose a month.</source>
        <translation>Escolha um mês.</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Novos cadastros</translation>
    </message>
    <message>
        <source>Average daily active users</source>
        <translation>Média diária de usuários ativos</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Matrículas</translation>
    </message>
    <message>
        <source>  online</source>
        <translation>  on-line</translation>
    </message>
    <message>
        <source>  live classes</source>
        <translation>  aulas ao vivo</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Conclusões</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Credits issued</source>
        <translation>Créditos emitidos</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Tickets abertos</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Tickets resolvidos</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Relatório %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Principais produtos (matrículas)</translation>
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
        <translation>Boas-vindas (novo usuário)</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Redefinição de senha</translation>
    </message>
    <message>
        <source>Registration approved</source>
        <translation>Cadastro aprovado</translation>
    </message>
    <message>
        <source>Registration rejected</source>
        <translation>Cadastro recusado</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Conta suspensa</translation>
    </message>
    <message>
        <source>Welcome to {school}</source>
        <translation>Boas-vindas a {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account at {school} is ready. Set your password here to start learning:
{link}

Questions? Write to {support_email}.</source>
        <translation>Olá, {first_name},

sua conta em {school} está pronta. Defina sua senha aqui para começar a aprender:
{link}

Dúvidas? Escreva para {support_email}.</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Redefina sua senha</translation>
    </message>
    <message>
        <source>Hello {first_name},

reset your password here (the link works once, for 24 hours):
{link}

If you did not ask for this, write to {support_email}.</source>
        <translation>Olá, {first_name},

redefina sua senha aqui (o link funciona uma vez, por 24 horas):
{link}

Se você não pediu isso, escreva para {support_email}.</translation>
    </message>
    <message>
        <source>Your registration is approved</source>
        <translation>Seu cadastro foi aprovado</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration at {school} has been approved. Welcome!</source>
        <translation>Olá, {first_name},

seu cadastro em {school} foi aprovado. Boas-vindas!</translation>
    </message>
    <message>
        <source>Your registration at {school}</source>
        <translation>Seu cadastro em {school}</translation>
    </message>
    <message>
        <source>Hello {first_name},

your registration could not be approved: {reason}

Questions? Write to {support_email}.</source>
        <translation>Olá, {first_name},

seu cadastro não pôde ser aprovado: {reason}

Dúvidas? Escreva para {support_email}.</translation>
    </message>
    <message>
        <source>Your account is suspended</source>
        <translation>Sua conta está suspensa</translation>
    </message>
    <message>
        <source>Hello {first_name},

your account has been suspended: {reason}

To appeal, write to {support_email}.</source>
        <translation>Olá, {first_name},

sua conta foi suspensa: {reason}

Para recorrer, escreva para {support_email}.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; notification.</source>
        <translation>Não há notificação “%1”.</translation>
    </message>
    <message>
        <source>The subject needs 1 to 200 characters.</source>
        <translation>O assunto precisa ter de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>The message needs 1 to 10,000 characters.</source>
        <translation>A mensagem precisa ter de 1 a 10.000 caracteres.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this notification; it can use {%2}.</source>
        <translation>{%1} não é um marcador desta notificação; ela pode usar {%2}.</translation>
    </message>
    <message>
        <source>The message must contain {link}: without it the user cannot set a password.</source>
        <translation>A mensagem deve conter {link}: sem ele, o usuário não consegue definir uma senha.</translation>
    </message>
    <message>
        <source>{school}: your registration is approved. Welcome, {first_name}!</source>
        <translation>{school}: seu cadastro foi aprovado. Boas-vindas, {first_name}!</translation>
    </message>
    <message>
        <source>This notification carries a one-time link: it goes by email only, not as a text message.</source>
        <translation>Esta notificação leva um link de uso único: vai somente por e-mail, não como SMS.</translation>
    </message>
    <message>
        <source>The text message has %1 characters; at most %2 fit.</source>
        <translation>O SMS tem %1 caracteres; cabem no máximo %2.</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Por que falhou</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Subject or text</source>
        <translation>Assunto ou texto</translation>
    </message>
</context>
<context>
    <name>rollbook::OutboxView</name>
    <message>
        <source>Re&amp;send</source>
        <translation>Reen&amp;viar</translation>
    </message>
    <message>
        <source>All notifications</source>
        <translation>Todas as notificações</translation>
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
        <translation>%L1 na fila, %L2 enviadas, %L3 com falha</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Queueing the failed notifications again…</source>
        <translation>Colocando de novo na fila as notificações com falha…</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Tentar de novo todas as com falha</translation>
    </message>
    <message>
        <source>&amp;Retry all failed</source>
        <translation>Tentar de novo todas as com &amp;falha</translation>
    </message>
</context>
<context>
    <name>rollbook::PasswordDialog</name>
    <message>
        <source>Set a password for %1</source>
        <translation>Definir uma senha para %1</translation>
    </message>
    <message>
        <source>The password is stored only as an argon2id hash. Tell the user through a safe channel, or send a reset link instead.</source>
        <translation>A senha é armazenada apenas como hash argon2id. Informe-a ao usuário por um canal seguro, ou envie um link de redefinição.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>rollbook::PaymentsTab</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Observação</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>&amp;Recarregar créditos…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Extrato de créditos</translation>
    </message>
    <message>
        <source>Credit balance: &lt;b&gt;%1&lt;/b&gt; · Total spent: %2 · Subscriptions: %3</source>
        <translation>Saldo de créditos: &lt;b&gt;%1&lt;/b&gt; · Total gasto: %2 · Assinaturas: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Top up credits</source>
        <translation>Recarregar créditos</translation>
    </message>
    <message>
        <source>No payments: this user has bought nothing yet.</source>
        <translation>Sem pagamentos: este usuário ainda não comprou nada.</translation>
    </message>
    <message>
        <source>No credit movements yet. Top up credits gives the user some.</source>
        <translation>Ainda não há movimentações de créditos. Recarregar créditos dá alguns ao usuário.</translation>
    </message>
</context>
<context>
    <name>rollbook::PendingModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Cadastro</translation>
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
        <translation>Re&amp;cusar…</translation>
    </message>
    <message>
        <source>KYC documents:</source>
        <translation>Documentos KYC:</translation>
    </message>
    <message>
        <source>Select a registration to review it.</source>
        <translation>Selecione um cadastro para analisá-lo.</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.</source>
        <translation>Nenhum cadastro aguarda aprovação.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Company: %3&lt;br&gt;Industry: %4&lt;br&gt;Registered: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Empresa: %3&lt;br&gt;Setor: %4&lt;br&gt;Cadastro: %5</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This document cannot be shown (%1).</source>
        <translation>Este documento não pode ser exibido (%1).</translation>
    </message>
    <message>
        <source>Reject the registration</source>
        <translation>Recusar o cadastro</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>O motivo que o usuário verá:</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Aprovações pendentes</translation>
    </message>
    <message>
        <source>No registration is waiting for approval.
New sign-ups that need a review appear here.</source>
        <translation>Nenhum cadastro aguarda aprovação.
Novos cadastros que precisam de análise aparecem aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) waiting</source>
        <translation>
            <numerusform>%Ln cadastro aguardando</numerusform>
            <numerusform>%Ln cadastros aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) shown · more as you scroll</source>
        <translation>
            <numerusform>%Ln cadastro exibido · mais ao rolar</numerusform>
            <numerusform>%Ln cadastros exibidos · mais ao rolar</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrations waiting for approval</source>
        <translation>Cadastros aguardando aprovação</translation>
    </message>
    <message>
        <source>KYC documents</source>
        <translation>Documentos KYC</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Prévia do documento</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>Apr&amp;ovar</translation>
    </message>
</context>
<context>
    <name>rollbook::PgStore</name>
    <message>
        <source>The school file has no table %1 as this server needs it: %2</source>
        <translation>O arquivo da escola não tem a tabela %1 como este servidor precisa: %2</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>O carregamento de %1 falhou: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória esgotada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URL: %2</source>
        <translation>“%1” não é uma URL de conexão do PostgreSQL: %2</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: %1</source>
        <translation>Não foi possível conectar ao PostgreSQL: %1</translation>
    </message>
    <message>
        <source>This database holds schema %1, written by a newer rollbookd; this one knows schema %2 and leaves it as it is. Run the newer rollbookd.</source>
        <translation>Este banco de dados contém o esquema %1, gravado por um rollbookd mais novo; este conhece o esquema %2 e o deixa como está. Execute o rollbookd mais novo.</translation>
    </message>
    <message>
        <source>Could not bring the schema to version %1: %2</source>
        <translation>Não foi possível levar o esquema à versão %1: %2</translation>
    </message>
    <message>
        <source>The database has no Rollbook schema %1 yet; run rollbookd init first.</source>
        <translation>O banco de dados ainda não tem o esquema %1 do Rollbook; execute primeiro rollbookd init.</translation>
    </message>
    <message>
        <source>The server already holds a school; a load needs an empty database.</source>
        <translation>O servidor já contém uma escola; um carregamento precisa de um banco de dados vazio.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no connection handle.</source>
        <translation>O driver do PostgreSQL não fornece um identificador de conexão.</translation>
    </message>
    <message>
        <source>%1 is of schema %2; this server loads schema %3. Open it once in this version of Rollbook to bring it up to date.</source>
        <translation>%1 está no esquema %2; este servidor carrega o esquema %3. Abra-o uma vez nesta versão do Rollbook para atualizá-lo.</translation>
    </message>
</context>
<context>
    <name>rollbook::ProductPickerDialog</name>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>Matricular %n usuário</numerusform>
            <numerusform>Matricular %n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>Filtrar produtos</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Matricular</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
</context>
<context>
    <name>rollbook::ProfileActions</name>
    <message>
        <source>Custom field %1 does not exist.</source>
        <translation>O campo personalizado %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 aceita um número, não “%2”.</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 aceita uma data como AAAA-MM-DD, não “%2”.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 é sim ou não.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 é um de: %2.</translation>
    </message>
    <message>
        <source>%1 has at most 500 characters.</source>
        <translation>%1 tem no máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>O nome é obrigatório.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>No máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>Sem alterações.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>A control character (U+%1) cannot be stored; remove it.</source>
        <translation>Um caractere de controle (U+%1) não pode ser armazenado; remova-o.</translation>
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
        <translation>Pastas de trabalho do Excel (*.xlsx);;Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export: the list is empty.</source>
        <translation>Não há nada para exportar: a lista está vazia.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferência bancária</translation>
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
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Live class</source>
        <translation>Aula ao vivo</translation>
    </message>
    <message>
        <source>Digital download</source>
        <translation>Download digital</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automação</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Cortesia</translation>
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
        <translation>Relatório mensal</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Novos cadastros por dia</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Usuários ativos por dia</translation>
    </message>
    <message>
        <source>Top products (enrollments)</source>
        <translation>Principais produtos (matrículas)</translation>
    </message>
</context>
<context>
    <name>rollbook::ReportView</name>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Principais produtos</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Matrículas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>E&amp;xport PDF or Excel…</source>
        <translation>&amp;Exportar para PDF ou Excel…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mês:</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>Contando %1</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Relatório mensal</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ante %2</translation>
    </message>
    <message>
        <source>New registrations per day</source>
        <translation>Novos cadastros por dia</translation>
    </message>
    <message>
        <source>Active users per day</source>
        <translation>Usuários ativos por dia</translation>
    </message>
    <message>
        <source>Show a month first.</source>
        <translation>Mostre um mês primeiro.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>relatorio-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>PDF (*.pdf);;Pastas de trabalho do Excel (*.xlsx);;Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a month, then Show.</source>
        <translation>Escolha um mês e clique em Mostrar.</translation>
    </message>
    <message>
        <source>Choose a month above and press Show to count it.</source>
        <translation>Escolha um mês acima e clique em Mostrar para contá-lo.</translation>
    </message>
    <message>
        <source>Monthly report: %1</source>
        <translation>Relatório mensal: %1</translation>
    </message>
    <message>
        <source>Figures of the month beside the month before</source>
        <translation>Números do mês ao lado do mês anterior</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
</context>
<context>
    <name>rollbook::Requests</name>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>A solicitação tem mais de %1 bytes.</translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2).</source>
        <translation>A solicitação não é um JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>A solicitação não é um objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1” deve ser texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has at most %2 characters.</source>
        <translation>“%1” tem no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>“%1” é obrigatório.</translation>
    </message>
    <message>
        <source>&quot;commands&quot; must be a list.</source>
        <translation>“commands” deve ser uma lista.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 commands.</source>
        <translation>Um lote contém no máximo %1 comandos.</translation>
    </message>
    <message>
        <source>Command %1: %2</source>
        <translation>Comando %1: %2</translation>
    </message>
    <message>
        <source>&quot;op&quot; is not a UUID.</source>
        <translation>“op” não é um UUID.</translation>
    </message>
    <message>
        <source>&quot;target&quot; is not a UUID.</source>
        <translation>“target” não é um UUID.</translation>
    </message>
    <message>
        <source>&quot;args&quot; and &quot;base&quot; must be objects.</source>
        <translation>“args” e “base” devem ser objetos.</translation>
    </message>
    <message>
        <source>A command&apos;s arguments take at most %1 bytes.</source>
        <translation>Os argumentos de um comando ocupam no máximo %1 bytes.</translation>
    </message>
    <message>
        <source>&quot;client_time&quot; must be Unix milliseconds.</source>
        <translation>“client_time” deve estar em milissegundos Unix.</translation>
    </message>
    <message>
        <source>The cursor is not one this server gave.</source>
        <translation>O cursor não foi dado por este servidor.</translation>
    </message>
</context>
<context>
    <name>rollbook::RowActionsButton</name>
    <message>
        <source>Actions for this user (Menu key or Shift+F10 on the current row)</source>
        <translation>Ações para este usuário (tecla Menu ou Shift+F10 na linha atual)</translation>
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
        <translation>Reat&amp;ivar</translation>
    </message>
    <message>
        <source>Re&amp;ject registration…</source>
        <translation>Rec&amp;usar cadastro…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Descadastrar…</translation>
    </message>
    <message>
        <source>&amp;Top up credits…</source>
        <translation>&amp;Recarregar créditos…</translation>
    </message>
    <message>
        <source>&amp;Enroll in products…</source>
        <translation>&amp;Matricular em produtos…</translation>
    </message>
    <message>
        <source>Add to &amp;mailing list…</source>
        <translation>Adicionar à lista de &amp;e-mails…</translation>
    </message>
    <message>
        <source>&amp;Delete with all their data…</source>
        <translation>E&amp;xcluir com todos os dados…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected user(s) stay as they are: their status does not allow this.</source>
        <translation>
            <numerusform>%Ln outro usuário selecionado fica como está: o status dele não permite isso.</numerusform>
            <numerusform>%Ln outros usuários selecionados ficam como estão: o status deles não permite isso.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuário %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n user(s)</source>
        <translation>
            <numerusform>Suspender %n usuário</numerusform>
            <numerusform>Suspender %n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason the users will see:</source>
        <translation>O motivo que os usuários verão:</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n user(s)</source>
        <translation>
            <numerusform>Reativar %n usuário</numerusform>
            <numerusform>Reativar %n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n registration(s)</source>
        <translation>
            <numerusform>Aprovar %n cadastro</numerusform>
            <numerusform>Aprovar %n cadastros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened the KYC documents of %Ln of these users (Pending approvals shows them). Approve them anyway?</source>
        <translation>
            <numerusform>Você não abriu os documentos KYC de %Ln destes usuários (Aprovações pendentes os mostra). Aprovar mesmo assim?</numerusform>
            <numerusform>Você não abriu os documentos KYC de %Ln destes usuários (Aprovações pendentes os mostra). Aprovar mesmo assim?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n registration(s)</source>
        <translation>
            <numerusform>Recusar %n cadastro</numerusform>
            <numerusform>Recusar %n cadastros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe %n user(s)</source>
        <translation>
            <numerusform>Descadastrar %n usuário</numerusform>
            <numerusform>Descadastrar %n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Why their access is removed (kept in the audit log):</source>
        <translation>Por que o acesso deles é removido (fica no registro de auditoria):</translation>
    </message>
    <message numerus="yes">
        <source>Resubscribe %n user(s)</source>
        <translation>
            <numerusform>Recadastrar %n usuário</numerusform>
            <numerusform>Recadastrar %n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Excluir %n usuário</numerusform>
            <numerusform>Excluir %n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>DELETE %1</source>
        <translation>EXCLUIR %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n user(s) and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type %1 to confirm:</source>
        <translation>
            <numerusform>Isto exclui %n usuário e todos os dados dele: matrículas, pagamentos, créditos, atividade, tickets, mensagens. Não pode ser desfeito.

Digite %1 para confirmar:</numerusform>
            <numerusform>Isto exclui %n usuários e todos os dados deles: matrículas, pagamentos, créditos, atividade, tickets, mensagens. Não pode ser desfeito.

Digite %1 para confirmar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the confirmation did not match.</source>
        <translation>Nada foi excluído: a confirmação não conferiu.</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n user(s)</source>
        <translation>
            <numerusform>Matricular %n usuário</numerusform>
            <numerusform>Matricular %n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to mailing list</source>
        <translation>Adicionar à lista de e-mails</translation>
    </message>
    <message>
        <source>This school has no mailing lists.</source>
        <translation>Esta escola não tem listas de e-mails.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a mailing list</source>
        <translation>
            <numerusform>Adicionar %n usuário a uma lista de e-mails</numerusform>
            <numerusform>Adicionar %n usuários a uma lista de e-mails</numerusform>
        </translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>Adicionar %n usuário a %1</numerusform>
            <numerusform>Adicionar %n usuários a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Recarregar créditos de %n usuário</numerusform>
            <numerusform>Recarregar créditos de %n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) %1 each, %2 in all?</source>
        <translation>
            <numerusform>Dar %1 a %Ln usuário, %2 no total?</numerusform>
            <numerusform>Dar %1 a cada um dos %Ln usuários, %2 no total?</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pprove registration</source>
        <translation>A&amp;provar cadastro</translation>
    </message>
    <message>
        <source>Resu&amp;bscribe</source>
        <translation>Recadas&amp;trar</translation>
    </message>
</context>
<context>
    <name>rollbook::Server</name>
    <message>
        <source>The database connection was lost; try again.</source>
        <translation>A conexão com o banco de dados caiu; tente novamente.</translation>
    </message>
    <message>
        <source>&quot;after&quot; is not a row&apos;s id.</source>
        <translation>“after” não é o id de uma linha.</translation>
    </message>
    <message>
        <source>&quot;through&quot; is not a row&apos;s id.</source>
        <translation>“through” não é o id de uma linha.</translation>
    </message>
    <message>
        <source>rollbookd: cannot use the TLS certificate %1 and key %2.</source>
        <translation>rollbookd: não é possível usar o certificado TLS %1 e a chave %2.</translation>
    </message>
    <message>
        <source>the database holds schema %1, from a newer rollbookd.</source>
        <translation>o banco de dados contém o esquema %1, de um rollbookd mais novo.</translation>
    </message>
    <message>
        <source>the database holds schema %1, not %2: run rollbookd init first.</source>
        <translation>o banco de dados contém o esquema %1, não o %2: execute primeiro rollbookd init.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>O banco de dados não responde.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Envie o corpo como application/json.</translation>
    </message>
    <message>
        <source>No synced table is called %1.</source>
        <translation>Nenhuma tabela sincronizada se chama %1.</translation>
    </message>
    <message>
        <source>rollbookd: cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>rollbookd: não é possível escutar em %1:%2 (em uso, ou não é um endereço desta máquina).</translation>
    </message>
    <message>
        <source>rollbookd: %1</source>
        <translation>rollbookd: %1</translation>
    </message>
    <message>
        <source>The schema is at version %1 already.</source>
        <translation>O esquema já está na versão %1.</translation>
    </message>
    <message>
        <source>Created the Rollbook schema, version %1.</source>
        <translation>Esquema do Rollbook criado, versão %1.</translation>
    </message>
    <message>
        <source>Migrated the schema from version %1 to %2.</source>
        <translation>Esquema migrado da versão %1 para a %2.</translation>
    </message>
    <message>
        <source>Name the school to load with --from FILE.rollbook.</source>
        <translation>Indique a escola a carregar com --from FILE.rollbook.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 de %3 linhas</translation>
    </message>
    <message>
        <source>Loaded %1 rows from %2 in %3 s.</source>
        <translation>%1 linhas carregadas de %2 em %3 s.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Senha: </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>pode entrar</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sem senha</translation>
    </message>
    <message>
        <source>Name the operator: rollbookd operator %1 NAME.</source>
        <translation>Indique o operador: rollbookd operator %1 NAME.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 pode entrar como %2.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions are revoked.</source>
        <translation>%1 está desativado; as sessões dele foram revogadas.</translation>
    </message>
    <message>
        <source>operator takes add, list or disable.</source>
        <translation>operator aceita add, list ou disable.</translation>
    </message>
    <message>
        <source>Cannot read the config file %1.</source>
        <translation>Não é possível ler o arquivo de configuração %1.</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG, or pg= in the config file).</source>
        <translation>Indique o banco de dados com --pg URL (ou ROLLBOOK_PG, ou pg= no arquivo de configuração).</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT (127.0.0.1:8443; port 0 picks a free one), not &quot;%1&quot;.</source>
        <translation>--listen aceita HOST:PORT (127.0.0.1:8443; a porta 0 escolhe uma livre), não “%1”.</translation>
    </message>
    <message>
        <source>serve needs --tls-cert FILE and --tls-key FILE (PEM): rollbookd speaks only HTTPS.</source>
        <translation>serve precisa de --tls-cert FILE e --tls-key FILE (PEM): o rollbookd só fala HTTPS.</translation>
    </message>
    <message>
        <source>--threads takes 1 to 64.</source>
        <translation>--threads aceita de 1 a 64.</translation>
    </message>
    <message>
        <source>--mail-interval takes 1 to 3600 seconds.</source>
        <translation>--mail-interval aceita de 1 a 3600 segundos.</translation>
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
        <translation>Servidor do Rollbook: uma escola no PostgreSQL.

Comandos:
  init    criar o esquema no banco de dados, ou migrar um mais antigo
  load    levar uma escola independente (um arquivo .rollbook) para um servidor vazio
  operator add NAME [--role admin|support] [--password-stdin]
  operator list
  operator disable NAME
  serve   atender clientes por HTTPS (veja docs/API.md)</translation>
    </message>
    <message>
        <source>init or load</source>
        <translation>init ou load</translation>
    </message>
    <message>
        <source>The PostgreSQL database, as a libpq URL (postgresql://user@host:5432/school) or key=value string; ROLLBOOK_PG when not given.</source>
        <translation>O banco de dados PostgreSQL, como URL do libpq (postgresql://user@host:5432/school) ou texto key=value; ROLLBOOK_PG quando não informado.</translation>
    </message>
    <message>
        <source>load: the school file to move onto the server.</source>
        <translation>load: o arquivo da escola a levar para o servidor.</translation>
    </message>
    <message>
        <source>operator add: admin (everything) or support (tickets, messages, reset links; reads users).</source>
        <translation>operator add: admin (tudo) ou support (tickets, mensagens, links de redefinição; lê usuários).</translation>
    </message>
    <message>
        <source>operator add: read the password from the first line of stdin instead of the terminal.</source>
        <translation>operator add: ler a senha da primeira linha da entrada padrão em vez do terminal.</translation>
    </message>
    <message>
        <source>serve: the address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>serve: o endereço e a porta em que escutar (padrão 127.0.0.1:8443; a porta 0 escolhe uma livre).</translation>
    </message>
    <message>
        <source>serve: the TLS certificate chain, PEM.</source>
        <translation>serve: a cadeia de certificados TLS, PEM.</translation>
    </message>
    <message>
        <source>serve: the TLS private key, PEM.</source>
        <translation>serve: a chave privada TLS, PEM.</translation>
    </message>
    <message>
        <source>serve: worker threads, each with its own PostgreSQL connection (default 8).</source>
        <translation>serve: threads de trabalho, cada uma com sua própria conexão ao PostgreSQL (padrão 8).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the mail server&apos;s password (the mail server itself is named in the school&apos;s settings); ROLLBOOK_SMTP_PASSWORD_FILE when not given.</source>
        <translation>serve: um arquivo cuja primeira linha é a senha do servidor de e-mail (o servidor é indicado nas configurações da escola); ROLLBOOK_SMTP_PASSWORD_FILE quando não informado.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>serve: certificados em que confiar para o servidor de e-mail em vez dos do sistema (PEM).</translation>
    </message>
    <message>
        <source>serve: a file whose first line is the SMS gateway&apos;s password or token (the gateway is named in the school&apos;s settings); ROLLBOOK_SMS_PASSWORD_FILE when not given.</source>
        <translation>serve: um arquivo cuja primeira linha é a senha ou o token do gateway de SMS (o gateway é indicado nas configurações da escola); ROLLBOOK_SMS_PASSWORD_FILE quando não informado.</translation>
    </message>
    <message>
        <source>serve: certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>serve: certificados em que confiar para o gateway de SMS em vez dos do sistema (PEM).</translation>
    </message>
    <message>
        <source>serve: seconds between two looks at the notifications queue (default 30).</source>
        <translation>serve: segundos entre duas olhadas na fila de notificações (padrão 30).</translation>
    </message>
    <message>
        <source>serve: an INI file with any of pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (the command line wins).</source>
        <translation>serve: um arquivo INI com qualquer um de pg=, listen=, tls-cert=, tls-key=, threads=, smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (a linha de comando prevalece).</translation>
    </message>
    <message>
        <source>Name the database with --pg URL (or ROLLBOOK_PG).</source>
        <translation>Indique o banco de dados com --pg URL (ou ROLLBOOK_PG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see rollbookd --help.</source>
        <translation>“%1” não é um comando; veja rollbookd --help.</translation>
    </message>
</context>
<context>
    <name>rollbook::ServerOperators</name>
    <message>
        <source>A name</source>
        <translation>Um nome</translation>
    </message>
    <message>
        <source>The role is admin or support, not &quot;%1&quot;.</source>
        <translation>A função é admin ou support, não “%1”.</translation>
    </message>
    <message>
        <source>An operator&apos;s password has 12 to 128 characters.</source>
        <translation>A senha de um operador tem de 12 a 128 caracteres.</translation>
    </message>
    <message>
        <source>%1 is an operator already.</source>
        <translation>%1 já é operador.</translation>
    </message>
    <message>
        <source>No operator named %1 can sign in.</source>
        <translation>Nenhum operador chamado %1 pode entrar.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>O nome ou a senha está errado.</translation>
    </message>
</context>
<context>
    <name>rollbook::Sessions</name>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>A sessão terminou; entre novamente.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for %1; try again after %2 UTC.</source>
        <translation>Tentativas de login com falha demais para %1; tente novamente depois das %2 UTC.</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsActions</name>
    <message>
        <source>The school&apos;s name</source>
        <translation>O nome da escola</translation>
    </message>
    <message>
        <source>Support email: %1</source>
        <translation>E-mail de suporte: %1</translation>
    </message>
    <message>
        <source>The platform address must be a web address such as https://learn.example.com.</source>
        <translation>O endereço da plataforma deve ser um endereço web como https://learn.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone region; use a two-letter country code such as US or GB.</source>
        <translation>“%1” não é uma região telefônica; use um código de país de duas letras como BR ou PT.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>A moeda é um código ISO 4217 de três letras como USD ou BRL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada mudou.</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Endereço do remetente: %1</translation>
    </message>
    <message>
        <source>The mail server&apos;s security is STARTTLS, TLS or none.</source>
        <translation>A segurança do servidor de e-mail é STARTTLS, TLS ou nenhuma.</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>O nome do remetente</translation>
    </message>
    <message>
        <source>The gateway takes a form or JSON.</source>
        <translation>O gateway aceita um formulário ou JSON.</translation>
    </message>
    <message>
        <source>The text message sender</source>
        <translation>O remetente dos SMS</translation>
    </message>
</context>
<context>
    <name>rollbook::SettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation>Configurações da escola</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Escola</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificações</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>Endereço da &amp;plataforma:</translation>
    </message>
    <message>
        <source>Login, reset and set-password links are built from this address.</source>
        <translation>Os links de login, de redefinição e de definição de senha são montados a partir deste endereço.</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>Região &amp;telefônica padrão:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this region&apos;s.</source>
        <translation>Números digitados sem código de país são lidos como desta região.</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>Moeda (&amp;ISO 4217):</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in wording</source>
        <translation>&amp;Restaurar o texto original</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ass&amp;unto:</translation>
    </message>
    <message>
        <source>Placeholders: {%1}</source>
        <translation>Marcadores: {%1}</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>Ser&amp;vidor de e-mail</translation>
    </message>
    <message>
        <source>The settings are saved, but not the password: %1</source>
        <translation>As configurações foram salvas, mas não a senha: %1</translation>
    </message>
    <message>
        <source>Empty: no text message</source>
        <translation>Vazio: sem SMS</translation>
    </message>
    <message>
        <source>This one carries a one-time link: it goes by email only.</source>
        <translation>Esta leva um link de uso único: vai somente por e-mail.</translation>
    </message>
    <message>
        <source>Sent beside the email to users with a phone number, when a gateway is set up.</source>
        <translation>Enviado junto com o e-mail para usuários com número de telefone, quando há um gateway configurado.</translation>
    </message>
    <message>
        <source>%1 of %2 characters (before the placeholders are filled).</source>
        <translation>%1 de %2 caracteres (antes de preencher os marcadores).</translation>
    </message>
    <message>
        <source>Te&amp;xt messages</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Text messa&amp;ge:</source>
        <translation>Te&amp;xto do SMS:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Sc&amp;hool name:</source>
        <translation>N&amp;ome da escola:</translation>
    </message>
    <message>
        <source>Users&apos; support &amp;email:</source>
        <translation>E-mail de &amp;suporte dos usuários:</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation>Mensa&amp;gem:</translation>
    </message>
</context>
<context>
    <name>rollbook::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Lists and windows</source>
        <translation>Listas e janelas</translation>
    </message>
    <message>
        <source>Open the user under the cursor</source>
        <translation>Abrir o usuário sob o cursor</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Mover-se entre campos e listas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Go from the search into the rows</source>
        <translation>Ir da busca para as linhas</translation>
    </message>
    <message>
        <source>Close a user&apos;s window</source>
        <translation>Fechar a janela de um usuário</translation>
    </message>
    <message>
        <source>Next or previous tab of a user&apos;s window</source>
        <translation>Aba seguinte ou anterior da janela de um usuário</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsClient</name>
    <message>
        <source>The web library could not start.</source>
        <translation>A biblioteca web não pôde ser iniciada.</translation>
    </message>
    <message>
        <source>The text message gateway is a web address such as https://api.example.com/messages.</source>
        <translation>O gateway de SMS é um endereço web como https://api.example.com/messages.</translation>
    </message>
    <message>
        <source>Without TLS, text messages go only to a gateway on this machine: use https:// for %1.</source>
        <translation>Sem TLS, os SMS vão somente para um gateway nesta máquina: use https:// para %1.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body template is longer than 4,000 characters.</source>
        <translation>O modelo do corpo da solicitação do gateway tem mais de 4.000 caracteres.</translation>
    </message>
    <message>
        <source>The gateway&apos;s request body must contain {to} and {text}.</source>
        <translation>O corpo da solicitação do gateway deve conter {to} e {text}.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of the gateway&apos;s request body; it can use {to}, {from} and {text}.</source>
        <translation>{%1} não é um marcador do corpo da solicitação do gateway; ele pode usar {to}, {from} e {text}.</translation>
    </message>
    <message>
        <source>Once filled, the gateway&apos;s request body is not a JSON object (%1). Placeholders are filled with quoted strings: write {text}, not &quot;{text}&quot;.</source>
        <translation>Depois de preenchido, o corpo da solicitação do gateway não é um objeto JSON (%1). Os marcadores são preenchidos com textos entre aspas: escreva {text}, não &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
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
        <translation>O gateway recusou o login: %1</translation>
    </message>
</context>
<context>
    <name>rollbook::SmsSettingsPage</name>
    <message>
        <source>Form post (Twilio and most gateways)</source>
        <translation>Envio de formulário (Twilio e a maioria dos gateways)</translation>
    </message>
    <message>
        <source>JSON post</source>
        <translation>Envio JSON</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to change</source>
        <translation>guardada no chaveiro do sistema; digite para alterar</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>um número de telefone</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1</source>
        <translation>Enviado. O gateway respondeu: %1</translation>
    </message>
    <message>
        <source>Sent. The gateway said: %1, message %2</source>
        <translation>Enviado. O gateway respondeu: %1, mensagem %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>&amp;Gateway address:</source>
        <translation>Endereço do &amp;gateway:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>Solici&amp;tação:</translation>
    </message>
    <message>
        <source>Sign-in &amp;user:</source>
        <translation>&amp;Usuário de login:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Sen&amp;ha ou token:</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>&amp;Corpo da solicitação:</translation>
    </message>
    <message>
        <source>{to}, {from} and {text} are filled in for each message, escaped for the request. Empty: the usual body shown.</source>
        <translation>{to}, {from} e {text} são preenchidos para cada mensagem, escapados para a solicitação. Vazio: o corpo usual exibido.</translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation>Telefone &amp;de teste:</translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation>Telefone de teste: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando para %1…</translation>
    </message>
    <message>
        <source>This is a test from Rollbook: the school&apos;s text messages reach people.</source>
        <translation>Este é um teste do Rollbook: os SMS da escola chegam às pessoas.</translation>
    </message>
    <message>
        <source>S&amp;end test message</source>
        <translation>Enviar &amp;SMS de teste</translation>
    </message>
    <message>
        <source>Sen&amp;der number or name:</source>
        <translation>Número &amp;ou nome do remetente:</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
</context>
<context>
    <name>rollbook::SmtpClient</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>A biblioteca de e-mail não pôde ser iniciada.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in: %1</source>
        <translation>O servidor de e-mail recusou o login: %1</translation>
    </message>
    <message>
        <source>Name the mail server (SMTP host).</source>
        <translation>Indique o servidor de e-mail (host SMTP).</translation>
    </message>
    <message>
        <source>The mail server&apos;s port is a number from 1 to 65535.</source>
        <translation>A porta do servidor de e-mail é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Give the address the school&apos;s email comes from.</source>
        <translation>Informe o endereço de onde sai o e-mail da escola.</translation>
    </message>
    <message>
        <source>Without TLS, email goes only to a mail server on this machine: choose STARTTLS or TLS for %1.</source>
        <translation>Sem TLS, o e-mail vai somente para um servidor de e-mail nesta máquina: escolha STARTTLS ou TLS para %1.</translation>
    </message>
</context>
<context>
    <name>rollbook::SupportActions</name>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>O ticket %1 não existe.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Uma nota</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Uma resposta</translation>
    </message>
    <message>
        <source>The ticket is closed; reopen it to reply, or add an internal note.</source>
        <translation>O ticket está fechado; reabra-o para responder, ou adicione uma nota interna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status.</source>
        <translation>“%1” não é um status de ticket.</translation>
    </message>
    <message>
        <source>The ticket is %1 already.</source>
        <translation>O ticket já está %1.</translation>
    </message>
    <message>
        <source>The ticket was changed by someone else meanwhile; try again.</source>
        <translation>Outra pessoa alterou o ticket nesse meio-tempo; tente novamente.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Uma mensagem</translation>
    </message>
    <message>
        <source>Only an administrator can start a conversation; this user has none yet.</source>
        <translation>Somente um administrador pode iniciar uma conversa; este usuário ainda não tem nenhuma.</translation>
    </message>
</context>
<context>
    <name>rollbook::TableTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollbook::TableWriter</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Não é possível substituir %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1.</source>
        <translation>Não é possível colocar a exportação em %1.</translation>
    </message>
    <message>
        <source>A sheet holds 1 to 1,048,575 rows.</source>
        <translation>Uma planilha comporta de 1 a 1.048.575 linhas.</translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab.</source>
        <translation>O delimitador é uma vírgula, um ponto e vírgula ou uma tabulação.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation>Não é possível gravar a linha %1: %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>Não é possível adicionar a planilha “%1”.</translation>
    </message>
</context>
<context>
    <name>rollbook::TestsTab</name>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Double-click an attempt, or press Enter, to see its answers.</source>
        <translation>Clique duas vezes em uma tentativa, ou pressione Enter, para ver as respostas.</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>não terminado</translation>
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
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Answers — %1</source>
        <translation>Respostas — %1</translation>
    </message>
    <message>
        <source>Score %1% (pass mark %2%): %3 of %4 answers correct.</source>
        <translation>Pontuação %1% (nota de aprovação %2%): %3 de %4 respostas corretas.</translation>
    </message>
    <message>
        <source>This user has not taken a test yet.</source>
        <translation>Este usuário ainda não fez nenhum teste.</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>Ver respostas</translation>
    </message>
    <message>
        <source>This user has not taken a test yet: there are no answers to show.</source>
        <translation>Este usuário ainda não fez nenhum teste: não há respostas para mostrar.</translation>
    </message>
    <message>
        <source>Select an attempt first.</source>
        <translation>Selecione uma tentativa primeiro.</translation>
    </message>
    <message>
        <source>Show &amp;answers…</source>
        <translation>&amp;Ver respostas…</translation>
    </message>
</context>
<context>
    <name>rollbook::TicketsTab</name>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Write a reply to the user, or a note only operators see…</source>
        <translation>Escreva uma resposta ao usuário, ou uma nota que só os operadores veem…</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;resposta</translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation>Adicionar &amp;nota interna</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Nenhum ticket.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Status do ticket</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Pending (waiting on the user)</source>
        <translation>Pendente (aguardando o usuário)</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
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
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Definir &amp;status</translation>
    </message>
</context>
<context>
    <name>rollbook::TopUpDialog</name>
    <message numerus="yes">
        <source>Top up credits for %n user(s)</source>
        <translation>
            <numerusform>Recarregar créditos de %n usuário</numerusform>
            <numerusform>Recarregar créditos de %n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Cortesia</translation>
    </message>
    <message>
        <source>Adjustment (may be negative)</source>
        <translation>Ajuste (pode ser negativo)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Shown in the user&apos;s billing history</source>
        <translation>Exibido no histórico de cobrança do usuário</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Valor (%1):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Digite um valor diferente de zero.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Somente um ajuste pode retirar créditos.</translation>
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
        <translation>Um motivo que o usuário verá</translation>
    </message>
    <message>
        <source>Already suspended.</source>
        <translation>Já está suspenso.</translation>
    </message>
    <message>
        <source>Not suspended.</source>
        <translation>Não está suspenso.</translation>
    </message>
    <message>
        <source>The amount must be non-zero and at most %1 in minor units.</source>
        <translation>O valor deve ser diferente de zero e de no máximo %1 em unidades menores.</translation>
    </message>
    <message>
        <source>Only an adjustment can remove credit.</source>
        <translation>Somente um ajuste pode retirar créditos.</translation>
    </message>
    <message>
        <source>The note has at most 500 characters.</source>
        <translation>A observação tem no máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>The balance cannot go below zero.</source>
        <translation>O saldo não pode ficar abaixo de zero.</translation>
    </message>
    <message>
        <source>The email is unchanged.</source>
        <translation>O e-mail não mudou.</translation>
    </message>
    <message>
        <source>%1 is already the email of another user.</source>
        <translation>%1 já é o e-mail de outro usuário.</translation>
    </message>
    <message>
        <source>The phone is unchanged.</source>
        <translation>O telefone não mudou.</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Uma senha tem de 8 a 128 caracteres.</translation>
    </message>
    <message>
        <source>Not pending.</source>
        <translation>Não está pendente.</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>Um motivo</translation>
    </message>
    <message>
        <source>Only an active user can be unsubscribed.</source>
        <translation>Somente um usuário ativo pode ser descadastrado.</translation>
    </message>
    <message>
        <source>Not unsubscribed.</source>
        <translation>Não está descadastrado.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>O produto %1 não existe.</translation>
    </message>
    <message>
        <source>Already enrolled in %1.</source>
        <translation>Já está matriculado em %1.</translation>
    </message>
    <message>
        <source>A first name</source>
        <translation>Um nome</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Escolha pelo menos um produto.</translation>
    </message>
    <message>
        <source>Already enrolled in every product chosen.</source>
        <translation>Já está matriculado em todos os produtos escolhidos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enrollment status.</source>
        <translation>“%1” não é um status de matrícula.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>O progresso é uma porcentagem de 0 a 100.</translation>
    </message>
    <message>
        <source>Enrollment %1 does not exist.</source>
        <translation>A matrícula %1 não existe.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada mudou.</translation>
    </message>
    <message>
        <source>The enrollment was changed by someone else meanwhile; try again.</source>
        <translation>Outra pessoa alterou a matrícula nesse meio-tempo; tente novamente.</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>O sobrenome</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>A empresa</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>O setor</translation>
    </message>
    <message>
        <source>Choose at most 1,000 products at once.</source>
        <translation>Escolha no máximo 1.000 produtos de uma vez.</translation>
    </message>
    <message>
        <source>The amount is in %1, but this school counts credit in %2.</source>
        <translation>O valor está em %1, mas esta escola conta créditos em %2.</translation>
    </message>
    <message>
        <source>That is not a password hash this school can check.</source>
        <translation>Esse não é um hash de senha que esta escola consiga verificar.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserExport</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>There is no column %1.</source>
        <translation>Não há coluna %1.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
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
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Moodle upload users</source>
        <translation>Envio de usuários do Moodle</translation>
    </message>
    <message>
        <source>Rollbook export</source>
        <translation>Exportação do Rollbook</translation>
    </message>
    <message>
        <source>Unknown format: check the columns</source>
        <translation>Formato desconhecido: verifique as colunas</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspended (1 or 0)</source>
        <translation>Suspenso (1 ou 0)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Enroll in product</source>
        <translation>Matricular em produto</translation>
    </message>
    <message>
        <source>(unknown field)</source>
        <translation>(campo desconhecido)</translation>
    </message>
    <message>
        <source>No column holds the email: map one to Email (users are matched by it).</source>
        <translation>Nenhuma coluna contém o e-mail: associe uma a E-mail (os usuários são pareados por ele).</translation>
    </message>
    <message>
        <source>No column holds the first name: new users need one.</source>
        <translation>Nenhuma coluna contém o nome: usuários novos precisam de um.</translation>
    </message>
    <message>
        <source>No email.</source>
        <translation>Sem e-mail.</translation>
    </message>
    <message>
        <source>The same email as line %1.</source>
        <translation>O mesmo e-mail da linha %1.</translation>
    </message>
    <message>
        <source>%1 is already a user (choose &quot;add and update&quot; to update them).</source>
        <translation>%1 já é um usuário (escolha “adicionar e atualizar” para atualizá-lo).</translation>
    </message>
    <message>
        <source>No user has this email.</source>
        <translation>Nenhum usuário tem este e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, pending, suspended, unsubscribed).</source>
        <translation>“%1” não é um status (active, pending, suspended, unsubscribed).</translation>
    </message>
    <message>
        <source>Suspended is 1 or 0, not &quot;%1&quot;.</source>
        <translation>Suspenso é 1 ou 0, não “%1”.</translation>
    </message>
    <message>
        <source>A password has 8 to 128 characters.</source>
        <translation>Uma senha tem de 8 a 128 caracteres.</translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot;.</source>
        <translation>Não há produto “%1”.</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>Sem nome.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sobrenome</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>setor</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>enrollments</source>
        <translation>matrículas</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>Nada muda.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Linha %1: %2 Nada foi importado.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importação cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criar</translation>
    </message>
    <message>
        <source>update</source>
        <translation>atualizar</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorar</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Verificação cancelada.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>Country (reads national phone numbers)</source>
        <translation>País (para ler números de telefone nacionais)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>“%1” não é um código de país (duas letras, como BR ou PT).</translation>
    </message>
    <message>
        <source>%1 lines have errors: correct them (see the preview) and check again, or import the valid lines and skip these; nothing was written.</source>
        <translation>%1 linhas têm erros: corrija-as (veja a prévia) e verifique novamente, ou importe as linhas válidas e ignore estas; nada foi gravado.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importado: %1</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>O nome</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>O sobrenome</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>A empresa</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>O setor</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>A product of this line no longer exists.</source>
        <translation>Um produto desta linha não existe mais.</translation>
    </message>
    <message>
        <source>The user this line changes does not exist.</source>
        <translation>O usuário que esta linha altera não existe.</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>O telefone</translation>
    </message>
    <message>
        <source>A first name is required.</source>
        <translation>O nome é obrigatório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form.</source>
        <translation>“%1” não é um número de telefone em formato internacional.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user status.</source>
        <translation>“%1” não é um status de usuário.</translation>
    </message>
    <message>
        <source>The custom field %1 does not exist.</source>
        <translation>O campo personalizado %1 não existe.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>O produto %1 não existe.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserTableModel</name>
    <message>
        <source>No database is open.</source>
        <translation>Nenhum banco de dados está aberto.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuário não existe mais.</translation>
    </message>
</context>
<context>
    <name>rollbook::UserWindow</name>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
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
        <translation>Compra</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automação</translation>
    </message>
    <message>
        <source>Added by an administrator</source>
        <translation>Adicionado por um administrador</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Cadastro</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última atividade</translation>
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
        <translation>Total gasto</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progresso nos cursos</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Reat&amp;ivar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>The reason the user will see:</source>
        <translation>O motivo que o usuário verá:</translation>
    </message>
    <message>
        <source>Copy a &amp;login link</source>
        <translation>Copiar um link de &amp;login</translation>
    </message>
    <message>
        <source>A one-time login link, valid for 15 minutes, is on the clipboard.</source>
        <translation>Um link de login de uso único, válido por 15 minutos, está na área de transferência.</translation>
    </message>
    <message>
        <source>Send a &amp;reset link</source>
        <translation>Enviar um link de &amp;redefinição</translation>
    </message>
    <message>
        <source>A password-reset email is queued; the link (valid for 24 hours) is also on the clipboard.</source>
        <translation>Um e-mail de redefinição de senha está na fila; o link (válido por 24 horas) também está na área de transferência.</translation>
    </message>
    <message>
        <source>Si&amp;mulate session…</source>
        <translation>Si&amp;mular sessão…</translation>
    </message>
    <message>
        <source>Simulate the user&apos;s session</source>
        <translation>Simular a sessão do usuário</translation>
    </message>
    <message>
        <source>Why (kept in the audit log):</source>
        <translation>Por quê (fica no registro de auditoria):</translation>
    </message>
    <message>
        <source>Open this link in a private window to see the platform as this user; it works once, for 30 minutes.</source>
        <translation>Abra este link em uma janela privada para ver a plataforma como este usuário; ele funciona uma vez, por 30 minutos.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Sem comentários.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Uses by this user</source>
        <translation>Usos por este usuário</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Uses in total</source>
        <translation>Usos no total</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>No coupons used.</source>
        <translation>Nenhum cupom usado.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Um número</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Definir se&amp;nha…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Apr&amp;ovar</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;cusar…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Descadastrar…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Descadastrar</translation>
    </message>
    <message>
        <source>Why access ends (kept in the audit log):</source>
        <translation>Por que o acesso termina (fica no registro de auditoria):</translation>
    </message>
    <message>
        <source>Re&amp;subscribe</source>
        <translation>Recadas&amp;trar</translation>
    </message>
    <message>
        <source>&amp;Delete user…</source>
        <translation>E&amp;xcluir usuário…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Excluir usuário</translation>
    </message>
    <message>
        <source>This deletes the user and all their data: enrollments, payments, credits, activity, tickets, messages. It cannot be undone.

Type their email, %1, to confirm:</source>
        <translation>Isto exclui o usuário e todos os dados dele: matrículas, pagamentos, créditos, atividade, tickets, mensagens. Não pode ser desfeito.

Digite o e-mail dele, %1, para confirmar:</translation>
    </message>
    <message>
        <source>Nothing was deleted: the email did not match.</source>
        <translation>Nada foi excluído: o e-mail não conferiu.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Salvar &amp;alterações</translation>
    </message>
    <message>
        <source>Save every changed field (Ctrl+S)</source>
        <translation>Salvar cada campo alterado (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>D&amp;escartar</translation>
    </message>
    <message>
        <source>Some fields of the Overview are changed but not saved. Save them?</source>
        <translation>Alguns campos da Visão geral foram alterados mas não salvos. Salvá-los?</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Matrículas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Payments &amp;&amp; credits</source>
        <translation>Pagamentos &amp;&amp; créditos</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Cupons</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testes</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicações</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Contest submissions</source>
        <translation>Envios para concursos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
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
        <translation>Boas-vindas ao Rollbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rollbook&lt;/h2&gt;&lt;p&gt;Rollbook keeps your school&apos;s users in a database file on this computer.&lt;/p&gt;&lt;p&gt;Start with a demo school to look around, or open an existing database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Boas-vindas ao Rollbook&lt;/h2&gt;&lt;p&gt;O Rollbook guarda os usuários da sua escola em um arquivo de banco de dados neste computador.&lt;/p&gt;&lt;p&gt;Comece com uma escola de demonstração para conhecer, ou abra um banco de dados existente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a &amp;demo school</source>
        <translation>Criar uma escola de &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Abrir um banco de dados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>with</source>
        <translation>com</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuários</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Número de usuários</translation>
    </message>
</context>
<context>
    <name>rollbook::cli</name>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Coluna desconhecida “%1”.</translation>
    </message>
    <message>
        <source>Export users to CSV or XLSX with the directory&apos;s search, status tab, sort and columns.</source>
        <translation>Exportar usuários para CSV ou XLSX com a busca, a aba de status, a ordenação e as colunas do diretório.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv ou xlsx (padrão: pelo nome do arquivo).</translation>
    </message>
    <message>
        <source>Column keys to export, in order (default: all): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, or a custom field&apos;s key.</source>
        <translation>Chaves das colunas a exportar, em ordem (padrão: todas): name, email, phone, company, status, registered, last_active, credit_balance, total_spent, progress, ou a chave de um campo personalizado.</translation>
    </message>
    <message>
        <source>CSV: comma, semicolon or tab.</source>
        <translation>CSV: comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>CSV: no UTF-8 byte-order mark.</source>
        <translation>CSV: sem marca de ordem de bytes UTF-8.</translation>
    </message>
    <message>
        <source>CSV: write cells as they are (no Excel-safe apostrophe before =, +, -, @).</source>
        <translation>CSV: gravar as células como estão (sem o apóstrofo de segurança do Excel antes de =, +, -, @).</translation>
    </message>
    <message>
        <source>XLSX: data rows per sheet before the next one.</source>
        <translation>XLSX: linhas de dados por planilha antes da próxima.</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE are required.</source>
        <translation>--db FILE e --out FILE são obrigatórios.</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format deve ser csv ou xlsx.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab.</source>
        <translation>--delimiter deve ser comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>--rows-per-sheet must be from 1 to 1048575.</source>
        <translation>--rows-per-sheet deve ir de 1 a 1048575.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 users…</source>
        <translation>Exportando %1 de %2 usuários…</translation>
    </message>
    <message>
        <source>Wrote %1 users to %2 in %3 s.</source>
        <translation>%1 usuários gravados em %2 em %3 s.</translation>
    </message>
    <message>
        <source>%1 sheets.</source>
        <translation>%1 planilhas.</translation>
    </message>
    <message>
        <source>%1 cells longer than 32,767 characters were cut.</source>
        <translation>%1 células com mais de 32.767 caracteres foram cortadas.</translation>
    </message>
    <message>
        <source>%1 cells starting with =, +, -, @ got a leading apostrophe (--raw keeps them).</source>
        <translation>%1 células começando com =, +, -, @ receberam um apóstrofo na frente (--raw as mantém).</translation>
    </message>
    <message>
        <source>Import users from a CSV or XLSX file: a dry run first, then --apply.</source>
        <translation>Importar usuários de um arquivo CSV ou XLSX: primeiro uma simulação, depois --apply.</translation>
    </message>
    <message>
        <source>Rollbook database file.</source>
        <translation>Arquivo de banco de dados do Rollbook.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation>O arquivo CSV ou XLSX a importar.</translation>
    </message>
    <message>
        <source>Check every line; write nothing.</source>
        <translation>Verificar cada linha; não gravar nada.</translation>
    </message>
    <message>
        <source>Write the users, all or nothing.</source>
        <translation>Gravar os usuários, todos ou nenhum.</translation>
    </message>
    <message>
        <source>add, add-update or update.</source>
        <translation>add, add-update ou update.</translation>
    </message>
    <message>
        <source>Write every line&apos;s outcome to this CSV or XLSX.</source>
        <translation>Gravar o resultado de cada linha neste CSV ou XLSX.</translation>
    </message>
    <message>
        <source>Who imports (kept in the audit log).</source>
        <translation>Quem importa (fica no registro de auditoria).</translation>
    </message>
    <message>
        <source>--db FILE and --in FILE are required.</source>
        <translation>--db FILE e --in FILE são obrigatórios.</translation>
    </message>
    <message>
        <source>Say --dry-run or --apply.</source>
        <translation>Informe --dry-run ou --apply.</translation>
    </message>
    <message>
        <source>--mode must be add, add-update or update.</source>
        <translation>--mode deve ser add, add-update ou update.</translation>
    </message>
    <message>
        <source>%1 (%2 lines; %3)</source>
        <translation>%1 (%2 linhas; %3)</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>linha %1 (%2): %3</translation>
    </message>
    <message>
        <source>Checked in %1 s: %2 to create, %3 to update, %4 skipped, %5 errors.</source>
        <translation>Verificado em %1 s: %2 a criar, %3 a atualizar, %4 ignoradas, %5 erros.</translation>
    </message>
    <message>
        <source>The monthly activity report, beside the month before.</source>
        <translation>O relatório mensal de atividade, ao lado do mês anterior.</translation>
    </message>
    <message>
        <source>The month, as YYYY-MM.</source>
        <translation>O mês, como AAAA-MM.</translation>
    </message>
    <message>
        <source>xlsx, csv or pdf (default: from the file name).</source>
        <translation>xlsx, csv ou pdf (padrão: pelo nome do arquivo).</translation>
    </message>
    <message>
        <source>--db FILE, --month YYYY-MM and --out FILE are required.</source>
        <translation>--db FILE, --month YYYY-MM e --out FILE são obrigatórios.</translation>
    </message>
    <message>
        <source>--month must look like 2026-10.</source>
        <translation>--month deve ter a forma 2026-10.</translation>
    </message>
    <message>
        <source>--format must be xlsx, csv or pdf.</source>
        <translation>--format deve ser xlsx, csv ou pdf.</translation>
    </message>
    <message>
        <source>Computed %1 in %2 ms; wrote %3.</source>
        <translation>%1 calculado em %2 ms; %3 gravado.</translation>
    </message>
    <message>
        <source>The audit log, newest first: who changed what, when and why.</source>
        <translation>O registro de auditoria, do mais recente ao mais antigo: quem alterou o quê, quando e por quê.</translation>
    </message>
    <message>
        <source>Only the changes of this user: an email, or a name or phone as the directory searches them.</source>
        <translation>Somente as alterações deste usuário: um e-mail, ou um nome ou telefone como o diretório os busca.</translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD, local time).</source>
        <translation>A partir deste dia (AAAA-MM-DD, hora local).</translation>
    </message>
    <message>
        <source>Up to this day (YYYY-MM-DD, local time).</source>
        <translation>Até este dia (AAAA-MM-DD, hora local).</translation>
    </message>
    <message>
        <source>Only this action (top_up, suspend, ...).</source>
        <translation>Somente esta ação (top_up, suspend, …).</translation>
    </message>
    <message>
        <source>Only the changes of this operator.</source>
        <translation>Somente as alterações deste operador.</translation>
    </message>
    <message>
        <source>At most N rows (0 for all).</source>
        <translation>No máximo N linhas (0 para todas).</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json ou table.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE é obrigatório.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format deve ser csv, json ou table.</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 espera uma data como YYYY-MM-DD, não “%2”.</translation>
    </message>
    <message>
        <source>--action: &quot;%1&quot; is not an action; one of: %2.</source>
        <translation>--action: “%1” não é uma ação; uma de: %2.</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 for all.</source>
        <translation>--limit deve ser um número, 0 para todos.</translation>
    </message>
    <message>
        <source>--user: type at least three letters of a name, or an email.</source>
        <translation>--user: digite pelo menos três letras de um nome, ou um e-mail.</translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Nenhum usuário corresponde a “%1”.</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 alterações</translation>
    </message>
    <message>
        <source>With --apply: import the valid lines and skip the lines with errors (listed in the results as skipped).</source>
        <translation>Com --apply: importar as linhas válidas e ignorar as linhas com erros (listadas como ignoradas nos resultados).</translation>
    </message>
    <message>
        <source>Read national phone numbers of this country (ISO code such as FR) where a line has no country column; default: the school&apos;s region.</source>
        <translation>Ler números de telefone nacionais deste país (código ISO como BR) onde uma linha não tem coluna de país; padrão: a região da escola.</translation>
    </message>
    <message>
        <source>--skip-invalid goes with --apply.</source>
        <translation>--skip-invalid vai com --apply.</translation>
    </message>
    <message>
        <source>--phone-region: &quot;%1&quot; is not a country code (two letters, such as FR or GB).</source>
        <translation>--phone-region: “%1” não é um código de país (duas letras, como BR ou PT).</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines above, or add --skip-invalid to import the valid lines only.</source>
        <translation>Nada foi importado: corrija as linhas acima, ou adicione --skip-invalid para importar somente as linhas válidas.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 lines skipped.</source>
        <translation>Importado: %1 criados, %2 atualizados, %3 linhas ignoradas.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Não é possível ler o arquivo de senha %1: %2</translation>
    </message>
    <message>
        <source>A file whose first line is the mail server&apos;s password.</source>
        <translation>Um arquivo cuja primeira linha é a senha do servidor de e-mail.</translation>
    </message>
    <message>
        <source>Certificates to trust for the mail server instead of the system&apos;s (PEM).</source>
        <translation>Certificados em que confiar para o servidor de e-mail em vez dos do sistema (PEM).</translation>
    </message>
    <message>
        <source>Who sends (named in the audit log of the links issued).</source>
        <translation>Quem envia (indicado no registro de auditoria dos links emitidos).</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 up.</source>
        <translation>--limit deve ser um número a partir de 1.</translation>
    </message>
    <message>
        <source>The mail server failed: %1</source>
        <translation>O servidor de e-mail falhou: %1</translation>
    </message>
    <message>
        <source>The school&apos;s notifications, newest first.</source>
        <translation>As notificações da escola, da mais recente à mais antiga.</translation>
    </message>
    <message>
        <source>Only queued, sent or failed ones.</source>
        <translation>Somente as na fila, enviadas ou com falha.</translation>
    </message>
    <message>
        <source>--status must be queued, sent or failed, not &quot;%1&quot;.</source>
        <translation>--status deve ser queued, sent ou failed, não “%1”.</translation>
    </message>
    <message>
        <source>%1 notifications</source>
        <translation>%1 notificações</translation>
    </message>
    <message>
        <source>Usage: rollbook-cli notifications send|list [options]; add --help for a subcommand&apos;s options.</source>
        <translation>Uso: rollbook-cli notifications send|list [opções]; adicione --help para ver as opções de um subcomando.</translation>
    </message>
    <message>
        <source>Sends the school&apos;s queued notifications, oldest first: email through its mail server, text messages through its SMS gateway (School settings), each over one connection. For a cron job: exits 3 when the mail server or the gateway fails.</source>
        <translation>Envia as notificações na fila da escola, das mais antigas às mais novas: e-mail pelo servidor de e-mail, SMS pelo gateway de SMS (Configurações da escola), cada um por uma só conexão. Para uma tarefa cron: termina com 3 quando o servidor de e-mail ou o gateway falha.</translation>
    </message>
    <message>
        <source>A file whose first line is the SMS gateway&apos;s password (or token).</source>
        <translation>Um arquivo cuja primeira linha é a senha (ou o token) do gateway de SMS.</translation>
    </message>
    <message>
        <source>Certificates to trust for the SMS gateway instead of the system&apos;s (PEM).</source>
        <translation>Certificados em que confiar para o gateway de SMS em vez dos do sistema (PEM).</translation>
    </message>
    <message>
        <source>At most N notifications of each kind this run.</source>
        <translation>No máximo N notificações de cada tipo nesta execução.</translation>
    </message>
    <message>
        <source>Email: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>E-mail: enviados %1, a tentar de novo %2, com falha %3, em %4 conexão(ões).</translation>
    </message>
    <message>
        <source>Text messages: sent %1, to retry %2, failed %3, over %4 connection(s).</source>
        <translation>SMS: enviados %1, a tentar de novo %2, com falha %3, em %4 conexão(ões).</translation>
    </message>
    <message>
        <source>The SMS gateway failed: %1</source>
        <translation>O gateway de SMS falhou: %1</translation>
    </message>
    <message>
        <source>The school has no mail server and no SMS gateway (School settings): nothing is sent.</source>
        <translation>A escola não tem servidor de e-mail nem gateway de SMS (Configurações da escola): nada é enviado.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texto da busca.</translation>
    </message>
    <message>
        <source>active, pending, suspended, unsubscribed or all.</source>
        <translation>active, pending, suspended, unsubscribed ou all.</translation>
    </message>
    <message>
        <source>Column key, with :desc for descending.</source>
        <translation>Chave da coluna, com :desc para ordem decrescente.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Status desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Unknown sort column &quot;%1&quot;.</source>
        <translation>Coluna de ordenação desconhecida “%1”.</translation>
    </message>
</context>
</TS>
