#include "IncidentPanel.h"

#include "DeskRecommender.h"
#include "Labels.h"
#include "domain/IncidentTypes.h"
#include "store/PgConnection.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace centinela::ui {

namespace {

constexpr double kPremiseRadiusM = 150;

QString clock(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("—");
}

} // namespace

IncidentPanel::IncidentPanel(core::DeskSession& session, DeskRecommender& recommender, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_recommender(recommender)
    , m_list(new QListWidget(this))
    , m_units(new QTreeWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_assign(new QPushButton(tr("&Assign first (F4)"), this))
    , m_other(new QPushButton(tr("Ot&her unit… (Shift+F4)"), this))
    , m_note(new QPushButton(tr("Add &note"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    m_list->setObjectName(QStringLiteral("incidentList"));
    m_units->setObjectName(QStringLiteral("recommendations"));
    m_detail->setObjectName(QStringLiteral("incidentDetail"));
    m_units->setHeaderLabels({tr("#"), tr("Unit"), tr("Kind"), tr("ETA"), tr("Road distance")});
    m_units->setRootIsDecorated(false);
    m_units->setUniformRowHeights(true);
    m_units->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_units->setToolTip(tr("Nearest available units by road travel time that the incident's type allows. "
                           "F4 assigns the first; Enter assigns the highlighted one (asks why)."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_other);
    buttons->addWidget(m_note);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_units, 2);
    layout->addWidget(m_detail, 3);
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, &IncidentPanel::assignUnit);
    connect(m_other, &QPushButton::clicked, this, &IncidentPanel::assignOtherUnit);
    connect(m_note, &QPushButton::clicked, this, &IncidentPanel::addNote);
    connect(m_close, &QPushButton::clicked, this, &IncidentPanel::closeIncident);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        refreshRecommendations();
        showDetail();
        fetchRecords(selectedIncident());
        Q_EMIT selectionChanged(selectedIncident());
    });
    connect(m_units, &QTreeWidget::currentItemChanged, this, &IncidentPanel::previewSelectedRoute);
    connect(m_units, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int rank = m_units->indexOfTopLevelItem(item);
        assign(item->data(0, Qt::UserRole).toLongLong(), rank != 0);
    });

    const core::StationState& state = session.state();
    connect(&state, &core::StationState::reset, this, &IncidentPanel::rebuildList);
    connect(&state, &core::StationState::incidentAdded, this, &IncidentPanel::rebuildList);
    connect(&state, &core::StationState::incidentRemoved, this, &IncidentPanel::rebuildList);
    connect(&state, &core::StationState::incidentChanged, this, [this](qint64 id) {
        rebuildList();
        if (id == selectedIncident())
            fetchRecords(id);
    });
    connect(&state, &core::StationState::noteAdded, this, [this](qint64 id) {
        if (id == selectedIncident())
            fetchRecords(id);
        showDetail();
    });
    connect(&state, &core::StationState::unitChanged, this, [this] {
        showDetail();
        m_recommendTimer.start();
    });
    // Units move all the time: the list follows at most once a second.
    m_recommendTimer.setSingleShot(true);
    m_recommendTimer.setInterval(1000);
    connect(&m_recommendTimer, &QTimer::timeout, this, &IncidentPanel::refreshRecommendations);
    connect(&state, &core::StationState::unitsMoved, this, [this] {
        if (!m_recommendTimer.isActive())
            m_recommendTimer.start();
    });
    connect(&recommender, &DeskRecommender::ready, this, &IncidentPanel::refreshRecommendations);
    rebuildList();
}

qint64 IncidentPanel::selectedIncident() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void IncidentPanel::selectIncident(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

void IncidentPanel::rebuildList()
{
    const qint64 selected = selectedIncident();
    QList<core::Incident> incidents = m_session.state().incidents().values();
    std::sort(incidents.begin(), incidents.end(), [](const core::Incident& a, const core::Incident& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.receivedAt < b.receivedAt;
    });
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const core::Incident& i : incidents) {
            auto* item = new QListWidgetItem(QStringLiteral("#%1  P%2  %3 · %4")
                                                 .arg(i.id)
                                                 .arg(i.priority)
                                                 .arg(incidentTypeLabel(i.type), incidentStateLabel(i.state)),
                                             m_list);
            item->setData(Qt::UserRole, i.id);
            item->setForeground(priorityColor(i.priority));
        }
        if (selected)
            selectIncident(selected);
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    if (selectedIncident() != selected) {
        fetchRecords(selectedIncident());
        Q_EMIT selectionChanged(selectedIncident());
    }
    refreshRecommendations();
    showDetail();
}

void IncidentPanel::refreshRecommendations()
{
    const qint64 id = selectedIncident();
    const qint64 highlighted = m_units->currentItem() ? m_units->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_recommended.clear();
    const auto& incidents = m_session.state().incidents();
    QString placeholder;
    if (incidents.contains(id)) {
        const core::Incident& incident = incidents[id];
        if (!incident.location)
            placeholder = tr("No location yet: set one (map, address or the caller's pin) to get recommendations.");
        else if (!m_recommender.isReady())
            placeholder = m_recommender.status();
        else
            m_recommended = m_recommender.recommend(incident).units;
        if (placeholder.isEmpty() && m_recommended.empty())
            placeholder = tr("No available unit that this incident's type allows can reach it.");
    }
    const QSignalBlocker block(m_units);
    m_units->clear();
    for (std::size_t rank = 0; rank < m_recommended.size(); ++rank) {
        const core::UnitRecommendation& r = m_recommended[rank];
        const core::Unit* u = m_session.state().unit(r.unitId);
        auto* item = new QTreeWidgetItem(m_units);
        item->setText(0, QString::number(rank + 1));
        item->setText(1, u ? u->callSign : QString::number(r.unitId));
        item->setText(2, u ? unitKindLabel(u->kind) : QString());
        item->setText(3, formatElapsed(qint64(std::lround(r.etaS))));
        item->setText(4, r.distanceM >= 1000 ? tr("%1 km").arg(r.distanceM / 1000, 0, 'f', 1)
                                             : tr("%1 m").arg(qint64(std::lround(r.distanceM))));
        item->setData(0, Qt::UserRole, r.unitId);
        if (r.unitId == highlighted)
            m_units->setCurrentItem(item);
    }
    if (!placeholder.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_units);
        item->setText(0, placeholder);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::NoItemFlags);
    } else if (!m_units->currentItem() && m_units->topLevelItemCount() > 0) {
        m_units->setCurrentItem(m_units->topLevelItem(0));
    }
    m_assign->setEnabled(incidents.contains(id));
    previewSelectedRoute();
}

void IncidentPanel::previewSelectedRoute()
{
    const QTreeWidgetItem* item = m_units->currentItem();
    const qint64 unit = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    for (const core::UnitRecommendation& r : m_recommended)
        if (r.unitId == unit) {
            Q_EMIT routePreview(r.route);
            return;
        }
    Q_EMIT routePreview({});
}

void IncidentPanel::showDetail()
{
    const qint64 id = selectedIncident();
    const auto& incidents = m_session.state().incidents();
    const bool has = incidents.contains(id);
    m_other->setEnabled(has);
    m_note->setEnabled(has);
    m_close->setEnabled(has);
    if (!has) {
        m_detail->setHtml(tr("<i>No incident selected.</i>"));
        return;
    }
    const core::Incident& i = incidents[id];
    QString html = QStringLiteral("<h3>#%1 %2</h3>").arg(i.id).arg(incidentTypeLabel(i.type).toHtmlEscaped());
    html += tr("<p>Priority %1 · %2</p>").arg(i.priority).arg(incidentStateLabel(i.state));
    if (!i.address.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(i.address.toHtmlEscaped());
    const QStringList needs = core::IncidentTypes::find(i.type).needs;
    if (!needs.isEmpty()) {
        QStringList labels;
        for (const QString& n : needs)
            labels << capabilityLabel(n);
        html += tr("<p>Needs: %1</p>").arg(labels.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    html += QStringLiteral("<table>");
    const std::pair<QString, QDateTime> times[] = {
        {tr("Received"), i.receivedAt}, {tr("Acknowledged"), i.acknowledgedAt}, {tr("Dispatched"), i.dispatchedAt},
        {tr("En route"), i.enRouteAt},  {tr("On scene"), i.onSceneAt},          {tr("Cleared"), i.clearedAt}};
    for (const auto& [label, t] : times)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label, clock(t));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Units"));
    for (const core::Assignment& a : m_session.state().assignmentsOf(id)) {
        const core::Unit* u = m_session.state().unit(a.unitId);
        html += QStringLiteral("<li>%1 — %2 (%3)%4</li>")
                    .arg(u ? u->callSign.toHtmlEscaped() : QString::number(a.unitId),
                         u ? unitStatusLabel(u->status) : QString(), a.assignedBy.toHtmlEscaped(),
                         a.reason.isEmpty() ? QString() : QStringLiteral(" — ") + a.reason.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");

    const Records records = m_records.value(id);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Timeline"));
    if (!records.error.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Not available: %1").arg(records.error).toHtmlEscaped());
    } else if (records.timeline.isEmpty()) {
        // Until the database answers, the notes the desk holds.
        html += QStringLiteral("<ul>");
        for (const core::Note& n : m_session.state().notesOf(id))
            html +=
                QStringLiteral("<li>%1 %2: %3</li>").arg(clock(n.at), n.author.toHtmlEscaped(), n.body.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<table>");
        for (const core::TimelineEntry& e : records.timeline) {
            const QString what = timelineText(e, m_session.state());
            if (what.isEmpty())
                continue;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(clock(e.at), e.actor.toHtmlEscaped(), what.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (i.location) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Earlier incidents within %1 m").arg(kPremiseRadiusM));
        if (records.premises.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(records.loading ? tr("Looking…") : tr("None."));
        html += QStringLiteral("<ul>");
        for (const core::PremiseEntry& p : records.premises)
            html +=
                QStringLiteral("<li>#%1 %2 · %3 · %4 m%5</li>")
                    .arg(p.id)
                    .arg(incidentTypeLabel(p.type).toHtmlEscaped(),
                         p.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    .arg(qint64(std::lround(p.distanceM)))
                    .arg(p.disposition.isEmpty() ? QString() : QStringLiteral(" · ") + p.disposition.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

void IncidentPanel::fetchRecords(qint64 incidentId)
{
    const auto& incidents = m_session.state().incidents();
    if (!incidents.contains(incidentId))
        return;
    const std::optional<core::GeoPoint> place = incidents[incidentId].location;
    m_records[incidentId].loading = true;
    QPointer<IncidentPanel> self(this);
    const QString conninfo = m_session.conninfo();
    QThreadPool::globalInstance()->start([self, conninfo, incidentId, place] {
        Records r;
        try {
            core::IncidentLookup lookup(conninfo);
            r.timeline = lookup.timeline(incidentId);
            if (place)
                r.premises = lookup.premiseHistory(*place, kPremiseRadiusM, incidentId);
        } catch (const core::PgError& e) {
            r.error = e.message();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, incidentId, r] {
                if (!self)
                    return;
                self->m_records.insert(incidentId, r);
                if (self->selectedIncident() == incidentId)
                    self->showDetail();
            },
            Qt::QueuedConnection);
    });
}

void IncidentPanel::submit(const core::Command& command)
{
    QString error;
    if (!m_session.submit(command, &error))
        QMessageBox::critical(this, tr("Centinela"), tr("The action could not be saved: %1").arg(error));
}

void IncidentPanel::assignUnit()
{
    if (!selectedIncident())
        return;
    if (m_recommended.empty()) {
        assignOtherUnit();
        return;
    }
    assign(m_recommended.front().unitId, false);
}

void IncidentPanel::assign(qint64 unitId, bool askReason)
{
    const qint64 id = selectedIncident();
    if (!id || !unitId)
        return;
    QString reason;
    if (askReason) {
        // Passing over the recommendation is allowed and audited: the reason goes with the assignment.
        const core::Unit* top = m_recommended.empty() ? nullptr : m_session.state().unit(m_recommended.front().unitId);
        const QString first = top ? top->callSign : tr("none");
        const QStringList reasons = {tr("Closer in reality (radio position)"), tr("Has the equipment needed"),
                                     tr("Recommended unit does not answer"), tr("Knows the area or the people")};
        bool ok = false;
        reason = QInputDialog::getItem(this, tr("Why not %1?").arg(first),
                                       tr("The recommendation was %1. Reason for choosing another unit:").arg(first),
                                       reasons, 0, true, &ok)
                     .trimmed();
        if (!ok || reason.isEmpty())
            return;
    }
    // The estimate goes with the assignment: the citizens who reported it are told about when to expect
    // the unit. The recommendation's own figure for recommended units, a route for any other.
    int etaS = -1;
    for (const core::UnitRecommendation& r : m_recommended)
        if (r.unitId == unitId && std::isfinite(r.etaS))
            etaS = int(std::lround(r.etaS));
    if (etaS < 0 && m_session.state().incidents().contains(id)) {
        const core::Recommendation route = m_recommender.routeFor(unitId, m_session.state().incidents()[id]);
        if (!route.units.empty() && std::isfinite(route.units.front().etaS))
            etaS = int(std::lround(route.units.front().etaS));
    }
    submit(core::Command::assignUnit(id, unitId, reason, m_session.clock().now(), etaS));
}

void IncidentPanel::assignOtherUnit()
{
    const qint64 id = selectedIncident();
    const auto& incidents = m_session.state().incidents();
    if (!incidents.contains(id))
        return;
    const core::Incident& incident = incidents[id];
    QStringList choices;
    QList<qint64> ids;
    QList<core::Unit> units = m_session.state().units().values();
    std::sort(units.begin(), units.end(),
              [](const core::Unit& a, const core::Unit& b) { return a.callSign < b.callSign; });
    for (const core::Unit& u : units) {
        if (u.status != core::UnitStatus::Available || u.hasEmergency())
            continue;
        QString text = QStringLiteral("%1 (%2)").arg(u.callSign, unitKindLabel(u.kind));
        const core::Recommendation route = m_recommender.routeFor(u.id, incident);
        if (!route.units.empty())
            text += QStringLiteral(" — ") + formatElapsed(qint64(std::lround(route.units.front().etaS)));
        if (!m_recommender.eligible(u.id, incident.type))
            text += QStringLiteral(" — ") + tr("lacks what the type needs");
        choices << text;
        ids << u.id;
    }
    if (choices.isEmpty()) {
        QMessageBox::information(this, tr("Assign unit"), tr("No unit is available."));
        return;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Assign unit"), tr("Unit:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const qint64 unitId = ids.at(choices.indexOf(choice));
    // A reason is asked when the choice passes over the recommendation or lacks what the type needs.
    const bool isFirst = !m_recommended.empty() && m_recommended.front().unitId == unitId;
    assign(unitId, (!m_recommended.empty() && !isFirst) || !m_recommender.eligible(unitId, incident.type));
}

void IncidentPanel::editIncident()
{
    const qint64 id = selectedIncident();
    const auto& incidents = m_session.state().incidents();
    if (!incidents.contains(id))
        return;
    const core::Incident incident = incidents[id];
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Incident #%1").arg(id));
    auto* type = new QComboBox(&dialog);
    for (const core::IncidentType& t : core::IncidentTypes::all())
        type->addItem(incidentTypeLabel(t.code), t.code);
    type->setCurrentIndex(
        std::max(0, type->findData(incident.type.isEmpty() ? QStringLiteral("unknown") : incident.type)));
    type->setObjectName(QStringLiteral("incidentType"));
    auto* priority = new QSpinBox(&dialog);
    priority->setRange(1, 5);
    priority->setValue(incident.priority);
    // The location by address over the map's names (Enter searches); the current one stays unless a
    // place is chosen. An operator's place is never replaced by a later message pin.
    auto* address = new QLineEdit(&dialog);
    address->setObjectName(QStringLiteral("incidentAddress"));
    address->setPlaceholderText(tr("Street, place or \"street y street\" — Enter searches the map"));
    auto* places = new QComboBox(&dialog);
    places->setObjectName(QStringLiteral("incidentPlaces"));
    places->addItem(incident.location ? tr("(keep the current location)") : tr("(no location yet)"));
    connect(address, &QLineEdit::returnPressed, &dialog, [this, address, places] {
        places->clear();
        places->addItem(tr("(keep the current location)"));
        const QList<CallTakingDialog::Place> found =
            m_placeSearch ? m_placeSearch(address->text().trimmed()) : QList<CallTakingDialog::Place>();
        for (const CallTakingDialog::Place& p : found)
            places->addItem(p.label, QVariant::fromValue(QPointF(p.point.lon, p.point.lat)));
        places->setCurrentIndex(found.isEmpty() ? 0 : 1);
        places->setFocus();
    });
    // A new type brings its usual priority; the operator may still change it.
    connect(type, &QComboBox::currentIndexChanged, &dialog, [type, priority] {
        priority->setValue(core::IncidentTypes::find(type->currentData().toString()).defaultPriority);
    });
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Type:"), type);
    form->addRow(tr("&Priority (1 = highest):"), priority);
    form->addRow(tr("&Address:"), address);
    form->addRow(tr("&Found:"), places);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    // Enter in the address field searches; it must not close the dialog.
    box->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    box->button(QDialogButtonBox::Ok)->setDefault(false);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QJsonObject changes;
    if (type->currentData().toString() != incident.type)
        changes.insert(QStringLiteral("type"), type->currentData().toString());
    if (priority->value() != incident.priority)
        changes.insert(QStringLiteral("priority"), priority->value());
    if (places->currentData().isValid()) {
        const QPointF p = places->currentData().toPointF();
        changes.insert(QStringLiteral("lon"), p.x());
        changes.insert(QStringLiteral("lat"), p.y());
        changes.insert(QStringLiteral("location_source"), QStringLiteral("address"));
        changes.insert(QStringLiteral("address"), places->currentText());
    }
    if (!changes.isEmpty())
        submit(core::Command::updateIncident(id, changes, m_session.clock().now()));
}

void IncidentPanel::addNote()
{
    const qint64 id = selectedIncident();
    if (!id)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add note"), tr("Note:"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        submit(core::Command::addNote(id, text.trimmed(), m_session.clock().now()));
}

void IncidentPanel::closeIncident()
{
    const qint64 id = selectedIncident();
    if (!id)
        return;
    bool ok = false;
    const QStringList dispositions = {tr("Resolved"),  tr("Report taken"), tr("Arrest"),
                                      tr("Unfounded"), tr("Duplicate"),    tr("Cancelled by caller")};
    const QString d = QInputDialog::getItem(this, tr("Close incident"), tr("Disposition:"), dispositions, 0, true, &ok);
    if (ok && !d.isEmpty())
        submit(core::Command::closeIncident(id, d, m_session.clock().now()));
}

} // namespace centinela::ui
