#pragma once

#include "actions/settingsactions.h"
#include "notify/smsclient.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rollbook {

/// The school's SMS gateway in School settings: its web address, form or JSON, sign-in, sender and
/// request body, the password kept in the system keychain, and "Send test message", which tries
/// what is typed (saved or not) off the GUI thread and shows the gateway's answer.
class SmsSettingsPage : public QWidget
{
    Q_OBJECT

public:
    SmsSettingsPage(const SchoolSettings &current, QWidget *parent = nullptr);
    /// The typed gateway settings, into settings.
    void into(SchoolSettings *settings) const;
    /// Whether the password was typed (a new one to keep, or emptied to forget).
    bool passwordEdited() const { return m_passwordEdited; }
    QString password() const;
    /// The gateway's host: the keychain entry is per host and user.
    QString host() const;
    QString user() const;
    /// The region a test number typed without a country code belongs to.
    void setPhoneRegion(const QString &region) { m_region = region; }

private:
    SmsSettings typed() const;
    void sendTest();
    void sendWith(SmsSettings settings, const QString &to);

    QLineEdit *m_url;
    QComboBox *m_format;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QPlainTextEdit *m_body;
    QLineEdit *m_testTo;
    QPushButton *m_test;
    QLabel *m_result;
    QString m_region;
    QFutureWatcher<SendOutcome> m_sending;
    bool m_passwordEdited = false;
};

} // namespace rollbook
