#include "mail/smssettingspage.h"

#include "mail/mailpassword.h"
#include "phone.h"

#include "fielderror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent>

namespace rollbook {

SmsSettingsPage::SmsSettingsPage(const SchoolSettings &current, QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_testTo(new QLineEdit(this))
    , m_test(new QPushButton(tr("S&end test message"), this))
    , m_result(new QLabel(this))
    , m_region(current.phoneRegion)
{
    m_url->setObjectName(QStringLiteral("smsUrl"));
    m_url->setText(current.smsUrl);
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com/2010-04-01/Accounts/…/Messages.json"));
    m_format->setObjectName(QStringLiteral("smsFormat"));
    m_format->addItem(tr("Form post (Twilio and most gateways)"), QStringLiteral("form"));
    m_format->addItem(tr("JSON post"), QStringLiteral("json"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(current.smsFormat)));
    m_user->setObjectName(QStringLiteral("smsUser"));
    m_user->setText(current.smsUser);
    m_password->setObjectName(QStringLiteral("smsPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; type to change"));
    m_from->setObjectName(QStringLiteral("smsFrom"));
    m_from->setText(current.smsFrom);
    m_from->setPlaceholderText(QStringLiteral("+15550100"));
    m_body->setObjectName(QStringLiteral("smsBody"));
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(current.smsBody);
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 5);
    const auto showUsual = [this] {
        const auto format
            = SmsSettings::formatOf(m_format->currentData().toString()).value_or(SmsSettings::Format::Form);
        m_body->setPlaceholderText(SmsSettings::usualBody(format));
    };
    showUsual();
    m_testTo->setObjectName(QStringLiteral("testSmsTo"));
    m_testTo->setPlaceholderText(tr("a phone number"));
    m_test->setObjectName(QStringLiteral("sendTestSms"));
    m_result->setObjectName(QStringLiteral("testSmsResult"));
    m_result->setAccessibleName(tr("Test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_format, &QComboBox::currentIndexChanged, this, showUsual);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(m_test, &QPushButton::clicked, this, &SmsSettingsPage::sendTest);
    connect(&m_sending, &QFutureWatcher<SendOutcome>::finished, this, [this] {
        const SendOutcome outcome = m_sending.result();
        m_test->setEnabled(true);
        if (outcome.kind == SendOutcome::Kind::Sent)
            m_result->setText(outcome.serverId.isEmpty()
                                  ? tr("Sent. The gateway said: %1").arg(outcome.reply)
                                  : tr("Sent. The gateway said: %1, message %2").arg(outcome.reply, outcome.serverId));
        else
            showFieldError(m_result, tr("Not sent: %1").arg(outcome.reply));
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Gateway address:"), m_url);
    form->addRow(tr("&Request:"), m_format);
    form->addRow(tr("Sign-in &user:"), m_user);
    form->addRow(tr("Pass&word or token:"), m_password);
    form->addRow(tr("Sen&der number or name:"), m_from);
    form->addRow(tr("Request &body:"), m_body);
    form->addRow(QString(),
                 new QLabel(tr("{to}, {from} and {text} are filled in for each message, escaped for the "
                               "request. Empty: the usual body shown."),
                            this));
    auto *test = new QHBoxLayout;
    test->addWidget(m_testTo, 1);
    test->addWidget(m_test);
    auto *testLabel = new QLabel(tr("Test &phone:"), this);
    testLabel->setBuddy(m_testTo);
    form->addRow(testLabel, test);
    form->addRow(QString(), m_result);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label != m_result)
            label->setWordWrap(true);
    }
}

void SmsSettingsPage::into(SchoolSettings *settings) const
{
    settings->smsUrl = m_url->text();
    settings->smsFormat = m_format->currentData().toString();
    settings->smsUser = m_user->text();
    settings->smsFrom = m_from->text();
    settings->smsBody = m_body->toPlainText();
}

QString SmsSettingsPage::password() const
{
    return m_password->text();
}

QString SmsSettingsPage::host() const
{
    return QUrl(m_url->text().trimmed()).host();
}

QString SmsSettingsPage::user() const
{
    return m_user->text().trimmed();
}

SmsSettings SmsSettingsPage::typed() const
{
    SmsSettings settings;
    settings.url = m_url->text().trimmed();
    settings.format = SmsSettings::formatOf(m_format->currentData().toString()).value_or(SmsSettings::Format::Form);
    settings.user = user();
    settings.password = m_password->text();
    settings.from = m_from->text().trimmed();
    settings.body = m_body->toPlainText().trimmed();
    settings.timeoutSeconds = 20;
    return settings;
}

void SmsSettingsPage::sendTest()
{
    if (m_sending.isRunning())
        return;
    const SmsSettings settings = typed();
    if (const Status usable = checkSmsSettings(settings); !usable) {
        showFieldError(m_result, usable.error());
        return;
    }
    const auto to = phoneToE164(m_testTo->text(), m_region);
    if (!to) {
        showFieldError(m_result, tr("Test phone: %1").arg(to.error()));
        return;
    }
    m_testTo->setText(formatPhone(*to)); // what was read, shown back
    m_test->setEnabled(false);
    showFieldError(m_result, {});
    m_result->setText(tr("Sending to %1…").arg(formatPhone(*to)));
    m_result->show();
    if (m_passwordEdited || settings.user.isEmpty())
        return sendWith(settings, *to);
    // The password kept for this gateway, unless one was typed.
    MailPassword::read(MailPassword::Account::SmsGateway, host(), settings.user, this,
                       [this, sms = settings, number = *to](Result<QString> kept) mutable {
                           if (!kept) {
                               m_test->setEnabled(true);
                               showFieldError(m_result, kept.error());
                               return;
                           }
                           sms.password = *kept;
                           sendWith(sms, number);
                       });
}

void SmsSettingsPage::sendWith(SmsSettings settings, const QString &to)
{
    const QString text = tr("This is a test from Rollbook: the school's text messages reach people.");
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_sending.setFuture(QtConcurrent::run([settings, to, text, key]() {
        SmsClient client(settings);
        return client.send(key, to, text);
    }));
}

} // namespace rollbook
