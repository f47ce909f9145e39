// osm2pgrouting imports for the tests that compare with pgRouting.
//
// Node refs missing from an extract: osm2pgrouting 2.3.8 looks them up with lower_bound and silently
// substitutes the next node id, producing edges kilometres long across the map. GDAL skips a missing
// node. So that both engines see the same roads, the XML given to osm2pgrouting loses refs to absent
// nodes (campo-grande has 3,080 of them; the other shared extracts none).
// baltimore.osm.pbf is not sorted: osm2pgrouting crashes on it, so it gets the file sorted by osmium.
#include "Osm2pgrouting.h"

#include "TestCluster.h"
#include "store/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace centinela::test {

namespace {

const char* const kMapConfig = "/usr/share/osm2pgrouting/mapconfig_for_cars.xml";

/// Copies OSM XML, dropping way node refs to nodes the file does not hold (see the header comment).
bool dropMissingNodeRefs(const QString& in, const QString& out, int* dropped, QString* error)
{
    QSet<qint64> nodes;
    {
        QFile f(in);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        QXmlStreamReader xml(&f);
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("node"))
                nodes.insert(xml.attributes().value(QLatin1String("id")).toLongLong());
            if (!xml.isStartElement())
                xml.readNext();
            else if (xml.name() != QLatin1String("osm"))
                xml.skipCurrentElement();
        }
    }
    QFile src(in), dst(out);
    if (!src.open(QIODevice::ReadOnly) || !dst.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot copy %1").arg(in);
        return false;
    }
    QXmlStreamReader xml(&src);
    QXmlStreamWriter w(&dst);
    *dropped = 0;
    int skipping = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (skipping > 0) {
            skipping += token == QXmlStreamReader::StartElement ? 1 : token == QXmlStreamReader::EndElement ? -1 : 0;
            continue;
        }
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("nd") &&
            !nodes.contains(xml.attributes().value(QLatin1String("ref")).toLongLong())) {
            ++*dropped;
            skipping = 1;
            continue;
        }
        if (token != QXmlStreamReader::Characters || !xml.isWhitespace())
            w.writeCurrentToken(xml);
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

QString conninfoPart(const QString& conninfo, const QString& key)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\s)%1=(\\S+)").arg(key));
    return re.match(conninfo).captured(1);
}

} // namespace

bool runTool(const QString& program, const QStringList& args, QString* log, const QProcessEnvironment& env,
             QByteArray* out)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        *log = QStringLiteral("%1 timed out").arg(program);
        return false;
    }
    const QByteArray stdoutBytes = p.readAllStandardOutput();
    if (out)
        *out = stdoutBytes;
    *log = QString::fromUtf8(p.readAllStandardError()).right(2000) +
           QString::fromUtf8(out ? QByteArray() : stdoutBytes).right(2000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

PgroutingImport importWithOsm2pgrouting(TestCluster& cluster, const QString& pbf, const QString& workDir)
{
    PgroutingImport result;
    for (const char* tool : {"osm2pgrouting", "osmium"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            result.status = PgroutingImport::Status::Unavailable;
            result.message = QStringLiteral("%1 is not installed (apt-get install osm2pgrouting osmium-tool "
                                            "postgresql-15-pgrouting postgis)")
                                 .arg(QLatin1String(tool));
            return result;
        }
    }
    if (!QFile::exists(QLatin1String(kMapConfig))) {
        result.status = PgroutingImport::Status::Unavailable;
        result.message = QStringLiteral("osm2pgrouting's mapconfig_for_cars.xml is missing");
        return result;
    }
    QString log;
    const QString sorted = QDir(workDir).filePath(QStringLiteral("sorted.osm"));
    if (!runTool(QStringLiteral("osmium"), {QStringLiteral("sort"), pbf, QStringLiteral("-o"), sorted}, &log)) {
        result.message = log;
        return result;
    }
    const QString clean = QDir(workDir).filePath(QStringLiteral("clean.osm"));
    if (!dropMissingNodeRefs(sorted, clean, &result.droppedRefs, &log)) {
        result.message = log;
        return result;
    }
    const QString conninfo = cluster.createEmptyDatabase(QStringLiteral("pgr"));
    try {
        core::PgConnection db(conninfo);
        db.execScript("CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;");
    } catch (const core::PgError& e) {
        result.status = PgroutingImport::Status::Unavailable;
        result.message = QStringLiteral("PostGIS/pgRouting not available: %1").arg(e.message());
        return result;
    }
    if (!runTool(QStringLiteral("osm2pgrouting"),
                 {QStringLiteral("-f"), clean, QStringLiteral("-c"), QLatin1String(kMapConfig), QStringLiteral("-d"),
                  conninfoPart(conninfo, QStringLiteral("dbname")), QStringLiteral("-U"),
                  conninfoPart(conninfo, QStringLiteral("user")), QStringLiteral("-h"),
                  conninfoPart(conninfo, QStringLiteral("host")), QStringLiteral("-p"),
                  conninfoPart(conninfo, QStringLiteral("port")), QStringLiteral("--clean")},
                 &log)) {
        result.message = log;
        return result;
    }
    result.status = PgroutingImport::Status::Ok;
    result.conninfo = conninfo;
    return result;
}

} // namespace centinela::test
