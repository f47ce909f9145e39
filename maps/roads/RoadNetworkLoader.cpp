#include "RoadNetworkLoader.h"

#include "RoadImporter.h"
#include "routing/RoadGraphFile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

namespace centinela::maps {

QByteArray RoadNetworkLoader::cacheKey(const QString& path, const core::RoadProfile& profile)
{
    const QFileInfo info(path);
    return "centinela-roads importer=" + QByteArray::number(RoadImporter::kVersion) +
           " format=" + QByteArray::number(core::RoadGraphFile::kVersion) +
           "\nsource=" + info.canonicalFilePath().toUtf8() + "\nsize=" + QByteArray::number(info.size()) +
           "\nmtime_ms=" + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + "\n" + profile.fingerprint();
}

LoadedRoads RoadNetworkLoader::load(const QString& path, const core::RoadProfile& profile, Cache cache)
{
    LoadedRoads out;
    if (!QFileInfo(path).isFile()) {
        out.error = QStringLiteral("cannot read %1: no such file").arg(path);
        return out;
    }
    const QByteArray key = cacheKey(path, profile);
    out.cachePath = core::RoadGraphFile::cachePathFor(key);
    QElapsedTimer timer;
    timer.start();
    if (cache == Cache::Use && QFileInfo::exists(out.cachePath)) {
        QString why;
        out.graph = core::RoadGraphFile::read(out.cachePath, key, &why);
        if (out.graph) {
            out.fromCache = true;
            out.milliseconds = timer.elapsed();
            return out;
        }
        out.warnings << QStringLiteral("ignored the road cache: %1").arg(why);
    }
    timer.restart();
    RoadImport imported = RoadImporter::import(path, profile);
    out.milliseconds = timer.elapsed();
    out.warnings << imported.warnings;
    if (!imported.graph) {
        out.error = imported.error;
        return out;
    }
    out.graph = std::move(imported.graph);
    if (cache != Cache::Ignore) {
        QString why;
        if (!core::RoadGraphFile::write(*out.graph, out.cachePath, key, &why))
            out.warnings << QStringLiteral("could not write the road cache: %1").arg(why);
    }
    return out;
}

} // namespace centinela::maps
