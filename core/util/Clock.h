#pragma once

#include <QDateTime>

namespace centinela::core {

/// Source of the current time. Every component takes one, so tests drive time with a manual clock
/// instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current time in UTC.
    virtual QDateTime now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace centinela::core
