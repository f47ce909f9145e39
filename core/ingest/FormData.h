#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace centinela::core {

/// application/x-www-form-urlencoded (and URL query strings): '+' is a space, %XX a byte, UTF-8.
/// Keys may repeat; order is kept.
using FormFields = QList<QPair<QString, QString>>;
FormFields parseForm(const QByteArray& encoded);
QString formValue(const FormFields& fields, const QString& key, const QString& fallback = {});

} // namespace centinela::core
