#!/bin/sh
# Runs a test inside a D-Bus session of its own with an unlocked GNOME keyring, the real Secret
# Service that QtKeychain talks to on Linux. Its keyrings live under the test's HOME.
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keyring.sh: dbus-run-session and gnome-keyring-daemon are needed (Debian: dbus, gnome-keyring)" >&2
    exit 1
fi
mkdir -p "${HOME:?}"
exec dbus-run-session -- sh -c '
    printf "test keyring password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
