#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>

namespace centinela::core {
class Clock;
class StationState;
} // namespace centinela::core

namespace centinela::ui {

/// The open alerts, most urgent first (priority, then age), with a live age column.
class AlertQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Priority, Age, Channel, Text, Location, State, ColumnCount };
    enum Role { AlertIdRole = Qt::UserRole + 1 };

    AlertQueueModel(const core::StationState& state, const core::Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    qint64 alertIdAt(int row) const;
    int rowOf(qint64 alertId) const;
    /// Seconds at which the age turns amber and red (NFPA 1225: 90 % processed within 60 s).
    void setAgeThresholds(int amberSeconds, int redSeconds);
    /// Where photo thumbnails come from (the desk's login); without it the queue shows none.
    void setAttachmentSource(const QString& conninfo) { m_conninfo = conninfo; }

public Q_SLOTS:
    /// Refreshes the age column (called every second by the view's timer).
    void tick();

private:
    void rebuild();
    void insertSorted(qint64 id);
    void update(qint64 id);
    void remove(qint64 id);
    bool before(qint64 a, qint64 b) const;
    QVariant thumbnail(const QJsonArray& attachments) const;
    void thumbnailLoaded(const QString& sha256, const QImage& image);

    const core::StationState& m_state;
    const core::Clock& m_clock;
    QList<qint64> m_rows;
    int m_amber = 45;
    int m_red = 60;
    QString m_conninfo;
    // Thumbnails by content hash, loaded off the UI thread once each (a failed load stays empty).
    mutable QHash<QString, QImage> m_thumbs;
    mutable QSet<QString> m_loading;
};

} // namespace centinela::ui
