#pragma once

#include "util/Clock.h"

#include <QTimeZone>

namespace centinela::test {

/// A clock the test moves by hand: nothing ever sleeps to let time pass.
class ManualClock final : public core::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace centinela::test
