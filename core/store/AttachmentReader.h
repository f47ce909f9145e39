#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <memory>
#include <optional>

namespace centinela::core {

class PgConnection;

/// Reads stored attachments (`media_blobs`, content-addressed by SHA-256) for a desk, on its own
/// connection so it can run off the UI thread. Operators may read; only the gateway writes.
class AttachmentReader
{
public:
    struct Attachment
    {
        QString sha256;
        QString mimeType;
        QByteArray content;
    };

    /// Connects; throws PgError when the server cannot be reached.
    explicit AttachmentReader(const QString& conninfo);
    ~AttachmentReader();

    /// The stored attachment with this hash, or nothing. Throws PgError.
    std::optional<Attachment> read(const QString& sha256);
    /// A file name suffix for a content type ("jpg", "pdf", …; "bin" when unknown).
    static QString suffixFor(const QString& mimeType);
    /// The indexes of an alert's attachment entries that are stored (`stored: true` with a hash).
    static QList<int> storedEntries(const QJsonArray& attachments);

private:
    std::unique_ptr<PgConnection> m_db;
};

} // namespace centinela::core
