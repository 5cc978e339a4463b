#pragma once

#include <QDialog>

class QMenuBar;

namespace rollbook {

/// Help > Keyboard shortcuts: every menu command that has a shortcut, read from the menus
/// themselves (so the list cannot fall behind them), and the keys every list and window takes.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace rollbook
