/* cdo-cli-copy.c: saving a copy of a district file
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli copy DISTRICT -o COPY.circondario
 *
 * What the window's Save a Copy writes (cdo_store_save_copy: VACUUM INTO, written under a
 * temporary name and renamed when complete), journal and all. The original is opened for
 * reading only (no lock file, no backup copy, no migration), so it stays exactly as it
 * was; an existing destination is never replaced. Output is built in strings so that
 * tests can run the command in-process.
 */
#define G_LOG_DOMAIN "cdo-cli-copy"

#include <glib/gi18n.h>

#include "cdo-cli-copy.h"
#include "cdo-store.h"

typedef struct {
  char     *output;
  gboolean  help;
  char     *help_text;
} CopyOptions;

static void
copy_options_clear (CopyOptions *options)
{
  g_free (options->output);
  g_free (options->help_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CopyOptions, copy_options_clear)

static gboolean
parse_options (int           *argc,
               char        ***argv,
               CopyOptions   *options,
               GError       **error)
{
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("The copy to write; it must not exist yet"), N_("COPY.circondario") },
    /* Our own --help, which returns the text instead of printing it and exiting, so that
     * the command runs in-process like the others. */
    { "help", 'h', 0, G_OPTION_ARG_NONE, &options->help, N_("Show this help"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT"));

  g_option_context_set_summary (context, _("Save a complete copy of a district file, journal "
                                           "and all, as the window's Save a Copy does. The "
                                           "original is only read."));
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
                           _("give one district file to copy, for example: copy "
                             "district.circondario -o district-copy.circondario"));
      return FALSE;
    }
  if (options->output == NULL || *options->output == '\0')
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("say where to write the copy with -o, for example "
                             "-o district-copy.circondario"));
      return FALSE;
    }
  return TRUE;
}

int
cdo_cli_copy_run (int       argc,
                  char    **argv,
                  GString  *out,
                  GString  *err)
{
  g_auto(CopyOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;

  if (!parse_options (&argc, &argv, &options, &error))
    {
      g_string_append_printf (err, "circondario-cli copy: %s\n", error->message);
      return 2;
    }
  if (options.help_text != NULL)
    {
      g_string_append (out, options.help_text);
      return 0;
    }
  /* Checked before the district is even opened; cdo_store_save_copy checks again, and
   * never replaces a file that appears meanwhile. */
  if (g_file_test (options.output, G_FILE_TEST_EXISTS))
    {
      g_string_append_printf (err, _("circondario-cli copy: %s exists already, and a copy never "
                                     "replaces a file: nothing was written. Give another "
                                     "name.\n"), options.output);
      return 1;
    }
  store = cdo_store_open_read_only (argv[1], &error);
  if (store == NULL || !cdo_store_save_copy (store, options.output, &error))
    {
      g_string_append_printf (err, "circondario-cli copy: %s\n", error->message);
      return 1;
    }
  /* Translators: "Copied district.circondario to copy.circondario (journal head 3f9a…)." */
  g_string_append_printf (out, _("Copied %s to %s (journal head %s).\n"), argv[1],
                          options.output, cdo_store_get_journal_head (store));
  return 0;
}
