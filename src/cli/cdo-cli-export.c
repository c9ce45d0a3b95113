/* cdo-cli-export.c: writing a district file out as district XML
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli export DISTRICT.circondario -o FILE.xml     ("-o -" writes to stdout)
 *
 * The district is opened read-only (no lock, no backup copy, nothing written to it). The
 * XML carries the symbols inside it and replaces FILE.xml only once it is complete. An
 * existing FILE.xml is replaced only when it is district XML itself (an earlier export),
 * or with --force: a slip of the keyboard must not turn another district file, whose
 * journal is the commission's record, into XML.
 */
#define G_LOG_DOMAIN "cdo-cli-export"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cdo-cli-export.h"
#include "cdo-district-check.h"
#include "cdo-district-xml.h"
#include "cdo-store.h"

static gboolean
parse_options (int        *argc,
               char     ***argv,
               char      **output,
               gboolean   *force,
               GError    **error)
{
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, output,
      N_("The XML file to write (“-” for the standard output)"), N_("FILE.xml") },
    { "force", 0, 0, G_OPTION_ARG_NONE, force,
      N_("Replace FILE.xml even when it is not district XML"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT"));

  g_option_context_set_summary (context, _("Export a district file as district XML, with its "
                                           "symbols inside."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (*argc != 2)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("give one district file to export, for example: "
                             "export district.circondario -o district.xml"));
      return FALSE;
    }
  if (*output == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("say which XML file to write with -o, for example -o district.xml"));
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

/* An earlier export: district XML, recognised by its first few kilobytes. */
static gboolean
is_district_xml (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  char start[4096];
  gsize length = 0;

  if (stream == NULL
      || !g_input_stream_read_all (G_INPUT_STREAM (stream), start, sizeof start - 1, &length,
                                   NULL, NULL))
    return FALSE;
  start[length] = '\0';
  return memchr (start, '\0', length) == NULL && strstr (start, "<circondario") != NULL;
}

int
cdo_cli_export_run (int       argc,
                    char    **argv,
                    GString  *out,
                    GString  *err)
{
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  gboolean force = FALSE;

  if (!parse_options (&argc, &argv, &output, &force, &error))
    {
      g_string_append_printf (err, "circondario-cli export: %s\n", error->message);
      return 2;
    }
  if (same_file (argv[1], output))
    {
      g_string_append_printf (err, _("circondario-cli export: %s is the district file itself. "
                                     "Give the XML file another name.\n"), output);
      return 2;
    }
  if (!force && !g_str_equal (output, "-") && g_file_test (output, G_FILE_TEST_EXISTS)
      && !is_district_xml (output))
    {
      g_string_append_printf (err, _("circondario-cli export: %s exists and is not district XML: "
                                     "nothing was written. Give another name, or add --force to "
                                     "replace it.\n"), output);
      return 2;
    }
  store = cdo_store_open_read_only (argv[1], &error);
  if (store != NULL)
    district = cdo_store_load_district (store, &error);
  if (district != NULL && g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) bytes = NULL;

      /* As write_file does: nothing that import would refuse. */
      if (!cdo_district_check (district, &error))
        {
          g_string_append_printf (err, "circondario-cli export: %s\n", error->message);
          return 1;
        }
      bytes = cdo_district_xml_write_bytes (district);

      if (g_bytes_get_size (bytes) > CDO_DISTRICT_XML_MAX_SIZE)
        {
          g_autofree char *limit = g_format_size (CDO_DISTRICT_XML_MAX_SIZE);

          g_string_append_printf (err, _("circondario-cli export: the district would take more "
                                         "than %s, the most a district file may take. Replace "
                                         "the largest symbols with smaller images.\n"), limit);
          return 1;
        }
      g_string_append_len (out, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
      return 0;
    }
  if (district == NULL || !cdo_district_xml_write_file (district, output, &error))
    {
      g_string_append_printf (err, "circondario-cli export: %s\n", error->message);
      return 1;
    }
  g_string_append_printf (out, _("Exported %s to %s.\n"), argv[1], output);
  return 0;
}
