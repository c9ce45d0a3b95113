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

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = cdo_cli_run (argc, argv, out, err);
  fputs (out->str, stdout);
  fputs (err->str, stderr);
  return status;
}
