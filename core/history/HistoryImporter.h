#pragma once

#include "ImportMapping.h"

#include <QString>

#include <functional>

class QIODevice;

namespace centinela::core {

/// Imports a legacy CAD export into the incident history (history_incidents, history_responses)
/// through a column mapping. Rows it cannot read are reported with their line and reason and left
/// out; everything it can read is merged in one transaction, so a failure leaves the history as it
/// was. Importing the same rows again changes nothing.
class HistoryImporter
{
public:
    /// A row left out (rejected) or read with a remark (a field ignored).
    struct Problem
    {
        qint64 line = 0;
        QString reason;
        bool rejected = true;
    };
    struct Summary
    {
        qint64 rowsRead = 0;     ///< data rows in the file
        qint64 rowsImported = 0; ///< rows read and handed to the database
        qint64 rowsRejected = 0;
        qint64 warnings = 0;
        qint64 duplicateRows = 0; ///< rows repeated in the file (stored once)
        qint64 incidents = 0;     ///< incidents the file touched
        qint64 newIncidents = 0;
        qint64 updatedIncidents = 0; ///< already in the history (an earlier import)
        qint64 ambiguousTimes = 0;   ///< local times in a repeated or skipped DST hour
    };

    /// `conninfo` of an admin.
    HistoryImporter(QString conninfo, ImportMapping mapping);

    /// Called for every problem row as it is read.
    void setProblemHandler(std::function<void(const Problem&)> handler) { m_onProblem = std::move(handler); }

    /// False with `error` when the file or the database fails as a whole (nothing is imported then).
    bool importFile(const QString& path, Summary* summary, QString* error);
    bool importDevice(QIODevice* device, Summary* summary, QString* error);

private:
    QString m_conninfo;
    ImportMapping m_mapping;
    std::function<void(const Problem&)> m_onProblem;
};

} // namespace centinela::core
