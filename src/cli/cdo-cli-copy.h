/* cdo-cli-copy.h: `circondario-cli copy` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "copy"): saves a complete copy of
 * the district file under another name; errors go as one line to @err. Returns 0; 1 when
 * the district cannot be read or the copy cannot be written, or the destination exists
 * (nothing is then written); 2 for a usage error. */
int cdo_cli_copy_run (int       argc,
                      char    **argv,
                      GString  *out,
                      GString  *err);

G_END_DECLS
