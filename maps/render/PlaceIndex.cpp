#include "PlaceIndex.h"

#include "Projection.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace centinela::maps {

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
                double best = std::numeric_limits<double>::infinity();
                QPointF at;
                for (const Ref& ra : m_byName[a]) {
                    const std::vector<QPointF> va = vertices(ra);
                    for (const Ref& rb : m_byName[b])
                        for (const QPointF& q : vertices(rb))
                            for (const QPointF& p : va) {
                                const QPointF d = p - q;
                                const double d2 = d.x() * d.x() + d.y() * d.y();
                                if (d2 < best) {
                                    best = d2;
                                    at = (p + q) / 2;
                                }
                            }
                }
                if (best <= 60.0 * 60.0) // they meet (within 60 m)
                    if (const auto p = toPlace(m_display[a] + QStringLiteral(" y ") + m_display[b], at))
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
        for (const Ref& r : m_byName[name]) {
            const std::size_t n = vertices(r).size();
            if (n > most) {
                most = n;
                longest = &r;
            }
        }
        if (!longest)
            continue;
        const std::vector<QPointF> v = vertices(*longest);
        if (const auto p = toPlace(m_display[name], v[v.size() / 2]))
            out << *p;
    }
    return out;
}

} // namespace centinela::maps
