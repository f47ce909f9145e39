#include "GatewayConfig.h"

#include <QFileInfo>
#include <QSettings>

namespace centinela::core {

bool GatewayConfig::load(const QString& path, QString* error)
{
    if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("cannot read the configuration file %1").arg(path);
        return false;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("%1 is not a valid INI file").arg(path);
        return false;
    }
    auto port = [&](const QString& key, quint16* out) {
        if (!ini.contains(key))
            return true;
        bool ok = false;
        const int v = ini.value(key).toInt(&ok);
        if (!ok || v < 0 || v > 65535) {
            *error = QStringLiteral("%1 must be a port number").arg(key);
            return false;
        }
        *out = quint16(v);
        return true;
    };
    if (!port(QStringLiteral("gateway/http_port"), &httpPort) ||
        !port(QStringLiteral("gateway/osmand_port"), &osmandPort) ||
        !port(QStringLiteral("gateway/nmea_port"), &nmeaPort))
        return false;
    if (ini.contains(QStringLiteral("gateway/listen"))) {
        const QString address = ini.value(QStringLiteral("gateway/listen")).toString();
        if (!listen.setAddress(address)) {
            *error = QStringLiteral("gateway/listen '%1' is not an IP address").arg(address);
            return false;
        }
    }
    maxBodyBytes = ini.value(QStringLiteral("limits/max_body_bytes"), maxBodyBytes).toLongLong();
    flushMs = std::clamp(ini.value(QStringLiteral("limits/position_flush_ms"), flushMs).toInt(), 1, 50);
    whatsappAppSecret = ini.value(QStringLiteral("whatsapp/app_secret")).toString().toUtf8();
    whatsappVerifyToken = ini.value(QStringLiteral("whatsapp/verify_token")).toString().toUtf8();
    twilioAuthToken = ini.value(QStringLiteral("twilio/auth_token")).toString().toUtf8();
    twilioPublicUrl = ini.value(QStringLiteral("twilio/public_url")).toString();
    capToken = ini.value(QStringLiteral("cap/token")).toString().toUtf8();
    for (QString n : ini.value(QStringLiteral("tipline/numbers")).toStringList()) {
        n = n.trimmed();
        n.remove(QLatin1Char('+'));
        if (!n.isEmpty())
            tiplineNumbers << n;
    }
    repliesUrl = ini.value(QStringLiteral("replies/url")).toString();
    repliesToken = ini.value(QStringLiteral("replies/token")).toString().toUtf8();
    acknowledgement = ini.value(QStringLiteral("replies/acknowledgement"), acknowledgement).toString().trimmed();
    mediaApiUrl = ini.value(QStringLiteral("media/api_url")).toString();
    mediaToken = ini.value(QStringLiteral("media/token")).toString().toUtf8();
    twilioAccountSid = ini.value(QStringLiteral("twilio/account_sid")).toString();
    mediaMaxBytes = ini.value(QStringLiteral("media/max_bytes"), mediaMaxBytes).toLongLong();
    if (mediaMaxBytes <= 0) {
        *error = QStringLiteral("media/max_bytes must be a positive number of bytes");
        return false;
    }
    for (QString t : ini.value(QStringLiteral("media/types")).toStringList()) {
        t = t.trimmed().toLower();
        if (!t.isEmpty())
            mediaTypes << t;
    }
    mediaRetrySeconds = std::clamp(ini.value(QStringLiteral("media/retry_s"), mediaRetrySeconds).toInt(), 1, 3600);
    ini.beginGroup(QStringLiteral("devices"));
    for (const QString& key : ini.childKeys())
        devices.insert(key, ini.value(key).toString().trimmed());
    ini.endGroup();
    return true;
}

} // namespace centinela::core
