#pragma once

#include "profile/profiletab.h"

class QComboBox;
class QPlainTextEdit;
class QTextBrowser;

namespace rollbook {

/// The user's tickets; the selected one's whole conversation (internal notes marked), a reply or
/// an internal note, and its status.
class TicketsTab : public ProfileTab
{
    Q_OBJECT

public:
    TicketsTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    std::int64_t selectedTicket() const;
    void showConversation();
    void post(bool internal);
    void applyStatus();

    QTableWidget *m_tickets;
    QTextBrowser *m_conversation;
    QPlainTextEdit *m_reply;
    QComboBox *m_status;
};

} // namespace rollbook
