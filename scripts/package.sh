#!/usr/bin/env bash
# Builds the .deb and .rpm of Rollbook (the app, rollbook-cli, rollbookd) from a build folder,
# then proves the .deb on this machine: installs it with apt-get, runs the installed CLI and app
# on a demo school, checks the desktop entry and the .rollbook file type, and removes it again.
# It installs a package system-wide: .ci/run runs it on a throwaway machine.
#   scripts/package.sh [BUILD_DIR]      (default build/ci, already built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build/ci}")
out=$(realpath -m build/packages)
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
fail() { echo "package: $*" >&2; exit 1; }

rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -B "$out"
deb=$(ls "$out"/rollbook_*.deb)
rpm=$(ls "$out"/rollbook-*.rpm)
echo "package: built $(basename "$deb") and $(basename "$rpm")"
dpkg-deb --field "$deb" Depends | grep -q libqt6widgets6 || fail "the .deb does not depend on Qt Widgets"
rpm -qp --requires "$rpm" | grep -q 'libQt6Widgets' || fail "the .rpm does not require Qt Widgets"

$sudo apt-get remove -y -qq rollbook >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb"
work=$(mktemp -d)
trap '$sudo apt-get remove -y -qq rollbook >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
[ "$(command -v rollbook-cli)" = /usr/bin/rollbook-cli ] || fail "rollbook-cli is not installed in /usr/bin"
/usr/bin/rollbook-cli --version | grep -q "^rollbook-cli [0-9]" || fail "rollbook-cli --version"
/usr/bin/rollbookd --version | grep -q "^rollbookd [0-9]" || fail "rollbookd --version"
QT_QPA_PLATFORM=offscreen /usr/bin/rollbook --version | grep -q "^Rollbook [0-9]" || fail "rollbook --version (offscreen: it is a GUI program and needs a platform even to print)"
/usr/bin/rollbook-cli seed --users 300 --out "$work/demo.rollbook" >/dev/null

# The installed app on the demo file, offscreen: it must still be running after ten seconds (no
# missing plugin or library), having said nothing about a driver or a plugin it could not load.
set +e
HOME="$work" QT_QPA_PLATFORM=offscreen timeout 10 /usr/bin/rollbook "$work/demo.rollbook" 2>"$work/app.log"
rc=$?
set -e
[ "$rc" -eq 124 ] || { cat "$work/app.log" >&2; fail "the installed app exited with $rc on a demo school"; }
if grep -Ei "not loaded|could not load|cannot load|no such file" "$work/app.log"; then
    fail "the installed app could not load a part it needs"
fi

# The launcher entry and the file type, as the desktop sees them once dpkg's triggers have run.
desktop-file-validate /usr/share/applications/org.rollbook.rollbook.desktop
grep -q "application/x-rollbook=.*org.rollbook.rollbook.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "the desktop does not know Rollbook opens .rollbook files"
[ -f /usr/share/mime/application/x-rollbook.xml ] || fail "the .rollbook file type is not registered"
[ -f /usr/share/icons/hicolor/scalable/apps/org.rollbook.rollbook.svg ] || fail "the icon is not installed"

$sudo apt-get remove -y -qq rollbook
for file in /usr/bin/rollbook /usr/bin/rollbook-cli /usr/bin/rollbookd \
    /usr/share/applications/org.rollbook.rollbook.desktop /usr/share/mime/application/x-rollbook.xml; do
    [ ! -e "$file" ] || fail "$file is still there after the package was removed"
done
echo "package: $(basename "$deb") installed, ran and was removed cleanly"
