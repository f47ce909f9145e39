#include "IncidentTypes.h"

namespace centinela::core {

const QList<IncidentType>& IncidentTypes::all()
{
    static const QList<IncidentType> types = {
        {QStringLiteral("robbery"), 1, {}},
        {QStringLiteral("assault"), 1, {}},
        {QStringLiteral("shots_fired"), 1, {}},
        {QStringLiteral("domestic_violence"), 1, {QStringLiteral("female_officer")}},
        {QStringLiteral("sexual_assault"), 1, {QStringLiteral("female_officer")}},
        {QStringLiteral("officer_emergency"), 1, {}},
        {QStringLiteral("bracelet_alarm"), 1, {}},
        {QStringLiteral("extortion"), 2, {}},
        {QStringLiteral("burglary"), 2, {}},
        {QStringLiteral("vehicle_theft"), 2, {}},
        {QStringLiteral("traffic_accident"), 2, {}},
        {QStringLiteral("missing_person"), 2, {}},
        {QStringLiteral("drug_search"), 3, {QStringLiteral("k9")}},
        {QStringLiteral("theft"), 3, {}},
        {QStringLiteral("suspicious_person"), 3, {}},
        {QStringLiteral("disturbance"), 3, {}},
        {QStringLiteral("other"), 3, {}},
        {QStringLiteral("unknown"), 3, {}},
    };
    return types;
}

IncidentType IncidentTypes::find(const QString& code)
{
    for (const IncidentType& t : all())
        if (t.code == code)
            return t;
    return IncidentType{QStringLiteral("unknown"), 3, {}};
}

} // namespace centinela::core
