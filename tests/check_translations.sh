#!/usr/bin/env bash
# Fails when a user-visible string in app/, core/ or ui/ has no Vietnamese translation, or a plural string
# (%n) has no English singular and plural forms.
# Works on a copy: the checked-in .ts file is never modified by the test run.
set -euo pipefail
source_dir=$1
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/legalaid_vi.ts" "$work/vi.ts"
cp "$source_dir/translations/legalaid_en.ts" "$work/en.ts"
cd "$source_dir"
"$lupdate" -silent -no-obsolete -locations none app core ui -ts "$work/vi.ts" >/dev/null
"$lupdate" -silent -no-obsolete -locations none -pluralonly app core ui -ts "$work/en.ts" >/dev/null
total=$(grep -c '<message' "$work/vi.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$work/vi.ts" || true)
echo "translations: ${total} messages, ${unfinished} without Vietnamese"
if [ "$unfinished" -gt 0 ]; then
  grep -B2 'type="unfinished"' "$work/vi.ts" | grep '<source>' | head -20
  exit 1
fi
english_unfinished=$(grep -c 'type="unfinished"' "$work/en.ts" || true)
echo "translations: ${english_unfinished} plural strings without English forms"
if [ "$english_unfinished" -gt 0 ]; then
  grep -B2 'type="unfinished"' "$work/en.ts" | grep '<source>' | head -20
  exit 1
fi
[ "$total" -gt 0 ]
