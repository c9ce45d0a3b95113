/* fuzz-common.c: set-up shared by the fuzz targets
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz"

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* As G_DEBUG=fatal-warnings does for the tests: a GLib warning or critical on some input
   * is a bug the fuzzer must report, not a line in a log nobody reads. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  return 0;
}
