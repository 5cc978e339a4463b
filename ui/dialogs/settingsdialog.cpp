#include "dialogs/settingsdialog.h"

#include "actions/settingsactions.h"
#include "phone.h"

#include "fielderror.h"
#include "mail/mailpassword.h"
#include "mail/mailsettingspage.h"
#include "mail/smssettingspage.h"
#include "windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rollbook {

SettingsDialog::SettingsDialog(ActionContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_name(new QLineEdit(this))
    , m_supportEmail(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_templateList(new QListWidget(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_sms(new QPlainTextEdit(this))
    , m_smsNote(new QLabel(this))
    , m_placeholders(new QLabel(this))
    , m_error(newFieldError(this))
    , m_mail(new MailSettingsPage(SettingsActions::current(context->db), this))
    , m_smsPage(new SmsSettingsPage(SettingsActions::current(context->db), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("School settings"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(schoolPage(), tr("&School"));
    tabs->addTab(m_mail, tr("&Mail server"));
    tabs->addTab(m_smsPage, tr("Te&xt messages"));
    tabs->addTab(templatesPage(), tr("&Notifications"));
    connect(m_supportEmail, &QLineEdit::textChanged, m_mail, &MailSettingsPage::setTestAddress);
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_smsPage->setPhoneRegion(m_region->currentData().toString()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Its size and the tab last looked at come back next time (windowgeometry).
    rollbook::restoreWindowState(this, QStringLiteral("settingsDialog"), QSize(760, 520));
}

void SettingsDialog::done(int result)
{
    rollbook::saveWindowState(this, QStringLiteral("settingsDialog"));
    QDialog::done(result);
}

QWidget *SettingsDialog::schoolPage()
{
    const SchoolSettings current = SettingsActions::current(m_context->db);
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name->setObjectName(QStringLiteral("settingSchoolName"));
    m_name->setText(current.schoolName);
    m_supportEmail->setObjectName(QStringLiteral("settingSupportEmail"));
    m_supportEmail->setText(current.supportEmail);
    m_baseUrl->setObjectName(QStringLiteral("settingBaseUrl"));
    m_baseUrl->setText(current.baseUrl);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://learn.example.com"));
    m_region->setObjectName(QStringLiteral("settingPhoneRegion"));
    for (const QString &region : phoneRegions()) {
        const QString country = QLocale::territoryToString(QLocale::codeToTerritory(region));
        m_region->addItem(country.isEmpty() || country == u"Unknown" ? region : tr("%1 — %2").arg(region, country),
                          region);
    }
    m_region->setCurrentIndex(m_region->findData(current.phoneRegion));
    m_currency->setObjectName(QStringLiteral("settingCurrency"));
    m_currency->setText(current.currency);
    m_currency->setMaxLength(3);
    form->addRow(tr("Sc&hool name:"), m_name);
    form->addRow(tr("Users' support &email:"), m_supportEmail);
    form->addRow(tr("Platform &address:"), m_baseUrl);
    form->addRow(QString(), new QLabel(tr("Login, reset and set-password links are built from this address."), page));
    form->addRow(tr("Default &phone region:"), m_region);
    form->addRow(QString(),
                 new QLabel(tr("Phone numbers typed without a country code are read as this region's."), page));
    form->addRow(tr("&Currency (ISO 4217):"), m_currency);
    return page;
}

QWidget *SettingsDialog::templatesPage()
{
    auto *page = new QWidget(this);
    m_templateList->setObjectName(QStringLiteral("templateList"));
    m_templateList->setAccessibleName(tr("Notifications"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_sms->setObjectName(QStringLiteral("templateSms"));
    m_sms->setTabChangesFocus(true);
    m_sms->setMaximumHeight(m_sms->fontMetrics().lineSpacing() * 4);
    m_sms->setPlaceholderText(tr("Empty: no text message"));
    m_smsNote->setWordWrap(true);
    m_placeholders->setWordWrap(true);
    for (const QString &key : NotificationTemplates::keys()) {
        m_templates.insert(key, NotificationTemplates::stored(m_context->db, key));
        auto *item = new QListWidgetItem(NotificationTemplates::title(key), m_templateList);
        item->setData(Qt::UserRole, key);
    }
    auto *restore = new QPushButton(tr("&Restore the built-in wording"), page);
    restore->setObjectName(QStringLiteral("restoreTemplate"));
    auto *editor = new QFormLayout;
    editor->addRow(tr("S&ubject:"), m_subject);
    editor->addRow(tr("Mess&age:"), m_body);
    editor->addRow(tr("Text messa&ge:"), m_sms);
    editor->addRow(QString(), m_smsNote);
    editor->addRow(QString(), m_placeholders);
    editor->addRow(QString(), restore);
    auto *layout = new QHBoxLayout(page);
    m_templateList->setMaximumWidth(220);
    layout->addWidget(m_templateList);
    layout->addLayout(editor, 1);
    connect(m_templateList, &QListWidget::currentRowChanged, this, &SettingsDialog::showTemplate);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (m_shown.isEmpty())
            return;
        const NotificationTemplate builtIn = NotificationTemplates::builtIn(m_shown);
        m_subject->setText(builtIn.subject);
        m_body->setPlainText(builtIn.body);
        m_sms->setPlainText(builtIn.sms);
    });
    connect(m_sms, &QPlainTextEdit::textChanged, this, &SettingsDialog::showSmsLength);
    m_templateList->setCurrentRow(0);
    return page;
}

void SettingsDialog::keepTemplate()
{
    if (!m_shown.isEmpty())
        m_templates[m_shown] = {m_shown, m_subject->text(), m_body->toPlainText(), m_sms->toPlainText()};
}

void SettingsDialog::showTemplate()
{
    keepTemplate();
    QListWidgetItem *item = m_templateList->currentItem();
    if (!item)
        return;
    m_shown = item->data(Qt::UserRole).toString();
    const NotificationTemplate &wording = m_templates[m_shown];
    m_subject->setText(wording.subject);
    m_body->setPlainText(wording.body);
    m_sms->setPlainText(wording.sms);
    m_sms->setEnabled(NotificationTemplates::smsAllowed(m_shown));
    showSmsLength();
    m_placeholders->setText(
        tr("Placeholders: {%1}").arg(NotificationTemplates::placeholders(m_shown).join(QStringLiteral("}, {"))));
}

void SettingsDialog::accept()
{
    keepTemplate();
    SchoolSettings settings;
    settings.schoolName = m_name->text();
    settings.supportEmail = m_supportEmail->text();
    settings.baseUrl = m_baseUrl->text();
    settings.phoneRegion = m_region->currentData().toString();
    settings.currency = m_currency->text();
    m_mail->into(&settings);
    m_smsPage->into(&settings);
    const auto saved = SettingsActions::save(*m_context, settings, m_templates.values());
    if (!saved) {
        showFieldError(m_error, saved.error());
        return;
    }
    keepPasswords();
}

void SettingsDialog::showSmsLength()
{
    if (!NotificationTemplates::smsAllowed(m_shown)) {
        m_smsNote->setText(tr("This one carries a one-time link: it goes by email only."));
        return;
    }
    const int length = int(m_sms->toPlainText().trimmed().size());
    m_smsNote->setText(length == 0 ? tr("Sent beside the email to users with a phone number, when a gateway is set up.")
                                   : tr("%1 of %2 characters (before the placeholders are filled).")
                                         .arg(length)
                                         .arg(NotificationTemplates::MaxSmsLength));
}

void SettingsDialog::keepPasswords()
{
    // The keychain may take a moment (or ask the user): the dialog waits for it, and stays open
    // with the passwords typed if it fails.
    const auto keep = [this](MailPassword::Account account, const QString &host, const QString &user,
                             const QString &password, std::function<void()> next) {
        m_ok->setEnabled(false);
        MailPassword::write(account, host, user, password, this, [this, next = std::move(next)](Status kept) {
            m_ok->setEnabled(true);
            if (!kept) {
                showFieldError(m_error, tr("The settings are saved, but not the password: %1").arg(kept.error()));
                return;
            }
            next();
        });
    };
    const auto smsThenClose = [this, keep] {
        if (!m_smsPage->passwordEdited())
            return QDialog::accept();
        keep(MailPassword::Account::SmsGateway, m_smsPage->host(), m_smsPage->user(), m_smsPage->password(),
             [this] { QDialog::accept(); });
    };
    if (!m_mail->passwordEdited())
        return smsThenClose();
    keep(MailPassword::Account::MailServer, m_mail->host(), m_mail->user(), m_mail->password(), smsThenClose);
}

} // namespace rollbook
