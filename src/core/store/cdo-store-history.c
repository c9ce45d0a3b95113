/* cdo-store-history.c: the journal's change sets, as people read them
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One item per change_set row, oldest first. A change set's entries run from its
 * first_seq to the entry before the next change set's (cdo-store-journal.c), and the
 * newest one's to the end of the journal. Reading only, so a read-only handle will do:
 * `circondario-cli history` runs on evidence as verify does.
 */
#define G_LOG_DOMAIN "cdo-store"

#include "cdo-store-private.h"

void
cdo_store_change_set_free (CdoStoreChangeSet *change_set)
{
  if (change_set == NULL)
    return;
  g_free (change_set->kind);
  g_free (change_set->at);
  g_free (change_set->actor);
  g_free (change_set->description);
  g_free (change_set);
}

/* The journal says "migrate"; people and the --json contract read "migration". */
static char *
kind_word (const char *stored)
{
  if (g_strcmp0 (stored, "migrate") == 0)
    return g_strdup ("migration");
  return g_strdup (stored != NULL ? stored : "");
}

GPtrArray *
cdo_store_read_history (CdoStore  *store,
                        GError   **error)
{
  g_autoptr(GPtrArray) history = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _cdo_store_prepare (store,
                             "SELECT id, kind, ifnull(reverts, 0), at, actor, description, "
                             "first_seq FROM change_set ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  history = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_store_change_set_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CdoStoreChangeSet *change_set = g_new0 (CdoStoreChangeSet, 1);

      change_set->number = sqlite3_column_int64 (stmt, 0);
      change_set->kind = kind_word ((const char *) sqlite3_column_text (stmt, 1));
      change_set->reverts = sqlite3_column_int64 (stmt, 2);
      change_set->at = _cdo_store_column_dup (stmt, 3);
      change_set->actor = _cdo_store_column_dup (stmt, 4);
      change_set->description = _cdo_store_column_dup (stmt, 5);
      change_set->first_entry = sqlite3_column_int64 (stmt, 6);
      if (history->len > 0)
        {
          CdoStoreChangeSet *previous = g_ptr_array_index (history, history->len - 1);

          previous->last_entry = MIN (change_set->first_entry - 1, store->length);
        }
      g_ptr_array_add (history, change_set);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  if (history->len > 0)
    {
      CdoStoreChangeSet *newest = g_ptr_array_index (history, history->len - 1);

      newest->last_entry = store->length;
    }
  return g_steal_pointer (&history);
}
