#include "OsmOrderCheck.h"

#include <QFile>
#include <QXmlStreamReader>

#include <zlib.h>

namespace centinela::maps {

namespace {

constexpr qint64 kMaxHeader = 64 * 1024;
constexpr qint64 kMaxBlob = 32 * 1024 * 1024; // the PBF format's own limit

/// A minimal protobuf reader: just enough wire format to walk PBF blocks.
class Proto
{
public:
    Proto(const char* data, qint64 size)
        : m_p(reinterpret_cast<const quint8*>(data))
        , m_end(m_p + size)
    {
    }
    bool atEnd() const { return m_p >= m_end; }
    bool failed() const { return m_failed; }

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64 && m_p < m_end; shift += 7) {
            const quint8 b = *m_p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_failed = true;
        m_p = m_end;
        return 0;
    }
    /// Reads a field key; false at the end or on damage.
    bool next(quint32* field, quint32* wire)
    {
        if (atEnd() || m_failed)
            return false;
        const quint64 key = varint();
        *field = quint32(key >> 3);
        *wire = quint32(key & 7);
        return !m_failed;
    }
    /// A length-delimited field's bytes.
    Proto bytes()
    {
        const quint64 n = varint();
        if (m_failed || n > quint64(m_end - m_p)) {
            m_failed = true;
            m_p = m_end;
            return Proto(nullptr, 0);
        }
        Proto inner(reinterpret_cast<const char*>(m_p), qint64(n));
        m_p += n;
        return inner;
    }
    QByteArray string()
    {
        Proto b = bytes();
        return QByteArray(reinterpret_cast<const char*>(b.m_p), b.m_end - b.m_p);
    }
    void skip(quint32 wire)
    {
        switch (wire) {
        case 0:
            varint();
            break;
        case 1:
            advance(8);
            break;
        case 2:
            bytes();
            break;
        case 5:
            advance(4);
            break;
        default:
            m_failed = true;
            m_p = m_end;
        }
    }

private:
    void advance(qint64 n)
    {
        if (n > m_end - m_p) {
            m_failed = true;
            m_p = m_end;
        } else {
            m_p += n;
        }
    }
    const quint8* m_p;
    const quint8* m_end;
    bool m_failed = false;
};

qint64 zigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

/// Tracks the order of everything seen and remembers the first problem.
struct OrderState
{
    OsmOrderCheck::Result& r;
    int kind = 0; // 0 nodes, 1 ways, 2 relations
    qint64 lastNodeId = std::numeric_limits<qint64>::min();

    void see(int k)
    {
        static const char* const names[] = {"a node", "a way", "a relation"};
        if (k < kind && r.typesInOrder) {
            r.typesInOrder = false;
            r.detail = QStringLiteral("%1 follows %2").arg(QLatin1String(names[k]), QLatin1String(names[kind]));
        }
        if (k == 0 && kind > 0)
            r.nodesBeforeWays = false;
        kind = std::max(kind, k);
    }
    void nodeId(qint64 id)
    {
        ++r.nodes;
        if (id <= lastNodeId && r.nodeIdsInOrder) {
            r.nodeIdsInOrder = false;
            if (r.detail.isEmpty())
                r.detail = QStringLiteral("node ids do not increase (node %1 after node %2)").arg(id).arg(lastNodeId);
        }
        lastNodeId = std::max(lastNodeId, id);
    }
};

void scanGroup(Proto group, OrderState& s)
{
    quint32 field, wire;
    while (group.next(&field, &wire)) {
        if (wire != 2) {
            group.skip(wire);
            continue;
        }
        Proto item = group.bytes();
        if (field == 1) { // Node
            s.see(0);
            quint32 f, w;
            while (item.next(&f, &w)) {
                if (f == 1 && w == 0)
                    s.nodeId(zigzag(item.varint()));
                else
                    item.skip(w);
            }
        } else if (field == 2) { // DenseNodes: ids are delta-coded, packed
            s.see(0);
            quint32 f, w;
            while (item.next(&f, &w)) {
                if (f != 1 || w != 2) {
                    item.skip(w);
                    continue;
                }
                Proto ids = item.bytes();
                qint64 id = 0;
                while (!ids.atEnd() && !ids.failed()) {
                    id += zigzag(ids.varint());
                    s.nodeId(id);
                }
            }
        } else if (field == 3) {
            s.see(1);
            ++s.r.ways;
        } else if (field == 4) {
            s.see(2);
            ++s.r.relations;
        }
    }
}

} // namespace

OsmOrderCheck::Result OsmOrderCheck::check(const QString& path)
{
    Result r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        r.error = file.errorString();
    else if (path.endsWith(QLatin1String(".pbf"), Qt::CaseInsensitive))
        checkPbf(file, r);
    else
        checkXml(file, r);
    return r;
}

void OsmOrderCheck::checkPbf(QFile& file, Result& r)
{
    OrderState state{r};
    QByteArray raw;
    for (int block = 0; !file.atEnd(); ++block) {
        const QByteArray len = file.read(4);
        if (len.size() != 4) {
            r.error = QStringLiteral("truncated PBF block header (block %1)").arg(block);
            return;
        }
        const qint64 headerSize =
            (quint8(len[0]) << 24) | (quint8(len[1]) << 16) | (quint8(len[2]) << 8) | quint8(len[3]);
        const QByteArray header = headerSize > 0 && headerSize <= kMaxHeader ? file.read(headerSize) : QByteArray();
        if (header.size() != headerSize || headerSize == 0) {
            r.error = QStringLiteral("damaged PBF block header (block %1)").arg(block);
            return;
        }
        Proto h(header.constData(), header.size());
        QByteArray type;
        qint64 dataSize = -1;
        quint32 field, wire;
        while (h.next(&field, &wire)) {
            if (field == 1 && wire == 2)
                type = h.string();
            else if (field == 3 && wire == 0)
                dataSize = qint64(h.varint());
            else
                h.skip(wire);
        }
        if (h.failed() || dataSize < 0 || dataSize > kMaxBlob) {
            r.error = QStringLiteral("damaged PBF block header (block %1)").arg(block);
            return;
        }
        const QByteArray blob = file.read(dataSize);
        if (blob.size() != dataSize) {
            r.error = QStringLiteral("truncated PBF block %1").arg(block);
            return;
        }
        if (type != "OSMData")
            continue;
        Proto b(blob.constData(), blob.size());
        QByteArray zdata;
        qint64 rawSize = -1;
        raw.clear();
        while (b.next(&field, &wire)) {
            if (field == 1 && wire == 2)
                raw = b.string();
            else if (field == 2 && wire == 0)
                rawSize = qint64(b.varint());
            else if (field == 3 && wire == 2)
                zdata = b.string();
            else if (wire == 2 && field >= 4) {
                r.error = QStringLiteral("PBF block %1 uses a compression this check does not read").arg(block);
                return;
            } else
                b.skip(wire);
        }
        if (!zdata.isEmpty()) {
            if (rawSize <= 0 || rawSize > kMaxBlob) {
                r.error = QStringLiteral("damaged PBF block %1").arg(block);
                return;
            }
            raw.resize(rawSize);
            uLongf out = uLongf(rawSize);
            if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &out,
                           reinterpret_cast<const Bytef*>(zdata.constData()), uLong(zdata.size())) != Z_OK ||
                qint64(out) != rawSize) {
                r.error = QStringLiteral("damaged PBF block %1 (cannot decompress)").arg(block);
                return;
            }
        }
        Proto primitive(raw.constData(), raw.size());
        while (primitive.next(&field, &wire)) {
            if (field == 2 && wire == 2)
                scanGroup(primitive.bytes(), state);
            else
                primitive.skip(wire);
        }
        if (primitive.failed()) {
            r.error = QStringLiteral("damaged PBF block %1").arg(block);
            return;
        }
    }
    r.readable = true;
}

void OsmOrderCheck::checkXml(QFile& file, Result& r)
{
    OrderState state{r};
    QXmlStreamReader xml(&file);
    int depth = 0;
    bool sawOsm = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1)
                sawOsm = xml.name() == QLatin1String("osm");
            if (depth != 2)
                continue;
            if (xml.name() == QLatin1String("node")) {
                state.see(0);
                state.nodeId(xml.attributes().value(QLatin1String("id")).toLongLong());
            } else if (xml.name() == QLatin1String("way")) {
                state.see(1);
                ++r.ways;
            } else if (xml.name() == QLatin1String("relation")) {
                state.see(2);
                ++r.relations;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (xml.hasError() || !sawOsm) {
        r.error = xml.hasError()
                      ? QStringLiteral("not valid OSM XML: %1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber())
                      : QStringLiteral("not OSM XML (no <osm> element)");
        return;
    }
    r.readable = true;
}

} // namespace centinela::maps
