#include "Status.h"

#include <array>
#include <utility>

namespace centinela::core {

namespace {

using U = UnitStatus;
constexpr std::array<std::pair<U, U>, 18> kUnitTransitions = {{
    {U::OffDuty, U::Available},
    {U::OffDuty, U::OutOfService},
    {U::Available, U::Dispatched},
    {U::Available, U::EnRoute},
    {U::Available, U::OutOfService},
    {U::Available, U::OffDuty},
    {U::Dispatched, U::EnRoute},
    {U::Dispatched, U::OnScene},
    {U::Dispatched, U::Available},
    {U::Dispatched, U::OutOfService},
    {U::EnRoute, U::OnScene},
    {U::EnRoute, U::Available},
    {U::EnRoute, U::OutOfService},
    {U::OnScene, U::Available},
    {U::OnScene, U::EnRoute},
    {U::OnScene, U::OutOfService},
    {U::OutOfService, U::Available},
    {U::OutOfService, U::OffDuty},
}};

using I = IncidentState;
constexpr std::array<std::pair<I, I>, 7> kIncidentTransitions = {{
    {I::Pending, I::Dispatched},
    {I::Pending, I::Closed},
    {I::Dispatched, I::OnScene},
    {I::Dispatched, I::Pending},
    {I::Dispatched, I::Closed},
    {I::OnScene, I::Dispatched},
    {I::OnScene, I::Closed},
}};

template <typename E, std::size_t N>
std::optional<E> fromName(const QString& name, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [value, text] : table)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N> QString toName(E value, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

constexpr std::array<std::pair<UnitStatus, const char*>, 6> kUnitNames = {{
    {U::Available, "available"},
    {U::Dispatched, "dispatched"},
    {U::EnRoute, "en_route"},
    {U::OnScene, "on_scene"},
    {U::OutOfService, "out_of_service"},
    {U::OffDuty, "off_duty"},
}};
constexpr std::array<std::pair<IncidentState, const char*>, 4> kIncidentNames = {{
    {I::Pending, "pending"},
    {I::Dispatched, "dispatched"},
    {I::OnScene, "on_scene"},
    {I::Closed, "closed"},
}};
constexpr std::array<std::pair<AlertState, const char*>, 4> kAlertNames = {{
    {AlertState::New, "new"},
    {AlertState::Acknowledged, "acknowledged"},
    {AlertState::Linked, "linked"},
    {AlertState::Dismissed, "dismissed"},
}};

} // namespace

QString toDbName(UnitStatus status)
{
    return toName(status, kUnitNames);
}
QString toDbName(IncidentState state)
{
    return toName(state, kIncidentNames);
}
QString toDbName(AlertState state)
{
    return toName(state, kAlertNames);
}
std::optional<UnitStatus> unitStatusFromDb(const QString& name)
{
    return fromName(name, kUnitNames);
}
std::optional<IncidentState> incidentStateFromDb(const QString& name)
{
    return fromName(name, kIncidentNames);
}
std::optional<AlertState> alertStateFromDb(const QString& name)
{
    return fromName(name, kAlertNames);
}

QList<UnitStatus> allUnitStatuses()
{
    QList<UnitStatus> out;
    for (const auto& [value, name] : kUnitNames)
        out.push_back(value);
    return out;
}

QList<IncidentState> allIncidentStates()
{
    QList<IncidentState> out;
    for (const auto& [value, name] : kIncidentNames)
        out.push_back(value);
    return out;
}

bool canTransition(UnitStatus from, UnitStatus to)
{
    for (const auto& [a, b] : kUnitTransitions)
        if (a == from && b == to)
            return true;
    return false;
}

bool canTransition(IncidentState from, IncidentState to)
{
    for (const auto& [a, b] : kIncidentTransitions)
        if (a == from && b == to)
            return true;
    return false;
}

} // namespace centinela::core
