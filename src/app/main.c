/* main.c: starts Circondario
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "circondario"

#include <locale.h>

#include <glib/gi18n.h>

#include "cdo-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CdoApplication) app = NULL;
  /* build-aux/run-app points here at the translations of the build tree. */
  const char *localedir = g_getenv ("CIRCONDARIO_LOCALEDIR");

  /* Without the user's locale the window stays in English: nothing to report. */
  (void) setlocale (LC_ALL, "");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Accessibility tools list the program under this name (dogtail looks for it). */
  g_set_prgname ("circondario");
  g_set_application_name (_("Circondario"));

  app = cdo_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
