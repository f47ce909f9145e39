// bench render: the map's costs on a real source, offscreen — reading through GDAL, a full base
// render, overlay frames with N moving units over the cached base, and frames while panning.
#include "BenchSupport.h"
#include "Cli.h"
#include "render/FrameComposer.h"
#include "render/LiveOverlay.h"
#include "render/MapLayer.h"
#include "render/MapLoader.h"
#include "render/Projection.h"
#include "render/RenderCache.h"
#include "render/RenderJob.h"
#include "render/VectorLayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThreadPool>

#include <cstdio>

namespace centinela::cli {

namespace {

/// Renders every layer for `view` on `pool` and waits; returns wall milliseconds.
double renderAll(const maps::MapTransform& view, const QList<const maps::MapLayer*>& layers, QThreadPool& pool,
                 maps::RenderCache& cache)
{
    QElapsedTimer timer;
    timer.start();
    maps::RenderJob job(view, 1.0, layers, &pool);
    QEventLoop loop;
    QObject::connect(
        &job, &maps::RenderJob::layerRendered,
        [&cache](const QString& id, const QImage& image, const maps::MapTransform& v) { cache.insert(id, image, v); });
    QObject::connect(&job, &maps::RenderJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

int benchRender(const QStringList& raw)
{
    Args args;
    QString error;
    if (!args.parse(raw,
                    {QStringLiteral("map"), QStringLiteral("units"), QStringLiteral("frames"), QStringLiteral("size"),
                     QStringLiteral("seed"), QStringLiteral("png")},
                    {}, &error)) {
        std::fprintf(stderr, "bench render: %s\n", qUtf8Printable(error));
        return 2;
    }
    const QString path = args.value(QStringLiteral("map"));
    qint64 unitCount = 0, frames = 0, seed = 0;
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench render: --map FILE is required\n");
        return 2;
    }
    if (!args.integer(QStringLiteral("units"), 5000, 0, 1'000'000, &unitCount, &error) ||
        !args.integer(QStringLiteral("frames"), 300, 10, 1'000'000, &frames, &error) ||
        !args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max(), &seed, &error)) {
        std::fprintf(stderr, "bench render: %s\n", qUtf8Printable(error));
        return 2;
    }
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"))
                                             .match(args.value(QStringLiteral("size"), QStringLiteral("1920x1080")));
    if (!size.hasMatch()) {
        std::fprintf(stderr, "bench render: --size must be WIDTHxHEIGHT, e.g. 1920x1080\n");
        return 2;
    }
    const QSize viewport(size.captured(1).toInt(), size.captured(2).toInt());

    QElapsedTimer timer;
    timer.start();
    const maps::LoadedMap loaded = maps::MapLoader::load(path);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench render: %s\n", qUtf8Printable(loaded.error));
        return 1;
    }
    QObject owner;
    const QList<maps::MapLayer*> layers = maps::MapLoader::createLayers(loaded, QStringLiteral("EPSG:3857"), &owner);
    QList<const maps::MapLayer*> constLayers;
    QStringList ids;
    qint64 features = 0;
    for (const maps::MapLayer* l : layers) {
        constLayers << l;
        ids << l->id();
        features += l->featureCount();
    }

    // Full base render, all layers, at the extent of the whole map (the heaviest view): median of 3.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    maps::RenderCache cache;
    const maps::MapTransform full = maps::MapTransform::fitting(loaded.extent, viewport);
    std::vector<double> base;
    for (int i = 0; i < 3; ++i) {
        cache.clear();
        base.push_back(renderAll(full, constLayers, pool, cache));
    }
    // A street-level view in the centre: what an operator looks at most of the shift.
    maps::RenderCache streetCache;
    const maps::MapTransform street(full.centre(), 2.0, viewport);
    const double streetMs = renderAll(street, constLayers, pool, streetCache);

    // Units on road vertices, moving to nearby vertices: every unit reports once a simulated second.
    std::vector<QPointF> anchors;
    for (const maps::MapLayer* l : layers)
        if (const auto* v = qobject_cast<const maps::VectorLayer*>(l); v && v->data().vertices.size() > anchors.size())
            anchors = v->data().vertices;
    if (anchors.empty())
        anchors.push_back(full.centre());
    QRandomGenerator rng{quint32(seed)};
    maps::LiveOverlay overlay;
    std::vector<std::size_t> at{};
    at.resize(std::size_t(unitCount));
    qint64 now = 1'000'000;
    for (qint64 u = 0; u < unitCount; ++u) {
        at[std::size_t(u)] = rng.bounded(quint32(anchors.size()));
        const auto kind = maps::LiveOverlay::Kind(rng.bounded(5));
        const auto status = maps::LiveOverlay::Status(rng.bounded(5));
        overlay.setUnit(u + 1, QStringLiteral("P-%1").arg(u + 1, 4, 10, QLatin1Char('0')), kind, status);
        overlay.moveUnit(u + 1, anchors[at[std::size_t(u)]], rng.bounded(360), now - rng.bounded(200'000), now);
    }
    QList<maps::LiveOverlay::Marker> incidents;
    for (int i = 0; i < 40; ++i)
        incidents << maps::LiveOverlay::Marker{i + 1, anchors[rng.bounded(quint32(anchors.size()))],
                                               int(rng.bounded(1, 5)), now - rng.bounded(300'000), QString()};
    overlay.setIncidents(incidents);

    QImage frame(viewport, QImage::Format_ARGB32_Premultiplied);
    const qint64 frameMs = 16;
    const qint64 perFrame = std::max<qint64>(1, unitCount * frameMs / 1000);
    auto advance = [&] {
        now += frameMs;
        for (qint64 k = 0; k < perFrame && unitCount > 0; ++k) {
            const std::size_t u = rng.bounded(quint32(unitCount));
            const std::size_t next = std::min(anchors.size() - 1, at[u] + rng.bounded(1, 4));
            at[u] = next;
            overlay.moveUnit(qint64(u) + 1, anchors[next], rng.bounded(360), now, now);
        }
    };
    std::vector<double> frameTimes, panTimes;
    int labels = 0;
    for (qint64 f = 0; f < frames; ++f) {
        advance();
        timer.restart();
        QPainter painter(&frame);
        maps::FrameComposer::compose(painter, street, streetCache, ids);
        overlay.draw(painter, street, now);
        painter.end();
        frameTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        labels += overlay.labelsDrawn();
    }
    // Panning: the view moves 3 px a frame; the base is the cached image, transformed.
    maps::MapTransform panning = street;
    for (qint64 f = 0; f < frames; ++f) {
        advance();
        panning = panning.panned(QPointF(3, 1));
        timer.restart();
        QPainter painter(&frame);
        maps::FrameComposer::compose(painter, panning, streetCache, ids);
        overlay.draw(painter, panning, now);
        painter.end();
        panTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    if (const QString png = args.value(QStringLiteral("png")); !png.isEmpty()) {
        // What was measured, to look at: the whole map, and the street-level frame with the fleet.
        QImage whole(viewport, QImage::Format_ARGB32_Premultiplied);
        QPainter wp(&whole);
        maps::FrameComposer::compose(wp, full, cache, ids);
        wp.end();
        whole.save(png + QStringLiteral("-full.png"));
        frame.save(png + QStringLiteral("-street.png"));
    }
    std::printf("input: %s\n", qUtf8Printable(QFileInfo(path).absoluteFilePath()));
    std::printf("input_bytes: %lld\n", QFileInfo(path).size());
    std::printf("machine: %s, %s %s, Qt %s\n", qUtf8Printable(machineDescription()),
                qUtf8Printable(QSysInfo::kernelType()), qUtf8Printable(QSysInfo::kernelVersion()), qVersion());
    std::printf("layers: %lld\nfeatures: %lld\n", qint64(layers.size()), features);
    std::printf("segments: %lld\n", loaded.segments());
    std::printf("size: %dx%d\nunits: %lld\nframes: %lld\n", viewport.width(), viewport.height(), unitCount, frames);
    std::printf("load_ms: %.1f\n", loadMs);
    std::printf("base_ms: %.1f\n", percentile(base, 0.5));
    std::printf("base_first_ms: %.1f\n", base.front());
    std::printf("base_street_ms: %.1f\n", streetMs);
    std::printf("frame_p50_ms: %.2f\n", percentile(frameTimes, 0.50));
    std::printf("frame_p95_ms: %.2f\n", percentile(frameTimes, 0.95));
    std::printf("pan_p95_ms: %.2f\n", percentile(panTimes, 0.95));
    std::printf("labels_per_frame: %.0f\n", double(labels) / double(frames));
    std::printf("rss_mb: %.1f\n", procStatusMb(0, "VmRSS:"));
    std::printf("peak_rss_mb: %.1f\n", procStatusMb(0, "VmHWM:"));
    for (const QString& w : loaded.warnings)
        std::fprintf(stderr, "warning: %s\n", qUtf8Printable(w));
    return 0;
}

} // namespace

void registerBenchRender(QList<Subcommand>& commands)
{
    commands.append(
        {QStringLiteral("bench render"),
         QStringLiteral("bench render --map FILE [--units N] [--frames F] [--size WxH] [--seed S] [--png PREFIX]"),
         benchRender});
}

} // namespace centinela::cli
