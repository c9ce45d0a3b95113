/* cdo-cli-history.c: the change sets of a district file's journal
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli history DISTRICT [--json]
 *
 * One line per change set, the newest last: its number, when, the kind (edit, import,
 * undo, redo, migration), its journal entries, who and what. Opens the file for reading
 * only (no lock, no backup copy, nothing written), as verify does, so that it can be run
 * on evidence. Output is built in strings so that tests can run the command in-process.
 */
#define G_LOG_DOMAIN "cdo-cli-history"

#include <glib/gi18n.h>
#include <string.h>

#include "cdo-cli-history.h"
#include "cdo-store.h"

enum { COL_NUMBER, COL_AT, COL_KIND, COL_ENTRIES, COL_ACTOR, COL_DESCRIPTION, N_COLS };

static gboolean
parse_options (int        *argc,
               char     ***argv,
               gboolean   *json,
               gboolean   *help,
               char      **help_text,
               GError    **error)
{
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, json,
      N_("Print one JSON object instead of a table"), NULL },
    /* Our own --help, which returns the text instead of printing it and exiting, so that
     * the command runs in-process like the others. */
    { "help", 'h', 0, G_OPTION_ARG_NONE, help, N_("Show this help"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT"));

  g_option_context_set_summary (context, _("List the changes recorded in a district file's "
                                           "journal, the newest last."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (*help)
    {
      *help_text = g_option_context_get_help (context, TRUE, NULL);
      return TRUE;
    }
  if (*argc != 2)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("give one district file, for example: history "
                             "district.circondario"));
      return FALSE;
    }
  return TRUE;
}

/* The kind in the reader's language; the --json output keeps the journal's word. */
static const char *
kind_label (const char *kind)
{
  /* Translators: kinds of change in `circondario-cli history`; keep them short. */
  if (g_str_equal (kind, "edit"))
    return C_("change kind", "edit");
  if (g_str_equal (kind, "import"))
    return C_("change kind", "import");
  if (g_str_equal (kind, "undo"))
    return C_("change kind", "undo");
  if (g_str_equal (kind, "redo"))
    return C_("change kind", "redo");
  if (g_str_equal (kind, "migration"))
    return C_("change kind", "migration");
  return kind;
}

static char *
entries_text (const CdoStoreChangeSet *change_set)
{
  if (change_set->last_entry < change_set->first_entry)
    return g_strdup ("—");
  if (change_set->last_entry == change_set->first_entry)
    return g_strdup_printf ("%" G_GINT64_FORMAT, change_set->first_entry);
  return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, change_set->first_entry,
                          change_set->last_entry);
}

/* "2026-05-24T09:12:41+02:00" as "2026-05-24 09:12:41": the offset is the same on one
 * commission's workstations, and the --json output keeps it. */
static char *
time_text (const char *at)
{
  char *text = g_strndup (at != NULL ? at : "", 19);

  if (strlen (text) > 10 && text[10] == 'T')
    text[10] = ' ';
  return text;
}

static char *
flat (const char *text)
{
  char *copy = g_utf8_make_valid (text != NULL ? text : "", -1);

  return g_strdelimit (copy, "\n\r\t", ' ');
}

static void
append_padded (GString    *out,
               const char *text,
               glong       width,
               gboolean    right)
{
  glong length = g_utf8_strlen (text, -1);

  if (!right)
    g_string_append (out, text);
  for (glong n = length; n < width; n++)
    g_string_append_c (out, ' ');
  if (right)
    g_string_append (out, text);
}

static void
append_table (GString     *out,
              const char  *path,
              CdoStore    *store,
              GPtrArray   *history)
{
  const char *titles[N_COLS] = {
    /* Translators: column titles of `circondario-cli history`; keep them short. */
    C_("history", "No."), C_("history", "When"), C_("history", "Kind"),
    C_("history", "Entries"), C_("history", "Who"), C_("history", "What"),
  };
  g_autofree char **cells = g_new0 (char *, (gsize) history->len * N_COLS + 1);
  g_autofree char *entries = g_strdup_printf ("%" G_GINT64_FORMAT,
                                              cdo_store_get_journal_length (store));
  glong widths[N_COLS];

  /* The header of `circondario-cli verify`. */
  g_string_append_printf (out, _("District file: %s\n"), path);
  g_string_append_printf (out, _("Journal: %s entries, head %s\n"), entries,
                          cdo_store_get_journal_head (store));
  if (history->len == 0)
    return;
  for (guint c = 0; c < N_COLS; c++)
    widths[c] = g_utf8_strlen (titles[c], -1);
  for (guint i = 0; i < history->len; i++)
    {
      const CdoStoreChangeSet *change_set = g_ptr_array_index (history, i);
      char **row = cells + (gsize) i * N_COLS;

      row[COL_NUMBER] = g_strdup_printf ("%" G_GINT64_FORMAT, change_set->number);
      row[COL_AT] = time_text (change_set->at);
      row[COL_KIND] = g_strdup (kind_label (change_set->kind));
      row[COL_ENTRIES] = entries_text (change_set);
      row[COL_ACTOR] = flat (change_set->actor);
      row[COL_DESCRIPTION] = flat (change_set->description);
      for (guint c = 0; c < N_COLS; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (row[c], -1));
    }

  g_string_append_c (out, '\n');
  for (guint c = 0; c < N_COLS; c++)
    {
      append_padded (out, titles[c], c + 1 < N_COLS ? widths[c] : 0, c == COL_NUMBER);
      g_string_append (out, c + 1 < N_COLS ? "  " : "\n");
    }
  for (guint i = 0; i < history->len; i++)
    for (guint c = 0; c < N_COLS; c++)
      {
        append_padded (out, cells[(gsize) i * N_COLS + c], c + 1 < N_COLS ? widths[c] : 0,
                       c == COL_NUMBER);
        g_string_append (out, c + 1 < N_COLS ? "  " : "\n");
      }
  for (gsize i = 0; i < (gsize) history->len * N_COLS; i++)
    g_free (cells[i]);
}

static void
append_json_string (GString    *json,
                    const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  g_string_append_c (json, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (json, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, (char) c);
    }
  g_string_append_c (json, '"');
}

/* The --json contract, documented in help/C/district.page: keys in this order. */
static void
append_json (GString   *out,
             CdoStore  *store,
             GPtrArray *history)
{
  g_string_append (out, "{\n  \"journal_head\": ");
  append_json_string (out, cdo_store_get_journal_head (store));
  g_string_append_printf (out, ",\n  \"entries\": %" G_GINT64_FORMAT ",\n  \"changes\": [",
                          cdo_store_get_journal_length (store));
  for (guint i = 0; i < history->len; i++)
    {
      const CdoStoreChangeSet *change_set = g_ptr_array_index (history, i);

      g_string_append_printf (out, "%s\n    { \"number\": %" G_GINT64_FORMAT ", \"at\": ",
                              i > 0 ? "," : "", change_set->number);
      append_json_string (out, change_set->at);
      g_string_append (out, ", \"actor\": ");
      append_json_string (out, change_set->actor);
      g_string_append (out, ", \"kind\": ");
      append_json_string (out, change_set->kind);
      g_string_append (out, ", \"description\": ");
      append_json_string (out, change_set->description);
      if (change_set->reverts > 0)
        g_string_append_printf (out, ", \"reverts\": %" G_GINT64_FORMAT, change_set->reverts);
      else
        g_string_append (out, ", \"reverts\": null");
      g_string_append_printf (out, ", \"first_entry\": %" G_GINT64_FORMAT
                              ", \"last_entry\": %" G_GINT64_FORMAT " }",
                              change_set->first_entry, change_set->last_entry);
    }
  g_string_append (out, history->len > 0 ? "\n  ]\n}\n" : "]\n}\n");
}

int
cdo_cli_history_run (int       argc,
                     char    **argv,
                     GString  *out,
                     GString  *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *help_text = NULL;
  gboolean json = FALSE;
  gboolean help = FALSE;

  if (!parse_options (&argc, &argv, &json, &help, &help_text, &error))
    {
      g_string_append_printf (err, "circondario-cli history: %s\n", error->message);
      return 2;
    }
  if (help_text != NULL)
    {
      g_string_append (out, help_text);
      return 0;
    }
  store = cdo_store_open_read_only (argv[1], &error);
  if (store != NULL)
    history = cdo_store_read_history (store, &error);
  if (history == NULL)
    {
      g_string_append_printf (err, "circondario-cli history: %s\n", error->message);
      return 1;
    }
  if (json)
    append_json (out, store, history);
  else
    append_table (out, argv[1], store, history);
  return 0;
}
