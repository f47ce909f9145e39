// The commander view against a real database: the same figures, CSV and JSON as the CLI; its item
// models under QAbstractItemModelTester; a PDF; and an operator's login told it may not look.
#include "CommanderView.h"
#include "DbTest.h"
#include "HotSpotModel.h"
#include "ManualClock.h"
#include "ReportTableModel.h"
#include "SectorMapView.h"
#include "SharedData.h"
#include "analytics/ReportFormatter.h"
#include "canvas/MapCanvas.h"
#include "history/HistoryImporter.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace centinela;

namespace {

QByteArray cli(const QStringList& args)
{
    QProcess p;
    p.start(test::binDir() + QStringLiteral("/centinela-cli"), args);
    p.waitForFinished(120000);
    return p.readAllStandardOutput();
}

const char kMapping[] = "[source]\nname = gui\n[time]\nformat = yyyy-MM-dd HH:mm:ss\nzone = America/Guatemala\n"
                        "[columns]\nincident = id\nunit = unit\nreceived = received\nacknowledged = ack\n"
                        "dispatched = dispatched\nen_route = en_route\non_scene = on_scene\ncleared = cleared\n"
                        "sector = sector\ntype = type\npriority = priority\nlatitude = lat\nlongitude = lon\n";

} // namespace

class TestCommanderView : public QObject
{
    Q_OBJECT
    QString m_db;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase();
        // Two months of history over three sectors and both shifts of a day, with missing stages.
        QByteArray csv = "id,unit,received,ack,dispatched,en_route,on_scene,cleared,sector,type,priority,lat,lon\n";
        const QDateTime start(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 400; ++i) {
            const QDateTime r = start.addSecs(qint64(i) * 15577);
            auto at = [&](int s) { return r.addSecs(s).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8(); };
            csv += QByteArray::number(i) + ",U" + QByteArray::number(i % 7) + "," + at(0) + "," + at(5 + i % 30) + "," +
                   at(40 + (i * 13) % 150) + "," + at(90 + (i * 7) % 100) + "," +
                   (i % 10 == 0 ? QByteArray() : at(300 + (i * 31) % 900)) + "," + at(4000 + i) + ",Z" +
                   QByteArray::number(i % 3) + "," + (i % 2 ? "robo" : "riña") + "," + QByteArray::number(1 + i % 3) +
                   "," + QByteArray::number(14.60 + (i % 3) * 0.01 + (i % 5) * 0.001) + "," +
                   QByteArray::number(-90.52 + (i % 7) * 0.001) + "\n";
        }
        core::ImportMapping mapping;
        QString error;
        QVERIFY(core::ImportMapping::parse(kMapping, &mapping, &error));
        core::HistoryImporter importer(m_db, mapping);
        QBuffer b(&csv);
        b.open(QIODevice::ReadOnly);
        core::HistoryImporter::Summary s;
        QVERIFY2(importer.importDevice(&b, &s, &error), qPrintable(error));
        QCOMPARE(s.incidents, 400);
        // The three sectors' boundaries, side by side north to south.
        core::PgConnection admin(m_db);
        for (int z = 0; z < 3; ++z) {
            const double south = 14.595 + z * 0.01;
            admin.exec("INSERT INTO sectors (station_id, name, boundary) VALUES (1, $1, $2::jsonb)",
                       {QStringLiteral("Z%1").arg(z).toUtf8(),
                        QStringLiteral("{\"type\": \"Polygon\", \"coordinates\": [[[-90.53, %1], [-90.50, %1], "
                                       "[-90.50, %2], [-90.53, %2], [-90.53, %1]]]}")
                            .arg(south)
                            .arg(south + 0.01)
                            .toUtf8()});
        }
    }

    void sameFiguresAsTheCli()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const test::ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        ui::CommanderView view(cluster->conninfoAs(m_db, QStringLiteral("comandante")), clock);
        QAbstractItemModelTester tableTester(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester hotTester(view.hotSpotModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The default is last month, compared with the month before, by shift.
        QCOMPARE(view.query().period.from, QDate(2026, 10, 1));
        QCOMPARE(view.query().period.to, QDate(2026, 10, 31));
        view.setPeriod({QDate(2026, 10, 1), QDate(2026, 10, 31)}, true);
        QCOMPARE(view.query().baseline->from, QDate(2026, 9, 1));
        QCOMPARE(view.query().baseline->to, QDate(2026, 9, 30));
        view.setGroupBy({core::ReportField::Sector, core::ReportField::Shift});
        view.resize(1200, 800);
        view.show();
        QSignalSpy ready(&view, &ui::CommanderView::reportReady);
        view.refresh();
        QVERIFY(ready.wait(60000));

        const QStringList args{QStringLiteral("report"),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--from"),
                               QStringLiteral("2026-10-01"),
                               QStringLiteral("--to"),
                               QStringLiteral("2026-10-31"),
                               QStringLiteral("--baseline-from"),
                               QStringLiteral("2026-09-01"),
                               QStringLiteral("--baseline-to"),
                               QStringLiteral("2026-09-30"),
                               QStringLiteral("--group-by"),
                               QStringLiteral("sector,shift")};
        const QByteArray json = cli(args);
        QVERIFY(!json.isEmpty());
        QCOMPARE(core::ReportFormatter::toJson(view.report()), json);
        const QString csvPath = m_dir.filePath(QStringLiteral("view.csv"));
        QString error;
        QVERIFY(view.exportCsv(csvPath, &error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), cli(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}));

        // The table shows those figures: sector Z0, first shift, response median.
        const ui::ReportTableModel* model = view.tableModel();
        QCOMPARE(model->rowCount(), int(view.report().rows().size()) * core::kResponseIntervalCount);
        const auto& first = view.report().rows().first().current.stats(core::ResponseInterval::Response);
        QCOMPARE(model->index(int(core::ResponseInterval::Response), ui::ReportTableModel::Median)
                     .data(ui::ReportTableModel::ValueRole)
                     .toDouble(),
                 *first.p50S);
        QVERIFY(view.hotSpotModel()->rowCount() == 2);
        qint64 total = 0;
        for (int r = 0; r < view.hotSpotModel()->rowCount(); ++r)
            for (int c = 0; c < 24; ++c)
                total += view.hotSpotModel()->index(r, c).data(ui::HotSpotModel::CountRole).toLongLong();
        QCOMPARE(total, view.report().current.rows);

        const QString pdf = m_dir.filePath(QStringLiteral("view.pdf"));
        QVERIFY(view.exportPdf(pdf, &error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        const QString shots = qEnvironmentVariable("CENTINELA_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(shots);
        auto* tabs = view.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QVERIFY(view.grab().save(shots + QStringLiteral("/commander-figures.png")));
        tabs->setCurrentIndex(1);
        QVERIFY(view.grab().save(shots + QStringLiteral("/commander-trend.png")));
        tabs->setCurrentIndex(2);
        QVERIFY(view.grab().save(shots + QStringLiteral("/commander-distribution.png")));
        tabs->setCurrentIndex(3);
        QVERIFY(view.grab().save(shots + QStringLiteral("/commander-sectors.png")));
        tabs->setCurrentIndex(4);
        QVERIFY(view.grab().save(shots + QStringLiteral("/commander-hotspots.png")));
        // By sector on the map: every sector coloured by its figure, the period's incidents as heat.
        QCOMPARE(view.sectorMap()->sectorsWithFigures(), 3);
        // The heat map by type and time of day: the two types split the period's incidents.
        const int all = view.sectorMap()->heatPoints();
        QVERIFY(all > 0);
        auto* heatType = view.sectorMap()->findChild<QComboBox*>(QStringLiteral("heatType"));
        QCOMPARE(heatType->count(), 3); // all, robo, riña
        heatType->setCurrentIndex(1);
        const int one = view.sectorMap()->heatPoints();
        heatType->setCurrentIndex(2);
        QCOMPARE(one + view.sectorMap()->heatPoints(), all);
        heatType->setCurrentIndex(0);
        auto* window = view.sectorMap()->findChild<QComboBox*>(QStringLiteral("heatWindow"));
        int byWindow = 0;
        for (int w = 1; w < window->count(); ++w) {
            window->setCurrentIndex(w);
            byWindow += view.sectorMap()->heatPoints();
        }
        QCOMPARE(byWindow, all); // the four six-hour windows cover the day
        window->setCurrentIndex(0);
        tabs->setCurrentIndex(5);
        QTRY_VERIFY(!view.sectorMap()->canvas()->isRendering());
        QTest::qWait(200);
        QVERIFY(view.grab().save(shots + QStringLiteral("/commander-map.png")));
    }

    void anOperatorIsToldItNeedsACommander()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const test::ManualClock clock;
        ui::CommanderView view(cluster->conninfoAs(m_db, QStringLiteral("operador")), clock);
        QSignalSpy failed(&view, &ui::CommanderView::reportFailed);
        view.refresh();
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("commander")),
                 qPrintable(failed.first().first().toString()));
    }
};

QTEST_MAIN(TestCommanderView)
#include "test_commander_view.moc"
