// Road profiles: the car profile's OSM semantics, osm2pgrouting's quirks in pgrouting-cars, speeds
// and INI files.
#include "routing/RoadProfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centinela;

namespace {

core::RoadTags tags(std::initializer_list<std::pair<const char*, const char*>> list)
{
    core::RoadTags t;
    for (const auto& [k, v] : list)
        t.add(k, v);
    return t;
}

QString directions(const std::optional<core::RoadAttributes>& a)
{
    if (!a)
        return QStringLiteral("excluded");
    return a->forward && a->backward ? QStringLiteral("both")
           : a->forward              ? QStringLiteral("forward")
                                     : QStringLiteral("backward");
}

} // namespace

class RoadProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carProfileFollowsOsm()
    {
        const core::RoadProfile car = core::RoadProfile::car();
        QCOMPARE(directions(car.evaluate(tags({{"highway", "residential"}}))), QStringLiteral("both"));
        for (const char* yes : {"yes", "true", "1"})
            QCOMPARE(directions(car.evaluate(tags({{"highway", "residential"}, {"oneway", yes}}))),
                     QStringLiteral("forward"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "residential"}, {"oneway", "-1"}}))),
                 QStringLiteral("backward"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "primary"}, {"junction", "roundabout"}}))),
                 QStringLiteral("forward"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "motorway"}}))), QStringLiteral("forward"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "motorway"}, {"oneway", "no"}}))), QStringLiteral("both"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "footway"}}))), QStringLiteral("excluded"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "residential"}, {"access", "private"}}))),
                 QStringLiteral("excluded"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "service"}, {"access", "no"}}))),
                 QStringLiteral("excluded"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "service"}, {"access", "no"}, {"motorcar", "yes"}}))),
                 QStringLiteral("both"));
        QCOMPARE(directions(car.evaluate(tags({{"highway", "service"}, {"access", "destination"}}))),
                 QStringLiteral("both"));
        // Every class the issue names is drivable.
        for (const char* c : {"motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link",
                              "secondary", "secondary_link", "tertiary", "tertiary_link", "residential",
                              "living_street", "service", "unclassified", "road"})
            QVERIFY2(car.evaluate(tags({{"highway", c}})), c);
    }

    void speedsHonourMaxspeed()
    {
        const core::RoadProfile car = core::RoadProfile::car();
        auto a = car.evaluate(tags({{"highway", "residential"}}));
        QCOMPARE(a->speedForwardKmh, 30.0);
        a = car.evaluate(tags({{"highway", "residential"}, {"maxspeed", "30 mph"}}));
        QVERIFY(qAbs(a->speedForwardKmh - 48.28032) < 1e-6);
        a = car.evaluate(tags({{"highway", "primary"}, {"maxspeed", "70"}, {"maxspeed:backward", "50 km/h"}}));
        QCOMPARE(a->speedForwardKmh, 70.0);
        QCOMPARE(a->speedBackwardKmh, 50.0);
        a = car.evaluate(tags({{"highway", "primary"}, {"maxspeed", "signals"}}));
        QCOMPARE(a->speedForwardKmh, 60.0); // unparsable: the class default
        QCOMPARE(core::RoadProfile::parseSpeed("25mph").value(), 25 * 1.609344);
        QCOMPARE(core::RoadProfile::parseSpeed("50;30").value(), 50.0);
        QVERIFY(!core::RoadProfile::parseSpeed("none"));
        QVERIFY(!core::RoadProfile::parseSpeed("-5"));
    }

    void pgroutingCarsReproducesOsm2pgrouting()
    {
        // Verified against osm2pgrouting 2.3.8 with mapconfig_for_cars.xml on hand-written ways.
        const core::RoadProfile p = core::RoadProfile::pgroutingCars();
        QCOMPARE(directions(p.evaluate(tags({{"highway", "primary"}, {"oneway", "yes"}}))), QStringLiteral("forward"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "motorway"}, {"oneway", "no"}}))), QStringLiteral("forward"));
        QCOMPARE(directions(p.evaluate(tags({{"oneway", "no"}, {"highway", "motorway"}}))), QStringLiteral("both"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "motorway"}, {"oneway", "-1"}}))), QStringLiteral("forward"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "trunk"}}))), QStringLiteral("both"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "motorway_link"}}))), QStringLiteral("both"));
        QCOMPARE(
            directions(p.evaluate(tags({{"junction", "roundabout"}, {"oneway", "no"}, {"highway", "residential"}}))),
            QStringLiteral("forward"));
        QCOMPARE(
            directions(p.evaluate(tags({{"highway", "residential"}, {"oneway", "no"}, {"junction", "roundabout"}}))),
            QStringLiteral("both"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "residential"}, {"oneway", "YES"}}))), QStringLiteral("both"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "residential"}, {"oneway", "reversible"}}))),
                 QStringLiteral("both"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "residential"}, {"oneway", "-1"}}))),
                 QStringLiteral("backward"));
        // No access filtering.
        QCOMPARE(directions(p.evaluate(tags({{"access", "no"}, {"highway", "primary"}}))), QStringLiteral("both"));
        QCOMPARE(directions(p.evaluate(tags({{"highway", "track"}}))), QStringLiteral("excluded"));
        // Speeds: the XML's class maxspeed, overridden by tags in order.
        QCOMPARE(p.evaluate(tags({{"highway", "unclassified"}}))->speedForwardKmh, 90.0);
        auto a = p.evaluate(tags({{"highway", "residential"}, {"maxspeed", "30"}, {"maxspeed:forward", "20"}}));
        QCOMPARE(a->speedForwardKmh, 20.0);
        QCOMPARE(a->speedBackwardKmh, 30.0);
        QVERIFY(qAbs(p.evaluate(tags({{"highway", "residential"}, {"maxspeed", "30 mph"}}))->speedForwardKmh -
                     48.28038) < 1e-6);
    }

    void profilesLoadFromIniFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("van.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profile]\nname=van\n[speeds]\nresidential=25\nservice=0\ntrack=15\n[fields]\nclass=fclass\n");
        f.close();
        QString error;
        const auto van = core::RoadProfile::fromName(path, &error);
        QVERIFY2(van, qPrintable(error));
        QCOMPARE(van->name(), QStringLiteral("van"));
        QCOMPARE(van->classSpeed("residential").value(), 25.0);
        QCOMPARE(van->classSpeed("track").value(), 15.0);
        QVERIFY(!van->classSpeed("service"));
        QCOMPARE(van->classSpeed("primary").value(), 60.0); // inherited from car
        QCOMPARE(van->fields().roadClass, QStringLiteral("fclass"));
        QVERIFY(van->fingerprint() != core::RoadProfile::car().fingerprint());
        QVERIFY(core::RoadProfile::car().fingerprint() != core::RoadProfile::pgroutingCars().fingerprint());

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[speeds]\nresidential=fast\n");
        f.close();
        QVERIFY(!core::RoadProfile::fromName(path, &error));
        QVERIFY2(error.contains(QLatin1String("residential")), qPrintable(error));
        QVERIFY(!core::RoadProfile::fromName(QStringLiteral("bicycle"), &error));
        QVERIFY(error.contains(QLatin1String("unknown profile")));
    }
};

QTEST_GUILESS_MAIN(RoadProfileTest)
#include "RoadProfileTest.moc"
