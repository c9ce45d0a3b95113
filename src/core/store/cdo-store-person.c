/* cdo-store-person.c: who is the same person
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person is one row shared by every candidacy whose surname, given names, sex, birth
 * date, birthplace and EU state are exactly the same. Exactly: merging "ROSSI Mario" into
 * "Rossi Mario" would lose how the second filing spelt the name, and nothing filed may
 * be lost; near matches are for the checker to point out. Without a birth date nobody is
 * merged: two "Mario Rossi" are not one man on the strength of a name. Finding one
 * person in two lists is then a query on person ids.
 *
 * An import reads every dated person once into a hash table; a desk edit asks SQLite for
 * the persons born on the same day only (there is an index on born).
 */
#define G_LOG_DOMAIN "cdo-store"

#include <string.h>

#include "cdo-date.h"
#include "cdo-store-person.h"

struct _CdoStorePersons {
  CdoStore   *store;
  gboolean    preloaded;
  GHashTable *by_key;      /* identity key → gint64 * person id */
  GHashTable *days_read;   /* born ("YYYY-MM-DD") already read from the file */
};

/* NULL without a birth date: such a person is never merged. */
static char *
identity_key (const char *surname,
              const char *given_names,
              const char *sex,
              const char *born,
              const char *birthplace,
              const char *eu_state)
{
  GString *key;

  if (born == NULL)
    return NULL;
  /* A NULL field is "\x1e", which no text field contains in practice, so that a missing
   * birthplace and an empty one stay apart. */
  key = g_string_new (NULL);
  g_string_append_printf (key, "%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s",
                          surname ? surname : "\x1e", given_names ? given_names : "\x1e",
                          sex ? sex : "\x1e", born, birthplace ? birthplace : "\x1e",
                          eu_state ? eu_state : "\x1e");
  return g_string_free (key, FALSE);
}

static void
format_born (const CdoCandidate *candidate,
             char                out[16])
{
  g_snprintf (out, 16, "%04u-%02u-%02u", g_date_get_year (&candidate->born),
              g_date_get_month (&candidate->born), g_date_get_day (&candidate->born));
}

static char *
candidate_key (const CdoCandidate *candidate)
{
  char born[16];

  if (!g_date_valid (&candidate->born))
    return NULL;
  format_born (candidate, born);
  return identity_key (candidate->surname, candidate->given_names,
                       cdo_sex_to_string (candidate->sex), born, candidate->birthplace,
                       candidate->eu_state);
}

static void
remember (CdoStorePersons *self,
          char            *key,
          gint64           person_id)
{
  if (key != NULL && !g_hash_table_contains (self->by_key, key))
    g_hash_table_insert (self->by_key, key, g_memdup2 (&person_id, sizeof person_id));
  else
    g_free (key);
}

#define PERSON_COLUMNS "id, surname, given_names, sex, born, birthplace, eu_state"

/* Reads the rows of a "SELECT PERSON_COLUMNS …" into the table. */
static gboolean
read_persons (CdoStorePersons  *self,
              sqlite3_stmt     *stmt,
              GError          **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text[6];

      for (int i = 0; i < 6; i++)
        text[i] = (const char *) sqlite3_column_text (stmt, i + 1);
      remember (self, identity_key (text[0], text[1], text[2], text[3], text[4], text[5]),
                sqlite3_column_int64 (stmt, 0));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self->store, rc, error);
      return FALSE;
    }
  return TRUE;
}

CdoStorePersons *
_cdo_store_persons_new (CdoStore  *store,
                        gboolean   preload,
                        GError   **error)
{
  g_autoptr(CdoStorePersons) self = g_new0 (CdoStorePersons, 1);
  sqlite3_stmt *stmt;

  self->store = store;
  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->days_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!preload)
    return g_steal_pointer (&self);
  stmt = _cdo_store_prepare (store, "SELECT " PERSON_COLUMNS " FROM person WHERE born IS NOT NULL",
                             error);
  if (stmt == NULL || !read_persons (self, stmt, error))
    return NULL;
  self->preloaded = TRUE;
  return g_steal_pointer (&self);
}

void
_cdo_store_persons_free (CdoStorePersons *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_key);
  g_hash_table_unref (self->days_read);
  g_free (self);
}

static gboolean
read_day (CdoStorePersons     *self,
          const CdoCandidate  *candidate,
          GError             **error)
{
  char born[16];
  sqlite3_stmt *stmt;

  format_born (candidate, born);
  if (self->preloaded || g_hash_table_contains (self->days_read, born))
    return TRUE;
  stmt = _cdo_store_prepare (self->store, "SELECT " PERSON_COLUMNS " FROM person WHERE born = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, born, -1, SQLITE_TRANSIENT);
  if (!read_persons (self, stmt, error))
    return FALSE;
  g_hash_table_add (self->days_read, g_strdup (born));
  return TRUE;
}

gboolean
_cdo_store_persons_find (CdoStorePersons     *self,
                         const CdoCandidate  *candidate,
                         gint64              *out_person_id,
                         GError             **error)
{
  g_autofree char *key = candidate_key (candidate);
  gint64 *found;

  *out_person_id = 0;
  if (key == NULL)
    return TRUE;
  if (!read_day (self, candidate, error))
    return FALSE;
  found = g_hash_table_lookup (self->by_key, key);
  if (found != NULL)
    *out_person_id = *found;
  return TRUE;
}

static void
bind_person (sqlite3_stmt       *stmt,
             const CdoCandidate *candidate)
{
  _cdo_store_bind_text (stmt, ":surname", candidate->surname);
  _cdo_store_bind_text (stmt, ":given_names", candidate->given_names);
  _cdo_store_bind_text (stmt, ":sex", cdo_sex_to_string (candidate->sex));
  _cdo_store_bind_date (stmt, ":born", &candidate->born);
  _cdo_store_bind_text (stmt, ":birthplace", candidate->birthplace);
  _cdo_store_bind_text (stmt, ":eu_state", candidate->eu_state);
}

static const char *const person_columns[] = {
  "surname", "given_names", "sex", "born", "birthplace", "eu_state", NULL,
};

gboolean
_cdo_store_persons_insert (CdoStorePersons     *self,
                           const CdoCandidate  *candidate,
                           gint64              *out_person_id,
                           GError             **error)
{
  sqlite3_stmt *stmt = _cdo_store_row_insert_prepare (self->store, CDO_STORE_TABLE_PERSON, error);

  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, candidate);
  if (!_cdo_store_row_insert_run (self->store, CDO_STORE_TABLE_PERSON, stmt, out_person_id, error))
    return FALSE;
  remember (self, candidate_key (candidate), *out_person_id);
  return TRUE;
}

gboolean
_cdo_store_persons_resolve (CdoStorePersons     *self,
                            const CdoCandidate  *candidate,
                            gint64              *out_person_id,
                            GError             **error)
{
  if (!_cdo_store_persons_find (self, candidate, out_person_id, error))
    return FALSE;
  if (*out_person_id != 0)
    return TRUE;
  return _cdo_store_persons_insert (self, candidate, out_person_id, error);
}

static gboolean
names_person (gpointer key,
              gpointer value,
              gpointer person_id)
{
  return *(gint64 *) value == *(gint64 *) person_id;
}

/* Rewrites the person row in place; the caller has made sure that whoever else shares it
 * keeps the same identity. */
gboolean
_cdo_store_persons_update (CdoStorePersons     *self,
                           gint64               person_id,
                           const CdoCandidate  *candidate,
                           GError             **error)
{
  sqlite3_stmt *stmt = _cdo_store_row_update_prepare (self->store, CDO_STORE_TABLE_PERSON,
                                                      person_columns, error);

  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, candidate);
  if (!_cdo_store_row_update_run (self->store, CDO_STORE_TABLE_PERSON, stmt, person_id, error))
    return FALSE;
  g_hash_table_foreach_remove (self->by_key, names_person, &person_id);
  remember (self, candidate_key (candidate), person_id);
  return TRUE;
}

/* *out_same: @candidate has the identity the person row already has. */
gboolean
_cdo_store_persons_same_identity (CdoStorePersons     *self,
                                  gint64               person_id,
                                  const CdoCandidate  *candidate,
                                  gboolean            *out_same,
                                  GError             **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self->store, "SELECT " PERSON_COLUMNS
                                           " FROM person WHERE id = ?1", error);
  g_autofree char *wanted = candidate_key (candidate);
  g_autofree char *stored = NULL;
  int rc;

  *out_same = FALSE;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    stored = identity_key ((const char *) sqlite3_column_text (stmt, 1),
                           (const char *) sqlite3_column_text (stmt, 2),
                           (const char *) sqlite3_column_text (stmt, 3),
                           (const char *) sqlite3_column_text (stmt, 4),
                           (const char *) sqlite3_column_text (stmt, 5),
                           (const char *) sqlite3_column_text (stmt, 6));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self->store, rc, error);
      return FALSE;
    }
  *out_same = wanted != NULL && g_strcmp0 (wanted, stored) == 0;
  return TRUE;
}

static gboolean
count_users (CdoStorePersons  *self,
             gint64            person_id,
             gint64           *out_users,
             GError          **error)
{
  sqlite3_stmt *stmt = _cdo_store_prepare (self->store,
                                           "SELECT (SELECT count(*) FROM candidate WHERE person = ?1) "
                                           "+ (SELECT count(*) FROM candidacy WHERE person = ?1)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  *out_users = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _cdo_store_set_sqlite_error (self->store, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The person a candidacy now linked to @current (0: none) should be linked to, once its
 * personal data are @candidate's: the same row when they are unchanged, another person
 * with those data when the file has one, the same row rewritten when nobody else uses
 * it, else a new person. */
gboolean
_cdo_store_persons_settle (CdoStorePersons     *self,
                           gint64               current,
                           const CdoCandidate  *candidate,
                           gint64              *out_person_id,
                           GError             **error)
{
  gboolean same = FALSE;
  gint64 found = 0, users = 0;

  *out_person_id = current;
  if (current != 0 && !_cdo_store_persons_same_identity (self, current, candidate, &same, error))
    return FALSE;
  if (same)
    return TRUE;
  if (!_cdo_store_persons_find (self, candidate, &found, error))
    return FALSE;
  if (found != 0)
    {
      *out_person_id = found;
      return TRUE;
    }
  if (current != 0 && !count_users (self, current, &users, error))
    return FALSE;
  if (current != 0 && users <= 1)
    return _cdo_store_persons_update (self, current, candidate, error);
  return _cdo_store_persons_insert (self, candidate, out_person_id, error);
}

/* A person nobody stands as any more is removed (journaled like any row). */
gboolean
_cdo_store_persons_remove_if_unused (CdoStorePersons  *self,
                                     gint64            person_id,
                                     GError          **error)
{
  gint64 users = 0;

  if (person_id == 0)
    return TRUE;
  if (!count_users (self, person_id, &users, error))
    return FALSE;
  if (users > 0)
    return TRUE;
  g_hash_table_foreach_remove (self->by_key, names_person, &person_id);
  return _cdo_store_row_delete (self->store, CDO_STORE_TABLE_PERSON, person_id, error);
}

/* "Rossi Mario", as the lists print names. */
char *
_cdo_store_person_name (const char *surname,
                        const char *given_names)
{
  return g_strstrip (g_strdup_printf ("%s %s", surname != NULL ? surname : "",
                                      given_names != NULL ? given_names : ""));
}
