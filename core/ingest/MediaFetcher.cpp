#include "MediaFetcher.h"

#include "MediaMetadata.h"
#include "store/PgConnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cctype>
#include <cstdio>

namespace centinela::core {

namespace {

void logLine(const QString& text)
{
    std::fprintf(stderr, "centinela-gateway: %s\n", qUtf8Printable(text));
}

/// 4xx other than timeouts and rate limits will not get better by asking again.
bool permanentStatus(int status)
{
    return status >= 400 && status < 500 && status != 408 && status != 429;
}

} // namespace

MediaFetcher::MediaFetcher(QString conninfo, Settings settings, QObject* parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_settings(std::move(settings))
{
    if (m_settings.allowedTypes.isEmpty())
        m_settings.allowedTypes = defaultTypes();
}

MediaFetcher::~MediaFetcher() = default;

QStringList MediaFetcher::defaultTypes()
{
    return {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp"),
            QStringLiteral("video/mp4"),  QStringLiteral("audio/ogg"), QStringLiteral("application/pdf")};
}

QString MediaFetcher::sniffType(const QByteArray& head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (head.mid(4, 4) == "ftyp")
        return QStringLiteral("video/mp4");
    if (head.startsWith("OggS"))
        return QStringLiteral("audio/ogg");
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    return {};
}

QByteArray MediaFetcher::declaredDigest(const QString& declared)
{
    const QByteArray d = declared.trimmed().toLatin1();
    if (d.size() == 64) {
        bool hex = true;
        for (char c : d)
            hex &= std::isxdigit(static_cast<unsigned char>(c)) != 0;
        if (hex)
            return QByteArray::fromHex(d);
    }
    const auto b64 = QByteArray::fromBase64Encoding(d, QByteArray::AbortOnBase64DecodingErrors);
    if (b64 && b64.decoded.size() == 32)
        return b64.decoded;
    return {};
}

void MediaFetcher::start()
{
    m_network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &MediaFetcher::poll);
    m_timer->start(1000);
    poll();
}

void MediaFetcher::poll()
{
    const int free = m_settings.concurrent - int(m_inFlight.size());
    if (free <= 0)
        return;
    try {
        if (!m_db || !m_db->isOpen())
            m_db = std::make_unique<PgConnection>(m_conninfo);
        const PgRows rows =
            m_db->exec("SELECT id, media_id, url, mime_type, sha256, anonymous FROM media_fetch_batch($1)",
                       {QByteArray::number(free + int(m_inFlight.size()))});
        int started = 0;
        for (int r = 0; r < rows.size() && started < free; ++r) {
            Job job{rows.toLongLong(r, 0), rows.text(r, 1), rows.text(r, 2),
                    rows.text(r, 3),       rows.text(r, 4), rows.text(r, 5) == QLatin1String("t")};
            if (m_inFlight.contains(job.id))
                continue;
            m_inFlight.insert(job.id, true);
            ++started;
            if (!job.mediaId.isEmpty())
                resolve(job);
            else
                download(job, QUrl(job.url), false);
        }
    } catch (const PgError& e) {
        logLine(QStringLiteral("media to fetch not read: %1").arg(e.message()));
        m_db.reset();
    }
}

QNetworkReply* MediaFetcher::get(const QUrl& url, bool bearer)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (bearer && !m_settings.apiToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiToken);
    else if (!bearer && !m_settings.basicUser.isEmpty())
        request.setRawHeader("Authorization",
                             "Basic " +
                                 QByteArray(m_settings.basicUser.toUtf8() + ':' + m_settings.basicPassword).toBase64());
    return m_network->get(request);
}

void MediaFetcher::resolve(const Job& job)
{
    // WhatsApp Cloud API: the media id gives a short-lived URL (and the size and hash) first.
    if (m_settings.apiUrl.isEmpty()) {
        finish(job, QStringLiteral("no [media] api_url configured for media ids"), false);
        return;
    }
    QUrl url = m_settings.apiUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + job.mediaId);
    QNetworkReply* reply = get(url, true);
    connect(reply, &QNetworkReply::finished, this, [this, reply, job] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            finish(job, QStringLiteral("media API: HTTP %1 %2").arg(status).arg(reply->errorString()),
                   permanentStatus(status));
            return;
        }
        const QJsonObject meta = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        const QUrl target(meta.value(QLatin1String("url")).toString());
        if (!target.isValid() || target.scheme().isEmpty()) {
            finish(job, QStringLiteral("media API: no url for media %1").arg(job.mediaId), true);
            return;
        }
        const qint64 size = meta.value(QLatin1String("file_size")).toVariant().toLongLong();
        if (size > m_settings.maxBytes) {
            finish(job, QStringLiteral("too large: %1 bytes (limit %2)").arg(size).arg(m_settings.maxBytes), true);
            return;
        }
        Job next = job;
        if (next.sha256.isEmpty())
            next.sha256 = meta.value(QLatin1String("sha256")).toString();
        download(next, target, true);
    });
}

void MediaFetcher::download(const Job& job, const QUrl& url, bool bearer)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        finish(job, QStringLiteral("not an http(s) URL: %1").arg(url.toString()), true);
        return;
    }
    QNetworkReply* reply = get(url, bearer);
    auto tooLarge = std::make_shared<qint64>(0);
    // The limit holds while the bytes arrive: a huge file is cut off, not read into memory.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, tooLarge](qint64 received, qint64 total) {
        const qint64 size = std::max(received, total);
        if (size > m_settings.maxBytes && !*tooLarge) {
            *tooLarge = size;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, tooLarge] {
        reply->deleteLater();
        if (*tooLarge) {
            finish(job,
                   QStringLiteral("too large: %1 bytes or more (limit %2)").arg(*tooLarge).arg(m_settings.maxBytes),
                   true);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            finish(job, QStringLiteral("download: HTTP %1 %2").arg(status).arg(reply->errorString()),
                   permanentStatus(status));
            return;
        }
        const QByteArray content = reply->readAll();
        if (content.size() > m_settings.maxBytes) {
            finish(job, QStringLiteral("too large: %1 bytes (limit %2)").arg(content.size()).arg(m_settings.maxBytes),
                   true);
            return;
        }
        if (content.isEmpty()) {
            finish(job, QStringLiteral("empty file"), true);
            return;
        }
        finish(job, {}, false, content);
    });
}

void MediaFetcher::finish(const Job& job, const QString& failure, bool permanent, const QByteArray& content)
{
    m_inFlight.remove(job.id);
    QString error = failure;
    QString type;
    QByteArray digest;
    QByteArray stored = content;
    QString cleaned;
    if (error.isEmpty()) {
        // The declared type is the sender's word; the bytes decide.
        type = sniffType(content.left(16));
        digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
        const QByteArray declared = declaredDigest(job.sha256);
        if (type.isEmpty() || !m_settings.allowedTypes.contains(type)) {
            error = QStringLiteral("type not allowed: the content is %1 (declared %2)")
                        .arg(type.isEmpty() ? QStringLiteral("unrecognised") : type,
                             job.mimeType.isEmpty() ? QStringLiteral("nothing") : job.mimeType);
            permanent = true;
        } else if (!declared.isEmpty() && declared != digest) {
            error = QStringLiteral("sha256 mismatch: declared %1, content %2")
                        .arg(QString::fromLatin1(declared.toHex()), QString::fromLatin1(digest.toHex()));
            permanent = true;
        } else if (job.anonymous) {
            // An anonymous tip: what is stored must not name the sender. Photos lose their metadata;
            // what cannot be cleaned (video and voice carry places and voices) is not stored at all.
            const MediaMetadata::Result clean = MediaMetadata::strip(content, type);
            if (!clean.ok) {
                error = QStringLiteral("not stored: an anonymous tip's attachment is kept only when what could "
                                       "identify the sender can be removed (%1)")
                            .arg(clean.error);
                permanent = true;
            } else {
                stored = clean.content;
                digest = QCryptographicHash::hash(stored, QCryptographicHash::Sha256);
                cleaned = clean.removed.isEmpty()
                              ? QStringLiteral("nothing to remove")
                              : QStringLiteral("removed ") + clean.removed.join(QStringLiteral(", "));
            }
        }
    }
    try {
        if (!m_db || !m_db->isOpen())
            m_db = std::make_unique<PgConnection>(m_conninfo);
        if (error.isEmpty()) {
            m_db->exec("SELECT media_store($1, $2, $3, decode($4, 'hex'))",
                       {QByteArray::number(job.id), digest.toHex(), type.toUtf8(), stored.toHex()});
            logLine(QStringLiteral("media %1 stored: %2, %3 bytes, sha256 %4%5")
                        .arg(job.id)
                        .arg(type)
                        .arg(stored.size())
                        .arg(QString::fromLatin1(digest.toHex()))
                        .arg(job.anonymous ? QStringLiteral(" (anonymous tip: %1)").arg(cleaned) : QString()));
        } else {
            m_db->exec("SELECT media_failed($1, $2, $3, $4)",
                       {QByteArray::number(job.id), error.toUtf8(), permanent ? "true" : "false",
                        QByteArray::number(m_settings.retrySeconds)});
            logLine(QStringLiteral("media %1 %2: %3")
                        .arg(job.id)
                        .arg(permanent ? QStringLiteral("refused") : QStringLiteral("not fetched, will retry"), error));
        }
    } catch (const PgError& e) {
        logLine(QStringLiteral("media %1 not recorded: %2").arg(job.id).arg(e.message()));
        m_db.reset();
    }
}

} // namespace centinela::core
