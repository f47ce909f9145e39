#pragma once

#include "RoadGraphBuilder.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace centinela::core {

/// The tags of one road in the order the source lists them (OpenStreetMap keys and values, or a
/// GeoPackage/Shapefile/GeoJSON feature's mapped fields under the same OSM keys).
class RoadTags
{
public:
    void add(QByteArray key, QByteArray value) { m_tags.emplace_back(std::move(key), std::move(value)); }
    /// The first value of `key`, or an empty array.
    QByteArray value(const char* key) const;
    const std::vector<std::pair<QByteArray, QByteArray>>& all() const { return m_tags; }
    void clear() { m_tags.clear(); }

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_tags;
};

/// Which roads a vehicle may drive, in which directions and how fast. Two are built in: `car` (the
/// default: OSM semantics, access=no/private excluded) and `pgrouting-cars`, which reproduces what
/// osm2pgrouting 2.3 with mapconfig_for_cars.xml imports, quirks included, so that costs can be
/// compared with a pgRouting deployment. Others load from an INI file (see maps/roads/README.md).
class RoadProfile
{
public:
    /// How `oneway` and its implied forms are read.
    enum class OnewayRule {
        Osm,          ///< explicit oneway wins; roundabouts and motorways are one-way unless tagged otherwise
        Osm2pgrouting ///< osm2pgrouting 2.3: the first deciding tag in source order wins (see evaluate())
    };

    /// Attribute names read from non-OSM sources; each is mapped onto the OSM key of the same role.
    struct FieldMapping
    {
        QString roadClass = QStringLiteral("highway");
        QString oneway = QStringLiteral("oneway");
        QString maxspeed = QStringLiteral("maxspeed");
        QString access = QStringLiteral("access");
        QString junction = QStringLiteral("junction");
    };

    static RoadProfile car();
    static RoadProfile pgroutingCars();
    /// `car`, `pgrouting-cars`, or the path of an INI file; std::nullopt with `error` otherwise.
    static std::optional<RoadProfile> fromName(const QString& nameOrPath, QString* error);
    static std::optional<RoadProfile> fromIniFile(const QString& path, QString* error);

    QString name() const { return m_name; }
    /// Everything that changes an import, as text: part of the road cache key.
    QByteArray fingerprint() const;
    const FieldMapping& fields() const { return m_fields; }
    bool filtersAccess() const { return m_accessFilter; }
    OnewayRule onewayRule() const { return m_onewayRule; }
    /// Default speed of a class in km/h, or nullopt when the class is not drivable.
    std::optional<double> classSpeed(const QByteArray& roadClass) const;

    /// Decides whether a road is drivable, in which directions and at what speed. Returns nullopt
    /// when the road is not part of this profile's network.
    std::optional<RoadAttributes> evaluate(const RoadTags& tags) const;

    /// Parses an OSM maxspeed value ("50", "30 mph", "50 km/h", "10 knots", "50;30") into km/h.
    static std::optional<double> parseSpeed(const QByteArray& value);

private:
    bool onewayOsm(const RoadTags& tags, bool* forward, bool* backward) const;
    static void onewayOsm2pgrouting(const RoadTags& tags, bool* forward, bool* backward);
    bool accessAllowed(const RoadTags& tags) const;

    QString m_name;
    OnewayRule m_onewayRule = OnewayRule::Osm;
    bool m_accessFilter = true;
    QHash<QByteArray, double> m_speeds; ///< drivable classes → default km/h
    FieldMapping m_fields;
};

} // namespace centinela::core
