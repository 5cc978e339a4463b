#include "textfold.h"

#include <QTest>

using namespace rollbook;

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsAccentsAndCase_data();
    void foldsAccentsAndCase();
    void namesFollowTheirScript();
    void phoneQueriesBecomeDigits_data();
    void phoneQueriesBecomeDigits();
};

void TestTextFold::foldsAccentsAndCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("Smith") << QStringLiteral("smith");
    QTest::newRow("spanish") << QStringLiteral("José Núñez") << QStringLiteral("jose nunez");
    QTest::newRow("vietnamese") << QStringLiteral("Nguyễn Đặng") << QStringLiteral("nguyen dang");
    QTest::newRow("german") << QStringLiteral("Groß Müller") << QStringLiteral("gross muller");
    QTest::newRow("polish") << QStringLiteral("Łukasz Wójcik") << QStringLiteral("lukasz wojcik");
    QTest::newRow("nordic") << QStringLiteral("Søren Åberg") << QStringLiteral("soren aberg");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("obrien");
    QTest::newRow("typographic apostrophe") << QStringLiteral("D’Arcy") << QStringLiteral("darcy");
    QTest::newRow("cjk unchanged") << QStringLiteral("王伟") << QStringLiteral("王伟");
    QTest::newRow("arabic unchanged") << QStringLiteral("محمد") << QStringLiteral("محمد");
    // Case folding turns the final sigma into σ, in the stored key and in what is typed alike.
    QTest::newRow("greek") << QStringLiteral("Γιώργος") << QStringLiteral("γιωργοσ");
    // "İ" decomposes to "I" + a dot above: the capital must not survive the mark.
    QTest::newRow("dotted capital I") << QStringLiteral("İbrahim Yılmaz") << QStringLiteral("ibrahim yilmaz");
    QTest::newRow("capital with ring") << QStringLiteral("Ångström") << QStringLiteral("angstrom");
    QTest::newRow("fullwidth") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
}

void TestTextFold::foldsAccentsAndCase()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldText(text), folded);
}

void TestTextFold::phoneQueriesBecomeDigits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("international with space") << QStringLiteral("+44 7700") << QStringList{QStringLiteral("447700")};
    QTest::newRow("plain digits") << QStringLiteral("447700") << QStringList{QStringLiteral("447700")};
    QTest::newRow("national trunk zero") << QStringLiteral("07700 900") << QStringList{QStringLiteral("7700900")};
    QTest::newRow("international prefix") << QStringLiteral("0044 7700") << QStringList{QStringLiteral("447700")};
    QTest::newRow("dashes and brackets") << QStringLiteral("+1 (201) 555-01")
                                         << QStringList{QStringLiteral("120155501")};
    QTest::newRow("words") << QStringLiteral("  José  GARCÍA ")
                           << QStringList{QStringLiteral("jose"), QStringLiteral("garcia")};
    QTest::newRow("repeated word once") << QStringLiteral("ana ana") << QStringList{QStringLiteral("ana")};
    QTest::newRow("empty") << QStringLiteral("   ") << QStringList{};
}

void TestTextFold::phoneQueriesBecomeDigits()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, terms);
    QCOMPARE(searchTerms(typed), terms);
}

void TestTextFold::namesFollowTheirScript()
{
    QCOMPARE(personName(QStringLiteral("José"), QStringLiteral("Núñez")), QStringLiteral("José Núñez"));
    QCOMPARE(personName(QStringLiteral("伟"), QStringLiteral("王")), QStringLiteral("王 伟"));
    QCOMPARE(personName(QStringLiteral("さくら"), QStringLiteral("田中")), QStringLiteral("田中 さくら"));
    QCOMPARE(personName(QStringLiteral("민준"), QStringLiteral("김")), QStringLiteral("김 민준"));
    QCOMPARE(personName(QStringLiteral("Ana"), QString()), QStringLiteral("Ana"));
    QCOMPARE(nameSortKey(QStringLiteral("Ángela"), QStringLiteral("Pérez")), QStringLiteral("angela perez"));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "test_textfold.moc"
