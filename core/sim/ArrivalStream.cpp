#include "ArrivalStream.h"

#include "history/CsvReader.h"
#include "history/TimestampFormat.h"
#include "routing/RoadSnapper.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace centinela::core {

namespace {

// Channels as a station sees them: most calls still come by phone and radio.
struct Weighted
{
    const char* name;
    int weight;
};
constexpr Weighted kChannels[] = {{"phone", 30}, {"radio", 10},        {"hotline", 10},   {"front_desk", 5},
                                  {"sms", 12},   {"vetted_group", 15}, {"unverified", 5}, {"bracelet", 3},
                                  {"cap", 3},    {"business", 7}};
constexpr Weighted kTypes[] = {{"robbery", 15}, {"disturbance", 25}, {"traffic_accident", 15},
                               {"assault", 10}, {"suspicious", 20},  {"alarm", 10},
                               {"medical", 5}};

const char* pick(const Weighted* table, std::size_t n, std::mt19937_64& rng)
{
    int total = 0;
    for (std::size_t i = 0; i < n; ++i)
        total += table[i].weight;
    int r = int(std::uniform_int_distribution<int>(0, total - 1)(rng));
    for (std::size_t i = 0; i < n; ++i) {
        if (r < table[i].weight)
            return table[i].name;
        r -= table[i].weight;
    }
    return table[0].name;
}

} // namespace

ArrivalStream::ArrivalStream(std::shared_ptr<const RoadGraph> graph, double perHour, quint64 seed)
    : m_graph(std::move(graph))
    , m_cumulative(mainNetworkLengths(*m_graph))
    , m_rng(seed)
    , m_perHour(perHour)
{
}

ArrivalStream::ArrivalStream(std::shared_ptr<const RoadGraph> graph, std::vector<double> offsetsS, quint64 seed)
    : m_graph(std::move(graph))
    , m_cumulative(mainNetworkLengths(*m_graph))
    , m_rng(seed)
    , m_replay(std::move(offsetsS))
    , m_isReplay(true)
{
    std::sort(m_replay.begin(), m_replay.end());
}

std::vector<double> ArrivalStream::mainNetworkLengths(const RoadGraph& graph)
{
    std::vector<double> out(graph.edgeCount());
    double run = 0;
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        if (graph.edgeOnMainNetwork(e))
            run += graph.edgeLength(e);
        out[e] = run;
    }
    return out;
}

bool ArrivalStream::randomRoadPoint(const RoadGraph& graph, const std::vector<double>& cumulativeLength,
                                    std::mt19937_64& rng, double* lon, double* lat)
{
    if (cumulativeLength.empty() || cumulativeLength.back() <= 0)
        return false;
    const double at = std::uniform_real_distribution<double>(0, cumulativeLength.back())(rng);
    const auto it = std::upper_bound(cumulativeLength.begin(), cumulativeLength.end(), at);
    const std::uint32_t edge =
        std::uint32_t(std::min<std::size_t>(it - cumulativeLength.begin(), graph.edgeCount() - 1));
    const double before = edge == 0 ? 0 : cumulativeLength[edge - 1];
    const double length = graph.edgeLength(edge);
    const double fraction = length > 0 ? std::clamp((at - before) / length, 0.0, 1.0) : 0.5;
    struct P
    {
        double lon, lat;
    };
    std::vector<P> points;
    EdgeGeometry::slice(graph, edge, fraction, fraction, points);
    if (points.empty())
        return false;
    *lon = points.front().lon;
    *lat = points.front().lat;
    return true;
}

std::optional<std::vector<double>> ArrivalStream::readReplay(const QString& path, QString* error,
                                                             const QString& receivedColumn, const QString& timeFormat)
{
    TimestampFormat format;
    if (!TimestampFormat::compile(timeFormat, &format, error))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    CsvReader csv(&file);
    if (!csv.next()) {
        *error = QStringLiteral("%1 is empty").arg(path);
        return std::nullopt;
    }
    int received = -1, incident = -1;
    for (std::size_t i = 0; i < csv.fields().size(); ++i) {
        const QString name = QString::fromUtf8(csv.fields()[i].toByteArray()).trimmed();
        if (name == receivedColumn)
            received = int(i);
        else if (name == QLatin1String("Incident Number"))
            incident = int(i);
    }
    if (received < 0) {
        *error = QStringLiteral("%1 has no column %2").arg(path, receivedColumn);
        return std::nullopt;
    }
    QSet<QByteArray> seen;
    std::vector<qint64> times;
    while (csv.next()) {
        const auto& f = csv.fields();
        if (int(f.size()) <= std::max(received, incident))
            continue;
        if (incident >= 0) {
            const QByteArray key = f[std::size_t(incident)].toByteArray();
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        if (const auto t = format.parse(f[std::size_t(received)]))
            times.push_back(t->msecs);
    }
    if (!csv.error().isEmpty()) {
        *error = csv.error();
        return std::nullopt;
    }
    if (times.empty()) {
        *error = QStringLiteral("%1 has no readable %2").arg(path, receivedColumn);
        return std::nullopt;
    }
    std::sort(times.begin(), times.end());
    std::vector<double> out;
    out.reserve(times.size());
    for (const qint64 t : times)
        out.push_back(double(t - times.front()) / 1000.0);
    return out;
}

bool ArrivalStream::next(Arrival* out)
{
    Arrival a;
    a.index = m_count;
    if (m_isReplay) {
        if (std::size_t(m_count) >= m_replay.size())
            return false;
        a.atS = m_replay[std::size_t(m_count)];
    } else {
        const double rate = std::max(1e-9, m_perHour / 3600.0);
        m_lastS += std::exponential_distribution<double>(rate)(m_rng);
        a.atS = m_lastS;
    }
    randomRoadPoint(*m_graph, m_cumulative, m_rng, &a.lon, &a.lat);
    a.channel = QString::fromLatin1(pick(kChannels, std::size(kChannels), m_rng));
    a.type = QString::fromLatin1(pick(kTypes, std::size(kTypes), m_rng));
    a.priority = int(std::uniform_int_distribution<int>(1, 4)(m_rng));
    // On scene 10 to 40 minutes: a report taken, a scene secured.
    a.serviceS = std::uniform_real_distribution<double>(600, 2400)(m_rng);
    ++m_count;
    *out = a;
    return true;
}

} // namespace centinela::core
