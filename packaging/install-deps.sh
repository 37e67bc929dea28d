#!/usr/bin/env bash
# Installs every Debian 12 package legalaid-desk needs to build, run and test.
# Idempotent: packages already present are left alone. Must run as root (or via sudo).
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format
  # GUI and SQL (Qt 6.4)
  qt6-base-dev qt6-base-dev-tools libqt6sql6 qt6-charts-dev libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6svg6
  # storage and crypto
  libsqlcipher-dev sqlcipher libsodium-dev
  # fonts for documents (Times New Roman metrics)
  fonts-liberation2
  # packaging: PNG icons from the SVG, the .deb's validators
  librsvg2-bin dpkg-dev desktop-file-utils appstream lintian
  # tests
  catch2 xvfb xauth poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
