#include "Labels.h"

#include <QCoreApplication>

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
    if (type.isEmpty() || type == QLatin1String("unknown"))
        return Labels::tr("Unclassified");
    return type;
}

QColor unitStatusColor(core::UnitStatus status)
{
    switch (status) {
    case core::UnitStatus::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case core::UnitStatus::Dispatched:
        return QColor(0xf9, 0xa8, 0x25);
    case core::UnitStatus::EnRoute:
        return QColor(0xef, 0x6c, 0x00);
    case core::UnitStatus::OnScene:
        return QColor(0xc6, 0x28, 0x28);
    case core::UnitStatus::OutOfService:
        return QColor(0x61, 0x61, 0x61);
    case core::UnitStatus::OffDuty:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
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
