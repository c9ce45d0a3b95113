/* cdo-store-undo.c: undo and redo as journaled change sets
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is ever taken out of the journal: undoing a change set is a new change set
 * that puts back, newest first, the "before" image of every row it touched; redoing is
 * one that puts back the "after" images, oldest first. Going through the same
 * intermediate states as the original keeps every constraint (a candidate's position is
 * unique in its list) satisfied at each step.
 *
 * The histories follow from the kinds of the change sets alone (_cdo_store_history_note),
 * so they are rebuilt from the journal on open and survive closing the file.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-store-private.h"

void
_cdo_store_step_free (gpointer data)
{
  CdoStoreStep *step = data;

  g_free (step->description);
  g_free (step);
}

static CdoStoreStep *
step_new (gint64      change_set,
          gint64      first_seq,
          gint64      last_seq,
          const char *description)
{
  CdoStoreStep *step = g_new0 (CdoStoreStep, 1);

  step->change_set = change_set;
  step->first_seq = first_seq;
  step->last_seq = last_seq;
  step->description = g_strdup (description);
  return step;
}

static CdoStoreStep *
top (GPtrArray *steps)
{
  return steps->len > 0 ? g_ptr_array_index (steps, steps->len - 1) : NULL;
}

void
_cdo_store_history_note (CdoStore           *self,
                         CdoStoreChangeKind  kind,
                         gint64              change_set,
                         gint64              reverts,
                         gint64              first_seq,
                         gint64              last_seq,
                         const char         *description)
{
  CdoStoreStep *undone = top (self->undo_steps);
  CdoStoreStep *redone = top (self->redo_steps);

  switch (kind)
    {
    case CDO_STORE_CHANGE_EDIT:
      g_ptr_array_add (self->undo_steps, step_new (change_set, first_seq, last_seq, description));
      g_ptr_array_set_size (self->redo_steps, 0);
      return;
    case CDO_STORE_CHANGE_UNDO:
      if (undone == NULL || undone->change_set != reverts)
        break;
      g_ptr_array_add (self->redo_steps, g_ptr_array_steal_index (self->undo_steps,
                                                                  self->undo_steps->len - 1));
      return;
    case CDO_STORE_CHANGE_REDO:
      /* Undoing the redo reverts the redo's own entries, which are the original's. */
      if (redone == NULL || redone->change_set != reverts)
        break;
      g_ptr_array_add (self->undo_steps, step_new (change_set, first_seq, last_seq,
                                                   redone->description));
      g_ptr_array_remove_index (self->redo_steps, self->redo_steps->len - 1);
      return;
    case CDO_STORE_CHANGE_IMPORT:
    case CDO_STORE_CHANGE_MIGRATE:
    default:
      break;
    }
  /* An import, a migration, or a history that does not add up (a journal written by
   * hand): nothing before it can be undone safely. */
  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
}

typedef struct {
  CdoStoreTable  table;
  gint64         row_id;
  char          *before;
  char          *after;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->before);
  g_free (entry->after);
}

/* The step's entries, oldest first. Read before anything is written, so that the
 * journal is not appended to while it is being read. */
static GArray *
read_entries (CdoStore      *self,
              CdoStoreStep  *step,
              GError       **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self,
                                           "SELECT table_name, row_id, before, after FROM journal "
                                           "WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq", error);
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (entries, entry_clear);
  sqlite3_bind_int64 (stmt, 1, step->first_seq);
  sqlite3_bind_int64 (stmt, 2, step->last_seq);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Entry entry = { 0 };

      if (!_cdo_store_table_from_name ((const char *) sqlite3_column_text (stmt, 0), &entry.table))
        {
          rc = SQLITE_CORRUPT;
          break;
        }
      entry.row_id = sqlite3_column_int64 (stmt, 1);
      entry.before = _cdo_store_column_dup (stmt, 2);
      entry.after = _cdo_store_column_dup (stmt, 3);
      g_array_append_val (entries, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

static gboolean
apply_step (CdoStore      *self,
            CdoStoreStep  *step,
            gboolean       backwards,
            GError       **error)
{
  g_autoptr(GArray) entries = read_entries (self, step, error);

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, backwards ? entries->len - 1 - i : i);

      if (!_cdo_store_row_restore (self, entry->table, entry->row_id,
                                   backwards ? entry->after : entry->before,
                                   backwards ? entry->before : entry->after, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
revert (CdoStore            *self,
        CdoStoreChangeKind   kind,
        GPtrArray           *steps,
        GError             **error)
{
  CdoStoreStep *step = top (steps);
  g_autofree char *description = NULL;

  if (step == NULL)
    {
      g_set_error_literal (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOTHING_TO_UNDO,
                           kind == CDO_STORE_CHANGE_UNDO ? _("There is nothing to undo.")
                                                         : _("There is nothing to redo."));
      return FALSE;
    }
  description = g_strdup_printf (kind == CDO_STORE_CHANGE_UNDO ? _("Undo: %s") : _("Redo: %s"),
                                 step->description);
  if (!_cdo_store_change_begin (self, kind, step->change_set, description, error))
    return FALSE;
  if (!apply_step (self, step, kind == CDO_STORE_CHANGE_UNDO, error))
    {
      _cdo_store_change_rollback (self);
      return FALSE;
    }
  return _cdo_store_change_commit (self, error);
}

gboolean
cdo_store_can_undo (CdoStore *store)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return !store->read_only && store->undo_steps->len > 0;
}

gboolean
cdo_store_can_redo (CdoStore *store)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return !store->read_only && store->redo_steps->len > 0;
}

const char *
cdo_store_get_undo_description (CdoStore *store)
{
  CdoStoreStep *step;

  g_return_val_if_fail (store != NULL, NULL);
  step = cdo_store_can_undo (store) ? top (store->undo_steps) : NULL;
  return step != NULL ? step->description : NULL;
}

const char *
cdo_store_get_redo_description (CdoStore *store)
{
  CdoStoreStep *step;

  g_return_val_if_fail (store != NULL, NULL);
  step = cdo_store_can_redo (store) ? top (store->redo_steps) : NULL;
  return step != NULL ? step->description : NULL;
}

gboolean
cdo_store_undo (CdoStore  *store,
                GError   **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return revert (store, CDO_STORE_CHANGE_UNDO, store->undo_steps, error);
}

gboolean
cdo_store_redo (CdoStore  *store,
                GError   **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return revert (store, CDO_STORE_CHANGE_REDO, store->redo_steps, error);
}
