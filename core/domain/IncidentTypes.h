#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace centinela::core {

/// What an incident type needs: its default priority and what a unit must provide (a kind or a
/// capability, e.g. "female_officer" for gender-violence calls, "k9" for a drug search). The
/// recommender offers only units that provide all of them.
struct IncidentType
{
    QString code;
    int defaultPriority = 3;
    QStringList needs;
};

/// The station's incident types. Labels and the call-taker's questions live in the ui layer
/// (translated); codes are what the database stores.
class IncidentTypes
{
public:
    static const QList<IncidentType>& all();
    /// The type for `code`; "unknown" (priority 3, no requirement) when the code is not known.
    static IncidentType find(const QString& code);
};

} // namespace centinela::core
