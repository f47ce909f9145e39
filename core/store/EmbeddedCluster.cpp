#include "EmbeddedCluster.h"

#include "PgConnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <pwd.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

namespace centinela::core {

namespace {

constexpr int kPort = 5432; // private socket folder, so the usual port never collides
const QString kServerUser = QStringLiteral("postgres");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString fileLine(const QString& path, int line)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (int i = 0; i < line - 1; ++i)
        f.readLine();
    return QString::fromUtf8(f.readLine()).trimmed();
}

} // namespace

EmbeddedCluster::EmbeddedCluster(QString baseDir, Durability durability)
    : m_baseDir(std::move(baseDir))
    , m_durability(durability)
{
}

EmbeddedCluster::~EmbeddedCluster()
{
    if (m_durability == Durability::Throwaway) {
        if (isRunning()) {
            QString ignored;
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                     QStringLiteral("-w"), QStringLiteral("stop")},
                    &ignored, 30000);
        }
        QDir(m_baseDir).removeRecursively();
    }
}

EmbeddedCluster* EmbeddedCluster::createThrowaway(QString* error)
{
    QByteArray templ = QDir::tempPath().toUtf8() + "/centinela-pg-XXXXXX";
    if (!::mkdtemp(templ.data())) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    return new EmbeddedCluster(QString::fromUtf8(templ), Durability::Throwaway);
}

QString EmbeddedCluster::defaultBaseDir()
{
    // The server user cannot enter root's home, so as root the cluster lives under /var/lib.
    if (runningAsRoot())
        return QStringLiteral("/var/lib/centinela/embedded");
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/embedded-db");
}

QString EmbeddedCluster::findServerBinDir(QString* error)
{
    // Debian's postgresql-NN packages install here; pg_config is in libpq-dev and may be missing.
    const QStringList roots = {QStringLiteral("/usr/lib/postgresql"), QStringLiteral("/usr/local/pgsql")};
    QString best;
    QVersionNumber bestVersion;
    for (const QString& root : roots) {
        const QDir dir(root);
        for (const QString& entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString bin = dir.filePath(entry) + QStringLiteral("/bin");
            if (!QFile::exists(bin + QStringLiteral("/initdb")) || !QFile::exists(bin + QStringLiteral("/postgres")))
                continue;
            const QVersionNumber v = QVersionNumber::fromString(entry);
            if (best.isEmpty() || v > bestVersion) {
                best = bin;
                bestVersion = v;
            }
        }
        if (QFile::exists(root + QStringLiteral("/bin/initdb")) && best.isEmpty())
            best = root + QStringLiteral("/bin");
    }
    if (best.isEmpty() && error)
        *error = QStringLiteral("no PostgreSQL server found under /usr/lib/postgresql; install the 'postgresql' "
                                "package (apt-get install postgresql) or pass --db to use a station server");
    return best;
}

QString EmbeddedCluster::dataDir() const
{
    return m_baseDir + QStringLiteral("/data");
}

QString EmbeddedCluster::socketDir() const
{
    return m_baseDir + QStringLiteral("/socket");
}

QString EmbeddedCluster::logFile() const
{
    return m_baseDir + QStringLiteral("/server.log");
}

QString EmbeddedCluster::conninfo(const QString& database, const QString& user) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 connect_timeout=5")
        .arg(socketDir())
        .arg(kPort)
        .arg(database, user.isEmpty() ? superuser() : user);
}

bool EmbeddedCluster::prepareDirectory(const QString& path, QString* error) const
{
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0) {
        *error = QStringLiteral("cannot set permissions on %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (runningAsRoot()) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("running as root, the database server must run as the 'postgres' system user, "
                                    "which does not exist; install the 'postgresql' package");
            return false;
        }
        if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user: %2")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }
    return true;
}

bool EmbeddedCluster::runTool(const QString& tool, const QStringList& args, QString* output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_baseDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (runningAsRoot()) {
        QStringList full = {QStringLiteral("-u"), kServerUser, QStringLiteral("--"), program};
        full += args;
        process.start(QStringLiteral("runuser"), full);
    } else {
        process.start(program, args);
    }
    if (!process.waitForStarted(10000)) {
        *output = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        *output = QStringLiteral("%1 did not finish in %2 s").arg(tool).arg(timeoutMs / 1000);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool EmbeddedCluster::initialise(QString* error)
{
    if (!prepareDirectory(m_baseDir, error) || !prepareDirectory(socketDir(), error))
        return false;
    if (QFile::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return true;
    if (!prepareDirectory(dataDir(), error))
        return false;
    QString output;
    const QStringList args = {QStringLiteral("-D"),
                              dataDir(),
                              QStringLiteral("-U"),
                              superuser(),
                              QStringLiteral("-E"),
                              QStringLiteral("UTF8"),
                              QStringLiteral("--locale"),
                              QStringLiteral("C.UTF-8"),
                              QStringLiteral("--auth"),
                              QStringLiteral("trust"),
                              QStringLiteral("--no-instructions")};
    if (!runTool(QStringLiteral("initdb"), args, &output, 120000)) {
        *error = QStringLiteral("initdb failed: %1").arg(output.trimmed());
        return false;
    }
    // Unix socket only, in a folder only the server's user (and root) can enter: trust
    // authentication then admits nobody else.
    QString conf = QStringLiteral("\n# centinela embedded cluster\nlisten_addresses = ''\n"
                                  "unix_socket_directories = '%1'\nunix_socket_permissions = 0700\nport = %2\n"
                                  "max_connections = 200\nlog_min_messages = warning\n")
                       .arg(socketDir())
                       .arg(kPort);
    if (m_durability == Durability::Throwaway)
        conf += QStringLiteral("fsync = off\nfull_page_writes = off\n"); // a commit still survives a killed server
    QFile f(dataDir() + QStringLiteral("/postgresql.auto.conf"));
    if (!f.open(QIODevice::Append) || f.write(conf.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(f.fileName());
        return false;
    }
    return true;
}

bool EmbeddedCluster::isRunning() const
{
    const qint64 pid = postmasterPid();
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    // After a reboot the pid may belong to another program (root may signal anything): it must be
    // a postgres serving this data folder.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (cmdline.open(QIODevice::ReadOnly)) {
        const QByteArray args = cmdline.readAll();
        if (!args.contains("postgres") || !args.contains(QFile::encodeName(dataDir())))
            return false;
    }
    // A killed postmaster whose parent never reaps it stays a zombie: kill(pid, 0) still succeeds.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && (line.at(close + 2) == 'Z' || line.at(close + 2) == 'X'))
            return false;
    }
    return true;
}

qint64 EmbeddedCluster::postmasterPid() const
{
    return fileLine(dataDir() + QStringLiteral("/postmaster.pid"), 1).toLongLong();
}

bool EmbeddedCluster::waitForOrphanedBackends(int timeoutMs) const
{
    // Line 7 of postmaster.pid is "key shmid" of the segment every backend keeps attached; a new
    // postmaster refuses to start while anything is attached to it, so wait for that count to drop.
    const QStringList fields =
        fileLine(dataDir() + QStringLiteral("/postmaster.pid"), 7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return true;
    const int shmid = fields.at(1).toInt();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        shmid_ds info{};
        if (::shmctl(shmid, IPC_STAT, &info) != 0 || info.shm_nattch == 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool EmbeddedCluster::start(QString* error)
{
    if (m_binDir.isEmpty()) {
        m_binDir = findServerBinDir(error);
        if (m_binDir.isEmpty())
            return false;
    }
    QDir().mkpath(m_baseDir);
    // A desk and a CLI may start the same cluster at once: one at a time creates, checks and starts.
    QLockFile lock(m_baseDir + QStringLiteral("/start.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(150000)) {
        *error = QStringLiteral("another program is starting the database in %1").arg(m_baseDir);
        return false;
    }
    if (!initialise(error))
        return false;
    if (isRunning())
        return true;
    if (!waitForOrphanedBackends(60000)) {
        *error = QStringLiteral("backends of a crashed server in %1 are still running after 60 s").arg(dataDir());
        return false;
    }
    // The postmaster is dead (or a zombie nobody has reaped yet, which PostgreSQL would mistake for
    // a live server) and nothing is attached to its shared memory any more: its lock file is stale.
    QFile::remove(dataDir() + QStringLiteral("/postmaster.pid"));
    QFile::remove(socketDir() + QStringLiteral("/.s.PGSQL.%1.lock").arg(kPort));
    QString output;
    const QStringList args = {QStringLiteral("-D"),  dataDir(),
                              QStringLiteral("-l"),  logFile(),
                              QStringLiteral("-w"),  QStringLiteral("-t"),
                              QStringLiteral("120"), QStringLiteral("start")};
    if (!runTool(QStringLiteral("pg_ctl"), args, &output, 130000)) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromUtf8(log.readAll().right(700));
        *error = QStringLiteral("the database server did not start: %1\n%2").arg(output.trimmed(), tail.trimmed());
        return false;
    }
    return true;
}

void EmbeddedCluster::stop()
{
    if (m_binDir.isEmpty() || !isRunning())
        return;
    QString output;
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
             QStringLiteral("stop")},
            &output, 60000);
}

bool EmbeddedCluster::ensureDatabase(const QString& name, QString* error)
{
    try {
        PgConnection admin(conninfo(QStringLiteral("postgres")));
        if (admin.exec("SELECT 1 FROM pg_database WHERE datname = $1", {name.toUtf8()}).size() == 0)
            admin.execScript("CREATE DATABASE " + admin.quoteIdentifier(name));
        return true;
    } catch (const PgError& e) {
        if (e.sqlState() == "42P04") // created by a concurrent starter
            return true;
        *error = QStringLiteral("cannot create database %1: %2").arg(name, e.message());
        return false;
    }
}

} // namespace centinela::core
