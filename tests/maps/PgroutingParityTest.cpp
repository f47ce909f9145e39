// Parity with an independent engine: osm2pgrouting 2.3 (mapconfig_for_cars.xml) imports each shared
// OSM extract into a throwaway PostgreSQL with pgRouting; units and incidents go on random pgRouting
// vertices; `centinela-cli route --profile pgrouting-cars --metric distance` must agree with
// pgr_dijkstraCost on the reversed graph for at least 99 % of the pairs, within 0.5 %.
//
// What differs, and why (see ROUTING_NOTES.md, "Parity with pgRouting"):
// - Highways tagged area=yes (squares) are polygons for GDAL's OSM driver and so not roads for
//   Centinela; osm2pgrouting keeps them. A vertex only such a square has snaps to the next road.
// - Node refs missing from an extract, and the unsorted Baltimore extract: see
//   tests/support/Osm2pgrouting.cpp (osm2pgrouting gets a sorted copy without the missing refs;
//   Centinela reads the original).
#include "Osm2pgrouting.h"
#include "SharedData.h"
#include "TestCluster.h"
#include "store/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace centinela;

namespace {

constexpr int kUnits = 150;
constexpr int kIncidents = 40;

} // namespace

class PgroutingParityTest : public QObject
{
    Q_OBJECT

    test::TestCluster* m_cluster = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        CENTINELA_REQUIRE_SHARED_DATA();
        QString error;
        m_cluster = test::TestCluster::instance(&error);
        if (!m_cluster)
            QSKIP(qPrintable(QStringLiteral("cannot start a PostgreSQL test cluster: %1").arg(error)));
    }

    void matchesPgrouting_data()
    {
        QTest::addColumn<QString>("pbf");
        const QString dir = test::sharedDataDir() + QStringLiteral("/osm");
        for (const QString& name : QDir(dir).entryList({QStringLiteral("*.osm.pbf")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir + QLatin1Char('/') + name;
    }

    void matchesPgrouting()
    {
        QFETCH(QString, pbf);
        QTemporaryDir work;
        QString log;
        const test::PgroutingImport imported = test::importWithOsm2pgrouting(*m_cluster, pbf, work.path());
        if (imported.status == test::PgroutingImport::Status::Unavailable)
            QSKIP(qPrintable(imported.message));
        QVERIFY2(imported.status == test::PgroutingImport::Status::Ok, qPrintable(imported.message));
        const int dropped = imported.droppedRefs;
        core::PgConnection db(imported.conninfo);

        // Random vertices, the same on every run (ordered by a hash of their ids).
        const auto sample = [&db](const char* salt, int n, const QString& path, QStringList* ids) {
            const core::PgRows rows = db.exec("SELECT id, lon, lat FROM ways_vertices_pgr ORDER BY md5(id::text || $1) "
                                              "LIMIT $2",
                                              {QByteArray(salt), QByteArray::number(n)});
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write("id,lon,lat\n");
            for (int r = 0; r < rows.size(); ++r) {
                *ids << rows.text(r, 0);
                f.write(rows.bytes(r, 0) + ',' + rows.bytes(r, 1) + ',' + rows.bytes(r, 2) + '\n');
            }
        };
        QStringList unitIds, incidentIds;
        const QString unitsCsv = work.filePath(QStringLiteral("units.csv"));
        const QString incidentsCsv = work.filePath(QStringLiteral("incidents.csv"));
        sample("unit", kUnits, unitsCsv, &unitIds);
        sample("incident", kIncidents, incidentsCsv, &incidentIds);
        QCOMPARE(unitIds.size(), kUnits);

        // pgRouting: one pgr_dijkstraCost from the incidents over the reversed graph gives unit → incident.
        // Direction comes from the signs of cost / reverse_cost, the metre length from length_m.
        QHash<QString, double> pgr;
        const core::PgRows costs = db.exec("SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCost("
                                           "'SELECT gid AS id, target AS source, source AS target,"
                                           "  CASE WHEN cost > 0 THEN length_m ELSE -1 END AS cost,"
                                           "  CASE WHEN reverse_cost > 0 THEN length_m ELSE -1 END AS reverse_cost"
                                           "  FROM ways WHERE length_m IS NOT NULL',"
                                           " $1::bigint[], $2::bigint[], true)",
                                           {QStringLiteral("{%1}").arg(incidentIds.join(QLatin1Char(','))).toUtf8(),
                                            QStringLiteral("{%1}").arg(unitIds.join(QLatin1Char(','))).toUtf8()});
        for (int r = 0; r < costs.size(); ++r)
            pgr.insert(costs.text(r, 0) + QLatin1Char('>') + costs.text(r, 1), costs.text(r, 2).toDouble());

        // Centinela, through the CLI as any user would call it, on the original extract.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), work.filePath(QStringLiteral("cache")));
        QByteArray out;
        QVERIFY2(test::runTool(test::binDir() + QStringLiteral("/centinela-cli"),
                               {QStringLiteral("route"), QStringLiteral("--map"), pbf, QStringLiteral("--units"),
                                unitsCsv, QStringLiteral("--queries"), incidentsCsv, QStringLiteral("--k"),
                                QString::number(kUnits), QStringLiteral("--profile"), QStringLiteral("pgrouting-cars"),
                                QStringLiteral("--metric"), QStringLiteral("distance")},
                               &log, env, &out),
                 qPrintable(log));
        QHash<QString, double> ours;
        for (const QByteArray& line : out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString q = o.value(QLatin1String("query")).toVariant().toString();
            for (const QJsonValue& v : o.value(QLatin1String("results")).toArray())
                ours.insert(q + QLatin1Char('>') + v.toObject().value(QLatin1String("unit")).toVariant().toString(),
                            v.toObject().value(QLatin1String("cost")).toDouble());
        }

        int pairs = 0, agree = 0, onlyPgr = 0, onlyOurs = 0, bothReachable = 0;
        double worst = 0;
        QStringList examples;
        for (const QString& q : incidentIds) {
            for (const QString& u : unitIds) {
                if (q == u)
                    continue; // pgr_dijkstraCost leaves out a vertex's cost to itself
                ++pairs;
                const QString key = q + QLatin1Char('>') + u;
                const bool inPgr = pgr.contains(key), inOurs = ours.contains(key);
                if (!inPgr && !inOurs) {
                    ++agree;
                    continue;
                }
                if (inPgr != inOurs) {
                    (inPgr ? onlyPgr : onlyOurs)++;
                    if (examples.size() < 8)
                        examples << QStringLiteral("%1: pgr %2, ours %3")
                                        .arg(key, inPgr ? QString::number(pgr[key]) : QStringLiteral("-"),
                                             inOurs ? QString::number(ours[key]) : QStringLiteral("-"));
                    continue;
                }
                ++bothReachable;
                const double a = pgr[key], b = ours[key];
                // 0.5 %, with half a metre of slack for pairs a few metres apart (costs print in mm).
                const double diff = std::abs(a - b);
                worst = std::max(worst, diff / std::max(1.0, std::max(a, b)));
                if (diff <= 0.005 * std::max(a, b) + 0.5)
                    ++agree;
                else if (examples.size() < 8)
                    examples << QStringLiteral("%1: pgr %2, ours %3").arg(key).arg(a).arg(b);
            }
        }
        const double share = 100.0 * agree / std::max(1, pairs);
        qInfo("%s: %d pairs, %d reachable in both, %.2f %% equal within 0.5 %% (only pgRouting %d, only Centinela %d, "
              "worst relative difference %.1e); %d missing node refs removed for osm2pgrouting",
              qPrintable(QFileInfo(pbf).fileName()), pairs, bothReachable, share, onlyPgr, onlyOurs, worst, dropped);
        for (const QString& e : examples)
            qInfo("  differs: %s", qPrintable(e));
        QVERIFY(bothReachable > pairs / 2);
        QVERIFY2(share >= 99.0, qPrintable(QStringLiteral("only %1 %% of pairs agree").arg(share)));
    }
};

QTEST_GUILESS_MAIN(PgroutingParityTest)
#include "PgroutingParityTest.moc"
