/* cdo-cli-undo.c: undoing and redoing the filing desk's changes
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli undo DISTRICT [--actor NAME]
 *   circondario-cli redo DISTRICT [--actor NAME]
 *
 * The window's Undo and Redo (cdo_store_undo, cdo_store_redo): an undo erases nothing, it
 * is a new change set in the journal, recorded under --actor, which puts back what the
 * undone change replaced. The history is read back from the journal, so the command undoes
 * what the window would undo next, whoever made it and whenever. The file is opened as the
 * window opens it (lock, backup copy); a refusal leaves it unchanged. Output is built in
 * strings so that tests can run the command in-process.
 */
#define G_LOG_DOMAIN "cdo-cli-undo"

#include <glib/gi18n.h>

#include "cdo-cli-actor.h"
#include "cdo-cli-undo.h"
#include "cdo-store.h"

typedef struct {
  char     *actor;
  gboolean  help;
  char     *help_text;
} UndoOptions;

static void
undo_options_clear (UndoOptions *options)
{
  g_free (options->actor);
  g_free (options->help_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (UndoOptions, undo_options_clear)

static gboolean
parse_options (gboolean       undo,
               int           *argc,
               char        ***argv,
               UndoOptions   *options,
               GError       **error)
{
  const GOptionEntry entries[] = {
    { "actor", 0, 0, G_OPTION_ARG_STRING, &options->actor,
      N_("The name the journal records for the change (default: your name)"), N_("NAME") },
    /* Our own --help, which returns the text instead of printing it and exiting, so that
     * the command runs in-process like the others. */
    { "help", 'h', 0, G_OPTION_ARG_NONE, &options->help, N_("Show this help"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT"));

  if (undo)
    g_option_context_set_summary (context, _("Undo the newest change of a district file that "
                                             "is not undone yet, as the window's Undo does. "
                                             "The undo is journaled as a change of its own."));
  else
    g_option_context_set_summary (context, _("Redo the newest change of a district file that "
                                             "was undone, as the window's Redo does. The redo "
                                             "is journaled as a change of its own."));
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
                           undo ? _("give one district file, for example: undo "
                                    "district.circondario")
                                : _("give one district file, for example: redo "
                                    "district.circondario"));
      return FALSE;
    }
  return TRUE;
}

static int
run (gboolean   undo,
     int        argc,
     char     **argv,
     GString   *out,
     GString   *err)
{
  const char *command = undo ? "circondario-cli undo" : "circondario-cli redo";
  g_auto(UndoOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *description = NULL;
  gboolean done;

  if (!parse_options (undo, &argc, &argv, &options, &error))
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 2;
    }
  if (options.help_text != NULL)
    {
      g_string_append (out, options.help_text);
      return 0;
    }

  actor = cdo_cli_actor (options.actor);
  store = cdo_store_open (argv[1], actor, &error);
  if (store == NULL)
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 1;
    }
  description = g_strdup (undo ? cdo_store_get_undo_description (store)
                               : cdo_store_get_redo_description (store));
  done = undo ? cdo_store_undo (store, &error) : cdo_store_redo (store, &error);
  if (!done)
    {
      if (g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOTHING_TO_UNDO))
        g_string_append_printf (err, undo ? _("%s: There is nothing to undo in %s: nothing "
                                              "was changed.\n")
                                          : _("%s: There is nothing to redo in %s: nothing "
                                              "was changed.\n"), command, argv[1]);
      else
        g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 1;
    }

  /* The window's toast, word for word: "Undone: List “Olivola Viva” changed". */
  g_string_append_printf (out, undo ? _("Undone: %s") : _("Redone: %s"),
                          description != NULL ? description : "");
  g_string_append_c (out, '\n');
  return 0;
}

int
cdo_cli_undo_run (int       argc,
                  char    **argv,
                  GString  *out,
                  GString  *err)
{
  return run (TRUE, argc, argv, out, err);
}

int
cdo_cli_redo_run (int       argc,
                  char    **argv,
                  GString  *out,
                  GString  *err)
{
  return run (FALSE, argc, argv, out, err);
}
