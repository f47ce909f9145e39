#include "Outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace centinela::core {

namespace {

constexpr int kCompactAfter = 500;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

bool syncDirectory(const QString& file)
{
    const int dir = ::open(QFile::encodeName(QFileInfo(file).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir < 0)
        return false;
    const bool ok = ::fsync(dir) == 0;
    ::close(dir);
    return ok;
}

} // namespace

Outbox::Outbox(QString path)
    : m_path(std::move(path))
{
}

bool Outbox::load(QString* error)
{
    m_pending.clear();
    m_conflicts.clear();
    m_records = 0;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadWrite)) {
        *error = QStringLiteral("cannot read the outbox %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const bool lastLine = (i == lines.size() - 1); // no newline after it: a torn write
            if (lastLine) {
                // Cut it off, or the next append would be glued to it and damage a good record.
                const qint64 keep = data.lastIndexOf('\n') + 1;
                if (!file.resize(keep)) {
                    *error = QStringLiteral("cannot repair the torn end of the outbox %1: %2")
                                 .arg(m_path, file.errorString());
                    return false;
                }
                break;
            }
            *error = QStringLiteral("the outbox %1 is damaged at line %2 (%3); it was left untouched")
                         .arg(m_path)
                         .arg(i + 1)
                         .arg(parseError.errorString());
            m_pending.clear();
            m_conflicts.clear();
            return false;
        }
        applyRecord(doc.object());
        ++m_records;
    }
    return true;
}

void Outbox::applyRecord(const QJsonObject& record)
{
    const QString op = record.value(QLatin1String("op")).toString();
    const QUuid id = QUuid::fromString(record.value(QLatin1String("id")).toString());
    auto takePending = [this, &id]() -> std::optional<Command> {
        for (int i = 0; i < m_pending.size(); ++i)
            if (m_pending.at(i).id == id)
                return m_pending.takeAt(i);
        return std::nullopt;
    };
    if (op == QLatin1String("add")) {
        m_pending.push_back(Command::fromJson(record.value(QLatin1String("command")).toObject()));
    } else if (op == QLatin1String("done")) {
        takePending();
    } else if (op == QLatin1String("conflict")) {
        if (auto c = takePending())
            m_conflicts.push_back({*c, record.value(QLatin1String("message")).toString()});
    } else if (op == QLatin1String("dismiss")) {
        m_conflicts.removeIf([&id](const Entry& e) { return e.command.id == id; });
    }
}

bool Outbox::append(const QJsonObject& record, QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool created = !QFile::exists(m_path);
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot open the outbox %1: %2").arg(m_path, systemError());
        return false;
    }
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    const bool ok = writeAll(fd, line) && ::fdatasync(fd) == 0;
    const QString why = systemError();
    ::close(fd);
    if (!ok) {
        *error = QStringLiteral("cannot write the outbox %1: %2").arg(m_path, why);
        return false;
    }
    if (created)
        syncDirectory(m_path);
    applyRecord(record);
    ++m_records;
    if (m_pending.isEmpty() && m_conflicts.isEmpty() && m_records >= kCompactAfter)
        return compact(error);
    return true;
}

bool Outbox::compact(QString* error)
{
    // Only when nothing is outstanding: then the journal can simply start empty.
    const QString tmp = m_path + QStringLiteral(".tmp");
    const int fd = ::open(QFile::encodeName(tmp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        *error = QStringLiteral("cannot compact the outbox: %1").arg(systemError());
        return false;
    }
    ::close(fd);
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_path).constData()) != 0) {
        *error = QStringLiteral("cannot compact the outbox: %1").arg(systemError());
        return false;
    }
    syncDirectory(m_path);
    m_records = 0;
    return true;
}

bool Outbox::add(const Command& command, QString* error)
{
    return append({{QStringLiteral("op"), QStringLiteral("add")},
                   {QStringLiteral("id"), command.id.toString(QUuid::WithoutBraces)},
                   {QStringLiteral("command"), command.toJson()}},
                  error);
}

bool Outbox::markDone(const QUuid& id, QString* error)
{
    return append(
        {{QStringLiteral("op"), QStringLiteral("done")}, {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}},
        error);
}

bool Outbox::markConflict(const QUuid& id, const QString& message, QString* error)
{
    return append({{QStringLiteral("op"), QStringLiteral("conflict")},
                   {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                   {QStringLiteral("message"), message}},
                  error);
}

bool Outbox::dismiss(const QUuid& id, QString* error)
{
    return append(
        {{QStringLiteral("op"), QStringLiteral("dismiss")}, {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}},
        error);
}

} // namespace centinela::core
