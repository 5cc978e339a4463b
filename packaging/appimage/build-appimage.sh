#!/usr/bin/env bash
# Builds Rollbook-<version>-x86_64.AppImage: the app, rollbook-cli and rollbookd with the Qt they
# need, runnable on other Linux distributions without installing anything.
#
# Not run by this project's CI (linuxdeploy is not in Debian, and CI reaches only Debian's and npm's
# registries). A maintainer runs it on Debian 12 or Ubuntu 22.04 after scripts/install-deps.sh, with
# the two tools from https://github.com/linuxdeploy downloaded beside it (or named by LINUXDEPLOY and
# LINUXDEPLOY_PLUGIN_QT):
#   linuxdeploy-x86_64.AppImage, linuxdeploy-plugin-qt-x86_64.AppImage
#   packaging/appimage/build-appimage.sh [BUILD_DIR]       (default build/appimage)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(realpath -m "${1:-$root/build/appimage}")
linuxdeploy=${LINUXDEPLOY:-$here/linuxdeploy-x86_64.AppImage}
[ -x "$linuxdeploy" ] || { echo "appimage: $linuxdeploy is missing (see the comment at the top)" >&2; exit 1; }
export PATH="$here:$PATH"  # linuxdeploy finds its Qt plugin on PATH

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DROLLBOOK_TESTS=OFF -DROLLBOOK_BENCHMARKS=OFF
cmake --build "$build"
appdir="$build/AppDir"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build"

# Qt's plugins the app loads at run time: both SQL drivers, the SVG icon engine, and the platform
# themes that let it follow the desktop's dark mode and file dialogs.
export QMAKE=${QMAKE:-/usr/lib/qt6/bin/qmake6}
export EXTRA_QT_PLUGINS="iconengines;imageformats;platformthemes;sqldrivers;wayland-shell-integration"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqoffscreen.so"
cd "$build"
"$linuxdeploy" --appdir "$appdir" \
    --executable "$appdir/usr/bin/rollbook-cli" --executable "$appdir/usr/bin/rollbookd" \
    --desktop-file "$appdir/usr/share/applications/org.rollbook.rollbook.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/org.rollbook.rollbook.png" \
    --plugin qt --output appimage
ls -l "$build"/Rollbook*.AppImage
