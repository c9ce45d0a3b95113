/* test-cli-undo.c: `circondario-cli undo` and `redo`, run in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-fixture.h"

/* The voting days set by a desk edit, as the window's dialog would. */
static void
set_first_day (CliFixture *fixture,
               int         day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_autoptr(CdoDistrict) days = cdo_district_new ();

  g_assert_no_error (error);
  g_date_set_dmy (&days->first_day, (GDateDay) day, G_DATE_OCTOBER, 2021);
  g_assert_true (cdo_store_set_election (store, days, &error));
  g_assert_no_error (error);
}

static int
stored_first_day (CliFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (fixture->path, &error);
  g_autoptr(CdoDistrict) district = NULL;

  g_assert_no_error (error);
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  return g_date_get_day (&district->first_day);
}

static gint64
journal_length (CliFixture *fixture)
{
  return fixture_raw_int (fixture->path, "SELECT count(*) FROM journal");
}

static char *
newest_actor (CliFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (fixture->path, &error);
  g_autoptr(GPtrArray) history = NULL;
  const CdoStoreChangeSet *newest;

  g_assert_no_error (error);
  history = cdo_store_read_history (store, &error);
  g_assert_no_error (error);
  newest = g_ptr_array_index (history, history->len - 1);
  return g_strdup (newest->actor);
}

static void
test_undo_redo (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *actor = NULL;
  g_autofree char *redone_by = NULL;

  set_first_day (fixture, 10);
  g_assert_cmpint (stored_first_day (fixture), ==, 10);

  g_assert_cmpint (cli_fixture_run (fixture, "undo", "@", "--actor", "Giulia Bianchi", NULL),
                   ==, 0);
  /* The window's toast, word for word. */
  g_assert_cmpstr (fixture->out->str, ==, "Undone: Voting day set to 2021-10-10\n");
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_cmpint (stored_first_day (fixture), ==, 3);
  actor = newest_actor (fixture);
  g_assert_cmpstr (actor, ==, "Giulia Bianchi");

  g_assert_cmpint (cli_fixture_run (fixture, "redo", "@", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==, "Redone: Voting day set to 2021-10-10\n");
  g_assert_cmpint (stored_first_day (fixture), ==, 10);
  /* Without --actor: a name of this user's, never empty. */
  redone_by = newest_actor (fixture);
  g_assert_cmpstr (redone_by, !=, "");
  g_assert_cmpstr (redone_by, !=, "Giulia Bianchi");
}

/* Nothing to undo (an import ends the history) or to redo: refused, with one line, and
 * the district file exactly as it was. */
static void
test_nothing (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autofree char *before = cli_fixture_digest (fixture->path);
  g_autofree char *after = NULL;
  gint64 length = journal_length (fixture);

  g_assert_cmpint (cli_fixture_run (fixture, "undo", "@", NULL), ==, 1);
  g_assert_cmpstr (fixture->out->str, ==, "");
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "nothing to undo"));
  g_assert_nonnull (strstr (fixture->err->str, "nothing was changed"));

  g_assert_cmpint (cli_fixture_run (fixture, "redo", "@", NULL), ==, 1);
  g_assert_cmpstr (fixture->out->str, ==, "");
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "nothing to redo"));

  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (journal_length (fixture), ==, length);

  /* Undone once, there is nothing more to undo, and nothing to redo after a new edit. */
  set_first_day (fixture, 10);
  g_assert_cmpint (cli_fixture_run (fixture, "undo", "@", NULL), ==, 0);
  g_assert_cmpint (cli_fixture_run (fixture, "undo", "@", NULL), ==, 1);
  set_first_day (fixture, 17);
  g_assert_cmpint (cli_fixture_run (fixture, "redo", "@", NULL), ==, 1);
  g_assert_cmpint (stored_first_day (fixture), ==, 17);
}

/* A row changed outside Circondario since: undo refuses, and changes nothing. */
static void
test_conflict (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 length;

  set_first_day (fixture, 10);
  fixture_raw_exec (fixture->path, "UPDATE election SET first_day = '2021-10-24'");
  before = cli_fixture_digest (fixture->path);
  length = journal_length (fixture);

  g_assert_cmpint (cli_fixture_run (fixture, "undo", "@", NULL), ==, 1);
  g_assert_cmpstr (fixture->out->str, ==, "");
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "outside Circondario"));
  g_assert_nonnull (strstr (fixture->err->str, "Nothing was changed"));

  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (journal_length (fixture), ==, length);
  g_assert_cmpint (stored_first_day (fixture), ==, 24);
}

/* Another Circondario has the file open: refused with who holds it. */
static void
test_locked (CliFixture    *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) holder = NULL;

  set_first_day (fixture, 10);
  holder = cdo_store_open (fixture->path, "Altra Postazione", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cli_fixture_run (fixture, "undo", "@", NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  g_clear_pointer (&holder, cdo_store_close);
  g_assert_cmpint (stored_first_day (fixture), ==, 10);
}

static void
test_usage (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autofree char *missing = fixture_path (fixture->folder, "nessuno.circondario");

  for (guint i = 0; i < 2; i++)
    {
      const char *command = i == 0 ? "undo" : "redo";

      g_assert_cmpint (cli_fixture_run (fixture, command, NULL), ==, 2);
      cli_fixture_assert_one_line (fixture->err);
      g_assert_cmpint (cli_fixture_run (fixture, command, "@", "@", NULL), ==, 2);
      g_assert_cmpint (cli_fixture_run (fixture, command, "@", "--bogus", NULL), ==, 2);
      g_assert_cmpint (cli_fixture_run (fixture, command, "--help", NULL), ==, 0);
      g_assert_nonnull (strstr (fixture->out->str, "--actor"));
      g_assert_cmpint (cli_fixture_run (fixture, command, missing, NULL), ==, 1);
      cli_fixture_assert_one_line (fixture->err);
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (CliFixture *, gconstpointer);
  } tests[] = {
    { "/cli/undo/undo-redo", test_undo_redo },
    { "/cli/undo/nothing", test_nothing },
    { "/cli/undo/conflict", test_conflict },
    { "/cli/undo/locked", test_locked },
    { "/cli/undo/usage", test_usage },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, CliFixture, NULL, cli_fixture_set_up, tests[i].func,
                cli_fixture_tear_down);
  return g_test_run ();
}
