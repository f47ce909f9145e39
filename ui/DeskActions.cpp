#include "DeskActions.h"

#include "AlertQueueModel.h"
#include "CallTakingDialog.h"
#include "IncidentPanel.h"
#include "Labels.h"
#include "StationMap.h"
#include "UnitBoardModel.h"
#include "canvas/MapCanvas.h"
#include "domain/IncidentTypes.h"
#include "store/AttachmentReader.h"
#include "store/PgConnection.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>

#include <algorithm>

namespace centinela::ui {

DeskActions::DeskActions(core::DeskSession& session, Views views, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_alertModel(views.alertModel)
    , m_unitModel(views.unitModel)
    , m_alertView(views.alertView)
    , m_unitView(views.unitView)
    , m_incidents(views.incidents)
    , m_map(views.map)
    , m_stationMap(views.stationMap)
    , m_window(window)
{
    connect(&session, &core::DeskSession::commandFinished, this, &DeskActions::onCommandFinished);
}

void DeskActions::onCommandFinished(const core::Command& command, const core::CommandResult& result)
{
    if (result.status == core::CommandResult::Status::Ok && m_callIncidents.contains(command.id)) {
        // The call is on record as an alert; now it becomes the incident the operator asked for.
        const QJsonObject incident = m_callIncidents.take(command.id);
        const qint64 alert = qint64(result.data.value(QLatin1String("alert_id")).toDouble());
        submit(core::Command::createIncident(incident, {alert}, m_session.clock().now()));
    } else if (result.status == core::CommandResult::Status::Ok && command.kind == QLatin1String("update_incident") &&
               result.data.value(QLatin1String("location_kept")).toBool()) {
        Q_EMIT statusMessage(tr("The incident keeps the location an operator set; the message's pin was not used."),
                             10000);
    }
}

QList<qint64> DeskActions::selectedAlerts() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_alertView->selectionModel()->selectedRows())
        ids << m_alertModel->alertIdAt(index.row());
    if (ids.isEmpty() && m_alertView->currentIndex().isValid())
        ids << m_alertModel->alertIdAt(m_alertView->currentIndex().row());
    return ids;
}

qint64 DeskActions::selectedUnit() const
{
    const QModelIndexList rows = m_unitView->selectionModel()->selectedRows();
    const QModelIndex current = rows.isEmpty() ? m_unitView->currentIndex() : rows.first();
    return current.isValid() ? m_unitModel->unitIdAt(current.row()) : 0;
}

void DeskActions::submit(const core::Command& command)
{
    QString error;
    if (!m_session.submit(command, &error))
        QMessageBox::critical(m_window, tr("Centinela"), tr("The action could not be saved: %1").arg(error));
}

void DeskActions::acknowledgeAlert()
{
    for (qint64 id : selectedAlerts()) {
        const auto& alerts = m_session.state().alerts();
        if (alerts.contains(id) && alerts[id].state == core::AlertState::New)
            submit(core::Command::acknowledgeAlert(id, m_session.clock().now()));
    }
}

void DeskActions::createIncidentFromAlerts()
{
    const QList<qint64> ids = selectedAlerts();
    if (ids.isEmpty())
        return;
    const auto& alerts = m_session.state().alerts();
    QJsonObject incident;
    int priority = 5;
    for (qint64 id : ids) {
        if (!alerts.contains(id))
            continue;
        const core::Alert& a = alerts[id];
        priority = std::min(priority, a.priority);
        // The message's own location pin, when it has one; an operator's later edit wins over it.
        if (a.location && !incident.contains(QLatin1String("lon"))) {
            incident.insert(QStringLiteral("lon"), a.location->lon);
            incident.insert(QStringLiteral("lat"), a.location->lat);
            incident.insert(QStringLiteral("location_source"), QStringLiteral("message"));
        }
        if (!a.locationText.isEmpty() && !incident.contains(QLatin1String("address")))
            incident.insert(QStringLiteral("address"), a.locationText);
    }
    incident.insert(QStringLiteral("priority"), priority);
    submit(core::Command::createIncident(incident, ids, m_session.clock().now()));
}

void DeskActions::createIncidentAt(double lon, double lat)
{
    // The operator's click is the location; alerts selected in the queue are linked to the incident.
    QList<qint64> alerts;
    int priority = 3;
    const auto& known = m_session.state().alerts();
    for (qint64 id : selectedAlerts())
        if (known.contains(id) && known[id].isOpen()) {
            alerts << id;
            priority = std::min(priority, known[id].priority);
        }
    QJsonObject incident;
    incident.insert(QStringLiteral("lon"), lon);
    incident.insert(QStringLiteral("lat"), lat);
    incident.insert(QStringLiteral("location_source"), QStringLiteral("map"));
    incident.insert(QStringLiteral("priority"), priority);
    submit(core::Command::createIncident(incident, alerts, m_session.clock().now()));
}

void DeskActions::takeCall()
{
    const auto centre = m_map->toLonLat(QPointF(m_map->width() / 2.0, m_map->height() / 2.0));
    CallTakingDialog::PlaceSearch search = [this](const QString& query) { return m_stationMap->searchPlaces(query); };
    CallTakingDialog dialog(search, centre, m_session.clock().now(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Command alert = core::Command::createAlert(dialog.alert(), m_session.clock().now());
    if (dialog.createsIncident())
        m_callIncidents.insert(alert.id, dialog.incident());
    submit(alert);
}

void DeskActions::toggleEmergency()
{
    const qint64 id = selectedUnit();
    const core::Unit* unit = m_session.state().unit(id);
    if (!unit)
        return;
    if (!unit->hasEmergency()) {
        // Declared at once: an officer in trouble does not wait for a confirmation box.
        submit(core::Command::unitEmergency(id, true, m_session.clock().now()));
        return;
    }
    if (QMessageBox::question(
            m_window, tr("Officer emergency"),
            tr("Clear the emergency of %1? Do it only when the officer is safe.").arg(unit->callSign)) ==
        QMessageBox::Yes)
        submit(core::Command::unitEmergency(id, false, m_session.clock().now()));
}

void DeskActions::welfareCheck()
{
    qint64 id = selectedUnit();
    const QList<qint64> due = m_unitModel->welfareDueUnits();
    if (!m_unitModel->welfareDue(id) && !due.isEmpty())
        id = due.first(); // the one that is waiting
    const core::Unit* unit = m_session.state().unit(id);
    if (!unit)
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getText(m_window, tr("Welfare check"), tr("%1 answered. Note (optional):").arg(unit->callSign),
                              QLineEdit::Normal, tr("OK"), &ok);
    if (ok)
        submit(core::Command::welfareCheck(id, note, m_session.clock().now()));
}

void DeskActions::triageAlert()
{
    const QList<qint64> ids = selectedAlerts();
    const auto& alerts = m_session.state().alerts();
    if (ids.isEmpty() || !alerts.contains(ids.first()))
        return;
    const core::Alert& first = alerts[ids.first()];
    QStringList types;
    int current = -1;
    for (const core::IncidentType& t : core::IncidentTypes::all()) {
        if (t.code == first.type)
            current = int(types.size());
        types << incidentTypeLabel(t.code);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Alert #%1").arg(first.id), tr("Type:"), types,
                                                 current < 0 ? int(types.size()) - 1 : current, false, &ok);
    if (!ok)
        return;
    const core::IncidentType type = core::IncidentTypes::all().at(types.indexOf(chosen));
    const int priority = QInputDialog::getInt(m_window, tr("Alert #%1").arg(first.id), tr("Priority (1 = highest):"),
                                              type.defaultPriority, 1, 5, 1, &ok);
    if (!ok)
        return;
    for (qint64 id : ids)
        submit(core::Command::updateAlert(id,
                                          {{QStringLiteral("type"), type.code}, {QStringLiteral("priority"), priority}},
                                          m_session.clock().now()));
}

void DeskActions::linkAlertsToIncident()
{
    const qint64 incident = m_incidents->selectedIncident();
    const QList<qint64> ids = selectedAlerts();
    if (!incident || ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the duplicate alerts in the queue and the incident they belong to."), 8000);
        return;
    }
    submit(core::Command::linkAlerts(incident, ids, m_session.clock().now()));
}

void DeskActions::clearBraceletAlarm()
{
    const auto& alerts = m_session.state().alerts();
    for (qint64 id : selectedAlerts()) {
        if (!alerts.contains(id) || alerts[id].channel != QLatin1String("bracelet"))
            continue;
        bool ok = false;
        const QString note = QInputDialog::getText(
            m_window, tr("Clear bracelet alarm #%1").arg(id),
            tr("What was done (the victim was reached, a unit checked the area…):"), QLineEdit::Normal, QString(), &ok);
        if (ok && !note.trimmed().isEmpty())
            submit(core::Command::clearBraceletAlert(id, note.trimmed(), m_session.clock().now()));
    }
}

void DeskActions::openAttachment()
{
    const QList<qint64> ids = selectedAlerts();
    const auto& alerts = m_session.state().alerts();
    if (ids.isEmpty() || !alerts.contains(ids.first()))
        return;
    const QJsonArray attachments = alerts[ids.first()].attachments;
    const QList<int> stored = core::AttachmentReader::storedEntries(attachments);
    if (stored.isEmpty()) {
        Q_EMIT statusMessage(attachments.isEmpty()
                                 ? tr("The selected alert has no attachments.")
                                 : tr("The alert's attachments are not stored (yet): see its tooltip."),
                             8000);
        return;
    }
    int pick = stored.first();
    if (stored.size() > 1) {
        QStringList choices;
        for (int i : stored) {
            const QJsonObject a = attachments.at(i).toObject();
            choices << tr("%1. %2 %3")
                           .arg(i + 1)
                           .arg(a.value(QLatin1String("mime_type")).toString(),
                                a.value(QLatin1String("caption")).toString());
        }
        bool ok = false;
        const QString choice =
            QInputDialog::getItem(m_window, tr("Open attachment"), tr("Attachment:"), choices, 0, false, &ok);
        if (!ok)
            return;
        pick = stored.at(choices.indexOf(choice));
    }
    const QString sha = attachments.at(pick).toObject().value(QLatin1String("sha256")).toString();
    const QString conninfo = m_session.conninfo();
    QPointer<DeskActions> self(this);
    Q_EMIT statusMessage(tr("Opening the attachment…"), 4000);
    QThreadPool::globalInstance()->start([self, conninfo, sha] {
        QString path, error;
        try {
            core::AttachmentReader reader(conninfo);
            if (const auto a = reader.read(sha)) {
                // A folder of this user's only; the file is named by its hash (the same content, one file).
                const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                                    QStringLiteral("/centinela-attachments");
                QDir().mkpath(dir);
                QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                path = dir + QLatin1Char('/') + sha.left(16) + QLatin1Char('.') +
                       core::AttachmentReader::suffixFor(a->mimeType);
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(a->content) != a->content.size()) {
                    error = file.errorString();
                    path.clear();
                }
            } else {
                error = QStringLiteral("not in the store");
            }
        } catch (const core::PgError& e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, error] {
                if (!self)
                    return;
                if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
                    Q_EMIT self->statusMessage(
                        tr("The attachment could not be opened: %1").arg(error.isEmpty() ? path : error), 10000);
                else
                    Q_EMIT self->statusMessage(tr("Attachment saved to %1 and opened.").arg(path), 8000);
            },
            Qt::QueuedConnection);
    });
}

void DeskActions::setSelectedUnitStatus(const QString& status)
{
    if (const qint64 unit = selectedUnit())
        submit(core::Command::setUnitStatus(unit, status, m_session.clock().now()));
}

} // namespace centinela::ui
