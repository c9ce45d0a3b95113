/* cdo-cli-undo.h: `circondario-cli undo` and `circondario-cli redo` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Run the command with its own arguments (argv[0] = "undo" or "redo"): undoes the newest
 * change of the filing desk that is not undone (redoes the newest undone one), as the
 * window's Undo and Redo do, and says which; errors go as one line to @err. Return 0; 1
 * when the file cannot be opened, there is nothing to undo (redo), or a row was changed
 * outside Circondario since (the file is then unchanged); 2 for a usage error. */
int cdo_cli_undo_run (int       argc,
                      char    **argv,
                      GString  *out,
                      GString  *err);
int cdo_cli_redo_run (int       argc,
                      char    **argv,
                      GString  *out,
                      GString  *err);

G_END_DECLS
