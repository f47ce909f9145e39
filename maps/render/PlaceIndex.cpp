#include "PlaceIndex.h"

#include "Projection.h"

#include <QLineF>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace centinela::maps {

namespace {

QPointF closestOnSegment(QPointF p, const QLineF& s)
{
    const QPointF d = s.p2() - s.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    if (len2 <= 0)
        return s.p1();
    const double t = std::clamp(((p.x() - s.x1()) * d.x() + (p.y() - s.y1()) * d.y()) / len2, 0.0, 1.0);
    return s.p1() + d * t;
}

} // namespace

QString PlaceIndex::normalise(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' ');
    }
    return out.simplified();
}

void PlaceIndex::add(const std::shared_ptr<const VectorData>& data)
{
    for (std::uint32_t f = 0; f < data->features.size(); ++f) {
        const std::uint32_t name = data->features[f].name;
        if (name == 0)
            continue;
        const QString& written = data->names[int(name)];
        const QString key = normalise(written);
        if (key.isEmpty())
            continue;
        m_byName[key].push_back(Ref{data, f});
        m_display.insert(key, written);
    }
}

std::vector<QPointF> PlaceIndex::vertices(const Ref& ref) const
{
    const VectorData& d = *ref.data;
    const VectorData::Feature& f = d.features[ref.feature];
    std::vector<QPointF> out;
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
        for (std::uint32_t v = d.partStarts[p]; v < d.partStarts[p + 1]; ++v)
            out.push_back(d.vertices[v]);
    return out;
}

QList<QString> PlaceIndex::matches(const QString& query) const
{
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<std::pair<int, QString>> scored;
    for (auto it = m_byName.constBegin(); it != m_byName.constEnd(); ++it) {
        const QString& name = it.key();
        const QStringList nameWords = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool all = true;
        for (const QString& w : words)
            all = all &&
                  std::any_of(nameWords.begin(), nameWords.end(), [&w](const QString& n) { return n.startsWith(w); });
        if (!all)
            continue;
        // Exact names first, then names that start like the query, then shorter names.
        const int score = (name == query ? 0 : name.startsWith(query) ? 1000 : 2000) + int(name.size());
        scored.append({score, name});
    }
    std::sort(scored.begin(), scored.end());
    QList<QString> out;
    for (const auto& s : scored)
        out << s.second;
    return out;
}

QList<PlaceIndex::Place> PlaceIndex::search(const QString& text, const Projection& projection, int limit) const
{
    QList<Place> out;
    static const QRegularExpression junction(QStringLiteral("\\s+(?:y|e|and|esquina|con)\\s+|\\s*[&/]\\s*"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(junction, Qt::SkipEmptyParts);
    auto toPlace = [&projection](const QString& label, QPointF map) -> std::optional<Place> {
        const auto ll = projection.toLonLat(map);
        if (!ll)
            return std::nullopt;
        return Place{label, *ll};
    };
    if (parts.size() == 2) {
        // An intersection: the closest pair of vertices of the two streets (exact at shared nodes).
        const QList<QString> as = matches(normalise(parts[0])), bs = matches(normalise(parts[1]));
        for (const QString& a : as.mid(0, 3))
            for (const QString& b : bs.mid(0, 3)) {
                if (a == b)
                    continue;
                // Where a segment of one crosses a segment of the other, else their closest approach.
                double best = std::numeric_limits<double>::infinity();
                QPointF at;
                const std::vector<Ref>& refsA = *m_byName.constFind(a);
                const std::vector<Ref>& refsB = *m_byName.constFind(b);
                for (const Ref& ra : refsA) {
                    const std::vector<QPointF> va = vertices(ra);
                    for (const Ref& rb : refsB) {
                        const std::vector<QPointF> vb = vertices(rb);
                        for (std::size_t i = 0; i + 1 < va.size(); ++i)
                            for (std::size_t j = 0; j + 1 < vb.size(); ++j) {
                                const QLineF sa(va[i], va[i + 1]), sb(vb[j], vb[j + 1]);
                                QPointF cross;
                                if (sa.intersects(sb, &cross) == QLineF::BoundedIntersection) {
                                    best = 0;
                                    at = cross;
                                    continue;
                                }
                                for (const auto& [p, seg] : {std::pair(va[i], sb), std::pair(va[i + 1], sb),
                                                             std::pair(vb[j], sa), std::pair(vb[j + 1], sa)}) {
                                    const QPointF q = closestOnSegment(p, seg);
                                    const QPointF d = p - q;
                                    const double d2 = d.x() * d.x() + d.y() * d.y();
                                    if (d2 < best) {
                                        best = d2;
                                        at = (p + q) / 2;
                                    }
                                }
                            }
                    }
                }
                if (best <= 60.0 * 60.0) // they meet (within 60 m)
                    if (const auto p = toPlace(m_display.value(a) + QStringLiteral(" y ") + m_display.value(b), at))
                        out << *p;
                if (out.size() >= limit)
                    return out;
            }
        return out;
    }
    for (const QString& name : matches(normalise(text)).mid(0, limit)) {
        // The middle vertex of the feature with the most vertices stands for the street.
        const Ref* longest = nullptr;
        std::size_t most = 0;
        const std::vector<Ref>& refs = *m_byName.constFind(name);
        for (const Ref& r : refs) {
            const std::size_t n = vertices(r).size();
            if (n > most) {
                most = n;
                longest = &r;
            }
        }
        if (!longest)
            continue;
        const std::vector<QPointF> v = vertices(*longest);
        if (const auto p = toPlace(m_display.value(name), v[v.size() / 2]))
            out << *p;
    }
    return out;
}

} // namespace centinela::maps
