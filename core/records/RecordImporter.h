#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace centinela::core {

/// Imports one national system's export (persons, vehicles, warrants, fines, restraining orders,
/// border crossings) from a CSV file with a header row into the station's record tables. Rows it
/// cannot read are reported with their line and reason and left out; the rest is merged in one
/// transaction (a record seen before is updated, never doubled; within a file the last row of a
/// key wins). The columns of each kind are documented in the README ("Record checks").
class RecordImporter
{
public:
    struct Problem
    {
        qint64 line = 0;
        QString reason;
    };
    struct Summary
    {
        qint64 rowsRead = 0;     ///< data rows in the file
        qint64 rowsAccepted = 0; ///< rows read and handed to the database
        qint64 rowsRejected = 0;
        qint64 recordsMerged = 0; ///< records inserted or updated
    };

    /// persons, vehicles, warrants, fines, orders, crossings.
    static QStringList kinds();
    /// The kind's columns in the documented order; required ones are marked with a trailing '*'.
    static QStringList columns(const QString& kind);

    /// `conninfo` of an admin; `kind` one of kinds().
    RecordImporter(QString conninfo, QString kind);

    void setProblemHandler(std::function<void(const Problem&)> handler) { m_onProblem = std::move(handler); }

    /// False with `error` when the file, its header or the database fails as a whole (nothing is
    /// imported then).
    bool importFile(const QString& path, Summary* summary, QString* error);
    bool importDevice(QIODevice* device, Summary* summary, QString* error);

private:
    QString m_conninfo;
    QString m_kind;
    std::function<void(const Problem&)> m_onProblem;
};

} // namespace centinela::core
