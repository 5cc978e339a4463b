#include "dialogs/exportdialog.h"

#include "fielderror.h"
#include "prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rollbook {

namespace {
std::optional<std::optional<ExportChoice>> nextAnswer;
} // namespace

ExportDialog::ExportDialog(qint64 viewRows, qint64 selectedRows, QWidget *parent)
    : QDialog(parent)
    , m_view(new QRadioButton(this))
    , m_selection(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("UTF-8 byte-order &mark (lets Excel read accents)"), this))
    , m_excelSafe(new QCheckBox(tr("E&xcel-safe: a cell starting with =, +, -, @ is kept as text"), this))
    , m_path(new QLineEdit(this))
    , m_pathError(newFieldError(this, QStringLiteral("exportPathError")))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export users"));
    const QLocale locale;
    m_view->setText(tr("The current &view: %1 users, its columns and order").arg(locale.toString(viewRows)));
    m_selection->setText(tr("The &selected users: %1").arg(locale.toString(selectedRows)));
    m_selection->setEnabled(selectedRows > 1);
    (selectedRows > 1 ? m_selection : m_view)->setChecked(true);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV (.csv)"), int(ExportFormat::Csv));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_bom->setChecked(true);
    m_excelSafe->setChecked(true);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(Prompts::inDocuments(tr("users-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathLine = new QHBoxLayout;
    pathLine->addWidget(m_path, 1);
    pathLine->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Users:"), m_view);
    form->addRow(QString(), m_selection);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_excelSafe);
    // A layout row gets no buddy of its own: without one the label shows a literal "&".
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathLine);
    form->addRow(QString(), m_pathError);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, [buttons, this] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
        showFieldError(m_pathError, QString());
    });
    formatChanged();
    setMinimumWidth(620);
}

void ExportDialog::accept()
{
    // Before the export starts, never at 38%.
    if (const Status ready = Prompts::prepareFolder(m_path->text().trimmed()); !ready) {
        showFieldError(m_pathError, ready.error());
        m_path->setFocus();
        return;
    }
    Prompts::rememberFolder(m_path->text().trimmed());
    QDialog::accept();
}

void ExportDialog::formatChanged()
{
    const bool csv = m_format->currentData().toInt() == int(ExportFormat::Csv);
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_excelSafe->setEnabled(csv);
    // The extension follows the format.
    const QFileInfo file(m_path->text());
    if (!file.fileName().isEmpty())
        m_path->setText(
            file.dir().filePath(file.completeBaseName() + (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx"))));
}

void ExportDialog::browse()
{
    const bool csv = m_format->currentData().toInt() == int(ExportFormat::Csv);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export users"), m_path->text(),
                                                        csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice choice;
    choice.selectionOnly = m_selection->isChecked();
    choice.options.format = ExportFormat(m_format->currentData().toInt());
    choice.options.delimiter = m_delimiter->currentData().toString().front();
    choice.options.byteOrderMark = m_bom->isChecked();
    choice.options.excelSafe = m_excelSafe->isChecked();
    choice.options.currency.clear(); // the school's
    choice.path = m_path->text().trimmed();
    return choice;
}

std::optional<ExportChoice> ExportDialog::ask(QWidget *parent, qint64 viewRows, qint64 selectedRows)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    ExportDialog dialog(viewRows, selectedRows, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void ExportDialog::setNextAnswer(std::optional<ExportChoice> answer)
{
    nextAnswer = std::move(answer);
}

} // namespace rollbook
