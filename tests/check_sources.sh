#!/bin/sh
# Source hygiene checked by ctest: formatting (.clang-format) and the layering rules that a
# wrong include would break (core never includes Gui or Widgets; maps never includes Widgets).
set -u
cd "$(dirname "$0")/.."
status=0
if command -v clang-format >/dev/null 2>&1; then
    bad=$(git ls-files '*.cpp' '*.h' 2>/dev/null | while read -r f; do
        clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
    if [ -n "$bad" ]; then
        echo "not formatted (run clang-format -i):"; echo "$bad"; status=1
    fi
else
    echo "clang-format not installed: formatting not checked"
fi
layer=$(grep -rlE '#include <(QtGui|QtWidgets|QWidget|QPainter|QImage|QColor|QApplication|QGuiApplication)' core 2>/dev/null)
if [ -n "$layer" ]; then
    echo "core must not use Gui or Widgets:"; echo "$layer"; status=1
fi
layer=$(grep -rlE '#include <(QtWidgets|QWidget|QApplication|QMainWindow|QDialog)' maps 2>/dev/null | grep -v MapCanvas)
if [ -n "$layer" ]; then
    echo "maps must not use Widgets outside the canvas widget:"; echo "$layer"; status=1
fi
if grep -rnE '\binstance\(\)' core maps ui app --include=*.h | grep -v '^tests/' >/dev/null; then
    echo "singletons (instance()) are not used here:"; grep -rnE '\binstance\(\)' core maps ui app --include=*.h; status=1
fi
exit $status
