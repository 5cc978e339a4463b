#pragma once

#include <QWidget>

#include <cstdint>

class QFormLayout;

namespace rollbook {

class UserTableModel;

/// One window per user with their details. The full profile (tabs, actions) comes later.
class UserWindow : public QWidget
{
    Q_OBJECT

public:
    UserWindow(const UserTableModel *model, std::int64_t userId, QWidget *parent = nullptr);
    std::int64_t userId() const { return m_userId; }

private:
    void load(const UserTableModel *model);

    std::int64_t m_userId;
    QFormLayout *m_form;
};

} // namespace rollbook
