/* cdo-store-verify.c: is the journal intact, and do the data follow from it?
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two questions, answered in one pass over the journal. The chain: every entry's hash is
 * recomputed and must link to the previous one, so a journal entry edited by hand is
 * named. The replay: the entries are applied, in order, to an empty (table, row) → image
 * map, which must then equal the data tables row for row, so that a row edited by hand
 * (the sqlite3 shell, say) is named even though the journal itself is intact.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-store-private.h"

static const char zero_hash[CDO_STORE_HASH_LENGTH + 1] =
  "0000000000000000000000000000000000000000000000000000000000000000";

void
_cdo_store_replay_clear (CdoStoreReplay *replay)
{
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    g_clear_pointer (&replay->rows[i], g_hash_table_unref);
  replay->entries = 0;
  replay->first_inconsistent = 0;
}

typedef struct {
  gint64       expected_seq;
  char         prev_hash[CDO_STORE_HASH_LENGTH + 1];
} ChainState;

/* Recomputes the entry's hash from its fields, its change set and the previous entry's
 * stored hash: an entry changed by hand, one removed before it, or a change set changed
 * by hand shows here. */
static void
check_link (CdoStore             *self,
            sqlite3_stmt         *stmt,
            ChainState           *state,
            CdoStoreVerification *chain)
{
  CdoStoreJournalEntry entry = {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
    (const char *) sqlite3_column_text (stmt, 2), sqlite3_column_int64 (stmt, 3),
    (const char *) sqlite3_column_text (stmt, 4), (const char *) sqlite3_column_text (stmt, 5),
    (const char *) sqlite3_column_text (stmt, 6), (const char *) sqlite3_column_text (stmt, 7),
    sqlite3_column_int64 (stmt, 8), (const char *) sqlite3_column_text (stmt, 9),
    (const char *) sqlite3_column_text (stmt, 10), (const char *) sqlite3_column_text (stmt, 11),
    state->prev_hash,
  };
  const guint8 *stored = sqlite3_column_blob (stmt, 12);
  gboolean stored_valid = sqlite3_column_bytes (stmt, 12) == CDO_STORE_HASH_BYTES;
  guint8 hash[CDO_STORE_HASH_BYTES];
  const char *reason = NULL;

  if (chain->first_broken_entry == 0)
    {
      _cdo_store_journal_hash (self, &entry, hash);
      if (entry.seq != state->expected_seq)
        reason = _("the entries just before it are missing");
      else if (entry.kind == NULL)
        reason = _("its change set is missing");
      else if (!stored_valid || memcmp (stored, hash, sizeof hash) != 0)
        reason = _("its content does not match its hash: it, its change set or an entry "
                   "before it was changed after it was written");
      if (reason != NULL)
        {
          chain->chain_intact = FALSE;
          chain->first_broken_entry = entry.seq;
          chain->broken_reason = g_strdup (reason);
        }
    }
  state->expected_seq = entry.seq + 1;
  if (stored_valid)
    _cdo_store_hash_to_hex (stored, state->prev_hash);
  else
    memset (state->prev_hash, 'x', CDO_STORE_HASH_LENGTH);
}

/* Applies one entry; FALSE when the entry contradicts the rows replayed so far. */
static gboolean
apply_entry (CdoStoreReplay *replay,
             sqlite3_stmt   *stmt)
{
  const char *table_name = (const char *) sqlite3_column_text (stmt, 7);
  gint64 row_id = sqlite3_column_int64 (stmt, 8);
  const char *operation = (const char *) sqlite3_column_text (stmt, 9);
  const char *before = (const char *) sqlite3_column_text (stmt, 10);
  const char *after = (const char *) sqlite3_column_text (stmt, 11);
  CdoStoreTable table;
  const char *current;

  if (!_cdo_store_table_from_name (table_name, &table))
    return FALSE;
  current = g_hash_table_lookup (replay->rows[table], &row_id);
  /* A valid insert and a valid update both leave the row as it is after. */
  if ((g_strcmp0 (operation, "insert") == 0 && current == NULL && after != NULL)
      || (g_strcmp0 (operation, "update") == 0 && current != NULL && after != NULL
          && g_strcmp0 (current, before) == 0))
    g_hash_table_insert (replay->rows[table], g_memdup2 (&row_id, sizeof row_id), g_strdup (after));
  else if (g_strcmp0 (operation, "delete") == 0 && current != NULL
           && g_strcmp0 (current, before) == 0)
    g_hash_table_remove (replay->rows[table], &row_id);
  else
    return FALSE;
  return TRUE;
}

gboolean
_cdo_store_replay (CdoStore             *self,
                   CdoStoreReplay       *replay,
                   CdoStoreVerification *chain,
                   GError              **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "SELECT j.seq, j.change_set, c.kind, c.reverts, c.at, "
                                           "c.actor, c.description, j.table_name, j.row_id, "
                                           "j.operation, j.before, j.after, j.hash FROM journal j "
                                           "LEFT JOIN change_set c ON c.id = j.change_set "
                                           "ORDER BY j.seq",
                                           error);
  ChainState state = { 1, { 0 } };
  int rc;

  if (stmt == NULL)
    return FALSE;
  memcpy (state.prev_hash, zero_hash, sizeof zero_hash);
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    replay->rows[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      replay->entries++;
      if (chain != NULL)
        check_link (self, stmt, &state, chain);
      if (!apply_entry (replay, stmt) && replay->first_inconsistent == 0)
        replay->first_inconsistent = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* A value as a message quotes it: a symbol image is kilobytes of hex, so a long value is
 * cut to its start and its length. */
#define QUOTED_VALUE_MAX_CHARS 40

static char *
quote_value (const char *value)
{
  glong length;

  if (value == NULL)
    return g_strdup (_("empty"));
  length = g_utf8_strlen (value, -1);
  if (length <= QUOTED_VALUE_MAX_CHARS)
    return g_strdup (value);
  else
    {
      g_autofree char *start = g_utf8_substring (value, 0, QUOTED_VALUE_MAX_CHARS);
      g_autofree char *characters = g_strdup_printf ("%ld", length);

      /* TRANSLATORS: the start of a long value, then its length: "89504e47…" (2,048 characters) */
      return g_strdup_printf (_("%s… (%s characters)"), start, characters);
    }
}

/* "surname is “Rosi” in the file but “Rossi” in the journal", from the first field that
 * differs; json_each keeps the columns in table order. */
static char *
describe_difference (CdoStore   *self,
                     const char *in_file,
                     const char *in_journal)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "SELECT a.key, a.atom, b.atom FROM json_each(?1) a "
                                           "LEFT JOIN json_each(?2) b ON b.key = a.key "
                                           "WHERE b.key IS NULL OR a.type != b.type "
                                           "OR a.atom IS NOT b.atom ORDER BY a.id LIMIT 1", NULL);
  char *text = NULL;

  if (stmt == NULL)
    return g_strdup (_("the row differs from the journal"));
  sqlite3_bind_text (stmt, 1, in_file, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, in_journal, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *file_value = quote_value ((const char *) sqlite3_column_text (stmt, 1));
      g_autofree char *journal_value = quote_value ((const char *) sqlite3_column_text (stmt, 2));

      text = g_strdup_printf (_("%s is “%s” in the file but “%s” in the journal"),
                              (const char *) sqlite3_column_text (stmt, 0), file_value,
                              journal_value);
    }
  sqlite3_reset (stmt);
  return text != NULL ? text : g_strdup (_("the row differs from the journal"));
}

static char *
describe_row (CdoStoreTable table,
              gint64        row_id,
              const char   *what)
{
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, row_id);

  /* TRANSLATORS: "candidate row 12: surname is “Rosi” in the file but “Rossi” in the
   * journal" */
  return g_strdup_printf (_("%s row %s: %s"), _cdo_store_table_label (table), row, what);
}

static gint64
smallest_key (GHashTable *rows)
{
  GHashTableIter iter;
  gpointer key;
  gint64 smallest = G_MAXINT64;

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    smallest = MIN (smallest, *(gint64 *) key);
  return smallest;
}

/* The first difference in one table, by row id; NULL when none. */
static gboolean
compare_table (CdoStore        *self,
               CdoStoreTable    table,
               GHashTable      *rows,
               char           **out_mismatch,
               GError         **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, self->tables[table].all_sql, error);
  gint64 first = G_MAXINT64;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);
      const char *image = (const char *) sqlite3_column_text (stmt, 1);
      const char *expected = g_hash_table_lookup (rows, &row_id);

      if (expected != NULL && g_str_equal (expected, image))
        {
          g_hash_table_remove (rows, &row_id);
          continue;
        }
      if (first != G_MAXINT64)
        continue;
      first = row_id;
      if (expected == NULL)
        *out_mismatch = describe_row (table, row_id, _("it is not in the journal: it was added "
                                                       "outside Circondario"));
      else
        {
          g_autofree char *what = describe_difference (self, image, expected);

          *out_mismatch = describe_row (table, row_id, what);
          g_hash_table_remove (rows, &row_id);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (g_hash_table_size (rows) > 0 && smallest_key (rows) < first)
    {
      g_free (*out_mismatch);
      *out_mismatch = describe_row (table, smallest_key (rows),
                                    _("it is in the journal but not in the file: it was "
                                      "removed outside Circondario"));
    }
  return TRUE;
}

gboolean
_cdo_store_compare_with_replay (CdoStore        *self,
                                CdoStoreReplay  *replay,
                                char           **out_mismatch,
                                GError         **error)
{
  *out_mismatch = NULL;
  for (guint i = 0; i < CDO_STORE_N_TABLES && *out_mismatch == NULL; i++)
    if (!compare_table (self, (CdoStoreTable) i, replay->rows[i], out_mismatch, error))
      {
        g_clear_pointer (out_mismatch, g_free);
        return FALSE;
      }
  return TRUE;
}

static gboolean
journal_table_differences (CdoStore       *self,
                           CdoStoreTable   table,
                           GHashTable     *rows,
                           GError        **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, self->tables[table].all_sql, error);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  if (stmt == NULL)
    return FALSE;
  /* Collected first: journaling while this SELECT is open would write to the journal
   * table mid-scan of a data table, which SQLite allows but which is hard to reason
   * about. Pairs of (row id as text, image). */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);
      const char *image = (const char *) sqlite3_column_text (stmt, 1);
      const char *old = g_hash_table_lookup (rows, &row_id);

      if (g_strcmp0 (old, image) != 0)
        {
          g_ptr_array_add (changes, g_memdup2 (&row_id, sizeof row_id));
          g_ptr_array_add (changes, g_strdup (image));
        }
      else
        g_hash_table_remove (rows, &row_id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  for (guint i = 0; i < changes->len; i += 2)
    {
      gint64 row_id = *(gint64 *) g_ptr_array_index (changes, i);
      const char *old = g_hash_table_lookup (rows, &row_id);

      if (!_cdo_store_journal_append (self, table, row_id, old != NULL ? "update" : "insert",
                                      old, g_ptr_array_index (changes, i + 1), error))
        return FALSE;
      g_hash_table_remove (rows, &row_id);
    }
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!_cdo_store_journal_append (self, table, *(gint64 *) key, "delete", value, NULL, error))
      return FALSE;
  return TRUE;
}

gboolean
_cdo_store_journal_differences (CdoStore        *self,
                                CdoStoreReplay  *replay,
                                GError         **error)
{
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    if (!journal_table_differences (self, (CdoStoreTable) i, replay->rows[i], error))
      return FALSE;
  return TRUE;
}

static char *
describe_inconsistency (gint64 seq)
{
  g_autofree char *entry = g_strdup_printf ("%" G_GINT64_FORMAT, seq);

  return g_strdup_printf (_("journal entry %s changes a row from a state the journal never "
                            "recorded"), entry);
}

gboolean
cdo_store_verify (CdoStore              *store,
                  CdoStoreVerification  *result,
                  GError               **error)
{
  g_auto(CdoStoreReplay) replay = { 0 };
  g_autofree char *mismatch = NULL;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->chain_intact = TRUE;
  if (!_cdo_store_replay (store, &replay, result, error)
      || !_cdo_store_compare_with_replay (store, &replay, &mismatch, error))
    {
      cdo_store_verification_clear (result);
      return FALSE;
    }
  result->entries = replay.entries;
  if (replay.first_inconsistent != 0)
    result->first_mismatch = describe_inconsistency (replay.first_inconsistent);
  else
    result->first_mismatch = g_steal_pointer (&mismatch);
  result->data_match_journal = result->first_mismatch == NULL;
  return TRUE;
}

void
cdo_store_verification_clear (CdoStoreVerification *result)
{
  g_clear_pointer (&result->first_mismatch, g_free);
  g_clear_pointer (&result->broken_reason, g_free);
  memset (result, 0, sizeof *result);
}

gboolean
cdo_store_find_journal_entry (CdoStore    *store,
                              const char  *hex_hash,
                              gint64      *out_seq,
                              GError     **error)
{
  guint8 hash[CDO_STORE_HASH_BYTES];
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (hex_hash != NULL, FALSE);
  g_return_val_if_fail (out_seq != NULL, FALSE);

  *out_seq = 0;
  if (strlen (hex_hash) != CDO_STORE_HASH_LENGTH)
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                   _("“%s” is not a journal head: a head is the 64 letters and digits printed "
                     "at the foot of every document."), hex_hash);
      return FALSE;
    }
  for (guint i = 0; i < CDO_STORE_HASH_BYTES; i++)
    {
      int high = g_ascii_xdigit_value (hex_hash[2 * i]);
      int low = g_ascii_xdigit_value (hex_hash[2 * i + 1]);

      if (high < 0 || low < 0)
        {
          g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                       _("“%s” is not a journal head: a head is the 64 letters and digits "
                         "printed at the foot of every document."), hex_hash);
          return FALSE;
        }
      hash[i] = (guint8) (high * 16 + low);
    }
  stmt = _cdo_store_prepare (store, "SELECT seq FROM journal WHERE hash = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_blob (stmt, 1, hash, sizeof hash, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_seq = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (store, rc, error);
      return FALSE;
    }
  return TRUE;
}
