#include "MapLayersPanel.h"

#include "canvas/MapCanvas.h"
#include "render/MapLayer.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace centinela::ui {

MapLayersPanel::MapLayersPanel(maps::MapCanvas& canvas, QWidget* parent)
    : QWidget(parent)
    , m_canvas(canvas)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("mapLayers"));
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move do&wn"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_canvas.setLayerVisible(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        Q_EMIT layoutChanged();
    });
    refresh();
}

void MapLayersPanel::refresh()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QList<maps::MapLayer*> layers = m_canvas.layers();
    // Drawing order is bottom first; the list shows the top layer first, as map programs do.
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        auto* item = new QListWidgetItem((*it)->name(), m_list);
        item->setData(Qt::UserRole, (*it)->id());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_canvas.isLayerVisible((*it)->id()) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("%1 · %n features", nullptr, int((*it)->featureCount())).arg((*it)->id()));
    }
}

void MapLayersPanel::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QStringList topFirst;
    for (int i = 0; i < m_list->count(); ++i)
        topFirst << m_list->item(i)->data(Qt::UserRole).toString();
    topFirst.move(row, to);
    QStringList order(topFirst.crbegin(), topFirst.crend());
    m_canvas.setLayerOrder(order);
    refresh();
    m_list->setCurrentRow(to);
    Q_EMIT layoutChanged();
}

} // namespace centinela::ui
