/* test-store-verify.c: verify finds an edited journal entry, and an edited row
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tampering is done as a hostile user would: with plain sqlite3 on the closed file,
 * dropping the append-only triggers first where needed.
 */
#include <sqlite3.h>

#include "store-fixture.h"

typedef struct {
  char *folder;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoCandidate) candidate = fixture_candidate ("Ultimo", "Arrivato", "2000-01-01");

  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
  store = fixture_store_with_district (fixture->path);
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  g_assert_true (cdo_store_insert_candidate (store, fixture_find_list (district, "L2")->row_id, 1,
                                             candidate, &error));
  g_assert_true (cdo_store_move_candidate (store, fixture_find_list (district, "L2")->row_id, 1, 3,
                                           &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static void
verify (Fixture              *fixture,
        CdoStoreVerification *result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_true (cdo_store_verify (store, result, &error));
  g_assert_no_error (error);
}

static void
test_intact (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(CdoStoreVerification) result = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  gint64 entries = fixture_raw_int (fixture->path, "SELECT count(*) FROM journal");

  verify (fixture, &result);
  g_assert_true (result.chain_intact);
  g_assert_cmpint (result.first_broken_entry, ==, 0);
  g_assert_null (result.broken_reason);
  g_assert_true (result.data_match_journal);
  g_assert_null (result.first_mismatch);
  g_assert_cmpint (result.entries, ==, entries);

  /* The head is the newest entry's hash, in hex. */
  store = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cdo_store_get_journal_length (store), ==, entries);
  g_assert_cmpuint (strlen (cdo_store_get_journal_head (store)), ==, 64);
  g_assert_cmpstr (cdo_store_get_journal_head (store), !=,
                   "0000000000000000000000000000000000000000000000000000000000000000");
}

static void
test_append_only_in_sql (Fixture       *fixture,
                         gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE journal SET after = NULL WHERE seq = 1", NULL, NULL, NULL),
                   !=, SQLITE_OK);
  g_assert_nonnull (strstr (sqlite3_errmsg (db), "append-only"));
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM journal", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM change_set", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_journal_entry_tampered (Fixture       *fixture,
                             gconstpointer  data)
{
  g_auto(CdoStoreVerification) result = { 0 };
  gint64 seq = fixture_raw_int (fixture->path,
                                "SELECT min(seq) FROM journal WHERE after LIKE '%\"Rossi\"%'");
  g_autofree char *sql = g_strdup_printf ("DROP TRIGGER journal_no_update; "
                                          "UPDATE journal SET after = replace(after, 'Rossi', 'Rosso') "
                                          "WHERE seq = %" G_GINT64_FORMAT, seq);

  g_assert_cmpint (seq, >, 1);
  fixture_raw_exec (fixture->path, sql);
  verify (fixture, &result);
  g_assert_false (result.chain_intact);
  g_assert_cmpint (result.first_broken_entry, ==, seq);
  g_assert_nonnull (strstr (result.broken_reason, "does not match its hash"));
}

static void
test_change_set_tampered (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(CdoStoreVerification) result = { 0 };
  gint64 first = fixture_raw_int (fixture->path,
                                  "SELECT first_seq FROM change_set ORDER BY id DESC LIMIT 1");

  fixture_raw_exec (fixture->path, "DROP TRIGGER change_set_no_update; "
                                   "UPDATE change_set SET actor = 'Qualcun Altro' "
                                   "WHERE id = (SELECT max(id) FROM change_set)");
  verify (fixture, &result);
  g_assert_false (result.chain_intact);
  g_assert_cmpint (result.first_broken_entry, ==, first);
  /* The data still follow from the journal: only who did it was rewritten. */
  g_assert_true (result.data_match_journal);
}

static void
test_entry_removed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(CdoStoreVerification) result = { 0 };

  fixture_raw_exec (fixture->path, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq = 7");
  verify (fixture, &result);
  g_assert_false (result.chain_intact);
  g_assert_cmpint (result.first_broken_entry, ==, 8);
  g_assert_nonnull (strstr (result.broken_reason, "missing"));
  g_assert_false (result.data_match_journal);
}

static void
assert_mismatch (Fixture    *fixture,
                 const char *sql,
                 const char *expected)
{
  g_auto(CdoStoreVerification) result = { 0 };

  fixture_raw_exec (fixture->path, sql);
  verify (fixture, &result);
  g_assert_true (result.chain_intact);
  g_assert_false (result.data_match_journal);
  if (strstr (result.first_mismatch, expected) == NULL)
    g_error ("“%s” does not say “%s”", result.first_mismatch, expected);
}

static void
test_row_edited (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *expected = NULL;
  gint64 person = fixture_raw_int (fixture->path, "SELECT id FROM person WHERE surname = 'Rossi'");

  expected = g_strdup_printf ("person row %" G_GINT64_FORMAT ": surname is “Rosi” in the file but "
                              "“Rossi” in the journal", person);
  assert_mismatch (fixture, "UPDATE person SET surname = 'Rosi' WHERE surname = 'Rossi'", expected);
}

static void
test_row_added (Fixture       *fixture,
                gconstpointer  data)
{
  assert_mismatch (fixture, "INSERT INTO delegate (list, surname) VALUES (1, 'Intruso')",
                   "it is not in the journal: it was added outside Circondario");
}

static void
test_row_removed (Fixture       *fixture,
                  gconstpointer  data)
{
  assert_mismatch (fixture, "DELETE FROM signatory WHERE surname = 'Blu'",
                   "it is in the journal but not in the file: it was removed outside Circondario");
}

/* A symbol's image is quoted by its start and length, not as kilobytes of hex. */
static void
test_long_value_shortened (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(CdoStoreVerification) result = { 0 };

  fixture_raw_exec (fixture->path, "UPDATE symbol SET data = zeroblob(4096)");
  verify (fixture, &result);
  g_assert_false (result.data_match_journal);
  g_assert_nonnull (strstr (result.first_mismatch, "list symbol row"));
  g_assert_nonnull (strstr (result.first_mismatch, "characters)"));
  g_assert_cmpuint (strlen (result.first_mismatch), <, 300);
}

/* Cutting the newest entries leaves an intact chain (the head printed on documents is
 * what shows that), but the data no longer follow from it. */
static void
test_tail_cut (Fixture       *fixture,
               gconstpointer  data)
{
  assert_mismatch (fixture, "DROP TRIGGER journal_no_delete; "
                            "DELETE FROM journal WHERE seq > (SELECT max(seq) - 3 FROM journal)",
                   "candidate row");
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/store/verify/intact", test_intact },
    { "/store/verify/append-only-in-sql", test_append_only_in_sql },
    { "/store/verify/journal-entry-tampered", test_journal_entry_tampered },
    { "/store/verify/change-set-tampered", test_change_set_tampered },
    { "/store/verify/entry-removed", test_entry_removed },
    { "/store/verify/row-edited", test_row_edited },
    { "/store/verify/row-added", test_row_added },
    { "/store/verify/row-removed", test_row_removed },
    { "/store/verify/tail-cut", test_tail_cut },
    { "/store/verify/long-value-shortened", test_long_value_shortened },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);
  return g_test_run ();
}
