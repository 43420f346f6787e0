#!/bin/sh
# check-translations.sh LUPDATE ROOT LANGUAGE...: fails when translations/sipdesk_<LANGUAGE>.ts
# misses a string of the code, or holds a message that is unfinished or no longer in the code.
# To bring one up to date:
#   lupdate -I . -no-obsolete -locations none app models views -ts translations/sipdesk_de.ts
# then translate every message lupdate marks unfinished.
set -eu
lupdate=$1
root=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
status=0
for language in "$@"; do
    committed="translations/sipdesk_$language.ts"
    if grep -q -E 'type="(unfinished|obsolete|vanished)"' "$committed"; then
        echo "$committed: unfinished or stale messages:" >&2
        grep -B3 -E 'type="(unfinished|obsolete|vanished)"' "$committed" | grep '<source>' >&2
        status=1
    fi
    cp "$committed" "$work/current.ts"
    "$lupdate" -silent -I "$root" -no-obsolete -locations none app models views \
        -ts "$work/current.ts"
    if grep -q 'type="unfinished"' "$work/current.ts"; then
        echo "$committed: strings of the code without a translation:" >&2
        grep -B3 'type="unfinished"' "$work/current.ts" | grep '<source>' >&2
        status=1
    fi
    [ $status -eq 0 ] && echo "$committed: every string of the code is translated."
done
exit $status
