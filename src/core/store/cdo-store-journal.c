/* cdo-store-journal.c: change sets, and the hash chain over the journal
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A change set is one SQLite transaction: every row it touches gets one journal entry,
 * appended in the same transaction, so that the data and their journal are saved
 * together or not at all. The change set's own fields (kind, time, actor, description)
 * are a change_set row, written with its first entry. Each entry's hash is SHA-256 over
 * its fields, its change set's and the previous entry's hash; the newest hash (the
 * head) is what printed documents carry.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-store-private.h"

static const char *const kind_names[] = { "edit", "import", "undo", "redo", "migrate" };

static const char zero_hash[CDO_STORE_HASH_LENGTH + 1] =
  "0000000000000000000000000000000000000000000000000000000000000000";

static gboolean
change_kind_from_name (const char         *name,
                       CdoStoreChangeKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *out_kind = (CdoStoreChangeKind) i;
        return TRUE;
      }
  return FALSE;
}

/* The hashed bytes: each field in the order of CdoStoreJournalEntry, numbers in decimal,
 * written as "<byte length>:<bytes>", and a missing value as "-". No field can then run
 * into the next, and anyone can recompute a hash from the table with a short script. */
static void
hash_field (GString    *bytes,
            const char *text)
{
  char prefix[32];
  char *digit = prefix + sizeof prefix;
  gsize length, rest;

  if (text == NULL)
    {
      g_string_append_c (bytes, '-');
      return;
    }
  /* "<length>:", written backwards by hand: printf shows in the profile of an import,
   * which hashes a hundred thousand entries. */
  length = rest = strlen (text);
  *--digit = ':';
  do
    *--digit = (char) ('0' + rest % 10);
  while ((rest /= 10) > 0);
  g_string_append_len (bytes, digit, prefix + sizeof prefix - digit);
  g_string_append_len (bytes, text, (gssize) length);
}

static void
hash_number (GString *bytes,
             gint64   value)
{
  char text[32];
  char *digit = text + sizeof text;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  *--digit = '\0';
  do
    *--digit = (char) ('0' + magnitude % 10);
  while ((magnitude /= 10) > 0);
  if (value < 0)
    *--digit = '-';
  hash_field (bytes, digit);
}

void
_cdo_store_hash_to_hex (const guint8 *hash,
                        char          out[CDO_STORE_HASH_LENGTH + 1])
{
  static const char digits[] = "0123456789abcdef";

  for (guint i = 0; i < CDO_STORE_HASH_BYTES; i++)
    {
      out[2 * i] = digits[hash[i] >> 4];
      out[2 * i + 1] = digits[hash[i] & 0xf];
    }
  out[CDO_STORE_HASH_LENGTH] = '\0';
}

/* The previous hash enters in hex, as printed, so that a reader can recompute a hash
 * from what the documents and the sqlite3 shell (hex(hash)) show. */
void
_cdo_store_journal_hash (CdoStore                   *self,
                         const CdoStoreJournalEntry *entry,
                         guint8                      out[CDO_STORE_HASH_BYTES])
{
  /* Assembled first and hashed in one call: a GChecksum update per field costs more
   * than the hashing itself. */
  GString *bytes = self->hash_input;
  GChecksum *checksum = self->checksum;
  gsize length = CDO_STORE_HASH_BYTES;

  g_string_truncate (bytes, 0);
  hash_number (bytes, entry->seq);
  hash_number (bytes, entry->change_set);
  hash_field (bytes, entry->kind);
  if (entry->reverts != 0)
    hash_number (bytes, entry->reverts);
  else
    hash_field (bytes, NULL);
  hash_field (bytes, entry->at);
  hash_field (bytes, entry->actor);
  hash_field (bytes, entry->description);
  hash_field (bytes, entry->table_name);
  hash_number (bytes, entry->row_id);
  hash_field (bytes, entry->operation);
  hash_field (bytes, entry->before);
  hash_field (bytes, entry->after);
  hash_field (bytes, entry->prev_hash);
  g_checksum_reset (checksum);
  g_checksum_update (checksum, (const guchar *) bytes->str, (gssize) bytes->len);
  g_checksum_get_digest (checksum, out, &length);
  g_assert (length == CDO_STORE_HASH_BYTES);
}

static gboolean
read_max_ids (CdoStore  *self,
              GError   **error)
{
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT ifnull(max(id), 0) FROM %s",
                                              _cdo_store_table_name ((CdoStoreTable) i));
      sqlite3_stmt *stmt = _cdo_store_prepare (self, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      rc = sqlite3_step (stmt);
      self->change.max_ids[i] = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        {
          _cdo_store_set_sqlite_error (self, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

/* An import's rows are journaled after they are all written, table by table (parents
 * first) and by row id: one SELECT per table instead of an image per INSERT … RETURNING,
 * which SQLite builds through a temporary table every time. Row ids only grow
 * (AUTOINCREMENT), so the new rows are those above the largest id before the import. */
static gboolean
journal_new_rows (CdoStore  *self,
                  GError   **error)
{
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id, %s FROM %s WHERE id > ?1 ORDER BY id",
                                              self->tables[i].image,
                                              _cdo_store_table_name ((CdoStoreTable) i));
      sqlite3_stmt *stmt = _cdo_store_prepare (self, sql, error);
      gboolean journaled = TRUE;
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->change.max_ids[i]);
      while (journaled && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        journaled = _cdo_store_journal_append (self, (CdoStoreTable) i, sqlite3_column_int64 (stmt, 0),
                                               "insert", NULL,
                                               (const char *) sqlite3_column_text (stmt, 1), error);
      sqlite3_reset (stmt);
      if (!journaled)
        return FALSE;
      if (rc != SQLITE_DONE)
        {
          _cdo_store_set_sqlite_error (self, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
_cdo_store_change_begin (CdoStore            *self,
                         CdoStoreChangeKind   kind,
                         gint64               reverts,
                         const char          *description,
                         GError             **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert (!self->change.active);
  if (self->read_only)
    {
      g_autofree char *name = g_path_get_basename (self->path);

      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_READ_ONLY,
                   _("“%s” is open for reading only: open it in Circondario to change it."), name);
      return FALSE;
    }
  if (!_cdo_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->change.active = TRUE;
  self->change.set = self->last_change_set + 1;
  self->change.kind = kind;
  self->change.reverts = reverts;
  self->change.at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  self->change.description = g_strdup (description);
  memcpy (self->change.head, self->head, sizeof self->head);
  self->change.length = self->length;
  self->change.bulk = kind == CDO_STORE_CHANGE_IMPORT;
  if (self->change.bulk && !read_max_ids (self, error))
    {
      _cdo_store_change_rollback (self);
      return FALSE;
    }
  return TRUE;
}

static void
change_clear (CdoStore *self)
{
  g_clear_pointer (&self->change.at, g_free);
  g_clear_pointer (&self->change.description, g_free);
  self->change.active = FALSE;
  self->change.bulk = FALSE;
}

void
_cdo_store_change_rollback (CdoStore *self)
{
  g_assert (self->change.active);
  /* A failed COMMIT may already have rolled back by itself. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  change_clear (self);
}

gboolean
_cdo_store_change_commit (CdoStore  *self,
                          GError   **error)
{
  gint64 first_seq = self->length + 1;

  g_assert (self->change.active);
  if (self->change.bulk && !journal_new_rows (self, error))
    {
      _cdo_store_change_rollback (self);
      return FALSE;
    }
  if (!_cdo_store_exec (self, "COMMIT", error))
    {
      _cdo_store_change_rollback (self);
      return FALSE;
    }
  /* An edit that changed nothing leaves no trace, not even in the undo history. */
  if (self->change.length > self->length)
    {
      memcpy (self->head, self->change.head, sizeof self->head);
      self->length = self->change.length;
      self->last_change_set = self->change.set;
      _cdo_store_history_note (self, self->change.kind, self->change.set, self->change.reverts,
                               first_seq, self->length, self->change.description);
    }
  change_clear (self);
  return TRUE;
}

/* Commits when @done, else rolls back (and returns FALSE, @error being set already). */
gboolean
_cdo_store_change_finish (CdoStore  *self,
                          gboolean   done,
                          GError   **error)
{
  if (!done)
    {
      _cdo_store_change_rollback (self);
      return FALSE;
    }
  return _cdo_store_change_commit (self, error);
}

/* The change set's row, written with its first entry: a change set that changed nothing
 * leaves no trace. */
static gboolean
write_change_set (CdoStore  *self,
                  GError   **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "INSERT INTO change_set (id, kind, reverts, at, actor, "
                                           "description, first_seq) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->change.set);
  sqlite3_bind_text (stmt, 2, kind_names[self->change.kind], -1, SQLITE_STATIC);
  if (self->change.reverts != 0)
    sqlite3_bind_int64 (stmt, 3, self->change.reverts);
  sqlite3_bind_text (stmt, 4, self->change.at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->actor, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, self->change.description, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, self->change.length + 1);
  return _cdo_store_step_done (self, stmt, error);
}

gboolean
_cdo_store_journal_append (CdoStore       *self,
                           CdoStoreTable   table,
                           gint64          row_id,
                           const char     *operation,
                           const char     *before,
                           const char     *after,
                           GError        **error)
{
  CdoStoreJournalEntry entry = {
    self->change.length + 1, self->change.set, kind_names[self->change.kind],
    self->change.reverts, self->change.at, self->actor, self->change.description,
    _cdo_store_table_name (table), row_id, operation, before, after, self->change.head,
  };
  guint8 hash[CDO_STORE_HASH_BYTES];
  sqlite3_stmt *stmt;

  g_assert (self->change.active);
  if (self->change.length == self->length && !write_change_set (self, error))
    return FALSE;
  stmt = _cdo_store_prepare (self,
                             "INSERT INTO journal (seq, change_set, table_name, row_id, operation, "
                             "hash, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             error);
  if (stmt == NULL)
    return FALSE;
  _cdo_store_journal_hash (self, &entry, hash);
  sqlite3_bind_int64 (stmt, 1, entry.seq);
  sqlite3_bind_int64 (stmt, 2, entry.change_set);
  sqlite3_bind_text (stmt, 3, entry.table_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, row_id);
  sqlite3_bind_text (stmt, 5, operation, -1, SQLITE_STATIC);
  sqlite3_bind_blob (stmt, 6, hash, sizeof hash, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, before, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, after, -1, SQLITE_STATIC);
  if (!_cdo_store_step_done (self, stmt, error))
    return FALSE;
  _cdo_store_hash_to_hex (hash, self->change.head);
  self->change.length = entry.seq;
  return TRUE;
}

static gboolean
read_head (CdoStore  *self,
           GError   **error)
{
  /* The largest change set id, even of a change set whose entries were cut off by hand:
   * a new one must not reuse it. */
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "SELECT seq, max(change_set, (SELECT max(id) FROM "
                                           "change_set)), hash FROM journal "
                                           "ORDER BY seq DESC LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  memcpy (self->head, zero_hash, sizeof self->head);
  self->length = 0;
  self->last_change_set = 0;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      self->length = sqlite3_column_int64 (stmt, 0);
      self->last_change_set = sqlite3_column_int64 (stmt, 1);
      if (sqlite3_column_bytes (stmt, 2) == CDO_STORE_HASH_BYTES)
        _cdo_store_hash_to_hex (sqlite3_column_blob (stmt, 2), self->head);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  CdoStoreChangeKind  kind;
  gint64              change_set;
  gint64              reverts;
  gint64              first_seq;
  char               *description;
} PendingStep;

/* The undo and redo histories are not stored: they follow from the change sets, replayed
 * through the same rules that kept them while the file was open. A change set's entries
 * end where the next one's begin. */
static gboolean
read_history (CdoStore  *self,
              GError   **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "SELECT id, kind, reverts, first_seq, description "
                                           "FROM change_set ORDER BY id", error);
  PendingStep pending = { 0 };
  gboolean have_pending = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 first_seq = sqlite3_column_int64 (stmt, 3);

      if (have_pending)
        _cdo_store_history_note (self, pending.kind, pending.change_set, pending.reverts,
                                 pending.first_seq, first_seq - 1, pending.description);
      g_clear_pointer (&pending.description, g_free);
      have_pending = change_kind_from_name ((const char *) sqlite3_column_text (stmt, 1),
                                            &pending.kind);
      pending.change_set = sqlite3_column_int64 (stmt, 0);
      pending.reverts = sqlite3_column_int64 (stmt, 2);
      pending.first_seq = first_seq;
      pending.description = _cdo_store_column_dup (stmt, 4);
    }
  sqlite3_reset (stmt);
  if (have_pending && rc == SQLITE_DONE)
    _cdo_store_history_note (self, pending.kind, pending.change_set, pending.reverts,
                             pending.first_seq, self->length, pending.description);
  g_free (pending.description);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_cdo_store_journal_read_state (CdoStore  *self,
                               GError   **error)
{
  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  return read_head (self, error) && read_history (self, error);
}
