#!/bin/sh
# Fails when translations/sipdesk_en.ts does not hold exactly the plural
# strings of the code, each with its English forms: a "%n item(s)" string
# without them reads "3 item(s)" in the app. To bring it up to date:
#   lupdate -I . -pluralonly -no-obsolete -locations none app models views \
#       -ts translations/sipdesk_en.ts
# then write the forms of every message lupdate marks unfinished.
set -eu
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/translations/sipdesk_en.ts" "$work/en.ts"
cd "$root"
"$lupdate" -silent -I "$root" -pluralonly -no-obsolete -locations none app models views \
    -ts "$work/en.ts"
if grep -q 'type="unfinished"' "$work/en.ts"; then
    echo "Plural strings without English forms:" >&2
    grep -B4 'type="unfinished"' "$work/en.ts" | grep '<source>' >&2
    exit 1
fi
if ! cmp -s "$root/translations/sipdesk_en.ts" "$work/en.ts"; then
    echo "translations/sipdesk_en.ts is not what lupdate makes of the code:" >&2
    diff -u "$root/translations/sipdesk_en.ts" "$work/en.ts" >&2 || true
    exit 1
fi
echo "Every plural string has its English forms."
