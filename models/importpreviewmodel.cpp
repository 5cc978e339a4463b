#include "importpreviewmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace rollbook {

void ImportPreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_outcomes = plan.outcomes;
    order();
    endResetModel();
}

void ImportPreviewModel::setErrorsFirst(bool errorsFirst)
{
    beginResetModel();
    m_errorsFirst = errorsFirst;
    order();
    endResetModel();
}

void ImportPreviewModel::order()
{
    std::stable_sort(m_outcomes.begin(), m_outcomes.end(), [this](const ImportOutcome &a, const ImportOutcome &b) {
        if (m_errorsFirst && (a.kind == ImportOutcome::Kind::Error) != (b.kind == ImportOutcome::Kind::Error))
            return a.kind == ImportOutcome::Kind::Error;
        return a.line < b.line;
    });
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outcomes.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportOutcome &outcome = m_outcomes[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case 0:
            return outcome.line;
        case 1:
            return outcome.email;
        case 2:
            switch (outcome.kind) {
            case ImportOutcome::Kind::Create:
                return tr("Create");
            case ImportOutcome::Kind::Update:
                return tr("Update");
            case ImportOutcome::Kind::Skip:
                return tr("Skip");
            case ImportOutcome::Kind::Error:
                return tr("Error");
            }
            return {};
        case 3:
            return outcome.detail;
        }
    }
    if (role == Qt::ForegroundRole && outcome.kind == ImportOutcome::Kind::Error)
        return QBrush(QColor(0xB0, 0x00, 0x20));
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Line");
    case 1:
        return tr("Email");
    case 2:
        return tr("Outcome");
    case 3:
        return tr("Detail");
    }
    return {};
}

} // namespace rollbook
