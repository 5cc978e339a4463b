#pragma once

#include "profile/profiletab.h"

namespace rollbook {

class AuditModel;
class AuditView;

/// The user's own audit rows, newest first: who changed what and why, field by field.
class HistoryTab : public ProfileTab
{
    Q_OBJECT

public:
    HistoryTab(ActionContext *context, std::int64_t userId, const QString &currency, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    AuditModel *m_model;
    AuditView *m_view;
};

} // namespace rollbook
