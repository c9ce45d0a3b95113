/* test-cli-import-preview.c: what `circondario-cli import-candidates` says about a whole file
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headers over two rows, columns that are not imported, fields the law needs that no column
 * holds, and values too long for the district format, as the command's preview shows them.
 * The rest of the command is tested in tests/cli/test-cli-candidates.c.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "cdo-cli.h"
#include "cdo-store.h"

typedef struct {
  char    *folder;
  char    *district;
  GString *out;
  GString *err;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoComuneRecord) comune = cdo_comune_record_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();

  fixture->folder = g_dir_make_tmp ("circondario-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->district = g_build_filename (fixture->folder, "distretto.circondario", NULL);
  store = cdo_store_create (fixture->district, "Maria Segretaria", &error);
  g_assert_no_error (error);
  comune->name = g_strdup ("Roccaraso");
  comune->province = g_strdup ("AQ");
  comune->population = 1600;
  comune->population_source = g_strdup ("ISTAT, censimento 2021");
  list->id = g_strdup ("lista-1");
  list->name = g_strdup ("Insieme per Roccaraso");
  g_ptr_array_add (comune->lists, list);
  g_assert_true (cdo_store_add_comune (store, comune, &error));
  fixture->out = g_string_new (NULL);
  fixture->err = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->folder), ==, 0);
  g_free (fixture->folder);
  g_free (fixture->district);
  g_string_free (fixture->out, TRUE);
  g_string_free (fixture->err, TRUE);
}

/* Runs `circondario-cli import-candidates DISTRICT --list lista-1 --dry-run SHEET`. */
static int
run_dry (Fixture    *fixture,
         const char *sheet)
{
  const char *args[] = { "circondario-cli", "import-candidates", fixture->district, "--list",
                         "lista-1", "--dry-run", sheet, NULL };
  /* The option parser rearranges argv: hand it a copy of the pointers. */
  g_autofree char **argv = g_memdup2 (args, sizeof args);
  int status;

  g_string_truncate (fixture->out, 0);
  g_string_truncate (fixture->err, 0);
  status = cdo_cli_run (G_N_ELEMENTS (args) - 1, argv, fixture->out, fixture->err);
  g_test_message ("out:\n%s\nerr:\n%s", fixture->out->str, fixture->err->str);
  return status;
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "core", "import", "fixtures", name, NULL);
}

static void
test_stacked (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *xlsx = fixture_path ("libreoffice-stacked.xlsx");
  g_autofree char *csv = fixture_path ("stacked-split.csv");

  g_assert_cmpint (run_dry (fixture, xlsx), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "(XLSX, sheet “Candidati”), headers in rows 2 and 3:"));
  g_assert_nonnull (strstr (fixture->out->str, "E  Nascita Data\n"));
  g_assert_nonnull (strstr (fixture->out->str, "F  Nascita Luogo\n"));
  g_assert_nonnull (strstr (fixture->out->str, "Note: Column H “Telefono” is not imported: "));
  g_assert_nonnull (strstr (fixture->out->str, "5 rows: 5 ready, 0 with errors."));

  g_assert_cmpint (run_dry (fixture, csv), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "(CSV), headers in rows 1 and 2:"));
  g_assert_nonnull (strstr (fixture->out->str, "Note: Column G holds values but has no header"));
}

static void
test_missing_and_long (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "lista.csv", NULL);
  g_autofree char *long_name = g_strnfill (300, 'a');
  g_autofree char *text = g_strdup_printf ("Cognome;Nome;Sesso\nR%s;Mario;M\nVerdi;Luca;M\n",
                                           long_name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (run_dry (fixture, path), ==, 1);
  g_assert_nonnull (strstr (fixture->out->str, "headers in row 1:"));
  g_assert_nonnull (strstr (fixture->out->str, "Note: No column holds the date of birth. "));
  g_assert_nonnull (strstr (fixture->out->str, "Note: No column holds the place of birth. "));
  g_assert_nonnull (strstr (fixture->out->str, "Row 3: No column holds the date of birth."));
  g_assert_nonnull (strstr (fixture->out->str, "Row 2, column A (Cognome): "));
  g_assert_nonnull (strstr (fixture->out->str, "has 301 characters"));
  g_assert_nonnull (strstr (fixture->out->str, "2 rows: 0 ready, 2 with errors."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/cli/stacked", Fixture, NULL, fixture_set_up, test_stacked, fixture_tear_down);
  g_test_add ("/import/cli/missing-and-long", Fixture, NULL, fixture_set_up,
              test_missing_and_long, fixture_tear_down);

  return g_test_run ();
}
