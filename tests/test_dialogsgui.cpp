#include "actions/operators.h"
#include "actions/useractions.h"
#include "chartaxis.h"
#include "dialogs/adduserdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/topupdialog.h"
#include "prompts.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace rollbook;

/// The dialogs that take what an operator types: amounts read by the locale and shown back, and
/// dialogs that keep what was typed when the store refuses it.
class TestDialogsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void topUpReadsAmountsByTheLocale();
    void topUpRefusesAmbiguousSeparatorsInGerman();
    void addUserStaysOpenWhenTheEmailIsTaken();
    void reasonPromptWaitsForAReason();
    void exportCreatesAMissingFolderOrSaysWhy();
    void chartAxesEndOnRoundValues_data();
    void chartAxesEndOnRoundValues();

private:
    /// Runs act on the next modal dialog once it is shown.
    static void onNextModal(std::function<void(QWidget *)> act);
};

void TestDialogsGui::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDialogsGui::onNextModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

void TestDialogsGui::topUpReadsAmountsByTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TopUpDialog dialog(QStringLiteral("USD"), 1);
    dialog.show();
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("topUpAmount"));
    auto *parsed = dialog.findChild<QLabel *>(QStringLiteral("topUpParsed"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("topUpError"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(amount->hasFocus() || QApplication::focusWidget() == amount || amount == dialog.focusWidget());
    // "12,50" in English is not one thousand two hundred and fifty: it is refused, at the field.
    QTest::keyClicks(amount, QStringLiteral("12,50"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("12.50")), qPrintable(error->text()));
    // Drawn as an error, not in link blue.
    QVERIFY(error->palette().color(QPalette::WindowText) != error->palette().color(QPalette::Link));
    QVERIFY(error->palette().color(QPalette::WindowText).red() > error->palette().color(QPalette::WindowText).blue());
    QVERIFY(!parsed->isVisible());
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12.50"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    QCOMPARE(parsed->text(), QStringLiteral("= $12.50"));
    QCOMPARE(dialog.request()->amount, qint64(1250));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("1,250"));
    QCOMPARE(parsed->text(), QStringLiteral("= $1,250.00"));
    QCOMPARE(dialog.request()->amount, qint64(125000));
}

void TestDialogsGui::topUpRefusesAmbiguousSeparatorsInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    TopUpDialog dialog(QStringLiteral("EUR"), 1);
    dialog.show();
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("topUpAmount"));
    auto *parsed = dialog.findChild<QLabel *>(QStringLiteral("topUpParsed"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(amount, QStringLiteral("12.50"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.request());
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12,50"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.request()->amount, qint64(1250));
    QCOMPARE(parsed->text(), QStringLiteral("= 12,50\u00A0€"));
}

void TestDialogsGui::addUserStaysOpenWhenTheEmailIsTaken()
{
    QTemporaryDir dir;
    QSqlDatabase db = test::createStore(dir.filePath(QStringLiteral("school.rollbook")), QStringLiteral("add"));
    test::addUser(db, QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.com"));
    const auto actor = ensureOperator(db, QStringLiteral("Tester"));
    QVERIFY(actor.ok());
    ActionContext context{db, *actor};
    {
        AddUserDialog dialog(QStringLiteral("GB"), [&](const NewUser &user) {
            return UserActions::addUser(context, user, QStringLiteral("GB"));
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("addFirst"));
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("addEmail"));
        QCOMPARE(dialog.focusWidget(), first);
        QTest::keyClicks(first, QStringLiteral("Ada"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addCompany")), QStringLiteral("Engines"));
        QTest::keyClicks(email, QStringLiteral("GRACE@example.com"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // Still open, everything typed still there, the error under the email.
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);
        QCOMPARE(first->text(), QStringLiteral("Ada"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("addCompany"))->text(), QStringLiteral("Engines"));
        auto *emailError = dialog.findChild<QLabel *>(QStringLiteral("addEmailError"));
        QVERIFY(emailError->isVisible());
        QVERIFY2(emailError->text().contains(QStringLiteral("already")), qPrintable(emailError->text()));
        QVERIFY(email->hasFocus() || dialog.focusWidget() == email);
        // Corrected, it goes through.
        email->setText(QStringLiteral("ada@example.com"));
        QVERIFY(!emailError->isVisible());
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(dialog.result() == QDialog::Accepted,
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("addError"))->text()));
        QVERIFY(dialog.created().has_value());
        QVERIFY(dialog.created()->id > 0);
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("add"));
}

void TestDialogsGui::reasonPromptWaitsForAReason()
{
    bool okWasOff = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(!ok->isEnabled());
        okWasOff = true;
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return); // Enter on an empty reason does nothing
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(edit, QStringLiteral("Chargeback"));
        QVERIFY(ok->isEnabled());
        // The whole title fits: the dialog is wider than the title text.
        QVERIFY(dialog->width() > dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    const auto reason = Prompts::reason(nullptr, QStringLiteral("Suspend 12 users"), QStringLiteral("Reason:"));
    QVERIFY(okWasOff);
    QVERIFY(reason.has_value());
    QCOMPARE(reason->trimmed(), QStringLiteral("Chargeback"));
}

void TestDialogsGui::exportCreatesAMissingFolderOrSaysWhy()
{
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("files/lastFolder"));
    {
        // The suggested file is always in a folder that exists (this test's home has no Documents).
        ExportDialog dialog(100, 0);
        const QString suggested = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"))->text();
        QVERIFY2(QFileInfo(QFileInfo(suggested).absolutePath()).isDir(), qPrintable(suggested));
    }
    {
        ExportDialog dialog(100, 0);
        dialog.show();
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("exportPathError"));
        // "F&ile:" is a real mnemonic for the path.
        bool buddied = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            buddied = buddied || (label->text() == QStringLiteral("F&ile:") && label->buddy() == path);
        QVERIFY(buddied);
        // A file where the folder should be: refused before anything starts, the dialog stays.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        path->setText(dir.filePath(QStringLiteral("blocker/users.xlsx")));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("cannot be created")), qPrintable(error->text()));
        // A missing folder is made, and remembered for the next export.
        const QString wanted = dir.filePath(QStringLiteral("exports/2026/users.xlsx"));
        path->setText(wanted);
        QVERIFY(!error->isVisible());
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("exports/2026"))).isDir());
    }
    ExportDialog again(100, 0);
    QCOMPARE(QFileInfo(again.findChild<QLineEdit *>(QStringLiteral("exportPath"))->text()).absolutePath(),
             QFileInfo(dir.filePath(QStringLiteral("exports/2026/x"))).absolutePath());
    QSettings().remove(QStringLiteral("files/lastFolder"));
}

void TestDialogsGui::chartAxesEndOnRoundValues_data()
{
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<qint64>("top");
    QTest::addColumn<qint64>("step");
    QTest::newRow("571") << qint64(571) << qint64(600) << qint64(100);
    QTest::newRow("89") << qint64(89) << qint64(100) << qint64(20);
    QTest::newRow("59") << qint64(59) << qint64(60) << qint64(10);
    QTest::newRow("1143") << qint64(1143) << qint64(1200) << qint64(200);
    QTest::newRow("3") << qint64(3) << qint64(3) << qint64(1);
    QTest::newRow("0") << qint64(0) << qint64(1) << qint64(1);
}

void TestDialogsGui::chartAxesEndOnRoundValues()
{
    QFETCH(qint64, peak);
    QFETCH(qint64, top);
    QFETCH(qint64, step);
    QCOMPARE(qint64(roundAxis(peak).top), top);
    QCOMPARE(qint64(roundAxis(peak).step), step);
}

QTEST_MAIN(TestDialogsGui)
#include "test_dialogsgui.moc"
