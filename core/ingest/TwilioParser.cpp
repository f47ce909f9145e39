#include "TwilioParser.h"

#include "Crypto.h"

#include <algorithm>

namespace centinela::core {

QByteArray TwilioParser::signature(const QByteArray& authToken, const QString& publicUrl, const FormFields& fields)
{
    FormFields sorted = fields;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray data = publicUrl.toUtf8();
    for (const auto& [k, v] : sorted)
        data += k.toUtf8() + v.toUtf8();
    return hmacSha1(authToken, data).toBase64();
}

bool TwilioParser::verifySignature(const QByteArray& authToken, const QString& publicUrl, const FormFields& fields,
                                   const QByteArray& header)
{
    if (authToken.isEmpty() || header.isEmpty())
        return false;
    return constantTimeEquals(signature(authToken, publicUrl, fields), header);
}

namespace {
QString number(QString value)
{
    if (value.startsWith(QLatin1String("whatsapp:")))
        value = value.mid(9);
    if (value.startsWith(QLatin1Char('+')))
        value = value.mid(1);
    return value;
}
} // namespace

bool TwilioParser::parse(const FormFields& fields, InboundMessage* m, QString* error)
{
    const QString sid = formValue(fields, QStringLiteral("MessageSid"), formValue(fields, QStringLiteral("SmsSid")));
    const QString from = formValue(fields, QStringLiteral("From"));
    if (!formValue(fields, QStringLiteral("MessageStatus")).isEmpty() &&
        formValue(fields, QStringLiteral("Body")).isEmpty() && from.isEmpty()) {
        *error = QStringLiteral("a delivery-status callback, not an incoming message");
        return false;
    }
    if (sid.isEmpty() || from.isEmpty()) {
        *error = QStringLiteral("MessageSid and From are required");
        return false;
    }
    m->channel = from.startsWith(QLatin1String("whatsapp:")) ? QStringLiteral("whatsapp") : QStringLiteral("sms");
    m->externalId = sid;
    m->from = number(from);
    m->to = number(formValue(fields, QStringLiteral("To")));
    m->senderName = formValue(fields, QStringLiteral("ProfileName"));
    m->text = formValue(fields, QStringLiteral("Body"));
    m->type = QStringLiteral("text");
    bool okLat = false, okLon = false;
    const double lat = formValue(fields, QStringLiteral("Latitude")).toDouble(&okLat);
    const double lon = formValue(fields, QStringLiteral("Longitude")).toDouble(&okLon);
    if (okLat && okLon && isPlausibleCoordinate(lat, lon)) {
        m->location = GeoPoint{lon, lat};
        m->type = QStringLiteral("location");
        m->placeName = formValue(fields, QStringLiteral("Label"));
        m->placeAddress = formValue(fields, QStringLiteral("Address"));
    }
    const int media = std::clamp(formValue(fields, QStringLiteral("NumMedia")).toInt(), 0, 10);
    for (int i = 0; i < media; ++i) {
        const QString url = formValue(fields, QStringLiteral("MediaUrl%1").arg(i));
        if (url.isEmpty())
            continue;
        const QString mime = formValue(fields, QStringLiteral("MediaContentType%1").arg(i));
        const QString kind = mime.section(QLatin1Char('/'), 0, 0);
        m->media.push_back(
            {kind.isEmpty() ? QStringLiteral("image") : kind, QString(), url, mime, QString(), QString()});
        if (m->type == QLatin1String("text") && m->text.isEmpty())
            m->type = m->media.first().kind;
    }
    return true;
}

} // namespace centinela::core
