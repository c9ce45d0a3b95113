/* cdo-store-row.c: insert, update and delete one row, journaled with its images
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change to a data table goes through here, so that no row changes without its
 * journal entry. The images come from the statement itself where SQLite can give them
 * (INSERT … RETURNING gives the new row, DELETE … RETURNING the old one); only an update
 * reads the row first. An update that changes nothing is not journaled.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-store-private.h"

void
_cdo_store_set_not_found (CdoStoreTable   table,
                          gint64          row_id,
                          GError        **error)
{
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, row_id);

  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_FOUND,
               _("There is no %s with row number %s in the district file."),
               _cdo_store_table_label (table), row);
}

/* Steps a statement that returns at most one image (in @column), to its end. */
static gboolean
step_image (CdoStore      *self,
            sqlite3_stmt  *stmt,
            int            column,
            gint64        *out_row_id,
            char         **out_image,
            GError       **error)
{
  int rc = sqlite3_step (stmt);

  *out_image = NULL;
  if (rc == SQLITE_ROW)
    {
      if (out_row_id != NULL)
        *out_row_id = sqlite3_column_int64 (stmt, 0);
      *out_image = _cdo_store_column_dup (stmt, column);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      g_clear_pointer (out_image, g_free);
      _cdo_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_cdo_store_row_image (CdoStore       *self,
                      CdoStoreTable   table,
                      gint64          row_id,
                      char          **out_image,
                      GError        **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, self->tables[table].select_sql, error);

  *out_image = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  return step_image (self, stmt, 0, NULL, out_image, error);
}

/* The caller binds the columns by name (":surname"); unbound ones are NULL. */
sqlite3_stmt *
_cdo_store_row_insert_prepare (CdoStore       *self,
                               CdoStoreTable   table,
                               GError        **error)
{
  return _cdo_store_prepare (self, self->change.bulk ? self->tables[table].bulk_sql
                                                    : self->tables[table].insert_sql, error);
}

gboolean
_cdo_store_row_insert_run (CdoStore       *self,
                           CdoStoreTable   table,
                           sqlite3_stmt   *stmt,
                           gint64         *out_row_id,
                           GError        **error)
{
  g_autofree char *after = NULL;
  gint64 row_id = 0;

  if (self->change.bulk)
    {
      if (!_cdo_store_step_done (self, stmt, error))
        return FALSE;
      if (out_row_id != NULL)
        *out_row_id = sqlite3_last_insert_rowid (self->db);
      return TRUE;
    }
  if (!step_image (self, stmt, 1, &row_id, &after, error))
    return FALSE;
  g_assert (after != NULL);
  if (out_row_id != NULL)
    *out_row_id = row_id;
  return _cdo_store_journal_append (self, table, row_id, "insert", NULL, after, error);
}

/* "UPDATE t SET a = :a, b = :b WHERE id = :id RETURNING image"; the caller binds the
 * columns it names. */
sqlite3_stmt *
_cdo_store_row_update_prepare (CdoStore           *self,
                               CdoStoreTable       table,
                               const char *const  *columns,
                               GError            **error)
{
  g_autoptr(GString) sql = g_string_new ("UPDATE ");

  g_string_append_printf (sql, "%s SET ", _cdo_store_table_name (table));
  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (sql, "%s%s = :%s", i > 0 ? ", " : "", columns[i], columns[i]);
  g_string_append_printf (sql, " WHERE id = :id RETURNING %s", self->tables[table].image);
  return _cdo_store_prepare (self, sql->str, error);
}

gboolean
_cdo_store_row_update_run (CdoStore       *self,
                           CdoStoreTable   table,
                           sqlite3_stmt   *stmt,
                           gint64          row_id,
                           GError        **error)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert (!self->change.bulk);
  if (!_cdo_store_row_image (self, table, row_id, &before, error))
    return FALSE;
  if (before == NULL)
    {
      _cdo_store_set_not_found (table, row_id, error);
      return FALSE;
    }
  _cdo_store_bind_int64 (stmt, ":id", row_id);
  if (!step_image (self, stmt, 0, NULL, &after, error))
    return FALSE;
  g_assert (after != NULL);
  if (g_str_equal (before, after))
    return TRUE;
  return _cdo_store_journal_append (self, table, row_id, "update", before, after, error);
}

gboolean
_cdo_store_row_set_int64 (CdoStore       *self,
                          CdoStoreTable   table,
                          gint64          row_id,
                          const char     *column,
                          gint64          value,
                          GError        **error)
{
  const char *const columns[] = { column, NULL };
  g_autofree char *parameter = g_strconcat (":", column, NULL);
  sqlite3_stmt *stmt = _cdo_store_row_update_prepare (self, table, columns, error);

  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_int64 (stmt, parameter, value);
  return _cdo_store_row_update_run (self, table, stmt, row_id, error);
}

gboolean
_cdo_store_row_delete (CdoStore       *self,
                       CdoStoreTable   table,
                       gint64          row_id,
                       GError        **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, self->tables[table].delete_sql, error);
  g_autofree char *before = NULL;

  g_assert (!self->change.bulk);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  if (!step_image (self, stmt, 0, NULL, &before, error))
    return FALSE;
  if (before == NULL)
    {
      _cdo_store_set_not_found (table, row_id, error);
      return FALSE;
    }
  return _cdo_store_journal_append (self, table, row_id, "delete", before, NULL, error);
}

static void
set_conflict (CdoStoreTable   table,
              gint64          row_id,
              GError        **error)
{
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, row_id);

  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_CONFLICT,
               _("The %s with row number %s is not as this change left it: it was changed "
                 "outside Circondario. Nothing was changed; run “verify” to see what differs."),
               _cdo_store_table_label (table), row);
}

/* Puts a row back to @image (NULL: removes it), provided it is now exactly @expected
 * (NULL: absent). This is undo and redo: both only ever move a row between two images
 * the journal has recorded. */
gboolean
_cdo_store_row_restore (CdoStore       *self,
                        CdoStoreTable   table,
                        gint64          row_id,
                        const char     *expected,
                        const char     *image,
                        GError        **error)
{
  g_autofree char *current = NULL;
  g_autofree char *after = NULL;
  sqlite3_stmt *stmt;

  if (!_cdo_store_row_image (self, table, row_id, &current, error))
    return FALSE;
  if (g_strcmp0 (current, expected) != 0)
    {
      set_conflict (table, row_id, error);
      return FALSE;
    }
  if (image == NULL)
    return _cdo_store_row_delete (self, table, row_id, error);
  stmt = _cdo_store_prepare (self, current == NULL ? self->tables[table].restore_sql
                                                   : self->tables[table].reset_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, image, -1, SQLITE_TRANSIENT);
  if (current != NULL)
    sqlite3_bind_int64 (stmt, 2, row_id);
  if (!step_image (self, stmt, 0, NULL, &after, error))
    return FALSE;
  /* The image must come back byte for byte, or the journal would record a row that
   * differs from the one being restored. */
  if (g_strcmp0 (after, image) != 0)
    {
      set_conflict (table, row_id, error);
      return FALSE;
    }
  return _cdo_store_journal_append (self, table, row_id, current == NULL ? "insert" : "update",
                                    current, after, error);
}
