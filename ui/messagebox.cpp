#include "messagebox.h"

#include <QPushButton>

#include <deque>

namespace rollbook {

namespace {
std::deque<QMessageBox::StandardButton> nextAnswers;
QString lastShownText;

/// Under the tests a message nobody answered would wait for ctest's timeout: stop at once instead.
void refuseUnanswered(const QString &text)
{
    if (qEnvironmentVariableIsSet("ROLLBOOK_TEST_ANSWER_EVERY_MESSAGE"))
        qFatal("A message box that the test did not answer: %s", qPrintable(text));
}
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons)
{
    lastShownText = text;
    if (!nextAnswers.empty()) {
        const auto answer = nextAnswers.front();
        nextAnswers.pop_front();
        return answer;
    }
    refuseUnanswered(text);
    QMessageBox box(icon, title, text, buttons, parent);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons)
{
    lastShownText = text;
    if (!nextAnswers.empty()) {
        nextAnswers.pop_front();
        return -1;
    }
    refuseUnanswered(text);
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Close, parent);
    QList<const QAbstractButton *> added;
    for (const QString &label : buttons)
        added.append(box.addButton(label, QMessageBox::ActionRole));
    box.exec();
    return static_cast<int>(added.indexOf(box.clickedButton()));
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No);
}

QMessageBox::StandardButton MessageBox::unsavedChanges(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text,
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers = {answer};
}

void MessageBox::queueAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers.push_back(answer);
}

QString MessageBox::lastText()
{
    return lastShownText;
}

} // namespace rollbook
