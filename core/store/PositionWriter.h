#pragma once

#include "domain/Entities.h"

#include <QSet>
#include <QString>

#include <memory>

namespace centinela::core {

class PgConnection;

/// Writes unit fixes in batches: COPY into the day-partitioned history, one upsert of the last
/// position per unit under the position-ordering lock, one notification per batch.
class PositionWriter
{
public:
    explicit PositionWriter(QString conninfo);
    ~PositionWriter();

    /// Writes one batch in one transaction. Returns the seq given to the batch's last position, or
    /// throws PgError (the caller keeps the batch and retries).
    qint64 write(const QList<UnitPosition>& fixes);

private:
    void ensurePartitions(const QList<UnitPosition>& fixes);

    QString m_conninfo;
    std::unique_ptr<PgConnection> m_connection;
    QSet<QDate> m_partitions;
};

} // namespace centinela::core
