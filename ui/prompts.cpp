#include "prompts.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace rollbook {

std::optional<std::optional<QString>> Prompts::s_next;

namespace {

/// A line of text in a dialog wide enough for its title; with required, OK waits for text.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label, const QString &initial,
                               bool required)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("textPrompt"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    // The title must fit ("Suspe… ser(s)" is no title): the line edit, made when the dialog is
    // first shown, gets the width, since the dialog's layout holds it to its contents.
    const int wanted = std::max(460, dialog.fontMetrics().horizontalAdvance(title) + 160);
    dialog.setMinimumWidth(wanted);
    QMetaObject::invokeMethod(
        &dialog,
        [&dialog, wanted] {
            if (auto *edit = dialog.findChild<QLineEdit *>())
                edit->setMinimumWidth(wanted - 40);
        },
        Qt::QueuedConnection);
    if (required) {
        // QInputDialog makes its buttons when first shown: look them up each time.
        const auto update = [&dialog] {
            if (auto *box = dialog.findChild<QDialogButtonBox *>())
                box->button(QDialogButtonBox::Ok)->setEnabled(!dialog.textValue().trimmed().isEmpty());
        };
        QObject::connect(&dialog, &QInputDialog::textValueChanged, &dialog, update);
        QMetaObject::invokeMethod(&dialog, update, Qt::QueuedConnection);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (required && dialog.textValue().trimmed().isEmpty())
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

std::optional<QString> Prompts::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &initial)
{
    if (s_next) {
        const std::optional<QString> answer = *s_next;
        s_next.reset();
        return answer;
    }
    return askText(parent, title, label, initial, false);
}

std::optional<QString> Prompts::reason(QWidget *parent, const QString &title, const QString &label)
{
    if (s_next) {
        const std::optional<QString> answer = *s_next;
        s_next.reset();
        return answer && !answer->trimmed().isEmpty() ? answer : std::nullopt;
    }
    return askText(parent, title, label, QString(), true);
}

std::optional<QString> Prompts::choice(QWidget *parent, const QString &title, const QString &label,
                                       const QStringList &items)
{
    if (s_next) {
        const std::optional<QString> answer = *s_next;
        s_next.reset();
        return answer && items.contains(*answer) ? answer : std::nullopt;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return chosen;
}

std::optional<QString> Prompts::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                                         const QString &filter)
{
    if (s_next) {
        const std::optional<QString> answer = *s_next;
        s_next.reset();
        return answer;
    }
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return std::nullopt;
    rememberFolder(path);
    return path;
}

QString Prompts::inDocuments(const QString &fileName)
{
    const QString last = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return QDir(last).filePath(fileName);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return QDir(documents).filePath(fileName);
    return QDir(QFileInfo(QDir::homePath()).isDir() ? QDir::homePath() : QDir::currentPath()).filePath(fileName);
}

void Prompts::rememberFolder(const QString &filePath)
{
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(filePath).absolutePath());
}

Status Prompts::prepareFolder(const QString &filePath)
{
    const QFileInfo file(filePath);
    if (file.isDir())
        return Error{QCoreApplication::translate("Prompts", "%1 is a folder: add a file name.")
                         .arg(QDir::toNativeSeparators(filePath))};
    const QString folder = file.absolutePath();
    if (QFileInfo(folder).isDir())
        return success();
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("Prompts", "The folder %1 does not exist and cannot be created.")
                         .arg(QDir::toNativeSeparators(folder))};
    return success();
}

void Prompts::setNextAnswer(std::optional<QString> answer)
{
    s_next = std::move(answer);
}

} // namespace rollbook
