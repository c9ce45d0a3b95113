/* test-cli-candidates.c: `circondario-cli import-candidates`, run in-process
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
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

  fixture->folder = g_dir_make_tmp ("circondario-cli-XXXXXX", &error);
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

/* Runs `circondario-cli import-candidates ARGS…`; "@" stands for the district file and
 * "%name" for a fixture of tests/core/import/fixtures. */
static int
run (Fixture    *fixture,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char **argv = NULL;
  va_list ap;
  int status;

  g_string_truncate (fixture->out, 0);
  g_string_truncate (fixture->err, 0);
  g_ptr_array_add (args, g_strdup ("circondario-cli"));
  g_ptr_array_add (args, g_strdup ("import-candidates"));
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    if (g_str_equal (arg, "@"))
      g_ptr_array_add (args, g_strdup (fixture->district));
    else if (arg[0] == '%')
      g_ptr_array_add (args, g_test_build_filename (G_TEST_DIST, "core", "import", "fixtures",
                                                    arg + 1, NULL));
    else
      g_ptr_array_add (args, g_strdup (arg));
  va_end (ap);
  g_ptr_array_add (args, NULL);
  /* The option parser rearranges argv: hand it a copy of the pointers. */
  argv = g_memdup2 (args->pdata, sizeof (char *) * args->len);
  status = cdo_cli_run ((int) args->len - 1, argv, fixture->out, fixture->err);
  g_test_message ("out:\n%s\nerr:\n%s", fixture->out->str, fixture->err->str);
  return status;
}

static GPtrArray *
stored_candidates (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (fixture->district, &error);
  g_autoptr(CdoDistrict) district = NULL;
  CdoCandidateList *list;

  g_assert_no_error (error);
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  list = cdo_district_find_list (district, "lista-1", NULL);
  g_assert (list != NULL);
  return g_ptr_array_ref (list->candidates);
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_cmpint (run (fixture, NULL), ==, 2);
  g_assert_cmpint (run (fixture, "@", "%errors.csv", NULL), ==, 2);
  g_assert_nonnull (strstr (fixture->err->str, "--list"));
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", NULL), ==, 2);
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--column", "surname", "%errors.csv", NULL), ==, 2);
  g_assert_nonnull (strstr (fixture->err->str, "FIELD=HEADER"));
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--column", "hair=B", "%errors.csv", NULL), ==, 2);
  g_assert_nonnull (strstr (fixture->err->str, "hair"));
  g_assert_cmpint (run (fixture, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "--skip-errors"));
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) stored = NULL;

  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "%not-a-zip.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->err->str, "not-a-zip.xlsx"));
  g_assert_cmpint (run (fixture, "@", "--list", "lista-9", "%excel-1900.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->err->str, "lista-9"));
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--column", "surname=Famiglia",
                        "%excel-1900.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->err->str, "Famiglia"));
  stored = stored_candidates (fixture);
  g_assert_cmpuint (stored->len, ==, 0);
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) stored = NULL;

  /* Errors marked, problems listed under their row, nothing written, exit status 1. */
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--dry-run", "%errors.csv", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->out->str, "ERROR"));
  g_assert_nonnull (strstr (fixture->out->str, "Row 12, column G (Cittadinanza): "));
  g_assert_nonnull (strstr (fixture->out->str, "19 rows: 1 ready, 18 with errors."));
  g_assert_nonnull (strstr (fixture->out->str, "Dry run"));
  g_assert_nonnull (strstr (fixture->err->str, "--skip-errors"));

  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "-n", "%libreoffice.ods", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "(ODS, sheet “lista”), headers in row 3"));
  g_assert_nonnull (strstr (fixture->out->str, "Niccolò"));
  g_assert_null (strstr (fixture->out->str, "ERROR"));
  stored = stored_candidates (fixture);
  g_assert_cmpuint (stored->len, ==, 0);
}

static void
test_apply (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  /* Refused while a row has an error… */
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "%excel-1900.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->err->str, "1 row has errors"));
  first = stored_candidates (fixture);
  g_assert_cmpuint (first->len, ==, 0);
  g_clear_pointer (&first, g_ptr_array_unref);

  /* …and done without it. */
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--skip-errors", "%excel-1900.xlsx", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "Imported 5 candidates"));
  g_assert_nonnull (strstr (fixture->out->str, "positions 1 to 5"));
  first = stored_candidates (fixture);
  g_assert_cmpuint (first->len, ==, 5);
  g_assert_cmpstr (((CdoCandidate *) g_ptr_array_index (first, 1))->surname, ==, "D'Amico");

  /* A second file is appended after them; a column left out removes its problems. */
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--column", "eu-state=",
                        "--column", "cognome e nome=A", "%full-name.csv", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->out->str, "8 rows: 6 ready, 2 with errors."));
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--skip-errors", "%full-name.csv", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "positions 6 to 11"));
  second = stored_candidates (fixture);
  g_assert_cmpuint (second->len, ==, 11);
  g_assert_cmpstr (((CdoCandidate *) g_ptr_array_index (second, 5))->surname, ==, "ROSSI");
  g_assert_cmpstr (((CdoCandidate *) g_ptr_array_index (second, 10))->given_names, ==, "Maria Grazia");
}

/* The preview of headers over two rows, and its notices. */
static void
test_stacked_headers (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--dry-run",
                        "%libreoffice-stacked.xlsx", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "(XLSX, sheet “Candidati”), headers in rows 2 and 3:"));
  g_assert_nonnull (strstr (fixture->out->str, "E  Nascita Data\n"));
  g_assert_nonnull (strstr (fixture->out->str, "F  Nascita Luogo\n"));
  g_assert_nonnull (strstr (fixture->out->str, "Note: Column H “Telefono” is not imported: "));
  g_assert_nonnull (strstr (fixture->out->str, "5 rows: 5 ready, 0 with errors."));

  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--dry-run", "%stacked-split.csv",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "(CSV), headers in rows 1 and 2:"));
  g_assert_nonnull (strstr (fixture->out->str, "Note: Column G holds values but has no header"));
}

static void
test_missing_and_long_values (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "lista.csv", NULL);
  g_autofree char *long_name = g_strnfill (300, 'a');
  g_autofree char *text = g_strdup_printf ("Cognome;Nome;Sesso\nR%s;Mario;M\nVerdi;Luca;M\n",
                                           long_name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (run (fixture, "@", "--list", "lista-1", "--dry-run", path, NULL), ==, 1);
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

  g_test_add ("/cli/import-candidates/usage", Fixture, NULL, fixture_set_up, test_usage, fixture_tear_down);
  g_test_add ("/cli/import-candidates/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/cli/import-candidates/dry-run", Fixture, NULL, fixture_set_up, test_dry_run, fixture_tear_down);
  g_test_add ("/cli/import-candidates/apply", Fixture, NULL, fixture_set_up, test_apply, fixture_tear_down);
  g_test_add ("/cli/import-candidates/stacked-headers", Fixture, NULL, fixture_set_up,
              test_stacked_headers, fixture_tear_down);
  g_test_add ("/cli/import-candidates/missing-and-long-values", Fixture, NULL, fixture_set_up,
              test_missing_and_long_values, fixture_tear_down);

  return g_test_run ();
}
