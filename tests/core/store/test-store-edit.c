/* test-store-edit.c: every desk edit, its undo and its redo
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each edit runs on the fixture district; then undo must give back the district as it
 * was (row ids included), redo the district as the edit left it, and the journal must
 * still verify after all three.
 */
#include "cdo-date.h"
#include "store-fixture.h"

typedef struct {
  char     *folder;
  char     *path;
  CdoStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
  fixture->store = fixture_store_with_district (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->store, cdo_store_close);
  fixture_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static CdoDistrict *
load (CdoStore *store)
{
  g_autoptr(GError) error = NULL;
  CdoDistrict *district = cdo_store_load_district (store, &error);

  g_assert_no_error (error);
  return district;
}

static void
assert_verifies (CdoStore *store)
{
  g_auto(CdoStoreVerification) result = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (cdo_store_verify (store, &result, &error));
  g_assert_no_error (error);
  g_assert_true (result.chain_intact);
  g_assert_cmpstr (result.first_mismatch, ==, NULL);
  g_assert_true (result.data_match_journal);
  g_assert_cmpint (result.entries, ==, cdo_store_get_journal_length (store));
}

typedef gboolean (*EditFunc) (CdoStore     *store,
                              CdoDistrict  *district,
                              GError      **error);

/* Runs @edit on a district loaded for it; checks undo and redo; returns the district as
 * the edit left it. */
static CdoDistrict *
edit_undo_redo (CdoStore *store,
                EditFunc  edit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) before = load (store);
  g_autoptr(CdoDistrict) working = load (store);
  g_autoptr(CdoDistrict) after = NULL;
  g_autoptr(CdoDistrict) undone = NULL;
  g_autoptr(CdoDistrict) redone = NULL;
  g_autofree char *description = NULL;
  gint64 length = cdo_store_get_journal_length (store);
  gint64 edited;

  g_assert_true (edit (store, working, &error));
  g_assert_no_error (error);
  edited = cdo_store_get_journal_length (store);
  g_assert_cmpint (edited, >, length);
  after = load (store);
  assert_verifies (store);

  g_assert_true (cdo_store_can_undo (store));
  description = g_strdup (cdo_store_get_undo_description (store));
  g_assert_true (cdo_store_undo (store, &error));
  g_assert_no_error (error);
  /* The undo is itself journaled: as many entries again. */
  g_assert_cmpint (cdo_store_get_journal_length (store), ==, edited + (edited - length));
  g_assert_cmpstr (cdo_store_get_redo_description (store), ==, description);
  undone = load (store);
  assert_districts_equal (before, undone, TRUE);
  assert_verifies (store);

  g_assert_true (cdo_store_redo (store, &error));
  g_assert_no_error (error);
  g_assert_false (cdo_store_can_redo (store));
  g_assert_cmpstr (cdo_store_get_undo_description (store), ==, description);
  redone = load (store);
  assert_districts_equal (after, redone, TRUE);
  assert_verifies (store);
  return g_steal_pointer (&after);
}

static CdoComuneRecord *
comune_at (CdoDistrict *district,
           guint        index)
{
  return g_ptr_array_index (district->comuni, index);
}

static CdoCandidacy *
candidacy_of (CdoDistrict *district,
              const char  *id)
{
  CdoCandidacy *candidacy = cdo_district_find_candidacy (district, id, NULL);

  g_assert_nonnull (candidacy);
  return candidacy;
}

static CdoCandidate *
candidate_at (CdoCandidateList *list,
              guint             position)
{
  g_assert_cmpuint (position, >=, 1);
  g_assert_cmpuint (position, <=, list->candidates->len);
  return g_ptr_array_index (list->candidates, position - 1);
}

static void
assert_names (CdoCandidateList *list,
              const char       *expected)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < list->candidates->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            ((CdoCandidate *) g_ptr_array_index (list->candidates, i))->surname);
  g_assert_cmpstr (names->str, ==, expected);
}

/* ---- comuni, candidacies, lists ---- */

static gboolean
add_comune (CdoStore     *store,
            CdoDistrict  *district,
            GError      **error)
{
  g_autoptr(CdoDistrict) other = fixture_other_district ();
  CdoComuneRecord *comune = g_ptr_array_steal_index (other->comuni, 0);
  gboolean added = cdo_store_add_comune (store, comune, error);

  g_assert_cmpint (comune->row_id, >, 0);
  cdo_comune_record_free (comune);
  return added;
}

static void
test_add_comune (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, add_comune);

  g_assert_cmpuint (after->comuni->len, ==, 3);
  g_assert_cmpstr (comune_at (after, 2)->name, ==, "Valle Nuova");
  assert_names (fixture_find_list (after, "X1"), "Conti");
}

static gboolean
add_candidacy (CdoStore     *store,
               CdoDistrict  *district,
               GError      **error)
{
  g_autoptr(CdoCandidacy) candidacy = cdo_candidacy_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();

  candidacy->id = g_strdup ("C4");
  candidacy->mayor = fixture_candidate ("Deiana", "Maria", "1966-06-06");
  g_ptr_array_add (candidacy->mayor->documents, cdo_document_new ("acceptance", FALSE));
  list->id = g_strdup ("L40");
  list->name = g_strdup ("Pian Basso Domani");
  g_ptr_array_add (list->candidates, fixture_candidate ("Pinna", "Gavino", "1977-07-07"));
  g_ptr_array_add (candidacy->lists, list);
  return cdo_store_add_candidacy (store, comune_at (district, 1)->row_id, candidacy, error);
}

static void
test_add_candidacy (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, add_candidacy);
  CdoCandidacy *candidacy = candidacy_of (after, "C4");

  g_assert_cmpstr (candidacy->mayor->surname, ==, "Deiana");
  g_assert_false (((CdoDocument *) g_ptr_array_index (candidacy->mayor->documents, 0))->complete);
  assert_names (fixture_find_list (after, "L40"), "Pinna");
}

static gboolean
add_lists (CdoStore     *store,
           CdoDistrict  *district,
           GError      **error)
{
  g_autoptr(CdoCandidateList) linked = cdo_candidate_list_new ();
  g_autoptr(CdoCandidateList) one_sided = cdo_candidate_list_new ();

  linked->id = g_strdup ("L5");
  linked->name = g_strdup ("Lista Cinque");
  one_sided->id = g_strdup ("L6");
  one_sided->supports = g_strdup ("C1");
  return cdo_store_add_list (store, comune_at (district, 0)->row_id,
                             candidacy_of (district, "C1")->row_id, linked, error)
         && cdo_store_add_list (store, comune_at (district, 0)->row_id, 0, one_sided, error);
}

static void
test_add_list (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = load (fixture->store);
  g_autoptr(CdoCandidateList) elsewhere = cdo_candidate_list_new ();
  gint64 length;

  /* Two edits: undo the second (one-sided) and redo it. */
  g_assert_true (add_lists (fixture->store, district, &error));
  g_assert_no_error (error);
  g_clear_pointer (&district, cdo_district_free);
  district = load (fixture->store);
  g_assert_cmpuint (candidacy_of (district, "C1")->lists->len, ==, 3);
  g_assert_cmpuint (comune_at (district, 0)->lists->len, ==, 2);
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&district, cdo_district_free);
  district = load (fixture->store);
  g_assert_null (cdo_district_find_list (district, "L5", NULL));
  g_assert_true (cdo_store_redo (fixture->store, &error));
  g_assert_true (cdo_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  assert_verifies (fixture->store);

  /* A candidacy of another comune is refused, and nothing is written. */
  length = cdo_store_get_journal_length (fixture->store);
  elsewhere->id = g_strdup ("L7");
  g_assert_false (cdo_store_add_list (fixture->store, comune_at (district, 1)->row_id,
                                      candidacy_of (district, "C1")->row_id, elsewhere, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, length);
  g_clear_error (&error);
  g_free (elsewhere->id);
  elsewhere->id = g_strdup ("L9");
  g_assert_false (cdo_store_add_list (fixture->store, comune_at (district, 1)->row_id, 0,
                                      elsewhere, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS);
  g_assert_cmpint (elsewhere->row_id, ==, 0);
}

static gboolean
update_candidacy (CdoStore     *store,
                  CdoDistrict  *district,
                  GError      **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  candidacy->consecutive_terms = 1;
  g_ptr_array_remove_index (candidacy->terms, 1);
  g_ptr_array_add (candidacy->links, g_strdup ("L2"));
  g_free (candidacy->mayor->birthplace);
  candidacy->mayor->birthplace = g_strdup ("Gallarate");
  g_ptr_array_remove_index (candidacy->mayor->documents, 0);
  g_ptr_array_add (candidacy->mayor->documents, cdo_document_new ("no-other-candidacy", TRUE));
  return cdo_store_update_candidacy (store, candidacy, error);
}

static void
test_update_candidacy (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CdoDistrict) before = load (fixture->store);
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, update_candidacy);
  CdoCandidacy *candidacy = candidacy_of (after, "C1");
  CdoDocument *document;

  g_assert_cmpint (candidacy->consecutive_terms, ==, 1);
  g_assert_cmpuint (candidacy->terms->len, ==, 1);
  g_assert_cmpuint (candidacy->links->len, ==, 2);
  g_assert_cmpstr (candidacy->mayor->birthplace, ==, "Gallarate");
  /* The mayor was the only one to use that person: rewritten in place. */
  g_assert_cmpint (candidacy->mayor->person_id, ==, candidacy_of (before, "C1")->mayor->person_id);
  /* The documents are kept in the candidacy's row, in their order. */
  document = g_ptr_array_index (candidacy->mayor->documents, 1);
  g_assert_cmpstr (document->kind, ==, "no-other-candidacy");
}

static gboolean
update_list (CdoStore     *store,
             CdoDistrict  *district,
             GError      **error)
{
  static const guint8 other_image[] = { '<', 's', 'v', 'g', '/', '>' };
  CdoCandidateList *list = fixture_find_list (district, "L1");
  CdoSignatory *signatory = cdo_signatory_new ();

  g_free (list->name);
  list->name = g_strdup ("Lista Uno Rinnovata");
  g_bytes_unref (list->symbol_data);
  list->symbol_data = g_bytes_new_static (other_image, sizeof other_image);
  g_free (list->symbol_media_type);
  list->symbol_media_type = g_strdup ("image/svg+xml");
  list->signatures = -1;
  list->has_filed = FALSE;
  g_ptr_array_remove_index (list->delegates, 0);
  g_free (((CdoDelegate *) g_ptr_array_index (list->delegates, 0))->surname);
  ((CdoDelegate *) g_ptr_array_index (list->delegates, 0))->surname = g_strdup ("Nero");
  signatory->surname = g_strdup ("Viola");
  g_ptr_array_add (list->signatories, signatory);
  ((CdoDocument *) g_ptr_array_index (list->documents, 0))->complete = FALSE;
  return cdo_store_update_list (store, list, error);
}

static void
test_update_list (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, update_list);
  CdoCandidateList *list = fixture_find_list (after, "L1");

  g_assert_cmpstr (list->name, ==, "Lista Uno Rinnovata");
  g_assert_cmpuint (g_bytes_get_size (list->symbol_data), ==, 6);
  g_assert_cmpint (list->signatures, ==, -1);
  g_assert_false (list->has_filed);
  g_assert_cmpuint (list->delegates->len, ==, 1);
  g_assert_cmpstr (((CdoDelegate *) g_ptr_array_index (list->delegates, 0))->surname, ==, "Nero");
  g_assert_cmpuint (list->signatories->len, ==, 3);
  g_assert_false (((CdoDocument *) g_ptr_array_index (list->documents, 0))->complete);
  /* L2 still has the old image, which L1 shared. */
  g_assert_cmpuint (g_bytes_get_size (fixture_find_list (after, "L2")->symbol_data), ==, 12);
}

/* ---- candidates ---- */

static gboolean
insert_first (CdoStore     *store,
              CdoDistrict  *district,
              GError      **error)
{
  g_autoptr(CdoCandidate) first = fixture_candidate ("Alfa", "A", "1990-02-02");

  return cdo_store_insert_candidate (store, fixture_find_list (district, "L2")->row_id, 1, first,
                                     error);
}

static gboolean
insert_middle (CdoStore     *store,
               CdoDistrict  *district,
               GError      **error)
{
  g_autoptr(CdoCandidate) middle = fixture_candidate ("Beta", "B", "1990-03-03");

  return cdo_store_insert_candidate (store, fixture_find_list (district, "L2")->row_id, 3, middle,
                                     error);
}

static gboolean
insert_last (CdoStore     *store,
             CdoDistrict  *district,
             GError      **error)
{
  g_autoptr(CdoCandidate) last = fixture_candidate ("Gamma", "C", NULL);

  return cdo_store_insert_candidate (store, fixture_find_list (district, "L2")->row_id, 5, last,
                                     error);
}

static void
test_insert_candidate (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) first = edit_undo_redo (fixture->store, insert_first);
  g_autoptr(CdoDistrict) middle = edit_undo_redo (fixture->store, insert_middle);
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, insert_last);
  g_autoptr(CdoCandidate) nowhere = fixture_candidate ("Delta", "D", NULL);
  CdoCandidateList *list = fixture_find_list (after, "L2");
  gint64 length = cdo_store_get_journal_length (fixture->store);

  assert_names (list, "Alfa,Primo,Beta,Secondo,Gamma");
  g_assert_false (cdo_store_insert_candidate (fixture->store, list->row_id, 7, nowhere, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 to 6"));
  g_clear_error (&error);
  g_assert_false (cdo_store_insert_candidate (fixture->store, 9999, 1, nowhere, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, length);
}

static gboolean
insert_batch (CdoStore     *store,
              CdoDistrict  *district,
              GError      **error)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_candidate_free);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *surname = g_strdup_printf ("Batch%u", i);

      g_ptr_array_add (candidates, fixture_candidate (surname, "X", "1999-09-09"));
    }
  return cdo_store_insert_candidates (store, fixture_find_list (district, "L2")->row_id, 2,
                                      candidates, error);
}

static void
test_insert_candidates (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, insert_batch);

  assert_names (fixture_find_list (after, "L2"),
                "Primo,Batch0,Batch1,Batch2,Batch3,Batch4,Batch5,Batch6,Batch7,Batch8,Batch9,Secondo");
}

/* Anna Bianchi stands in L1 and L9 as one person: a change of her data in L1 must not
 * change L9's. */
static gboolean
update_shared_person (CdoStore     *store,
                      CdoDistrict  *district,
                      GError      **error)
{
  CdoCandidate *anna = candidate_at (fixture_find_list (district, "L1"), 1);

  g_free (anna->birthplace);
  anna->birthplace = g_strdup ("Como");
  ((CdoDocument *) g_ptr_array_index (anna->documents, 1))->complete = TRUE;
  return cdo_store_update_candidate (store, anna, error);
}

static void
test_update_candidate_shared (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, update_shared_person);
  CdoCandidate *in_l1 = candidate_at (fixture_find_list (after, "L1"), 1);
  CdoCandidate *in_l9 = candidate_at (fixture_find_list (after, "L9"), 1);

  g_assert_cmpstr (in_l1->birthplace, ==, "Como");
  g_assert_cmpstr (in_l9->birthplace, ==, "Varese");
  g_assert_cmpint (in_l1->person_id, !=, in_l9->person_id);
  g_assert_true (((CdoDocument *) g_ptr_array_index (in_l1->documents, 1))->complete);
}

/* "Secondo Candidato" turns out to be Primo: linked to Primo's person, and the person
 * nobody stands as any more is removed. */
static gboolean
update_to_existing_person (CdoStore     *store,
                           CdoDistrict  *district,
                           GError      **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L2");
  CdoCandidate *secondo = candidate_at (list, 2);

  g_free (secondo->surname);
  secondo->surname = g_strdup ("Primo");
  g_date_set_dmy (&secondo->born, 1, 1, 1990);
  return cdo_store_update_candidate (store, secondo, error);
}

static void
test_update_candidate_relink (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, update_to_existing_person);
  CdoCandidateList *list = fixture_find_list (after, "L2");

  g_assert_cmpint (candidate_at (list, 1)->person_id, ==, candidate_at (list, 2)->person_id);
  g_clear_pointer (&fixture->store, cdo_store_close);
  g_assert_cmpint (fixture_raw_int (fixture->path, "SELECT count(*) FROM person WHERE surname = 'Secondo'"),
                   ==, 0);
}

static gboolean
remove_middle (CdoStore     *store,
               CdoDistrict  *district,
               GError      **error)
{
  return cdo_store_remove_candidate (store, candidate_at (fixture_find_list (district, "L1"), 2)->row_id,
                                     error);
}

static void
test_remove_candidate (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) after = edit_undo_redo (fixture->store, remove_middle);

  assert_names (fixture_find_list (after, "L1"), "Bianchi,Senza");
  g_assert_false (cdo_store_remove_candidate (fixture->store, 9999, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_FOUND);
  g_clear_pointer (&fixture->store, cdo_store_close);
  /* Müller stood nowhere else: his person went with him. */
  g_assert_cmpint (fixture_raw_int (fixture->path, "SELECT count(*) FROM person WHERE eu_state = 'DE'"),
                   ==, 0);
}

static gboolean
move_down (CdoStore     *store,
           CdoDistrict  *district,
           GError      **error)
{
  return cdo_store_move_candidate (store, fixture_find_list (district, "L1")->row_id, 1, 3, error);
}

static gboolean
move_up (CdoStore     *store,
         CdoDistrict  *district,
         GError      **error)
{
  return cdo_store_move_candidate (store, fixture_find_list (district, "L1")->row_id, 3, 2, error);
}

static void
test_move_candidate (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) down = edit_undo_redo (fixture->store, move_down);
  g_autoptr(CdoDistrict) up = NULL;
  gint64 length;

  assert_names (fixture_find_list (down, "L1"), "Müller,Senza,Bianchi");
  up = edit_undo_redo (fixture->store, move_up);
  assert_names (fixture_find_list (up, "L1"), "Müller,Bianchi,Senza");

  /* Moving to the same place changes nothing; out of range is refused. */
  length = cdo_store_get_journal_length (fixture->store);
  g_assert_true (cdo_store_move_candidate (fixture->store, fixture_find_list (up, "L1")->row_id, 2, 2,
                                           &error));
  g_assert_false (cdo_store_move_candidate (fixture->store, fixture_find_list (up, "L1")->row_id, 0, 2,
                                            &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, length);
}

/* ---- the history ---- */

static void
test_undo_is_journaled (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = load (fixture->store);
  gint64 edit_set;

  g_assert_false (cdo_store_can_undo (fixture->store));
  g_assert_false (cdo_store_undo (fixture->store, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_true (move_down (fixture->store, district, &error));
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&fixture->store, cdo_store_close);

  edit_set = fixture_raw_int (fixture->path, "SELECT id FROM change_set WHERE kind = 'edit'");
  g_assert_cmpint (fixture_raw_int (fixture->path, "SELECT reverts FROM change_set WHERE kind = 'undo'"),
                   ==, edit_set);
  g_assert_cmpint (fixture_raw_int (fixture->path,
                                    "SELECT count(*) FROM change_set c JOIN journal j "
                                    "ON j.change_set = c.id WHERE c.kind = 'undo'"),
                   ==, fixture_raw_int (fixture->path,
                                        "SELECT count(*) FROM change_set c JOIN journal j "
                                        "ON j.change_set = c.id WHERE c.kind = 'edit'"));
  g_assert_cmpint (fixture_raw_int (fixture->path,
                                    "SELECT count(*) FROM change_set WHERE actor = '" FIXTURE_ACTOR "'"),
                   ==, 3);
}

static void
test_history_survives_reopening (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = load (fixture->store);
  g_autoptr(CdoDistrict) other = fixture_other_district ();

  g_assert_true (move_down (fixture->store, district, &error));
  g_assert_true (move_up (fixture->store, district, &error));
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&fixture->store, cdo_store_close);

  fixture->store = cdo_store_open (fixture->path, "Altro Utente", &error);
  g_assert_no_error (error);
  g_assert_true (cdo_store_can_undo (fixture->store));
  g_assert_true (cdo_store_can_redo (fixture->store));
  g_assert_nonnull (strstr (cdo_store_get_redo_description (fixture->store), "from position 3 to 2"));
  g_assert_true (cdo_store_redo (fixture->store, &error));
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_false (cdo_store_can_undo (fixture->store));

  /* A new edit ends the redo history; an import ends both. */
  g_assert_true (move_up (fixture->store, district, &error));
  g_assert_false (cdo_store_can_redo (fixture->store));
  g_assert_true (cdo_store_import_district (fixture->store, other, "Other", &error));
  g_assert_no_error (error);
  g_assert_false (cdo_store_can_undo (fixture->store));
  assert_verifies (fixture->store);
}

/* Undo never overwrites what someone changed outside the program since. */
static void
test_undo_conflict (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = load (fixture->store);
  g_autofree char *head = NULL;

  g_assert_true (update_shared_person (fixture->store, district, &error));
  g_clear_pointer (&fixture->store, cdo_store_close);
  fixture_raw_exec (fixture->path, "UPDATE person SET birthplace = 'Lecco' WHERE birthplace = 'Como'");
  fixture->store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  head = g_strdup (cdo_store_get_journal_head (fixture->store));
  g_assert_false (cdo_store_undo (fixture->store, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_CONFLICT);
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
}

static void
test_read_only_refuses_edits (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = load (fixture->store);
  g_autoptr(CdoStore) reader = NULL;

  g_clear_pointer (&fixture->store, cdo_store_close);
  reader = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (move_down (reader, district, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_READ_ONLY);
  g_assert_false (cdo_store_can_undo (reader));
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/store/edit/add-comune", test_add_comune },
    { "/store/edit/add-candidacy", test_add_candidacy },
    { "/store/edit/add-list", test_add_list },
    { "/store/edit/update-candidacy", test_update_candidacy },
    { "/store/edit/update-list", test_update_list },
    { "/store/edit/insert-candidate", test_insert_candidate },
    { "/store/edit/insert-candidates", test_insert_candidates },
    { "/store/edit/update-candidate-shared", test_update_candidate_shared },
    { "/store/edit/update-candidate-relink", test_update_candidate_relink },
    { "/store/edit/remove-candidate", test_remove_candidate },
    { "/store/edit/move-candidate", test_move_candidate },
    { "/store/edit/undo-is-journaled", test_undo_is_journaled },
    { "/store/edit/history-survives-reopening", test_history_survives_reopening },
    { "/store/edit/undo-conflict", test_undo_conflict },
    { "/store/edit/read-only", test_read_only_refuses_edits },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);
  return g_test_run ();
}
