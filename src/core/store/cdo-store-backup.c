/* cdo-store-backup.c: the copy made on every open, and "save a copy"
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both copies are written under a ".partial" name, synced to disk and only then given
 * their real name, so that a copy that exists is a complete one.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cdo-store-private.h"

#define BACKUPS_KEPT 5
#define BACKUP_INFIX ".backup-"
#define PARTIAL_SUFFIX ".partial"

static void
set_copy_error (const char  *destination,
                const char  *detail,
                GError     **error)
{
  g_autofree char *name = g_path_get_basename (destination);

  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
               _("The copy “%s” could not be written (%s). The district file itself is "
                 "unchanged."), name, detail);
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDWR | O_CLOEXEC, 0);
  gboolean synced;

  if (fd < 0)
    {
      set_copy_error (path, g_strerror (errno), error);
      return FALSE;
    }
  synced = fsync (fd) == 0;
  if (!synced)
    set_copy_error (path, g_strerror (errno), error);
  close (fd);
  return synced;
}

/* Gives the partial copy its name, refusing to replace anything: link() fails on an
 * existing name; where there are no hard links, rename after a check. */
static gboolean
publish (const char  *partial,
         const char  *destination,
         GError     **error)
{
  g_autofree char *name = g_path_get_basename (destination);

  if (!sync_file (partial, error))
    return FALSE;
  if (link (partial, destination) == 0)
    {
      g_unlink (partial);
      return TRUE;
    }
  if (errno != EEXIST && !g_file_test (destination, G_FILE_TEST_EXISTS)
      && g_rename (partial, destination) == 0)
    return TRUE;
  g_unlink (partial);
  if (g_file_test (destination, G_FILE_TEST_EXISTS))
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                 _("“%s” already exists: choose another name for the copy."), name);
  else
    set_copy_error (destination, g_strerror (errno), error);
  return FALSE;
}

/* The page-by-page copy of SQLite's backup API: faster than VACUUM INTO, and the copy
 * is exactly the file as it was opened. */
static gboolean
backup_to (CdoStore    *self,
           const char  *partial,
           GError     **error)
{
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc = sqlite3_open_v2 (partial, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (copy, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (copy);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  if (rc != SQLITE_OK)
    set_copy_error (partial, sqlite3_errstr (rc), error);
  sqlite3_close (copy);
  return rc == SQLITE_OK;
}

static char *
new_backup_path (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *candidate = g_strconcat (path, BACKUP_INFIX, stamp, NULL);

  /* Two opens within a second: "-2", "-3"… sort after the plain name. */
  for (guint n = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s%s%s-%u", path, BACKUP_INFIX, stamp, n);
    }
  return candidate;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* "20260524" of "district.circondario.backup-20260524-091200-2". */
static char *
backup_day (const char *backup,
            gsize       prefix_length)
{
  const char *base = strrchr (backup, G_DIR_SEPARATOR);

  base = base != NULL ? base + 1 : backup;
  return strlen (base) >= prefix_length + 8 ? g_strndup (base + prefix_length, 8) : g_strdup ("");
}

/* Keeps the newest copies (their names sort by time), and of older ones the last of each
 * day, so that however many times a day the file is opened (a script undoing one change
 * after the other opens it each time) the state of every earlier day can still be found.
 * Removes partial copies, which only a process killed while copying leaves behind: this
 * one holds the lock. */
static void
prune_backups (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, BACKUP_INFIX, NULL);
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *entry;

  if (dir == NULL)
    return;
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = NULL;

      if (!g_str_has_prefix (entry, prefix))
        continue;
      full = g_build_filename (folder, entry, NULL);
      if (g_str_has_suffix (entry, PARTIAL_SUFFIX))
        g_unlink (full);
      else
        g_ptr_array_add (backups, g_steal_pointer (&full));
    }
  g_ptr_array_sort (backups, compare_names);
  for (guint i = 0; i + BACKUPS_KEPT < backups->len; i++)
    {
      g_autofree char *day = backup_day (g_ptr_array_index (backups, i), strlen (prefix));
      g_autofree char *next_day = backup_day (g_ptr_array_index (backups, i + 1),
                                              strlen (prefix));

      /* The last copy of its day stays. */
      if (!g_str_equal (day, next_day))
        continue;
      g_unlink (g_ptr_array_index (backups, i));
    }
}

/* The newest copy made on open, or NULL. */
static char *
newest_backup (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, BACKUP_INFIX, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *newest = NULL;
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (entry, prefix) && !g_str_has_suffix (entry, PARTIAL_SUFFIX)
        && (newest == NULL || strcmp (entry, newest) > 0))
      {
        g_free (newest);
        newest = g_strdup (entry);
      }
  return newest != NULL ? g_build_filename (folder, newest, NULL) : NULL;
}

static gboolean
same_contents (const char *a,
               const char *b)
{
  g_autoptr(GMappedFile) first = g_mapped_file_new (a, FALSE, NULL);
  g_autoptr(GMappedFile) second = first != NULL ? g_mapped_file_new (b, FALSE, NULL) : NULL;
  gsize length;

  if (first == NULL || second == NULL)
    return FALSE;
  length = g_mapped_file_get_length (first);
  return length == g_mapped_file_get_length (second)
         && (length == 0 || memcmp (g_mapped_file_get_contents (first),
                                    g_mapped_file_get_contents (second), length) == 0);
}

gboolean
_cdo_store_backup_on_open (CdoStore  *self,
                           GError   **error)
{
  g_autofree char *destination = new_backup_path (self->path);
  g_autofree char *partial = g_strconcat (destination, PARTIAL_SUFFIX, NULL);
  g_autofree char *newest = newest_backup (self->path);

  /* Opened again with nothing changed since the last copy: that copy is this file. */
  if (newest != NULL && same_contents (self->path, newest))
    return TRUE;
  g_unlink (partial);
  if (!backup_to (self, partial, error) || !publish (partial, destination, error))
    {
      g_unlink (partial);
      return FALSE;
    }
  prune_backups (self->path);
  return TRUE;
}

/* A read-only handle keeps its read transaction open, and SQLite refuses VACUUM inside a
 * transaction: a second read-only connection makes the copy. The handle's read lock keeps
 * any writer from committing meanwhile, so the copy holds exactly what the handle reads. */
static gboolean
vacuum_read_only (CdoStore    *self,
                  const char  *partial,
                  const char  *destination,
                  GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "VACUUM INTO ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, partial, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      set_copy_error (destination, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc), error);
      g_unlink (partial);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return rc == SQLITE_DONE;
}

gboolean
cdo_store_save_copy (CdoStore    *store,
                     const char  *destination,
                     GError     **error)
{
  g_autofree char *partial = NULL;
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);
  g_return_val_if_fail (!store->change.active, FALSE);

  name = g_path_get_basename (destination);
  if (g_file_test (destination, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                   _("“%s” already exists: choose another name for the copy."), name);
      return FALSE;
    }
  partial = g_strconcat (destination, PARTIAL_SUFFIX, NULL);
  g_unlink (partial);
  if (store->read_only)
    return vacuum_read_only (store, partial, destination, error)
           && publish (partial, destination, error);
  stmt = _cdo_store_prepare (store, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, partial, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      set_copy_error (destination, sqlite3_errmsg (store->db), error);
      sqlite3_reset (stmt);
      g_unlink (partial);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return publish (partial, destination, error);
}
