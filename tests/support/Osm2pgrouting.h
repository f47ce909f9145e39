#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace centinela::test {

class TestCluster;

/// Runs a tool; false with the tail of its output in `log` when it fails. `out`, when given, takes
/// its whole standard output.
bool runTool(const QString& program, const QStringList& args, QString* log, const QProcessEnvironment& env = {},
             QByteArray* out = nullptr);

/// An OSM extract imported by osm2pgrouting (mapconfig_for_cars.xml) into a fresh database of the
/// test cluster, with PostGIS and pgRouting: what parity and pgRouting benchmarks compare against.
struct PgroutingImport
{
    enum class Status { Ok, Unavailable, Failed };
    Status status = Status::Failed;
    QString conninfo;
    QString message;     ///< why it is unavailable or failed
    int droppedRefs = 0; ///< way node refs to absent nodes removed before the import (see the .cpp)
};

/// Sorts the extract with osmium (osm2pgrouting needs sorted XML), drops refs to missing nodes and
/// imports it. Unavailable (skip) when osm2pgrouting, osmium, its mapconfig or the extensions are
/// missing; Failed when a tool fails on the file.
PgroutingImport importWithOsm2pgrouting(TestCluster& cluster, const QString& pbf, const QString& workDir);

} // namespace centinela::test
