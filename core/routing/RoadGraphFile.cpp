#include "RoadGraphFile.h"

#include "Checksum.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>

namespace centinela::core {

namespace {

constexpr char kMagic[8] = {'C', 'N', 'T', 'L', 'R', 'O', 'A', 'D'};
constexpr quint32 kByteOrder = 0x01020304;

struct Header
{
    char magic[8];
    quint32 version;
    quint32 byteOrder;
    quint32 keyBytes;
    quint32 reserved;
    quint64 nodes, edges, shapePoints, forwardArcs, backwardArcs;
    quint64 checksum;
};
static_assert(sizeof(Header) == 72);

} // namespace

template <typename G, typename F> void RoadGraphFile::forEachArray(G& g, F&& f)
{
    f(g.m_nodes);
    f(g.m_edgeSource);
    f(g.m_edgeTarget);
    f(g.m_edgeLength);
    f(g.m_edgeTimeFwd);
    f(g.m_edgeTimeBwd);
    f(g.m_shapeBegin);
    f(g.m_shape);
    f(g.m_fwdBegin);
    f(g.m_fwdEdge);
    f(g.m_bwdBegin);
    f(g.m_bwdArcs);
    f(g.m_bwdLength);
}

bool RoadGraphFile::write(const RoadGraph& graph, const QString& path, const QByteArray& key, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kVersion;
    h.byteOrder = kByteOrder;
    h.keyBytes = quint32(key.size());
    h.nodes = graph.m_nodes.size();
    h.edges = graph.m_edgeSource.size();
    h.shapePoints = graph.m_shape.size();
    h.forwardArcs = graph.m_fwdEdge.size();
    h.backwardArcs = graph.m_bwdArcs.size();
    quint64 sum = 0;
    forEachArray(graph, [&sum](const auto& v) { sum = checksum64(v.data(), v.size() * sizeof(v[0]), sum); });
    h.checksum = sum;

    bool ok =
        file.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h) && file.write(key) == key.size();
    forEachArray(graph, [&](const auto& v) {
        const qint64 bytes = qint64(v.size() * sizeof(v[0]));
        ok = ok && file.write(reinterpret_cast<const char*>(v.data()), bytes) == bytes;
    });
    if (!ok || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::shared_ptr<const RoadGraph> RoadGraphFile::read(const QString& path, const QByteArray& expectedKey, QString* error)
{
    const auto fail = [&](const QString& why) {
        *error = QStringLiteral("road cache %1: %2").arg(path, why);
        return std::shared_ptr<const RoadGraph>();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    Header h{};
    if (file.read(reinterpret_cast<char*>(&h), sizeof h) != qint64(sizeof h))
        return fail(QStringLiteral("truncated header"));
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not a Centinela road graph"));
    if (h.byteOrder != kByteOrder)
        return fail(QStringLiteral("written on a machine of another byte order"));
    if (h.version != kVersion)
        return fail(QStringLiteral("format version %1, expected %2").arg(h.version).arg(kVersion));
    if (h.keyBytes > 65536)
        return fail(QStringLiteral("damaged header"));
    const QByteArray key = file.read(h.keyBytes);
    if (key.size() != qint64(h.keyBytes))
        return fail(QStringLiteral("truncated header"));
    if (!expectedKey.isEmpty() && key != expectedKey)
        return fail(QStringLiteral("written for another source or profile"));

    constexpr quint64 kLimit = 0xFFFFFFF0ull;
    if (h.nodes > kLimit || h.edges > kLimit || h.shapePoints > kLimit || h.forwardArcs > kLimit ||
        h.backwardArcs > kLimit)
        return fail(QStringLiteral("damaged header"));
    const quint64 payload = h.nodes * sizeof(FixedPoint) + h.edges * (5 * 4) + (h.edges + 1) * 4 +
                            h.shapePoints * sizeof(FixedPoint) + 2 * (h.nodes + 1) * 4 + h.forwardArcs * 4 +
                            h.backwardArcs * (sizeof(BackwardArc) + sizeof(float));
    // Sizes come from the header: check them against the file before allocating anything.
    if (quint64(file.size()) != sizeof h + h.keyBytes + payload)
        return fail(QStringLiteral("size %1 bytes does not match its header (truncated or damaged)").arg(file.size()));

    std::shared_ptr<RoadGraph> g(new RoadGraph);
    g->m_nodes.resize(h.nodes);
    g->m_edgeSource.resize(h.edges);
    g->m_edgeTarget.resize(h.edges);
    g->m_edgeLength.resize(h.edges);
    g->m_edgeTimeFwd.resize(h.edges);
    g->m_edgeTimeBwd.resize(h.edges);
    g->m_shapeBegin.resize(h.edges + 1);
    g->m_shape.resize(h.shapePoints);
    g->m_fwdBegin.resize(h.nodes + 1);
    g->m_fwdEdge.resize(h.forwardArcs);
    g->m_bwdBegin.resize(h.nodes + 1);
    g->m_bwdArcs.resize(h.backwardArcs);
    g->m_bwdLength.resize(h.backwardArcs);
    bool ok = true;
    quint64 sum = 0;
    forEachArray(*g, [&](auto& v) {
        const qint64 bytes = qint64(v.size() * sizeof(v[0]));
        ok = ok && file.read(reinterpret_cast<char*>(v.data()), bytes) == bytes;
        if (ok)
            sum = checksum64(v.data(), std::size_t(bytes), sum);
    });
    if (!ok)
        return fail(QStringLiteral("truncated"));
    if (sum != h.checksum)
        return fail(QStringLiteral("checksum mismatch (damaged)"));
    QString why;
    if (!g->validate(&why))
        return fail(why);
    g->finish();
    return g;
}

QString RoadGraphFile::cachePathFor(const QByteArray& key)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QByteArray name = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32);
    return dir + QStringLiteral("/roads/") + QString::fromLatin1(name) + QStringLiteral(".graph");
}

} // namespace centinela::core
