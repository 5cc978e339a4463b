#pragma once

#include "actions/actioncontext.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rollbook {

/// Payments, subscription status, and the credit ledger (the user's billing history) with Top up.
class PaymentsTab : public QWidget
{
    Q_OBJECT

public:
    PaymentsTab(ActionContext *context, std::int64_t userId, const QString &currency, QWidget *parent = nullptr);
    void load();

Q_SIGNALS:
    void changed();

private:
    void topUp();

    ActionContext *m_context;
    std::int64_t m_userId;
    QString m_currency;
    QLabel *m_summary;
    QTableWidget *m_payments;
    QTableWidget *m_ledger;
};

} // namespace rollbook
