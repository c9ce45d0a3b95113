/* cdo-store.c: creating, opening and closing a district file
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening goes: the lock file; SQLite in exclusive locking mode with a rollback journal
 * and synchronous=FULL (a change is on disk when its call returns; an interrupted one is
 * rolled back on the next open); is it ours, is it too new, is it intact; the backup
 * copy, before anything is written; then the migration of an older format.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cdo-store-private.h"

G_DEFINE_QUARK (cdo-store-error-quark, cdo_store_error)

static CdoStore *
store_new (const char *path,
           const char *actor)
{
  CdoStore *self = g_new0 (CdoStore, 1);

  self->path = g_strdup (path);
  self->actor = g_strdup (actor != NULL && *actor != '\0' ? actor : g_get_user_name ());
  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  self->hash_input = g_string_sized_new (1024);
  self->undo_steps = g_ptr_array_new_with_free_func (_cdo_store_step_free);
  self->redo_steps = g_ptr_array_new_with_free_func (_cdo_store_step_free);
  memset (self->head, '0', CDO_STORE_HASH_LENGTH);
  return self;
}

void
cdo_store_close (CdoStore *store)
{
  if (store == NULL)
    return;
  if (store->change.active)
    _cdo_store_change_rollback (store);
  _cdo_store_forget_statements (store);
  _cdo_store_tables_clear (store);
  if (store->db != NULL)
    sqlite3_close (store->db);
  cdo_store_lock_release (store->lock);
  g_checksum_free (store->checksum);
  g_string_free (store->hash_input, TRUE);
  g_ptr_array_unref (store->undo_steps);
  g_ptr_array_unref (store->redo_steps);
  g_free (store->path);
  g_free (store->actor);
  g_free (store);
}

static gboolean
open_database (CdoStore  *self,
               int        flags,
               GError   **error)
{
  int rc = sqlite3_open_v2 (self->path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  return _cdo_store_register_functions (self, error);
}

/* Exclusive locking mode keeps SQLite's lock from the first write until the file is
 * closed: the empty exclusive transaction takes it at once. */
static gboolean
configure_for_writing (CdoStore  *self,
                       GError   **error)
{
  int rc = sqlite3_exec (self->db,
                         "PRAGMA locking_mode = EXCLUSIVE;"
                         "PRAGMA journal_mode = DELETE;"
                         "PRAGMA synchronous = FULL;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA cache_size = -65536;"
                         "BEGIN EXCLUSIVE; COMMIT;", NULL, NULL, NULL);

  /* The lock file is ours by now: whoever holds SQLite's lock took no lock file (a
   * verify reading the file, another program). */
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      g_autofree char *name = g_path_get_basename (self->path);

      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED,
                   _("“%s” is being read by another program (a check of the file, perhaps). "
                     "Try again when it has finished."), name);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static int
pragma_int (CdoStore   *self,
            const char *sql,
            int        *out_rc)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;

  *out_rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (*out_rc == SQLITE_OK)
    {
      *out_rc = sqlite3_step (stmt);
      if (*out_rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          *out_rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return value;
}

static char *
written_by (CdoStore *self)
{
  sqlite3_stmt *stmt = NULL;
  char *version = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT value FROM meta WHERE key = 'written_by'", -1,
                          &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = _cdo_store_column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  return version != NULL ? version : g_strdup (_("a newer version"));
}

/* Ours, not too new, intact. *out_version is the file's format version. */
static gboolean
check_file (CdoStore  *self,
            int       *out_version,
            GError   **error)
{
  g_autofree char *name = g_path_get_basename (self->path);
  int rc;
  int application_id = pragma_int (self, "PRAGMA application_id", &rc);

  if (rc == SQLITE_OK)
    *out_version = pragma_int (self, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (application_id != CDO_STORE_APPLICATION_ID || *out_version < 1)
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_A_DISTRICT,
                   _("“%s” is not a Circondario district file."), name);
      return FALSE;
    }
  if (*out_version > _cdo_store_schema_version ())
    {
      g_autofree char *version = written_by (self);

      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NEWER_FORMAT,
                   _("“%s” was written by Circondario %s, which is newer than this one (%s). "
                     "Update Circondario to open it; the file was not changed."),
                   name, version, PACKAGE_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_integrity (CdoStore  *self,
                 GError   **error)
{
  g_autofree char *name = g_path_get_basename (self->path);
  g_autofree char *problem = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    problem = _cdo_store_column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (g_strcmp0 (problem, "ok") != 0)
    {
      /* SQLite's own words ("Page 5: btreeInitPage() returns error code 11") help a
       * developer, not a commission. */
      g_debug ("integrity_check of %s: %s", self->path, problem);
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: its contents are not what Circondario wrote. Open the "
                     "newest copy beside it (“%s.backup-…”) instead, and keep the damaged file "
                     "for the record."),
                   name, name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
finish_opening (CdoStore  *self,
                int        version,
                GError   **error)
{
  if (!_cdo_store_tables_describe (self, error)
      || !_cdo_store_journal_read_state (self, error))
    return FALSE;
  if (!self->read_only && version < _cdo_store_schema_version ()
      && !_cdo_store_schema_upgrade (self, version, error))
    return FALSE;
  self->on_network_share = _cdo_store_path_is_on_network_share (self->path);
  return TRUE;
}

static gboolean
check_exists (const char  *path,
              GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
               _("“%s” does not exist, or is not a file."), name);
  return FALSE;
}

CdoStore *
cdo_store_open (const char  *path,
                const char  *actor,
                GError     **error)
{
  g_autoptr(CdoStore) self = NULL;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_exists (path, error))
    return NULL;
  self = store_new (path, actor);
  self->lock = cdo_store_lock_acquire (path, self->actor, error);
  if (self->lock == NULL
      || !open_database (self, SQLITE_OPEN_READWRITE, error)
      || !configure_for_writing (self, error)
      || !check_file (self, &version, error)
      || !check_integrity (self, error)
      || !_cdo_store_backup_on_open (self, error)
      || !finish_opening (self, version, error))
    return NULL;
  return g_steal_pointer (&self);
}

CdoStore *
cdo_store_open_read_only (const char  *path,
                          GError     **error)
{
  g_autoptr(CdoStore) self = NULL;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_exists (path, error))
    return NULL;
  self = store_new (path, NULL);
  self->read_only = TRUE;
  if (!open_database (self, SQLITE_OPEN_READONLY, error))
    return NULL;
  /* One read transaction for all the checks, so that the file cannot change under them;
   * a hot journal (an interrupted change) needs a writer to roll it back first. */
  rc = sqlite3_exec (self->db, "BEGIN; SELECT count(*) FROM sqlite_schema;", NULL, NULL, NULL);
  if (rc == SQLITE_READONLY_ROLLBACK)
    {
      g_autofree char *name = g_path_get_basename (path);

      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED,
                   _("“%s” holds a change that was interrupted while it was being saved. Open "
                     "it in Circondario once, which completes the recovery, then try again."),
                   name);
      return NULL;
    }
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      cdo_store_lock_set_busy_error (path, error);
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  if (!check_file (self, &version, error)
      || !check_integrity (self, error)
      || !finish_opening (self, version, error))
    return NULL;
  return g_steal_pointer (&self);
}

static gboolean
create_schema (CdoStore  *self,
               GError   **error)
{
  if (!_cdo_store_exec (self, "BEGIN", error))
    return FALSE;
  if (!_cdo_store_schema_create (self, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return _cdo_store_exec (self, "COMMIT", error);
}

CdoStore *
cdo_store_create (const char  *path,
                  const char  *actor,
                  GError     **error)
{
  g_autoptr(CdoStore) self = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);
  self = store_new (path, actor);
  self->lock = cdo_store_lock_acquire (path, self->actor, error);
  if (self->lock == NULL)
    return NULL;
  /* Checked under the lock, so that two workstations cannot both create it. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                   _("“%s” already exists: choose another name for the new district file."), name);
      return NULL;
    }
  if (!open_database (self, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error)
      || !configure_for_writing (self, error)
      || !create_schema (self, error)
      || !finish_opening (self, _cdo_store_schema_version (), error))
    {
      /* Nothing of value can be in it: it did not exist a moment ago. */
      _cdo_store_forget_statements (self);
      sqlite3_close (self->db);
      self->db = NULL;
      g_unlink (path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
cdo_store_get_path (CdoStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->path;
}

const char *
cdo_store_get_journal_head (CdoStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->head;
}

gint64
cdo_store_get_journal_length (CdoStore *store)
{
  g_return_val_if_fail (store != NULL, 0);
  return store->length;
}

gboolean
cdo_store_is_on_network_share (CdoStore *store)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return store->on_network_share;
}
