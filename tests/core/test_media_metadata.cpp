// Anonymous tips' photos lose what could identify the sender (EXIF with GPS and camera serial, XMP,
// IPTC, comments, PNG text, WebP EXIF/XMP) and keep their pixels, colour profile and orientation;
// damaged files are refused, never passed through. Real images are made with Qt's encoders.
#include "ingest/MediaMetadata.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTest>

using namespace centinela;

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

QImage sample(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x * 255 / w, y * 255 / h, 128));
    return image;
}

/// Decoded the way a viewer shows it (EXIF orientation applied).
QImage upright(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer, "JPEG");
    reader.setAutoTransform(true);
    return reader.read();
}

QByteArray segment(quint8 marker, const QByteArray& payload)
{
    const int length = int(payload.size()) + 2;
    return QByteArray(1, char(0xFF)) + char(marker) + char(length >> 8) + char(length & 0xFF) + payload;
}

/// An EXIF block as a phone writes it (little-endian): Make, Model, BodySerialNumber, Orientation and
/// a GPS IFD with the latitude reference and the position.
QByteArray phoneExif(quint16 orientation)
{
    QByteArray t("II\x2A\0\x08\0\0\0", 8);
    const auto u16 = [&t](quint16 v) { t += char(v & 0xFF) + QByteArray(1, char(v >> 8)); };
    const auto u32 = [&t](quint32 v) {
        for (int i = 0; i < 4; ++i)
            t += char((v >> (8 * i)) & 0xFF);
    };
    // IFD0 at 8: 4 entries (12 bytes each) + next IFD; data after it.
    const quint32 data = 8 + 2 + 4 * 12 + 4;
    const QByteArray make("Motorola\0", 9), model("moto g54\0", 9);
    u16(4);
    u16(0x010F), u16(2), u32(quint32(make.size())), u32(data);
    u16(0x0110), u16(2), u32(quint32(model.size())), u32(data + 9);
    u16(0x0112), u16(3), u32(1), u16(orientation), u16(0);
    u16(0x8825), u16(4), u32(1), u32(data + 18);
    u32(0);
    t += make + model;
    // GPS IFD: 1 entry (GPSLatitudeRef = 'N') + next.
    u16(1);
    u16(0x0001), u16(2), u32(2), t += QByteArray("N\0\0\0", 4);
    u32(0);
    t += QByteArray("SERIAL-ZY22GXK9", 15);
    return QByteArray("Exif\0\0", 6) + t;
}

} // namespace

class TestMediaMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jpegLosesExifGpsXmpAndCommentsButKeepsPixelsAndOrientation()
    {
        const QByteArray plain = encoded(sample(64, 32), "JPEG");
        QVERIFY(plain.startsWith("\xFF\xD8"));
        // SOI, then the identifying segments, then Qt's own JPEG (its APP0 and scan) after its SOI.
        const QByteArray photo =
            plain.left(2) + segment(0xE1, phoneExif(6)) +
            segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Juan Perez</x:xmpmeta>") +
            segment(0xFE, "tomada por +50255501234") + segment(0xED, "Photoshop 3.0\0IPTC byline") +
            segment(0xE2, QByteArray("ICC_PROFILE\0\x01\x01", 14) + QByteArray(40, 'c')) + plain.mid(2);
        const core::MediaMetadata::Result r = core::MediaMetadata::strip(photo, QStringLiteral("image/jpeg"));
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const char* secret : {"Motorola", "moto g54", "SERIAL-ZY22GXK9", "Juan Perez", "+50255501234", "IPTC"})
            QVERIFY2(!r.content.contains(secret), secret);
        QVERIFY(r.removed.contains(QStringLiteral("EXIF")));
        QVERIFY(r.removed.contains(QStringLiteral("GPS")));
        QVERIFY(r.removed.contains(QStringLiteral("XMP")));
        QVERIFY(r.removed.contains(QStringLiteral("comment")));
        QVERIFY(r.content.contains("ICC_PROFILE")); // colour stays
        // The same pixels decode, and orientation 6 still turns the photo upright.
        const QImage cleanImage = upright(r.content), originalImage = upright(photo);
        QCOMPARE(cleanImage.size(), QSize(32, 64)); // rotated 90°, as the phone meant it
        QCOMPARE(cleanImage, originalImage);
        // Cleaning twice changes nothing more.
        const core::MediaMetadata::Result again = core::MediaMetadata::strip(r.content, QStringLiteral("image/jpeg"));
        QVERIFY(again.ok);
        QCOMPARE(again.content, r.content);
    }

    void nothingAfterTheScanOrTheEndOfImageSurvives()
    {
        // A comment between the scan and the end (as progressive JPEGs may have between scans), and
        // after the end a motion-photo video and a second (MPF) image with their own EXIF.
        const QByteArray plain = encoded(sample(32, 32), "JPEG");
        QVERIFY(plain.endsWith("\xFF\xD9"));
        const QByteArray second = plain.left(2) + segment(0xE1, phoneExif(1)) + plain.mid(2);
        const QByteArray photo = plain.left(plain.size() - 2) + segment(0xFE, "tomada en casa de Ana, 5a calle") +
                                 QByteArray("\xFF\xD9", 2) + "ftypmp42 MotionPhoto GPS 14.6349 -90.5133" + second;
        const core::MediaMetadata::Result r = core::MediaMetadata::strip(photo, QStringLiteral("image/jpeg"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.content, plain);
        QVERIFY(r.removed.contains(QStringLiteral("comment")));
        QVERIFY(r.removed.contains(QStringLiteral("trailer")));
        // A thumbnail in a JFXX APP0 goes too; the JFIF APP0 stays.
        const QByteArray withThumb =
            plain.left(2) + segment(0xE0, QByteArray("JFXX\0\x10", 6) + QByteArray(64, 't')) + plain.mid(2);
        const core::MediaMetadata::Result t = core::MediaMetadata::strip(withThumb, QStringLiteral("image/jpeg"));
        QVERIFY(t.ok);
        QCOMPARE(t.content, plain);
        // A scan cut short is damaged, not passed through.
        QVERIFY(!core::MediaMetadata::strip(plain.left(plain.size() - 40), QStringLiteral("image/jpeg")).ok);
    }

    void uprightJpegGetsNoExifAtAll()
    {
        const QByteArray plain = encoded(sample(16, 16), "JPEG");
        const QByteArray photo = plain.left(2) + segment(0xE1, phoneExif(1)) + plain.mid(2);
        const core::MediaMetadata::Result r = core::MediaMetadata::strip(photo, QStringLiteral("image/jpeg"));
        QVERIFY(r.ok);
        QVERIFY(!r.content.contains("Exif"));
        QCOMPARE(r.content, plain); // exactly the file without the block
    }

    void pngLosesTextAndTime()
    {
        QImage image = sample(20, 10);
        image.setText(QStringLiteral("Author"), QStringLiteral("Maria Lopez"));
        image.setText(QStringLiteral("Comment"), QStringLiteral("desde mi casa en zona 18"));
        QByteArray png = encoded(image, "PNG");
        QVERIFY(png.contains("Maria Lopez"));
        // A private chunk (a C2PA manifest, say) before IEND: only what draws the picture is kept.
        const QByteArray manifest = "creator: Maria Lopez, 14.6349,-90.5133";
        QByteArray chunk(4, '\0');
        chunk[3] = char(manifest.size());
        chunk += "caBX" + manifest + QByteArray(4, '\0');
        png.insert(png.size() - 12, chunk);
        const core::MediaMetadata::Result r = core::MediaMetadata::strip(png, QStringLiteral("image/png"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.content.contains("Maria Lopez"));
        QVERIFY(!r.content.contains("zona 18"));
        QCOMPARE(r.removed, (QStringList{QStringLiteral("text"), QStringLiteral("caBX")}));
        QImage clean;
        QVERIFY(clean.loadFromData(r.content, "PNG"));
        QCOMPARE(clean.convertToFormat(QImage::Format_RGB32), sample(20, 10));
    }

    void webpLosesExifAndXmpChunksAndTheirFlags()
    {
        // The container only: VP8X with both flags, a (tiny) VP8L bitstream chunk, EXIF, XMP.
        const auto chunk = [](const QByteArray& fourcc, const QByteArray& data) {
            QByteArray c = fourcc;
            const quint32 n = quint32(data.size());
            for (int i = 0; i < 4; ++i)
                c += char((n >> (8 * i)) & 0xFF);
            c += data;
            if (data.size() % 2)
                c += '\0';
            return c;
        };
        const QByteArray body = chunk("VP8X", QByteArray("\x0C\0\0\0\x0F\0\0\x07\0\0", 10)) +
                                chunk("VP8L", QByteArray("\x2F\x0F\0\0\0", 5)) + chunk("EXIF", phoneExif(1)) +
                                chunk("XMP ", "<x:xmpmeta>Juan Perez</x:xmpmeta>");
        QByteArray webp = "RIFF";
        const quint32 size = quint32(body.size() + 4);
        for (int i = 0; i < 4; ++i)
            webp += char((size >> (8 * i)) & 0xFF);
        webp += "WEBP" + body;
        const core::MediaMetadata::Result r = core::MediaMetadata::strip(webp, QStringLiteral("image/webp"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.content.contains("Motorola"));
        QVERIFY(!r.content.contains("Juan Perez"));
        QVERIFY(r.content.contains("VP8L"));
        QCOMPARE(quint8(r.content[20]) & 0x0C, 0); // the VP8X flags no longer announce them
        const quint32 riff = quint8(r.content[4]) | quint8(r.content[5]) << 8 | quint8(r.content[6]) << 16 |
                             quint32(quint8(r.content[7])) << 24;
        QCOMPARE(qsizetype(riff), r.content.size() - 8);
    }

    void damagedFilesAreRefusedNotPassedThrough()
    {
        const QByteArray plain = encoded(sample(16, 16), "JPEG");
        const QByteArray cut = plain.left(2) + segment(0xE1, phoneExif(6)).left(30); // EXIF cut off
        core::MediaMetadata::Result r = core::MediaMetadata::strip(cut, QStringLiteral("image/jpeg"));
        QVERIFY(!r.ok);
        QVERIFY(r.content.isEmpty());
        QVERIFY2(r.error.contains(QLatin1String("runs past the end")), qPrintable(r.error));
        r = core::MediaMetadata::strip(QByteArray("\xFF\xD8") + "garbage", QStringLiteral("image/jpeg"));
        QVERIFY(!r.ok);
        r = core::MediaMetadata::strip(QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(800, 'p'),
                                       QStringLiteral("image/png"));
        QVERIFY(!r.ok);
        r = core::MediaMetadata::strip(QByteArray("\0\0\0\x18"
                                                  "ftypmp42",
                                                  12),
                                       QStringLiteral("video/mp4"));
        QVERIFY(!r.ok);
        QVERIFY(!core::MediaMetadata::handles(QStringLiteral("video/mp4")));
        QVERIFY(core::MediaMetadata::handles(QStringLiteral("image/webp")));
    }
};

QTEST_GUILESS_MAIN(TestMediaMetadata)
#include "test_media_metadata.moc"
