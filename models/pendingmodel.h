#pragma once

#include "keysetmodel.h"

#include <cstdint>
#include <vector>

namespace rollbook {

/// One pending registration as the list shows it.
struct PendingRow
{
    std::int64_t id;
    QString name;
    QString email;
    QString company;
    QString industry;
    std::int64_t registeredAt;
    int documents;
};

/// Pending registrations, oldest first, for review: keyset pages on (registered_at, id) that walk
/// users_by_registered (registered_at, status).
class PendingModel : public KeysetModel<PendingRow>
{
    Q_OBJECT

public:
    enum Column { Name, Email, Company, Industry, Registered, Documents, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1 };

    explicit PendingModel(QObject *parent = nullptr);
    std::int64_t userId(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<PendingRow> readPage(const PendingRow *after) const override;
};

} // namespace rollbook
