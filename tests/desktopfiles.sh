#!/bin/sh
# The launcher entry, the AppStream description and the file type pass their validators with
# nothing to say (pedantic hints included), and the desktop entry opens .rollbook files.
set -eu
dir="$(dirname "$0")/../resources"
for tool in desktop-file-validate appstreamcli xmllint; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is missing (scripts/install-deps.sh installs it)" >&2
        exit 1
    fi
done
said=$(desktop-file-validate "$dir/org.rollbook.rollbook.desktop" 2>&1) || { echo "$said"; exit 1; }
[ -z "$said" ] || { echo "desktop-file-validate: $said"; exit 1; }
appstreamcli validate --no-net --pedantic --no-color "$dir/org.rollbook.rollbook.metainfo.xml" > /tmp/rollbook-appstream.$$ 2>&1 \
    || { cat /tmp/rollbook-appstream.$$; rm -f /tmp/rollbook-appstream.$$; exit 1; }
if grep -q "^[EWIP]:" /tmp/rollbook-appstream.$$; then cat /tmp/rollbook-appstream.$$; rm -f /tmp/rollbook-appstream.$$; exit 1; fi
rm -f /tmp/rollbook-appstream.$$
xmllint --noout "$dir/org.rollbook.rollbook.mime.xml"
grep -qx 'MimeType=application/x-rollbook;' "$dir/org.rollbook.rollbook.desktop"
grep -q '<glob pattern="\*.rollbook"/>' "$dir/org.rollbook.rollbook.mime.xml"
for size in 16 24 32 48 64 128 256 512; do
    png="$dir/icons/hicolor/${size}x${size}/apps/org.rollbook.rollbook.png"
    [ -f "$png" ] || { echo "missing $png"; exit 1; }
done
echo "desktop entry, AppStream metainfo, MIME type and icons valid"
