/* cdo-store-write.c: inserting comuni, candidacies, lists and candidates
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the import (a whole district in one change set) and the desk edits (one
 * record at a time). Every row goes through the journaled row layer with a cached
 * INSERT … RETURNING statement, so a candidate costs three statements (person,
 * candidate, journal) plus its documents, and no SELECT.
 */
#define G_LOG_DOMAIN "cdo-store"

#include "cdo-store-children.h"
#include "cdo-store-documents.h"
#include "cdo-store-write.h"

gboolean
_cdo_store_writer_init (CdoStoreWriter  *writer,
                        CdoStore        *store,
                        gboolean         preload,
                        GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  writer->store = store;
  writer->preloaded = preload;
  writer->symbols = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  writer->persons = _cdo_store_persons_new (store, preload, error);
  if (writer->persons == NULL)
    return FALSE;
  if (!preload)
    return TRUE;
  stmt = _cdo_store_prepare (store, "SELECT sha256, id FROM symbol", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 1);

      g_hash_table_insert (writer->symbols, _cdo_store_column_dup (stmt, 0),
                           g_memdup2 (&id, sizeof id));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (store, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
_cdo_store_writer_clear (CdoStoreWriter *writer)
{
  g_clear_pointer (&writer->persons, _cdo_store_persons_free);
  g_clear_pointer (&writer->symbols, g_hash_table_unref);
}

gboolean
_cdo_store_write_election (CdoStoreWriter     *writer,
                           const CdoDistrict  *district,
                           GError            **error)
{
  sqlite3_stmt *stmt = _cdo_store_row_insert_prepare (writer->store, CDO_STORE_TABLE_ELECTION, error);

  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_date (stmt, ":first_day", &district->first_day);
  _cdo_store_bind_date (stmt, ":second_day", &district->second_day);
  _cdo_store_bind_date (stmt, ":runoff_first_day", &district->runoff_first_day);
  _cdo_store_bind_date (stmt, ":runoff_second_day", &district->runoff_second_day);
  return _cdo_store_row_insert_run (writer->store, CDO_STORE_TABLE_ELECTION, stmt, NULL, error);
}

gboolean
_cdo_store_write_candidate (CdoStoreWriter  *writer,
                            gint64           list_id,
                            int              position,
                            CdoCandidate    *candidate,
                            GError         **error)
{
  g_autofree char *documents = NULL;
  sqlite3_stmt *stmt;

  if (!_cdo_store_persons_resolve (writer->persons, candidate, &candidate->person_id, error))
    return FALSE;
  stmt = _cdo_store_row_insert_prepare (writer->store, CDO_STORE_TABLE_CANDIDATE, error);
  if (stmt == NULL)
    return FALSE;
  documents = _cdo_store_documents_encode (candidate->documents);
  _cdo_store_bind_int64 (stmt, ":list", list_id);
  _cdo_store_bind_int64 (stmt, ":position", position);
  _cdo_store_bind_int64 (stmt, ":person", candidate->person_id);
  _cdo_store_bind_text (stmt, ":documents", documents);
  return _cdo_store_row_insert_run (writer->store, CDO_STORE_TABLE_CANDIDATE, stmt,
                                    &candidate->row_id, error);
}

gboolean
_cdo_store_write_symbol (CdoStoreWriter          *writer,
                         const CdoCandidateList  *list,
                         gint64                  *out_symbol_id,
                         GError                 **error)
{
  g_autofree char *sha256 = NULL;
  gint64 *known;
  sqlite3_stmt *stmt;
  int rc;

  *out_symbol_id = 0;
  if (list->symbol_data == NULL)
    return TRUE;
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, list->symbol_data);
  known = g_hash_table_lookup (writer->symbols, sha256);
  if (known != NULL)
    {
      *out_symbol_id = *known;
      return TRUE;
    }
  if (!writer->preloaded)
    {
      stmt = _cdo_store_prepare (writer->store, "SELECT id FROM symbol WHERE sha256 = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *out_symbol_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _cdo_store_set_sqlite_error (writer->store, rc, error);
          return FALSE;
        }
    }
  if (*out_symbol_id == 0)
    {
      stmt = _cdo_store_row_insert_prepare (writer->store, CDO_STORE_TABLE_SYMBOL, error);
      if (stmt == NULL)
        return FALSE;
      _cdo_store_bind_text (stmt, ":sha256", sha256);
      _cdo_store_bind_bytes (stmt, ":data", list->symbol_data);
      if (!_cdo_store_row_insert_run (writer->store, CDO_STORE_TABLE_SYMBOL, stmt, out_symbol_id, error))
        return FALSE;
    }
  g_hash_table_insert (writer->symbols, g_steal_pointer (&sha256),
                       g_memdup2 (out_symbol_id, sizeof *out_symbol_id));
  return TRUE;
}

const char *const cdo_store_list_fields[] = {
  "interchange_id", "name", "symbol_path", "symbol_media_type", "symbol", "filed_at",
  "filed_recorded_at", "signatures", "party_symbol", "supports", "documents", NULL,
};

void
_cdo_store_bind_list_fields (sqlite3_stmt            *stmt,
                             const CdoCandidateList  *list,
                             gint64                   symbol_id)
{
  g_autofree char *filed = list->has_filed ? cdo_filing_time_format (&list->filed) : NULL;
  g_autofree char *documents = _cdo_store_documents_encode (list->documents);

  _cdo_store_bind_text (stmt, ":interchange_id", list->id);
  _cdo_store_bind_text (stmt, ":name", list->name);
  _cdo_store_bind_text (stmt, ":symbol_path", list->symbol_path);
  _cdo_store_bind_text (stmt, ":symbol_media_type", list->symbol_media_type);
  _cdo_store_bind_id (stmt, ":symbol", symbol_id);
  _cdo_store_bind_text (stmt, ":filed_at", filed);
  _cdo_store_bind_text (stmt, ":filed_recorded_at", list->filed_recorded_at);
  if (list->signatures >= 0)
    _cdo_store_bind_int64 (stmt, ":signatures", list->signatures);
  _cdo_store_bind_int64 (stmt, ":party_symbol", list->party_symbol ? 1 : 0);
  _cdo_store_bind_text (stmt, ":supports", list->supports);
  _cdo_store_bind_text (stmt, ":documents", documents);
}

static gboolean
write_list_children (CdoStoreWriter    *writer,
                     CdoCandidateList  *list,
                     GError           **error)
{
  CdoStore *store = writer->store;

  if (!_cdo_store_children_insert (store, &cdo_store_delegates, "list", list->row_id,
                                   list->delegates, error)
      || !_cdo_store_children_insert (store, &cdo_store_signatories, "list", list->row_id,
                                      list->signatories, error))
    return FALSE;
  for (guint i = 0; i < list->candidates->len; i++)
    if (!_cdo_store_write_candidate (writer, list->row_id, (int) i + 1,
                                     g_ptr_array_index (list->candidates, i), error))
      return FALSE;
  return TRUE;
}

gboolean
_cdo_store_write_list (CdoStoreWriter    *writer,
                       gint64             comune_id,
                       gint64             candidacy_id,
                       CdoCandidateList  *list,
                       GError           **error)
{
  sqlite3_stmt *stmt;
  gint64 symbol_id;

  if (!_cdo_store_write_symbol (writer, list, &symbol_id, error))
    return FALSE;
  stmt = _cdo_store_row_insert_prepare (writer->store, CDO_STORE_TABLE_LIST, error);
  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_int64 (stmt, ":comune", comune_id);
  _cdo_store_bind_id (stmt, ":candidacy", candidacy_id);
  _cdo_store_bind_list_fields (stmt, list, symbol_id);
  return _cdo_store_row_insert_run (writer->store, CDO_STORE_TABLE_LIST, stmt, &list->row_id, error)
         && write_list_children (writer, list, error);
}

gboolean
_cdo_store_write_candidacy (CdoStoreWriter  *writer,
                            gint64           comune_id,
                            CdoCandidacy    *candidacy,
                            GError         **error)
{
  CdoStore *store = writer->store;
  g_autofree char *documents = NULL;
  gint64 person_id = 0;
  sqlite3_stmt *stmt;

  if (candidacy->mayor != NULL
      && !_cdo_store_persons_resolve (writer->persons, candidacy->mayor, &person_id, error))
    return FALSE;
  stmt = _cdo_store_row_insert_prepare (store, CDO_STORE_TABLE_CANDIDACY, error);
  if (stmt == NULL)
    return FALSE;
  documents = candidacy->mayor ? _cdo_store_documents_encode (candidacy->mayor->documents) : NULL;
  _cdo_store_bind_text (stmt, ":interchange_id", candidacy->id);
  _cdo_store_bind_int64 (stmt, ":comune", comune_id);
  _cdo_store_bind_id (stmt, ":person", person_id);
  _cdo_store_bind_int64 (stmt, ":consecutive_terms", candidacy->consecutive_terms);
  _cdo_store_bind_text (stmt, ":documents", documents);
  if (!_cdo_store_row_insert_run (store, CDO_STORE_TABLE_CANDIDACY, stmt, &candidacy->row_id, error))
    return FALSE;
  if (candidacy->mayor != NULL)
    {
      candidacy->mayor->row_id = candidacy->row_id;
      candidacy->mayor->person_id = person_id;
    }
  if (!_cdo_store_children_insert (store, &cdo_store_mayor_terms, "candidacy", candidacy->row_id,
                                   candidacy->terms, error)
      || !_cdo_store_children_insert (store, &cdo_store_mayor_links, "candidacy", candidacy->row_id,
                                      candidacy->links, error))
    return FALSE;
  for (guint i = 0; i < candidacy->lists->len; i++)
    if (!_cdo_store_write_list (writer, comune_id, candidacy->row_id,
                                g_ptr_array_index (candidacy->lists, i), error))
      return FALSE;
  return TRUE;
}

gboolean
_cdo_store_write_comune_content (CdoStoreWriter   *writer,
                                 CdoComuneRecord  *comune,
                                 GError          **error)
{
  for (guint i = 0; i < comune->candidacies->len; i++)
    if (!_cdo_store_write_candidacy (writer, comune->row_id,
                                     g_ptr_array_index (comune->candidacies, i), error))
      return FALSE;
  for (guint i = 0; i < comune->lists->len; i++)
    if (!_cdo_store_write_list (writer, comune->row_id, 0, g_ptr_array_index (comune->lists, i),
                                error))
      return FALSE;
  return TRUE;
}

gboolean
_cdo_store_write_comune (CdoStoreWriter   *writer,
                         CdoComuneRecord  *comune,
                         GError          **error)
{
  sqlite3_stmt *stmt = _cdo_store_row_insert_prepare (writer->store, CDO_STORE_TABLE_COMUNE, error);

  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_text (stmt, ":name", comune->name);
  _cdo_store_bind_text (stmt, ":province", comune->province);
  _cdo_store_bind_text (stmt, ":istat", comune->istat);
  _cdo_store_bind_text (stmt, ":region", comune->region);
  _cdo_store_bind_int64 (stmt, ":population", comune->population);
  _cdo_store_bind_text (stmt, ":population_source", comune->population_source);
  _cdo_store_bind_int64 (stmt, ":capoluogo", comune->capoluogo ? 1 : 0);
  return _cdo_store_row_insert_run (writer->store, CDO_STORE_TABLE_COMUNE, stmt, &comune->row_id, error)
         && _cdo_store_write_comune_content (writer, comune, error);
}

/* After a failed change the row ids filled in so far name rows that were rolled back. */
static void
forget_record_ids (GPtrArray *records)
{
  for (guint i = 0; i < records->len; i++)
    *(gint64 *) g_ptr_array_index (records, i) = 0;
}

void
_cdo_store_forget_candidate_ids (CdoCandidate *candidate)
{
  candidate->row_id = 0;
  candidate->person_id = 0;
}

void
_cdo_store_forget_list_ids (CdoCandidateList *list)
{
  list->row_id = 0;
  forget_record_ids (list->delegates);
  forget_record_ids (list->signatories);
  for (guint i = 0; i < list->candidates->len; i++)
    _cdo_store_forget_candidate_ids (g_ptr_array_index (list->candidates, i));
}

void
_cdo_store_forget_candidacy_ids (CdoCandidacy *candidacy)
{
  candidacy->row_id = 0;
  if (candidacy->mayor != NULL)
    _cdo_store_forget_candidate_ids (candidacy->mayor);
  forget_record_ids (candidacy->terms);
  for (guint i = 0; i < candidacy->lists->len; i++)
    _cdo_store_forget_list_ids (g_ptr_array_index (candidacy->lists, i));
}

void
_cdo_store_forget_comune_ids (CdoComuneRecord *comune)
{
  comune->row_id = 0;
  for (guint i = 0; i < comune->candidacies->len; i++)
    _cdo_store_forget_candidacy_ids (g_ptr_array_index (comune->candidacies, i));
  for (guint i = 0; i < comune->lists->len; i++)
    _cdo_store_forget_list_ids (g_ptr_array_index (comune->lists, i));
}
