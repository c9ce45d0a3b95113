/* test-store-model.c: a district goes into the file and comes back the same
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "store-fixture.h"

typedef struct {
  char *folder;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = fixture_district ();
  g_autoptr(CdoDistrict) loaded = NULL;
  g_autoptr(CdoDistrict) reopened = NULL;
  g_autoptr(CdoStore) store = cdo_store_create (fixture->path, FIXTURE_ACTOR, &error);

  g_assert_no_error (error);
  g_assert_true (cdo_store_import_district (store, district, "Import of the fixture", &error));
  g_assert_no_error (error);

  /* Row ids were filled in, and the loaded district equals the imported one, ids too. */
  g_assert_cmpint (fixture_find_list (district, "L1")->row_id, >, 0);
  loaded = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  assert_districts_equal (district, loaded, TRUE);

  /* And again from the file, after closing it. */
  g_clear_pointer (&store, cdo_store_close);
  store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  reopened = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  assert_districts_equal (district, reopened, TRUE);
}

static void
test_persons (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
  g_autoptr(CdoDistrict) loaded = cdo_store_load_district (store, &error);
  CdoCandidateList *l1 = fixture_find_list (loaded, "L1");
  CdoCandidateList *l9 = fixture_find_list (loaded, "L9");
  CdoCandidate *anna = g_ptr_array_index (l1->candidates, 0);
  CdoCandidate *same = g_ptr_array_index (l9->candidates, 0);
  CdoCandidate *spelt_otherwise = g_ptr_array_index (l9->candidates, 1);

  g_assert_no_error (error);
  /* One person, two candidacies: a finding for the checker, not a failure. */
  g_assert_cmpint (anna->person_id, ==, same->person_id);
  g_assert_cmpint (anna->row_id, !=, same->row_id);
  g_assert_cmpint (spelt_otherwise->person_id, !=, anna->person_id);
  /* Exclusive locking: even a plain reader waits until the file is closed. */
  g_clear_pointer (&store, cdo_store_close);
  g_assert_cmpint (fixture_raw_int (fixture->path, "SELECT count(*) FROM person"), ==, 8);
}

static void
test_second_import (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
  g_autoptr(CdoDistrict) other = fixture_other_district ();
  g_autoptr(CdoDistrict) dossier = cdo_district_new ();
  g_autoptr(CdoDistrict) loaded = NULL;
  CdoComuneRecord *again = cdo_comune_record_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();

  /* A new comune, then lists for a comune already there (matched by ISTAT code). */
  g_assert_true (cdo_store_import_district (store, other, "Other", &error));
  g_assert_no_error (error);
  again->name = g_strdup ("BORGO ALTO");
  again->province = g_strdup ("VA");
  again->istat = g_strdup ("012001");
  again->population = 10372;
  list->id = g_strdup ("L20");
  list->name = g_strdup ("Lista Tardiva");
  g_ptr_array_add (again->lists, list);
  g_ptr_array_add (dossier->comuni, again);
  g_assert_true (cdo_store_import_district (store, dossier, "Dossier", &error));
  g_assert_no_error (error);

  loaded = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->comuni->len, ==, 3);
  g_assert_cmpint (again->row_id, ==, ((CdoComuneRecord *) g_ptr_array_index (loaded->comuni, 0))->row_id);
  g_assert_cmpstr (((CdoComuneRecord *) g_ptr_array_index (loaded->comuni, 0))->name, ==, "Borgo Alto");
  g_assert_cmpuint (((CdoComuneRecord *) g_ptr_array_index (loaded->comuni, 0))->lists->len, ==, 2);
  g_assert_cmpstr (fixture_find_list (loaded, "X1")->name, ==, "Lista Nuova");
}

/* A dossier may leave the region out (the province tells it); a different one is refused. */
static CdoDistrict *
pian_basso_dossier (const char *region,
                    const char *list_id)
{
  CdoDistrict *dossier = cdo_district_new ();
  CdoComuneRecord *comune = cdo_comune_record_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();

  comune->name = g_strdup ("Pian Basso");
  comune->province = g_strdup ("SS");
  comune->region = g_strdup (region);
  comune->population = 2500;
  comune->capoluogo = TRUE;
  list->id = g_strdup (list_id);
  list->name = g_strdup ("Lista del Dossier");
  g_ptr_array_add (comune->lists, list);
  g_ptr_array_add (dossier->comuni, comune);
  return dossier;
}

static void
test_dossier_region (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
  g_autoptr(CdoDistrict) without_region = pian_basso_dossier (NULL, "D1");
  g_autoptr(CdoDistrict) other_region = pian_basso_dossier ("Lazio", "D2");
  g_autoptr(CdoDistrict) loaded = NULL;
  CdoComuneRecord *comune;

  g_assert_true (cdo_store_import_district (store, without_region, "Dossier", &error));
  g_assert_no_error (error);
  loaded = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  comune = cdo_district_find_comune (loaded, "Pian Basso");
  g_assert_nonnull (comune);
  g_assert_cmpstr (comune->region, ==, "Sardegna");
  g_assert_nonnull (fixture_find_list (loaded, "D1"));

  g_assert_false (cdo_store_import_district (store, other_region, "Dossier", &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "“Lazio” in the import"));
}

/* Every refusal leaves the file as it was, to the byte. */
static void
assert_import_refused (Fixture     *fixture,
                       CdoStore    *store,
                       CdoDistrict *incoming,
                       GQuark       domain,
                       int          code,
                       const char  *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (store));
  gint64 length = cdo_store_get_journal_length (store);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  g_assert_true (g_file_get_contents (fixture->path, &before, &before_length, NULL));
  g_assert_false (cdo_store_import_district (store, incoming, "Refused", &error));
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, in_message));
  g_assert_cmpstr (cdo_store_get_journal_head (store), ==, head);
  g_assert_cmpint (cdo_store_get_journal_length (store), ==, length);
  g_assert_true (g_file_get_contents (fixture->path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpint (((CdoComuneRecord *) g_ptr_array_index (incoming->comuni, 0))->row_id, ==, 0);
}

static void
test_import_refusals (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
  g_autoptr(CdoDistrict) existing_list = fixture_other_district ();
  g_autoptr(CdoDistrict) existing_candidacy = fixture_other_district ();
  g_autoptr(CdoDistrict) twice = fixture_other_district ();
  g_autoptr(CdoDistrict) other_days = fixture_other_district ();
  g_autoptr(CdoDistrict) istat_taken = fixture_other_district ();
  CdoCandidacy *candidacy;

  candidacy = g_ptr_array_index (((CdoComuneRecord *) g_ptr_array_index (existing_list->comuni, 0))->candidacies, 0);
  g_free (((CdoCandidateList *) g_ptr_array_index (candidacy->lists, 0))->id);
  ((CdoCandidateList *) g_ptr_array_index (candidacy->lists, 0))->id = g_strdup ("L1");
  assert_import_refused (fixture, store, existing_list, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                         "the list “Lista Uno per Borgo Alto” of Borgo Alto");

  candidacy = g_ptr_array_index (((CdoComuneRecord *) g_ptr_array_index (existing_candidacy->comuni, 0))->candidacies, 0);
  g_free (candidacy->id);
  candidacy->id = g_strdup ("C1");
  assert_import_refused (fixture, store, existing_candidacy, CDO_STORE_ERROR,
                         CDO_STORE_ERROR_EXISTS, "“C1”");

  candidacy = g_ptr_array_index (((CdoComuneRecord *) g_ptr_array_index (twice->comuni, 0))->candidacies, 0);
  g_free (candidacy->id);
  candidacy->id = g_strdup ("X1");
  assert_import_refused (fixture, store, twice, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                         "given twice");

  g_date_set_dmy (&other_days->first_day, 4, 10, 2026);
  assert_import_refused (fixture, store, other_days, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                         "2026-10-04");

  /* The ISTAT code of Borgo Alto under another name. */
  g_free (((CdoComuneRecord *) g_ptr_array_index (istat_taken->comuni, 0))->istat);
  ((CdoComuneRecord *) g_ptr_array_index (istat_taken->comuni, 0))->istat = g_strdup ("012001");
  assert_import_refused (fixture, store, istat_taken, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                         "Valle Nuova");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/model/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/store/model/persons", Fixture, NULL, fixture_set_up, test_persons,
              fixture_tear_down);
  g_test_add ("/store/model/second-import", Fixture, NULL, fixture_set_up, test_second_import,
              fixture_tear_down);
  g_test_add ("/store/model/dossier-region", Fixture, NULL, fixture_set_up, test_dossier_region,
              fixture_tear_down);
  g_test_add ("/store/model/import-refusals", Fixture, NULL, fixture_set_up,
              test_import_refusals, fixture_tear_down);
  return g_test_run ();
}
