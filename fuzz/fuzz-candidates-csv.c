/* fuzz-candidates-csv.c: libFuzzer target for candidate lists as CSV
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a file a party brings, seeded with CSV as Excel and LibreOffice write it
 * (fuzz/corpus/candidates-csv/): encodings, separators, quoting, line ends. It goes through
 * cdo_candidate_import_new_from_bytes(), the entry point of the window and of
 * `circondario-cli import-candidates`; the preview is then checked and recomputed with
 * columns chosen by hand.
 */
#define G_LOG_DOMAIN "fuzz-candidates-csv"

#include "fuzz-candidates-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return fuzz_candidates (data, size, "fuzz.csv");
}
