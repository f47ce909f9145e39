#pragma once

#include "domain/Entities.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace centinela::core {

/// A photo, video, audio clip or document sent with a message; fetched later by its media id or URL.
struct MediaRef
{
    QString kind; ///< image, video, audio, document
    QString mediaId;
    QString url;
    QString mimeType;
    QString sha256;
    QString caption;
};

/// One citizen message from a messaging channel, parsed but not yet judged.
struct InboundMessage
{
    QString channel;    ///< "whatsapp" or "sms"
    QString externalId; ///< the channel's message id (wamid…, SM…): retries are stored once
    QString from;       ///< E.164 digits without '+'
    QString to;
    QString senderName;
    QDateTime sentAt;
    QString type; ///< text, image, video, audio, document, location, unsupported, …
    QString text;
    std::optional<GeoPoint> location;
    QString placeName;
    QString placeAddress;
    QList<MediaRef> media;
    bool forwarded = false;
    bool frequentlyForwarded = false;
};

/// A position report from a vehicle receiver, a phone or a bracelet.
struct PositionFix
{
    QString deviceId;
    QDateTime time;
    GeoPoint point;
    double speedMps = 0;
    double heading = 0;
    double accuracyM = -1;
    bool tamper = false;
};

/// Whether a coordinate is a real place on Earth (and not the 0,0 of a receiver without a fix).
bool isPlausibleCoordinate(double lat, double lon);

} // namespace centinela::core
