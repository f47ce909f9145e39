// centinela-cli gen-city: a synthetic city as a GeoPackage, for scale tests and the demo.
#include "Cli.h"
#include "roads/CityGenerator.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <limits>

namespace centinela::cli {

namespace {

int genCity(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv,
                    {QStringLiteral("nodes"), QStringLiteral("seed"), QStringLiteral("out"), QStringLiteral("spacing")},
                    {QStringLiteral("force")}, &error))
        return usageError(error);
    if (!args.has(QStringLiteral("out")))
        return usageError(QStringLiteral("gen-city needs --out FILE.gpkg"));
    maps::CityGenerator::Options o;
    qint64 nodes = 0, seed = 0;
    if (!args.integer(QStringLiteral("nodes"), 10000, 4, 50000000, &nodes, &error) ||
        !args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max(), &seed, &error) ||
        !args.number(QStringLiteral("spacing"), 90, 10, 1000, &o.spacingM, &error))
        return usageError(error);
    o.nodes = nodes;
    o.seed = quint64(seed);
    const QString out = args.value(QStringLiteral("out"));
    if (!out.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        return usageError(QStringLiteral("--out must name a .gpkg file"));
    if (args.has(QStringLiteral("force")))
        QFile::remove(out);
    QElapsedTimer timer;
    timer.start();
    maps::CityGenerator::Stats stats;
    if (!maps::CityGenerator::write(out, o, &stats, &error))
        return failure(error + (error.contains(QLatin1String("exists")) ? QStringLiteral(" (use --force to replace it)")
                                                                        : QString()));
    std::printf("out: %s\nside: %d\nintersections: %lld\nfeatures: %lld\nbridges: %d\nseed: %llu\nms: %lld\n",
                qUtf8Printable(out), stats.side, stats.intersections, stats.features, stats.bridges,
                static_cast<unsigned long long>(o.seed), timer.elapsed());
    return 0;
}

} // namespace

void registerGenCity(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("gen-city"),
                     QStringLiteral("gen-city --nodes N --seed S --out FILE.gpkg [--spacing M] [--force]"), genCity});
}

} // namespace centinela::cli
