#include "CapParser.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace centinela::core {

namespace {

const QString kNamespace = QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2");

bool oneOf(const QString& value, std::initializer_list<const char*> allowed)
{
    for (const char* a : allowed)
        if (value == QLatin1String(a))
            return true;
    return false;
}

QDateTime capTime(const QString& text)
{
    // The schema's pattern: no 'Z', no fractions, a numeric offset.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d\\d\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

class Reader
{
public:
    explicit Reader(const QByteArray& xml)
        : m_xml(xml)
    {
    }

    bool fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 (line %2)").arg(message).arg(m_xml.lineNumber());
        return false;
    }
    const QString& error() const { return m_error; }

    /// Reads the children of the current element as (name, text) for simple elements, handing
    /// complex ones (info, area, …) to `complex`. Foreign-namespace elements are skipped.
    template <typename Simple, typename Complex> bool children(Simple simple, Complex complex)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() != kNamespace) {
                m_xml.skipCurrentElement(); // a signature and other extensions
                continue;
            }
            const QString name = m_xml.name().toString();
            if (!complex(name)) {
                if (!m_error.isEmpty())
                    return false;
                const QString text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                if (m_xml.hasError())
                    return fail(QStringLiteral("<%1> must hold text").arg(name));
                if (!simple(name, text.trimmed()))
                    return false;
            }
        }
        return !m_xml.hasError() || fail(m_xml.errorString());
    }

    QXmlStreamReader m_xml;
    QString m_error;
};

bool parsePolygon(const QString& text, QList<GeoPoint>* ring)
{
    for (const QString& pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool okLat = false, okLon = false;
        const double lat = pair.section(QLatin1Char(','), 0, 0).toDouble(&okLat);
        const double lon = pair.section(QLatin1Char(','), 1, 1).toDouble(&okLon);
        if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180)
            return false;
        ring->push_back({lon, lat});
    }
    return ring->size() >= 4 && ring->first().lat == ring->last().lat && ring->first().lon == ring->last().lon;
}

bool parseCircle(const QString& text, QPair<GeoPoint, double>* circle)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return false;
    bool okLat = false, okLon = false, okR = false;
    const double lat = parts.at(0).section(QLatin1Char(','), 0, 0).toDouble(&okLat);
    const double lon = parts.at(0).section(QLatin1Char(','), 1, 1).toDouble(&okLon);
    const double r = parts.at(1).toDouble(&okR);
    if (!okLat || !okLon || !okR || lat < -90 || lat > 90 || lon < -180 || lon > 180 || r < 0)
        return false;
    *circle = {{lon, lat}, r};
    return true;
}

bool parseArea(Reader& r, CapArea* area)
{
    const bool ok = r.children(
        [&](const QString& name, const QString& text) {
            if (name == QLatin1String("areaDesc")) {
                area->description = text;
            } else if (name == QLatin1String("polygon")) {
                QList<GeoPoint> ring;
                if (!parsePolygon(text, &ring))
                    return r.fail(QStringLiteral("<polygon> must be at least four lat,lon pairs, first equal to last"));
                area->polygons.push_back(ring);
            } else if (name == QLatin1String("circle")) {
                QPair<GeoPoint, double> c;
                if (!parseCircle(text, &c))
                    return r.fail(QStringLiteral("<circle> must be 'lat,lon radius'"));
                area->circles.push_back(c);
            }
            return true;
        },
        [&](const QString& name) {
            if (name == QLatin1String("geocode")) {
                r.m_xml.skipCurrentElement();
                return true;
            }
            return false;
        });
    if (ok && area->description.isEmpty())
        return r.fail(QStringLiteral("<area> needs <areaDesc>"));
    return ok;
}

bool parseInfo(Reader& r, CapInfo* info)
{
    const bool ok = r.children(
        [&](const QString& name, const QString& text) {
            if (name == QLatin1String("category")) {
                if (!oneOf(text, {"Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport",
                                  "Infra", "CBRNE", "Other"}))
                    return r.fail(QStringLiteral("unknown <category> '%1'").arg(text));
                info->categories << text;
            } else if (name == QLatin1String("event")) {
                info->event = text;
            } else if (name == QLatin1String("urgency")) {
                if (!oneOf(text, {"Immediate", "Expected", "Future", "Past", "Unknown"}))
                    return r.fail(QStringLiteral("unknown <urgency> '%1'").arg(text));
                info->urgency = text;
            } else if (name == QLatin1String("severity")) {
                if (!oneOf(text, {"Extreme", "Severe", "Moderate", "Minor", "Unknown"}))
                    return r.fail(QStringLiteral("unknown <severity> '%1'").arg(text));
                info->severity = text;
            } else if (name == QLatin1String("certainty")) {
                if (!oneOf(text, {"Observed", "Likely", "Possible", "Unlikely", "Unknown", "Very Likely"}))
                    return r.fail(QStringLiteral("unknown <certainty> '%1'").arg(text));
                info->certainty = text;
            } else if (name == QLatin1String("headline")) {
                info->headline = text;
            } else if (name == QLatin1String("description")) {
                info->description = text;
            } else if (name == QLatin1String("instruction")) {
                info->instruction = text;
            } else if (name == QLatin1String("senderName")) {
                info->senderName = text;
            } else if (name == QLatin1String("expires")) {
                info->expires = capTime(text);
                if (!info->expires.isValid())
                    return r.fail(QStringLiteral("<expires> is not a CAP date-time"));
            }
            return true;
        },
        [&](const QString& name) {
            if (name == QLatin1String("area")) {
                CapArea area;
                if (parseArea(r, &area))
                    info->areas.push_back(area);
                return true;
            }
            if (name == QLatin1String("eventCode") || name == QLatin1String("parameter") ||
                name == QLatin1String("resource")) {
                r.m_xml.skipCurrentElement();
                return true;
            }
            return false;
        });
    if (!ok)
        return false;
    if (info->categories.isEmpty() || info->event.isEmpty() || info->urgency.isEmpty() || info->severity.isEmpty() ||
        info->certainty.isEmpty())
        return r.fail(QStringLiteral("<info> needs category, event, urgency, severity and certainty"));
    return true;
}

} // namespace

std::optional<GeoPoint> CapAlert::location() const
{
    for (const CapInfo& info : infos) {
        for (const CapArea& area : info.areas) {
            if (!area.polygons.isEmpty()) {
                const auto& ring = area.polygons.first();
                double lon = 0, lat = 0;
                for (int i = 0; i + 1 < ring.size(); ++i) { // the last point repeats the first
                    lon += ring.at(i).lon;
                    lat += ring.at(i).lat;
                }
                return GeoPoint{lon / double(ring.size() - 1), lat / double(ring.size() - 1)};
            }
            if (!area.circles.isEmpty())
                return area.circles.first().first;
        }
    }
    return std::nullopt;
}

int CapAlert::priority() const
{
    if (infos.isEmpty())
        return 3;
    const CapInfo& i = infos.first();
    int p = i.severity == QLatin1String("Extreme")    ? 1
            : i.severity == QLatin1String("Severe")   ? 2
            : i.severity == QLatin1String("Moderate") ? 3
            : i.severity == QLatin1String("Minor")    ? 4
                                                      : 3;
    if (i.urgency == QLatin1String("Immediate") && p > 1)
        --p;
    return p;
}

bool CapParser::parse(const QByteArray& xml, CapAlert* alert, QString* error)
{
    if (xml.size() > kMaxBytes) {
        *error = QStringLiteral("CAP message larger than %1 bytes").arg(kMaxBytes);
        return false;
    }
    Reader r(xml);
    // Refuse any DTD before reading further: CAP never needs one, and entities are how XML bombs
    // and external-entity reads get in.
    while (!r.m_xml.atEnd()) {
        const auto token = r.m_xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            *error = QStringLiteral("document type declarations and entities are not accepted");
            return false;
        }
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (r.m_xml.hasError() || r.m_xml.tokenType() != QXmlStreamReader::StartElement) {
        *error = QStringLiteral("not XML: %1").arg(r.m_xml.errorString());
        return false;
    }
    if (r.m_xml.name() != QLatin1String("alert") || r.m_xml.namespaceUri() != kNamespace) {
        *error = QStringLiteral("root element must be <alert> in namespace %1").arg(kNamespace);
        return false;
    }
    // The simple elements of <alert> must come in the schema's order.
    static const QStringList order = {
        QStringLiteral("identifier"), QStringLiteral("sender"), QStringLiteral("sent"),  QStringLiteral("status"),
        QStringLiteral("msgType"),    QStringLiteral("source"), QStringLiteral("scope"), QStringLiteral("restriction"),
        QStringLiteral("addresses"),  QStringLiteral("code"),   QStringLiteral("note"),  QStringLiteral("references"),
        QStringLiteral("incidents")};
    int position = -1;
    bool sawInfo = false;
    QString restriction, addresses;
    const bool ok = r.children(
        [&](const QString& name, const QString& text) {
            const int at = int(order.indexOf(name));
            if (at < 0)
                return r.fail(QStringLiteral("unknown element <%1> in <alert>").arg(name));
            if (at < position || sawInfo || (at == position && name != QLatin1String("code")))
                return r.fail(QStringLiteral("<%1> is out of the schema's order").arg(name));
            position = at;
            if (name == QLatin1String("identifier"))
                alert->identifier = text;
            else if (name == QLatin1String("sender"))
                alert->sender = text;
            else if (name == QLatin1String("sent")) {
                alert->sent = capTime(text);
                if (!alert->sent.isValid())
                    return r.fail(
                        QStringLiteral("<sent> '%1' is not a CAP date-time (offset required, no Z)").arg(text));
            } else if (name == QLatin1String("status")) {
                if (!oneOf(text, {"Actual", "Exercise", "System", "Test", "Draft"}))
                    return r.fail(QStringLiteral("unknown <status> '%1'").arg(text));
                alert->status = text;
            } else if (name == QLatin1String("msgType")) {
                if (!oneOf(text, {"Alert", "Update", "Cancel", "Ack", "Error"}))
                    return r.fail(QStringLiteral("unknown <msgType> '%1'").arg(text));
                alert->msgType = text;
            } else if (name == QLatin1String("scope")) {
                if (!oneOf(text, {"Public", "Restricted", "Private"}))
                    return r.fail(QStringLiteral("unknown <scope> '%1'").arg(text));
                alert->scope = text;
            } else if (name == QLatin1String("restriction"))
                restriction = text;
            else if (name == QLatin1String("addresses"))
                addresses = text;
            else if (name == QLatin1String("references"))
                alert->references = text;
            return true;
        },
        [&](const QString& name) {
            if (name != QLatin1String("info"))
                return false;
            sawInfo = true;
            CapInfo info;
            if (parseInfo(r, &info))
                alert->infos.push_back(info);
            return true;
        });
    if (ok && r.error().isEmpty()) {
        if (alert->identifier.isEmpty() || alert->sender.isEmpty() || !alert->sent.isValid() ||
            alert->status.isEmpty() || alert->msgType.isEmpty() || alert->scope.isEmpty())
            r.fail(QStringLiteral("<alert> needs identifier, sender, sent, status, msgType and scope"));
        else if (alert->scope == QLatin1String("Restricted") && restriction.isEmpty())
            r.fail(QStringLiteral("scope Restricted needs <restriction>"));
        else if (alert->scope == QLatin1String("Private") && addresses.isEmpty())
            r.fail(QStringLiteral("scope Private needs <addresses>"));
    }
    if (!r.error().isEmpty()) {
        *error = r.error();
        return false;
    }
    // Trailing content after </alert> (a second root, junk) is an error too.
    while (!r.m_xml.atEnd()) {
        const auto t = r.m_xml.readNext();
        if (t == QXmlStreamReader::StartElement || (t == QXmlStreamReader::Characters && !r.m_xml.isWhitespace())) {
            *error = QStringLiteral("content after </alert>");
            return false;
        }
    }
    if (r.m_xml.hasError() && r.m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        *error = r.m_xml.errorString();
        return false;
    }
    return true;
}

} // namespace centinela::core
