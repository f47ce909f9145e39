#include "AlertQueueModel.h"

#include <QJsonObject>

#include "Labels.h"
#include "domain/StationState.h"
#include "util/Clock.h"

#include "store/AttachmentReader.h"
#include "store/PgConnection.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QJsonArray>
#include <QPixmap>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace centinela::ui {

AlertQueueModel::AlertQueueModel(const core::StationState& state, const core::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_clock(clock)
{
    connect(&state, &core::StationState::reset, this, &AlertQueueModel::rebuild);
    connect(&state, &core::StationState::alertAdded, this, &AlertQueueModel::insertSorted);
    connect(&state, &core::StationState::alertRemoved, this, &AlertQueueModel::remove);
    connect(&state, &core::StationState::alertChanged, this, &AlertQueueModel::update);
    rebuild();
}

bool AlertQueueModel::before(qint64 a, qint64 b) const
{
    const auto& alerts = m_state.alerts();
    const core::Alert& x = alerts[a];
    const core::Alert& y = alerts[b];
    if (x.priority != y.priority)
        return x.priority < y.priority;
    if (x.receivedAt != y.receivedAt)
        return x.receivedAt < y.receivedAt;
    return a < b;
}

void AlertQueueModel::rebuild()
{
    beginResetModel();
    m_rows = m_state.alerts().keys();
    std::sort(m_rows.begin(), m_rows.end(), [this](qint64 a, qint64 b) { return before(a, b); });
    endResetModel();
}

void AlertQueueModel::insertSorted(qint64 id)
{
    if (!m_state.alerts().contains(id) || m_rows.contains(id))
        return;
    const auto it =
        std::lower_bound(m_rows.begin(), m_rows.end(), id, [this](qint64 a, qint64 b) { return before(a, b); });
    const int row = int(it - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, id);
    endInsertRows();
}

void AlertQueueModel::update(qint64 id)
{
    const int from = rowOf(id);
    if (from < 0) {
        insertSorted(id);
        return;
    }
    // Its priority may have changed: move the row (selection and current row follow it).
    QList<qint64> others = m_rows;
    others.removeAt(from);
    const auto it =
        std::lower_bound(others.begin(), others.end(), id, [this](qint64 a, qint64 b) { return before(a, b); });
    const int to = int(it - others.begin());
    if (to != from) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void AlertQueueModel::remove(qint64 id)
{
    const int row = int(m_rows.indexOf(id));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AlertQueueModel::setAgeThresholds(int amberSeconds, int redSeconds)
{
    m_amber = amberSeconds;
    m_red = redSeconds;
    tick();
}

void AlertQueueModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(int(m_rows.size()) - 1, Age), {Qt::DisplayRole, Qt::BackgroundRole});
}

int AlertQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 AlertQueueModel::alertIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : 0;
}

int AlertQueueModel::rowOf(qint64 alertId) const
{
    return int(m_rows.indexOf(alertId));
}

QVariant AlertQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Alert& a = m_state.alerts()[m_rows.at(index.row())];
    const qint64 age = a.receivedAt.secsTo(m_clock.now());
    if (role == AlertIdRole)
        return a.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Priority:
            return QStringLiteral("P%1").arg(a.priority);
        case Age:
            return formatElapsed(age);
        case Channel:
            return channelLabel(a.channel);
        case Text: {
            QString text = a.body.left(200);
            if (!a.type.isEmpty())
                text = QStringLiteral("[%1] ").arg(incidentTypeLabel(a.type)) + text;
            int photos = 0, videos = 0, other = 0;
            for (const QJsonValue& v : a.attachments) {
                const QString kind = v.toObject().value(QLatin1String("kind")).toString();
                (kind == QLatin1String("image") ? photos : kind == QLatin1String("video") ? videos : other)++;
            }
            QStringList media;
            if (photos)
                media << tr("%n photo(s)", nullptr, photos);
            if (videos)
                media << tr("%n video(s)", nullptr, videos);
            if (other)
                media << tr("%n file(s)", nullptr, other);
            if (!media.isEmpty())
                text += QStringLiteral("  [") + media.join(QStringLiteral(", ")) + QLatin1Char(']');
            return text;
        }
        case Location:
            if (!a.locationText.isEmpty())
                return a.locationText;
            if (a.location)
                return QStringLiteral("%1, %2").arg(a.location->lat, 0, 'f', 5).arg(a.location->lon, 0, 'f', 5);
            return tr("no location");
        case State:
            return a.state == core::AlertState::New ? tr("New") : tr("Acknowledged by %1").arg(a.acknowledgedBy);
        }
    }
    if (role == Qt::BackgroundRole) {
        if (index.column() == Age && age >= m_red)
            return QBrush(QColor(0xef, 0x9a, 0x9a));
        if (index.column() == Age && age >= m_amber)
            return QBrush(QColor(0xff, 0xe0, 0x82));
        if (index.column() == Priority)
            return QBrush(priorityColor(a.priority).lighter(170));
    }
    if (role == Qt::FontRole && a.state == core::AlertState::New) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && index.column() == Text)
        return thumbnail(a.attachments);
    if (role == Qt::ToolTipRole && index.column() == Text) {
        // The whole message, and each attachment with its caption and where to open it.
        QString tip =
            QStringLiteral("<p>%1</p>").arg(a.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        for (const QJsonValue& v : a.attachments) {
            const QJsonObject m = v.toObject();
            const QString url = m.value(QLatin1String("url")).toString();
            const QString caption = m.value(QLatin1String("caption")).toString();
            tip += QStringLiteral("<p>%1 %2 %3</p>")
                       .arg(m.value(QLatin1String("kind")).toString().toHtmlEscaped(), caption.toHtmlEscaped(),
                            url.isEmpty() ? m.value(QLatin1String("media_id")).toString().toHtmlEscaped()
                                          : QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
            if (m.value(QLatin1String("stored")).toBool())
                tip += QStringLiteral("<p><i>%1</i></p>")
                           .arg(tr("Stored (%n byte(s)); Alerts → Open attachment", nullptr,
                                   m.value(QLatin1String("size")).toInt()));
            else if (m.contains(QLatin1String("error")))
                tip += QStringLiteral("<p><i>%1</i></p>")
                           .arg(tr("Not stored: %1").arg(m.value(QLatin1String("error")).toString().toHtmlEscaped()));
        }
        return tip;
    }
    return {};
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority:
        return tr("Pri.");
    case Age:
        return tr("Age");
    case Channel:
        return tr("Channel");
    case Text:
        return tr("Message");
    case Location:
        return tr("Location");
    case State:
        return tr("State");
    }
    return {};
}

QVariant AlertQueueModel::thumbnail(const QJsonArray& attachments) const
{
    // The first stored photo of the alert, small, once loaded (never on the UI thread).
    for (int i : core::AttachmentReader::storedEntries(attachments)) {
        const QJsonObject m = attachments.at(i).toObject();
        if (!m.value(QLatin1String("mime_type")).toString().startsWith(QLatin1String("image/")))
            continue;
        const QString sha = m.value(QLatin1String("sha256")).toString();
        const auto it = m_thumbs.constFind(sha);
        if (it != m_thumbs.constEnd())
            return it->isNull() ? QVariant() : QVariant(QPixmap::fromImage(*it));
        if (m_conninfo.isEmpty() || m_loading.contains(sha))
            return {};
        m_loading.insert(sha);
        QPointer<AlertQueueModel> self(const_cast<AlertQueueModel*>(this));
        const QString conninfo = m_conninfo;
        QThreadPool::globalInstance()->start([self, conninfo, sha] {
            QImage image;
            try {
                core::AttachmentReader reader(conninfo);
                if (const auto a = reader.read(sha); a && image.loadFromData(a->content))
                    image = image.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            } catch (const core::PgError& e) {
                qWarning("attachment %s not read: %s", qPrintable(sha), qPrintable(e.message()));
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, sha, image] {
                    if (self)
                        self->thumbnailLoaded(sha, image);
                },
                Qt::QueuedConnection);
        });
        return {};
    }
    return {};
}

void AlertQueueModel::thumbnailLoaded(const QString& sha256, const QImage& image)
{
    m_loading.remove(sha256);
    m_thumbs.insert(sha256, image);
    const auto& alerts = m_state.alerts();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!alerts.contains(m_rows.at(row)))
            continue;
        for (const QJsonValue& v : alerts[m_rows.at(row)].attachments)
            if (v.toObject().value(QLatin1String("sha256")).toString() == sha256) {
                const QModelIndex cell = index(row, Text);
                Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
                break;
            }
    }
}

} // namespace centinela::ui
