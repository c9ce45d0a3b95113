/* cdo-cli-rules.h: `circondario-cli rules` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "rules"); output goes to
 * @out, errors as one line to @err. Returns the process exit status. */
int cdo_cli_rules_run (int       argc,
                       char    **argv,
                       GString  *out,
                       GString  *err);

G_END_DECLS
