/* test-store-refuse.c: the desk's edits refuse what the district format refuses
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit runs the data checks (cdo-district-check) before it writes, so that what the
 * window or the command line stores can always be exported and imported again. A refused
 * edit is CDO_STORE_ERROR_INVALID with a message that says what to fix and ends with
 * "Nothing was changed.", and the file is left as it was: same bytes, same journal length
 * and head, same district. A filing being recorded (added with a comune, candidacy or list,
 * or changed through its candidacy or list) may still miss the names the filing desk fills
 * in later; a candidate inserted or changed on its own is always complete.
 */
#include <string.h>

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

static char *
repeat (char  c,
        guint times)
{
  char *text = g_malloc (times + 1);

  memset (text, c, times);
  text[times] = '\0';
  return text;
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static CdoComuneRecord *
comune_named (CdoDistrict *district,
              const char  *name)
{
  CdoComuneRecord *comune = cdo_district_find_comune (district, name);

  g_assert_nonnull (comune);
  return comune;
}

static CdoCandidacy *
candidacy_of (CdoDistrict *district,
              const char  *id)
{
  CdoCandidacy *candidacy = cdo_district_find_candidacy (district, id, NULL);

  g_assert_nonnull (candidacy);
  return candidacy;
}

/* Each edit changes one thing of @district (loaded for it) and tries to store it. */
typedef gboolean (*Edit) (CdoStore     *store,
                          CdoDistrict  *district,
                          GError      **error);

typedef struct {
  const char *path;
  Edit        edit;
  const char *says;   /* NULL: the edit is accepted */
} Case;

/* ---- comuni ---- */

static CdoComuneRecord *
new_comune (void)
{
  g_autoptr(CdoDistrict) other = fixture_other_district ();

  return g_ptr_array_steal_index (other->comuni, 0);
}

static gboolean
add_comune_checked (CdoStore         *store,
                    CdoComuneRecord  *comune,
                    GError          **error)
{
  gboolean added = cdo_store_add_comune (store, comune, error);

  /* Refused: the record's row ids stay unset. */
  if (!added)
    {
      g_assert_cmpint (comune->row_id, ==, 0);
      g_assert_cmpint (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, 0))->row_id, ==, 0);
    }
  cdo_comune_record_free (comune);
  return added;
}

static gboolean
comune_three_letter_province (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();

  replace (&comune->province, "COM");
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_blank_name (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();

  replace (&comune->name, "   ");
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_no_province (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();

  replace (&comune->province, NULL);
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_bad_istat (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();

  replace (&comune->istat, "13999");
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_homonym (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();

  /* Borgo Alto is in the file, in the province of Varese. */
  replace (&comune->name, "BORGO ALTO");
  replace (&comune->istat, NULL);
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_link_elsewhere (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);

  /* L1 is a list of Borgo Alto. */
  g_ptr_array_add (candidacy->links, g_strdup ("L1"));
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_candidate_without_given_names (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
  CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);

  replace (&((CdoCandidate *) g_ptr_array_index (list->candidates, 0))->given_names, NULL);
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_candidate_blank_given_names (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
  CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);

  replace (&((CdoCandidate *) g_ptr_array_index (list->candidates, 0))->given_names, " ");
  return add_comune_checked (store, comune, error);
}

static gboolean
comune_with_filing_in_progress (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoComuneRecord *comune = new_comune ();
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
  CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);

  g_clear_pointer (&candidacy->mayor, cdo_candidate_free);
  candidacy->mayor = cdo_candidate_new ();
  replace (&list->name, NULL);
  /* Its own links name its own lists. */
  g_ptr_array_add (candidacy->links, g_strdup ("X1"));
  return add_comune_checked (store, comune, error);
}

/* ---- candidacies ---- */

/* As New Filing records it: the day and minute, nothing typed yet. */
static CdoCandidacy *
new_filing (const char *id)
{
  CdoCandidacy *candidacy = cdo_candidacy_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();

  candidacy->id = g_strdup (id);
  candidacy->mayor = cdo_candidate_new ();
  list->id = g_strdup_printf ("%s-a", id);
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse ("2021-09-04T10:00", &list->filed));
  list->filed_recorded_at = g_strdup ("2021-09-04T10:00:31");
  g_ptr_array_add (candidacy->lists, list);
  return candidacy;
}

static gboolean
add_filing (CdoStore      *store,
            CdoDistrict   *district,
            const char    *comune,
            CdoCandidacy  *candidacy,
            GError       **error)
{
  gboolean added = cdo_store_add_candidacy (store, comune_named (district, comune)->row_id,
                                            candidacy, error);

  if (!added)
    {
      g_assert_cmpint (candidacy->row_id, ==, 0);
      g_assert_cmpint (((CdoCandidateList *) g_ptr_array_index (candidacy->lists, 0))->row_id, ==, 0);
    }
  cdo_candidacy_free (candidacy);
  return added;
}

static gboolean
candidacy_new_filing (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = new_filing ("C4");

  /* A link to a list of the file, and to the list filed with it. */
  g_ptr_array_add (candidacy->links, g_strdup ("L9"));
  g_ptr_array_add (candidacy->links, g_strdup ("C4-a"));
  return add_filing (store, district, "Borgo Alto", candidacy, error);
}

static gboolean
candidacy_link_unknown (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = new_filing ("C4");

  g_ptr_array_add (candidacy->links, g_strdup ("L77"));
  return add_filing (store, district, "Borgo Alto", candidacy, error);
}

static gboolean
candidacy_link_other_comune (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = new_filing ("C4");

  g_ptr_array_add (candidacy->links, g_strdup ("L1"));
  return add_filing (store, district, "Pian Basso", candidacy, error);
}

static gboolean
candidacy_blank_surname (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = new_filing ("C4");

  candidacy->mayor->surname = g_strdup (" \t");
  return add_filing (store, district, "Borgo Alto", candidacy, error);
}

static gboolean
candidacy_bad_id (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = new_filing ("C4");

  replace (&candidacy->id, "C 4");
  return add_filing (store, district, "Borgo Alto", candidacy, error);
}

static gboolean
candidacy_long_candidate (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = new_filing ("C4");
  CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);
  CdoCandidate *candidate = fixture_candidate ("Pinna", "Gavino", "1977-07-07");

  g_free (candidate->surname);
  candidate->surname = repeat ('p', 201);
  g_ptr_array_add (list->candidates, candidate);
  return add_filing (store, district, "Borgo Alto", candidacy, error);
}

static gboolean
candidacy_nested_list_supports (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = new_filing ("C4");

  replace (&((CdoCandidateList *) g_ptr_array_index (candidacy->lists, 0))->supports, "C1");
  return add_filing (store, district, "Borgo Alto", candidacy, error);
}

static gboolean
mayor_cleared_while_typing (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  /* The secretary deletes the surname to type it again: saved as not yet filled in. */
  replace (&candidacy->mayor->surname, NULL);
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
mayor_blank_surname (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  replace (&candidacy->mayor->surname, "  ");
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
mayor_long_birthplace (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  g_free (candidacy->mayor->birthplace);
  candidacy->mayor->birthplace = repeat ('b', 201);
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
mayor_list_document (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  g_ptr_array_add (candidacy->mayor->documents, cdo_document_new ("programme", TRUE));
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
candidacy_hundred_terms (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  candidacy->consecutive_terms = 100;
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
candidacy_term_without_start (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  g_date_clear (&((CdoMayorTerm *) g_ptr_array_index (candidacy->terms, 0))->from, 1);
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
candidacy_update_link_unknown (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  g_ptr_array_add (candidacy->links, g_strdup ("L77"));
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
candidacy_link_twice (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  g_ptr_array_add (candidacy->links, g_strdup ("L9"));
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
candidacy_rename_supported (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C1");

  /* L9 declares that it supports C1. */
  replace (&candidacy->id, "C1-bis");
  return cdo_store_update_candidacy (store, candidacy, error);
}

static gboolean
candidacy_rename_free (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidacy *candidacy = candidacy_of (district, "C3");

  replace (&candidacy->id, "C3-bis");
  return cdo_store_update_candidacy (store, candidacy, error);
}

/* ---- lists ---- */

static gboolean
list_negative_signatures (CdoStore *store, CdoDistrict *district, GError **error)
{
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

  list->id = g_strdup ("L5");
  list->signatures = -5;
  return cdo_store_add_list (store, comune_named (district, "Borgo Alto")->row_id,
                             candidacy_of (district, "C1")->row_id, list, error);
}

static gboolean
list_supports_unknown (CdoStore *store, CdoDistrict *district, GError **error)
{
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

  list->id = g_strdup ("L5");
  list->supports = g_strdup ("C77");
  return cdo_store_add_list (store, comune_named (district, "Borgo Alto")->row_id, 0, list,
                             error);
}

static gboolean
list_supports_other_comune (CdoStore *store, CdoDistrict *district, GError **error)
{
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

  list->id = g_strdup ("L5");
  list->supports = g_strdup ("C2");
  return cdo_store_add_list (store, comune_named (district, "Borgo Alto")->row_id, 0, list,
                             error);
}

static gboolean
list_nested_supports (CdoStore *store, CdoDistrict *district, GError **error)
{
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

  list->id = g_strdup ("L5");
  list->supports = g_strdup ("C1");
  return cdo_store_add_list (store, comune_named (district, "Borgo Alto")->row_id,
                             candidacy_of (district, "C1")->row_id, list, error);
}

static gboolean
list_candidate_document (CdoStore *store, CdoDistrict *district, GError **error)
{
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

  list->id = g_strdup ("L5");
  g_ptr_array_add (list->documents, cdo_document_new ("acceptance", TRUE));
  return cdo_store_add_list (store, comune_named (district, "Borgo Alto")->row_id, 0, list,
                             error);
}

static gboolean
list_symbol_not_png (CdoStore *store, CdoDistrict *district, GError **error)
{
  static const char svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

  list->id = g_strdup ("L5");
  list->symbol_media_type = g_strdup ("image/png");
  list->symbol_data = g_bytes_new_static (svg, sizeof svg - 1);
  return cdo_store_add_list (store, comune_named (district, "Borgo Alto")->row_id, 0, list,
                             error);
}

static gboolean
list_added_by_the_desk (CdoStore *store, CdoDistrict *district, GError **error)
{
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

  /* Add List: a filing time and nothing else yet. */
  list->id = g_strdup ("C1-c");
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse ("2021-09-04T11:30", &list->filed));
  list->filed_recorded_at = g_strdup ("2021-09-04T11:30:02");
  return cdo_store_add_list (store, comune_named (district, "Borgo Alto")->row_id,
                             candidacy_of (district, "C1")->row_id, list, error);
}

static gboolean
list_long_name (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L1");

  g_free (list->name);
  list->name = repeat ('n', 201);
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_bad_recorded_at (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L1");

  replace (&list->filed_recorded_at, "2021-09-03 09:13");
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_filing_minute (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L1");

  list->filed.minutes = 24 * 60;
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_blank_delegate (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L1");

  replace (&((CdoDelegate *) g_ptr_array_index (list->delegates, 0))->surname, "\t");
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_delegate_being_typed (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L1");
  CdoDelegate *delegate = cdo_delegate_new ();

  delegate->surname = g_strdup ("Daglio");
  g_ptr_array_add (list->delegates, delegate);
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_signatory_in_the_future (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L1");
  CdoSignatory *signatory = g_ptr_array_index (list->signatories, 0);

  g_date_set_dmy (&signatory->authenticated, 1, 1, 10000);
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_rename_linked (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L9");

  /* C1 declares a link with L9. */
  replace (&list->id, "L9-bis");
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_rename_free (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L2");

  replace (&list->id, "L2-bis");
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_update_supports_unknown (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L9");

  replace (&list->supports, "C2");
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_update_nested_supports (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L2");

  replace (&list->supports, "C1");
  return cdo_store_update_list (store, list, error);
}

static gboolean
list_symbol_too_large (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L2");
  guint8 *data = g_malloc0 (1024 * 1024 + 1);

  memcpy (data, "\x89PNG\r\n\x1a\n", 8);
  g_bytes_unref (list->symbol_data);
  list->symbol_data = g_bytes_new_take (data, 1024 * 1024 + 1);
  return cdo_store_update_list (store, list, error);
}

/* ---- candidates ---- */

static gboolean
insert_one (CdoStore      *store,
            CdoDistrict   *district,
            CdoCandidate  *candidate,
            GError       **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L2");
  gboolean inserted = cdo_store_insert_candidate (store, list->row_id, 1, candidate, error);

  if (!inserted)
    g_assert_cmpint (candidate->row_id, ==, 0);
  cdo_candidate_free (candidate);
  return inserted;
}

static gboolean
candidate_without_surname (CdoStore *store, CdoDistrict *district, GError **error)
{
  return insert_one (store, district, fixture_candidate (NULL, "Gavino", "1977-07-07"), error);
}

static gboolean
candidate_without_given_names (CdoStore *store, CdoDistrict *district, GError **error)
{
  /* What the window's Add Candidate lets through when only the surname was typed. */
  return insert_one (store, district, fixture_candidate ("Pinna", NULL, "1977-07-07"), error);
}

static gboolean
candidate_list_document (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidate *candidate = fixture_candidate ("Pinna", "Gavino", "1977-07-07");

  g_ptr_array_add (candidate->documents, cdo_document_new ("budget", TRUE));
  return insert_one (store, district, candidate, error);
}

static gboolean
candidate_lower_case_state (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidate *candidate = fixture_candidate ("Pinna", "Gavino", "1977-07-07");

  candidate->eu_state = g_strdup ("de");
  return insert_one (store, district, candidate, error);
}

static gboolean
candidates_one_too_long (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidateList *list = fixture_find_list (district, "L2");
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_candidate_free);
  CdoCandidate *long_one = fixture_candidate ("Pinna", "Gavino", "1977-07-07");

  g_free (long_one->given_names);
  long_one->given_names = repeat ('g', 230);
  g_ptr_array_add (candidates, fixture_candidate ("Alfa", "Anna", "1990-01-01"));
  g_ptr_array_add (candidates, long_one);
  g_ptr_array_add (candidates, fixture_candidate ("Gamma", "Gino", "1990-03-03"));
  if (cdo_store_insert_candidates (store, list->row_id, 2, candidates, error))
    return TRUE;
  for (guint i = 0; i < candidates->len; i++)
    g_assert_cmpint (((CdoCandidate *) g_ptr_array_index (candidates, i))->row_id, ==, 0);
  return FALSE;
}

static gboolean
candidate_cleared_surname (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidate *candidate = g_ptr_array_index (fixture_find_list (district, "L1")->candidates, 0);

  replace (&candidate->surname, NULL);
  return cdo_store_update_candidate (store, candidate, error);
}

static gboolean
candidate_three_letter_state (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidate *candidate = g_ptr_array_index (fixture_find_list (district, "L1")->candidates, 1);

  replace (&candidate->eu_state, "DEU");
  return cdo_store_update_candidate (store, candidate, error);
}

static gboolean
candidate_born_after_9999 (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidate *candidate = g_ptr_array_index (fixture_find_list (district, "L1")->candidates, 0);

  g_date_set_dmy (&candidate->born, 29, 2, 10400);
  return cdo_store_update_candidate (store, candidate, error);
}

static gboolean
candidate_document_twice (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidate *candidate = g_ptr_array_index (fixture_find_list (district, "L1")->candidates, 0);

  g_ptr_array_add (candidate->documents, cdo_document_new ("acceptance", FALSE));
  return cdo_store_update_candidate (store, candidate, error);
}

static gboolean
candidate_control_character (CdoStore *store, CdoDistrict *district, GError **error)
{
  CdoCandidate *candidate = g_ptr_array_index (fixture_find_list (district, "L1")->candidates, 0);

  replace (&candidate->birthplace, "Vare\033se");
  return cdo_store_update_candidate (store, candidate, error);
}

static const Case cases[] = {
  { "/store/refuse/add-comune/province", comune_three_letter_province, "two capital letters" },
  { "/store/refuse/add-comune/blank-name", comune_blank_name, "“name” of a comune holds only spaces" },
  { "/store/refuse/add-comune/no-province", comune_no_province, "“province” of the comune Valle Nuova is empty" },
  { "/store/refuse/add-comune/istat", comune_bad_istat, "is not an ISTAT code" },
  { "/store/refuse/add-comune/homonym", comune_homonym, "already has a comune called Borgo Alto (province VA)" },
  { "/store/refuse/add-comune/link-elsewhere", comune_link_elsewhere, "names no list of Valle Nuova" },
  { "/store/refuse/add-comune/candidate-being-typed", comune_candidate_without_given_names, NULL },
  { "/store/refuse/add-comune/candidate-blank", comune_candidate_blank_given_names, "“given names” of candidate 1 of the list “Lista Nuova” (Conti) holds only spaces" },
  { "/store/refuse/add-comune/in-progress", comune_with_filing_in_progress, NULL },
  { "/store/refuse/add-candidacy/new-filing", candidacy_new_filing, NULL },
  { "/store/refuse/add-candidacy/link-unknown", candidacy_link_unknown, "The link with the list “L77”, declared by the mayoral candidacy “C4”, names no list of Borgo Alto" },
  { "/store/refuse/add-candidacy/link-other-comune", candidacy_link_other_comune, "names no list of Pian Basso" },
  { "/store/refuse/add-candidacy/blank-surname", candidacy_blank_surname, "“surname” of the mayoral candidate of the candidacy “C4” holds only spaces" },
  { "/store/refuse/add-candidacy/id", candidacy_bad_id, "“C 4” is not an id" },
  { "/store/refuse/add-candidacy/candidate", candidacy_long_candidate, "longer than 200 characters (it has 201)" },
  { "/store/refuse/add-candidacy/nested-supports", candidacy_nested_list_supports, "Remove the declaration" },
  { "/store/refuse/update-candidacy/cleared-while-typing", mayor_cleared_while_typing, NULL },
  { "/store/refuse/update-candidacy/blank-surname", mayor_blank_surname, "“surname” of the mayoral candidate Mario holds only spaces" },
  { "/store/refuse/update-candidacy/long-birthplace", mayor_long_birthplace, "“place of birth” of the mayoral candidate Rossi Mario is longer than 200" },
  { "/store/refuse/update-candidacy/list-document", mayor_list_document, "is not one that the mayoral candidate Rossi Mario files" },
  { "/store/refuse/update-candidacy/terms", candidacy_hundred_terms, "from 0 to 99" },
  { "/store/refuse/update-candidacy/term-start", candidacy_term_without_start, "“first day” of term 1 of the mayoral candidate Rossi Mario is empty" },
  { "/store/refuse/update-candidacy/link-unknown", candidacy_update_link_unknown, "names no list of Borgo Alto" },
  { "/store/refuse/update-candidacy/link-twice", candidacy_link_twice, "declared twice" },
  { "/store/refuse/update-candidacy/rename-supported", candidacy_rename_supported, "The list “Lista che sostiene” declares that it supports this mayoral candidacy by its id “C1”" },
  { "/store/refuse/update-candidacy/rename-free", candidacy_rename_free, NULL },
  { "/store/refuse/add-list/signatures", list_negative_signatures, "-5 is not a number of signatures" },
  { "/store/refuse/add-list/supports-unknown", list_supports_unknown, "The mayoral candidacy “C77” that the list “L5” supports is not one of Borgo Alto" },
  { "/store/refuse/add-list/supports-other-comune", list_supports_other_comune, "is not one of Borgo Alto" },
  { "/store/refuse/add-list/nested-supports", list_nested_supports, "Remove the declaration" },
  { "/store/refuse/add-list/candidate-document", list_candidate_document, "is not one that the list “L5” files" },
  { "/store/refuse/add-list/symbol", list_symbol_not_png, "not a PNG image" },
  { "/store/refuse/add-list/by-the-desk", list_added_by_the_desk, NULL },
  { "/store/refuse/update-list/long-name", list_long_name, "longer than 200 characters (it has 201)" },
  { "/store/refuse/update-list/recorded-at", list_bad_recorded_at, "YYYY-MM-DDTHH:MM:SS" },
  { "/store/refuse/update-list/filing-minute", list_filing_minute, "not a minute of the day" },
  { "/store/refuse/update-list/blank-delegate", list_blank_delegate, "“surname” of delegate 1 of the list “Lista Uno per Borgo Alto” holds only spaces" },
  { "/store/refuse/update-list/delegate-being-typed", list_delegate_being_typed, NULL },
  { "/store/refuse/update-list/signatory-date", list_signatory_in_the_future, "four digits" },
  { "/store/refuse/update-list/rename-linked", list_rename_linked, "The mayoral candidate Rossi Mario declares a link with this list by its id “L9”" },
  { "/store/refuse/update-list/rename-free", list_rename_free, NULL },
  { "/store/refuse/update-list/supports-other-comune", list_update_supports_unknown, "is not one of Borgo Alto" },
  { "/store/refuse/update-list/nested-supports", list_update_nested_supports, "Remove the declaration" },
  { "/store/refuse/update-list/symbol-too-large", list_symbol_too_large, "larger than" },
  { "/store/refuse/insert-candidate/no-surname", candidate_without_surname, "“surname” of the candidate Gavino is empty" },
  { "/store/refuse/insert-candidate/no-given-names", candidate_without_given_names, "“given names” of the candidate Pinna is empty" },
  { "/store/refuse/insert-candidate/list-document", candidate_list_document, "is not one that the candidate Pinna Gavino files" },
  { "/store/refuse/insert-candidate/eu-state", candidate_lower_case_state, "“de” is not the code of an EU state" },
  { "/store/refuse/insert-candidates/one-too-long", candidates_one_too_long, "The candidate for position 3: The field “given names” of the candidate Pinna" },
  { "/store/refuse/update-candidate/cleared-surname", candidate_cleared_surname, "“surname” of the candidate Anna is empty" },
  { "/store/refuse/update-candidate/eu-state", candidate_three_letter_state, "“DEU” is not the code of an EU state" },
  { "/store/refuse/update-candidate/born", candidate_born_after_9999, "four digits" },
  { "/store/refuse/update-candidate/document-twice", candidate_document_twice, "listed twice" },
  { "/store/refuse/update-candidate/control-character", candidate_control_character, "control character" },
};

static char *
file_contents (const char *path,
               gsize      *out_size)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, out_size, NULL));
  return contents;
}

static void
test_case (Fixture       *fixture,
           gconstpointer  data)
{
  const Case *edit_case = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) before = load (fixture->store);
  g_autoptr(CdoDistrict) working = load (fixture->store);
  g_autoptr(CdoDistrict) after = NULL;
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (fixture->store));
  g_autofree char *bytes = NULL;
  g_autofree char *bytes_after = NULL;
  gint64 length = cdo_store_get_journal_length (fixture->store);
  gsize size, size_after;
  CdoStoreVerification verification = { 0 };

  bytes = file_contents (fixture->path, &size);
  if (edit_case->says == NULL)
    {
      /* Accepted, as a filing being typed in must be. */
      g_assert_true (edit_case->edit (fixture->store, working, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cdo_store_get_journal_length (fixture->store), >, length);
      return;
    }

  g_assert_false (edit_case->edit (fixture->store, working, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, edit_case->says));
  g_assert_true (g_str_has_suffix (error->message, " Nothing was changed."));

  /* The file is as it was. */
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, length);
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
  bytes_after = file_contents (fixture->path, &size_after);
  g_assert_cmpmem (bytes, size, bytes_after, size_after);
  after = load (fixture->store);
  assert_districts_equal (before, after, TRUE);
  g_assert_true (cdo_store_verify (fixture->store, &verification, &error));
  g_assert_true (verification.chain_intact);
  g_assert_true (verification.data_match_journal);
  cdo_store_verification_clear (&verification);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add (cases[i].path, Fixture, &cases[i], fixture_set_up, test_case, fixture_tear_down);
  return g_test_run ();
}
