/* cdo-cli-election.h: `circondario-cli election` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "election"): prints the district's
 * voting days, or sets them when --first-day is given; output goes to @out, errors as one
 * line to @err. Returns 0; 1 when the district file could not be read or written; 2 for a
 * usage error or days that are not dates or not in order (the file is then untouched). */
int cdo_cli_election_run (int       argc,
                          char    **argv,
                          GString  *out,
                          GString  *err);

G_END_DECLS
