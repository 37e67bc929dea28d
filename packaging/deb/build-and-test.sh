#!/usr/bin/env bash
# Builds the .deb from a configured build directory, checks it with the validators, installs it with apt-get,
# uses the installed binaries the way an IT person would, and removes it again. Must run as root (CI does).
# Usage: packaging/deb/build-and-test.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "${1:?usage: build-and-test.sh BUILD_DIR}" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
say() { echo "deb-test: $*"; }

if dpkg-query -W -f='${Status}' legalaid-desk 2>/dev/null | grep -q 'install ok installed'; then
  echo "deb-test: legalaid-desk is already installed on this machine; remove it first" >&2
  exit 1
fi

cmake --build "$build_dir" -j2
(cd "$build_dir" && rm -f legalaid-desk_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build_dir"/legalaid-desk_*_amd64.deb)
say "built $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --info "$deb" | sed -n 's/^ \(Version\|Depends\|Installed-Size\):/  \1:/p'

work=$(mktemp -d)
trap 'rm -rf "$work"; dpkg -r legalaid-desk >/dev/null 2>&1 || true' EXIT
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.legalaiddesk.desk.desktop"
say "desktop-file-validate: clean"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.legalaiddesk.desk.metainfo.xml"
if command -v lintian >/dev/null; then
  say "lintian findings (explained in packaging/deb/README.md):"
  lintian --tag-display-limit 0 "$deb" | sed 's/^/  /' || true
fi

apt-get install -y -q "$deb" >/dev/null
say "installed"
test -x /usr/bin/legalaid-desk && test -x /usr/bin/legalaid-cli
expected_version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$source_dir/CMakeLists.txt" | head -1)
version=$(/usr/bin/legalaid-cli --version)
say "$version"
case "$version" in "legalaid-cli $expected_version"*) ;; *) echo "deb-test: unexpected version" >&2; exit 1 ;; esac
/usr/bin/legalaid-desk --version | grep -q "legalaid-desk $expected_version"

# A database made and verified by the installed CLI.
printf 'mật khẩu kiểm thử gói 2026\n' > "$work/password"
/usr/bin/legalaid-cli --db "$work/centre.db" --password-file "$work/password" init \
  --centre-name "Trung tâm TGPL (kiểm thử gói)" --centre-code TT --admin admin --kdf interactive >/dev/null
/usr/bin/legalaid-cli --db "$work/centre.db" --user admin --password-file "$work/password" verify
say "database created and verified with the installed legalaid-cli"

# The installed desk reaches its first window (the set-up wizard, as nothing is configured for this HOME).
first=$(HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen \
  timeout 60 /usr/bin/legalaid-desk --report-first-window)
say "installed desk: $first"
case "$first" in "first-window setupWizard"*) ;; *) echo "deb-test: the desk did not show the set-up wizard" >&2; exit 1 ;; esac

apt-get remove -y -q legalaid-desk >/dev/null
test ! -e /usr/bin/legalaid-cli && test ! -e /usr/share/applications/org.legalaiddesk.desk.desktop
say "removed cleanly"
