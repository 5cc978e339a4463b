#include "profile/teststab.h"

#include "emptyhint.h"
#include "messagebox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

TestsTab::TestsTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_table(makeTable(this, QStringLiteral("attemptsTable"),
                        {tr("Test"), tr("Started"), tr("Duration"), tr("Score"), tr("Result")}))
{
    setObjectName(QStringLiteral("testsTab"));
    new EmptyHint(
        m_table, [] { return tr("This user has not taken a test yet."); }, QStringLiteral("attemptsEmpty"));
    auto *open = new QPushButton(tr("Show &answers…"), this);
    open->setObjectName(QStringLiteral("showAnswers"));
    auto *hint = new QLabel(tr("Double-click an attempt, or press Enter, to see its answers."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *line = new QHBoxLayout;
    line->addWidget(hint, 1);
    line->addWidget(open);
    layout->addLayout(line);
    connect(open, &QPushButton::clicked, this, &TestsTab::openSelected);
    connect(m_table, &QTableWidget::activated, this, &TestsTab::openSelected);
}

void TestsTab::load()
{
    m_table->setRowCount(0);
    QSqlQuery query = userQuery(QStringLiteral(
        "SELECT a.id, t.title, a.started_at, a.finished_at - a.started_at, a.score, t.pass_score "
        "FROM test_attempts a JOIN tests t ON t.id = a.test_id WHERE a.user_id = ? ORDER BY a.started_at DESC"));
    const QLocale locale;
    while (query.next()) {
        const QVariant took = query.value(3);
        const int score = query.value(4).toInt();
        addRow(m_table,
               {query.value(1).toString(), dateTime(query.value(2)),
                took.isNull() ? tr("unfinished") : tr("%n min", nullptr, int(took.toLongLong() / 60'000)),
                locale.toString(score) + locale.percent(),
                score >= query.value(5).toInt() ? tr("Passed") : tr("Failed")},
               query.value(0));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void TestsTab::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        MessageBox::information(this, tr("Show answers"),
                                m_table->rowCount() == 0
                                    ? tr("This user has not taken a test yet: there are no answers "
                                         "to show.")
                                    : tr("Select an attempt first."));
        return;
    }
    QDialog *dialog = answersDialog(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QDialog *TestsTab::answersDialog(std::int64_t attemptId)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("answersDialog"));
    auto *summary = new QLabel(dialog);
    summary->setObjectName(QStringLiteral("answersSummary"));
    auto *answers = makeTable(dialog, QStringLiteral("answersTable"), {tr("Question"), tr("Answer"), tr("Correct")});
    QSqlQuery head(db());
    head.prepare(QStringLiteral("SELECT t.title, a.score, t.pass_score, t.questions FROM test_attempts a "
                                "JOIN tests t ON t.id = a.test_id WHERE a.id = ?"));
    head.addBindValue(QVariant::fromValue<qint64>(attemptId));
    int correct = 0;
    QSqlQuery rows(db());
    rows.prepare(QStringLiteral("SELECT question, answer, correct FROM test_answers WHERE attempt_id = ? "
                                "ORDER BY question"));
    rows.addBindValue(QVariant::fromValue<qint64>(attemptId));
    if (rows.exec()) {
        while (rows.next()) {
            const bool right = rows.value(2).toBool();
            correct += right ? 1 : 0;
            addRow(answers,
                   {QString::number(rows.value(0).toInt()), rows.value(1).toString(), right ? tr("Yes") : tr("No")});
        }
    }
    if (head.exec() && head.next()) {
        dialog->setWindowTitle(tr("Answers — %1").arg(head.value(0).toString()));
        summary->setText(tr("Score %1% (pass mark %2%): %3 of %4 answers correct.")
                             .arg(head.value(1).toInt())
                             .arg(head.value(2).toInt())
                             .arg(correct)
                             .arg(answers->rowCount()));
    }
    answers->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(answers, 1);
    layout->addWidget(buttons);
    dialog->resize(420, 420);
    return dialog;
}

} // namespace rollbook
