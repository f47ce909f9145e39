#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace centinela::core {

/// centinela-gateway's configuration (INI). A missing key takes its default; a missing input
/// secret disables that input.
struct GatewayConfig
{
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 httpPort = 8080;
    quint16 osmandPort = 5055;
    quint16 nmeaPort = 5056;
    qint64 maxBodyBytes = 1 << 20;   ///< [limits] max_body_bytes
    int flushMs = 50;                ///< [limits] position_flush_ms
    QByteArray whatsappAppSecret;    ///< [whatsapp] app_secret
    QByteArray whatsappVerifyToken;  ///< [whatsapp] verify_token
    QByteArray twilioAuthToken;      ///< [twilio] auth_token
    QString twilioPublicUrl;         ///< [twilio] public_url: the URL Twilio signs
    QByteArray capToken;             ///< [cap] token: "Authorization: Bearer …" for pushed CAP alerts
    QHash<QString, QString> devices; ///< [devices] device id = unit call sign
    QStringList tiplineNumbers;      ///< [tipline] numbers: messages to these are anonymous tips
    QString repliesUrl;              ///< [replies] url: the messaging API outbound messages go to
    QByteArray repliesToken;         ///< [replies] token
    QString acknowledgement = QStringLiteral("Recibido. La policía está atendiendo su reporte.");
    ///< [replies] acknowledgement: sent when a message becomes an alert
    QString mediaApiUrl;             ///< [media] api_url: `GET {api_url}/{media_id}` (WhatsApp Cloud API)
    QByteArray mediaToken;           ///< [media] token: bearer token for the media API
    QString twilioAccountSid;        ///< [twilio] account_sid: basic auth for Twilio MediaUrls
    qint64 mediaMaxBytes = 16 << 20; ///< [media] max_bytes
    QStringList mediaTypes;          ///< [media] types: allowed real content types (empty: the defaults)
    int mediaRetrySeconds = 60;      ///< [media] retry_s: first retry delay, doubling

    /// Reads `path`. Returns false with `error` when the file is unreadable or a value is invalid.
    bool load(const QString& path, QString* error);
};

} // namespace centinela::core
