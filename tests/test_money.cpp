#include "money.h"

#include <QTest>

using namespace rollbook;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsWithoutFloatingPoint_data();
    void formatsWithoutFloatingPoint();
    void plainText();
    void parsesTypedAmounts_data();
    void parsesTypedAmounts();
    void ambiguityNamesWhatToType();
};

void TestMoney::formatsWithoutFloatingPoint_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("dollars") << qint64(123456) << QStringLiteral("USD") << QStringLiteral("en_US")
                             << QStringLiteral("$1,234.56");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("USD") << QStringLiteral("en_US")
                              << QStringLiteral("-$0.05");
    QTest::newRow("yen has no minor unit")
        << qint64(1500) << QStringLiteral("JPY") << QStringLiteral("ja_JP") << QStringLiteral("￥1,500");
    QTest::newRow("foreign currency shows its code")
        << qint64(1000) << QStringLiteral("EUR") << QStringLiteral("en_US") << QStringLiteral("EUR 10.00");
    QTest::newRow("Spanish places and groups") << qint64(111785134) << QStringLiteral("USD")
                                               << QStringLiteral("es_ES") << QStringLiteral("1.117.851,34\u00A0USD");
    QTest::newRow("Spanish euros") << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("es_ES")
                                   << QStringLiteral("1234,56\u00A0€");
    QTest::newRow("German euros") << qint64(-123456) << QStringLiteral("EUR") << QStringLiteral("de_DE")
                                  << QStringLiteral("-1.234,56\u00A0€");
    QTest::newRow("huge amount stays exact") << qint64(900719925474099199) << QStringLiteral("USD")
                                             << QStringLiteral("en_US") << QStringLiteral("$9,007,199,254,740,991.99");
}

void TestMoney::formatsWithoutFloatingPoint()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(formatMoney(minor, currency, QLocale(locale)), text);
}

void TestMoney::plainText()
{
    QCOMPARE(plainMoney(123456, QStringLiteral("USD")), QStringLiteral("1234.56"));
    QCOMPARE(plainMoney(-7, QStringLiteral("USD")), QStringLiteral("-0.07"));
    QCOMPARE(plainMoney(1234, QStringLiteral("KWD")), QStringLiteral("1.234"));
}

void TestMoney::parsesTypedAmounts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1 with error set: refused
    QTest::addColumn<bool>("valid");
    QTest::newRow("whole") << QStringLiteral("12") << QStringLiteral("en_US") << QStringLiteral("USD") << qint64(1200)
                           << true;
    QTest::newRow("cents") << QStringLiteral("12.5") << QStringLiteral("en_US") << QStringLiteral("USD") << qint64(1250)
                           << true;
    QTest::newRow("grouped") << QStringLiteral("1,234.56") << QStringLiteral("en_US") << QStringLiteral("USD")
                             << qint64(123456) << true;
    QTest::newRow("comma locale") << QStringLiteral("12,50") << QStringLiteral("de_DE") << QStringLiteral("EUR")
                                  << qint64(1250) << true;
    QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("en_US") << QStringLiteral("USD")
                              << qint64(-300) << true;
    QTest::newRow("yen") << QStringLiteral("1500") << QStringLiteral("ja_JP") << QStringLiteral("JPY") << qint64(1500)
                         << true;
    QTest::newRow("too precise") << QStringLiteral("1.234") << QStringLiteral("en_US") << QStringLiteral("USD")
                                 << qint64(0) << false;
    QTest::newRow("letters") << QStringLiteral("ten") << QStringLiteral("en_US") << QStringLiteral("USD") << qint64(0)
                             << false;
    QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("en_US") << QStringLiteral("USD") << qint64(0)
                           << false;
    QTest::newRow("symbol typed too") << QStringLiteral("$12.50") << QStringLiteral("en_US") << QStringLiteral("USD")
                                      << qint64(1250) << true;
    QTest::newRow("code typed after") << QStringLiteral("12,50 EUR") << QStringLiteral("de_DE")
                                      << QStringLiteral("EUR") << qint64(1250) << true;
    QTest::newRow("German thousands") << QStringLiteral("1.250,00") << QStringLiteral("de_DE")
                                      << QStringLiteral("EUR") << qint64(125000) << true;
    QTest::newRow("English thousands") << QStringLiteral("1,250") << QStringLiteral("en_US")
                                       << QStringLiteral("USD") << qint64(125000) << true;
    QTest::newRow("French spaces") << QStringLiteral("1\u202F234,56") << QStringLiteral("fr_FR")
                                   << QStringLiteral("EUR") << qint64(123456) << true;
    QTest::newRow("French plain space") << QStringLiteral("1 234,56") << QStringLiteral("fr_FR")
                                        << QStringLiteral("EUR") << qint64(123456) << true;
    // A separator that could mean either is refused, never read as the other.
    QTest::newRow("comma decimal in English") << QStringLiteral("12,50") << QStringLiteral("en_US")
                                              << QStringLiteral("USD") << qint64(0) << false;
    QTest::newRow("point decimal in German") << QStringLiteral("12.50") << QStringLiteral("de_DE")
                                             << QStringLiteral("EUR") << qint64(0) << false;
    QTest::newRow("point in French") << QStringLiteral("12.50") << QStringLiteral("fr_FR") << QStringLiteral("EUR")
                                     << qint64(0) << false;
    QTest::newRow("short group") << QStringLiteral("12,5") << QStringLiteral("en_US") << QStringLiteral("USD")
                                 << qint64(0) << false;
    QTest::newRow("group after the point") << QStringLiteral("1.234,5") << QStringLiteral("en_US")
                                           << QStringLiteral("USD") << qint64(0) << false;
    QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("en_US") << QStringLiteral("USD")
                                << qint64(0) << false;
    QTest::newRow("absurd") << QStringLiteral("99999999999999999") << QStringLiteral("en_US") << QStringLiteral("USD")
                            << qint64(0) << false;
}

void TestMoney::parsesTypedAmounts()
{
    QFETCH(QString, typed);
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(bool, valid);
    const auto parsed = parseMoney(typed, currency, QLocale(locale));
    QCOMPARE(parsed.ok(), valid);
    if (valid)
        QCOMPARE(qint64(*parsed), minor);
    else
        QVERIFY(!parsed.error().isEmpty());
}

void TestMoney::ambiguityNamesWhatToType()
{
    const auto english = parseMoney(QStringLiteral("12,50"), QStringLiteral("USD"), QLocale(QStringLiteral("en_US")));
    QVERIFY(!english);
    QVERIFY2(english.error().contains(QStringLiteral("12.50")), qPrintable(english.error()));
    const auto german = parseMoney(QStringLiteral("12.50"), QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE")));
    QVERIFY(!german);
    QVERIFY2(german.error().contains(QStringLiteral("12,50")), qPrintable(german.error()));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
