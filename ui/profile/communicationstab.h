#pragma once

#include "profile/profiletab.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace rollbook {

/// Newsletter and promotional opt-ins (editable), mailing lists (add, remove), the campaigns the
/// user was sent, and the notifications Rollbook queued for them with their text.
class CommunicationsTab : public ProfileTab
{
    Q_OBJECT

public:
    CommunicationsTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    void saveOptIns();
    void addToList();
    void removeFromList();
    void showNotification();

    QCheckBox *m_newsletter;
    QCheckBox *m_promotions;
    QTableWidget *m_lists;
    QComboBox *m_allLists;
    QTableWidget *m_campaigns;
    QTableWidget *m_notifications;
    QPlainTextEdit *m_body;
};

} // namespace rollbook
