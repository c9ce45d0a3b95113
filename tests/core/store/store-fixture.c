/* store-fixture.c: a district with every field set, temporary folders, raw SQL
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cdo-date.h"
#include "store-fixture.h"

static void
set_date (GDate      *date,
          const char *iso)
{
  if (iso == NULL)
    g_date_clear (date, 1);
  else
    g_assert_true (cdo_date_parse_iso (iso, date));
}

CdoCandidate *
fixture_candidate (const char *surname,
                   const char *given_names,
                   const char *born)
{
  CdoCandidate *candidate = cdo_candidate_new ();

  candidate->surname = g_strdup (surname);
  candidate->given_names = g_strdup (given_names);
  set_date (&candidate->born, born);
  return candidate;
}

static CdoCandidate *
full_candidate (const char *surname,
                const char *given_names,
                CdoSex      sex,
                const char *born,
                const char *birthplace,
                const char *eu_state)
{
  CdoCandidate *candidate = fixture_candidate (surname, given_names, born);

  candidate->sex = sex;
  candidate->birthplace = g_strdup (birthplace);
  candidate->eu_state = g_strdup (eu_state);
  g_ptr_array_add (candidate->documents, cdo_document_new ("acceptance", TRUE));
  g_ptr_array_add (candidate->documents, cdo_document_new ("registration-certificate", FALSE));
  return candidate;
}

static CdoDelegate *
delegate (const char *surname,
          const char *given_names)
{
  CdoDelegate *delegate = cdo_delegate_new ();

  delegate->surname = g_strdup (surname);
  delegate->given_names = g_strdup (given_names);
  return delegate;
}

static CdoSignatory *
signatory (const char *surname,
           const char *given_names,
           const char *born,
           const char *authenticated)
{
  CdoSignatory *signatory = cdo_signatory_new ();

  signatory->surname = g_strdup (surname);
  signatory->given_names = g_strdup (given_names);
  set_date (&signatory->born, born);
  set_date (&signatory->authenticated, authenticated);
  return signatory;
}

static CdoMayorTerm *
term (const char *from,
      const char *to,
      CdoTermEnd  ended)
{
  CdoMayorTerm *term = cdo_mayor_term_new ();

  set_date (&term->from, from);
  set_date (&term->to, to);
  term->ended = ended;
  return term;
}

/* Bytes that are not text: NUL, 0xFF, and the same image in two lists. */
static GBytes *
symbol_bytes (void)
{
  static const guint8 image[] = { 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x7f, 0x00 };

  return g_bytes_new_static (image, sizeof image);
}

static CdoCandidateList *
full_list (void)
{
  CdoCandidateList *list = cdo_candidate_list_new ();

  list->id = g_strdup ("L1");
  list->name = g_strdup ("Lista Uno per Borgo Alto");
  list->symbol_path = g_strdup ("symbols/l1.png");
  list->symbol_media_type = g_strdup ("image/png");
  list->symbol_data = symbol_bytes ();
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse ("2021-09-03T09:12", &list->filed));
  list->filed_recorded_at = g_strdup ("2021-09-03T09:13:05");
  list->signatures = 250;
  list->party_symbol = TRUE;
  g_ptr_array_add (list->delegates, delegate ("Verdi", "Giuseppe"));
  g_ptr_array_add (list->delegates, delegate ("Neri", "Carla"));
  g_ptr_array_add (list->signatories, signatory ("Gialli", "Paolo", "1950-01-02", "2021-08-20"));
  g_ptr_array_add (list->signatories, signatory ("Blu", "Ada", NULL, NULL));
  g_ptr_array_add (list->documents, cdo_document_new ("programme", TRUE));
  g_ptr_array_add (list->candidates, full_candidate ("Bianchi", "Anna", CDO_SEX_FEMALE,
                                                     "1980-02-29", "Varese", NULL));
  g_ptr_array_add (list->candidates, full_candidate ("Müller", "Jürgen", CDO_SEX_MALE,
                                                     "1975-07-14", "München", "DE"));
  g_ptr_array_add (list->candidates, fixture_candidate ("Senza", "Data", NULL));
  return list;
}

static CdoCandidateList *
small_list (const char *id,
            const char *name)
{
  CdoCandidateList *list = cdo_candidate_list_new ();

  list->id = g_strdup (id);
  list->name = g_strdup (name);
  return list;
}

static CdoCandidacy *
full_candidacy (void)
{
  CdoCandidacy *candidacy = cdo_candidacy_new ();
  CdoCandidateList *second = small_list ("L2", "Seconda Lista");

  candidacy->id = g_strdup ("C1");
  candidacy->mayor = full_candidate ("Rossi", "Mario", CDO_SEX_MALE, "1970-05-01", "Varese", NULL);
  candidacy->consecutive_terms = 2;
  g_ptr_array_add (candidacy->terms, term ("2011-05-16", "2016-06-05", CDO_TERM_ENDED_NATURAL));
  g_ptr_array_add (candidacy->terms, term ("2016-06-06", "2021-10-03",
                                           CDO_TERM_ENDED_VOLUNTARY_RESIGNATION));
  g_ptr_array_add (candidacy->links, g_strdup ("L9"));
  g_ptr_array_add (candidacy->lists, full_list ());
  second->symbol_data = symbol_bytes ();
  second->symbol_media_type = g_strdup ("image/png");
  g_ptr_array_add (second->candidates, fixture_candidate ("Primo", "Candidato", "1990-01-01"));
  g_ptr_array_add (second->candidates, fixture_candidate ("Secondo", "Candidato", "1991-01-01"));
  g_ptr_array_add (candidacy->lists, second);
  return candidacy;
}

CdoDistrict *
fixture_district (void)
{
  CdoDistrict *district = cdo_district_new ();
  CdoComuneRecord *first = cdo_comune_record_new ();
  CdoComuneRecord *second = cdo_comune_record_new ();
  CdoCandidacy *no_mayor = cdo_candidacy_new ();
  CdoCandidacy *other = cdo_candidacy_new ();
  CdoCandidateList *one_sided = small_list ("L9", "Lista che sostiene");

  set_date (&district->first_day, "2021-10-03");
  set_date (&district->second_day, "2021-10-04");
  set_date (&district->runoff_first_day, "2021-10-17");
  set_date (&district->runoff_second_day, "2021-10-18");

  first->name = g_strdup ("Borgo Alto");
  first->province = g_strdup ("VA");
  first->istat = g_strdup ("012001");
  first->population = 10372;
  first->population_source = g_strdup ("ISTAT 2011");
  g_ptr_array_add (first->candidacies, full_candidacy ());
  no_mayor->id = g_strdup ("C3");
  g_ptr_array_add (first->candidacies, no_mayor);
  one_sided->supports = g_strdup ("C1");
  /* The same person as in L1: one person, two candidacies. */
  g_ptr_array_add (one_sided->candidates, full_candidate ("Bianchi", "Anna", CDO_SEX_FEMALE,
                                                          "1980-02-29", "Varese", NULL));
  /* Spelt otherwise: another person, for the checker to compare. */
  g_ptr_array_add (one_sided->candidates, full_candidate ("BIANCHI", "Anna", CDO_SEX_FEMALE,
                                                          "1980-02-29", "Varese", NULL));
  g_ptr_array_add (first->lists, one_sided);
  g_ptr_array_add (district->comuni, first);

  second->name = g_strdup ("Pian Basso");
  second->province = g_strdup ("SS");
  second->region = g_strdup ("Sardegna");
  second->population = 2500;
  second->capoluogo = TRUE;
  other->id = g_strdup ("C2");
  other->mayor = fixture_candidate ("Sanna", "Efisio", NULL);
  g_ptr_array_add (second->candidacies, other);
  g_ptr_array_add (district->comuni, second);
  return district;
}

CdoDistrict *
fixture_other_district (void)
{
  CdoDistrict *district = cdo_district_new ();
  CdoComuneRecord *comune = cdo_comune_record_new ();
  CdoCandidacy *candidacy = cdo_candidacy_new ();
  CdoCandidateList *list = small_list ("X1", "Lista Nuova");

  comune->name = g_strdup ("Valle Nuova");
  comune->province = g_strdup ("CO");
  comune->istat = g_strdup ("013999");
  comune->population = 800;
  candidacy->id = g_strdup ("XC");
  candidacy->mayor = fixture_candidate ("Ferri", "Luca", "1985-03-03");
  g_ptr_array_add (list->candidates, fixture_candidate ("Conti", "Elena", "1988-08-08"));
  g_ptr_array_add (candidacy->lists, list);
  g_ptr_array_add (comune->candidacies, candidacy);
  g_ptr_array_add (district->comuni, comune);
  return district;
}

char *
fixture_make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("cdo-store-XXXXXX", &error);

  g_assert_no_error (error);
  return folder;
}

char *
fixture_path (const char *folder,
              const char *name)
{
  return g_build_filename (folder, name, NULL);
}

void
fixture_remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *entry;

  if (dir == NULL)
    return;
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, entry, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

guint
fixture_count_files (const char *folder,
                     const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *entry;
  guint count = 0;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (entry, prefix))
      count++;
  return count;
}

void
fixture_raw_exec (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("raw SQL failed: %s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

gint64
fixture_raw_int (const char *path,
                 const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

CdoStore *
fixture_store_with_district (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = fixture_district ();
  CdoStore *store = cdo_store_create (path, FIXTURE_ACTOR, &error);

  g_assert_no_error (error);
  g_assert_true (cdo_store_import_district (store, district, "Fixture", &error));
  g_assert_no_error (error);
  return store;
}

CdoCandidateList *
fixture_find_list (CdoDistrict *district,
                   const char  *id)
{
  CdoCandidateList *list = cdo_district_find_list (district, id, NULL);

  g_assert_nonnull (list);
  return list;
}
