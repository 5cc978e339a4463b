#pragma once

#include "actions/actioncontext.h"
#include "notify/templates.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rollbook {

class MailSettingsPage;
class SmsSettingsPage;

/// The school's shared settings (name, support email, platform address, phone region, currency),
/// its mail server and SMS gateway, and the wording of the notifications users receive. OK saves everything
/// through the action layer, audited, and typed passwords into the system keychain; a
/// mistake is shown in the dialog, which stays open with everything typed.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ActionContext *context, QWidget *parent = nullptr);
    void accept() override;
    void done(int result) override;

private:
    QWidget *schoolPage();
    QWidget *templatesPage();
    void showTemplate();
    void keepTemplate();
    void showSmsLength();
    /// The typed passwords into the keychain, then closes.
    void keepPasswords();

    ActionContext *m_context;
    QLineEdit *m_name;
    QLineEdit *m_supportEmail;
    QLineEdit *m_baseUrl;
    QComboBox *m_region;
    QLineEdit *m_currency;
    QListWidget *m_templateList;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_sms;
    QLabel *m_smsNote;
    QLabel *m_placeholders;
    QLabel *m_error;
    MailSettingsPage *m_mail;
    SmsSettingsPage *m_smsPage;
    QPushButton *m_ok = nullptr;
    QHash<QString, NotificationTemplate> m_templates;
    QString m_shown;
};

} // namespace rollbook
