#!/usr/bin/env bash
# The built circondario-cli as a script sees it: 0 with output on success; on bad input a
# non-zero status, nothing on stdout and exactly one line on stderr.
set -u
cli=$1
fail=0

expect_ok() {
  if ! out=$("$cli" "$@" 2>/dev/null) || [ -z "$out" ]; then
    echo "not ok: $* should succeed"; fail=1
  fi
}

expect_refused() {
  local out err status
  err=$("$cli" "$@" 2>&1 >/dev/null); status=$?
  out=$("$cli" "$@" 2>/dev/null)
  if [ "$status" -eq 0 ] || [ -n "$out" ] || [ "$(printf '%s\n' "$err" | wc -l)" -ne 1 ]; then
    echo "not ok: $* should fail with one line (status $status): $err"; fail=1
  fi
}

expect_ok rules --population 10372 --date 2021-10-03
expect_ok rules --population 10372 --date 2021-10-03 --json
expect_ok rules --population 22025 --capoluogo --region Molise --date 2021-10-03 --json
expect_refused rules --population -1 --date 2021-10-03
expect_refused rules --population abc --date 2021-10-03
expect_refused rules --population 1000 --date 2021-13-01
expect_refused rules --population 1000 --date 1999-01-01
expect_refused rules --population 1000 --region Sardegna --date 2021-10-03
expect_refused rules
expect_refused nonsense
exit $fail
