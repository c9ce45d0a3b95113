/* test-store-history.c: the journal's change sets (cdo_store_read_history), and saving a
 * copy through a read-only handle
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "cdo-store-private.h"
#include "store-fixture.h"

typedef struct {
  char *folder;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
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
set_first_day (CdoStore *store,
               int       day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) days = cdo_district_new ();

  g_date_set_dmy (&days->first_day, (GDateDay) day, G_DATE_OCTOBER, 2021);
  g_assert_true (cdo_store_set_election (store, days, &error));
  g_assert_no_error (error);
}

static GPtrArray *
read_history (CdoStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *history = cdo_store_read_history (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (history);
  return history;
}

static const CdoStoreChangeSet *
nth (GPtrArray *history,
     guint      index)
{
  g_assert_cmpuint (index, <, history->len);
  return g_ptr_array_index (history, index);
}

/* The change sets cover the journal from its first entry to its last, without gaps. */
static void
assert_contiguous (GPtrArray *history,
                   gint64     length)
{
  gint64 next = 1;

  for (guint i = 0; i < history->len; i++)
    {
      const CdoStoreChangeSet *change_set = nth (history, i);

      g_assert_cmpint (change_set->number, ==, i + 1);
      g_assert_cmpint (change_set->first_entry, ==, next);
      g_assert_cmpint (change_set->last_entry, >=, change_set->first_entry);
      next = change_set->last_entry + 1;
    }
  g_assert_cmpint (next - 1, ==, length);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_create (fixture->path, FIXTURE_ACTOR, &error);
  g_autoptr(GPtrArray) history = NULL;

  g_assert_no_error (error);
  history = read_history (store);
  g_assert_cmpuint (history->len, ==, 0);
}

static void
test_kinds_and_ranges (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
  g_autoptr(CdoStore) reader = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) read_only = NULL;
  gint64 imported = cdo_store_get_journal_length (store);
  const CdoStoreChangeSet *change_set;

  set_first_day (store, 10);
  g_assert_true (cdo_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_true (cdo_store_redo (store, &error));
  g_assert_no_error (error);

  history = read_history (store);
  g_assert_cmpuint (history->len, ==, 4);
  assert_contiguous (history, cdo_store_get_journal_length (store));

  change_set = nth (history, 0);
  g_assert_cmpstr (change_set->kind, ==, "import");
  g_assert_cmpstr (change_set->actor, ==, FIXTURE_ACTOR);
  g_assert_cmpstr (change_set->description, ==, "Fixture");
  g_assert_cmpint (change_set->reverts, ==, 0);
  g_assert_cmpint (change_set->last_entry, ==, imported);
  /* "2026-11-23T09:12:41+01:00": to the second, with the offset. */
  g_assert_cmpuint (strlen (change_set->at), ==, 25);
  g_assert_cmpint (change_set->at[10], ==, 'T');

  change_set = nth (history, 1);
  g_assert_cmpstr (change_set->kind, ==, "edit");
  g_assert_cmpstr (change_set->description, ==, "Voting day set to 2021-10-10");
  g_assert_cmpint (change_set->reverts, ==, 0);

  change_set = nth (history, 2);
  g_assert_cmpstr (change_set->kind, ==, "undo");
  g_assert_cmpstr (change_set->description, ==, "Undo: Voting day set to 2021-10-10");
  g_assert_cmpint (change_set->reverts, ==, 2);

  change_set = nth (history, 3);
  g_assert_cmpstr (change_set->kind, ==, "redo");
  g_assert_cmpint (change_set->reverts, ==, 2);
  g_clear_pointer (&store, cdo_store_close);

  /* A read, which a read-only handle answers the same. */
  reader = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  read_only = read_history (reader);
  g_assert_cmpuint (read_only->len, ==, history->len);
  for (guint i = 0; i < history->len; i++)
    {
      g_assert_cmpstr (nth (read_only, i)->kind, ==, nth (history, i)->kind);
      g_assert_cmpstr (nth (read_only, i)->at, ==, nth (history, i)->at);
      g_assert_cmpint (nth (read_only, i)->last_entry, ==, nth (history, i)->last_entry);
    }
}

static void
test_migration (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(GPtrArray) history = NULL;

  cdo_store_close (fixture_store_with_district (fixture->path));
  _cdo_store_schema_set_test_step ("ALTER TABLE comune ADD COLUMN note TEXT DEFAULT 'nessuna'");
  store = cdo_store_open (fixture->path, "Tecnico", &error);
  _cdo_store_schema_set_test_step (NULL);
  g_assert_no_error (error);

  history = read_history (store);
  g_assert_cmpuint (history->len, ==, 2);
  assert_contiguous (history, cdo_store_get_journal_length (store));
  /* The journal says "migrate"; the history reads "migration". */
  g_assert_cmpstr (nth (history, 1)->kind, ==, "migration");
  g_assert_cmpstr (nth (history, 1)->actor, ==, "Tecnico");
}

/* Entries cut off the end of the journal by hand: the newest change set keeps its number
 * and says it has no entries left (verify is what tells the cut). */
static void
test_cut_journal (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
  g_autoptr(CdoStore) reader = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 imported = cdo_store_get_journal_length (store);

  set_first_day (store, 10);
  g_clear_pointer (&store, cdo_store_close);
  fixture_raw_exec (fixture->path, "DROP TRIGGER journal_no_delete; "
                                   "DELETE FROM journal WHERE change_set = 2");

  reader = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  history = read_history (reader);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (nth (history, 0)->last_entry, ==, imported);
  g_assert_cmpint (nth (history, 1)->first_entry, ==, imported + 1);
  g_assert_cmpint (nth (history, 1)->last_entry, <, nth (history, 1)->first_entry);
}

static char *
digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* A read-only handle holds a read transaction, in which SQLite refuses VACUUM: the copy is
 * made all the same, and the original is left exactly as it was. */
static void
test_save_copy_read_only (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) reader = NULL;
  g_autoptr(CdoStore) copy = NULL;
  g_autoptr(CdoDistrict) expected = NULL;
  g_autoptr(CdoDistrict) loaded = NULL;
  g_autofree char *destination = fixture_path (fixture->folder, "copy.circondario");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(CdoStoreVerification) result = { 0 };

  cdo_store_close (fixture_store_with_district (fixture->path));
  before = digest (fixture->path);
  reader = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  expected = cdo_store_load_district (reader, &error);
  g_assert_no_error (error);

  g_assert_true (cdo_store_save_copy (reader, destination, &error));
  g_assert_no_error (error);
  g_assert_false (cdo_store_save_copy (reader, destination, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  /* The handle still reads after the copy. */
  g_clear_pointer (&expected, cdo_district_free);
  expected = cdo_store_load_district (reader, &error);
  g_assert_no_error (error);

  copy = cdo_store_open_read_only (destination, &error);
  g_assert_no_error (error);
  loaded = cdo_store_load_district (copy, &error);
  g_assert_no_error (error);
  assert_districts_equal (expected, loaded, TRUE);
  g_assert_cmpstr (cdo_store_get_journal_head (copy), ==, cdo_store_get_journal_head (reader));
  g_assert_true (cdo_store_verify (copy, &result, &error));
  g_assert_true (result.chain_intact && result.data_match_journal);
  g_clear_pointer (&reader, cdo_store_close);
  g_clear_pointer (&copy, cdo_store_close);

  after = digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  /* No lock file, no backup copy, no partial copy left behind. */
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario."), ==, 0);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "copy.circondario."), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/store/history/empty", test_empty },
    { "/store/history/kinds-and-ranges", test_kinds_and_ranges },
    { "/store/history/migration", test_migration },
    { "/store/history/cut-journal", test_cut_journal },
    { "/store/history/save-copy-read-only", test_save_copy_read_only },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);
  return g_test_run ();
}
