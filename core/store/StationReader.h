#pragma once

#include "domain/Entities.h"

namespace centinela::core {

class PgConnection;

/// The read side of the store: what a desk loads on start and fetches after a notification.
namespace StationReader {

/// Live state and both watermarks from one consistent (repeatable-read) snapshot.
Snapshot loadSnapshot(PgConnection& connection);
/// Events with an id above `after`, in id order, at most `limit`.
QList<Event> eventsAfter(PgConnection& connection, qint64 after, int limit = 2000);
/// Last positions with a seq above `after`, in seq order, at most `limit`.
QList<UnitPosition> positionsAfter(PgConnection& connection, qint64 after, int limit = 5000);

} // namespace StationReader

} // namespace centinela::core
