#include "WhatsAppParser.h"

#include "Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace centinela::core {

bool isPlausibleCoordinate(double lat, double lon)
{
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) // also false for NaN
        return false;
    return !(lat == 0 && lon == 0);
}

bool WhatsAppParser::verifySignature(const QByteArray& rawBody, const QByteArray& header, const QByteArray& appSecret)
{
    if (appSecret.isEmpty() || !header.startsWith("sha256="))
        return false;
    const QByteArray expected = hmacSha256(appSecret, rawBody).toHex();
    return constantTimeEquals(expected, header.mid(7).toLower());
}

namespace {

QString s(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

InboundMessage message(const QJsonObject& m, const QJsonObject& value)
{
    InboundMessage out;
    out.channel = QStringLiteral("whatsapp");
    out.externalId = s(m, "id");
    out.from = s(m, "from");
    out.to = value.value(QLatin1String("metadata")).toObject().value(QLatin1String("display_phone_number")).toString();
    for (const QJsonValue& c : value.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject contact = c.toObject();
        if (s(contact, "wa_id") == out.from)
            out.senderName = contact.value(QLatin1String("profile")).toObject().value(QLatin1String("name")).toString();
    }
    bool ok = false;
    const qint64 seconds = s(m, "timestamp").toLongLong(&ok);
    out.sentAt = ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
    out.type = s(m, "type");
    const QJsonObject context = m.value(QLatin1String("context")).toObject();
    out.forwarded = context.value(QLatin1String("forwarded")).toBool();
    out.frequentlyForwarded = context.value(QLatin1String("frequently_forwarded")).toBool();
    const QJsonObject body = m.value(out.type).toObject();
    if (out.type == QLatin1String("text")) {
        out.text = s(body, "body");
    } else if (out.type == QLatin1String("location")) {
        const QJsonValue lat = body.value(QLatin1String("latitude"));
        const QJsonValue lon = body.value(QLatin1String("longitude"));
        if (lat.isDouble() && lon.isDouble() && isPlausibleCoordinate(lat.toDouble(), lon.toDouble()))
            out.location = GeoPoint{lon.toDouble(), lat.toDouble()};
        out.placeName = s(body, "name");
        out.placeAddress = s(body, "address");
        out.text = QStringList{out.placeName, out.placeAddress}.join(QStringLiteral(", "));
        if (out.placeName.isEmpty() || out.placeAddress.isEmpty())
            out.text = out.placeName + out.placeAddress;
    } else if (out.type == QLatin1String("image") || out.type == QLatin1String("video") ||
               out.type == QLatin1String("audio") || out.type == QLatin1String("document")) {
        out.media.push_back(
            {out.type, s(body, "id"), s(body, "url"), s(body, "mime_type"), s(body, "sha256"), s(body, "caption")});
        out.text = s(body, "caption");
    }
    return out;
}

} // namespace

bool WhatsAppParser::parse(const QByteArray& body, QList<InboundMessage>* messages, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("object")).toString() != QLatin1String("whatsapp_business_account")) {
        *error = QStringLiteral("not a WhatsApp Business webhook (object is not whatsapp_business_account)");
        return false;
    }
    for (const QJsonValue& entry : root.value(QLatin1String("entry")).toArray()) {
        for (const QJsonValue& change : entry.toObject().value(QLatin1String("changes")).toArray()) {
            const QJsonObject value = change.toObject().value(QLatin1String("value")).toObject();
            for (const QJsonValue& m : value.value(QLatin1String("messages")).toArray()) {
                const QJsonObject object = m.toObject();
                if (s(object, "id").isEmpty() || s(object, "from").isEmpty())
                    continue; // nothing to store or answer
                messages->push_back(message(object, value));
            }
        }
    }
    return true;
}

} // namespace centinela::core
