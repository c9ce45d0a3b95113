/* cdo-cli-candidates.h: `circondario-cli import-candidates` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "import-candidates"); the preview and
 * the outcome go to @out, errors to @err. Returns 0 when the candidates were imported (or
 * would be, with --dry-run), 1 when the file or a row stops the import, 2 for a usage
 * error. */
int cdo_cli_candidates_run (int       argc,
                            char    **argv,
                            GString  *out,
                            GString  *err);

G_END_DECLS
