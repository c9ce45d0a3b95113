/* cdo-cli-export.h: `circondario-cli export` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "export"); output goes to @out,
 * errors as one line to @err. Returns 0, 1 when the district could not be read or the
 * file not written, or 2 for a usage error. */
int cdo_cli_export_run (int       argc,
                        char    **argv,
                        GString  *out,
                        GString  *err);

G_END_DECLS
