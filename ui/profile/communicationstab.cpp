#include "profile/communicationstab.h"

#include "actions/communicationactions.h"
#include "notify/templates.h"
#include "outboxmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

CommunicationsTab::CommunicationsTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_newsletter(new QCheckBox(tr("&Newsletter"), this))
    , m_promotions(new QCheckBox(tr("&Promotions"), this))
    , m_lists(makeTable(this, QStringLiteral("listsTable"), {tr("Mailing list"), tr("Added")}))
    , m_allLists(new QComboBox(this))
    , m_campaigns(
          makeTable(this, QStringLiteral("campaignsTable"), {tr("Campaign"), tr("Kind"), tr("Sent"), tr("Opened")}))
    , m_notifications(makeTable(this, QStringLiteral("notificationsTable"),
                                {tr("Queued"), tr("Notification"), tr("Subject"), tr("Status"), tr("Sent"), tr("Tries"),
                                 tr("Why it failed")}))
    , m_resend(new QPushButton(tr("Resen&d"), this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("communicationsTab"));
    m_lists->setAccessibleName(tr("Mailing lists"));
    m_campaigns->setAccessibleName(tr("Campaigns"));
    m_notifications->setAccessibleName(tr("Notifications"));
    m_newsletter->setObjectName(QStringLiteral("optNewsletter"));
    m_promotions->setObjectName(QStringLiteral("optPromotions"));
    m_allLists->setObjectName(QStringLiteral("allLists"));
    m_body->setObjectName(QStringLiteral("notificationBody"));
    m_body->setReadOnly(true);
    m_body->setPlaceholderText(tr("Select a notification to read it."));

    auto *saveOptIns = new QPushButton(tr("Save opt-&ins"), this);
    saveOptIns->setObjectName(QStringLiteral("saveOptIns"));
    auto *consent = new QGroupBox(tr("Consent"), this);
    auto *consentLine = new QHBoxLayout(consent);
    consentLine->addWidget(m_newsletter);
    consentLine->addWidget(m_promotions);
    consentLine->addStretch();
    consentLine->addWidget(saveOptIns);

    auto *add = new QPushButton(tr("&Add to list"), this);
    add->setObjectName(QStringLiteral("addToList"));
    auto *remove = new QPushButton(tr("&Remove from list"), this);
    remove->setObjectName(QStringLiteral("removeFromList"));
    auto *lists = new QGroupBox(tr("Mailing lists"), this);
    auto *listsLayout = new QGridLayout(lists);
    listsLayout->addWidget(m_lists, 0, 0, 1, 3);
    listsLayout->addWidget(m_allLists, 1, 0);
    listsLayout->addWidget(add, 1, 1);
    listsLayout->addWidget(remove, 1, 2);

    auto *campaigns = new QGroupBox(tr("Campaigns"), this);
    (new QVBoxLayout(campaigns))->addWidget(m_campaigns);

    m_resend->setObjectName(QStringLiteral("resendNotification"));
    m_resend->setEnabled(false);
    m_resend->setToolTip(tr("Send a notification that failed again"));
    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationsLayout = new QGridLayout(notifications);
    notificationsLayout->addWidget(m_notifications, 0, 0, 1, 2);
    notificationsLayout->addWidget(m_body, 1, 0, 1, 2);
    notificationsLayout->addWidget(m_resend, 2, 1);
    notificationsLayout->setRowStretch(0, 2);
    notificationsLayout->setRowStretch(1, 1);
    notificationsLayout->setColumnStretch(0, 1);

    auto *layout = new QGridLayout(this);
    layout->addWidget(consent, 0, 0, 1, 2);
    layout->addWidget(lists, 1, 0);
    layout->addWidget(campaigns, 1, 1);
    layout->addWidget(notifications, 2, 0, 1, 2);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 2);

    connect(saveOptIns, &QPushButton::clicked, this, &CommunicationsTab::saveOptIns);
    connect(add, &QPushButton::clicked, this, &CommunicationsTab::addToList);
    connect(remove, &QPushButton::clicked, this, &CommunicationsTab::removeFromList);
    connect(m_notifications, &QTableWidget::itemSelectionChanged, this, &CommunicationsTab::showNotification);
    connect(m_resend, &QPushButton::clicked, this, &CommunicationsTab::resendNotification);
}

void CommunicationsTab::load()
{
    QSqlQuery user = userQuery(QStringLiteral("SELECT opt_newsletter, opt_promotions FROM users WHERE id = ?"));
    if (user.next()) {
        m_newsletter->setChecked(user.value(0).toBool());
        m_promotions->setChecked(user.value(1).toBool());
    }
    m_lists->setRowCount(0);
    QSqlQuery lists = userQuery(QStringLiteral("SELECT l.id, l.name, m.added_at FROM mailing_list_members m "
                                               "JOIN mailing_lists l ON l.id = m.list_id WHERE m.user_id = ? "
                                               "ORDER BY l.name"));
    while (lists.next())
        addRow(m_lists, {lists.value(1).toString(), date(lists.value(2))}, lists.value(0));
    m_allLists->clear();
    QSqlQuery all(db());
    if (all.exec(QStringLiteral("SELECT id, name FROM mailing_lists ORDER BY name"))) {
        while (all.next())
            m_allLists->addItem(all.value(1).toString(), all.value(0));
    }
    m_campaigns->setRowCount(0);
    QSqlQuery campaigns = userQuery(QStringLiteral("SELECT c.name, c.kind, c.sent_at, r.opened FROM "
                                                   "campaign_recipients r JOIN campaigns c ON c.id = r.campaign_id "
                                                   "WHERE r.user_id = ? ORDER BY c.sent_at DESC"));
    while (campaigns.next()) {
        addRow(m_campaigns,
               {campaigns.value(0).toString(),
                campaigns.value(1).toString() == u"newsletter" ? tr("Newsletter") : tr("Promotion"),
                date(campaigns.value(2)), campaigns.value(3).toBool() ? tr("Yes") : tr("No")});
    }
    m_notifications->setRowCount(0);
    m_bodies.clear();
    QSqlQuery notifications = userQuery(QStringLiteral(
        "SELECT id, created_at, template, coalesce(subject, ''), status, body, sent_at, attempts, "
        "coalesce(failure, ''), channel FROM notifications WHERE user_id = ? ORDER BY created_at DESC, id DESC"));
    while (notifications.next()) {
        const std::int64_t id = notifications.value(0).toLongLong();
        m_bodies.insert(id, notifications.value(5).toString());
        const QString status = notifications.value(4).toString();
        const bool textMessage = notifications.value(9).toString() == u"sms";
        const QString title = NotificationTemplates::title(notifications.value(2).toString());
        // A notification waiting to be tried again says why, as a failed one does.
        addRow(m_notifications,
               {dateTime(notifications.value(1)), textMessage ? tr("%1 (text message)").arg(title) : title,
                textMessage ? notifications.value(5).toString().left(80) : notifications.value(3).toString(),
                OutboxModel::statusName(status),
                notifications.value(6).isNull() ? QString() : dateTime(notifications.value(6)),
                QString::number(notifications.value(7).toInt()), notifications.value(8).toString()},
               QVariant::fromValue<qint64>(id));
        m_notifications->item(m_notifications->rowCount() - 1, 0)->setData(Qt::UserRole + 1, status);
        m_notifications->item(m_notifications->rowCount() - 1, 6)->setToolTip(notifications.value(8).toString());
    }
    for (QTableWidget *table : {m_lists, m_campaigns, m_notifications})
        table->resizeColumnsToContents();
    m_body->clear();
}

void CommunicationsTab::saveOptIns()
{
    finish(CommunicationActions::setOptIns(*m_context, m_userId, m_newsletter->isChecked(), m_promotions->isChecked()),
           tr("Opt-ins"));
}

void CommunicationsTab::addToList()
{
    if (m_allLists->currentIndex() < 0)
        return;
    finish(CommunicationActions::addToMailingList(*m_context, m_userId, m_allLists->currentData().toLongLong()),
           tr("Mailing lists"));
}

void CommunicationsTab::removeFromList()
{
    const int row = m_lists->currentRow();
    if (row < 0 || !m_lists->item(row, 0))
        return;
    finish(CommunicationActions::removeFromMailingList(*m_context, m_userId,
                                                       m_lists->item(row, 0)->data(Qt::UserRole).toLongLong()),
           tr("Mailing lists"));
}

void CommunicationsTab::showNotification()
{
    const int row = m_notifications->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_notifications->item(row, 0) : nullptr;
    m_body->setPlainText(item ? m_bodies.value(item->data(Qt::UserRole).toLongLong()) : QString());
    m_resend->setEnabled(item && item->data(Qt::UserRole + 1).toString() == u"failed");
}

void CommunicationsTab::resendNotification()
{
    const int row = m_notifications->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_notifications->item(row, 0) : nullptr;
    if (!item)
        return;
    finish(CommunicationActions::resendNotification(*m_context, item->data(Qt::UserRole).toLongLong()),
           tr("Notifications"));
}

} // namespace rollbook
