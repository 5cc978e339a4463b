#pragma once

#include "profile/profiletab.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace rollbook {

/// Newsletter and promotional opt-ins (editable), mailing lists (add, remove), the campaigns the
/// user was sent, and the notifications Rollbook queued for them: their text, whether they went
/// out and when, why one failed, and Resend for a failed one.
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
    void resendNotification();

    QCheckBox *m_newsletter;
    QCheckBox *m_promotions;
    QTableWidget *m_lists;
    QComboBox *m_allLists;
    QTableWidget *m_campaigns;
    QTableWidget *m_notifications;
    QPushButton *m_resend;
    QPlainTextEdit *m_body;
    QHash<std::int64_t, QString> m_bodies;
};

} // namespace rollbook
