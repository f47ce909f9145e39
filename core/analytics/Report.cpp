#include "Report.h"

#include <algorithm>

namespace centinela::core {

QString ReportPeriod::describe() const
{
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    if (isOpen())
        return QStringLiteral("all history");
    if (from.isNull())
        return QStringLiteral("until %1").arg(t);
    if (to.isNull())
        return QStringLiteral("from %1").arg(f);
    return QStringLiteral("%1 – %2").arg(f, t);
}

namespace {

ReportGroup emptyLike(const ReportGroup& g)
{
    ReportGroup e;
    e.values = g.values;
    e.sortKeys = g.sortKeys;
    return e;
}

bool sortsBefore(const QStringList& a, const QStringList& b)
{
    for (int i = 0; i < a.size() && i < b.size(); ++i) {
        // Missing values sort last, as NULLS LAST.
        if (a.at(i).isNull() != b.at(i).isNull())
            return b.at(i).isNull();
        const int c = a.at(i).compare(b.at(i));
        if (c != 0)
            return c < 0;
    }
    return false;
}

} // namespace

QList<Report::Row> Report::rows() const
{
    QList<Row> out;
    if (!baseline) {
        for (const ReportGroup& g : current.groups)
            out.append({g.values, g, std::nullopt});
        return out;
    }
    QHash<QStringList, int> index;
    for (const ReportGroup& g : current.groups) {
        index.insert(g.values, int(out.size()));
        out.append({g.values, g, emptyLike(g)});
    }
    for (const ReportGroup& g : baseline->groups) {
        const auto it = index.constFind(g.values);
        if (it != index.cend())
            out[*it].baseline = g;
        else
            out.append({g.values, emptyLike(g), g});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Row& a, const Row& b) { return sortsBefore(a.current.sortKeys, b.current.sortKeys); });
    return out;
}

} // namespace centinela::core
