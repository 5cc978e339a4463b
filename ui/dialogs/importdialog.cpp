#include "dialogs/importdialog.h"

#include "database.h"
#include "importpreviewmodel.h"
#include "messagebox.h"
#include "phone.h"
#include "prompts.h"
#include "settings.h"
#include "validation.h"
#include "windowgeometry.h"
#include "workerprogress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

namespace {

using Target = ImportMapping::Target;

OpenOptions workerOptions(bool readOnly)
{
    OpenOptions options;
    options.integrityCheck = false;
    options.migrate = false;
    options.readOnly = readOnly;
    return options;
}

} // namespace

ImportDialog::ImportDialog(const QString &databasePath, const Operator &actor, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_actor(actor)
    , m_path(new QLineEdit(this))
    , m_format(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_mode(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_summary(new QLabel(this))
    , m_check(new QPushButton(tr("&Check (dry run)"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_skipInvalid(new QPushButton(tr("Import the &valid lines…"), this))
    , m_saveResults(new QPushButton(tr("Save &results…"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import users"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A CSV or Excel file: Rollbook's export, Moodle's upload-users file, or your own"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setWordWrap(true);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setAccessibleName(tr("Columns"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Goes to")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mode->setObjectName(QStringLiteral("importMode"));
    m_mode->addItem(tr("Add new users only"), int(ImportMode::AddOnly));
    m_mode->addItem(tr("Add new users and update existing ones (matched by email)"), int(ImportMode::AddOrUpdate));
    m_mode->addItem(tr("Update existing users only"), int(ImportMode::UpdateOnly));
    // Lines without a country column read national numbers ("06 12 34 56 78") as this country's.
    m_region->setObjectName(QStringLiteral("importPhoneRegion"));
    const auto schoolRegion
        = Database::withConnection(databasePath, workerOptions(true), [](QSqlDatabase &db) -> Result<QString> {
              return StoreSettings::value(db, StoreSettings::PhoneRegion);
          });
    for (const QString &region : phoneRegions())
        m_region->addItem(tr("%1 (%2)").arg(region, QLocale::territoryToString(QLocale::codeToTerritory(region))),
                          region);
    m_region->setCurrentIndex(std::max(0, m_region->findData(schoolRegion ? *schoolRegion : QString())));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Dry run"));
    m_preview->setModel(m_previewModel);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_import->setObjectName(QStringLiteral("importApply"));
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    m_skipInvalid->setToolTip(tr("Imports the lines without errors; the others are skipped and listed in the results"));
    m_saveResults->setObjectName(QStringLiteral("importSaveResults"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileLine = new QHBoxLayout;
    fileLine->addWidget(m_path, 1);
    fileLine->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileLine);
    form->addRow(QString(), m_format);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Phones without a country:"), m_region);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_saveResults);
    actions->addWidget(m_check);
    actions->addWidget(m_skipInvalid);
    actions->addWidget(m_import);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns:"), this));
    layout->addWidget(m_mapping, 1);
    layout->addWidget(new QLabel(tr("Dry run (errors first):"), this));
    layout->addWidget(m_preview, 2);
    layout->addLayout(actions);
    layout->addWidget(close);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { load(m_path->text()); });
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, [this] { importChecked(false); });
    connect(m_skipInvalid, &QPushButton::clicked, this, [this] { importChecked(true); });
    connect(m_saveResults, &QPushButton::clicked, this, &ImportDialog::saveResults);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ImportDialog::planChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ImportDialog::planChanged);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    planChanged();
    rollbook::restoreWindowState(this, QStringLiteral("importDialog"), QSize(900, 680));
    m_path->setFocus();
}

ImportDialog::~ImportDialog()
{
    rollbook::saveWindowState(this, QStringLiteral("importDialog"));
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import users"), m_path->text(),
                                                      tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void ImportDialog::load(const QString &path)
{
    m_path->setText(path);
    const auto table = runWithProgress<Result<ImportTable>>(this, tr("Reading %1").arg(QFileInfo(path).fileName()), 0,
                                                            [path](const WorkerProgress &) { return readTable(path); });
    m_table.reset();
    m_mapping->setRowCount(0);
    if (!table) {
        m_format->setText(table.error());
        planChanged();
        return;
    }
    m_table = *table;
    const auto fields = Database::withConnection(m_databasePath, workerOptions(true),
                                                 [](QSqlDatabase &db) { return loadCustomFields(db); });
    m_fields = fields ? *fields : QList<CustomField>{};
    QString format = tr("%1 · %Ln line(s) · %2", nullptr, int(table->rows.size()))
                         .arg(UserImport::formatName(table->header), table->encoding);
    for (const QString &warning : table->warnings)
        format += u'\n' + tr("Warning: %1").arg(warning);
    m_format->setText(format);
    const QList<ImportMapping> guessed = UserImport::guessMapping(table->header, m_fields);
    QList<ImportMapping> &choices = m_choices;
    choices.clear();
    for (auto target :
         {Target::Ignore, Target::FirstName, Target::LastName, Target::Email, Target::Phone, Target::Company,
          Target::Industry, Target::Status, Target::Suspended, Target::Password, Target::Product, Target::Country})
        choices.append({target, 0});
    for (const CustomField &field : std::as_const(m_fields))
        choices.append({Target::CustomField, field.id});
    for (qsizetype c = 0; c < table->header.size(); ++c) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(table->header[c]));
        // A long first value is shown cut (the whole of it in the tooltip), so the targets stay in view.
        const QString first = visibleText(table->rows.cell(0, c));
        auto *value = new QTableWidgetItem(first.size() > 40 ? first.left(39) + u'…' : first);
        value->setToolTip(first.left(1000));
        m_mapping->setItem(row, 1, value);
        auto *combo = new QComboBox(m_mapping);
        for (qsizetype i = 0; i < choices.size(); ++i) {
            combo->addItem(UserImport::targetName(choices[i], m_fields), int(i));
            if (choices[i].target == guessed[c].target && choices[i].customFieldId == guessed[c].customFieldId)
                combo->setCurrentIndex(int(i));
        }
        m_mapping->setCellWidget(row, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::planChanged);
    }
    m_mapping->resizeColumnsToContents();
    planChanged();
}

QList<ImportMapping> ImportDialog::mapping() const
{
    QList<ImportMapping> result;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
        result.append(m_choices.value(combo ? combo->currentIndex() : 0));
    }
    return result;
}

void ImportDialog::planChanged()
{
    // A new file, mapping or mode needs a new dry run before anything is written.
    m_plan.reset();
    m_previewModel->setPlan(ImportPlan{});
    m_check->setEnabled(m_table.has_value());
    m_import->setEnabled(false);
    m_skipInvalid->setEnabled(false);
    m_skipInvalid->setText(tr("Import the &valid lines…"));
    m_saveResults->setEnabled(false);
    m_summary->setText(m_table ? tr("Check the file to see what each line will do.") : QString());
}

void ImportDialog::check()
{
    if (!m_table)
        return;
    const ImportTable table = *m_table;
    const QList<ImportMapping> columns = mapping();
    const auto mode = ImportMode(m_mode->currentData().toInt());
    const QString region = m_region->currentData().toString();
    const auto plan = runWithProgress<Result<ImportPlan>>(
        this, tr("Checking %Ln line(s)", nullptr, int(table.rows.size())), qint64(table.rows.size()),
        [store = m_databasePath, table, columns, mode, region](const WorkerProgress &progress) {
            return Database::withConnection(store, workerOptions(true), [&](QSqlDatabase &db) {
                return UserImport::plan(db, table, columns, mode, region, progress);
            });
        });
    if (!plan) {
        m_summary->setText(plan.error());
        return;
    }
    m_plan = *plan;
    m_previewModel->setPlan(*plan);
    m_preview->resizeColumnToContents(0);
    m_preview->resizeColumnToContents(1);
    const auto errors = plan->count(ImportOutcome::Kind::Error);
    m_summary->setText(
        tr("%1 to create, %2 to update, %3 skipped, %4 with errors.")
            .arg(plan->count(ImportOutcome::Kind::Create))
            .arg(plan->count(ImportOutcome::Kind::Update))
            .arg(plan->count(ImportOutcome::Kind::Skip))
            .arg(errors)
        + (errors > 0 ? u' '
                   + tr("Correct the file (or the mapping) and check again, or import the valid lines "
                        "and skip these.")
                      : QString())
        + (plan->warnings.isEmpty() ? QString() : u'\n' + tr("Warning: %1").arg(plan->warnings.join(u'\n'))));
    m_import->setEnabled(errors == 0 && !plan->users.empty());
    m_skipInvalid->setEnabled(errors > 0 && !plan->users.empty());
    m_skipInvalid->setText(errors > 0 ? tr("Import the &valid lines, skip %Ln…", nullptr, int(errors))
                                      : tr("Import the &valid lines…"));
    m_saveResults->setEnabled(true);
}

bool ImportDialog::importChecked(bool skipInvalid)
{
    if (!m_plan || (m_plan->count(ImportOutcome::Kind::Error) > 0 && !skipInvalid))
        return false;
    if (skipInvalid
        && MessageBox::question(this, tr("Import users"),
                                tr("Import %1 valid lines and skip %2 lines with errors? The skipped lines are listed "
                                   "in the results (Save results).")
                                    .arg(m_plan->users.size())
                                    .arg(m_plan->count(ImportOutcome::Kind::Error)))
            != QMessageBox::Yes)
        return false;
    const ImportPlan plan = *m_plan;
    const auto total = static_cast<qint64>(plan.users.size());
    const auto applied = runWithProgress<Result<ImportPlan>>(
        this, tr("Importing %Ln user(s)", nullptr, int(total)), total,
        [store = m_databasePath, actor = m_actor, plan, skipInvalid](const WorkerProgress &progress) {
            return Database::withConnection(store, workerOptions(false), [&](QSqlDatabase &db) {
                ActionContext context{db, actor};
                return UserImport::apply(context, plan, progress, skipInvalid);
            });
        });
    if (!applied) {
        MessageBox::warning(this, tr("Import users"), applied.error());
        return false;
    }
    m_import->setEnabled(false);
    m_skipInvalid->setEnabled(false);
    m_plan = *applied; // the results now say which lines were skipped
    m_previewModel->setPlan(*applied);
    m_summary->setText(tr("Imported: %1 created, %2 updated, %3 lines skipped.")
                           .arg(applied->count(ImportOutcome::Kind::Create))
                           .arg(applied->count(ImportOutcome::Kind::Update))
                           .arg(applied->count(ImportOutcome::Kind::Skip)));
    Q_EMIT imported();
    return true;
}

void ImportDialog::saveResults()
{
    if (!m_plan)
        return;
    const auto path = Prompts::saveFile(this, tr("Save the results"),
                                        QFileInfo(m_path->text()).dir().filePath(tr("import-results.csv")),
                                        tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (!path)
        return;
    if (const Status written = UserImport::writeResults(*m_plan, *path); !written)
        MessageBox::warning(this, tr("Save the results"), written.error());
}

} // namespace rollbook
