#pragma once

#include "domain/Entities.h"
#include "render/LiveOverlay.h"
#include "render/MapTransform.h"
#include "render/Projection.h"
#include "render/RenderCache.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QThreadPool;

namespace centinela::maps {

class MapLayer;
class RenderJob;

/// The map widget: paints the cached base layer images (transformed while a new render for the
/// current view is pending; the UI thread never waits on GDAL) and, every frame, the live overlay.
/// Wheel zooms around the cursor, drag pans, arrows and +/- work from the keyboard, a click picks a
/// unit, incident or alert, a context menu creates an incident at a point, follows a unit or sets
/// the home view. The canvas does not own its layers.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    /// Replaces the layers (drawn in list order, first at the bottom) and fits the view if none is set.
    void setLayers(const QList<MapLayer*>& layers);
    QList<MapLayer*> layers() const { return m_layers; }
    /// Layer ids in drawing order; unknown ids are ignored, layers not named keep their place at the end.
    void setLayerOrder(const QStringList& ids);
    QStringList layerOrder() const;
    void setLayerVisible(const QString& id, bool visible);
    bool isLayerVisible(const QString& id) const { return !m_hidden.contains(id); }
    QStringList hiddenLayers() const { return m_hidden; }

    const Projection& projection() const { return m_projection; }
    LiveOverlay& overlay() { return m_overlay; }
    /// The overlay's clock, in milliseconds (wall-clock epoch milliseconds in the desk; tests inject one).
    void setTimeSource(std::function<qint64()> nowMs);
    qint64 nowMs() const { return m_now(); }

    const MapTransform& view() const { return m_view; }
    void setView(const MapTransform& view);
    void zoomToExtent(const QRectF& extent);
    /// The extent of all layers (map units).
    QRectF fullExtent() const;
    void setHomeView(const MapTransform& view);
    MapTransform homeView() const { return m_home; }
    void goHome();
    /// Keeps the unit in the centre as it moves; 0 stops following.
    void setFollowedUnit(qint64 unitId);
    qint64 followedUnit() const { return m_follow; }
    /// Centres on a lon/lat point (keeping the scale).
    void centreOn(core::GeoPoint point);

    /// A line shown over the map instead of data ("Loading map…", an error).
    void setMessage(const QString& message);
    /// Whether a base render is running.
    bool isRendering() const;
    /// Base renders started (tests, the bench).
    int renderCount() const { return m_renders; }

    /// Call when units moved: starts the animation timer while they glide.
    void overlayChanged();
    /// The map point → lon/lat (for incidents created on the map).
    std::optional<core::GeoPoint> toLonLat(QPointF screen) const;

Q_SIGNALS:
    void picked(centinela::maps::LiveOverlay::Target target, qint64 id);
    void activated(centinela::maps::LiveOverlay::Target target, qint64 id);
    void createIncidentRequested(const centinela::core::GeoPoint& point);
    void homeViewChanged(const centinela::maps::MapTransform& view);
    void followChanged(qint64 unitId);
    void viewChanged();
    void renderFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void changeView(const MapTransform& view, int renderDelayMs);
    void startRender();
    void onLayerRendered(const QString& id, const QImage& image, const MapTransform& view);
    void onFrame();
    void drawScaleBar(QPainter& painter);
    void drawAttribution(QPainter& painter);
    QList<MapLayer*> visibleLayers() const;

    QList<MapLayer*> m_layers;
    QStringList m_hidden;
    Projection m_projection;
    LiveOverlay m_overlay;
    std::function<qint64()> m_now;
    MapTransform m_view;
    MapTransform m_home;
    RenderCache m_cache;
    QThreadPool* m_pool;
    QPointer<RenderJob> m_job;
    QTimer m_renderTimer;
    QTimer m_frameTimer;
    QTimer m_tickTimer;
    QString m_message;
    qint64 m_follow = 0;
    int m_renders = 0;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
};

} // namespace centinela::maps
