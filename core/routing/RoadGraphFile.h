#pragma once

#include "RoadGraph.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace centinela::core {

/// The binary form of a RoadGraph: a header (magic, format version, byte order, the cache key the
/// file was written for, array sizes, a checksum of everything after the header) and the raw
/// arrays. Reading checks all of it, then every cross-reference (RoadGraph::validate), so a truncated,
/// corrupt or foreign file is rejected with a message and never crashes a search later.
class RoadGraphFile
{
public:
    static constexpr quint32 kVersion = 3;

    /// Writes atomically (a temporary file renamed over `path`). Returns false with `error`.
    static bool write(const RoadGraph& graph, const QString& path, const QByteArray& key, QString* error);
    /// Reads `path`; when `expectedKey` is not empty the file must have been written for that key.
    /// Returns null with `error` set.
    static std::shared_ptr<const RoadGraph> read(const QString& path, const QByteArray& expectedKey, QString* error);

    /// A file name for `key` in the user's cache folder (QStandardPaths::CacheLocation/roads), never
    /// beside the source, which may be read-only.
    static QString cachePathFor(const QByteArray& key);

private:
    /// Calls `f(vector)` on every array of the graph, always in the file's order.
    template <typename G, typename F> static void forEachArray(G& g, F&& f);
};

} // namespace centinela::core
