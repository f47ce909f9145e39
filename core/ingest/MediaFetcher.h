#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace centinela::core {

class PgConnection;

/// Fetches the media citizens send (photos, videos, voice notes, documents) off the request path:
/// what `media_fetches` holds is downloaded — a WhatsApp Cloud API media id through
/// `GET {apiUrl}/{media_id}` (JSON with a `url`, then that URL, both with the bearer token), a Twilio
/// MediaUrl directly — checked (size limit, the real content's type by its magic bytes, the declared
/// SHA-256) and stored content-addressed with `media_store`, or refused with a reason
/// (`media_failed`). A server that is down is tried again later; nothing here ever holds up a message.
/// Attachments of anonymous tips are stored only cleaned of what could identify the sender
/// (MediaMetadata: photos lose EXIF/GPS/XMP/comments); other types are refused with the reason.
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl apiUrl;                ///< [media] api_url: base of `GET {api_url}/{media_id}`
        QByteArray apiToken;        ///< [media] token: bearer token for the media API and its URLs
        QString basicUser;          ///< [media] twilio_account_sid: basic auth for MediaUrls
        QByteArray basicPassword;   ///< the Twilio auth token
        qint64 maxBytes = 16 << 20; ///< [media] max_bytes
        QStringList allowedTypes;   ///< [media] types (real content types by magic bytes)
        int retrySeconds = 60;      ///< [media] retry_s: first retry delay (doubling)
        int concurrent = 2;         ///< downloads at once
    };

    MediaFetcher(QString conninfo, Settings settings, QObject* parent = nullptr);
    ~MediaFetcher() override;

    /// The content type the bytes really are (by their magic), or an empty string when unknown.
    static QString sniffType(const QByteArray& head);
    /// A declared SHA-256 (hex, or base64 as WhatsApp sends it) as 32 raw bytes; empty when it is
    /// not a whole SHA-256 (then it cannot be checked).
    static QByteArray declaredDigest(const QString& declared);
    /// The default allowed types: image/jpeg, image/png, image/webp, video/mp4, audio/ogg, application/pdf.
    static QStringList defaultTypes();

public Q_SLOTS:
    void start();
    void poll();

private:
    struct Job
    {
        qint64 id = 0;
        QString mediaId;
        QString url;
        QString mimeType;
        QString sha256;
        bool anonymous = false; ///< an anonymous tip's attachment: cleaned of metadata or not stored
    };
    void resolve(const Job& job);
    void download(const Job& job, const QUrl& url, bool bearer);
    void finish(const Job& job, const QString& error, bool permanent, const QByteArray& content = {});
    QNetworkReply* get(const QUrl& url, bool bearer);

    QString m_conninfo;
    Settings m_settings;
    std::unique_ptr<PgConnection> m_db;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_timer = nullptr;
    QHash<qint64, bool> m_inFlight;
};

} // namespace centinela::core
