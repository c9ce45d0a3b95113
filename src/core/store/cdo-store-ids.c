/* cdo-store-ids.c: interchange ids are unique in the district, and never overwritten
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Candidacies and lists share one namespace of ids (the district XML's). Anything that
 * adds records checks all their ids first, against the file and against each other, so
 * that a clash refuses the whole change before a row is written, and names what already
 * has the id.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-store-ids.h"

#define TAKEN_IN_FILE GINT_TO_POINTER (1)
#define TAKEN_IN_CHANGE GINT_TO_POINTER (2)

GHashTable *
_cdo_store_ids_read (CdoStore  *self,
                     GError   **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "SELECT interchange_id FROM candidacy "
                                           "UNION ALL SELECT interchange_id FROM list", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (taken, _cdo_store_column_dup (stmt, 0), TAKEN_IN_FILE);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&taken);
}

/* "the list “Lega” of Varese", "the mayoral candidacy of Rossi Mario in Varese" */
static char *
describe_holder (CdoStore   *self,
                 const char *id)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "SELECT 1, l.name, c.name FROM list l "
                                           "JOIN comune c ON c.id = l.comune WHERE l.interchange_id = ?1 "
                                           "UNION ALL SELECT 2, trim(ifnull(p.surname, '') || ' ' "
                                           "|| ifnull(p.given_names, '')), c.name FROM candidacy k "
                                           "JOIN comune c ON c.id = k.comune "
                                           "LEFT JOIN person p ON p.id = k.person "
                                           "WHERE k.interchange_id = ?1", NULL);
  char *text = NULL;

  if (stmt == NULL)
    return g_strdup ("?");
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *comune = (const char *) sqlite3_column_text (stmt, 2);

      if (sqlite3_column_int (stmt, 0) == 1)
        text = g_strdup_printf (_("the list “%s” of %s"), name ? name : "", comune);
      else
        text = g_strdup_printf (_("the mayoral candidacy of %s in %s"), name ? name : "", comune);
    }
  sqlite3_reset (stmt);
  return text != NULL ? text : g_strdup ("?");
}

static gboolean
claim (CdoStore    *self,
       GHashTable  *taken,
       const char  *id,
       const char  *what,
       GError     **error)
{
  gpointer holder = g_hash_table_lookup (taken, id != NULL ? id : "");

  if (id == NULL || *id == '\0')
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                   _("%s has no id: nothing was changed. Every list and mayoral candidacy "
                     "needs an id of its own."), what);
      return FALSE;
    }
  if (holder == TAKEN_IN_FILE)
    {
      g_autofree char *existing = describe_holder (self, id);

      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                   _("The district file already has the id “%s”, for %s: nothing was changed. "
                     "Every list and mayoral candidacy needs an id of its own."), id, existing);
      return FALSE;
    }
  if (holder == TAKEN_IN_CHANGE)
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                   _("The id “%s” is given twice: nothing was changed. Every list and mayoral "
                     "candidacy needs an id of its own."), id);
      return FALSE;
    }
  g_hash_table_insert (taken, g_strdup (id), TAKEN_IN_CHANGE);
  return TRUE;
}

gboolean
_cdo_store_ids_claim_list (CdoStore          *self,
                           GHashTable        *taken,
                           CdoCandidateList  *list,
                           GError           **error)
{
  g_autofree char *what = g_strdup_printf (_("The list “%s”"), list->name ? list->name : "");

  return claim (self, taken, list->id, what, error);
}

gboolean
_cdo_store_ids_claim_candidacy (CdoStore      *self,
                                GHashTable    *taken,
                                CdoCandidacy  *candidacy,
                                GError       **error)
{
  g_autofree char *what = NULL;

  if (candidacy->mayor != NULL)
    what = g_strdup_printf (_("The mayoral candidacy of %s %s"),
                            candidacy->mayor->surname ? candidacy->mayor->surname : "",
                            candidacy->mayor->given_names ? candidacy->mayor->given_names : "");
  else
    what = g_strdup (_("A mayoral candidacy"));
  if (!claim (self, taken, candidacy->id, what, error))
    return FALSE;
  for (guint i = 0; i < candidacy->lists->len; i++)
    if (!_cdo_store_ids_claim_list (self, taken, g_ptr_array_index (candidacy->lists, i), error))
      return FALSE;
  return TRUE;
}

gboolean
_cdo_store_ids_claim_comune (CdoStore         *self,
                             GHashTable       *taken,
                             CdoComuneRecord  *comune,
                             GError          **error)
{
  for (guint i = 0; i < comune->candidacies->len; i++)
    if (!_cdo_store_ids_claim_candidacy (self, taken, g_ptr_array_index (comune->candidacies, i),
                                         error))
      return FALSE;
  for (guint i = 0; i < comune->lists->len; i++)
    if (!_cdo_store_ids_claim_list (self, taken, g_ptr_array_index (comune->lists, i), error))
      return FALSE;
  return TRUE;
}

/* For a renaming: @id may be the one row @row_id of @table already has. */
gboolean
_cdo_store_ids_check_rename (CdoStore       *self,
                             CdoStoreTable   table,
                             gint64          row_id,
                             const char     *id,
                             const char     *what,
                             GError        **error)
{
  g_autoptr(GHashTable) taken = _cdo_store_ids_read (self, error);
  g_autofree char *sql = g_strdup_printf ("SELECT interchange_id FROM %s WHERE id = ?1",
                                          _cdo_store_table_name (table));
  sqlite3_stmt *stmt;

  if (taken == NULL)
    return FALSE;
  stmt = _cdo_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_remove (taken, sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return claim (self, taken, id, what, error);
}
