#!/bin/bash
# po/check-po.sh SRCROOT: the translation checks run by `meson test --suite po`.
#
# Fails when
#  (a) a file with translatable strings is missing from po/POTFILES.in, a listed file does
#      not exist, or the list is not sorted;
#  (b) a language in po/LINGUAS, merged with the messages of the current sources, has an
#      untranslated or fuzzy message, or does not pass msgfmt --check.
# Exits 77 (skipped) when the gettext tools are missing.
#
# To fix (a), add the file to POTFILES.in; to fix (b), run po/update-translation and
# translate what it reports.

set -u

srcroot="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
podir="$srcroot/po"
. "$podir/gettext-common.sh"

for tool in xgettext msgmerge msgattrib msgfmt; do
  if ! command -v "$tool" > /dev/null; then
    echo "SKIP: $tool not found"
    exit 77
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failed=0

fail ()
{
  echo "FAIL: $*"
  failed=1
}

# (a) POTFILES.in is complete, exists and is sorted.
grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$podir/POTFILES.in" \
  | sed -e 's/[[:space:]]*$//' > "$tmp/listed"

if ! LC_ALL=C sort -c "$tmp/listed" 2> /dev/null; then
  fail "po/POTFILES.in is not sorted (LC_ALL=C sort)"
fi

while read -r f; do
  [ -f "$srcroot/$f" ] || fail "po/POTFILES.in lists $f, which does not exist"
done < "$tmp/listed"

(
  cd "$srcroot" || exit 1
  # C: a gettext call with a string literal, so comments such as "marked N_()" do not count.
  if [ -d src ]; then
    find src -name '*.c' -type f -print0 \
      | xargs -0 -r grep -lE \
          '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)[[:space:]]*\([[:space:]]*"'
    find src -name '*.ui' -type f -print0 | xargs -0 -r grep -l 'translatable="yes"'
  fi
  # data: desktop entries, metainfo and schemas with text for people to read.
  if [ -d data ]; then
    find data -path data/rules -prune -o -path data/comuni -prune -o -type f \
         \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' -o -name '*.appdata.xml.in' \) -print0 \
      | xargs -0 -r grep -lE '^(Name|GenericName|Comment|Keywords)=|<(summary|p|caption)>'
    find data -path data/rules -prune -o -path data/comuni -prune -o -type f \
         -name '*.gschema.xml' -print0 \
      | xargs -0 -r grep -lE '<(summary|description)>'
    find data -path data/rules -prune -o -path data/comuni -prune -o -type f \
         -name '*.ui' -print0 | xargs -0 -r grep -l 'translatable="yes"'
  fi
) | LC_ALL=C sort -u > "$tmp/needed"

while read -r f; do
  if ! grep -qxF "$f" "$tmp/listed"; then
    fail "$f has translatable strings but is missing from po/POTFILES.in"
  fi
done < "$tmp/needed"

# (b) Every language translates every current message.
if ! make_pot "$srcroot" "$tmp/$GETTEXT_PACKAGE.pot"; then
  fail "xgettext could not extract the messages of po/POTFILES.in"
else
  for lang in $(languages "$srcroot"); do
    po="$podir/$lang.po"
    if [ ! -f "$po" ]; then
      fail "po/LINGUAS lists $lang but po/$lang.po does not exist"
      continue
    fi
    msgfmt --check --output-file=/dev/null "$po" || fail "po/$lang.po does not pass msgfmt --check"

    if ! msgmerge --quiet --output-file="$tmp/$lang.po" "$po" "$tmp/$GETTEXT_PACKAGE.pot"; then
      fail "msgmerge could not merge po/$lang.po"
      continue
    fi
    msgfmt --check --output-file=/dev/null "$tmp/$lang.po" \
      || fail "po/$lang.po merged with the sources does not pass msgfmt --check"

    untranslated="$(msgattrib --untranslated --no-obsolete --no-wrap "$tmp/$lang.po")"
    if [ -n "$untranslated" ]; then
      fail "po/$lang.po has untranslated messages (run po/update-translation):"
      printf '%s\n' "$untranslated" | grep -E '^(#:|msgctxt|msgid "..)'
    fi
    fuzzy="$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/$lang.po")"
    if [ -n "$fuzzy" ]; then
      fail "po/$lang.po has fuzzy messages (run po/update-translation, then review them):"
      printf '%s\n' "$fuzzy" | grep -E '^(#:|msgctxt|msgid "..)'
    fi
  done
fi

if [ "$failed" -eq 0 ]; then
  echo "PASS: POTFILES.in is complete and every language is fully translated"
fi
exit "$failed"
