#pragma once

#include "keysetmodel.h"

#include <cstdint>
#include <vector>

namespace rollbook {

/// One notification as the Outbox lists it.
struct OutboxRow
{
    std::int64_t id;
    std::int64_t userId;
    std::int64_t createdAt;
    QString recipient; ///< the email address, or the E.164 number of a text message
    bool textMessage; ///< sent as SMS, not email
    QString templateKey;
    QString subject; ///< a text message's own text
    QString status;
    std::int64_t sentAt; ///< -1: not sent
    int attempts;
    QString failure;
};

/// The school's notifications, newest first, all or of one status: keyset pages on id that walk
/// notifications_by_status (status, id) for a status, the primary key for all.
class OutboxModel : public KeysetModel<OutboxRow>
{
    Q_OBJECT

public:
    enum Column { Queued, Recipient, Notification, Subject, Status, Sent, Tries, Failure, ColumnCount };

    explicit OutboxModel(QObject *parent = nullptr);
    /// queued, sent, failed, or empty for all; reloads.
    void setStatus(const QString &status);
    QString status() const { return m_status; }
    /// Translated status names.
    static QString statusName(const QString &status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<OutboxRow> readPage(const OutboxRow *after) const override;

private:
    QString m_status;
};

} // namespace rollbook
