#!/usr/bin/env bash
# The built `circondario-cli election` as a script sees it: the days set and printed; days
# out of order, or not dates, refused with exit status 2, nothing on stdout, exactly one
# line on stderr, and the district file untouched.
set -u
# The days are printed in words in the locale's language: English here.
export LC_ALL=C.UTF-8
cli=$1
fail=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
district=$dir/district.circondario

# A district as New District makes it: no days, no comuni.
printf '<?xml version="1.0" encoding="UTF-8"?>\n<circondario format="1">\n</circondario>\n' \
  > "$dir/empty.xml"
if ! "$cli" import "$dir/empty.xml" -o "$district" >/dev/null; then
  echo "not ok: the empty district could not be made"; exit 1
fi

expect_output() {
  local expected=$1 out; shift
  if ! out=$("$cli" "$@" 2>/dev/null) || [ "$out" != "$expected" ]; then
    echo "not ok: $* printed: $out"; fail=1
  fi
}

expect_status() {
  local wanted=$1 out err status; shift
  err=$("$cli" "$@" 2>&1 >/dev/null); status=$?
  out=$("$cli" "$@" 2>/dev/null)
  if [ "$status" -ne "$wanted" ] || [ -n "$out" ] || [ "$(printf '%s\n' "$err" | wc -l)" -ne 1 ]; then
    echo "not ok: $* should fail with status $wanted and one line (status $status): $err"; fail=1
  fi
}

json_none='{
  "first_day": null,
  "second_day": null,
  "runoff_first_day": null,
  "runoff_second_day": null
}'
json_set='{
  "first_day": "2026-05-24",
  "second_day": "2026-05-25",
  "runoff_first_day": "2026-06-07",
  "runoff_second_day": null
}'

expect_output "$json_none" election "$district" --json
if ! "$cli" election "$district" --first-day 2026-05-24 --second-day 2026-05-25 \
     --runoff-first-day 2026-06-07 --actor "Test Secretary" >/dev/null; then
  echo "not ok: the days were not set"; fail=1
fi
expect_output "$json_set" election "$district" --json
if ! "$cli" election "$district" | grep -q "Sunday 24 May 2026"; then
  echo "not ok: the days are not printed for people"; fail=1
fi

before=$(sha256sum < "$district")
expect_status 2 election "$district" --first-day 2026-05-24 --second-day 2026-05-20
expect_status 2 election "$district" --first-day 2026-05-24 --runoff-second-day 2026-06-08
expect_status 2 election "$district" --first-day 2026-13-01
expect_status 2 election "$district" --second-day 2026-05-25
expect_status 2 election
expect_status 1 election "$dir/missing.circondario"
if [ "$(sha256sum < "$district")" != "$before" ]; then
  echo "not ok: a refused change altered the district file"; fail=1
fi
expect_output "$json_set" election "$district" --json

# The journal is intact after it all.
if ! "$cli" verify "$district" >/dev/null; then
  echo "not ok: verify fails after setting the days"; fail=1
fi
exit $fail
