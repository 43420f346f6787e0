// Every column of every record kind's table explains itself in its header's
// tooltip, and the columns shown by default start with the name a support
// engineer looks for, the rest staying one header menu away.

#include "models/kinds/recordkind.h"
#include "models/kinds/recordkinds.h"
#include "models/lists/pagedtablemodel.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const RecordKind *kindOf(const QString &key)
{
    for (const RecordKind *kind : RecordKinds::all()) {
        if (kind->key() == key)
            return kind;
    }
    return nullptr;
}
} // namespace

class TestColumnHeaders : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnHasATooltip_data();
    void everyColumnHasATooltip();
    void defaultColumnsStartWithTheName_data();
    void defaultColumnsStartWithTheName();
};

void TestColumnHeaders::everyColumnHasATooltip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("column");
    for (const RecordKind *kind : RecordKinds::all()) {
        const std::unique_ptr<PagedTableModel> model(kind->createModel(nullptr));
        QVERIFY(model->columnCount() > 0);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            QTest::addRow("%s %s", qPrintable(kind->key()), qPrintable(header))
                << kind->key() << column;
        }
    }
}

void TestColumnHeaders::everyColumnHasATooltip()
{
    QFETCH(QString, kind);
    QFETCH(int, column);
    QVERIFY(kindOf(kind));
    const std::unique_ptr<PagedTableModel> model(kindOf(kind)->createModel(nullptr));
    const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString toolTip = model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY(!header.isEmpty());
    // An explanation, not the header again.
    QVERIFY2(toolTip.size() > header.size() + 10, qPrintable(toolTip));
    QVERIFY2(toolTip.front().isUpper(), qPrintable(toolTip));
}

void TestColumnHeaders::defaultColumnsStartWithTheName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("shown");
    const auto kind = [](QStringView key) { return key.toString(); };
    QTest::newRow("SIP domains") << kind(u"sipDomains")
                                 << QStringList { u"Friendly name"_s, u"Domain name"_s, u"SID"_s,
                                        u"Updated"_s, u"Health"_s };
    QTest::newRow("SIP endpoints")
        << kind(u"sipEndpoints") << QStringList { u"Username"_s, u"Call handler"_s, u"ID"_s };
    QTest::newRow("credential lists")
        << kind(u"credentialLists") << QStringList { u"Friendly name"_s, u"SID"_s, u"Updated"_s };
    QTest::newRow("credentials") << kind(u"sipCredentials")
                                 << QStringList { u"Username"_s, u"SID"_s, u"Updated"_s };
    QTest::newRow("IP access control lists") << kind(
        u"ipAccessControlLists") << QStringList { u"Friendly name"_s, u"SID"_s, u"Updated"_s };
    QTest::newRow("IP addresses") << kind(
        u"ipAddresses") << QStringList { u"Friendly name"_s, u"Address"_s, u"SID"_s, u"Updated"_s };
}

void TestColumnHeaders::defaultColumnsStartWithTheName()
{
    QFETCH(QString, key);
    QFETCH(QStringList, shown);
    const RecordKind *kind = kindOf(key);
    QVERIFY(kind);
    const std::unique_ptr<PagedTableModel> model(kind->createModel(nullptr));
    QStringList headers;
    const QList<int> hidden = kind->hiddenColumns();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!hidden.contains(column))
            headers.append(model->headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(headers, shown);
    // Every hidden column is one of the kind's, there to be shown again.
    for (int column : hidden)
        QVERIFY(column > 0 && column < model->columnCount());
}

QTEST_GUILESS_MAIN(TestColumnHeaders)
#include "tst_columnheaders.moc"
