#pragma once

#include "domain/Entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace centinela::core {

/// One OASIS CAP 1.2 alert, checked against the schema's rules (required elements, their order
/// within <alert>, enumerations, the `sent` pattern, polygon and circle syntax).
struct CapArea
{
    QString description;
    QList<QList<GeoPoint>> polygons;        ///< closed rings, lon/lat
    QList<QPair<GeoPoint, double>> circles; ///< centre and radius in km
};

struct CapInfo
{
    QStringList categories;
    QString event;
    QString urgency;
    QString severity;
    QString certainty;
    QString headline;
    QString description;
    QString instruction;
    QString senderName;
    QDateTime expires;
    QList<CapArea> areas;
};

struct CapAlert
{
    QString identifier;
    QString sender;
    QDateTime sent;
    QString status;
    QString msgType;
    QString scope;
    QString references;
    QList<CapInfo> infos;

    /// Where the alert is about: the centre of its first polygon or circle.
    std::optional<GeoPoint> location() const;
    /// Alert priority 1 (highest) to 5 from the first info's severity and urgency.
    int priority() const;
};

namespace CapParser {

constexpr qsizetype kMaxBytes = 1 << 20;

/// Parses and validates. Refuses a document type declaration (no DTD, no entities of any kind)
/// and anything over kMaxBytes. Returns false with `error` naming the first problem.
bool parse(const QByteArray& xml, CapAlert* alert, QString* error);

} // namespace CapParser

} // namespace centinela::core
