#pragma once

#include "actions/actioncontext.h"
#include "actions/actionsupport.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QSqlQuery;
class QTableWidget;

namespace rollbook {

/// One tab of the user window. It reads the store the first time it is shown, not when the window
/// opens (a profile opens on its first tab at once), and again when an action made it stale.
class ProfileTab : public QWidget
{
    Q_OBJECT

public:
    ProfileTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);
    /// Loads the tab if it has not been, or has gone stale since.
    void ensureLoaded();
    void markStale() { m_loaded = false; }
    bool isLoaded() const { return m_loaded; }
    /// Writes a list as shown (headers and cell texts) to CSV or XLSX.
    static Status exportTable(const QTableWidget *table, const QString &path);

Q_SIGNALS:
    /// An action on this tab changed the user: the window and the directory refresh.
    void changed();

protected:
    virtual void load() = 0;
    /// Reports an action's outcome: a warning for an Error, a reload and changed() when applied.
    bool finish(const Result<ActionOutcome> &outcome, const QString &title);
    bool canAct() const { return m_context && m_context->db.isValid(); }
    QSqlDatabase &db() { return m_context->db; }

    /// A read-only, row-selecting table with the given headers.
    static QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers);
    /// Appends a row of text cells; the first cell keeps data (an id) under Qt::UserRole.
    static void addRow(QTableWidget *table, const QStringList &cells, const QVariant &data = {});
    /// A prepared query bound to the tab's user id for every '?'.
    QSqlQuery userQuery(const QString &sql);
    static QString dateTime(const QVariant &ms);
    static QString date(const QVariant &ms);
    /// A stored key ("canceled", "live_class", "paypal") as people read it ("Canceled", "Live class", "PayPal").
    static QString keyLabel(const QString &key);

    ActionContext *m_context;
    std::int64_t m_userId;

private:
    bool m_loaded = false;
};

} // namespace rollbook
