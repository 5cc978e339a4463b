#pragma once

#include "actions/actioncontext.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace rollbook {

class PendingModel;

/// Pending registrations, oldest first: the user's company and industry, their KYC documents
/// with a preview, and Approve / Reject (with the reason the user is told) in place.
class PendingView : public QWidget
{
    Q_OBJECT

public:
    /// context: where approvals write; it must outlive the view.
    PendingView(PendingModel *model, ActionContext *context, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    /// Whether the operator looked at this user's KYC documents here in this session.
    bool documentsSeen(std::int64_t userId) const { return m_seen.contains(userId); }

    /// "12 registrations waiting", for the status bar.
    QString summaryText() const;

Q_SIGNALS:
    /// A registration was approved or rejected: other screens should refresh.
    void usersChanged();
    void summaryChanged(const QString &text);

private:
    void showUser();
    void showDocument(int row);
    void decide(bool approve);

    PendingModel *m_model;
    ActionContext *m_context;
    QTableView *m_view;
    QLabel *m_details;
    QListWidget *m_documents;
    QLabel *m_preview;
    QPushButton *m_approve;
    QPushButton *m_reject;
    std::vector<std::pair<QByteArray, QString>> m_documentContent; ///< content, MIME type
    QSet<std::int64_t> m_seen;
};

} // namespace rollbook
