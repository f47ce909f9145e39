#include "FormData.h"

namespace centinela::core {

namespace {
QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

FormFields parseForm(const QByteArray& encoded)
{
    FormFields out;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            out.push_back({decode(pair), QString()});
        else
            out.push_back({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return out;
}

QString formValue(const FormFields& fields, const QString& key, const QString& fallback)
{
    for (const auto& [k, v] : fields)
        if (k == key)
            return v;
    return fallback;
}

} // namespace centinela::core
