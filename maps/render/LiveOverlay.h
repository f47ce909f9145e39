#pragma once

#include "MapTransform.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPolygonF>
#include <QStaticText>
#include <QString>

#include <vector>

class QPainter;

namespace centinela::maps {

/// The live things drawn over the cached base layers every frame: units (icon by kind, colour by
/// status, heading arrow, call sign, stale mark), alerts and incidents (colour by priority, ring by
/// age), the selection and a route. Positions are in map units; times are milliseconds on one
/// monotonic or wall clock chosen by the owner (tests pass their own). Units glide from where they
/// are drawn to each new fix over the interval between fixes; nothing here touches the base layers.
class LiveOverlay
{
public:
    enum class Kind : quint8 { Car, Motorcycle, Foot, K9, Other };
    enum class Status : quint8 { Available, Dispatched, EnRoute, OnScene, OutOfService, OffDuty, Emergency };
    enum class Target : quint8 { None, Unit, Incident, Alert };

    struct Pick
    {
        Target target = Target::None;
        qint64 id = 0;
    };

    struct Marker
    {
        qint64 id = 0;
        QPointF map;
        int priority = 3;
        qint64 sinceMs = 0; ///< received, for the age ring
        QString label;
    };

    LiveOverlay();

    static Kind kindFromName(const QString& kind);

    /// Creates or updates a unit's description (not its position).
    void setUnit(qint64 id, const QString& callSign, Kind kind, Status status);
    /// A new fix: the unit glides from where it is drawn now to `map` over the time since its last fix.
    void moveUnit(qint64 id, QPointF map, double heading, qint64 fixMs, qint64 nowMs);
    void removeUnit(qint64 id);
    void clearUnits();
    int unitCount() const { return int(m_units.size()); }
    /// Where the unit is drawn at `nowMs`; false when it has no position.
    bool unitPosition(qint64 id, qint64 nowMs, QPointF* map) const;
    /// Whether a unit is still gliding at `nowMs` (the owner's animation timer runs only then).
    bool isAnimating(qint64 nowMs) const;

    void setIncidents(const QList<Marker>& incidents) { m_incidents = incidents; }
    void setAlerts(const QList<Marker>& alerts) { m_alerts = alerts; }
    /// The selected unit's recommended route, in map units; empty hides it.
    void setRoute(const QPolygonF& route) { m_route = route; }
    void setSelection(Target target, qint64 id);
    Pick selection() const { return m_selection; }
    /// A fix older than this is marked stale.
    void setStaleAfterMs(qint64 ms) { m_staleAfterMs = ms; }
    /// Age ring thresholds for alerts and incidents (amber, red).
    void setAgeThresholdsMs(qint64 amber, qint64 red);
    /// At most this many call signs per frame (decluttered, the selection and emergencies first).
    void setMaxLabels(int n) { m_maxLabels = n; }

    void draw(QPainter& painter, const MapTransform& view, qint64 nowMs);
    /// The unit, incident or alert drawn nearest to `screen` within `radiusPx`.
    Pick pick(QPointF screen, const MapTransform& view, qint64 nowMs, double radiusPx = 12) const;
    /// Call signs drawn in the last frame (for tests and the bench).
    int labelsDrawn() const { return m_labelsDrawn; }

    static QColor statusColour(Status status);
    static QColor priorityColour(int priority);

private:
    struct Unit
    {
        qint64 id = 0;
        QString callSign;
        QStaticText label;
        QSizeF labelSize;
        Kind kind = Kind::Car;
        Status status = Status::Available;
        bool hasPosition = false;
        QPointF from, to;
        qint64 glideStartMs = 0, glideEndMs = 0;
        qint64 fixMs = 0;
        float heading = 0;
    };

    QPointF positionOf(const Unit& u, qint64 nowMs) const;
    const QImage& sprite(Kind kind, Status status, bool stale, int headingBucket, bool compact);
    void drawMarkers(QPainter& painter, const MapTransform& view, qint64 nowMs, const QList<Marker>& markers,
                     bool incident);

    std::vector<Unit> m_units;
    QHash<qint64, std::size_t> m_index;
    QList<Marker> m_incidents;
    QList<Marker> m_alerts;
    QPolygonF m_route;
    Pick m_selection;
    qint64 m_staleAfterMs = 120'000;
    qint64 m_amberMs = 60'000;
    qint64 m_redMs = 120'000;
    int m_maxLabels = 600;
    int m_labelsDrawn = 0;
    QHash<quint32, QImage> m_sprites;
    double m_spriteDpr = 1;
    std::vector<std::pair<QPointF, std::size_t>> m_visible; // per-frame scratch
};

} // namespace centinela::maps
