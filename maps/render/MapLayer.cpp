#include "MapLayer.h"

namespace centinela::maps {

MapLayer::MapLayer(QString id, QString name, QObject* parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_name(std::move(name))
{
}

} // namespace centinela::maps
