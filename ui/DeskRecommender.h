#pragma once

#include "routing/RoutingService.h"

#include <QObject>
#include <QString>

namespace centinela::core {
class StationState;
struct Incident;
} // namespace centinela::core

namespace centinela::ui {

/// The desk's recommender: the station map's road graph (loaded in the background, from the binary
/// cache after the first start) and every unit's last fix, in a core::RoutingService. Answers are
/// the nearest available units by road travel time that provide what the incident's type needs.
class DeskRecommender : public QObject
{
    Q_OBJECT
public:
    explicit DeskRecommender(const core::StationState& state, QObject* parent = nullptr);

    /// Loads the road network of `mapPath` (roads from OSM, or any layer with a `highway` field).
    void loadRoads(const QString& mapPath);
    bool isReady() const { return m_ready; }
    QString status() const { return m_status; }

    /// Up to `k` units for the incident (with their routes); empty when the incident has no
    /// location, no roads are loaded or no eligible unit can reach it.
    core::Recommendation recommend(const core::Incident& incident, int k = 5) const;
    /// The route and ETA of one chosen unit to the incident.
    core::Recommendation routeFor(qint64 unitId, const core::Incident& incident) const;
    /// Whether the unit may take the incident (available, no emergency, provides the type's needs).
    bool eligible(qint64 unitId, const QString& incidentType) const;

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    void syncUnits(const QList<qint64>& ids);
    void syncAll();

    const core::StationState& m_state;
    core::RoutingService m_routing;
    bool m_ready = false;
    QString m_status;
    int m_generation = 0;
};

} // namespace centinela::ui
