#pragma once

#include "actions/useractions.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rollbook {

struct TopUpRequest
{
    std::int64_t amount = 0; ///< minor units
    CreditReason reason = CreditReason::Complimentary;
    QString note;
};

/// Amount, reason (complimentary, adjustment, refund) and note for a credit top-up. The amount is
/// read by the locale as it is typed and shown back ("= USD 12.50"); an ambiguous separator is
/// refused at the field; OK stays off until it is valid.
class TopUpDialog : public QDialog
{
    Q_OBJECT

public:
    TopUpDialog(const QString &currency, int users, QWidget *parent = nullptr);
    std::optional<TopUpRequest> request() const;

    /// Asks; tests answer through setNextAnswer instead of a real modal dialog.
    static std::optional<TopUpRequest> ask(QWidget *parent, const QString &currency, int users);
    static void setNextAnswer(std::optional<TopUpRequest> answer);

private:
    void validate();

    QString m_currency;
    QLineEdit *m_amount;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_parsed;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rollbook
