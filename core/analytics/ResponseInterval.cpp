#include "ResponseInterval.h"

namespace centinela::core {

QString responseIntervalKey(ResponseInterval interval)
{
    switch (interval) {
    case ResponseInterval::Processing:
        return QStringLiteral("processing");
    case ResponseInterval::Queue:
        return QStringLiteral("queue");
    case ResponseInterval::Turnout:
        return QStringLiteral("turnout");
    case ResponseInterval::Travel:
        return QStringLiteral("travel");
    case ResponseInterval::Response:
        return QStringLiteral("response");
    case ResponseInterval::OnScene:
        return QStringLiteral("on_scene");
    }
    return {};
}

bool responseIntervalFromKey(const QString& key, ResponseInterval* interval)
{
    for (ResponseInterval i : allResponseIntervals()) {
        if (responseIntervalKey(i) == key) {
            *interval = i;
            return true;
        }
    }
    return false;
}

} // namespace centinela::core
