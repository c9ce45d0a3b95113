/* test-candidate-import-apply.c: writing an import into a list of a real district file
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "cdo-candidate-import.h"
#include "cdo-date.h"

typedef struct {
  char     *folder;
  char     *path;
  CdoStore *store;
  gint64    list_row_id;
} Fixture;

static CdoCandidate *
candidate (const char *surname,
           const char *given_names,
           const char *born)
{
  CdoCandidate *person = cdo_candidate_new ();

  person->surname = g_strdup (surname);
  person->given_names = g_strdup (given_names);
  person->sex = CDO_SEX_MALE;
  person->birthplace = g_strdup ("Sulmona");
  g_assert_true (cdo_date_parse_iso (born, &person->born));
  return person;
}

/* A district file with one comune and one list that already has a candidate. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoComuneRecord) comune = cdo_comune_record_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();

  fixture->folder = g_dir_make_tmp ("circondario-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "distretto.circondario", NULL);
  fixture->store = cdo_store_create (fixture->path, "Maria Segretaria", &error);
  g_assert_no_error (error);

  comune->name = g_strdup ("Roccaraso");
  comune->province = g_strdup ("AQ");
  comune->istat = g_strdup ("066083");
  comune->population = 1600;
  comune->population_source = g_strdup ("ISTAT, censimento 2021");
  list->id = g_strdup ("lista-1");
  list->name = g_strdup ("Insieme per Roccaraso");
  g_ptr_array_add (list->candidates, candidate ("Bianchi", "Luca", "1960-01-01"));
  g_ptr_array_add (comune->lists, list);
  g_assert_true (cdo_store_add_comune (fixture->store, comune, &error));
  g_assert_no_error (error);
  fixture->list_row_id = list->row_id;
  g_assert_cmpint (fixture->list_row_id, >, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_pointer (&fixture->store, cdo_store_close);
  dir = g_dir_open (fixture->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->folder), ==, 0);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static GPtrArray *
stored_candidates (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_store_load_district (fixture->store, &error);
  CdoCandidateList *list;

  g_assert_no_error (error);
  list = cdo_district_find_list (district, "lista-1", NULL);
  g_assert (list != NULL);
  return g_ptr_array_ref (list->candidates);
}

static CdoCandidateImport *
import_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "import", "fixtures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CdoCandidateImport *self = cdo_candidate_import_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return self;
}

static void
test_apply_skipping_errors (Fixture       *fixture,
                            gconstpointer  data)
{
  /* Five good rows and one with Excel's 29 February 1900. */
  g_autoptr(CdoCandidateImport) self = import_fixture ("excel-1900.xlsx");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 journal = cdo_store_get_journal_length (fixture->store);
  static const char *const surnames[] = { "Bianchi", "Rossi", "D'Amico", "Bianchi", "Müller", "De Luca" };
  CdoCandidate *stored;
  guint inserted = 99;

  /* Refused while a row has an error: nothing is written. */
  g_assert_false (cdo_candidate_import_apply (self, fixture->store, fixture->list_row_id, 2,
                                              CDO_IMPORT_APPLY_DEFAULT, &inserted, &error));
  g_assert_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_ROW_ERRORS);
  g_assert_nonnull (strstr (error->message, "excel-1900.xlsx"));
  g_assert_cmpuint (inserted, ==, 0);
  g_clear_error (&error);
  before = stored_candidates (fixture);
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, journal);

  /* Leaving the errored row out, the others follow the list's candidate in order. */
  g_assert_true (cdo_candidate_import_apply (self, fixture->store, fixture->list_row_id, 2,
                                             CDO_IMPORT_APPLY_SKIP_ERRORS, &inserted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (inserted, ==, 5);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), >, journal);
  after = stored_candidates (fixture);
  g_assert_cmpuint (after->len, ==, 6);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (((CdoCandidate *) g_ptr_array_index (after, i))->surname, ==, surnames[i]);
  stored = g_ptr_array_index (after, 2);
  g_assert_cmpstr (stored->given_names, ==, "Niccolò");
  g_assert_cmpint (stored->sex, ==, CDO_SEX_MALE);
  g_assert_cmpstr (stored->birthplace, ==, "Reggio nell'Emilia");
  g_assert_cmpuint (g_date_get_year (&stored->born), ==, 1985);
  g_assert_cmpstr (((CdoCandidate *) g_ptr_array_index (after, 4))->eu_state, ==, "DE");
  /* The preview's candidates now carry their rows. */
  g_assert_cmpint (cdo_candidate_import_get_row (self, 0)->candidate->row_id, ==,
                   ((CdoCandidate *) g_ptr_array_index (after, 1))->row_id);

  /* Once only. */
  g_assert_false (cdo_candidate_import_apply (self, fixture->store, fixture->list_row_id, 7,
                                              CDO_IMPORT_APPLY_SKIP_ERRORS, &inserted, &error));
  g_assert_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_ALREADY_APPLIED);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = stored_candidates (fixture);
  g_assert_cmpuint (after->len, ==, 6);

  g_assert_finalize_object (g_steal_pointer (&self));
}

static void
test_apply_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char no_header[] = "Rossi;Mario\nVerdi;Luca\n";
  static const char all_bad[] = "Cognome;Nome;Sesso\nRossi;Mario;U\n";
  g_autoptr(GBytes) no_header_bytes = g_bytes_new_static (no_header, sizeof no_header - 1);
  g_autoptr(GBytes) all_bad_bytes = g_bytes_new_static (all_bad, sizeof all_bad - 1);
  g_autoptr(CdoCandidateImport) headless = cdo_candidate_import_new_from_bytes (no_header_bytes, "a.csv", NULL);
  g_autoptr(CdoCandidateImport) bad = cdo_candidate_import_new_from_bytes (all_bad_bytes, "b.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = NULL;

  g_assert_false (cdo_candidate_import_apply (headless, fixture->store, fixture->list_row_id, 2,
                                              CDO_IMPORT_APPLY_SKIP_ERRORS, NULL, &error));
  g_assert_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER);
  g_clear_error (&error);
  g_assert_false (cdo_candidate_import_apply (bad, fixture->store, fixture->list_row_id, 2,
                                              CDO_IMPORT_APPLY_SKIP_ERRORS, NULL, &error));
  g_assert_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_EMPTY);
  stored = stored_candidates (fixture);
  g_assert_cmpuint (stored->len, ==, 1);
}

static void
test_apply_store_error (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CdoCandidateImport) self = import_fixture ("excel-it-utf8-bom.csv");
  g_autoptr(GError) error = NULL;
  guint inserted = 99;

  gint64 journal_before = cdo_store_get_journal_length (fixture->store);
  g_autoptr(GPtrArray) stored = NULL;

  /* A list that is not in the file: the store's error, and nothing written at all. */
  g_assert_false (cdo_candidate_import_apply (self, fixture->store, fixture->list_row_id + 1000, 1,
                                              CDO_IMPORT_APPLY_DEFAULT, &inserted, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "nothing was imported"));
  g_assert_cmpuint (inserted, ==, 0);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, journal_before);

  /* Nothing was applied, so the same preview may go into the right list. */
  g_clear_error (&error);
  g_assert_true (cdo_candidate_import_apply (self, fixture->store, fixture->list_row_id, 2,
                                             CDO_IMPORT_APPLY_DEFAULT, &inserted, &error));
  g_assert_no_error (error);
  stored = stored_candidates (fixture);
  g_assert_cmpuint (stored->len, ==, 1 + inserted);
}

/* A row the district format refuses (a surname longer than 200 characters) never reaches
 * the file: the preview stops it as a row error, or else the store refuses the whole apply
 * and names the place the row would have taken. Either way the message says what to fix
 * and nothing is written; the rows go in once the file is corrected. */
static void
test_apply_refused_by_format (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char fixed_csv[] = "Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
                                  "Rossi;Mario;M;02/03/1970;Sulmona\n"
                                  "Verdi;Anna;F;04/05/1980;Pescara\n";
  g_autoptr(GString) csv = g_string_new ("Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
                                         "Rossi;Mario;M;02/03/1970;Sulmona\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) fixed_bytes = NULL;
  g_autoptr(CdoCandidateImport) self = NULL;
  g_autoptr(CdoCandidateImport) fixed = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (fixture->store));
  gint64 journal = cdo_store_get_journal_length (fixture->store);
  guint inserted = 99;

  for (guint i = 0; i < 201; i++)
    g_string_append_c (csv, 'x');
  g_string_append (csv, ";Luca;M;01/01/1975;Sulmona\nVerdi;Anna;F;04/05/1980;Pescara\n");
  bytes = g_bytes_new (csv->str, csv->len);
  self = cdo_candidate_import_new_from_bytes (bytes, "lunga.csv", &error);
  g_assert_no_error (error);
  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 3);

  g_assert_false (cdo_candidate_import_apply (self, fixture->store, fixture->list_row_id, 2,
                                              CDO_IMPORT_APPLY_DEFAULT, &inserted, &error));
  g_test_message ("%s", error->message);
  if (cdo_candidate_import_get_n_valid (self) == 2)
    {
      /* Stopped by the preview, as a problem of its row. */
      g_autofree char *problem = NULL;
      const CdoImportRow *row = cdo_candidate_import_get_row (self, 1);

      g_assert_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_ROW_ERRORS);
      g_assert_null (row->candidate);
      g_assert_cmpuint (row->problems->len, >, 0);
      problem = cdo_import_problem_format (g_ptr_array_index (row->problems, 0));
      g_test_message ("%s", problem);
      g_assert_nonnull (strstr (problem, "200"));
    }
  else
    {
      /* Let through by the preview: the store refuses, naming the place. */
      g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 3);
      g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "lunga.csv"));
      g_assert_nonnull (strstr (error->message, "The candidate for position 3:"));
      g_assert_nonnull (strstr (error->message, "longer than 200 characters (it has 201)"));
      g_assert_nonnull (strstr (error->message, "nothing was imported"));
    }
  g_assert_cmpuint (inserted, ==, 0);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, journal);
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
  stored = stored_candidates (fixture);
  g_assert_cmpuint (stored->len, ==, 1);
  g_clear_error (&error);

  fixed_bytes = g_bytes_new_static (fixed_csv, sizeof fixed_csv - 1);
  fixed = cdo_candidate_import_new_from_bytes (fixed_bytes, "corretta.csv", &error);
  g_assert_no_error (error);
  g_assert_true (cdo_candidate_import_apply (fixed, fixture->store, fixture->list_row_id, 2,
                                             CDO_IMPORT_APPLY_DEFAULT, &inserted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (inserted, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/apply/skipping-errors", Fixture, NULL,
              fixture_set_up, test_apply_skipping_errors, fixture_tear_down);
  g_test_add ("/import/apply/refused", Fixture, NULL,
              fixture_set_up, test_apply_refused, fixture_tear_down);
  g_test_add ("/import/apply/store-error", Fixture, NULL,
              fixture_set_up, test_apply_store_error, fixture_tear_down);
  g_test_add ("/import/apply/refused-by-format", Fixture, NULL,
              fixture_set_up, test_apply_refused_by_format, fixture_tear_down);

  return g_test_run ();
}
