#include "AttachmentReader.h"

#include "PgConnection.h"

#include <QJsonObject>

namespace centinela::core {

AttachmentReader::AttachmentReader(const QString& conninfo)
    : m_db(std::make_unique<PgConnection>(conninfo))
{
}

AttachmentReader::~AttachmentReader() = default;

std::optional<AttachmentReader::Attachment> AttachmentReader::read(const QString& sha256)
{
    const PgRows rows =
        m_db->exec("SELECT mime_type, encode(content, 'hex') FROM media_blobs WHERE sha256 = $1", {sha256.toUtf8()});
    if (rows.size() == 0)
        return std::nullopt;
    return Attachment{sha256, rows.text(0, 0), QByteArray::fromHex(rows.bytes(0, 1))};
}

QString AttachmentReader::suffixFor(const QString& mimeType)
{
    if (mimeType == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (mimeType == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (mimeType == QLatin1String("image/webp"))
        return QStringLiteral("webp");
    if (mimeType == QLatin1String("image/gif"))
        return QStringLiteral("gif");
    if (mimeType == QLatin1String("video/mp4"))
        return QStringLiteral("mp4");
    if (mimeType == QLatin1String("audio/ogg"))
        return QStringLiteral("ogg");
    if (mimeType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    return QStringLiteral("bin");
}

QList<int> AttachmentReader::storedEntries(const QJsonArray& attachments)
{
    QList<int> out;
    for (int i = 0; i < attachments.size(); ++i) {
        const QJsonObject a = attachments.at(i).toObject();
        if (a.value(QLatin1String("stored")).toBool() && a.value(QLatin1String("sha256")).toString().size() == 64)
            out << i;
    }
    return out;
}

} // namespace centinela::core
