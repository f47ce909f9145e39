#!/bin/sh
# Sets up Centinela on a Debian 12 machine from this checkout: installs what is missing (apt),
# builds, and then either starts the desk on its embedded database or runs the whole test suite.
#
#   packaging/setup.sh desk [DESK OPTIONS...]   install, build, start the desk (embedded default)
#   packaging/setup.sh test                     install, build, run every test, build and install
#                                               the .deb and run the installed centinela-cli
#
# Run as root or as a user with sudo rights.
set -eu
cd "$(dirname "$0")/.."

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
    desk|test) ;;
    *) echo "usage: packaging/setup.sh desk|test" >&2; exit 2 ;;
esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi

# Build tools, Qt 6, libpq, GDAL, the PostgreSQL server the embedded default runs, pgRouting and
# osm2pgrouting for the routing parity test, fonts for reference images, packaging tools.
PACKAGES="build-essential cmake pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
  libgdal-dev gdal-bin libpq-dev postgresql postgresql-contrib postgis postgresql-15-pgrouting osm2pgrouting
  osmium-tool zlib1g-dev fonts-dejavu-core locales util-linux clang-format clang libclang-rt-14-dev python3"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    $SUDO apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$jobs"

if [ "$mode" = desk ]; then
    # A desk started with sudo runs as the user who asked for it, not as root.
    if [ -n "${SUDO_USER:-}" ] && [ "$(id -u)" -eq 0 ] && [ "$SUDO_USER" != root ]; then
        exec runuser -u "$SUDO_USER" -- build/bin/centinela "$@"
    fi
    exec build/bin/centinela "$@"
fi

# The whole suite (benchmarks excluded: they measure, they do not assert).
(cd build && ctest --output-on-failure -j2 -LE bench --timeout 900)

# The package: build it, install it, run what it installed.
(cd build && rm -f centinela_*.deb && cpack -G DEB)
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall ./build/centinela_*.deb
/usr/bin/centinela-cli --version
echo "setup.sh test: all tests passed, package installed"
