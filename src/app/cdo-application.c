/* cdo-application.c: the application: one window per activation, app-wide actions
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwApplication loads style.css and gtk/help-overlay.ui from the resource base
 * path by itself; the base path is set explicitly because the development
 * flavour's application id (….Devel) would otherwise move it.
 */
#define G_LOG_DOMAIN "cdo-application"

#include <glib-unix.h>
#include <glib/gi18n.h>

#include "cdo-application.h"
#include "cdo-rule-book.h"
#include "cdo-window.h"

struct _CdoApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (CdoApplication, cdo_application, ADW_TYPE_APPLICATION)

/* What a bug report needs: the library versions and the span of dates the
 * compiled-in rules cover. */
static char *
build_debug_info (void)
{
  GString *info = g_string_new (NULL);
  GDate first, last;
  char first_text[16] = "", last_text[16] = "";

  g_string_append_printf (info, "Circondario %s (%s)\n", PACKAGE_VERSION, APPLICATION_ID);
  g_string_append_printf (info, "GLib %u.%u.%u\n", glib_major_version, glib_minor_version,
                          glib_micro_version);
  g_string_append_printf (info, "GTK %u.%u.%u\n", gtk_get_major_version (),
                          gtk_get_minor_version (), gtk_get_micro_version ());
  g_string_append_printf (info, "libadwaita %u.%u.%u\n", adw_get_major_version (),
                          adw_get_minor_version (), adw_get_micro_version ());

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  cdo_rule_book_get_coverage (cdo_rule_book_get_default (), &first, &last);
  if (g_date_valid (&first))
    g_date_strftime (first_text, sizeof first_text, "%Y-%m-%d", &first);
  if (g_date_valid (&last))
    g_date_strftime (last_text, sizeof last_text, "%Y-%m-%d", &last);
  g_string_append_printf (info, "Rules cover %s to %s\n", first_text,
                          last_text[0] != '\0' ? last_text : "open end");

  return g_string_free (info, FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autofree char *debug_info = build_debug_info ();
  static const char *developers[] = { "The Circondario authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Circondario"),
                        "developer-name", _("The Circondario authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("The filing desk and the rules of municipal candidacies, "
                                      "for district electoral commissions"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Circondario authors",
                        "developers", developers,
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        "debug-info", debug_info,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  gtk_show_uri (gtk_application_get_active_window (app), "help:circondario", GDK_CURRENT_TIME);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Close rather than quit outright, so each window saves its size. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }
}

/* A session ending, or kill, sends SIGTERM: close the windows as Quit does, so that
 * what was just typed is saved and the district files are unlocked. */
static gboolean
terminate_cb (gpointer user_data)
{
  quit_action (NULL, NULL, user_data);
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "help", .activate = help_action },
  { .name = "quit", .activate = quit_action },
};

static void
cdo_application_startup (GApplication *application)
{
  GtkApplication *app = GTK_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (cdo_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (app, "app.help", help_accels);
  gtk_application_set_accels_for_action (app, "window.close", close_accels);

  g_unix_signal_add (SIGTERM, terminate_cb, app);
  g_unix_signal_add (SIGINT, terminate_cb, app);
}

static void
cdo_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (cdo_window_new (GTK_APPLICATION (application)));

  gtk_window_present (window);
}

/* Files given on the command line (or by the desktop) open each in a window: the
 * active one while it shows no district, a new one otherwise. */
static void
cdo_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));
      CdoWindow *window;

      if (CDO_IS_WINDOW (active) && !cdo_window_has_district (CDO_WINDOW (active)))
        window = CDO_WINDOW (active);
      else
        window = cdo_window_new (GTK_APPLICATION (application));

      gtk_window_present (GTK_WINDOW (window));
      cdo_window_open_file (window, files[i]);
    }
}

static void
cdo_application_class_init (CdoApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = cdo_application_startup;
  app_class->activate = cdo_application_activate;
  app_class->open = cdo_application_open;
}

static void
cdo_application_init (CdoApplication *self)
{
}

CdoApplication *
cdo_application_new (void)
{
  return g_object_new (CDO_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}
