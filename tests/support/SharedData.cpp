#include "SharedData.h"

#include <QDir>
#include <QFileInfo>

namespace centinela::test {

QString sharedDataDir()
{
    const QString candidate = QStringLiteral(CENTINELA_SOURCE_DIR "/../shared/data");
    return QFileInfo(candidate).isDir() ? QDir(candidate).canonicalPath() : QString();
}

QString binDir()
{
    return QStringLiteral(CENTINELA_BINARY_DIR "/bin");
}

} // namespace centinela::test
