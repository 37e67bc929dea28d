#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. Vietnamese must stay 100% translated: after running this,
# translate every entry marked unfinished in translations/legalaid_vi.ts (Qt Linguist or an editor).
# English is the source language, so its file holds plural forms only.
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -no-obsolete -locations none app core ui -ts translations/legalaid_vi.ts
"$lupdate" -silent -no-obsolete -locations none -pluralonly app core ui -ts translations/legalaid_en.ts
unfinished=$(grep -c 'type="unfinished"' translations/legalaid_vi.ts || true)
english=$(grep -c 'type="unfinished"' translations/legalaid_en.ts || true)
echo "legalaid_vi.ts: ${unfinished} unfinished entries; legalaid_en.ts: ${english} plural strings to fill"
[ "$unfinished" -eq 0 ] && [ "$english" -eq 0 ]
