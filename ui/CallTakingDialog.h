#pragma once

#include "domain/Entities.h"
#include "render/PlaceIndex.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace centinela::ui {

/// Call-taking by keyboard, in seconds: channel, caller, callback number, location (address search
/// over the map's street names, or the map's centre), type with the questions that type needs,
/// priority (the type's default), and what the caller said. It produces the alert to record; the
/// window decides whether it goes to the queue or becomes an incident at once.
class CallTakingDialog : public QDialog
{
    Q_OBJECT
public:
    using Place = maps::PlaceIndex::Place;
    using PlaceSearch = std::function<QList<Place>(const QString& query)>;

    /// `search` looks up addresses; `mapCentre` is where the map is looking (used on request).
    CallTakingDialog(PlaceSearch search, std::optional<core::GeoPoint> mapCentre, const QDateTime& answeredAt,
                     QWidget* parent = nullptr);

    /// True when the operator chose "incident now" rather than "to the queue".
    bool createsIncident() const { return m_incident; }
    /// The alert (create_alert's argument): channel, body, location, priority, received_at.
    QJsonObject alert() const;
    /// The incident's fields (type, priority, location and its source, address).
    QJsonObject incident() const;

private:
    void findPlace();
    void typeChanged();
    void finish(bool incident);

    PlaceSearch m_search;
    std::optional<core::GeoPoint> m_mapCentre;
    QDateTime m_answeredAt;
    QComboBox* m_channel;
    QLineEdit* m_caller;
    QLineEdit* m_callback;
    QLineEdit* m_location;
    QComboBox* m_places;
    QComboBox* m_type;
    QSpinBox* m_priority;
    QFormLayout* m_questions;
    QList<QLineEdit*> m_answers;
    QPlainTextEdit* m_said;
    QLabel* m_problem;
    bool m_incident = false;
};

} // namespace centinela::ui
