#include "shortcutsdialog.h"

#include "mnemonic.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rollbook {

namespace {

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(parent, action->menu());
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(parent, {withoutMnemonic(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setHeaderLabels({tr("Command"), tr("Keys")});
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QAction *action : menus->actions()) {
        if (!action->menu())
            continue;
        auto *menu = new QTreeWidgetItem(list, {withoutMnemonic(action->text())});
        addMenu(menu, action->menu());
        if (menu->childCount() == 0)
            delete menu;
    }
    auto *everywhere = new QTreeWidgetItem(list, {tr("Lists and windows")});
    const QList<QPair<QString, QString>> keys{
        {tr("Open the user under the cursor"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
        {tr("Move between fields and lists"), QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText)},
        {tr("Clear the search"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)},
        {tr("Go from the search into the rows"), QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText)},
        {tr("Next or previous tab of a user's window"),
         QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText) + QStringLiteral(", ")
             + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText)},
        {tr("Close a user's window"),
         QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText) + QStringLiteral(", ")
             + QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)}};
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(everywhere, {what, key});
    list->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace rollbook
