#include "MediaMetadata.h"

#include <QtEndian>

namespace centinela::core {

namespace {

template <typename T> T bigEndian(const QByteArray& b, qsizetype at)
{
    return qFromBigEndian<T>(b.constData() + at);
}

template <typename T> T littleEndian(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<T>(b.constData() + at);
}

void noteOnce(QStringList* list, const QString& what)
{
    if (!list->contains(what))
        list->append(what);
}

/// The orientation tag (0x0112) of an EXIF block ("Exif\0\0" then TIFF), or 0.
int exifOrientation(const QByteArray& exif)
{
    const QByteArray tiff = exif.mid(6);
    if (tiff.size() < 8)
        return 0;
    const bool little = tiff.startsWith("II");
    if (!little && !tiff.startsWith("MM"))
        return 0;
    const auto u16 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 2 > tiff.size())
            return 0;
        return little ? littleEndian<quint16>(tiff, at) : bigEndian<quint16>(tiff, at);
    };
    const auto u32 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > tiff.size())
            return 0;
        return little ? littleEndian<quint32>(tiff, at) : bigEndian<quint32>(tiff, at);
    };
    const qsizetype ifd = qsizetype(u32(4));
    const quint32 entries = u16(ifd);
    for (quint32 i = 0; i < entries && i < 512; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        if (entry + 12 > tiff.size())
            return 0;
        if (u16(entry) == 0x0112 && u16(entry + 2) == 3) {
            const int value = int(u16(entry + 8));
            return value >= 1 && value <= 8 ? value : 0;
        }
    }
    return 0;
}

/// An APP1 segment holding only the orientation: big-endian TIFF, one IFD with one SHORT entry.
QByteArray orientationSegment(int orientation)
{
    QByteArray tiff("MM\0\x2A\0\0\0\x08", 8);
    tiff += QByteArray("\0\x01", 2);                                          // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8);                        // Orientation, SHORT, count 1
    tiff += char(0) + QByteArray(1, char(orientation)) + QByteArray(2, '\0'); // value, padded
    tiff += QByteArray(4, '\0');                                              // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    return QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + payload;
}

MediaMetadata::Result stripJpeg(const QByteArray& in)
{
    MediaMetadata::Result r;
    if (in.size() < 4 || quint8(in[0]) != 0xFF || quint8(in[1]) != 0xD8) {
        r.error = QStringLiteral("not a JPEG file");
        return r;
    }
    QByteArray out = in.left(2);
    int orientation = 0;
    qsizetype pos = 2;
    qsizetype afterApp0 = 2; // where the orientation block goes: after SOI and a JFIF APP0
    for (;;) {
        if (pos + 2 > in.size()) {
            r.error = QStringLiteral("the JPEG ends before its image data");
            return r;
        }
        if (quint8(in[pos]) != 0xFF) {
            r.error = QStringLiteral("damaged JPEG: no marker at byte %1").arg(pos);
            return r;
        }
        const quint8 marker = quint8(in[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xD9) { // end of image: whatever follows (MPF images, motion-photo video) goes
            out += in.mid(pos, 2);
            if (pos + 2 < in.size())
                noteOnce(&r.removed, QStringLiteral("trailer"));
            break;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // standalone markers
            out += in.mid(pos, 2);
            pos += 2;
            continue;
        }
        if (pos + 4 > in.size()) {
            r.error = QStringLiteral("the JPEG ends inside a segment header");
            return r;
        }
        const qsizetype length = bigEndian<quint16>(in, pos + 2);
        if (length < 2 || pos + 2 + length > in.size()) {
            r.error = QStringLiteral("damaged JPEG: a segment at byte %1 runs past the end").arg(pos);
            return r;
        }
        const QByteArray payload = in.mid(pos + 4, length - 2);
        if (marker == 0xDA) {
            // The scan header and its entropy-coded data go as they are, up to the next marker
            // (FF 00 is a stuffed byte, FF D0–D7 restart markers, FF FF fill): a progressive JPEG
            // has tables, more scans — and possibly metadata — between its scans.
            qsizetype end = pos + 2 + length;
            while (end + 1 < in.size()) {
                if (quint8(in[end]) == 0xFF) {
                    const quint8 next = quint8(in[end + 1]);
                    if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7))
                        break;
                }
                ++end;
            }
            if (end + 1 >= in.size()) {
                r.error = QStringLiteral("the JPEG ends inside its image data");
                return r;
            }
            out += in.mid(pos, end - pos);
            pos = end;
            continue;
        }
        bool keep = true;
        if (marker == 0xE1) {
            keep = false;
            if (payload.startsWith(QByteArray("Exif\0\0", 6))) {
                orientation = orientation ? orientation : exifOrientation(payload);
                noteOnce(&r.removed, QStringLiteral("EXIF"));
                // GPS is what most often gives a tipster's home away: say so when it was there.
                if (payload.contains(QByteArray("\x88\x25", 2)) || payload.contains(QByteArray("\x25\x88", 2)))
                    noteOnce(&r.removed, QStringLiteral("GPS"));
            } else if (payload.startsWith("http://ns.adobe.com/")) {
                noteOnce(&r.removed, QStringLiteral("XMP"));
            } else {
                noteOnce(&r.removed, QStringLiteral("APP1"));
            }
        } else if (marker == 0xFE) {
            keep = false;
            noteOnce(&r.removed, QStringLiteral("comment"));
        } else if (marker == 0xED) {
            keep = false;
            noteOnce(&r.removed, QStringLiteral("IPTC"));
        } else if (marker == 0xE2) {
            keep = payload.startsWith(QByteArray("ICC_PROFILE\0", 12)); // colour, not identity
            if (!keep)
                noteOnce(&r.removed, QStringLiteral("APP2"));
        } else if (marker == 0xE0) {
            keep = payload.startsWith(QByteArray("JFIF\0", 5)); // JFXX thumbnails, AVI1 and others go
            if (!keep)
                noteOnce(&r.removed, QStringLiteral("APP0"));
        } else if (marker >= 0xE3 && marker <= 0xEF && marker != 0xEE) {
            keep = false; // vendor segments (maker notes, Ducky, Flashpix…); APP14 (Adobe) stays
            noteOnce(&r.removed, QStringLiteral("APP%1").arg(marker - 0xE0));
        }
        if (keep) {
            out += in.mid(pos, 2 + length);
            if (marker == 0xE0 && afterApp0 == 2 && out.size() == 2 + 2 + length)
                afterApp0 = out.size();
        }
        pos += 2 + length;
    }
    if (orientation > 1)
        out.insert(afterApp0, orientationSegment(orientation));
    r.ok = true;
    r.content = out;
    return r;
}

MediaMetadata::Result stripPng(const QByteArray& in)
{
    MediaMetadata::Result r;
    static const QByteArray signature("\x89PNG\r\n\x1A\n", 8);
    if (!in.startsWith(signature)) {
        r.error = QStringLiteral("not a PNG file");
        return r;
    }
    QByteArray out = signature;
    qsizetype pos = 8;
    bool ended = false;
    while (!ended) {
        if (pos + 12 > in.size()) {
            r.error = QStringLiteral("the PNG ends inside a chunk");
            return r;
        }
        const quint32 length = bigEndian<quint32>(in, pos);
        if (length > quint32(in.size()) || pos + 12 + qsizetype(length) > in.size()) {
            r.error = QStringLiteral("damaged PNG: a chunk at byte %1 runs past the end").arg(pos);
            return r;
        }
        const QByteArray type = in.mid(pos + 4, 4);
        const qsizetype size = 12 + qsizetype(length);
        // Only what draws the picture is kept; everything else (text, EXIF, time, C2PA and any
        // private chunk) goes.
        static const QByteArrayList kept = {"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
                                            "iCCP", "sBIT", "bKGD", "pHYs", "cICP", "acTL", "fcTL", "fdAT"};
        if (kept.contains(type)) {
            out += in.mid(pos, size);
        } else if (type == "tEXt" || type == "zTXt" || type == "iTXt") {
            noteOnce(&r.removed, QStringLiteral("text"));
        } else if (type == "eXIf") {
            noteOnce(&r.removed, QStringLiteral("EXIF"));
        } else if (type == "tIME") {
            noteOnce(&r.removed, QStringLiteral("time"));
        } else {
            noteOnce(&r.removed, QString::fromLatin1(type));
        }
        ended = type == "IEND";
        pos += size;
    }
    r.ok = true;
    r.content = out;
    return r;
}

MediaMetadata::Result stripWebp(const QByteArray& in)
{
    MediaMetadata::Result r;
    if (in.size() < 12 || !in.startsWith("RIFF") || in.mid(8, 4) != "WEBP") {
        r.error = QStringLiteral("not a WebP file");
        return r;
    }
    const qsizetype end = std::min<qsizetype>(in.size(), 8 + qsizetype(littleEndian<quint32>(in, 4)));
    QByteArray out = in.left(12);
    qsizetype vp8x = -1;
    qsizetype pos = 12;
    while (pos < end) {
        if (pos + 8 > end) {
            r.error = QStringLiteral("the WebP ends inside a chunk header");
            return r;
        }
        const QByteArray fourcc = in.mid(pos, 4);
        const quint32 length = littleEndian<quint32>(in, pos + 4);
        const qsizetype size = 8 + qsizetype(length) + (length & 1);
        if (length > quint32(end) || pos + 8 + qsizetype(length) > end) {
            r.error = QStringLiteral("damaged WebP: a chunk at byte %1 runs past the end").arg(pos);
            return r;
        }
        static const QByteArrayList kept = {"VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"};
        if (kept.contains(fourcc)) {
            if (fourcc == "VP8X")
                vp8x = out.size();
            out += in.mid(pos, std::min(size, end - pos));
        } else {
            noteOnce(&r.removed, fourcc == "XMP " ? QStringLiteral("XMP") : QString::fromLatin1(fourcc));
        }
        pos += size;
    }
    if (vp8x >= 0 && vp8x + 8 < out.size())
        out[vp8x + 8] = char(quint8(out[vp8x + 8]) & ~0x0C); // no EXIF (0x08) or XMP (0x04) any more
    qToLittleEndian<quint32>(quint32(out.size() - 8), out.data() + 4);
    r.ok = true;
    r.content = out;
    return r;
}

} // namespace

bool MediaMetadata::handles(const QString& type)
{
    return type == QLatin1String("image/jpeg") || type == QLatin1String("image/png") ||
           type == QLatin1String("image/webp");
}

MediaMetadata::Result MediaMetadata::strip(const QByteArray& content, const QString& type)
{
    if (type == QLatin1String("image/jpeg"))
        return stripJpeg(content);
    if (type == QLatin1String("image/png"))
        return stripPng(content);
    if (type == QLatin1String("image/webp"))
        return stripWebp(content);
    Result r;
    r.error = QStringLiteral("%1 files are not cleaned of metadata").arg(type);
    return r;
}

} // namespace centinela::core
