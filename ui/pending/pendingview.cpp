#include "pendingview.h"

#include "actions/useractions.h"
#include "documentpreview.h"
#include "emptyhint.h"
#include "messagebox.h"
#include "pagedtable.h"
#include "pendingmodel.h"
#include "prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace rollbook {

PendingView::PendingView(PendingModel *model, ActionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_context(context)
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_documents(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_approve(new QPushButton(tr("Approv&e"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
{
    setObjectName(QStringLiteral("pendingView"));
    m_view->setObjectName(QStringLiteral("pendingTable"));
    m_view->setAccessibleName(tr("Registrations waiting for approval"));
    showPaged(m_view, m_model);
    m_view->setColumnWidth(0, 200);
    m_view->setColumnWidth(1, 260);
    m_view->setColumnWidth(2, 180);
    m_details->setObjectName(QStringLiteral("pendingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documents->setObjectName(QStringLiteral("pendingDocuments"));
    m_documents->setAccessibleName(tr("KYC documents"));
    m_documents->setMaximumHeight(90);
    m_preview->setObjectName(QStringLiteral("pendingPreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_approve->setObjectName(QStringLiteral("pendingApprove"));
    m_reject->setObjectName(QStringLiteral("pendingReject"));

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Document preview"));
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(new QLabel(tr("KYC documents:"), side));
    sideLayout->addWidget(m_documents);
    sideLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    sideLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("pendingSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PendingView::showUser);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingView::showUser);
    connect(m_documents, &QListWidget::currentRowChanged, this, &PendingView::showDocument);
    new EmptyHint(
        m_view,
        [] { return tr("No registration is waiting for approval.\nNew sign-ups that need a review appear here."); },
        QStringLiteral("pendingEmpty"));
    const auto summarise = [this] { Q_EMIT summaryChanged(summaryText()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, summarise);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, summarise);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    showUser();
}

QString PendingView::summaryText() const
{
    return m_model->hasMore() ? tr("%Ln registration(s) shown · more as you scroll", nullptr, m_model->rowCount())
                              : tr("%Ln registration(s) waiting", nullptr, m_model->rowCount());
}

void PendingView::showUser()
{
    const QModelIndex current = m_view->currentIndex();
    const std::int64_t id = current.isValid() ? m_model->userId(current.row()) : 0;
    m_approve->setEnabled(id != 0);
    m_reject->setEnabled(id != 0);
    m_documents->clear();
    m_documentContent.clear();
    m_preview->clear();
    if (!id || !m_context || !m_context->db.isValid()) {
        m_details->setText(m_model->rowCount() ? tr("Select a registration to review it.")
                                               : tr("No registration is waiting for approval."));
        return;
    }
    const auto cell = [&](int column) { return m_model->index(current.row(), column).data().toString(); };
    m_details->setText(
        tr("<b>%1</b><br>%2<br>Company: %3<br>Industry: %4<br>Registered: %5")
            .arg(cell(PendingModel::Name).toHtmlEscaped(), cell(PendingModel::Email).toHtmlEscaped(),
                 cell(PendingModel::Company).isEmpty() ? tr("—") : cell(PendingModel::Company).toHtmlEscaped(),
                 cell(PendingModel::Industry).isEmpty() ? tr("—") : cell(PendingModel::Industry).toHtmlEscaped(),
                 cell(PendingModel::Registered)));
    // One user's documents: a point lookup, whatever the size of the school.
    QSqlQuery query(m_context->db);
    query.prepare(
        QStringLiteral("SELECT file_name, mime_type, content FROM kyc_documents WHERE user_id = ? ORDER BY id"));
    query.addBindValue(QVariant::fromValue<qint64>(id));
    if (query.exec()) {
        while (query.next()) {
            m_documents->addItem(query.value(0).toString());
            m_documentContent.emplace_back(query.value(2).toByteArray(), query.value(1).toString());
        }
    }
    if (m_documents->count() > 0)
        m_documents->setCurrentRow(0);
}

void PendingView::showDocument(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_documentContent.size()) {
        m_preview->clear();
        return;
    }
    const auto &[content, mime] = m_documentContent[static_cast<std::size_t>(row)];
    if (const QModelIndex current = m_view->currentIndex(); current.isValid())
        m_seen.insert(m_model->userId(current.row()));
    const QImage image = renderDocument(content, mime, std::max(300, m_preview->width() - 20));
    if (image.isNull())
        m_preview->setText(tr("This document cannot be shown (%1).").arg(mime));
    else
        m_preview->setPixmap(QPixmap::fromImage(image));
}

void PendingView::decide(bool approve)
{
    const QModelIndex current = m_view->currentIndex();
    const std::int64_t id = current.isValid() ? m_model->userId(current.row()) : 0;
    if (!id || !m_context)
        return;
    Result<ActionOutcome> outcome = Error{};
    if (approve) {
        outcome = UserActions::approve(*m_context, id);
    } else {
        const auto reason = Prompts::reason(this, tr("Reject the registration"), tr("The reason the user will see:"));
        if (!reason)
            return;
        outcome = UserActions::reject(*m_context, id, *reason);
    }
    if (!outcome) {
        MessageBox::warning(this, tr("Pending approvals"), outcome.error());
        return;
    }
    const int row = current.row();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    Q_EMIT usersChanged();
}

} // namespace rollbook
