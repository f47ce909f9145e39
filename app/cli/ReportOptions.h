#pragma once

#include "analytics/Report.h"

#include <QStringList>

namespace centinela::cli {

/// Removes every `--key VALUE` / `--key=VALUE` from `argv` and returns the values (comma lists are
/// split), for options that may be repeated (Args keeps only the last).
QStringList takeRepeated(QStringList& argv, const QString& key);
/// Parses YYYY-MM-DD; an empty text is an open end. False with `error`.
bool parseDate(const QString& text, const QString& option, QDate* date, QString* error);
/// --from/--to style pair into a period. False with `error`.
bool parsePeriod(const QString& from, const QString& to, const QString& prefix, core::ReportPeriod* period,
                 QString* error);
/// Writes `data` to `path`, or to standard output when `path` is empty. False with `error`.
bool writeOutput(const QString& path, const QByteArray& data, QString* error);
/// The printed review (tables and response chart, maps::ReportDocument) as a PDF at `path`
/// (standard output when empty); needs a QGuiApplication.
bool writePdf(const QString& path, const core::Report& report, QString* error);

} // namespace centinela::cli
