#pragma once

#include "profile/profiletab.h"

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace rollbook {

/// The one-to-one conversation with the user, and a message to send. Only an administrator starts
/// a conversation; support operators answer one that exists.
class MessagesTab : public ProfileTab
{
    Q_OBJECT

public:
    MessagesTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    void send();

    QTextBrowser *m_conversation;
    QLabel *m_note;
    QPlainTextEdit *m_message;
    QPushButton *m_send;
};

} // namespace rollbook
