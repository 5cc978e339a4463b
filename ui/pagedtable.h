#pragma once

#include "keysetmodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace rollbook {

/// Shows a keyset-paged model in a view of single, whole-row selections with fixed row height,
/// and loads the next page when the last rows come into view.
template<typename Row> void showPaged(QTableView *view, KeysetModel<Row> *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(view->verticalScrollBar(), &QScrollBar::valueChanged, model, [view, model](int value) {
        if (model->hasMore() && value >= view->verticalScrollBar()->maximum() - 5)
            model->loadMore();
    });
}

} // namespace rollbook
