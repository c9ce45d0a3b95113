/* cdo-cli-import.c: adding a district or a dossier (XML) to a district file
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli import FILE.xml -o DISTRICT.circondario [--merge]
 *
 * The XML is read and checked in full before the district file is touched; the store then
 * adds it in one transaction. Onto an existing district file only with --merge, so that a
 * mistyped name never adds a dossier to the wrong district.
 */
#define G_LOG_DOMAIN "cdo-cli-import"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cdo-cli-actor.h"
#include "cdo-cli-import.h"
#include "cdo-district-xml.h"
#include "cdo-store.h"

typedef struct {
  char     *output;
  gboolean  merge;
} ImportOptions;

static void
import_options_clear (ImportOptions *options)
{
  g_free (options->output);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ImportOptions, import_options_clear)

static gboolean
parse_options (int            *argc,
               char         ***argv,
               ImportOptions  *options,
               GError        **error)
{
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("The district file to create, or to add to with --merge"), N_("DISTRICT") },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &options->merge,
      N_("Add to an existing district file"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.xml"));

  g_option_context_set_summary (context, _("Import a district or a dossier in the district "
                                           "XML format into a district file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (*argc != 2)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("give one XML file to import, for example: "
                             "import dossier.xml -o district.circondario"));
      return FALSE;
    }
  if (options->output == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("say which district file to write with -o, for example "
                             "-o district.circondario"));
      return FALSE;
    }
  return TRUE;
}

static void
count (CdoDistrict *district,
       guint       *candidacies,
       guint       *lists,
       guint       *candidates)
{
  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      *lists += comune->lists->len;
      for (guint l = 0; l < comune->lists->len; l++)
        *candidates += ((CdoCandidateList *) g_ptr_array_index (comune->lists, l))->candidates->len;
      *candidacies += comune->candidacies->len;
      for (guint c = 0; c < comune->candidacies->len; c++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, c);

          *lists += candidacy->lists->len;
          for (guint l = 0; l < candidacy->lists->len; l++)
            *candidates += ((CdoCandidateList *) g_ptr_array_index (candidacy->lists, l))
                           ->candidates->len;
        }
    }
}

int
cdo_cli_import_run (int       argc,
                    char    **argv,
                    GString  *out,
                    GString  *err)
{
  g_auto(ImportOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoDistrict) target = NULL;
  g_autoptr(CdoDistrict) incoming = NULL;
  g_autofree char *description = NULL;
  g_autofree char *name = NULL;
  g_autofree char *actor = cdo_cli_actor (NULL);
  guint candidacies = 0, lists = 0, candidates = 0;
  gboolean exists;

  if (!parse_options (&argc, &argv, &options, &error))
    {
      g_string_append_printf (err, "circondario-cli import: %s\n", error->message);
      return 2;
    }
  exists = g_file_test (options.output, G_FILE_TEST_EXISTS);
  if (exists && !options.merge)
    {
      g_string_append_printf (err, _("circondario-cli import: %s already exists. Add --merge "
                                     "to add the file to it, or give a new name with -o.\n"),
                              options.output);
      return 1;
    }

  /* Read and check everything first: against the district's ids when adding to it. */
  if (exists)
    {
      store = cdo_store_open (options.output, actor, &error);
      if (store != NULL)
        target = cdo_store_load_district (store, &error);
    }
  if (error == NULL)
    incoming = cdo_district_xml_read_file (argv[1], target, &error);
  if (error == NULL && !exists)
    store = cdo_store_create (options.output, actor, &error);
  if (error != NULL)
    {
      g_string_append_printf (err, "circondario-cli import: %s\n", error->message);
      return 1;
    }

  name = g_path_get_basename (argv[1]);
  /* Translators: the description of an import in the district file's journal */
  description = g_strdup_printf (_("Import of %s"), name);
  if (!cdo_store_import_district (store, incoming, description, &error))
    {
      g_string_append_printf (err, "circondario-cli import: %s\n", error->message);
      if (!exists)
        {
          /* The file was made for this import only: leave nothing behind. */
          g_clear_pointer (&store, cdo_store_close);
          (void) g_unlink (options.output);
        }
      return 1;
    }

  count (incoming, &candidacies, &lists, &candidates);
  g_string_append_printf (out, _("Imported %s into %s:\n"), argv[1], options.output);
  g_string_append_printf (out, _("  comuni:      %u\n"), incoming->comuni->len);
  g_string_append_printf (out, _("  candidacies: %u\n"), candidacies);
  g_string_append_printf (out, _("  lists:       %u\n"), lists);
  g_string_append_printf (out, _("  candidates:  %u\n"), candidates);
  return 0;
}
