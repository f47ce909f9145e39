// Address search over the map's own names: streets, named places, intersections, accents and case.
#include "render/PlaceIndex.h"
#include "render/MapLoader.h"
#include "render/Projection.h"

#include <QTest>

using namespace centinela;

class PlaceIndexTest : public QObject
{
    Q_OBJECT
    maps::PlaceIndex m_index;
    const double m_lon0 = -90.515, m_lat0 = 14.620, m_d = 0.001; // the fixtures' grid

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* file : {"calles.geojson", "camaras.geojson"}) {
            const maps::LoadedMap map =
                maps::MapLoader::load(QStringLiteral(CENTINELA_TEST_DATA "/") + QString::fromLatin1(file));
            QVERIFY2(map.ok(), qPrintable(map.error));
            for (const auto& layer : map.layers)
                m_index.add(layer.data);
        }
    }

    void normalisesCaseAndAccents()
    {
        QCOMPARE(maps::PlaceIndex::normalise(QStringLiteral("  Cámara  Nº 2, Zona-1 ")),
                 QStringLiteral("camara nº 2 zona 1"));
    }

    void findsStreetsAndPlaces()
    {
        const maps::Projection mercator = maps::Projection::webMercator();
        QList<maps::PlaceIndex::Place> found = m_index.search(QStringLiteral("3a avenida"), mercator);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().label, QStringLiteral("3a Avenida"));
        QVERIFY(qAbs(found.first().point.lon - (m_lon0 + 2 * m_d)) < 1e-6);
        // Accents and case do not matter; words may be partial.
        found = m_index.search(QStringLiteral("CAMARA 2"), mercator);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().label, QStringLiteral("Cámara 2"));
        QVERIFY(m_index.search(QStringLiteral("calle inexistente"), mercator).isEmpty());
    }

    void findsIntersections()
    {
        const maps::Projection mercator = maps::Projection::webMercator();
        for (const QString& query : {QStringLiteral("3a Avenida y 4a Calle"), QStringLiteral("3a avenida & 4a calle"),
                                     QStringLiteral("4a calle esquina 3a avenida")}) {
            const QList<maps::PlaceIndex::Place> found = m_index.search(query, mercator);
            QVERIFY2(!found.isEmpty(), qPrintable(query));
            QVERIFY(qAbs(found.first().point.lon - (m_lon0 + 2 * m_d)) < 1e-6);
            QVERIFY(qAbs(found.first().point.lat - (m_lat0 + 3 * m_d)) < 1e-6);
        }
        // Parallel streets never meet.
        QVERIFY(m_index.search(QStringLiteral("1a Avenida y 6a Avenida"), mercator).isEmpty());
    }
};

QTEST_GUILESS_MAIN(PlaceIndexTest)
#include "PlaceIndexTest.moc"
