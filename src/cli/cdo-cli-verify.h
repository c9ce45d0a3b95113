/* cdo-cli-verify.h: `circondario-cli verify` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "verify"); output goes to @out,
 * errors as one line to @err. Returns 0 when the journal is intact and the data match
 * it, 1 when not (the first broken entry or the first difference is named), 2 when the
 * check could not run. */
int cdo_cli_verify_run (int       argc,
                        char    **argv,
                        GString  *out,
                        GString  *err);

G_END_DECLS
