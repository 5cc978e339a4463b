#include "mail/mailsettingspage.h"

#include "mail/mailpassword.h"
#include "notify/mime.h"
#include "validation.h"

#include "fielderror.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

namespace rollbook {

MailSettingsPage::MailSettingsPage(const SchoolSettings &current, QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_fromAddress(new QLineEdit(this))
    , m_testTo(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send &test email"), this))
    , m_result(new QLabel(this))
{
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setText(current.smtpHost);
    m_host->setPlaceholderText(QStringLiteral("smtp.example.com"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(current.smtpPort.toInt() > 0 ? current.smtpPort.toInt() : 587);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS (port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS from the start (port 465)"), QStringLiteral("tls"));
    m_security->addItem(tr("None (a mail server on this computer only)"), QStringLiteral("none"));
    m_security->setCurrentIndex(std::max(0, m_security->findData(current.smtpSecurity)));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_user->setText(current.smtpUser);
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; type to change"));
    m_fromName->setObjectName(QStringLiteral("mailFromName"));
    m_fromName->setText(current.mailFromName);
    m_fromName->setPlaceholderText(current.schoolName);
    m_fromAddress->setObjectName(QStringLiteral("mailFromAddress"));
    m_fromAddress->setText(current.mailFromAddress);
    m_fromAddress->setPlaceholderText(QStringLiteral("school@example.com"));
    m_testTo->setObjectName(QStringLiteral("testEmailTo"));
    m_testTo->setText(current.supportEmail);
    m_test->setObjectName(QStringLiteral("sendTestEmail"));
    m_result->setObjectName(QStringLiteral("testEmailResult"));
    m_result->setAccessibleName(tr("Test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(m_testTo, &QLineEdit::textEdited, this, [this] { m_testToEdited = true; });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // The usual port follows the security, unless one of its own was typed.
        const int port = m_port->value();
        const QString security = m_security->currentData().toString();
        if (port == 587 || port == 465 || port == 25)
            m_port->setValue(security == u"tls" ? 465 : security == u"none" ? 25 : 587);
    });
    connect(m_test, &QPushButton::clicked, this, &MailSettingsPage::sendTest);
    connect(&m_sending, &QFutureWatcher<SendOutcome>::finished, this, [this] {
        const SendOutcome outcome = m_sending.result();
        m_test->setEnabled(true);
        if (outcome.kind == SendOutcome::Kind::Sent)
            m_result->setText(tr("Sent to %1. The server said: %2").arg(m_testTo->text().trimmed(), outcome.reply));
        else
            showFieldError(m_result, tr("Not sent: %1").arg(outcome.reply));
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Mail ser&ver:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("Sign-in &user:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Sen&der name:"), m_fromName);
    form->addRow(tr("Sender add&ress:"), m_fromAddress);
    form->addRow(QString(), new QLabel(tr("Replies go to the users' support email (School tab)."), this));
    auto *test = new QHBoxLayout;
    test->addWidget(m_testTo, 1);
    test->addWidget(m_test);
    auto *testLabel = new QLabel(tr("Test re&cipient:"), this);
    testLabel->setBuddy(m_testTo);
    form->addRow(testLabel, test);
    form->addRow(QString(), m_result);
}

void MailSettingsPage::into(SchoolSettings *settings) const
{
    settings->smtpHost = m_host->text();
    settings->smtpPort = QString::number(m_port->value());
    settings->smtpSecurity = m_security->currentData().toString();
    settings->smtpUser = m_user->text();
    settings->mailFromName = m_fromName->text();
    settings->mailFromAddress = m_fromAddress->text();
}

QString MailSettingsPage::password() const
{
    return m_password->text();
}

QString MailSettingsPage::host() const
{
    return m_host->text().trimmed();
}

QString MailSettingsPage::user() const
{
    return m_user->text().trimmed();
}

void MailSettingsPage::setTestAddress(const QString &address)
{
    if (!m_testToEdited)
        m_testTo->setText(address);
}

SmtpSettings MailSettingsPage::typed() const
{
    SmtpSettings settings;
    settings.host = host();
    settings.port = m_port->value();
    settings.security
        = SmtpSettings::securityOf(m_security->currentData().toString()).value_or(SmtpSettings::Security::StartTls);
    settings.user = user();
    settings.password = m_password->text();
    settings.fromName = m_fromName->text().trimmed().isEmpty() ? m_fromName->placeholderText() : m_fromName->text();
    settings.fromAddress = m_fromAddress->text().trimmed();
    settings.timeoutSeconds = 20;
    return settings;
}

void MailSettingsPage::sendTest()
{
    if (m_sending.isRunning())
        return;
    const SmtpSettings settings = typed();
    if (const Status usable = checkSmtpSettings(settings); !usable) {
        showFieldError(m_result, usable.error());
        return;
    }
    if (const auto to = normalizeEmail(m_testTo->text()); !to) {
        showFieldError(m_result, tr("Test to: %1").arg(to.error()));
        return;
    }
    m_test->setEnabled(false);
    showFieldError(m_result, {});
    m_result->setText(tr("Sending…"));
    m_result->show();
    if (m_passwordEdited || settings.user.isEmpty())
        return sendWith(settings);
    // The password kept for this server, unless one was typed.
    MailPassword::read(MailPassword::Account::MailServer, settings.host, settings.user, this,
                       [this, smtp = settings](Result<QString> kept) mutable {
                           if (!kept) {
                               m_test->setEnabled(true);
                               showFieldError(m_result, kept.error());
                               return;
                           }
                           smtp.password = *kept;
                           sendWith(smtp);
                       });
}

void MailSettingsPage::sendWith(SmtpSettings settings)
{
    const QString to = m_testTo->text().trimmed();
    MailMessage message;
    message.fromName = settings.fromName;
    message.fromAddress = settings.fromAddress;
    message.to = to;
    message.subject = tr("Rollbook test email");
    message.text = tr("This is a test from Rollbook: the school's email reaches people through %1.").arg(settings.host);
    message.date = QDateTime::currentMSecsSinceEpoch();
    message.messageId = Mime::messageId(QUuid::createUuid().toRfc4122(), settings.fromAddress);
    m_sending.setFuture(QtConcurrent::run([settings, to, bytes = Mime::compose(message)]() mutable {
        SmtpClient client(settings);
        return client.send(to, bytes);
    }));
}

} // namespace rollbook
