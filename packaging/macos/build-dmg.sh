#!/usr/bin/env bash
# Builds Rollbook-<version>-Darwin.dmg with CPack's DragNDrop generator: Rollbook.app (its
# Info.plist from packaging/macos claims .rollbook files and names Rollbook.icns) on a disk image
# to drag into Applications.
#
# Not run by this project's CI (it builds Linux packages only). A maintainer runs it on macOS 11+
# after the README's Homebrew line; install(SCRIPT) runs macdeployqt, so the bundle carries Qt's
# frameworks and plugins. Signing and notarising are left to the maintainer's identity:
#   codesign --deep --options runtime -s "Developer ID Application: ..." build/dmg/_CPack_Packages/...
#   packaging/macos/build-dmg.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/dmg"
prefix="$(brew --prefix qt);$(brew --prefix sqlite);$(brew --prefix libphonenumber)"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
    -DROLLBOOK_TESTS=OFF -DROLLBOOK_BENCHMARKS=OFF
cmake --build "$build"
(cd "$build" && cpack -G DragNDrop)
ls -l "$build"/*.dmg
