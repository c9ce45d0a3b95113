/* fuzz-candidates-ods-xlsx.c: libFuzzer target for candidate lists as ODS and XLSX
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a file a party brings, seeded with ODS and XLSX files (fuzz/corpus/
 * candidates-sheet/), most of them with their ZIP members stored rather than deflated, so
 * that mutations reach the XML inside: repeated rows and cells, shared and inline strings,
 * styles with date formats, the 1904 date system, DTDs, broken ZIP structures. It goes
 * through cdo_candidate_import_new_from_bytes(), as the window and the command line do.
 */
#define G_LOG_DOMAIN "fuzz-candidates-ods-xlsx"

#include "fuzz-candidates-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return fuzz_candidates (data, size, "fuzz.xlsx");
}
