/* cdo-cli-election.c: a district file's voting days, printed or set
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli election DISTRICT [--json]
 *   circondario-cli election DISTRICT --first-day YYYY-MM-DD [--second-day YYYY-MM-DD]
 *                            [--runoff-first-day YYYY-MM-DD] [--runoff-second-day YYYY-MM-DD]
 *                            [--actor NAME] [--json]
 *
 * Printing opens the file for reading only (no lock, no backup copy). Setting writes the
 * four days as given, as the window's Voting Days dialog does: a day left out is no day,
 * so that the file holds exactly what the command line says. The days are checked before
 * the file is opened, so that a mistyped day leaves it untouched, without even a backup
 * copy. Output is built in strings so that tests can run the command in-process.
 */
#define G_LOG_DOMAIN "cdo-cli-election"

#include <glib/gi18n.h>

#include "cdo-cli-actor.h"
#include "cdo-cli-election.h"
#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-store.h"

#define N_DAYS 4

/* The options, labels and JSON keys of the four days, in their order. */
static const char *const day_options[N_DAYS] = {
  "first-day", "second-day", "runoff-first-day", "runoff-second-day",
};
static const char *const day_labels[N_DAYS] = {
  N_("First voting day"), N_("Second voting day"), N_("First run-off day"),
  N_("Second run-off day"),
};
static const char *const day_keys[N_DAYS] = {
  "first_day", "second_day", "runoff_first_day", "runoff_second_day",
};

typedef struct {
  char     *days[N_DAYS];
  char     *actor;
  gboolean  json;
  gboolean  help;
  char     *help_text;
} ElectionOptions;

static void
election_options_clear (ElectionOptions *options)
{
  for (guint i = 0; i < N_DAYS; i++)
    g_free (options->days[i]);
  g_free (options->actor);
  g_free (options->help_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ElectionOptions, election_options_clear)

static GDate *
district_day (CdoDistrict *district,
              guint        index)
{
  GDate *days[N_DAYS] = {
    &district->first_day, &district->second_day, &district->runoff_first_day,
    &district->runoff_second_day,
  };

  return days[index];
}

static gboolean
setting (const ElectionOptions *options)
{
  for (guint i = 0; i < N_DAYS; i++)
    if (options->days[i] != NULL)
      return TRUE;
  return options->actor != NULL;
}

static gboolean
parse_options (int              *argc,
               char           ***argv,
               ElectionOptions  *options,
               GError          **error)
{
  const GOptionEntry entries[] = {
    { "first-day", 0, 0, G_OPTION_ARG_STRING, &options->days[0],
      N_("Set the first voting day (the Sunday)"), "YYYY-MM-DD" },
    { "second-day", 0, 0, G_OPTION_ARG_STRING, &options->days[1],
      N_("Set the second voting day, if the vote lasts two days"), "YYYY-MM-DD" },
    { "runoff-first-day", 0, 0, G_OPTION_ARG_STRING, &options->days[2],
      N_("Set the first day of the mayor's run-off"), "YYYY-MM-DD" },
    { "runoff-second-day", 0, 0, G_OPTION_ARG_STRING, &options->days[3],
      N_("Set the second day of the mayor's run-off"), "YYYY-MM-DD" },
    { "actor", 0, 0, G_OPTION_ARG_STRING, &options->actor,
      N_("The name the journal records for the change (default: your user name)"),
      N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json,
      N_("Print the days as one JSON object"), NULL },
    /* Our own --help, which returns the text instead of printing it and exiting, so that
     * the command runs in-process like the others. */
    { "help", 'h', 0, G_OPTION_ARG_NONE, &options->help, N_("Show this help"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT"));

  g_option_context_set_summary (context, _("Print a district file's voting days, or set them "
                                           "with --first-day and the days after it. A day "
                                           "left out is set to none."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (options->help)
    {
      options->help_text = g_option_context_get_help (context, TRUE, NULL);
      return TRUE;
    }
  if (*argc != 2)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("give one district file, for example: election district.circondario "
                             "--first-day 2026-05-24 --second-day 2026-05-25"));
      return FALSE;
    }
  if (setting (options) && options->days[0] == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("give the first voting day with --first-day, for example "
                             "--first-day 2026-05-24: the days are set together, and the "
                             "first is required."));
      return FALSE;
    }
  return TRUE;
}

/* The days of the command line, checked as the store would check them. */
static gboolean
read_days (const ElectionOptions  *options,
           CdoDistrict            *days,
           GError                **error)
{
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < N_DAYS; i++)
    if (options->days[i] != NULL
        && !cdo_date_parse_iso (options->days[i], district_day (days, i)))
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("“%s” is not a date: type each day as YYYY-MM-DD, for example --%s "
                       "2026-05-24."), options->days[i], day_options[i]);
        return FALSE;
      }
  if (!cdo_district_check_election_days (days, &local_error))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s Nothing was changed."), local_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
append_padded (GString    *out,
               const char *text,
               glong       width)
{
  g_string_append (out, text);
  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    g_string_append_c (out, ' ');
}

static void
append_table (GString     *out,
              CdoDistrict *district)
{
  glong width = 0;

  for (guint i = 0; i < N_DAYS; i++)
    width = MAX (width, g_utf8_strlen (_(day_labels[i]), -1));
  for (guint i = 0; i < N_DAYS; i++)
    {
      const GDate *day = district_day (district, i);

      g_string_append (out, "  ");
      append_padded (out, _(day_labels[i]), width + 2);
      if (g_date_valid (day))
        {
          g_autofree char *iso = cdo_date_format_iso (day);
          g_autofree char *words = cdo_date_format_long (day);

          g_string_append_printf (out, "%s  %s\n", iso, words);
        }
      else
        /* Translators: a voting day that is not set. */
        g_string_append_printf (out, "%s\n", C_("voting day", "none"));
    }
  if (!g_date_valid (&district->first_day))
    g_string_append (out, _("No voting days yet: set them with --first-day YYYY-MM-DD.\n"));
}

static void
append_json (GString     *out,
             CdoDistrict *district)
{
  g_string_append (out, "{\n");
  for (guint i = 0; i < N_DAYS; i++)
    {
      const GDate *day = district_day (district, i);
      g_autofree char *iso = g_date_valid (day) ? cdo_date_format_iso (day) : NULL;

      g_string_append_printf (out, "  \"%s\": ", day_keys[i]);
      if (iso != NULL)
        g_string_append_printf (out, "\"%s\"", iso);
      else
        g_string_append (out, "null");
      g_string_append (out, i + 1 < N_DAYS ? ",\n" : "\n");
    }
  g_string_append (out, "}\n");
}

static int
print_days (const ElectionOptions *options,
            const char            *path,
            GString               *out,
            GString               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoDistrict) district = NULL;

  store = cdo_store_open_read_only (path, &error);
  if (store != NULL)
    district = cdo_store_load_district (store, &error);
  if (district == NULL)
    {
      g_string_append_printf (err, "circondario-cli election: %s\n", error->message);
      return 1;
    }
  if (options->json)
    append_json (out, district);
  else
    {
      g_string_append_printf (out, _("Voting days of %s:\n"), path);
      append_table (out, district);
    }
  return 0;
}

static int
set_days (const ElectionOptions *options,
          const char            *path,
          GString               *out,
          GString               *err)
{
  g_autofree char *actor = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) days = cdo_district_new ();
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autofree char *head = NULL;
  gboolean changed;

  if (!read_days (options, days, &error))
    {
      g_string_append_printf (err, "circondario-cli election: %s\n", error->message);
      return 2;
    }

  actor = cdo_cli_actor (options->actor);
  store = cdo_store_open (path, actor, &error);
  if (store == NULL)
    {
      g_string_append_printf (err, "circondario-cli election: %s\n", error->message);
      return 1;
    }
  head = g_strdup (cdo_store_get_journal_head (store));
  if (!cdo_store_set_election (store, days, &error)
      || (district = cdo_store_load_district (store, &error)) == NULL)
    {
      g_string_append_printf (err, "circondario-cli election: %s\n", error->message);
      return g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID) ? 2 : 1;
    }
  changed = g_strcmp0 (head, cdo_store_get_journal_head (store)) != 0;

  if (options->json)
    append_json (out, district);
  else
    {
      if (changed)
        g_string_append_printf (out, _("Voting days of %s set:\n"), path);
      else
        g_string_append_printf (out, _("The voting days of %s were already these: nothing was "
                                       "changed.\n"), path);
      append_table (out, district);
    }
  return 0;
}

int
cdo_cli_election_run (int       argc,
                      char    **argv,
                      GString  *out,
                      GString  *err)
{
  g_auto(ElectionOptions) options = { 0 };
  g_autoptr(GError) error = NULL;

  if (!parse_options (&argc, &argv, &options, &error))
    {
      g_string_append_printf (err, "circondario-cli election: %s\n", error->message);
      return 2;
    }
  if (options.help_text != NULL)
    {
      g_string_append (out, options.help_text);
      return 0;
    }
  if (setting (&options))
    return set_days (&options, argv[1], out, err);
  return print_days (&options, argv[1], out, err);
}
