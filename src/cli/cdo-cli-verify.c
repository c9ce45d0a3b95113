/* cdo-cli-verify.c: is a district file's journal intact, and do its data follow from it?
 *
 *   circondario-cli verify DISTRICT
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
               GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT"));

  g_option_context_set_summary (context, _("Recompute a district file's journal chain and "
                                           "check its data against the journal."));
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

int
cdo_cli_verify_run (int       argc,
                    char    **argv,
                    GString  *out,
                    GString  *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_auto(CdoStoreVerification) result = { 0 };

  if (!parse_options (&argc, &argv, &error)
      || (store = cdo_store_open_read_only (argv[1], &error)) == NULL
      || !cdo_store_verify (store, &result, &error))
    {
      g_string_append_printf (err, "circondario-cli verify: %s\n", error->message);
      return 2;
    }
  append_report (out, argv[1], store, &result);
  return result.chain_intact && result.data_match_journal ? 0 : 1;
}
