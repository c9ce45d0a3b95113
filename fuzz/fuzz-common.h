/* fuzz-common.h: what every fuzz target shares
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fuzz-<thing>.c defines LLVMFuzzerTestOneInput(); fuzz-common.c defines
 * LLVMFuzzerInitialize(). The same objects link either with libFuzzer (-Dfuzzing=true,
 * clang) or with replay.c, which runs the committed corpus and regressions as a test.
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

G_END_DECLS
