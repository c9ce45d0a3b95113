/* cdo-store-edit.c: the filing desk's edits of comuni, candidacies and lists
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each edit checks what can be checked first (the values are ones the district format
 * carries, cdo-district-check; the rows exist, the ids are free, the one-sided links name
 * records of the comune), then writes in one change set, described in words for the
 * journal and the undo menu. A filing is recorded as soon as the papers are handed in and
 * typed in field by field, so the names the filing desk fills in later may be missing
 * meanwhile (CDO_DISTRICT_CHECK_UNFILLED); the export refuses a district until they are
 * there. The candidates' own edits are in cdo-store-edit-candidate.c.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-district-check.h"
#include "cdo-store-children.h"
#include "cdo-store-documents.h"
#include "cdo-store-ids.h"
#include "cdo-store-write.h"

/* What the filing desk may store: a filing in progress, but nothing the district format
 * refuses. */
#define EDIT_CHECK (CDO_DISTRICT_CHECK_UNFILLED)
#define ADD_CHECK (CDO_DISTRICT_CHECK_UNFILLED | CDO_DISTRICT_CHECK_NESTED)

/* Turns a refusal of cdo-district-check into the store's. */
static gboolean
refuse_checked (GError  *check_error,
                GError **error)
{
  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID, _("%s Nothing was changed."),
               check_error->message);
  g_error_free (check_error);
  return FALSE;
}

/* A value of one row, looked up by id: NOT_FOUND when there is no such row. */
static gboolean
read_value (CdoStore       *self,
            CdoStoreTable   table,
            gint64          row_id,
            const char     *column,
            gint64         *out_value,
            GError        **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", column,
                                          _cdo_store_table_name (table));
  sqlite3_stmt *stmt = _cdo_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  rc = sqlite3_step (stmt);
  *out_value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _cdo_store_set_not_found (table, row_id, error);
  else if (rc != SQLITE_ROW)
    _cdo_store_set_sqlite_error (self, rc, error);
  return rc == SQLITE_ROW;
}

/* The interchange ids of the lists (@table CDO_STORE_TABLE_LIST) or candidacies of the
 * comune @comune_id, and the comune's name. */
static GHashTable *
read_comune_ids (CdoStore       *self,
                 CdoStoreTable   table,
                 gint64          comune_id,
                 char          **out_name,
                 GError        **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT interchange_id FROM %s WHERE comune = ?1",
                                          _cdo_store_table_name (table));
  sqlite3_stmt *stmt = _cdo_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, comune_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (ids, _cdo_store_column_dup (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  stmt = _cdo_store_prepare (self, "SELECT name FROM comune WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, comune_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *out_name = _cdo_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

/* The mayor's one-sided links name lists of the comune: those in the file, and @lists,
 * which are being added with the candidacy. */
static gboolean
check_links (CdoStore            *self,
             gint64               comune_id,
             const CdoCandidacy  *candidacy,
             GPtrArray           *lists,
             GError             **error)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *comune_name = NULL;
  GError *check_error = NULL;

  if (candidacy->links->len == 0)
    return TRUE;
  ids = read_comune_ids (self, CDO_STORE_TABLE_LIST, comune_id, &comune_name, error);
  if (ids == NULL)
    return FALSE;
  for (guint i = 0; lists != NULL && i < lists->len; i++)
    {
      CdoCandidateList *list = g_ptr_array_index (lists, i);

      g_hash_table_add (ids, g_strdup (list->id));
    }
  if (!cdo_district_check_links (candidacy, ids, comune_name, &check_error))
    return refuse_checked (check_error, error);
  return TRUE;
}

/* A one-sided list supports a candidacy of its comune. */
static gboolean
check_supports (CdoStore                *self,
                gint64                   comune_id,
                const CdoCandidateList  *list,
                GError                 **error)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *comune_name = NULL;
  GError *check_error = NULL;

  if (list->supports == NULL)
    return TRUE;
  ids = read_comune_ids (self, CDO_STORE_TABLE_CANDIDACY, comune_id, &comune_name, error);
  if (ids == NULL)
    return FALSE;
  if (!cdo_district_check_supports (list, ids, comune_name, &check_error))
    return refuse_checked (check_error, error);
  return TRUE;
}

/* The reader tells comuni apart by name alone, whatever the case and the province: two
 * comuni of one name (Castro BG and Castro LE) would make a file import refuses. */
static gboolean
check_homonym (CdoStore               *self,
               const CdoComuneRecord  *comune,
               GError                **error)
{
  g_autofree char *folded = g_utf8_casefold (comune->name, -1);
  sqlite3_stmt *stmt = _cdo_store_prepare (self, "SELECT name, province FROM comune", error);
  g_autofree char *existing = NULL;
  g_autofree char *province = NULL;
  int rc = SQLITE_DONE;

  if (stmt == NULL)
    return FALSE;
  while (existing == NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *other = g_utf8_casefold (name ? name : "", -1);

      if (g_str_equal (folded, other))
        {
          existing = g_strdup (name);
          province = _cdo_store_column_dup (stmt, 1);
        }
    }
  sqlite3_reset (stmt);
  if (existing == NULL && rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (existing == NULL)
    return TRUE;
  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
               _("The district file already has a comune called %s (province %s), and the "
                 "district's XML file tells comuni apart by their name alone: it cannot hold "
                 "two of the same name. Nothing was changed."),
               existing, province ? province : "?");
  return FALSE;
}

static gboolean
check_new_comune (CdoStore         *self,
                  CdoComuneRecord  *comune,
                  GError          **error)
{
  g_autoptr(GHashTable) taken = NULL;
  sqlite3_stmt *stmt = _cdo_store_prepare (self, "SELECT name FROM comune WHERE istat = ?1 "
                                           "OR (lower(name) = lower(?2) "
                                           "AND lower(ifnull(province, '')) = lower(ifnull(?3, '')))",
                                           error);
  g_autofree char *existing = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, comune->istat, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, comune->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, comune->province, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    existing = _cdo_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (existing != NULL)
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                   _("%s is already in the district file (same ISTAT code, or same name and "
                     "province): nothing was changed."), existing);
      return FALSE;
    }
  if (!check_homonym (self, comune, error))
    return FALSE;
  taken = _cdo_store_ids_read (self, error);
  return taken != NULL && _cdo_store_ids_claim_comune (self, taken, comune, error);
}

gboolean
cdo_store_add_comune (CdoStore         *store,
                      CdoComuneRecord  *comune,
                      GError          **error)
{
  g_autofree char *description = NULL;
  GError *check_error = NULL;
  CdoStoreWriter writer = { 0 };
  gboolean done;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (comune != NULL, FALSE);

  /* Nested too: the comune's own links must name its own records. */
  if (!cdo_district_check_comune (comune, ADD_CHECK, &check_error))
    return refuse_checked (check_error, error);
  if (!check_new_comune (store, comune, error))
    return FALSE;
  description = g_strdup_printf (_("Comune %s added"), comune->name);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  done = _cdo_store_writer_init (&writer, store, FALSE, error)
         && _cdo_store_write_comune (&writer, comune, error);
  _cdo_store_writer_clear (&writer);
  if (!_cdo_store_change_finish (store, done, error))
    {
      _cdo_store_forget_comune_ids (comune);
      return FALSE;
    }
  return TRUE;
}

/* The id of a candidacy or list may not change while a one-sided declaration names it
 * (a list's supports, a mayor's link): the declaration would then name nothing. */
static gboolean
check_rename_referenced (CdoStore       *self,
                         CdoStoreTable   table,
                         gint64          row_id,
                         const char     *id,
                         GError        **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT interchange_id FROM %s WHERE id = ?1",
                                          _cdo_store_table_name (table));
  sqlite3_stmt *stmt = _cdo_store_prepare (self, sql, error);
  g_autofree char *current = NULL;
  g_autofree char *holder = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    current = _cdo_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (current == NULL || g_strcmp0 (current, id) == 0)
    return TRUE;

  stmt = _cdo_store_prepare (self, table == CDO_STORE_TABLE_LIST
                                   ? "SELECT trim(ifnull(p.surname, '') || ' ' "
                                     "|| ifnull(p.given_names, '')) FROM mayor_link m "
                                     "JOIN candidacy k ON k.id = m.candidacy "
                                     "LEFT JOIN person p ON p.id = k.person WHERE m.list_id = ?1"
                                   : "SELECT ifnull(name, interchange_id) FROM list "
                                     "WHERE supports = ?1 AND candidacy IS NULL",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, current, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    holder = _cdo_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (holder == NULL)
    return TRUE;
  if (table == CDO_STORE_TABLE_LIST)
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                 _("The mayoral candidate %s declares a link with this list by its id “%s”, "
                   "so the id cannot change: keep it, or remove that link first. Nothing was "
                   "changed."), holder, current);
  else
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                 _("The list “%s” declares that it supports this mayoral candidacy by its id "
                   "“%s”, so the id cannot change: keep it, or remove that declaration first. "
                   "Nothing was changed."), holder, current);
  return FALSE;
}

static char *
candidacy_name (const CdoCandidacy *candidacy)
{
  if (candidacy->mayor == NULL)
    return g_strdup (candidacy->id);
  return _cdo_store_person_name (candidacy->mayor->surname, candidacy->mayor->given_names);
}

gboolean
cdo_store_add_candidacy (CdoStore      *store,
                         gint64         comune_row_id,
                         CdoCandidacy  *candidacy,
                         GError       **error)
{
  g_autoptr(GHashTable) taken = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  CdoStoreWriter writer = { 0 };
  GError *check_error = NULL;
  gint64 unused;
  gboolean done;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (candidacy != NULL, FALSE);

  if (!cdo_district_check_candidacy (candidacy, ADD_CHECK, &check_error))
    return refuse_checked (check_error, error);
  if (!read_value (store, CDO_STORE_TABLE_COMUNE, comune_row_id, "id", &unused, error)
      || (taken = _cdo_store_ids_read (store, error)) == NULL
      || !_cdo_store_ids_claim_candidacy (store, taken, candidacy, error)
      || !check_links (store, comune_row_id, candidacy, candidacy->lists, error))
    return FALSE;
  name = candidacy_name (candidacy);
  description = g_strdup_printf (_("Mayoral candidacy of %s added"), name);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  done = _cdo_store_writer_init (&writer, store, FALSE, error)
         && _cdo_store_write_candidacy (&writer, comune_row_id, candidacy, error);
  _cdo_store_writer_clear (&writer);
  if (!_cdo_store_change_finish (store, done, error))
    {
      _cdo_store_forget_candidacy_ids (candidacy);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_new_list (CdoStore          *self,
                gint64             comune_row_id,
                gint64             candidacy_row_id,
                CdoCandidateList  *list,
                GError           **error)
{
  g_autoptr(GHashTable) taken = NULL;
  GError *check_error = NULL;
  gint64 candidacy_comune = comune_row_id;

  if (!read_value (self, CDO_STORE_TABLE_COMUNE, comune_row_id, "id", &candidacy_comune, error))
    return FALSE;
  if (candidacy_row_id != 0
      && !read_value (self, CDO_STORE_TABLE_CANDIDACY, candidacy_row_id, "comune",
                      &candidacy_comune, error))
    return FALSE;
  if (candidacy_comune != comune_row_id)
    {
      g_set_error_literal (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                           _("The list and the mayoral candidacy it is linked to must be in the "
                             "same comune: nothing was changed."));
      return FALSE;
    }
  taken = _cdo_store_ids_read (self, error);
  if (taken == NULL || !_cdo_store_ids_claim_list (self, taken, list, error))
    return FALSE;
  if (candidacy_row_id == 0)
    return check_supports (self, comune_row_id, list, error);
  if (!cdo_district_check_nested_list (list, &check_error))
    return refuse_checked (check_error, error);
  return TRUE;
}

gboolean
cdo_store_add_list (CdoStore          *store,
                    gint64             comune_row_id,
                    gint64             candidacy_row_id,
                    CdoCandidateList  *list,
                    GError           **error)
{
  g_autofree char *description = NULL;
  CdoStoreWriter writer = { 0 };
  GError *check_error = NULL;
  gboolean done;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (list != NULL, FALSE);

  if (!cdo_district_check_list (list, ADD_CHECK, &check_error))
    return refuse_checked (check_error, error);
  if (!check_new_list (store, comune_row_id, candidacy_row_id, list, error))
    return FALSE;
  description = g_strdup_printf (_("List “%s” added"), list->name ? list->name : list->id);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  done = _cdo_store_writer_init (&writer, store, FALSE, error)
         && _cdo_store_write_list (&writer, comune_row_id, candidacy_row_id, list, error);
  _cdo_store_writer_clear (&writer);
  if (!_cdo_store_change_finish (store, done, error))
    {
      _cdo_store_forget_list_ids (list);
      return FALSE;
    }
  return TRUE;
}

/* The mayor's person, the candidacy's own columns, then what hangs off it. */
static gboolean
rewrite_candidacy (CdoStoreWriter  *writer,
                   gint64           current_person,
                   CdoCandidacy    *candidacy,
                   GError         **error)
{
  static const char *const columns[] = {
    "interchange_id", "person", "consecutive_terms", "documents", NULL,
  };
  CdoStore *self = writer->store;
  g_autofree char *documents = NULL;
  gint64 person_id = 0;
  sqlite3_stmt *stmt;

  if (candidacy->mayor != NULL
      && !_cdo_store_persons_settle (writer->persons, current_person, candidacy->mayor,
                                     &person_id, error))
    return FALSE;
  stmt = _cdo_store_row_update_prepare (self, CDO_STORE_TABLE_CANDIDACY, columns, error);
  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_text (stmt, ":interchange_id", candidacy->id);
  _cdo_store_bind_id (stmt, ":person", person_id);
  _cdo_store_bind_int64 (stmt, ":consecutive_terms", candidacy->consecutive_terms);
  documents = candidacy->mayor ? _cdo_store_documents_encode (candidacy->mayor->documents) : NULL;
  _cdo_store_bind_text (stmt, ":documents", documents);
  if (!_cdo_store_row_update_run (self, CDO_STORE_TABLE_CANDIDACY, stmt, candidacy->row_id, error)
      || (person_id != current_person
          && !_cdo_store_persons_remove_if_unused (writer->persons, current_person, error)))
    return FALSE;
  if (candidacy->mayor != NULL)
    {
      candidacy->mayor->row_id = candidacy->row_id;
      candidacy->mayor->person_id = person_id;
    }
  return _cdo_store_children_sync (self, &cdo_store_mayor_terms, "candidacy",
                                   candidacy->row_id, candidacy->terms, error)
         && _cdo_store_children_sync (self, &cdo_store_mayor_links, "candidacy",
                                      candidacy->row_id, candidacy->links, error);
}

gboolean
cdo_store_update_candidacy (CdoStore      *store,
                            CdoCandidacy  *candidacy,
                            GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  CdoStoreWriter writer = { 0 };
  GError *check_error = NULL;
  gint64 current_person;
  gint64 comune;
  gboolean done;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (candidacy != NULL, FALSE);

  if (!cdo_district_check_candidacy (candidacy, EDIT_CHECK, &check_error))
    return refuse_checked (check_error, error);
  name = candidacy_name (candidacy);
  if (!read_value (store, CDO_STORE_TABLE_CANDIDACY, candidacy->row_id, "ifnull(person, 0)",
                   &current_person, error)
      || !read_value (store, CDO_STORE_TABLE_CANDIDACY, candidacy->row_id, "comune", &comune,
                      error)
      || !_cdo_store_ids_check_rename (store, CDO_STORE_TABLE_CANDIDACY, candidacy->row_id,
                                       candidacy->id, name, error)
      || !check_rename_referenced (store, CDO_STORE_TABLE_CANDIDACY, candidacy->row_id,
                                   candidacy->id, error)
      || !check_links (store, comune, candidacy, NULL, error))
    return FALSE;
  description = g_strdup_printf (_("Mayoral candidacy of %s changed"), name);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  done = _cdo_store_writer_init (&writer, store, FALSE, error)
         && rewrite_candidacy (&writer, current_person, candidacy, error);
  _cdo_store_writer_clear (&writer);
  return _cdo_store_change_finish (store, done, error);
}

static gboolean
rewrite_list (CdoStoreWriter    *writer,
              CdoCandidateList  *list,
              GError           **error)
{
  CdoStore *self = writer->store;
  sqlite3_stmt *stmt;
  gint64 symbol_id;

  if (!_cdo_store_write_symbol (writer, list, &symbol_id, error))
    return FALSE;
  stmt = _cdo_store_row_update_prepare (self, CDO_STORE_TABLE_LIST, cdo_store_list_fields, error);
  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_list_fields (stmt, list, symbol_id);
  return _cdo_store_row_update_run (self, CDO_STORE_TABLE_LIST, stmt, list->row_id, error)
         && _cdo_store_children_sync (self, &cdo_store_delegates, "list", list->row_id,
                                      list->delegates, error)
         && _cdo_store_children_sync (self, &cdo_store_signatories, "list", list->row_id,
                                      list->signatories, error);
}

gboolean
cdo_store_update_list (CdoStore          *store,
                       CdoCandidateList  *list,
                       GError           **error)
{
  g_autofree char *what = NULL;
  g_autofree char *description = NULL;
  CdoStoreWriter writer = { 0 };
  GError *check_error = NULL;
  gint64 comune, candidacy;
  gboolean done;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (list != NULL, FALSE);

  if (!cdo_district_check_list (list, EDIT_CHECK, &check_error))
    return refuse_checked (check_error, error);
  what = g_strdup_printf (_("The list “%s”"), list->name ? list->name : "");
  if (!read_value (store, CDO_STORE_TABLE_LIST, list->row_id, "comune", &comune, error)
      || !read_value (store, CDO_STORE_TABLE_LIST, list->row_id, "ifnull(candidacy, 0)",
                      &candidacy, error)
      || !_cdo_store_ids_check_rename (store, CDO_STORE_TABLE_LIST, list->row_id, list->id, what,
                                       error)
      || !check_rename_referenced (store, CDO_STORE_TABLE_LIST, list->row_id, list->id, error)
      || (candidacy == 0 && !check_supports (store, comune, list, error)))
    return FALSE;
  if (candidacy != 0 && !cdo_district_check_nested_list (list, &check_error))
    return refuse_checked (check_error, error);
  description = g_strdup_printf (_("List “%s” changed"), list->name ? list->name : list->id);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  done = _cdo_store_writer_init (&writer, store, FALSE, error)
         && rewrite_list (&writer, list, error);
  _cdo_store_writer_clear (&writer);
  return _cdo_store_change_finish (store, done, error);
}
