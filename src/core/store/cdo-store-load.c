/* cdo-store-load.c: the whole district from the file into plain structs
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SELECT per table (persons joined to their candidacies, symbols to their lists),
 * parents before children; each child finds its parent in a hash table keyed by the
 * parent's row id, which points into the parent struct itself, so the tables cost no
 * allocation per key. A thousand lists and thirty thousand candidates load in a few
 * tens of milliseconds.
 */
#define G_LOG_DOMAIN "cdo-store"

#include "cdo-store-documents.h"
#include "cdo-store-private.h"

typedef struct {
  CdoStore    *store;
  CdoDistrict *district;
  GHashTable  *comuni;       /* row id → CdoComuneRecord */
  GHashTable  *candidacies;  /* row id → CdoCandidacy */
  GHashTable  *lists;        /* row id → CdoCandidateList */
  CdoCandidateList *last_list;
} Loader;

typedef void (*RowFunc) (Loader       *loader,
                         sqlite3_stmt *stmt);

static gboolean
each_row (Loader      *loader,
          const char  *sql,
          RowFunc      func,
          GError     **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (loader->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (loader, stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (loader->store, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gpointer
lookup (GHashTable   *table,
        sqlite3_stmt *stmt,
        int           column)
{
  gint64 row_id = sqlite3_column_int64 (stmt, column);

  return g_hash_table_lookup (table, &row_id);
}

static void
election_row (Loader       *loader,
              sqlite3_stmt *stmt)
{
  _cdo_store_column_date (stmt, 0, &loader->district->first_day);
  _cdo_store_column_date (stmt, 1, &loader->district->second_day);
  _cdo_store_column_date (stmt, 2, &loader->district->runoff_first_day);
  _cdo_store_column_date (stmt, 3, &loader->district->runoff_second_day);
}

static void
comune_row (Loader       *loader,
            sqlite3_stmt *stmt)
{
  CdoComuneRecord *comune = cdo_comune_record_new ();

  comune->row_id = sqlite3_column_int64 (stmt, 0);
  comune->name = _cdo_store_column_dup (stmt, 1);
  comune->province = _cdo_store_column_dup (stmt, 2);
  comune->istat = _cdo_store_column_dup (stmt, 3);
  comune->region = _cdo_store_column_dup (stmt, 4);
  comune->population = sqlite3_column_int64 (stmt, 5);
  comune->population_source = _cdo_store_column_dup (stmt, 6);
  comune->capoluogo = sqlite3_column_int (stmt, 7) != 0;
  g_ptr_array_add (loader->district->comuni, comune);
  g_hash_table_insert (loader->comuni, &comune->row_id, comune);
}

#define PERSON_COLUMNS "p.id, p.surname, p.given_names, p.sex, p.born, p.birthplace, p.eu_state"

/* The seven PERSON_COLUMNS, from @first on. */
static void
read_person (sqlite3_stmt *stmt,
             int           first,
             CdoCandidate *candidate)
{
  candidate->person_id = sqlite3_column_int64 (stmt, first);
  candidate->surname = _cdo_store_column_dup (stmt, first + 1);
  candidate->given_names = _cdo_store_column_dup (stmt, first + 2);
  if (!cdo_sex_from_string ((const char *) sqlite3_column_text (stmt, first + 3), &candidate->sex))
    candidate->sex = CDO_SEX_UNKNOWN;
  _cdo_store_column_date (stmt, first + 4, &candidate->born);
  candidate->birthplace = _cdo_store_column_dup (stmt, first + 5);
  candidate->eu_state = _cdo_store_column_dup (stmt, first + 6);
}

static void
candidacy_row (Loader       *loader,
               sqlite3_stmt *stmt)
{
  CdoComuneRecord *comune = lookup (loader->comuni, stmt, 2);
  CdoCandidacy *candidacy;

  if (comune == NULL)
    return;
  candidacy = cdo_candidacy_new ();
  candidacy->row_id = sqlite3_column_int64 (stmt, 0);
  candidacy->id = _cdo_store_column_dup (stmt, 1);
  candidacy->consecutive_terms = sqlite3_column_int (stmt, 3);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    {
      candidacy->mayor = cdo_candidate_new ();
      candidacy->mayor->row_id = candidacy->row_id;
      _cdo_store_documents_decode ((const char *) sqlite3_column_text (stmt, 4),
                                   candidacy->mayor->documents);
      read_person (stmt, 5, candidacy->mayor);
    }
  g_ptr_array_add (comune->candidacies, candidacy);
  g_hash_table_insert (loader->candidacies, &candidacy->row_id, candidacy);
}

static void
mayor_term_row (Loader       *loader,
                sqlite3_stmt *stmt)
{
  CdoCandidacy *candidacy = lookup (loader->candidacies, stmt, 1);
  CdoMayorTerm *term;

  if (candidacy == NULL)
    return;
  term = cdo_mayor_term_new ();
  term->row_id = sqlite3_column_int64 (stmt, 0);
  _cdo_store_column_date (stmt, 2, &term->from);
  _cdo_store_column_date (stmt, 3, &term->to);
  if (!cdo_term_end_from_string ((const char *) sqlite3_column_text (stmt, 4), &term->ended))
    term->ended = CDO_TERM_ENDED_OTHER;
  g_ptr_array_add (candidacy->terms, term);
}

static void
mayor_link_row (Loader       *loader,
                sqlite3_stmt *stmt)
{
  CdoCandidacy *candidacy = lookup (loader->candidacies, stmt, 0);

  if (candidacy != NULL)
    g_ptr_array_add (candidacy->links, _cdo_store_column_dup (stmt, 1));
}

static void
list_row (Loader       *loader,
          sqlite3_stmt *stmt)
{
  CdoComuneRecord *comune = lookup (loader->comuni, stmt, 2);
  CdoCandidacy *candidacy = lookup (loader->candidacies, stmt, 3);
  CdoCandidateList *list;

  if (comune == NULL)
    return;
  list = cdo_candidate_list_new ();
  list->row_id = sqlite3_column_int64 (stmt, 0);
  list->id = _cdo_store_column_dup (stmt, 1);
  list->name = _cdo_store_column_dup (stmt, 4);
  list->symbol_path = _cdo_store_column_dup (stmt, 5);
  list->symbol_media_type = _cdo_store_column_dup (stmt, 6);
  list->has_filed = cdo_filing_time_parse ((const char *) sqlite3_column_text (stmt, 7), &list->filed);
  if (!list->has_filed)
    g_date_clear (&list->filed.date, 1);
  list->filed_recorded_at = _cdo_store_column_dup (stmt, 8);
  list->signatures = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 9);
  list->party_symbol = sqlite3_column_int (stmt, 10) != 0;
  list->supports = _cdo_store_column_dup (stmt, 11);
  _cdo_store_documents_decode ((const char *) sqlite3_column_text (stmt, 12), list->documents);
  if (sqlite3_column_type (stmt, 13) != SQLITE_NULL)
    list->symbol_data = g_bytes_new (sqlite3_column_blob (stmt, 13), sqlite3_column_bytes (stmt, 13));
  g_ptr_array_add (candidacy != NULL ? candidacy->lists : comune->lists, list);
  g_hash_table_insert (loader->lists, &list->row_id, list);
}

static void
candidate_row (Loader       *loader,
               sqlite3_stmt *stmt)
{
  gint64 list_id = sqlite3_column_int64 (stmt, 1);
  CdoCandidate *candidate;

  /* Rows come by list, then position: the last list found is usually the right one. */
  if (loader->last_list == NULL || loader->last_list->row_id != list_id)
    loader->last_list = g_hash_table_lookup (loader->lists, &list_id);
  if (loader->last_list == NULL)
    return;
  candidate = cdo_candidate_new ();
  candidate->row_id = sqlite3_column_int64 (stmt, 0);
  _cdo_store_documents_decode ((const char *) sqlite3_column_text (stmt, 2), candidate->documents);
  read_person (stmt, 3, candidate);
  g_ptr_array_add (loader->last_list->candidates, candidate);
}

static void
delegate_row (Loader       *loader,
              sqlite3_stmt *stmt)
{
  CdoCandidateList *list = lookup (loader->lists, stmt, 1);
  CdoDelegate *delegate;

  if (list == NULL)
    return;
  delegate = cdo_delegate_new ();
  delegate->row_id = sqlite3_column_int64 (stmt, 0);
  delegate->surname = _cdo_store_column_dup (stmt, 2);
  delegate->given_names = _cdo_store_column_dup (stmt, 3);
  g_ptr_array_add (list->delegates, delegate);
}

static void
signatory_row (Loader       *loader,
               sqlite3_stmt *stmt)
{
  CdoCandidateList *list = lookup (loader->lists, stmt, 1);
  CdoSignatory *signatory;

  if (list == NULL)
    return;
  signatory = cdo_signatory_new ();
  signatory->row_id = sqlite3_column_int64 (stmt, 0);
  signatory->surname = _cdo_store_column_dup (stmt, 2);
  signatory->given_names = _cdo_store_column_dup (stmt, 3);
  _cdo_store_column_date (stmt, 4, &signatory->born);
  _cdo_store_column_date (stmt, 5, &signatory->authenticated);
  g_ptr_array_add (list->signatories, signatory);
}

static const struct {
  const char *sql;
  RowFunc     func;
} steps[] = {
  { "SELECT first_day, second_day, runoff_first_day, runoff_second_day FROM election",
    election_row },
  { "SELECT id, name, province, istat, region, population, population_source, capoluogo "
    "FROM comune ORDER BY id", comune_row },
  { "SELECT c.id, c.interchange_id, c.comune, c.consecutive_terms, c.documents, " PERSON_COLUMNS " "
    "FROM candidacy c LEFT JOIN person p ON p.id = c.person ORDER BY c.id", candidacy_row },
  { "SELECT id, candidacy, from_day, to_day, ended FROM mayor_term ORDER BY id", mayor_term_row },
  { "SELECT candidacy, list_id FROM mayor_link ORDER BY id", mayor_link_row },
  { "SELECT l.id, l.interchange_id, l.comune, l.candidacy, l.name, l.symbol_path, "
    "l.symbol_media_type, l.filed_at, l.filed_recorded_at, l.signatures, l.party_symbol, "
    "l.supports, l.documents, s.data FROM list l LEFT JOIN symbol s ON s.id = l.symbol ORDER BY l.id", list_row },
  { "SELECT c.id, c.list, c.documents, " PERSON_COLUMNS " FROM candidate c JOIN person p ON p.id = c.person "
    "ORDER BY c.list, c.position", candidate_row },
  { "SELECT id, list, surname, given_names FROM delegate ORDER BY id", delegate_row },
  { "SELECT id, list, surname, given_names, born, authenticated FROM signatory ORDER BY id",
    signatory_row },
};

CdoDistrict *
cdo_store_load_district (CdoStore  *store,
                         GError   **error)
{
  g_autoptr(CdoDistrict) district = cdo_district_new ();
  Loader loader = {
    store, district,
    g_hash_table_new (g_int64_hash, g_int64_equal), g_hash_table_new (g_int64_hash, g_int64_equal),
    g_hash_table_new (g_int64_hash, g_int64_equal), NULL,
  };
  gboolean loaded = TRUE;

  g_return_val_if_fail (store != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (steps) && loaded; i++)
    loaded = each_row (&loader, steps[i].sql, steps[i].func, error);
  g_hash_table_unref (loader.comuni);
  g_hash_table_unref (loader.candidacies);
  g_hash_table_unref (loader.lists);
  return loaded ? g_steal_pointer (&district) : NULL;
}
