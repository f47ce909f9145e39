#pragma once

#include "InboundMessage.h"

#include <QByteArray>

namespace centinela::core {

/// Traccar's OsmAnd protocol: a query string (GET, or a form-encoded POST body) or a JSON body.
namespace OsmAndParser {

enum class Error { None, MissingId, BadCoordinate, BadTime, Malformed, NoPosition };

/// Parses one request. `receivedAt` stands in for a missing timestamp. `defaultZoneOffsetSecs`
/// interprets "yyyy-MM-dd HH:mm:ss" timestamps, which carry no zone.
Error parseQuery(const QByteArray& query, const QDateTime& receivedAt, PositionFix* fix, QString* error);
Error parseJson(const QByteArray& body, const QDateTime& receivedAt, PositionFix* fix, QString* error);

} // namespace OsmAndParser

} // namespace centinela::core
