#pragma once

#include <QString>

#include <array>

namespace centinela::core {

/// The stages of an incident's life a response-time review measures. Each is the time between two
/// recorded lifecycle moments; when either moment is missing the interval is missing (never zero).
enum class ResponseInterval {
    Processing, ///< received → first unit dispatched
    Queue,      ///< received → acknowledged
    Turnout,    ///< dispatched → en route
    Travel,     ///< en route → on scene
    Response,   ///< received → first unit on scene
    OnScene,    ///< on scene → cleared
};

constexpr int kResponseIntervalCount = 6;

/// Every interval in report order.
constexpr std::array<ResponseInterval, kResponseIntervalCount> allResponseIntervals()
{
    return {ResponseInterval::Processing, ResponseInterval::Queue,    ResponseInterval::Turnout,
            ResponseInterval::Travel,     ResponseInterval::Response, ResponseInterval::OnScene};
}

/// The report key: "processing", "queue", "turnout", "travel", "response", "on_scene".
QString responseIntervalKey(ResponseInterval interval);
/// Parses a report key; false when unknown.
bool responseIntervalFromKey(const QString& key, ResponseInterval* interval);

} // namespace centinela::core
