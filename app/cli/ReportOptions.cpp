#include "ReportOptions.h"

#include "render/ReportDocument.h"

#include <QFile>

#include <cstdio>

namespace centinela::cli {

QStringList takeRepeated(QStringList& argv, const QString& key)
{
    QStringList values;
    const QString flag = QStringLiteral("--") + key;
    for (int i = 0; i < argv.size();) {
        const QString& a = argv.at(i);
        if (a == flag && i + 1 < argv.size()) {
            values << argv.at(i + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            argv.remove(i, 2);
        } else if (a.startsWith(flag + QLatin1Char('='))) {
            values << a.mid(flag.size() + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            argv.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}

bool parseDate(const QString& text, const QString& option, QDate* date, QString* error)
{
    if (text.isEmpty()) {
        *date = QDate();
        return true;
    }
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        *error = QStringLiteral("--%1 must be a date YYYY-MM-DD, not \"%2\"").arg(option, text);
        return false;
    }
    return true;
}

bool parsePeriod(const QString& from, const QString& to, const QString& prefix, core::ReportPeriod* period,
                 QString* error)
{
    if (!parseDate(from, prefix + QStringLiteral("from"), &period->from, error) ||
        !parseDate(to, prefix + QStringLiteral("to"), &period->to, error))
        return false;
    if (!period->from.isNull() && !period->to.isNull() && period->from > period->to) {
        *error = QStringLiteral("--%1from is after --%1to").arg(prefix);
        return false;
    }
    return true;
}

bool writeOutput(const QString& path, const QByteArray& data, QString* error)
{
    if (path.isEmpty()) {
        std::fwrite(data.constData(), 1, std::size_t(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() || !f.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool writePdf(const QString& path, const core::Report& report, QString* error)
{
    QFile f;
    const bool opened = path.isEmpty() ? f.open(stdout, QIODevice::WriteOnly)
                                       : (f.setFileName(path), f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(path.isEmpty() ? QStringLiteral("standard output") : path, f.errorString());
        return false;
    }
    if (!maps::ReportDocument::writePdf(report, {}, &f, error))
        return false;
    f.flush();
    return true;
}

} // namespace centinela::cli
