#include "topupdialog.h"

#include "fielderror.h"
#include "money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rollbook {

namespace {
std::optional<std::optional<TopUpRequest>> nextAnswer;
} // namespace

TopUpDialog::TopUpDialog(const QString &currency, int users, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_amount(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_parsed(new QLabel(this))
    , m_error(newFieldError(this, QStringLiteral("topUpError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("topUpDialog"));
    setWindowTitle(tr("Top up credits for %n user(s)", nullptr, users));
    m_amount->setObjectName(QStringLiteral("topUpAmount"));
    m_amount->setPlaceholderText(formatMoney(1000, currency));
    m_reason->setObjectName(QStringLiteral("topUpReason"));
    m_reason->addItem(tr("Complimentary"), int(CreditReason::Complimentary));
    m_reason->addItem(tr("Adjustment (may be negative)"), int(CreditReason::Adjustment));
    m_reason->addItem(tr("Refund"), int(CreditReason::Refund));
    m_note->setObjectName(QStringLiteral("topUpNote"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Shown in the user's billing history"));
    // What the amount was read as, so "12,50" can never silently become 1,250.00.
    m_parsed->setObjectName(QStringLiteral("topUpParsed"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Amount (%1):").arg(currency), m_amount);
    form->addRow(QString(), m_parsed);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_buttons);
    connect(m_amount, &QLineEdit::textChanged, this, &TopUpDialog::validate);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &TopUpDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    setMinimumWidth(420);
    m_amount->setFocus();
}

std::optional<TopUpRequest> TopUpDialog::request() const
{
    const auto amount = parseMoney(m_amount->text(), m_currency);
    if (!amount || *amount == 0)
        return std::nullopt;
    const auto reason = static_cast<CreditReason>(m_reason->currentData().toInt());
    if (*amount < 0 && reason != CreditReason::Adjustment)
        return std::nullopt;
    return TopUpRequest{*amount, reason, m_note->text().trimmed()};
}

void TopUpDialog::validate()
{
    QString problem;
    QString parsed;
    if (!m_amount->text().trimmed().isEmpty()) {
        const auto amount = parseMoney(m_amount->text(), m_currency);
        if (amount)
            parsed = tr("= %1").arg(formatMoney(*amount, m_currency));
        if (!amount)
            problem = amount.error();
        else if (*amount == 0)
            problem = tr("Enter an amount other than zero.");
        else if (*amount < 0 && static_cast<CreditReason>(m_reason->currentData().toInt()) != CreditReason::Adjustment)
            problem = tr("Only an adjustment can remove credit.");
    }
    showFieldError(m_error, problem);
    m_parsed->setText(parsed);
    m_parsed->setVisible(!parsed.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(request().has_value());
}

std::optional<TopUpRequest> TopUpDialog::ask(QWidget *parent, const QString &currency, int users)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    TopUpDialog dialog(currency, users, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

void TopUpDialog::setNextAnswer(std::optional<TopUpRequest> answer)
{
    nextAnswer = std::move(answer);
}

} // namespace rollbook
