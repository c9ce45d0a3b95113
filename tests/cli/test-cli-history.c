/* test-cli-history.c: `circondario-cli history`, run in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-fixture.h"

/* An edit, then its undo, as two workstations would make them. */
static void
edit_and_undo (CliFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, "Giulia Bianchi", &error);
  g_autoptr(CdoDistrict) days = cdo_district_new ();

  g_assert_no_error (error);
  g_date_set_dmy (&days->first_day, 10, G_DATE_OCTOBER, 2021);
  g_assert_true (cdo_store_set_election (store, days, &error));
  g_assert_no_error (error);
  g_clear_pointer (&store, cdo_store_close);
  g_assert_cmpint (cli_fixture_run (fixture, "undo", "@", "--actor", "Mario Rossi", NULL), ==, 0);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in:\n%s", needle, haystack);
}

static void
test_table (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 length;

  edit_and_undo (fixture);
  before = cli_fixture_digest (fixture->path);
  length = fixture_raw_int (fixture->path, "SELECT count(*) FROM journal");

  g_assert_cmpint (cli_fixture_run (fixture, "history", "@", NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  assert_contains (fixture->out->str, "Journal: ");
  lines = g_strsplit (fixture->out->str, "\n", -1);
  /* District file, journal, blank, titles, three change sets, and the final newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 8);
  assert_contains (lines[3], "No.");
  assert_contains (lines[3], "What");
  /* Newest last. */
  assert_contains (lines[4], "  1  ");
  assert_contains (lines[4], "import");
  assert_contains (lines[4], FIXTURE_ACTOR);
  assert_contains (lines[4], "Fixture");
  assert_contains (lines[5], "edit");
  assert_contains (lines[5], "Giulia Bianchi");
  assert_contains (lines[5], "Voting day set to 2021-10-10");
  assert_contains (lines[6], "undo");
  assert_contains (lines[6], "Mario Rossi");
  assert_contains (lines[6], "Undo: Voting day set to 2021-10-10");
  {
    g_autofree char *last = g_strdup_printf ("  %" G_GINT64_FORMAT "  ", length);

    assert_contains (lines[6], last);
  }

  /* Read only: the same bytes, and no lock file or backup copy beside the file. */
  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario.backup"), ==, 2);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario.lock"), ==, 0);
}

static void
test_json (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autofree char *head = NULL;
  g_autofree char *entries = NULL;
  g_autofree char *import = NULL;
  gint64 length;

  edit_and_undo (fixture);
  length = fixture_raw_int (fixture->path, "SELECT count(*) FROM journal");
  store = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  head = g_strdup_printf ("{\n  \"journal_head\": \"%s\",\n  \"entries\": %" G_GINT64_FORMAT
                          ",\n  \"changes\": [\n    { \"number\": 1, \"at\": \"",
                          cdo_store_get_journal_head (store), length);
  g_clear_pointer (&store, cdo_store_close);
  import = g_strdup_printf ("\"actor\": \"%s\", \"kind\": \"import\", \"description\": "
                            "\"Fixture\", \"reverts\": null, \"first_entry\": 1, "
                            "\"last_entry\": %" G_GINT64_FORMAT " },", FIXTURE_ACTOR,
                            length - 2);
  entries = g_strdup_printf ("\"first_entry\": %" G_GINT64_FORMAT ", \"last_entry\": %"
                             G_GINT64_FORMAT " }\n  ]\n}\n", length, length);

  g_assert_cmpint (cli_fixture_run (fixture, "history", "@", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_true (g_str_has_prefix (fixture->out->str, head));
  assert_contains (fixture->out->str, import);
  assert_contains (fixture->out->str, "{ \"number\": 2, ");
  assert_contains (fixture->out->str, "\"actor\": \"Giulia Bianchi\", \"kind\": \"edit\", "
                                      "\"description\": \"Voting day set to 2021-10-10\", "
                                      "\"reverts\": null");
  assert_contains (fixture->out->str, "{ \"number\": 3, ");
  assert_contains (fixture->out->str, "\"actor\": \"Mario Rossi\", \"kind\": \"undo\", "
                                      "\"description\": \"Undo: Voting day set to 2021-10-10\", "
                                      "\"reverts\": 2, ");
  g_assert_true (g_str_has_suffix (fixture->out->str, entries));
}

/* Text from the file is escaped in the JSON, and kept on one line in the table. */
static void
test_escaping (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, "Anna \"Nina\" O'Neil\\\n",
                                              &error);
  g_autoptr(CdoDistrict) days = cdo_district_new ();

  g_assert_no_error (error);
  g_date_set_dmy (&days->first_day, 10, G_DATE_OCTOBER, 2021);
  g_assert_true (cdo_store_set_election (store, days, &error));
  g_clear_pointer (&store, cdo_store_close);

  g_assert_cmpint (cli_fixture_run (fixture, "history", "@", "--json", NULL), ==, 0);
  assert_contains (fixture->out->str, "\"actor\": \"Anna \\\"Nina\\\" O'Neil\\\\\\u000a\"");
  g_assert_cmpint (cli_fixture_run (fixture, "history", "@", NULL), ==, 0);
  assert_contains (fixture->out->str, "Anna \"Nina\" O'Neil\\ ");
}

/* A district file made with New District: nothing journaled yet. */
static void
test_empty (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture->folder, "nuovo.circondario");
  g_autoptr(CdoStore) store = cdo_store_create (path, FIXTURE_ACTOR, &error);

  g_assert_no_error (error);
  g_clear_pointer (&store, cdo_store_close);
  g_assert_cmpint (cli_fixture_run (fixture, "history", path, NULL), ==, 0);
  assert_contains (fixture->out->str, "Journal: 0 entries");
  g_assert_null (strstr (fixture->out->str, "No."));
  g_assert_cmpint (cli_fixture_run (fixture, "history", path, "--json", NULL), ==, 0);
  assert_contains (fixture->out->str, "\"entries\": 0,\n  \"changes\": []\n}\n");
}

static void
test_usage (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) holder = NULL;
  g_autofree char *missing = fixture_path (fixture->folder, "nessuno.circondario");

  g_assert_cmpint (cli_fixture_run (fixture, "history", NULL), ==, 2);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_cmpint (cli_fixture_run (fixture, "history", "@", "@", NULL), ==, 2);
  g_assert_cmpint (cli_fixture_run (fixture, "history", "@", "--bogus", NULL), ==, 2);
  g_assert_cmpint (cli_fixture_run (fixture, "history", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "--json"));
  g_assert_cmpint (cli_fixture_run (fixture, "history", missing, NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_cmpstr (fixture->out->str, ==, "");

  /* Refused while a Circondario has the file open, as verify is. */
  holder = cdo_store_open (fixture->path, "Altra Postazione", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cli_fixture_run (fixture, "history", "@", NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (CliFixture *, gconstpointer);
  } tests[] = {
    { "/cli/history/table", test_table },
    { "/cli/history/json", test_json },
    { "/cli/history/escaping", test_escaping },
    { "/cli/history/empty", test_empty },
    { "/cli/history/usage", test_usage },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, CliFixture, NULL, cli_fixture_set_up, tests[i].func,
                cli_fixture_tear_down);
  return g_test_run ();
}
