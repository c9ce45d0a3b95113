/* cdo-cli-history.h: `circondario-cli history` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "history"): lists the change sets
 * of a district file's journal, oldest first, as a table or (--json) one JSON object;
 * errors go as one line to @err. Returns 0; 1 when the file cannot be read; 2 for a usage
 * error. */
int cdo_cli_history_run (int       argc,
                         char    **argv,
                         GString  *out,
                         GString  *err);

G_END_DECLS
