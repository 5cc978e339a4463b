#include "enrollmentstab.h"

#include "actions/useractions.h"
#include "dialogs/productpickerdialog.h"
#include "messagebox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

EnrollmentsTab::EnrollmentsTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_table(makeTable(
          this, QStringLiteral("enrollmentsTable"),
          {tr("Product"), tr("Kind"), tr("Status"), tr("Progress"), tr("Enrolled"), tr("Completed"), tr("Source")}))
    , m_status(new QComboBox(this))
    , m_progress(new QSpinBox(this))
{
    setObjectName(QStringLiteral("enrollmentsTab"));
    m_status->setObjectName(QStringLiteral("enrollmentStatus"));
    for (const char *status : {"active", "pending", "completed", "canceled", "returned"})
        m_status->addItem(keyLabel(QString::fromLatin1(status)), QString::fromLatin1(status));
    m_progress->setObjectName(QStringLiteral("enrollmentProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral("%"));
    auto *apply = new QPushButton(tr("&Apply"), this);
    apply->setObjectName(QStringLiteral("enrollmentApply"));
    auto *more = new QPushButton(tr("&Enroll in more…"), this);
    more->setObjectName(QStringLiteral("enrollMore"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Selected:"), this));
    controls->addWidget(m_status);
    controls->addWidget(m_progress);
    controls->addWidget(apply);
    controls->addStretch();
    controls->addWidget(more);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(controls);
    connect(more, &QPushButton::clicked, this, &EnrollmentsTab::enrollMore);
    connect(apply, &QPushButton::clicked, this, &EnrollmentsTab::applyChange);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EnrollmentsTab::selectionChanged);
}

void EnrollmentsTab::load()
{
    m_table->setRowCount(0);
    // One user's enrollments: an index lookup, a handful of rows.
    QSqlQuery query = userQuery(
        QStringLiteral("SELECT e.id, p.title, p.kind, e.status, e.progress, e.enrolled_at, e.completed_at, e.source "
                       "FROM enrollments e JOIN products p ON p.id = e.product_id WHERE e.user_id = ? "
                       "ORDER BY e.enrolled_at DESC"));
    while (query.next()) {
        addRow(m_table,
               {query.value(1).toString(), keyLabel(query.value(2).toString()), keyLabel(query.value(3).toString()),
                QString::number(query.value(4).toInt()) + u'%', date(query.value(5)), date(query.value(6)),
                keyLabel(query.value(7).toString())},
               query.value(0));
        // The status cell keeps its key for the status editor.
        m_table->item(m_table->rowCount() - 1, 2)->setData(Qt::UserRole, query.value(3).toString());
    }
    // One user's rows, a handful: measuring them is cheap.
    m_table->resizeColumnsToContents();
    selectionChanged();
}

void EnrollmentsTab::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && m_table->item(row, 0);
    m_status->setEnabled(selected);
    m_progress->setEnabled(selected);
    if (!selected)
        return;
    m_status->setCurrentIndex(m_status->findData(m_table->item(row, 2)->data(Qt::UserRole)));
    m_progress->setValue(m_table->item(row, 3)->text().chopped(1).toInt());
}

void EnrollmentsTab::applyChange()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const std::int64_t id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto outcome
        = UserActions::changeEnrollment(*m_context, id, m_status->currentData().toString(), m_progress->value());
    if (!outcome) {
        MessageBox::warning(this, tr("Enrollments"), outcome.error());
        return;
    }
    load();
    m_table->selectRow(row);
    if (outcome->applied)
        Q_EMIT changed();
}

void EnrollmentsTab::enrollMore()
{
    const auto products = ProductPickerDialog::ask(m_context->db, 1, this);
    if (!products || products->empty())
        return;
    const auto outcome = UserActions::enrollMany(*m_context, m_userId, *products);
    if (!outcome) {
        MessageBox::warning(this, tr("Enrollments"), outcome.error());
        return;
    }
    load();
    if (outcome->applied)
        Q_EMIT changed();
}

} // namespace rollbook
