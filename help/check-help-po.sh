#!/bin/bash
# help/check-help-po.sh HELPDIR: every language in help/LINGUAS translates every message of
# the current help/C pages (no untranslated or fuzzy entry) and passes msgfmt --check.
# Exits 77 (skipped) when itstool or the gettext tools are missing.
# To fix a failure, run help/update-translation and translate what it reports.

set -u

helpdir="$(cd "${1:-$(dirname "$0")}" && pwd)"

for tool in itstool msgmerge msgattrib msgfmt; do
  if ! command -v "$tool" > /dev/null; then
    echo "SKIP: $tool not found"
    exit 77
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failed=0

(cd "$helpdir/C" && itstool -o "$tmp/help.pot" *.page) || { echo "FAIL: itstool"; exit 1; }

for lang in $(sed -e 's/#.*//' "$helpdir/LINGUAS"); do
  po="$helpdir/$lang/$lang.po"
  if [ ! -f "$po" ]; then
    echo "FAIL: help/LINGUAS lists $lang but help/$lang/$lang.po does not exist"
    failed=1
    continue
  fi
  msgmerge --quiet --output-file="$tmp/$lang.po" "$po" "$tmp/help.pot" || { failed=1; continue; }
  msgfmt --check --output-file=/dev/null "$tmp/$lang.po" || { echo "FAIL: msgfmt --check help/$lang/$lang.po"; failed=1; }
  for kind in untranslated only-fuzzy; do
    out="$(msgattrib --"$kind" --no-obsolete --no-wrap "$tmp/$lang.po")"
    if [ -n "$out" ]; then
      echo "FAIL: help/$lang/$lang.po has ${kind#only-} messages (run help/update-translation):"
      printf '%s\n' "$out" | grep -E '^(#:|msgctxt|msgid "..)'
      failed=1
    fi
  done
done

[ "$failed" -eq 0 ] && echo "PASS: every help language is fully translated"
exit "$failed"
