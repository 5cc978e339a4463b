#include "paymentstab.h"

#include "emptyhint.h"

#include "actions/useractions.h"
#include "dialogs/topupdialog.h"
#include "messagebox.h"
#include "money.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

PaymentsTab::PaymentsTab(ActionContext *context, std::int64_t userId, const QString &currency, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_currency(currency)
    , m_summary(new QLabel(this))
    , m_payments(makeTable(this, QStringLiteral("paymentsTable"),
                           {tr("Date"), tr("Product"), tr("Amount"), tr("Method"), tr("Status")}))
    , m_ledger(makeTable(this, QStringLiteral("ledgerTable"),
                         {tr("Date"), tr("Credits"), tr("Reason"), tr("Note"), tr("By")}))
{
    setObjectName(QStringLiteral("paymentsTab"));
    m_payments->setAccessibleName(tr("Payments"));
    m_ledger->setAccessibleName(tr("Credit ledger"));
    new EmptyHint(
        m_payments, [] { return tr("No payments: this user has bought nothing yet."); },
        QStringLiteral("paymentsEmpty"));
    new EmptyHint(
        m_ledger, [] { return tr("No credit movements yet. Top up credits gives the user some."); },
        QStringLiteral("ledgerEmpty"));
    m_summary->setObjectName(QStringLiteral("paymentsSummary"));
    m_summary->setWordWrap(true);
    auto *topUpButton = new QPushButton(tr("&Top up credits…"), this);
    topUpButton->setObjectName(QStringLiteral("profileTopUp"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(topUpButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(new QLabel(tr("Payments"), this));
    layout->addWidget(m_payments, 1);
    layout->addWidget(new QLabel(tr("Credit ledger"), this));
    layout->addWidget(m_ledger, 1);
    connect(topUpButton, &QPushButton::clicked, this, &PaymentsTab::topUp);
}

void PaymentsTab::load()
{
    m_payments->setRowCount(0);
    m_ledger->setRowCount(0);
    if (!m_context || !m_context->db.isValid())
        return;
    const QVariant id = QVariant::fromValue<qint64>(m_userId);
    QSqlQuery query(m_context->db);
    query.prepare(QStringLiteral("SELECT p.paid_at, coalesce(pr.title, ''), p.amount, p.currency, p.method, p.status "
                                 "FROM payments p LEFT JOIN products pr ON pr.id = p.product_id "
                                 "WHERE p.user_id = ? ORDER BY p.paid_at DESC"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            addRow(m_payments,
                   {dateTime(query.value(0)), query.value(1).toString(),
                    formatMoney(query.value(2).toLongLong(), query.value(3).toString()),
                    keyLabel(query.value(4).toString()), keyLabel(query.value(5).toString())});
    }
    query.prepare(
        QStringLiteral("SELECT l.created_at, l.amount, l.currency, l.reason, coalesce(l.note, ''), "
                       "coalesce(o.name, '') FROM credit_ledger l LEFT JOIN operators o ON o.id = l.operator_id "
                       "WHERE l.user_id = ? ORDER BY l.created_at DESC, l.id DESC"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            addRow(m_ledger,
                   {dateTime(query.value(0)), formatMoney(query.value(1).toLongLong(), query.value(2).toString()),
                    keyLabel(query.value(3).toString()), query.value(4).toString(), query.value(5).toString()});
    }
    // One user's rows, a handful: measuring them is cheap.
    m_payments->resizeColumnsToContents();
    m_ledger->resizeColumnsToContents();
    query.prepare(QStringLiteral(
        "SELECT u.credit_balance, u.total_spent, (SELECT group_concat(p.title || ': ' || s.status, ', ') "
        "FROM subscriptions s JOIN products p ON p.id = s.product_id WHERE s.user_id = u.id) "
        "FROM users u WHERE u.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        const QString subscriptions = query.value(2).toString();
        m_summary->setText(tr("Credit balance: <b>%1</b> · Total spent: %2 · Subscriptions: %3")
                               .arg(formatMoney(query.value(0).toLongLong(), m_currency),
                                    formatMoney(query.value(1).toLongLong(), m_currency),
                                    subscriptions.isEmpty() ? tr("none") : subscriptions.toHtmlEscaped()));
    }
}

void PaymentsTab::topUp()
{
    const auto request = TopUpDialog::ask(this, m_currency, 1);
    if (!request)
        return;
    const auto outcome = UserActions::topUp(*m_context, m_userId, request->amount, request->reason, request->note);
    if (!outcome) {
        MessageBox::warning(this, tr("Top up credits"), outcome.error());
        return;
    }
    load();
    Q_EMIT changed();
}

} // namespace rollbook
