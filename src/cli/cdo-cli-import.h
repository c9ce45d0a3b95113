/* cdo-cli-import.h: `circondario-cli import` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "import"); output goes to @out,
 * errors as one line to @err. Returns 0, 1 when the file or the district refused the
 * import (nothing was changed), or 2 for a usage error. */
int cdo_cli_import_run (int       argc,
                        char    **argv,
                        GString  *out,
                        GString  *err);

G_END_DECLS
