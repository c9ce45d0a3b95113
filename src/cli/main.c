/* main.c: circondario-cli's entry point */
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "cdo-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  int status;

  /* Without the user's locale the messages stay in English: nothing to report. */
  (void) setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = cdo_cli_run (argc, argv, out, err);
  /* Output that cannot be written (a full disk) is a failure too, as in coreutils. */
  if ((fputs (out->str, stdout) == EOF || fflush (stdout) == EOF) && status == 0)
    status = 1;
  (void) fputs (err->str, stderr);  /* nowhere left to report a failure to write there */
  return status;
}
