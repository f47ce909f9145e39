#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace centinela::core {

/// Removes what could identify the person who took a photo before an anonymous tip's attachment is
/// stored: JPEG EXIF (camera make, model and serial, GPS position, times, thumbnails), XMP, IPTC,
/// comments and vendor segments; PNG text chunks, eXIf and tIME; WebP EXIF and XMP chunks. The
/// pixels are untouched (segments are dropped, nothing is re-encoded), colour profiles stay, and a
/// JPEG keeps its EXIF orientation in a minimal EXIF block so the photo still shows upright.
class MediaMetadata
{
public:
    struct Result
    {
        bool ok = false;
        QByteArray content;  ///< the cleaned file (when ok)
        QStringList removed; ///< what was taken out ("EXIF", "XMP", "GPS", "comment", …), for the log
        QString error;       ///< why the file could not be read (then nothing may be stored as clean)
    };

    /// True when `type` (a sniffed content type) is one this class cleans.
    static bool handles(const QString& type);
    /// Cleans `content` of type `type` (image/jpeg, image/png, image/webp).
    static Result strip(const QByteArray& content, const QString& type);
};

} // namespace centinela::core
