#!/usr/bin/env bash
# Installs what Rollbook needs to build, test and run on Debian 12 / Ubuntu 22.04+.
# Only missing packages are installed; nothing happens when all are present.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config time
    clang-14 libclang-rt-14-dev llvm-14
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qtkeychain-qt6-dev libxlsxwriter-dev libzip-dev libphonenumber-dev libsodium-dev libsqlite3-dev sqlite3
    libsimdjson-dev libcpp-httplib-dev libssl-dev libdeflate-dev libpoppler-qt6-dev
    postgresql-15 postgresql-client-15 libpq-dev
    python3 python3-openpyxl python3-aiosmtpd msmtp libcurl4-openssl-dev
    dbus gnome-keyring desktop-file-utils appstream libxml2-utils shared-mime-info dpkg-dev rpm file
    qt6-translations-l10n
    xvfb xauth imagemagick fonts-dejavu-core fonts-noto-cjk openssl curl
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
