/* cdo-store-schema.c: the tables of a district file, and how older files are upgraded
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format version is PRAGMA user_version; migrations[] holds one SQL step per
 * version, applied in order. A new file runs them all; an older file runs the missing
 * ones inside one journaled change set: the journal is replayed first (the rows as the
 * journal knows them), the steps run, and every row whose image changed is journaled,
 * so that verify's replay still matches the data afterwards. The meta table stays as it
 * is in every version: a newer file must still be able to say which version wrote it.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-store-private.h"

/* The data tables carry no ON DELETE actions: every row the program removes is removed
 * one by one, so that each removal is a journal entry. AUTOINCREMENT keeps a row id from
 * ever naming two different rows over the life of the file, which the journal (and a
 * reader of it in court) relies on. The journal's long columns come last, so that a scan
 * of its short columns reads no overflow pages. */
static const char schema_v1[] =
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");"
  "CREATE TABLE election ("
  "  id                INTEGER PRIMARY KEY CHECK (id = 1),"
  "  first_day         TEXT,"
  "  second_day        TEXT,"
  "  runoff_first_day  TEXT,"
  "  runoff_second_day TEXT"
  ");"
  "CREATE TABLE comune ("
  "  id                INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name              TEXT NOT NULL,"
  "  province          TEXT,"
  "  istat             TEXT UNIQUE,"
  "  region            TEXT,"
  "  population        INTEGER NOT NULL,"
  "  population_source TEXT,"
  "  capoluogo         INTEGER NOT NULL CHECK (capoluogo IN (0, 1))"
  ");"
  "CREATE TABLE person ("
  "  id          INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  surname     TEXT,"
  "  given_names TEXT,"
  "  sex         TEXT CHECK (sex IN ('F', 'M')),"
  "  born        TEXT,"
  "  birthplace  TEXT,"
  "  eu_state    TEXT"
  ");"
  "CREATE INDEX person_born ON person (born);"
  /* Symbols are stored once per distinct image, named by their SHA-256, so that a list
   * whose signatures count changes does not copy its image into the journal again. */
  "CREATE TABLE symbol ("
  "  id     INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  sha256 TEXT NOT NULL UNIQUE,"
  "  data   BLOB NOT NULL"
  ");"
  /* documents: the mayor's papers, see cdo-store-documents.c. */
  "CREATE TABLE candidacy ("
  "  id                INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  interchange_id    TEXT NOT NULL UNIQUE,"
  "  comune            INTEGER NOT NULL REFERENCES comune (id),"
  "  person            INTEGER REFERENCES person (id),"
  "  consecutive_terms INTEGER NOT NULL DEFAULT 0,"
  "  documents         TEXT"
  ");"
  "CREATE INDEX candidacy_comune ON candidacy (comune);"
  "CREATE INDEX candidacy_person ON candidacy (person);"
  "CREATE TABLE mayor_term ("
  "  id        INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  candidacy INTEGER NOT NULL REFERENCES candidacy (id),"
  "  from_day  TEXT,"
  "  to_day    TEXT,"
  "  ended     TEXT NOT NULL CHECK (ended IN ('natural', 'voluntary-resignation', 'other'))"
  ");"
  "CREATE INDEX mayor_term_candidacy ON mayor_term (candidacy);"
  /* A list that the mayoral candidacy alone declares (the list does not name it back). */
  "CREATE TABLE mayor_link ("
  "  id        INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  candidacy INTEGER NOT NULL REFERENCES candidacy (id),"
  "  list_id   TEXT NOT NULL"
  ");"
  "CREATE INDEX mayor_link_candidacy ON mayor_link (candidacy);"
  "CREATE TABLE list ("
  "  id                INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  interchange_id    TEXT NOT NULL UNIQUE,"
  "  comune            INTEGER NOT NULL REFERENCES comune (id),"
  "  candidacy         INTEGER REFERENCES candidacy (id),"
  "  name              TEXT,"
  "  symbol_path       TEXT,"
  "  symbol_media_type TEXT,"
  "  symbol            INTEGER REFERENCES symbol (id),"
  "  filed_at          TEXT,"     /* as typed, local time: "2021-09-03T09:12" */
  "  filed_recorded_at TEXT,"     /* the computer's clock when it was typed */
  "  signatures        INTEGER,"  /* NULL: not declared */
  "  party_symbol      INTEGER NOT NULL CHECK (party_symbol IN (0, 1)),"
  "  supports          TEXT,"     /* one-sided: the id of the candidacy it supports */
  "  documents         TEXT"
  ");"
  "CREATE INDEX list_comune ON list (comune);"
  "CREATE INDEX list_candidacy ON list (candidacy);"
  "CREATE INDEX list_symbol ON list (symbol);"
  /* Position 0 is taken for a moment only, while a candidate moves. */
  "CREATE TABLE candidate ("
  "  id       INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  list     INTEGER NOT NULL REFERENCES list (id),"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  person   INTEGER NOT NULL REFERENCES person (id),"
  "  documents TEXT,"
  "  UNIQUE (list, position)"
  ");"
  "CREATE INDEX candidate_person ON candidate (person);"
  "CREATE TABLE delegate ("
  "  id          INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  list        INTEGER NOT NULL REFERENCES list (id),"
  "  surname     TEXT,"
  "  given_names TEXT"
  ");"
  "CREATE INDEX delegate_list ON delegate (list);"
  "CREATE TABLE signatory ("
  "  id            INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  list          INTEGER NOT NULL REFERENCES list (id),"
  "  surname       TEXT,"
  "  given_names   TEXT,"
  "  born          TEXT,"
  "  authenticated TEXT"
  ");"
  "CREATE INDEX signatory_list ON signatory (list);"
  /* What a change set is, once for all its entries: kind is edit, import, undo, redo or
   * migrate; reverts the change set an undo or redo reverts; first_seq its first entry
   * (its entries run to the next change set's first). */
  "CREATE TABLE change_set ("
  "  id          INTEGER PRIMARY KEY,"
  "  kind        TEXT NOT NULL,"
  "  reverts     INTEGER,"
  "  at          TEXT NOT NULL,"
  "  actor       TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  first_seq   INTEGER NOT NULL"
  ");"
  /* One entry per row changed; hash is SHA-256 (32 bytes) over the entry, its change
   * set and the previous entry's hash: see cdo-store-journal.c. */
  "CREATE TABLE journal ("
  "  seq         INTEGER PRIMARY KEY,"
  "  change_set  INTEGER NOT NULL,"
  "  table_name  TEXT NOT NULL,"
  "  row_id      INTEGER NOT NULL,"
  "  operation   TEXT NOT NULL,"
  "  hash        BLOB NOT NULL,"
  "  before      TEXT,"
  "  after       TEXT"
  ");"
  /* Append-only in SQL too. A hostile sqlite3 shell can drop these triggers; the hash
   * chain and verify's replay are what catch that. */
  "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
  "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;"
  "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
  "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;"
  "CREATE TRIGGER change_set_no_update BEFORE UPDATE ON change_set"
  "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;"
  "CREATE TRIGGER change_set_no_delete BEFORE DELETE ON change_set"
  "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;";

static const char *const migrations[] = {
  schema_v1,
};

static char *test_step;

int
_cdo_store_schema_version (void)
{
  return (int) G_N_ELEMENTS (migrations) + (test_step != NULL ? 1 : 0);
}

void
_cdo_store_schema_set_test_step (const char *sql)
{
  g_free (test_step);
  test_step = g_strdup (sql);
}

static const char *
migration_sql (int version)
{
  g_assert (version >= 1 && version <= _cdo_store_schema_version ());
  if (version <= (int) G_N_ELEMENTS (migrations))
    /* cppcheck-suppress negativeIndex ; the g_assert above keeps version >= 1 */
    return migrations[version - 1];
  return test_step;
}

static gboolean
set_versions (CdoStore  *self,
              gboolean   created,
              GError   **error)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", _cdo_store_schema_version ());
  sqlite3_stmt *stmt;

  if (!_cdo_store_exec (self, pragma, error))
    return FALSE;
  stmt = _cdo_store_prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, created ? "created_by" : "written_by", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, PACKAGE_VERSION, -1, SQLITE_STATIC);
  if (!_cdo_store_step_done (self, stmt, error))
    return FALSE;
  if (!created)
    return TRUE;
  return set_versions (self, FALSE, error);
}

/* Inside the caller's transaction. */
gboolean
_cdo_store_schema_create (CdoStore  *self,
                          GError   **error)
{
  for (int version = 1; version <= _cdo_store_schema_version (); version++)
    if (!_cdo_store_exec (self, migration_sql (version), error))
      return FALSE;
  return _cdo_store_exec (self, "PRAGMA application_id = " G_STRINGIFY (CDO_STORE_APPLICATION_ID), error)
         && set_versions (self, TRUE, error);
}

/* A file whose data no longer match its journal is not upgraded: the upgrade would
 * journal the outside change as its own. */
static gboolean
check_before_upgrade (CdoStore        *self,
                      CdoStoreReplay  *replay,
                      GError         **error)
{
  g_autofree char *mismatch = NULL;
  g_autofree char *name = g_path_get_basename (self->path);

  if (!_cdo_store_replay (self, replay, NULL, error)
      || !_cdo_store_compare_with_replay (self, replay, &mismatch, error))
    return FALSE;
  if (mismatch == NULL && replay->first_inconsistent == 0)
    return TRUE;
  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_CORRUPT,
               _("“%s” cannot be upgraded to this version of Circondario, because its data "
                 "no longer match its journal (%s). Open it with the version that wrote it "
                 "and run “verify”."),
               name, mismatch != NULL ? mismatch : _("the journal contradicts itself"));
  return FALSE;
}

static gboolean
run_upgrade (CdoStore  *self,
             int        from_version,
             GError   **error)
{
  g_auto(CdoStoreReplay) replay = { 0 };

  if (!check_before_upgrade (self, &replay, error))
    return FALSE;
  _cdo_store_replay_clear (&replay);
  if (!_cdo_store_replay (self, &replay, NULL, error))
    return FALSE;
  for (int version = from_version + 1; version <= _cdo_store_schema_version (); version++)
    if (!_cdo_store_exec (self, migration_sql (version), error))
      return FALSE;
  /* The statements and images of the old tables are stale now. */
  _cdo_store_forget_statements (self);
  return _cdo_store_tables_describe (self, error)
         && _cdo_store_journal_differences (self, &replay, error)
         && set_versions (self, FALSE, error);
}

gboolean
_cdo_store_schema_upgrade (CdoStore  *self,
                           int        from_version,
                           GError   **error)
{
  g_autofree char *from = g_strdup_printf ("%d", from_version);
  g_autofree char *to = g_strdup_printf ("%d", _cdo_store_schema_version ());
  g_autofree char *description = g_strdup_printf (_("Upgrade of the file format from version %s to %s"),
                                                  from, to);

  if (!_cdo_store_change_begin (self, CDO_STORE_CHANGE_MIGRATE, 0, description, error))
    return FALSE;
  if (!run_upgrade (self, from_version, error))
    {
      _cdo_store_change_rollback (self);
      /* The rollback restored the old tables: describe them again for this handle. */
      _cdo_store_forget_statements (self);
      _cdo_store_tables_describe (self, NULL);
      return FALSE;
    }
  return _cdo_store_change_commit (self, error);
}
