#pragma once

#include "routing/RoadGraph.h"
#include "routing/RoadProfile.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace centinela::maps {

/// A road graph ready for routing, and where it came from.
struct LoadedRoads
{
    std::shared_ptr<const core::RoadGraph> graph; ///< null on failure
    QString error;
    QStringList warnings;
    bool fromCache = false;
    QString cachePath;
    qint64 milliseconds = 0; ///< import or cache load, whichever happened
};

/// Loads the road graph of a source for a profile: from the binary cache in the user's cache folder
/// when one was written for the same source (path, size, modification time) and profile, else by
/// importing (RoadImporter) and writing the cache for next time. A damaged cache is reported, ignored
/// and rewritten; a cache that cannot be written only costs the next start an import.
class RoadNetworkLoader
{
public:
    enum class Cache {
        Use,     ///< read it when valid, write it after an import
        Rebuild, ///< import even when a cache exists, then write it
        Ignore   ///< import, and leave the cache alone
    };

    static LoadedRoads load(const QString& path, const core::RoadProfile& profile, Cache cache = Cache::Use);
    /// What a cache file is keyed on.
    static QByteArray cacheKey(const QString& path, const core::RoadProfile& profile);
};

} // namespace centinela::maps
