/* cli-fixture.h: a district file to run circondario-cli on, in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store-fixture.h"

G_BEGIN_DECLS

typedef struct {
  char    *folder;
  char    *path;     /* <folder>/district.circondario, filled with fixture_district () */
  GString *out;
  GString *err;
} CliFixture;

void   cli_fixture_set_up          (CliFixture    *fixture,
                                    gconstpointer  data);
void   cli_fixture_tear_down       (CliFixture    *fixture,
                                    gconstpointer  data);
/* Runs `circondario-cli FIRST…` into fixture->out and ->err; "@" stands for the district
 * file. Returns the exit status. */
int    cli_fixture_run             (CliFixture    *fixture,
                                    const char    *first,
                                    ...) G_GNUC_NULL_TERMINATED;
/* SHA-256 of a file's bytes. */
char  *cli_fixture_digest          (const char    *path);
/* Scripts read an error as one line, ending in a newline. */
void   cli_fixture_assert_one_line (GString       *text);

G_END_DECLS
