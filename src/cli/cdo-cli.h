/* cdo-cli.h: the circondario-cli command dispatcher */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs `circondario-cli ARGS…` in-process; see cdo-cli-rules.h for the conventions. */
int cdo_cli_run (int       argc,
                 char    **argv,
                 GString  *out,
                 GString  *err);

G_END_DECLS
