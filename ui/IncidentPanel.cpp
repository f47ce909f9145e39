#include "IncidentPanel.h"

#include "Labels.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace centinela::ui {

IncidentPanel::IncidentPanel(core::DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_assign(new QPushButton(tr("&Assign unit (F4)"), this))
    , m_note(new QPushButton(tr("Add &note"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    m_list->setObjectName(QStringLiteral("incidentList"));
    m_detail->setObjectName(QStringLiteral("incidentDetail"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_note);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail, 2);
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, &IncidentPanel::assignUnit);
    connect(m_note, &QPushButton::clicked, this, &IncidentPanel::addNote);
    connect(m_close, &QPushButton::clicked, this, &IncidentPanel::closeIncident);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showDetail();
        Q_EMIT selectionChanged(selectedIncident());
    });

    const core::StationState& state = session.state();
    connect(&state, &core::StationState::reset, this, &IncidentPanel::rebuildList);
    connect(&state, &core::StationState::incidentAdded, this, &IncidentPanel::rebuildList);
    connect(&state, &core::StationState::incidentRemoved, this, &IncidentPanel::rebuildList);
    connect(&state, &core::StationState::incidentChanged, this, &IncidentPanel::rebuildList);
    connect(&state, &core::StationState::noteAdded, this, &IncidentPanel::showDetail);
    connect(&state, &core::StationState::unitChanged, this, &IncidentPanel::showDetail);
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
    showDetail();
}

void IncidentPanel::showDetail()
{
    const qint64 id = selectedIncident();
    const auto& incidents = m_session.state().incidents();
    const bool has = incidents.contains(id);
    m_assign->setEnabled(has);
    m_note->setEnabled(has);
    m_close->setEnabled(has);
    if (!has) {
        m_detail->setHtml(tr("<i>No incident selected.</i>"));
        return;
    }
    const core::Incident& i = incidents[id];
    auto time = [](const QDateTime& t) {
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("—");
    };
    QString html = QStringLiteral("<h3>#%1 %2</h3>").arg(i.id).arg(incidentTypeLabel(i.type).toHtmlEscaped());
    html += tr("<p>Priority %1 · %2</p>").arg(i.priority).arg(incidentStateLabel(i.state));
    if (!i.address.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(i.address.toHtmlEscaped());
    html += QStringLiteral("<table>");
    const std::pair<QString, QDateTime> times[] = {
        {tr("Received"), i.receivedAt}, {tr("Acknowledged"), i.acknowledgedAt}, {tr("Dispatched"), i.dispatchedAt},
        {tr("En route"), i.enRouteAt},  {tr("On scene"), i.onSceneAt},          {tr("Cleared"), i.clearedAt}};
    for (const auto& [label, t] : times)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label, time(t));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Units"));
    for (const core::Assignment& a : m_session.state().assignmentsOf(id)) {
        const core::Unit* u = m_session.state().unit(a.unitId);
        html += QStringLiteral("<li>%1 — %2 (%3)</li>")
                    .arg(u ? u->callSign.toHtmlEscaped() : QString::number(a.unitId),
                         u ? unitStatusLabel(u->status) : QString(), a.assignedBy.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Notes"));
    for (const core::Note& n : m_session.state().notesOf(id))
        html += QStringLiteral("<li>%1 %2: %3</li>").arg(time(n.at), n.author.toHtmlEscaped(), n.body.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
}

void IncidentPanel::submit(const core::Command& command)
{
    QString error;
    if (!m_session.submit(command, &error))
        QMessageBox::critical(this, tr("Centinela"), tr("The action could not be saved: %1").arg(error));
}

void IncidentPanel::assignUnit()
{
    const qint64 id = selectedIncident();
    if (!id)
        return;
    QStringList choices;
    QList<qint64> ids;
    for (const core::Unit& u : m_session.state().units()) {
        if (u.status != core::UnitStatus::Available)
            continue;
        choices << QStringLiteral("%1 (%2)").arg(u.callSign, unitKindLabel(u.kind));
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
    submit(core::Command::assignUnit(id, unitId, QString(), m_session.clock().now()));
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
