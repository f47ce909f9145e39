#pragma once

#include <QString>

class QFile;

namespace centinela::maps {

/// Whether an OpenStreetMap file lists nodes, then ways, then relations, each by increasing id — the
/// order GDAL's OSM driver needs. The driver does not say when a file breaks it: a way whose nodes
/// come later loses them, a relation whose members come later is dropped. This reads the file's own
/// structure (PBF blocks, or the XML elements) without building anything, to say so up front.
class OsmOrderCheck
{
public:
    struct Result
    {
        bool readable = false;       ///< false: not an OSM file this check understands (error says why)
        bool typesInOrder = true;    ///< no node after a way, no way or node after a relation
        bool nodeIdsInOrder = true;  ///< node ids strictly increase
        bool nodesBeforeWays = true; ///< no node after a way (the case that would lose road geometry)
        QString detail;              ///< the first problem, in words
        QString error;
        qint64 nodes = 0, ways = 0, relations = 0;
    };

    /// Checks `path` (.pbf by its blocks; .osm and anything else as XML).
    static Result check(const QString& path);

private:
    static void checkPbf(QFile& file, Result& r);
    static void checkXml(QFile& file, Result& r);
};

} // namespace centinela::maps
