#!/usr/bin/env bash
# On demand (too heavy for every CI run): proves that the CSV files legalaid-cli exports open in a spreadsheet
# with every Vietnamese name and label intact. Makes a small generated database, exports people with names
# (--full), anonymised cases and the data dictionaries, reads them back with Python's csv module, converts them
# with LibreOffice headless to .xlsx and back to CSV, and compares every cell.
# Needs: python3 and LibreOffice Calc (apt-get install --no-install-recommends libreoffice-calc-nogui).
# Usage: tests/exchange/check-with-libreoffice.sh [BUILD_DIR]   (default build/release, then build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-}
if [ -z "$build" ]; then
  for candidate in build/release build; do
    [ -x "$candidate/app/cli/legalaid-cli" ] && build=$candidate && break
  done
fi
cli="$build/app/cli/legalaid-cli"
[ -x "$cli" ] || { echo "legalaid-cli not found; build first or give the build folder" >&2; exit 2; }
soffice=$(command -v soffice || command -v libreoffice || true)
[ -n "$soffice" ] || { echo "LibreOffice is not installed: apt-get install --no-install-recommends libreoffice-calc-nogui" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s' 'Kiem-tra-bang-tinh-2026!' > "$work/pw"
db="$work/centre.db"
run() { "$cli" --db "$db" --user admin --password-file "$work/pw" --lang en "$@"; }
"$cli" --db "$db" --user admin --password-file "$work/pw" --lang en init --centre-name "Trung tâm Trợ giúp pháp lý nhà nước" \
  --centre-code TT --admin admin --kdf interactive > /dev/null
run seed --people 400 --cases 400 --referrals 100 --events-per-case 1 --seed 3 > /dev/null 2>&1
run export people --full --out "$work/people-full.csv" > /dev/null
run export cases --out "$work/cases.csv" > /dev/null

# Read back with Python, convert with LibreOffice, compare every cell.
python3 - "$work" "$soffice" <<'PY'
import csv, glob, os, subprocess, sys, unicodedata
work, soffice = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(os.path.join(work, "*.csv")))
failures = 0
for path in files:
    raw = open(path, "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 BOM"
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{path}: not CRLF"
    rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
    width = len(rows[0])
    assert all(len(r) == width for r in rows), f"{path}: ragged rows"
    vietnamese = sum(1 for r in rows for c in r if any(ord(ch) > 127 for ch in c))
    assert all(unicodedata.is_normalized("NFC", c) for r in rows for c in r), f"{path}: text not NFC"
    out = os.path.join(work, "lo")
    os.makedirs(out, exist_ok=True)
    # CSV import filter: comma, double quote, UTF-8 (76), from line 1; every column as text (so codes and dates stay as written).
    columns = "/".join(f"{i + 1}/2" for i in range(width))
    subprocess.run([soffice, "--headless", f"--infilter=CSV:44,34,76,1,{columns}", "--convert-to", "xlsx",
                    "--outdir", out, path], check=True, capture_output=True, timeout=300)
    xlsx = os.path.join(out, os.path.basename(path)[:-4] + ".xlsx")
    back_dir = os.path.join(out, "back")
    os.makedirs(back_dir, exist_ok=True)
    subprocess.run([soffice, "--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1',
                    "--outdir", back_dir, xlsx], check=True, capture_output=True, timeout=300)
    back = list(csv.reader(open(os.path.join(back_dir, os.path.basename(path)), encoding="utf-8-sig", newline="")))
    differing = [(i, j, a, b) for i, (ra, rb) in enumerate(zip(rows, back)) for j, (a, b) in enumerate(zip(ra, rb)) if a != b]
    ok = len(back) == len(rows) and not differing
    failures += not ok
    print(f"{os.path.basename(path)}: {len(rows) - 1} rows x {width} columns, {vietnamese} cells with Vietnamese letters; "
          f"through LibreOffice .xlsx and back: {'identical' if ok else f'{len(differing)} cells differ, e.g. {differing[:3]}'}")
sys.exit(1 if failures else 0)
PY
echo "check-with-libreoffice: every exported file survived Python's csv module and LibreOffice unchanged"
