#pragma once

#include "actions/bulk.h"

#include <QDialog>

namespace rollbook {

/// What a bulk action did: the counts, and every user it skipped or failed with the reason.
/// The whole per-row result can be saved as CSV.
class BulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    BulkResultDialog(const QString &actionTitle, BulkReport report, QWidget *parent = nullptr);
    QString summary() const;
    /// Writes one line per user: user_id, outcome, message.
    bool save(const QString &path) const;

private:
    BulkReport m_report;
    QString m_summary;
};

} // namespace rollbook
