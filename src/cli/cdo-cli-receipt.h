/* cdo-cli-receipt.h: `circondario-cli receipt` */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the command with its own arguments (argv[0] = "receipt"): writes the filing
 * receipt of a list (or of a mayoral candidacy filed without one) as PDF, the very pages
 * the window prints; errors go as one line to @err. Returns 0; 1 when the district cannot
 * be read, has no such list, or the PDF cannot be written or would replace a file that is
 * not a PDF; 2 for a usage error. */
int cdo_cli_receipt_run (int       argc,
                         char    **argv,
                         GString  *out,
                         GString  *err);

G_END_DECLS
