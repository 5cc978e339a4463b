#pragma once

#include "import/userimport.h"

#include <QAbstractTableModel>

namespace rollbook {

/// The dry run, a row per line of the file: line, email, outcome, detail. Errors first when asked
/// (setErrorsFirst), so that a 100,000-line file shows its few problems at the top.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setPlan(const ImportPlan &plan);
    void setErrorsFirst(bool errorsFirst);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void order();

    QList<ImportOutcome> m_outcomes;
    bool m_errorsFirst = true;
};

} // namespace rollbook
