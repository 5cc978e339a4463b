#pragma once

#include "profile/profiletab.h"

class QLabel;
class QTableWidget;

namespace rollbook {

/// Payments, subscription status, and the credit ledger (the user's billing history) with Top up.
class PaymentsTab : public ProfileTab
{
    Q_OBJECT

public:
    PaymentsTab(ActionContext *context, std::int64_t userId, const QString &currency, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    void topUp();

    QString m_currency;
    QLabel *m_summary;
    QTableWidget *m_payments;
    QTableWidget *m_ledger;
};

} // namespace rollbook
