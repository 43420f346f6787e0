#include "views/widgets/statuscolors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using StatusColors::Status;

class TestStatusColors : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioIsWcags();
    void readableOnEveryBackground_data();
    void readableOnEveryBackground();
    void tintedWhereATintIsReadable();
};

void TestStatusColors::contrastRatioIsWcags()
{
    QCOMPARE(StatusColors::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(StatusColors::contrastRatio(Qt::white, Qt::white), 1.0);
    // WCAG's own example: #777 on white is just under 4.5.
    QVERIFY(qAbs(StatusColors::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
}

void TestStatusColors::readableOnEveryBackground_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::newRow("white") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("Fusion light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
    QTest::newRow("Breeze dark") << QColor(0x20, 0x23, 0x26) << QColor(0xfc, 0xfc, 0xfc);
    QTest::newRow("black") << QColor(Qt::black) << QColor(Qt::white);
    QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80) << QColor(Qt::black);
    QTest::newRow("dark grey") << QColor(0x55, 0x55, 0x55) << QColor(Qt::white);
    QTest::newRow("high contrast yellow") << QColor(Qt::yellow) << QColor(Qt::black);
}

void TestStatusColors::readableOnEveryBackground()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::Text, text);
    for (const Status status : { Status::Warning, Status::Error, Status::Success }) {
        for (const QPalette::ColorRole role : { QPalette::Window, QPalette::Base }) {
            const QColor color = StatusColors::text(status, palette, role);
            QVERIFY2(StatusColors::contrastRatio(color, window) >= 4.5,
                qPrintable(color.name() + u" on "_s + window.name()));
        }
    }
}

void TestStatusColors::tintedWhereATintIsReadable()
{
    for (const QColor &window : { QColor(Qt::white), QColor(0x20, 0x23, 0x26) }) {
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        const QColor warning = StatusColors::text(Status::Warning, palette);
        const QColor error = StatusColors::text(Status::Error, palette);
        // Not the plain text colour: a warning still looks like one, and unlike an error.
        QVERIFY(warning.hsvSaturation() > 60);
        QVERIFY(error.hsvSaturation() > 60);
        QVERIFY(warning != error);
        QVERIFY(warning.hsvHue() > error.hsvHue());
    }
}

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
