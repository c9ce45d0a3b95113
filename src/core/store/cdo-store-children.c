/* cdo-store-children.c: delegates, signatories, mayor's terms and links
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These records have no order column: they are kept in row id order, which is the order
 * they were given in. Rewriting them (a desk edit) updates rows in place rather than
 * deleting and inserting all of them, so that the journal shows what really changed.
 */
#define G_LOG_DOMAIN "cdo-store"

#include "cdo-store-children.h"

static gint64 *
record_row_id (gpointer item)
{
  /* Every record struct of cdo-district.h that has a row id has it first. */
  return (gint64 *) item;
}

static void
bind_delegate (sqlite3_stmt  *stmt,
               gconstpointer  item)
{
  const CdoDelegate *delegate = item;

  _cdo_store_bind_text (stmt, ":surname", delegate->surname);
  _cdo_store_bind_text (stmt, ":given_names", delegate->given_names);
}

static const char *const delegate_columns[] = { "surname", "given_names", NULL };

const CdoStoreChildKind cdo_store_delegates = {
  CDO_STORE_TABLE_DELEGATE, delegate_columns, bind_delegate, record_row_id,
};

static void
bind_signatory (sqlite3_stmt  *stmt,
                gconstpointer  item)
{
  const CdoSignatory *signatory = item;

  _cdo_store_bind_text (stmt, ":surname", signatory->surname);
  _cdo_store_bind_text (stmt, ":given_names", signatory->given_names);
  _cdo_store_bind_date (stmt, ":born", &signatory->born);
  _cdo_store_bind_date (stmt, ":authenticated", &signatory->authenticated);
}

static const char *const signatory_columns[] = {
  "surname", "given_names", "born", "authenticated", NULL,
};

const CdoStoreChildKind cdo_store_signatories = {
  CDO_STORE_TABLE_SIGNATORY, signatory_columns, bind_signatory, record_row_id,
};

static void
bind_mayor_term (sqlite3_stmt  *stmt,
                 gconstpointer  item)
{
  const CdoMayorTerm *term = item;

  _cdo_store_bind_date (stmt, ":from_day", &term->from);
  _cdo_store_bind_date (stmt, ":to_day", &term->to);
  _cdo_store_bind_text (stmt, ":ended", cdo_term_end_to_string (term->ended));
}

static const char *const mayor_term_columns[] = { "from_day", "to_day", "ended", NULL };

const CdoStoreChildKind cdo_store_mayor_terms = {
  CDO_STORE_TABLE_MAYOR_TERM, mayor_term_columns, bind_mayor_term, record_row_id,
};

static void
bind_mayor_link (sqlite3_stmt  *stmt,
                 gconstpointer  item)
{
  _cdo_store_bind_text (stmt, ":list_id", item);
}

static const char *const mayor_link_columns[] = { "list_id", NULL };

const CdoStoreChildKind cdo_store_mayor_links = {
  CDO_STORE_TABLE_MAYOR_LINK, mayor_link_columns, bind_mayor_link, NULL,
};

static gboolean
insert_child (CdoStore                *self,
              const CdoStoreChildKind *kind,
              const char              *owner_parameter,
              gint64                   owner_id,
              gpointer                 item,
              GError                 **error)
{
  sqlite3_stmt *stmt = _cdo_store_row_insert_prepare (self, kind->table, error);
  gint64 row_id;

  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_int64 (stmt, owner_parameter, owner_id);
  kind->bind (stmt, item);
  if (!_cdo_store_row_insert_run (self, kind->table, stmt, &row_id, error))
    return FALSE;
  if (kind->row_id != NULL)
    *kind->row_id (item) = row_id;
  return TRUE;
}

gboolean
_cdo_store_children_insert (CdoStore                *self,
                            const CdoStoreChildKind *kind,
                            const char              *owner_column,
                            gint64                   owner_id,
                            GPtrArray               *items,
                            GError                 **error)
{
  char owner_parameter[32];

  g_snprintf (owner_parameter, sizeof owner_parameter, ":%s", owner_column);
  for (guint i = 0; i < items->len; i++)
    if (!insert_child (self, kind, owner_parameter, owner_id, g_ptr_array_index (items, i), error))
      return FALSE;
  return TRUE;
}

static GArray *
stored_children (CdoStore                *self,
                 const CdoStoreChildKind *kind,
                 const char              *owner_column,
                 gint64                   owner_id,
                 GError                 **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ?1 ORDER BY id",
                                          _cdo_store_table_name (kind->table), owner_column);
  sqlite3_stmt *stmt = _cdo_store_prepare (self, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, owner_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
rewrite_child (CdoStore                *self,
               const CdoStoreChildKind *kind,
               gint64                   row_id,
               gpointer                 item,
               GError                 **error)
{
  sqlite3_stmt *stmt = _cdo_store_row_update_prepare (self, kind->table, kind->columns, error);

  if (stmt == NULL)
    return FALSE;
  kind->bind (stmt, item);
  if (!_cdo_store_row_update_run (self, kind->table, stmt, row_id, error))
    return FALSE;
  if (kind->row_id != NULL)
    *kind->row_id (item) = row_id;
  return TRUE;
}

gboolean
_cdo_store_children_sync (CdoStore                *self,
                          const CdoStoreChildKind *kind,
                          const char              *owner_column,
                          gint64                   owner_id,
                          GPtrArray               *items,
                          GError                 **error)
{
  g_autoptr(GArray) stored = stored_children (self, kind, owner_column, owner_id, error);
  char owner_parameter[32];
  guint i;

  if (stored == NULL)
    return FALSE;
  g_snprintf (owner_parameter, sizeof owner_parameter, ":%s", owner_column);
  for (i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gboolean done = i < stored->len
        ? rewrite_child (self, kind, g_array_index (stored, gint64, i), item, error)
        : insert_child (self, kind, owner_parameter, owner_id, item, error);

      if (!done)
        return FALSE;
    }
  for (; i < stored->len; i++)
    if (!_cdo_store_row_delete (self, kind->table, g_array_index (stored, gint64, i), error))
      return FALSE;
  return TRUE;
}
