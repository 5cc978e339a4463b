#include "bulkresultdialog.h"

#include "csv.h"
#include "messagebox.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

namespace {

QString outcomeText(BulkRowResult::Outcome outcome)
{
    switch (outcome) {
    case BulkRowResult::Outcome::Applied:
        return BulkResultDialog::tr("Applied");
    case BulkRowResult::Outcome::Skipped:
        return BulkResultDialog::tr("Skipped");
    case BulkRowResult::Outcome::Failed:
        return BulkResultDialog::tr("Failed");
    }
    return {};
}

} // namespace

BulkResultDialog::BulkResultDialog(const QString &actionTitle, BulkReport report, QWidget *parent)
    : QDialog(parent)
    , m_report(std::move(report))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(actionTitle);
    const QLocale locale;
    m_summary = tr("%1 applied, %2 skipped, %3 failed.")
                    .arg(locale.toString(qulonglong(m_report.count(BulkRowResult::Outcome::Applied))),
                         locale.toString(qulonglong(m_report.count(BulkRowResult::Outcome::Skipped))),
                         locale.toString(qulonglong(m_report.count(BulkRowResult::Outcome::Failed))));
    if (m_report.cancelled)
        m_summary += u' ' + tr("Cancelled: the users after these were not changed.");
    auto *summary = new QLabel(m_summary, this);
    summary->setObjectName(QStringLiteral("bulkSummary"));
    summary->setWordWrap(true);

    // Only what needs a look: the skipped and failed users (applied ones are in the saved file).
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("bulkProblems"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Outcome"), tr("Reason")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    constexpr int MaxShown = 10'000;
    for (const BulkRowResult &row : m_report.rows) {
        if (row.outcome == BulkRowResult::Outcome::Applied)
            continue;
        if (table->rowCount() >= MaxShown)
            break;
        const int at = table->rowCount();
        table->insertRow(at);
        table->setItem(at, 0, new QTableWidgetItem(row.name.isEmpty() ? tr("User %1").arg(row.userId) : row.name));
        table->setItem(at, 1, new QTableWidgetItem(row.email));
        table->setItem(at, 2, new QTableWidgetItem(outcomeText(row.outcome)));
        table->setItem(at, 3, new QTableWidgetItem(row.message));
    }

    // With nothing skipped or failed there is nothing to list.
    table->setVisible(table->rowCount() > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save results…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save results"), QStringLiteral("results.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !save(path))
            MessageBox::critical(this, windowTitle(), tr("Could not write %1.").arg(path));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, table->rowCount() > 0 ? 420 : 120);
}

QString BulkResultDialog::summary() const
{
    return m_summary;
}

bool BulkResultDialog::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "user_id,name,email,outcome,reason\r\n";
    for (const BulkRowResult &row : m_report.rows) {
        out += QByteArray::number(static_cast<qlonglong>(row.userId)) + ',' + csvField(row.name).toUtf8() + ','
            + csvField(row.email).toUtf8() + ',' + csvField(outcomeText(row.outcome)).toUtf8() + ','
            + csvField(row.message).toUtf8() + "\r\n";
    }
    file.write(out);
    return file.commit();
}

} // namespace rollbook
