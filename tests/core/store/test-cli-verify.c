/* test-cli-verify.c: `circondario-cli verify`, run in-process
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cdo-cli.h"
#include "store-fixture.h"

typedef struct {
  char    *folder;
  char    *path;
  GString *out;
  GString *err;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
  fixture->out = g_string_new (NULL);
  fixture->err = g_string_new (NULL);
  cdo_store_close (fixture_store_with_district (fixture->path));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_string_free (fixture->out, TRUE);
  g_string_free (fixture->err, TRUE);
}

static int
run_verify (Fixture    *fixture,
            const char *path)
{
  const char *argv[] = { "circondario-cli", "verify", path, NULL };

  g_string_truncate (fixture->out, 0);
  g_string_truncate (fixture->err, 0);
  return cdo_cli_run (path != NULL ? 3 : 2, (char **) argv, fixture->out, fixture->err);
}

/* Scripts read errors as one line, ending in a newline. */
static void
assert_one_line (GString *text)
{
  g_assert_cmpuint (text->len, >, 1);
  g_assert_true (strchr (text->str, '\n') == text->str + text->len - 1);
}

static void
test_intact (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_cmpint (run_verify (fixture, fixture->path), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_nonnull (strstr (fixture->out->str, "Chain: intact\n"));
  g_assert_nonnull (strstr (fixture->out->str, "Data: match the journal\n"));
  /* Reading only: no copy, no lock left beside the file. */
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario."), ==, 0);
}

static void
test_broken_entry (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture_raw_exec (fixture->path, "DROP TRIGGER journal_no_update; "
                                   "UPDATE journal SET after = NULL WHERE seq = 3");
  g_assert_cmpint (run_verify (fixture, fixture->path), ==, 1);
  g_assert_nonnull (strstr (fixture->out->str, "Chain: BROKEN at entry 3: "));
}

static void
test_row_edited (Fixture       *fixture,
                 gconstpointer  data)
{
  fixture_raw_exec (fixture->path, "UPDATE list SET signatures = 2500 WHERE interchange_id = 'L1'");
  g_assert_cmpint (run_verify (fixture, fixture->path), ==, 1);
  g_assert_nonnull (strstr (fixture->out->str, "Chain: intact\n"));
  g_assert_nonnull (strstr (fixture->out->str, "Data: DIFFER from the journal: list row 1: "
                                               "signatures is “2500” in the file but “250” in "
                                               "the journal\n"));
}

static int
run_verify_head (Fixture    *fixture,
                 const char *head)
{
  const char *argv[] = { "circondario-cli", "verify", fixture->path, "--head", head, NULL };

  g_string_truncate (fixture->out, 0);
  g_string_truncate (fixture->err, 0);
  return cdo_cli_run (5, (char **) argv, fixture->out, fixture->err);
}

/* One more change, as a desk edit would make; returns the head a document then printed. */
static char *
change_and_print (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_autoptr(CdoDistrict) days = cdo_district_new ();

  g_assert_no_error (error);
  g_date_set_dmy (&days->first_day, 10, G_DATE_OCTOBER, 2021);
  g_assert_true (cdo_store_set_election (store, days, &error));
  g_assert_no_error (error);
  return g_strdup (cdo_store_get_journal_head (store));
}

static void
test_document_head (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *head = change_and_print (fixture);
  g_autofree char *upper = g_ascii_strup (head, -1);

  g_assert_cmpint (run_verify_head (fixture, head), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "every change made before the document was "
                                               "printed is in the journal\n"));
  /* As read off paper, in capitals. */
  g_assert_cmpint (run_verify_head (fixture, upper), ==, 0);

  g_assert_cmpint (run_verify_head (fixture, "12ab"), ==, 2);
  assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "is not a journal head"));
}

/* The change is cut from the journal and undone in the data: the chain is intact and the
 * data follow from it, so only the head on the document shows what happened. */
static void
test_document_head_cut_away (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *head = change_and_print (fixture);

  fixture_raw_exec (fixture->path,
                    "DROP TRIGGER journal_no_delete; DROP TRIGGER change_set_no_delete; "
                    "DELETE FROM journal WHERE seq = (SELECT max(seq) FROM journal); "
                    "DELETE FROM change_set WHERE id = (SELECT max(id) FROM change_set); "
                    "UPDATE election SET first_day = '2021-10-03', second_day = '2021-10-04', "
                    "runoff_first_day = '2021-10-17', runoff_second_day = '2021-10-18'");
  g_assert_cmpint (run_verify (fixture, fixture->path), ==, 0);
  g_assert_cmpint (run_verify_head (fixture, head), ==, 1);
  g_assert_nonnull (strstr (fixture->out->str, "NOT in the journal"));
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autofree char *missing = fixture_path (fixture->folder, "missing.circondario");

  g_assert_cmpint (run_verify (fixture, missing), ==, 2);
  assert_one_line (fixture->err);
  g_assert_cmpstr (fixture->out->str, ==, "");
  g_assert_cmpint (run_verify (fixture, NULL), ==, 2);
  assert_one_line (fixture->err);

  /* Open in Circondario: refused, naming who has it. */
  store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_verify (fixture, fixture->path), ==, 2);
  assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, FIXTURE_ACTOR));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/verify/intact", Fixture, NULL, fixture_set_up, test_intact, fixture_tear_down);
  g_test_add ("/cli/verify/broken-entry", Fixture, NULL, fixture_set_up, test_broken_entry,
              fixture_tear_down);
  g_test_add ("/cli/verify/row-edited", Fixture, NULL, fixture_set_up, test_row_edited,
              fixture_tear_down);
  g_test_add ("/cli/verify/document-head", Fixture, NULL, fixture_set_up, test_document_head,
              fixture_tear_down);
  g_test_add ("/cli/verify/document-head-cut-away", Fixture, NULL, fixture_set_up,
              test_document_head_cut_away, fixture_tear_down);
  g_test_add ("/cli/verify/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  return g_test_run ();
}
