#include "Labels.h"

#include "canvas/StationMapFeed.h"
#include "domain/StationState.h"
#include "store/IncidentLookup.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace centinela::ui {

namespace {
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString unitStatusLabel(core::UnitStatus status)
{
    switch (status) {
    case core::UnitStatus::Available:
        return Labels::tr("Available");
    case core::UnitStatus::Dispatched:
        return Labels::tr("Dispatched");
    case core::UnitStatus::EnRoute:
        return Labels::tr("En route");
    case core::UnitStatus::OnScene:
        return Labels::tr("On scene");
    case core::UnitStatus::OutOfService:
        return Labels::tr("Out of service");
    case core::UnitStatus::OffDuty:
        return Labels::tr("Off duty");
    }
    return {};
}

QString incidentStateLabel(core::IncidentState state)
{
    switch (state) {
    case core::IncidentState::Pending:
        return Labels::tr("Pending");
    case core::IncidentState::Dispatched:
        return Labels::tr("Dispatched");
    case core::IncidentState::OnScene:
        return Labels::tr("On scene");
    case core::IncidentState::Closed:
        return Labels::tr("Closed");
    }
    return {};
}

QString channelLabel(const QString& channel)
{
    if (channel == QLatin1String("vetted_group"))
        return Labels::tr("Vetted group");
    if (channel == QLatin1String("unverified"))
        return Labels::tr("Unverified");
    if (channel == QLatin1String("sms"))
        return Labels::tr("SMS");
    if (channel == QLatin1String("tipline"))
        return Labels::tr("Anonymous tip");
    if (channel == QLatin1String("hotline"))
        return Labels::tr("Hotline");
    if (channel == QLatin1String("cap"))
        return Labels::tr("CAP feed");
    if (channel == QLatin1String("bracelet"))
        return Labels::tr("Bracelet alarm");
    if (channel == QLatin1String("phone"))
        return Labels::tr("Phone");
    if (channel == QLatin1String("radio"))
        return Labels::tr("Radio");
    if (channel == QLatin1String("front_desk"))
        return Labels::tr("Front desk");
    if (channel == QLatin1String("business"))
        return Labels::tr("Business");
    return channel;
}

QString unitKindLabel(const QString& kind)
{
    if (kind == QLatin1String("car"))
        return Labels::tr("Car");
    if (kind == QLatin1String("motorcycle"))
        return Labels::tr("Motorcycle");
    if (kind == QLatin1String("foot"))
        return Labels::tr("On foot");
    if (kind == QLatin1String("bicycle"))
        return Labels::tr("Bicycle");
    if (kind == QLatin1String("k9"))
        return Labels::tr("K9");
    return Labels::tr("Other");
}

QString incidentTypeLabel(const QString& type)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("robbery"), QT_TRANSLATE_NOOP("Labels", "Robbery")},
        {QStringLiteral("assault"), QT_TRANSLATE_NOOP("Labels", "Assault")},
        {QStringLiteral("shots_fired"), QT_TRANSLATE_NOOP("Labels", "Shots fired")},
        {QStringLiteral("domestic_violence"), QT_TRANSLATE_NOOP("Labels", "Domestic violence")},
        {QStringLiteral("sexual_assault"), QT_TRANSLATE_NOOP("Labels", "Sexual assault")},
        {QStringLiteral("officer_emergency"), QT_TRANSLATE_NOOP("Labels", "Officer emergency")},
        {QStringLiteral("bracelet_alarm"), QT_TRANSLATE_NOOP("Labels", "Bracelet alarm")},
        {QStringLiteral("extortion"), QT_TRANSLATE_NOOP("Labels", "Extortion")},
        {QStringLiteral("burglary"), QT_TRANSLATE_NOOP("Labels", "Burglary")},
        {QStringLiteral("vehicle_theft"), QT_TRANSLATE_NOOP("Labels", "Vehicle theft")},
        {QStringLiteral("traffic_accident"), QT_TRANSLATE_NOOP("Labels", "Traffic accident")},
        {QStringLiteral("missing_person"), QT_TRANSLATE_NOOP("Labels", "Missing person")},
        {QStringLiteral("drug_search"), QT_TRANSLATE_NOOP("Labels", "Drug search")},
        {QStringLiteral("theft"), QT_TRANSLATE_NOOP("Labels", "Theft")},
        {QStringLiteral("suspicious_person"), QT_TRANSLATE_NOOP("Labels", "Suspicious person")},
        {QStringLiteral("disturbance"), QT_TRANSLATE_NOOP("Labels", "Disturbance")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Labels", "Other")},
    };
    if (type.isEmpty() || type == QLatin1String("unknown"))
        return Labels::tr("Unclassified");
    if (const auto it = names.constFind(type); it != names.constEnd())
        return Labels::tr(*it);
    return type; // a station's own type, or history imported from another system
}

QStringList incidentTypeQuestions(const QString& type)
{
    const QString injured = Labels::tr("Is anyone hurt? Is an ambulance needed?");
    const QString suspects = Labels::tr("How many suspects? What do they look like and wear?");
    const QString armed = Labels::tr("Are they armed? With what?");
    const QString fled = Labels::tr("Where did they go, and how (on foot, motorcycle, car: plate, colour)?");
    const QString now = Labels::tr("Is it happening now?");
    if (type == QLatin1String("robbery") || type == QLatin1String("assault"))
        return {injured, now, suspects, armed, fled};
    if (type == QLatin1String("shots_fired"))
        return {injured, Labels::tr("How many shots, from where?"), suspects, fled};
    if (type == QLatin1String("domestic_violence") || type == QLatin1String("sexual_assault"))
        return {injured, now, Labels::tr("Is the aggressor still there? Are there children or weapons in the home?"),
                Labels::tr("Is there a restraining order?"), Labels::tr("Can the caller talk safely?")};
    if (type == QLatin1String("burglary"))
        return {now, Labels::tr("Are the intruders still inside?"), suspects};
    if (type == QLatin1String("vehicle_theft"))
        return {Labels::tr("Plate, make, model and colour?"), Labels::tr("When was it last seen?"), fled};
    if (type == QLatin1String("traffic_accident"))
        return {injured, Labels::tr("How many vehicles? Is traffic blocked?"), Labels::tr("Fuel leak or fire?")};
    if (type == QLatin1String("missing_person"))
        return {Labels::tr("Name, age and description?"), Labels::tr("Where and when were they last seen?"),
                Labels::tr("Any illness, medication or danger?")};
    if (type == QLatin1String("extortion"))
        return {Labels::tr("How was the demand made (call, note, messenger)?"), Labels::tr("Is a payment due now?")};
    if (type == QLatin1String("suspicious_person") || type == QLatin1String("drug_search"))
        return {suspects, Labels::tr("What are they doing?"), now};
    if (type == QLatin1String("disturbance"))
        return {Labels::tr("How many people? Any fight or weapons?"), now};
    return {now, injured};
}

QString capabilityLabel(const QString& capability)
{
    if (capability == QLatin1String("female_officer"))
        return Labels::tr("female officer");
    if (capability == QLatin1String("k9"))
        return Labels::tr("K9 unit");
    if (capability == QLatin1String("motorcycle"))
        return Labels::tr("motorcycle");
    if (capability == QLatin1String("paramedic"))
        return Labels::tr("paramedic");
    return capability;
}

QString timelineText(const core::TimelineEntry& e, const core::StationState& state)
{
    const QJsonObject& p = e.payload;
    auto unitName = [&state](qint64 id) {
        const core::Unit* u = state.unit(id);
        return u ? u->callSign : QStringLiteral("#%1").arg(id);
    };
    if (e.kind == QLatin1String("incident.created"))
        return Labels::tr("Incident created (priority %1)").arg(p.value(QLatin1String("priority")).toInt());
    if (e.kind == QLatin1String("incident.closed"))
        return Labels::tr("Closed: %1").arg(p.value(QLatin1String("disposition")).toString());
    if (e.kind == QLatin1String("alert.linked"))
        return Labels::tr("Alert #%1 linked (%2): %3")
            .arg(qint64(p.value(QLatin1String("id")).toDouble()))
            .arg(channelLabel(p.value(QLatin1String("channel")).toString()),
                 p.value(QLatin1String("body")).toString().left(80));
    if (e.kind == QLatin1String("assignment.created")) {
        const QString reason = p.value(QLatin1String("reason")).toString();
        const QString unit = unitName(qint64(p.value(QLatin1String("unit_id")).toDouble()));
        return reason.isEmpty() ? Labels::tr("%1 assigned").arg(unit)
                                : Labels::tr("%1 assigned — reason: %2").arg(unit, reason);
    }
    if (e.kind == QLatin1String("unit.status")) {
        const auto status = core::unitStatusFromDb(p.value(QLatin1String("status")).toString());
        if (!status || *status == core::UnitStatus::Dispatched)
            return {}; // the assignment line says it
        return QStringLiteral("%1: %2").arg(p.value(QLatin1String("call_sign")).toString(), unitStatusLabel(*status));
    }
    if (e.kind == QLatin1String("assignment.updated") && !p.value(QLatin1String("cleared_at")).isNull())
        return Labels::tr("%1 cleared").arg(unitName(qint64(p.value(QLatin1String("unit_id")).toDouble())));
    if (e.kind == QLatin1String("unit.emergency"))
        return Labels::tr("%1: OFFICER EMERGENCY").arg(p.value(QLatin1String("call_sign")).toString());
    if (e.kind == QLatin1String("unit.emergency_cleared"))
        return Labels::tr("%1: emergency cleared").arg(p.value(QLatin1String("call_sign")).toString());
    if (e.kind == QLatin1String("note.added"))
        return Labels::tr("Note: %1").arg(p.value(QLatin1String("body")).toString());
    return {};
}

QColor unitStatusColor(core::UnitStatus status)
{
    // The map's colours: a unit looks the same on the board and on the map.
    return maps::LiveOverlay::statusColour(maps::StationMapFeed::overlayStatus(status));
}

QColor priorityColor(int priority)
{
    switch (priority) {
    case 1:
        return QColor(0xc6, 0x28, 0x28);
    case 2:
        return QColor(0xef, 0x6c, 0x00);
    case 3:
        return QColor(0xf9, 0xa8, 0x25);
    default:
        return QColor(0x61, 0x61, 0x61);
    }
}

QString formatElapsed(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace centinela::ui
