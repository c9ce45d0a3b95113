/* cdo-store-sql.c: prepared statements, binding by name, and SQLite errors in words
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-store-private.h"

/* hex() is built in, unhex() only arrives in SQLite 3.41: the row images keep BLOBs as
 * hex text, and undo needs the bytes back. */
static void
unhex_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  size_t length;
  guint8 *bytes;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  length = strlen (text);
  if (length % 2 != 0)
    {
      sqlite3_result_error (context, "cdo_unhex: odd length", -1);
      return;
    }
  bytes = g_malloc (length / 2 + 1);
  for (size_t i = 0; i < length / 2; i++)
    {
      int high = g_ascii_xdigit_value (text[2 * i]);
      int low = g_ascii_xdigit_value (text[2 * i + 1]);

      if (high < 0 || low < 0)
        {
          g_free (bytes);
          sqlite3_result_error (context, "cdo_unhex: not hexadecimal", -1);
          return;
        }
      bytes[i] = (guint8) (high * 16 + low);
    }
  sqlite3_result_blob64 (context, bytes, length / 2, g_free);
}

gboolean
_cdo_store_register_functions (CdoStore  *self,
                               GError   **error)
{
  int rc = sqlite3_create_function_v2 (self->db, "cdo_unhex", 1,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                       NULL, unhex_function, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
_cdo_store_set_sqlite_error (CdoStore  *self,
                             int        rc,
                             GError   **error)
{
  g_autofree char *name = g_path_get_basename (self->path);
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_A_DISTRICT,
                   _("“%s” is not a Circondario district file."), name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Open the newest copy beside it "
                     "(“%s.backup-…”) instead, and keep the damaged file for the record."),
                   name, detail, name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED,
                   _("“%s” is in use by another program. Close it there and try again."), name);
      break;
    case SQLITE_FULL:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
                   _("The disk holding “%s” is full: the change was not saved. "
                     "Free some space and try again."), name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
                   _("“%s” cannot be written: the file or its folder is read-only. "
                     "The change was not saved."), name);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
                   _("“%s” cannot be opened (%s)."), name, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the district file (%s): it was not saved."),
                   detail);
      break;
    case SQLITE_IOERR:
    default:
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
                   _("“%s” could not be read or written (%s): the change was not saved."),
                   name, detail);
      break;
    }
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

/* Statements are prepared once per handle and kept: an import runs the same few
 * INSERTs a hundred thousand times. The returned statement is reset and unbound. */
sqlite3_stmt *
_cdo_store_prepare (CdoStore    *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (self->statements == NULL)
    self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
_cdo_store_forget_statements (CdoStore *self)
{
  g_clear_pointer (&self->statements, g_hash_table_unref);
}

gboolean
_cdo_store_exec (CdoStore    *self,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Runs a statement that returns no rows, and resets it. */
gboolean
_cdo_store_step_done (CdoStore      *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static int
parameter (sqlite3_stmt *stmt,
           const char   *name)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  g_assert (index > 0);
  return index;
}

void
_cdo_store_bind_text (sqlite3_stmt *stmt,
                      const char   *name,
                      const char   *value)
{
  sqlite3_bind_text (stmt, parameter (stmt, name), value, -1, SQLITE_TRANSIENT);
}

void
_cdo_store_bind_int64 (sqlite3_stmt *stmt,
                       const char   *name,
                       gint64        value)
{
  sqlite3_bind_int64 (stmt, parameter (stmt, name), value);
}

/* A reference to another row: 0 (no row) is stored as NULL. */
void
_cdo_store_bind_id (sqlite3_stmt *stmt,
                    const char   *name,
                    gint64        row_id)
{
  if (row_id == 0)
    sqlite3_bind_null (stmt, parameter (stmt, name));
  else
    sqlite3_bind_int64 (stmt, parameter (stmt, name), row_id);
}

void
_cdo_store_bind_bytes (sqlite3_stmt *stmt,
                       const char   *name,
                       GBytes       *bytes)
{
  gsize size = 0;
  gconstpointer data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

  if (bytes == NULL)
    sqlite3_bind_null (stmt, parameter (stmt, name));
  else if (size == 0)
    sqlite3_bind_zeroblob (stmt, parameter (stmt, name), 0);
  else
    sqlite3_bind_blob64 (stmt, parameter (stmt, name), data, size, SQLITE_TRANSIENT);
}

/* Days are ISO text ("2021-10-03"), an invalid GDate is NULL. */
void
_cdo_store_bind_date (sqlite3_stmt *stmt,
                      const char   *name,
                      const GDate  *date)
{
  char text[16];

  if (date == NULL || !g_date_valid (date))
    {
      sqlite3_bind_null (stmt, parameter (stmt, name));
      return;
    }
  g_snprintf (text, sizeof text, "%04u-%02u-%02u",
              g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
  sqlite3_bind_text (stmt, parameter (stmt, name), text, -1, SQLITE_TRANSIENT);
}

char *
_cdo_store_column_dup (sqlite3_stmt *stmt,
                       int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
_cdo_store_column_date (sqlite3_stmt *stmt,
                        int           column,
                        GDate        *out_date)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL || !cdo_date_parse_iso (text, out_date))
    g_date_clear (out_date, 1);
}
