#pragma once

#include <QDialog>

class QSpinBox;

namespace rollbook {

/// Shown when Rollbook starts with no database: create a demo school or open a file.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, CreateDemo, OpenFile };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    qint64 demoUsers() const;

private:
    Choice m_choice = Choice::None;
    QSpinBox *m_users;
};

} // namespace rollbook
