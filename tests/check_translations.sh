#!/usr/bin/env bash
# Fails when a user-visible string in app/, core/ or ui/ has no Vietnamese translation.
# Works on a copy: the checked-in .ts file is never modified by the test run.
set -euo pipefail
source_dir=$1
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/legalaid_vi.ts" "$work/vi.ts"
cd "$source_dir"
"$lupdate" -silent -no-obsolete -locations none app core ui -ts "$work/vi.ts" >/dev/null
total=$(grep -c '<message' "$work/vi.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$work/vi.ts" || true)
echo "translations: ${total} messages, ${unfinished} without Vietnamese"
if [ "$unfinished" -gt 0 ]; then
  grep -B2 'type="unfinished"' "$work/vi.ts" | grep '<source>' | head -20
  exit 1
fi
[ "$total" -gt 0 ]
