#include "profile/historytab.h"

#include "audit/auditview.h"
#include "auditmodel.h"

#include <QVBoxLayout>

namespace rollbook {

HistoryTab::HistoryTab(ActionContext *context, std::int64_t userId, const QString &currency, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_model(new AuditModel(this))
    , m_view(new AuditView(m_model, this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_model->setCurrency(currency);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void HistoryTab::load()
{
    // The log has a read connection of its own, opened (with the filter set) when first shown.
    m_view->showOnlyUser(m_userId);
    if (m_model->databasePath().isEmpty() && canAct())
        m_model->open(db().databaseName());
}

} // namespace rollbook
