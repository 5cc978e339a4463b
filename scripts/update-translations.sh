#!/usr/bin/env bash
# Refreshes every translations/rollbook_*.ts from the sources (a new string comes into each
# language unfinished, for a translator), then gives every English plural ("%n user(s)") its two
# forms ("%n user", "%n users"), so the app never shows "(s)". scripts/check-translations.sh then
# says what is left to translate.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none core models ui app server -ts translations/rollbook_*.ts
python3 - <<'PY'
import re
path = 'translations/rollbook_en.ts'
text = open(path, encoding='utf-8').read()
pattern = re.compile(r'<source>([^<]*\(s\)[^<]*)</source>\s*<translation type="unfinished">\s*'
                     r'<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>')
def forms(match):
    source = match.group(1)
    return ('<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n'
            '            <numerusform>%s</numerusform>\n        </translation>'
            % (source, source.replace('(s)', ''), source.replace('(s)', 's')))
open(path, 'w', encoding='utf-8').write(pattern.sub(forms, text))
PY
