/* cdo-store-edit-candidate.c: candidates in a list, by position
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Positions run 1…n without gaps and are unique in a list (a UNIQUE constraint). To keep
 * that true after every single row update, others are shifted one by one, from the end
 * that has room: upwards from the last when a place opens, downwards from the first when
 * one closes; a candidate that moves waits at position 0 meanwhile. Each shift is a
 * journal entry, so undo replays the same states backwards.
 *
 * A candidate is stored only as the district format carries it (cdo-district-check): with
 * a surname and given names, and every value one an export can write.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-district-check.h"
#include "cdo-store-documents.h"
#include "cdo-store-write.h"

typedef struct {
  gint64  list_id;
  char   *name;
  int     count;
} ListInfo;

static void
list_info_clear (ListInfo *info)
{
  g_free (info->name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListInfo, list_info_clear)

static gboolean
read_list (CdoStore  *self,
           gint64     list_id,
           ListInfo  *out_info,
           GError   **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, "SELECT ifnull(name, interchange_id), "
                                           "(SELECT count(*) FROM candidate WHERE list = ?1) "
                                           "FROM list WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out_info->list_id = list_id;
      out_info->name = _cdo_store_column_dup (stmt, 0);
      out_info->count = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _cdo_store_set_not_found (CDO_STORE_TABLE_LIST, list_id, error);
  else if (rc != SQLITE_ROW)
    _cdo_store_set_sqlite_error (self, rc, error);
  return rc == SQLITE_ROW;
}

typedef struct {
  gint64  list_id;
  int     position;
  gint64  person_id;
  char   *name;
} CandidateInfo;

static void
candidate_info_clear (CandidateInfo *info)
{
  g_free (info->name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CandidateInfo, candidate_info_clear)

static gboolean
read_candidate (CdoStore       *self,
                gint64          candidate_id,
                CandidateInfo  *out_info,
                GError        **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, "SELECT c.list, c.position, c.person, p.surname, "
                                           "p.given_names FROM candidate c "
                                           "JOIN person p ON p.id = c.person WHERE c.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out_info->list_id = sqlite3_column_int64 (stmt, 0);
      out_info->position = sqlite3_column_int (stmt, 1);
      out_info->person_id = sqlite3_column_int64 (stmt, 2);
      out_info->name = _cdo_store_person_name ((const char *) sqlite3_column_text (stmt, 3),
                                               (const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _cdo_store_set_not_found (CDO_STORE_TABLE_CANDIDATE, candidate_id, error);
  else if (rc != SQLITE_ROW)
    _cdo_store_set_sqlite_error (self, rc, error);
  return rc == SQLITE_ROW;
}

static gboolean
check_position (const ListInfo  *list,
                int              position,
                int              last,
                GError         **error)
{
  if (position >= 1 && position <= last)
    return TRUE;
  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
               _("Position %d does not exist in the list “%s”, which has %d candidates: "
                 "choose a position from 1 to %d."), position, list->name, list->count, last);
  return FALSE;
}

/* Each of @candidates is one the district format carries; @position is the first one's,
 * named in the message when there are several. */
static gboolean
check_candidates (GPtrArray  *candidates,
                  int         position,
                  GError    **error)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      g_autoptr(GError) check_error = NULL;

      if (cdo_district_check_candidate (g_ptr_array_index (candidates, i), &check_error))
        continue;
      if (candidates->len == 1)
        g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID, _("%s Nothing was changed."),
                     check_error->message);
      else
        g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                     /* Translators: the first %s says what is wrong with that candidate */
                     _("The candidate for position %d: %s Nothing was changed."),
                     position + (int) i, check_error->message);
      return FALSE;
    }
  return TRUE;
}

/* The candidates at positions first…last move by @delta (+1 or -1), each in turn. */
static gboolean
shift (CdoStore  *self,
       gint64     list_id,
       int        first,
       int        last,
       int        delta,
       GError   **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, delta > 0
                                           ? "SELECT id, position FROM candidate WHERE list = ?1 "
                                             "AND position BETWEEN ?2 AND ?3 ORDER BY position DESC"
                                           : "SELECT id, position FROM candidate WHERE list = ?1 "
                                             "AND position BETWEEN ?2 AND ?3 ORDER BY position",
                                           error);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list_id);
  sqlite3_bind_int (stmt, 2, first);
  sqlite3_bind_int (stmt, 3, last);
  /* Read first: updating the rows an index scan is walking could visit them twice. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) + delta };

      g_array_append_vals (rows, pair, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  for (guint i = 0; i < rows->len; i += 2)
    if (!_cdo_store_row_set_int64 (self, CDO_STORE_TABLE_CANDIDATE, g_array_index (rows, gint64, i),
                                   "position", g_array_index (rows, gint64, i + 1), error))
      return FALSE;
  return TRUE;
}

/* The others move up by as many places as there are new candidates, from the last one
 * down, then the new ones fill the gap. */
static gboolean
insert_candidates (CdoStore        *self,
                   const ListInfo  *list,
                   int              position,
                   GPtrArray       *candidates,
                   GError         **error)
{
  CdoStoreWriter writer = { 0 };
  gboolean done = shift (self, list->list_id, position, list->count, (int) candidates->len, error)
                  && _cdo_store_writer_init (&writer, self, FALSE, error);

  for (guint i = 0; done && i < candidates->len; i++)
    done = _cdo_store_write_candidate (&writer, list->list_id, position + (int) i,
                                       g_ptr_array_index (candidates, i), error);
  _cdo_store_writer_clear (&writer);
  return done;
}

static char *
describe_insertion (const ListInfo *list,
                    int             position,
                    GPtrArray      *candidates)
{
  CdoCandidate *first = g_ptr_array_index (candidates, 0);
  g_autofree char *name = _cdo_store_person_name (first->surname, first->given_names);
  g_autofree char *others = NULL;

  if (candidates->len == 1)
    return g_strdup_printf (_("Candidate %s added to the list “%s” at position %d"),
                            name, list->name, position);
  others = g_strdup_printf ("%u", candidates->len - 1);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Candidate %s and %s other added to the list “%s” "
                                       "from position %d",
                                       "Candidate %s and %s others added to the list “%s” "
                                       "from position %d",
                                       candidates->len - 1),
                          name, others, list->name, position);
}

gboolean
cdo_store_insert_candidates (CdoStore   *store,
                             gint64      list_row_id,
                             int         position,
                             GPtrArray  *candidates,
                             GError    **error)
{
  g_auto(ListInfo) list = { 0 };
  g_autofree char *description = NULL;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (candidates != NULL, FALSE);

  if (candidates->len == 0)
    return TRUE;
  if (!check_candidates (candidates, position, error)
      || !read_list (store, list_row_id, &list, error)
      || !check_position (&list, position, list.count + 1, error))
    return FALSE;
  description = describe_insertion (&list, position, candidates);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  if (!_cdo_store_change_finish (store, insert_candidates (store, &list, position, candidates, error),
                                 error))
    {
      for (guint i = 0; i < candidates->len; i++)
        _cdo_store_forget_candidate_ids (g_ptr_array_index (candidates, i));
      return FALSE;
    }
  return TRUE;
}

gboolean
cdo_store_insert_candidate (CdoStore      *store,
                            gint64         list_row_id,
                            int            position,
                            CdoCandidate  *candidate,
                            GError       **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (candidate != NULL, FALSE);

  g_ptr_array_add (one, candidate);
  return cdo_store_insert_candidates (store, list_row_id, position, one, error);
}

static gboolean
rewrite_candidate (CdoStoreWriter       *writer,
                   const CandidateInfo  *current,
                   CdoCandidate         *candidate,
                   GError              **error)
{
  static const char *const columns[] = { "person", "documents", NULL };
  g_autofree char *documents = _cdo_store_documents_encode (candidate->documents);
  sqlite3_stmt *stmt;
  gint64 person_id;

  if (!_cdo_store_persons_settle (writer->persons, current->person_id, candidate, &person_id, error))
    return FALSE;
  stmt = _cdo_store_row_update_prepare (writer->store, CDO_STORE_TABLE_CANDIDATE, columns, error);
  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_int64 (stmt, ":person", person_id);
  _cdo_store_bind_text (stmt, ":documents", documents);
  if (!_cdo_store_row_update_run (writer->store, CDO_STORE_TABLE_CANDIDATE, stmt, candidate->row_id,
                                  error)
      || (person_id != current->person_id
          && !_cdo_store_persons_remove_if_unused (writer->persons, current->person_id, error)))
    return FALSE;
  candidate->person_id = person_id;
  return TRUE;
}

gboolean
cdo_store_update_candidate (CdoStore      *store,
                            CdoCandidate  *candidate,
                            GError       **error)
{
  g_auto(CandidateInfo) current = { 0 };
  g_autoptr(GError) check_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  CdoStoreWriter writer = { 0 };
  gboolean done;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (candidate != NULL, FALSE);

  if (!cdo_district_check_candidate (candidate, &check_error))
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID, _("%s Nothing was changed."),
                   check_error->message);
      return FALSE;
    }
  if (!read_candidate (store, candidate->row_id, &current, error))
    return FALSE;
  name = _cdo_store_person_name (candidate->surname, candidate->given_names);
  description = g_strdup_printf (_("Candidate %s changed"), name);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  done = _cdo_store_writer_init (&writer, store, FALSE, error)
         && rewrite_candidate (&writer, &current, candidate, error);
  _cdo_store_writer_clear (&writer);
  return _cdo_store_change_finish (store, done, error);
}

static gboolean
remove_candidate (CdoStore             *self,
                  gint64                candidate_id,
                  const CandidateInfo  *current,
                  const ListInfo       *list,
                  GError              **error)
{
  CdoStoreWriter writer = { 0 };
  gboolean done;

  done = _cdo_store_row_delete (self, CDO_STORE_TABLE_CANDIDATE, candidate_id, error)
         && shift (self, list->list_id, current->position + 1, list->count, -1, error)
         && _cdo_store_writer_init (&writer, self, FALSE, error)
         && _cdo_store_persons_remove_if_unused (writer.persons, current->person_id, error);
  _cdo_store_writer_clear (&writer);
  return done;
}

gboolean
cdo_store_remove_candidate (CdoStore  *store,
                            gint64     candidate_row_id,
                            GError   **error)
{
  g_auto(CandidateInfo) current = { 0 };
  g_auto(ListInfo) list = { 0 };
  g_autofree char *description = NULL;

  g_return_val_if_fail (store != NULL, FALSE);

  if (!read_candidate (store, candidate_row_id, &current, error)
      || !read_list (store, current.list_id, &list, error))
    return FALSE;
  description = g_strdup_printf (_("Candidate %s removed from the list “%s”"), current.name,
                                 list.name);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  return _cdo_store_change_finish (store,
                                   remove_candidate (store, candidate_row_id, &current, &list, error),
                                   error);
}

static gboolean
candidate_at (CdoStore  *self,
              gint64     list_id,
              int        position,
              gint64    *out_candidate_id,
              GError   **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self, "SELECT id FROM candidate WHERE list = ?1 "
                                           "AND position = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list_id);
  sqlite3_bind_int (stmt, 2, position);
  rc = sqlite3_step (stmt);
  *out_candidate_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                     _("The list has no candidate at position %d: its positions have gaps. "
                       "Run “verify”."), position);
      else
        _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
move_candidate (CdoStore   *self,
                gint64      list_id,
                gint64      moving,
                int         from,
                int         to,
                GError    **error)
{
  return _cdo_store_row_set_int64 (self, CDO_STORE_TABLE_CANDIDATE, moving, "position", 0, error)
         && (from < to ? shift (self, list_id, from + 1, to, -1, error)
                       : shift (self, list_id, to, from - 1, +1, error))
         && _cdo_store_row_set_int64 (self, CDO_STORE_TABLE_CANDIDATE, moving, "position", to, error);
}

gboolean
cdo_store_move_candidate (CdoStore  *store,
                          gint64     list_row_id,
                          int        from,
                          int        to,
                          GError   **error)
{
  g_auto(ListInfo) list = { 0 };
  g_auto(CandidateInfo) current = { 0 };
  g_autofree char *description = NULL;
  gint64 moving;

  g_return_val_if_fail (store != NULL, FALSE);

  if (!read_list (store, list_row_id, &list, error)
      || !check_position (&list, from, list.count, error)
      || !check_position (&list, to, list.count, error))
    return FALSE;
  if (from == to)
    return TRUE;
  if (!candidate_at (store, list_row_id, from, &moving, error)
      || !read_candidate (store, moving, &current, error))
    return FALSE;
  description = g_strdup_printf (_("Candidate %s moved from position %d to %d in the list “%s”"),
                                 current.name, from, to, list.name);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  return _cdo_store_change_finish (store, move_candidate (store, list_row_id, moving, from, to, error),
                                   error);
}
