#pragma once

#include <QWidget>

class QListWidget;

namespace centinela::maps {
class MapCanvas;
}

namespace centinela::ui {

/// The map's layer list: show or hide a layer (space toggles), move it up or down the drawing order
/// (top of the list is drawn on top).
class MapLayersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MapLayersPanel(maps::MapCanvas& canvas, QWidget* parent = nullptr);

    /// Reads the canvas's layers again (after a map is loaded).
    void refresh();

Q_SIGNALS:
    void layoutChanged();

private:
    void move(int delta);

    maps::MapCanvas& m_canvas;
    QListWidget* m_list;
};

} // namespace centinela::ui
