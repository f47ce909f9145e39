#pragma once

#include "VectorData.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace centinela::maps {

class Projection;

/// Address search over the map's own names, offline: streets and named places of the loaded layers.
/// "6a Avenida" finds the street (the middle of its longest piece); "6a Avenida y 12 Calle" (also
/// "&", "and", "esquina", "/") finds where the two streets meet. Matching ignores case and accents
/// and accepts any word order of the query's words within a name.
class PlaceIndex
{
public:
    struct Place
    {
        QString label;
        core::GeoPoint point;
    };

    /// Adds the named features of `data` (in the display projection of `projection`).
    void add(const std::shared_ptr<const VectorData>& data);
    /// Up to `limit` places for `query`, best first.
    QList<Place> search(const QString& query, const Projection& projection, int limit = 8) const;
    int nameCount() const { return int(m_byName.size()); }

    /// Lower case, no accents, single spaces: how names and queries are compared.
    static QString normalise(const QString& text);

private:
    struct Ref
    {
        std::shared_ptr<const VectorData> data;
        std::uint32_t feature;
    };
    QList<QString> matches(const QString& normalisedQuery) const;
    std::vector<QPointF> vertices(const Ref& ref) const;

    QHash<QString, std::vector<Ref>> m_byName; ///< normalised name → features
    QHash<QString, QString> m_display;         ///< normalised name → name as written
};

} // namespace centinela::maps
