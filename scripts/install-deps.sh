#!/usr/bin/env bash
# Installs the Debian 12 packages Lägesbild needs to build, run and test. Idempotent: it does
# nothing when every package is present. Runs as root, or through sudo otherwise.
# Packages are installed without their Recommends, so everything the build finds through CMake
# (Qt6Charts needs Qt6OpenGL's development files, a mere Recommends of qt6-base-dev) and every
# program a test, benchmark or documented target calls is named here; CI checks this list against
# a configured build with scripts/check-deps.sh.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev
    qt6-translations-l10n libqt6svg6-dev libgl1-mesa-dev libxkbcommon-dev
    libgdal-dev gdal-bin python3-gdal
    libproj-dev proj-bin proj-data
    libsqlite3-dev sqlite3
    libpq-dev postgresql-15 postgresql-15-postgis-3
    catch2
    fonts-dejavu-core xvfb xauth poppler-utils unzip
    clang-format time bc python3
    r-base-core
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "Missing packages: ${missing[*]}; run this script as root or install sudo." >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
