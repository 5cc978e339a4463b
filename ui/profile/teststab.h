#pragma once

#include "profile/profiletab.h"

namespace rollbook {

/// The user's test attempts; opening one shows its answers, question by question, and the score.
class TestsTab : public ProfileTab
{
    Q_OBJECT

public:
    TestsTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);
    /// The answers of one attempt, in a dialog (for tests: the dialog, not yet shown).
    QDialog *answersDialog(std::int64_t attemptId);

protected:
    void load() override;

private:
    void openSelected();

    QTableWidget *m_table;
};

} // namespace rollbook
