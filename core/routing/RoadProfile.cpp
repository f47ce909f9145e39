#include "RoadProfile.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace centinela::core {

namespace {

bool oneOf(const QByteArray& v, std::initializer_list<const char*> values)
{
    return std::any_of(values.begin(), values.end(), [&v](const char* s) { return v == s; });
}

/// osm2pgrouting 2.3's Way::get_kph: "N mph", "N knots" or plain digits; anything else is 50.
double osm2pgroutingSpeed(const QByteArray& value)
{
    const auto digits = [](const QByteArray& s) {
        return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const int mph = value.indexOf(" mph");
    if (mph >= 0 && digits(value.left(mph)))
        return value.left(mph).toDouble() * 1.609346;
    const int knots = value.indexOf("knots");
    if (knots >= 0 && digits(value.left(knots)))
        return value.left(knots).toDouble() * 1.852;
    return digits(value) ? value.toDouble() : 50.0;
}

} // namespace

QByteArray RoadTags::value(const char* key) const
{
    for (const auto& [k, v] : m_tags)
        if (k == key)
            return v;
    return {};
}

RoadProfile RoadProfile::car()
{
    RoadProfile p;
    p.m_name = QStringLiteral("car");
    // Urban driving speeds rather than legal limits: a dispatcher compares ETAs inside a city.
    p.m_speeds = {{"motorway", 100},     {"motorway_link", 60}, {"trunk", 80},        {"trunk_link", 50},
                  {"primary", 60},       {"primary_link", 45},  {"secondary", 50},    {"secondary_link", 40},
                  {"tertiary", 45},      {"tertiary_link", 35}, {"unclassified", 35}, {"residential", 30},
                  {"living_street", 10}, {"service", 15},       {"road", 30}};
    return p;
}

RoadProfile RoadProfile::pgroutingCars()
{
    RoadProfile p;
    p.m_name = QStringLiteral("pgrouting-cars");
    p.m_onewayRule = OnewayRule::Osm2pgrouting;
    p.m_accessFilter = false;
    // /usr/share/osm2pgrouting/mapconfig_for_cars.xml (osm2pgrouting 2.3.8), class by class.
    p.m_speeds = {{"motorway", 130},      {"motorway_link", 130}, {"motorway_junction", 130}, {"trunk", 110},
                  {"trunk_link", 110},    {"primary", 90},        {"primary_link", 90},       {"secondary", 90},
                  {"secondary_link", 90}, {"tertiary", 90},       {"tertiary_link", 90},      {"residential", 50},
                  {"living_street", 20},  {"service", 50},        {"unclassified", 90},       {"road", 50}};
    return p;
}

std::optional<RoadProfile> RoadProfile::fromName(const QString& nameOrPath, QString* error)
{
    if (nameOrPath.isEmpty() || nameOrPath == QLatin1String("car"))
        return car();
    if (nameOrPath == QLatin1String("pgrouting-cars"))
        return pgroutingCars();
    if (!QFileInfo(nameOrPath).isFile()) {
        *error = QStringLiteral("unknown profile %1: use car, pgrouting-cars or the path of a profile INI file")
                     .arg(nameOrPath);
        return std::nullopt;
    }
    return fromIniFile(nameOrPath, error);
}

std::optional<RoadProfile> RoadProfile::fromIniFile(const QString& path, QString* error)
{
    QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = QStringLiteral("cannot read profile %1").arg(path);
        return std::nullopt;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("profile %1 is not a valid INI file").arg(path);
        return std::nullopt;
    }
    const QString base = ini.value(QStringLiteral("profile/base"), QStringLiteral("car")).toString();
    RoadProfile p;
    if (base == QLatin1String("car")) {
        p = car();
    } else if (base == QLatin1String("pgrouting-cars")) {
        p = pgroutingCars();
    } else {
        *error = QStringLiteral("%1: [profile] base must be car or pgrouting-cars").arg(path);
        return std::nullopt;
    }
    p.m_name = ini.value(QStringLiteral("profile/name"), info.completeBaseName()).toString();
    const QString rule = ini.value(QStringLiteral("profile/oneway_rule")).toString();
    if (rule == QLatin1String("osm")) {
        p.m_onewayRule = OnewayRule::Osm;
    } else if (rule == QLatin1String("osm2pgrouting")) {
        p.m_onewayRule = OnewayRule::Osm2pgrouting;
    } else if (!rule.isEmpty()) {
        *error = QStringLiteral("%1: oneway_rule must be osm or osm2pgrouting").arg(path);
        return std::nullopt;
    }
    const QString access = ini.value(QStringLiteral("profile/access_filter")).toString();
    if (!access.isEmpty())
        p.m_accessFilter =
            access == QLatin1String("true") || access == QLatin1String("yes") || access == QLatin1String("1");

    ini.beginGroup(QStringLiteral("speeds"));
    const QStringList classes = ini.childKeys();
    if (ini.value(QStringLiteral("replace")).toString() == QLatin1String("true"))
        p.m_speeds.clear();
    for (const QString& cls : classes) {
        if (cls == QLatin1String("replace"))
            continue;
        bool ok = false;
        const double kmh = ini.value(cls).toDouble(&ok);
        if (!ok || kmh < 0 || kmh > 300) {
            *error = QStringLiteral("%1: speed of %2 must be a number of km/h from 0 to 300 (0 removes the class)")
                         .arg(path, cls);
            return std::nullopt;
        }
        if (kmh == 0)
            p.m_speeds.remove(cls.toUtf8());
        else
            p.m_speeds.insert(cls.toUtf8(), kmh);
    }
    ini.endGroup();
    if (p.m_speeds.isEmpty()) {
        *error = QStringLiteral("%1: the profile has no drivable class").arg(path);
        return std::nullopt;
    }
    ini.beginGroup(QStringLiteral("fields"));
    p.m_fields.roadClass = ini.value(QStringLiteral("class"), p.m_fields.roadClass).toString();
    p.m_fields.oneway = ini.value(QStringLiteral("oneway"), p.m_fields.oneway).toString();
    p.m_fields.maxspeed = ini.value(QStringLiteral("maxspeed"), p.m_fields.maxspeed).toString();
    p.m_fields.access = ini.value(QStringLiteral("access"), p.m_fields.access).toString();
    p.m_fields.junction = ini.value(QStringLiteral("junction"), p.m_fields.junction).toString();
    ini.endGroup();
    return p;
}

QByteArray RoadProfile::fingerprint() const
{
    QList<QByteArray> classes = m_speeds.keys();
    std::sort(classes.begin(), classes.end());
    QByteArray out = "profile=" + m_name.toUtf8() + ";oneway=" + QByteArray::number(int(m_onewayRule)) +
                     ";access=" + QByteArray::number(int(m_accessFilter)) + ";speeds=";
    for (const QByteArray& c : classes)
        out += c + ':' + QByteArray::number(m_speeds.value(c)) + ',';
    out += ";fields=" + m_fields.roadClass.toUtf8() + ',' + m_fields.oneway.toUtf8() + ',' +
           m_fields.maxspeed.toUtf8() + ',' + m_fields.access.toUtf8() + ',' + m_fields.junction.toUtf8();
    return out;
}

std::optional<double> RoadProfile::classSpeed(const QByteArray& roadClass) const
{
    const auto it = m_speeds.constFind(roadClass);
    if (it == m_speeds.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> RoadProfile::parseSpeed(const QByteArray& raw)
{
    QByteArray v = raw.split(';').value(0).trimmed().toLower();
    double factor = 1;
    if (v.endsWith("mph")) {
        factor = 1.609344;
        v.chop(3);
    } else if (v.endsWith("knots")) {
        factor = 1.852;
        v.chop(5);
    } else if (v.endsWith("km/h") || v.endsWith("kmh") || v.endsWith("kph")) {
        v.chop(v.endsWith("km/h") ? 4 : 3);
    }
    bool ok = false;
    const double n = v.trimmed().toDouble(&ok);
    if (!ok || !(n > 0) || n * factor > 300)
        return std::nullopt;
    return n * factor;
}

bool RoadProfile::accessAllowed(const RoadTags& tags) const
{
    // Most specific key first; a value that says nothing about cars falls through to the next key.
    for (const char* key : {"motorcar", "motor_vehicle", "vehicle", "access"}) {
        const QByteArray v = tags.value(key);
        if (oneOf(v, {"no", "private"}))
            return false;
        if (oneOf(v, {"yes", "permissive", "designated", "destination", "customers", "delivery", "official", "permit"}))
            return true;
    }
    return true;
}

bool RoadProfile::onewayOsm(const RoadTags& tags, bool* forward, bool* backward) const
{
    const QByteArray v = tags.value("oneway");
    *forward = *backward = true;
    if (oneOf(v, {"yes", "true", "1"})) {
        *backward = false;
    } else if (oneOf(v, {"-1", "reverse"})) {
        *forward = false;
    } else if (oneOf(v, {"no", "false", "0", "reversible", "alternating"})) {
        // Reversible lanes open one way at a time; an emergency car may use them either way.
    } else if (oneOf(tags.value("junction"), {"roundabout", "circular"}) || tags.value("highway") == "motorway") {
        *backward = false;
    }
    return *forward || *backward;
}

void RoadProfile::onewayOsm2pgrouting(const RoadTags& tags, bool* forward, bool* backward)
{
    // osm2pgrouting 2.3.8 (Way::add_tag) looks at the tags in document order and keeps the first
    // verdict: "highway=motorway" or "junction=roundabout" seen before any oneway tag make the road
    // one-way even if "oneway=no" follows, and "oneway=no" seen first wins over a later roundabout.
    // Values are compared case-sensitively; "reversible" and unknown values stay two-way.
    enum { Unknown, Yes, No, Reversible, Reversed } state = Unknown;
    for (const auto& [k, v] : tags.all()) {
        if (state != Unknown)
            break;
        if ((k == "junction" && v == "roundabout") || (k == "highway" && v == "motorway")) {
            state = Yes;
        } else if (k == "oneway") {
            if (oneOf(v, {"yes", "true", "1"}))
                state = Yes;
            else if (oneOf(v, {"no", "false", "0"}))
                state = No;
            else if (v == "reversible")
                state = Reversible;
            else if (v == "-1")
                state = Reversed;
        }
    }
    *forward = state != Reversed;
    *backward = state != Yes;
}

std::optional<RoadAttributes> RoadProfile::evaluate(const RoadTags& tags) const
{
    const std::optional<double> base = classSpeed(tags.value("highway"));
    if (!base)
        return std::nullopt;
    if (m_accessFilter && !accessAllowed(tags))
        return std::nullopt;
    RoadAttributes a;
    if (m_onewayRule == OnewayRule::Osm2pgrouting) {
        onewayOsm2pgrouting(tags, &a.forward, &a.backward);
        a.speedForwardKmh = a.speedBackwardKmh = *base;
        for (const auto& [k, v] : tags.all()) { // later tags override earlier ones, as there
            if (k == "maxspeed")
                a.speedForwardKmh = a.speedBackwardKmh = osm2pgroutingSpeed(v);
            else if (k == "maxspeed:forward")
                a.speedForwardKmh = osm2pgroutingSpeed(v);
            else if (k == "maxspeed:backward")
                a.speedBackwardKmh = osm2pgroutingSpeed(v);
        }
        return a;
    }
    if (!onewayOsm(tags, &a.forward, &a.backward))
        return std::nullopt;
    const double both = parseSpeed(tags.value("maxspeed")).value_or(*base);
    a.speedForwardKmh = parseSpeed(tags.value("maxspeed:forward")).value_or(both);
    a.speedBackwardKmh = parseSpeed(tags.value("maxspeed:backward")).value_or(both);
    return a;
}

} // namespace centinela::core
