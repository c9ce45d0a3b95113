/* cdo-cli-receipt.c: the filing receipt (ricevuta) of a list, as PDF
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli receipt DISTRICT LIST-ID -o FILE.pdf [--actor NAME] [--force]
 *
 * The receipt the window saves as PDF: filled by cdo_receipt_init_with_rules, which the
 * window uses too (the same facts, the filing window and late marking from the rule book,
 * the journal head and the file's name in the footer), issued by --actor now. LIST-ID may
 * also be a mayoral candidacy's id, for a candidacy filed without a list. The district is
 * opened for reading only. An existing FILE.pdf is replaced only when it is a PDF (an
 * earlier receipt), or with --force, so that a slip of the keyboard cannot turn a district
 * file into a receipt. Output is built in strings so that tests can run it in-process.
 */
#define G_LOG_DOMAIN "cdo-cli-receipt"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cdo-cli-actor.h"
#include "cdo-cli-receipt.h"
#include "cdo-date.h"
#include "cdo-receipt.h"
#include "cdo-store.h"

typedef struct {
  char     *output;
  char     *actor;
  gboolean  force;
  gboolean  help;
  char     *help_text;
} ReceiptOptions;

static void
receipt_options_clear (ReceiptOptions *options)
{
  g_free (options->output);
  g_free (options->actor);
  g_free (options->help_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReceiptOptions, receipt_options_clear)

static gboolean
parse_options (int             *argc,
               char          ***argv,
               ReceiptOptions  *options,
               GError         **error)
{
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("The PDF file to write"), N_("FILE.pdf") },
    { "actor", 0, 0, G_OPTION_ARG_STRING, &options->actor,
      N_("Who issues the receipt, printed on it (default: your name)"), N_("NAME") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &options->force,
      N_("Replace FILE.pdf even when it is not a PDF"), NULL },
    /* Our own --help, which returns the text instead of printing it and exiting, so that
     * the command runs in-process like the others. */
    { "help", 'h', 0, G_OPTION_ARG_NONE, &options->help, N_("Show this help"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT LIST-ID"));

  g_option_context_set_summary (context, _("Write the filing receipt of a list as PDF, as the "
                                           "window prints it. LIST-ID may also be the id of a "
                                           "mayoral candidacy filed without a list."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (options->help)
    {
      options->help_text = g_option_context_get_help (context, TRUE, NULL);
      return TRUE;
    }
  if (*argc != 3)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("give the district file and the list's id, for example: "
                             "receipt district.circondario lista-1 -o ricevuta.pdf"));
      return FALSE;
    }
  if (options->output == NULL || *options->output == '\0')
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("say which PDF file to write with -o, for example -o ricevuta.pdf"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf x, y;

  return g_stat (a, &x) == 0 && g_stat (b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* An earlier receipt, or any PDF: "%PDF-" first. */
static gboolean
is_pdf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  char start[5];
  gsize length = 0;

  return stream != NULL
         && g_input_stream_read_all (G_INPUT_STREAM (stream), start, sizeof start, &length, NULL,
                                     NULL)
         && length == sizeof start && memcmp (start, "%PDF-", sizeof start) == 0;
}

/* The filing the receipt is for: the list @id with the comune and the candidacy it is
 * nested in (NULL for a list filed alone), or else the mayoral candidacy @id. */
static gboolean
find_filing (CdoDistrict       *district,
             const char        *id,
             CdoComuneRecord  **out_comune,
             CdoCandidacy     **out_candidacy,
             CdoCandidateList **out_list)
{
  CdoComuneRecord *comune = NULL;
  CdoCandidateList *list = cdo_district_find_list (district, id, &comune);

  *out_candidacy = NULL;
  *out_list = list;
  if (list == NULL)
    {
      *out_candidacy = cdo_district_find_candidacy (district, id, &comune);
      *out_comune = comune;
      return *out_candidacy != NULL;
    }
  for (guint i = 0; i < comune->candidacies->len; i++)
    {
      CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, i);

      if (g_ptr_array_find (candidacy->lists, list, NULL))
        *out_candidacy = candidacy;
    }
  *out_comune = comune;
  return TRUE;
}

/* "2021-09-03 09:12" */
static char *
filing_time_text (const CdoFilingTime *time)
{
  g_autofree char *day = g_date_valid (&time->date) ? cdo_date_format_iso (&time->date)
                                                    : g_strdup ("?");

  return g_strdup_printf ("%s %02d:%02d", day, time->minutes / 60, time->minutes % 60);
}

/* What the receipt says of the filing's time, for the script or the person who ran it. */
static void
append_filing (GString          *out,
               const CdoReceipt *receipt,
               const GError     *no_window)
{
  g_autofree char *filed = filing_time_text (&receipt->filed);
  g_autofree char *opens = filing_time_text (&receipt->window_opens);
  g_autofree char *closes = filing_time_text (&receipt->window_closes);

  if (!receipt->has_filed || !g_date_valid (&receipt->filed.date))
    g_string_append (out, _("No filing time is recorded: the receipt leaves the day and hour "
                            "blank, to be filled in by hand.\n"));
  else if (!receipt->has_window)
    /* Translators: the second %s says why, e.g. "The district has no voting days yet…" */
    g_string_append_printf (out, _("Filed %s. No filing window to compare it with: %s\n"),
                            filed, no_window != NULL ? no_window->message : "");
  else if (cdo_receipt_is_late (receipt))
    g_string_append_printf (out, _("Filed %s, LATE: after the filing window closed (%s). The "
                                   "receipt says so.\n"), filed, closes);
  else if (cdo_receipt_is_early (receipt))
    g_string_append_printf (out, _("Filed %s, EARLY: before the filing window opened (%s). "
                                   "The receipt says so.\n"), filed, opens);
  else
    g_string_append_printf (out, _("Filed %s, within the filing window (%s to %s).\n"), filed,
                            opens, closes);
}

int
cdo_cli_receipt_run (int       argc,
                     char    **argv,
                     GString  *out,
                     GString  *err)
{
  g_auto(ReceiptOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) no_window = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *file_name = NULL;
  CdoComuneRecord *comune = NULL;
  CdoCandidacy *candidacy = NULL;
  CdoCandidateList *list = NULL;
  CdoReceipt receipt;
  const char *command = "circondario-cli receipt";

  if (!parse_options (&argc, &argv, &options, &error))
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 2;
    }
  if (options.help_text != NULL)
    {
      g_string_append (out, options.help_text);
      return 0;
    }
  if (same_file (argv[1], options.output))
    {
      g_string_append_printf (err, _("%s: %s is the district file itself. Give the PDF file "
                                     "another name.\n"), command, options.output);
      return 2;
    }
  if (!options.force && g_file_test (options.output, G_FILE_TEST_EXISTS)
      && !is_pdf (options.output))
    {
      g_string_append_printf (err, _("%s: %s exists and is not a PDF: nothing was written. Give "
                                     "another name, or add --force to replace it.\n"),
                              command, options.output);
      return 1;
    }

  store = cdo_store_open_read_only (argv[1], &error);
  if (store != NULL)
    district = cdo_store_load_district (store, &error);
  if (district == NULL)
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 1;
    }
  if (!find_filing (district, argv[2], &comune, &candidacy, &list))
    {
      g_string_append_printf (err, _("%s: %s has no list or mayoral candidacy “%s”. Check the "
                                     "id (circondario-cli export shows them).\n"),
                              command, argv[1], argv[2]);
      return 1;
    }

  /* What the window's Save Receipt fills in (cdo-receipt-print.c). */
  (void) cdo_receipt_init_with_rules (&receipt, district, comune, candidacy, list, &no_window);
  actor = cdo_cli_actor (options.actor);
  file_name = g_path_get_basename (argv[1]);
  now = g_date_time_new_now_local ();
  receipt.journal_head = cdo_store_get_journal_head (store);
  receipt.district_file = file_name;
  receipt.issued_by = actor;
  receipt.issued_at = now;
  if (!cdo_receipt_write_pdf (&receipt, options.output, &error))
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 1;
    }

  if (list != NULL)
    /* Translators: "Receipt of the list “Olivola Viva” (comune of Olivola) written to
     * r.pdf." */
    g_string_append_printf (out, _("Receipt of the list “%s” (comune of %s) written to %s.\n"),
                            list->name != NULL ? list->name : list->id, comune->name,
                            options.output);
  else
    g_string_append_printf (out, _("Receipt of the mayoral candidacy “%s” (comune of %s) "
                                   "written to %s.\n"), candidacy->id, comune->name,
                            options.output);
  append_filing (out, &receipt, no_window);
  g_string_append_printf (out, _("Journal head: %s\n"), receipt.journal_head);
  return 0;
}
