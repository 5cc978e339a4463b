#include "enrollmentstab.h"

#include "actions/useractions.h"
#include "dialogs/productpickerdialog.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

namespace {

QString when(const QVariant &ms)
{
    return ms.isNull() ? QString()
                       : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).toLocalTime().date(),
                                            QLocale::ShortFormat);
}

} // namespace

EnrollmentsTab::EnrollmentsTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_table(new QTableWidget(this))
    , m_status(new QComboBox(this))
    , m_progress(new QSpinBox(this))
{
    setObjectName(QStringLiteral("enrollmentsTab"));
    m_table->setObjectName(QStringLiteral("enrollmentsTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Product"), tr("Kind"), tr("Status"), tr("Progress"), tr("Enrolled"), tr("Completed"), tr("Source")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setObjectName(QStringLiteral("enrollmentStatus"));
    for (const char *status : {"active", "pending", "completed", "canceled", "returned"})
        m_status->addItem(QString::fromLatin1(status), QString::fromLatin1(status));
    m_progress->setObjectName(QStringLiteral("enrollmentProgress"));
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
    if (!m_context || !m_context->db.isValid())
        return;
    // One user's enrollments: an index lookup, a handful of rows.
    QSqlQuery query(m_context->db);
    query.prepare(QStringLiteral("SELECT e.id, p.title, p.kind, e.status, e.progress, e.enrolled_at, e.completed_at, "
                                 "e.source FROM enrollments e JOIN products p ON p.id = e.product_id "
                                 "WHERE e.user_id = ? ORDER BY e.enrolled_at DESC"));
    query.addBindValue(QVariant::fromValue<qint64>(m_userId));
    if (!query.exec())
        return;
    while (query.next()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *product = new QTableWidgetItem(query.value(1).toString());
        product->setData(Qt::UserRole, query.value(0).toLongLong());
        m_table->setItem(row, 0, product);
        m_table->setItem(row, 1, new QTableWidgetItem(query.value(2).toString().replace(u'_', u' ')));
        m_table->setItem(row, 2, new QTableWidgetItem(query.value(3).toString()));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(query.value(4).toInt()) + u'%'));
        m_table->setItem(row, 4, new QTableWidgetItem(when(query.value(5))));
        m_table->setItem(row, 5, new QTableWidgetItem(when(query.value(6))));
        m_table->setItem(row, 6, new QTableWidgetItem(query.value(7).toString()));
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
    m_status->setCurrentIndex(m_status->findData(m_table->item(row, 2)->text()));
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
