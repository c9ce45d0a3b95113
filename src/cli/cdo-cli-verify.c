/* cdo-cli-verify.c: is a district file's journal intact, and do its data follow from it?
 *
 *   circondario-cli verify DISTRICT [--head HASH]
 *
 * --head takes the journal head printed on a document (receipt, minutes): it must be an
 * entry of the journal, or changes made before the document was printed have been cut
 * away since (an intact chain alone cannot show that: a chain cut at its end is intact).
 *
 * Opens the file for reading only (no lock file, no backup copy, nothing written), so
 * that it can be run on evidence. Exit status: 0 intact and matching, 1 not, 2 could not
 * check. Output is built in strings so that tests can run the command in-process.
 */
#include <glib/gi18n.h>

#include "cdo-cli-verify.h"
#include "cdo-store.h"

static gboolean
parse_options (int      *argc,
               char   ***argv,
               char    **head,
               GError  **error)
{
  const GOptionEntry entries[] = {
    { "head", 0, 0, G_OPTION_ARG_STRING, head,
      N_("Check that the journal head printed on a document is in the journal"), N_("HASH") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT"));

  g_option_context_set_summary (context, _("Recompute a district file's journal chain and "
                                           "check its data against the journal."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (*argc != 2)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("name one district file, e.g. circondario-cli verify "
                             "district.circondario."));
      return FALSE;
    }
  return TRUE;
}

static void
append_report (GString                    *out,
               const char                 *path,
               CdoStore                   *store,
               const CdoStoreVerification *result)
{
  g_autofree char *entries = g_strdup_printf ("%" G_GINT64_FORMAT, result->entries);

  g_string_append_printf (out, _("District file: %s\n"), path);
  g_string_append_printf (out, _("Journal: %s entries, head %s\n"), entries,
                          cdo_store_get_journal_head (store));
  if (result->chain_intact)
    g_string_append (out, _("Chain: intact\n"));
  else
    {
      g_autofree char *entry = g_strdup_printf ("%" G_GINT64_FORMAT, result->first_broken_entry);

      g_string_append_printf (out, _("Chain: BROKEN at entry %s: %s\n"), entry,
                              result->broken_reason);
    }
  if (result->data_match_journal)
    g_string_append (out, _("Data: match the journal\n"));
  else
    g_string_append_printf (out, _("Data: DIFFER from the journal: %s\n"), result->first_mismatch);
}

/* TRUE when the document's head is an entry of the journal. */
static gboolean
append_head_report (GString    *out,
                    const char *head,
                    gint64      seq,
                    gint64      entries)
{
  g_autofree char *entry = g_strdup_printf ("%" G_GINT64_FORMAT, seq);
  g_autofree char *total = g_strdup_printf ("%" G_GINT64_FORMAT, entries);

  if (seq == 0)
    {
      g_string_append_printf (out, _("Document head %s: NOT in the journal: the journal was cut "
                                     "after the document was printed, or the document is not "
                                     "from this file\n"), head);
      return FALSE;
    }
  g_string_append_printf (out, _("Document head %s: entry %s of %s: every change made before "
                                 "the document was printed is in the journal\n"),
                          head, entry, total);
  return TRUE;
}

int
cdo_cli_verify_run (int       argc,
                    char    **argv,
                    GString  *out,
                    GString  *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_auto(CdoStoreVerification) result = { 0 };
  g_autofree char *head = NULL;
  gboolean head_found = TRUE;
  gint64 head_seq = 0;

  if (!parse_options (&argc, &argv, &head, &error)
      || (store = cdo_store_open_read_only (argv[1], &error)) == NULL
      || !cdo_store_verify (store, &result, &error)
      || (head != NULL && !cdo_store_find_journal_entry (store, head, &head_seq, &error)))
    {
      g_string_append_printf (err, "circondario-cli verify: %s\n", error->message);
      return 2;
    }
  append_report (out, argv[1], store, &result);
  if (head != NULL)
    head_found = append_head_report (out, head, head_seq, result.entries);
  return result.chain_intact && result.data_match_journal && head_found ? 0 : 1;
}
