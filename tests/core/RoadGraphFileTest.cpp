// The road cache file: a round trip keeps the graph, and a damaged, truncated or foreign file is
// rejected with a message (never loaded, never a crash).
#include "routing/RoadGraphFile.h"
#include "RoutingSketch.h"
#include "routing/RoutingService.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace centinela;
using centinela::test::RoutingSketch;

namespace {

std::shared_ptr<const core::RoadGraph> sampleGraph()
{
    RoutingSketch s;
    // Streets meet where they share points; the bend at x = 2.5 gives edges inner geometry.
    for (int y = 0; y < 6; ++y)
        s.road({{0, y}, {1, y}, {2, y}, {2.5, y + 0.3}, {3, y}, {4, y}, {5, y}}, true, y % 2 == 0, 30 + y);
    for (int x = 0; x < 6; ++x)
        s.road({{x, 0}, {x, 1}, {x, 2}, {x, 3}, {x, 4}, {x, 5}}, true, x != 3);
    return s.build();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class RoadGraphFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripKeepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.graph"));
        const auto g = sampleGraph();
        QString error;
        QVERIFY2(core::RoadGraphFile::write(*g, path, "key-1", &error), qPrintable(error));
        const auto back = core::RoadGraphFile::read(path, "key-1", &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->nodeCount(), g->nodeCount());
        QCOMPARE(back->edgeCount(), g->edgeCount());
        QCOMPARE(back->forwardArcCount(), g->forwardArcCount());
        QCOMPARE(back->backwardArcCount(), g->backwardArcCount());
        QCOMPARE(back->segmentCount(), g->segmentCount());
        QCOMPARE(back->mainNetworkNodes(), g->mainNetworkNodes());
        QCOMPARE(g->nodeCount(), 36u);
        for (std::uint32_t n = 0; n < g->nodeCount(); ++n)
            QVERIFY(back->node(n) == g->node(n));
        for (std::uint32_t e = 0; e < g->edgeCount(); ++e) {
            QCOMPARE(back->edgeLength(e), g->edgeLength(e));
            QCOMPARE(back->edgeTimeForward(e), g->edgeTimeForward(e));
            QCOMPARE(back->edgeTimeBackward(e), g->edgeTimeBackward(e));
            QCOMPARE(back->edgePointCount(e), g->edgePointCount(e));
            for (std::uint32_t i = 0; i < g->edgePointCount(e); ++i)
                QVERIFY(back->edgePoint(e, i) == g->edgePoint(e, i));
        }
        // And it answers the same.
        core::RoutingService a, b;
        a.setGraph(g);
        b.setGraph(back);
        const std::vector<core::UnitFix> units{{1, RoutingSketch::lon(0.2), RoutingSketch::lat(4.1), true},
                                               {2, RoutingSketch::lon(4.9), RoutingSketch::lat(0.2), true}};
        a.updateUnits(units);
        b.updateUnits(units);
        const auto ra = a.recommend(RoutingSketch::lon(2.4), RoutingSketch::lat(2.2), {});
        const auto rb = b.recommend(RoutingSketch::lon(2.4), RoutingSketch::lat(2.2), {});
        QCOMPARE(ra.units.size(), std::size_t(2));
        QCOMPARE(rb.units.size(), ra.units.size());
        for (std::size_t i = 0; i < ra.units.size(); ++i) {
            QCOMPARE(rb.units[i].unitId, ra.units[i].unitId);
            QCOMPARE(rb.units[i].cost, ra.units[i].cost);
        }
    }

    void damagedFilesAreRejected_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key") << QStringLiteral("key") << QStringLiteral("another source");
        QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("does not match");
        QTest::newRow("truncated header") << QStringLiteral("header") << QStringLiteral("truncated header");
        QTest::newRow("flipped payload byte") << QStringLiteral("flip") << QStringLiteral("checksum");
        QTest::newRow("bigger count") << QStringLiteral("count") << QStringLiteral("does not match");
        QTest::newRow("not a graph") << QStringLiteral("garbage") << QStringLiteral("not a Centinela");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("truncated header");
        QTest::newRow("other version") << QStringLiteral("version") << QStringLiteral("format version");
        QTest::newRow("missing") << QStringLiteral("missing") << QString();
    }

    void damagedFilesAreRejected()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.graph"));
        QString error;
        QVERIFY(core::RoadGraphFile::write(*sampleGraph(), path, "key-1", &error));
        QByteArray bytes = readAll(path);
        QByteArray expectedKey = "key-1";
        if (damage == QLatin1String("key"))
            expectedKey = "key-2";
        else if (damage == QLatin1String("truncate"))
            bytes.chop(bytes.size() / 3);
        else if (damage == QLatin1String("header"))
            bytes.truncate(40);
        else if (damage == QLatin1String("flip"))
            bytes[bytes.size() - 7] = char(bytes[bytes.size() - 7] ^ 0x40);
        else if (damage == QLatin1String("count"))
            bytes[24] = char(bytes[24] + 1); // low byte of the node count
        else if (damage == QLatin1String("garbage"))
            bytes = QByteArray(4096, 'x');
        else if (damage == QLatin1String("empty"))
            bytes.clear();
        else if (damage == QLatin1String("version"))
            bytes[8] = char(bytes[8] + 1);
        if (damage == QLatin1String("missing"))
            QFile::remove(path);
        else
            writeAll(path, bytes);
        error.clear();
        QVERIFY(!core::RoadGraphFile::read(path, expectedKey, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.isEmpty());
    }

    void cacheLivesInTheUserCacheFolder()
    {
        const QString path = core::RoadGraphFile::cachePathFor("some key");
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        QVERIFY(path.endsWith(QLatin1String(".graph")));
        QVERIFY(path != core::RoadGraphFile::cachePathFor("other key"));
    }
};

QTEST_GUILESS_MAIN(RoadGraphFileTest)
#include "RoadGraphFileTest.moc"
