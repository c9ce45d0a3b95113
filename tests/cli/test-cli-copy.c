/* test-cli-copy.c: `circondario-cli copy`, run in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-fixture.h"

static void
test_copy (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) original = NULL;
  g_autoptr(CdoStore) copy = NULL;
  g_autoptr(CdoDistrict) expected = NULL;
  g_autoptr(CdoDistrict) loaded = NULL;
  g_autofree char *destination = fixture_path (fixture->folder, "copia.circondario");
  g_autofree char *before = cli_fixture_digest (fixture->path);
  g_autofree char *after = NULL;
  g_auto(CdoStoreVerification) result = { 0 };

  g_assert_cmpint (cli_fixture_run (fixture, "copy", "@", "-o", destination, NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_nonnull (strstr (fixture->out->str, "copia.circondario"));

  /* The original is only read: the same bytes, no lock file, no backup copy beside it. */
  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario."), ==, 0);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "copia.circondario."), ==, 0);

  /* The copy is the whole district, journal and all. */
  original = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  expected = cdo_store_load_district (original, &error);
  g_assert_no_error (error);
  copy = cdo_store_open_read_only (destination, &error);
  g_assert_no_error (error);
  loaded = cdo_store_load_district (copy, &error);
  g_assert_no_error (error);
  assert_districts_equal (expected, loaded, TRUE);
  g_assert_cmpstr (cdo_store_get_journal_head (copy), ==, cdo_store_get_journal_head (original));
  g_assert_nonnull (strstr (fixture->out->str, cdo_store_get_journal_head (original)));
  g_assert_true (cdo_store_verify (copy, &result, &error));
  g_assert_true (result.chain_intact && result.data_match_journal);
}

/* An existing destination, even the district itself, is never replaced. */
static void
test_refuses_existing (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *destination = fixture_path (fixture->folder, "altro.circondario");
  g_autofree char *before = cli_fixture_digest (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (destination, "da non perdere", -1, NULL));
  g_assert_cmpint (cli_fixture_run (fixture, "copy", "@", "-o", destination, NULL), ==, 1);
  g_assert_cmpstr (fixture->out->str, ==, "");
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "nothing was written"));
  g_assert_true (g_file_get_contents (destination, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "da non perdere");

  g_assert_cmpint (cli_fixture_run (fixture, "copy", "@", "-o", fixture->path, NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* While a Circondario has the file open the copy is refused, and nothing is written. */
static void
test_locked (CliFixture    *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) holder = cdo_store_open (fixture->path, "Altra Postazione", &error);
  g_autofree char *destination = fixture_path (fixture->folder, "copia.circondario");

  g_assert_no_error (error);
  g_assert_cmpint (cli_fixture_run (fixture, "copy", "@", "-o", destination, NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_false (g_file_test (destination, G_FILE_TEST_EXISTS));
}

static void
test_usage (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autofree char *missing = fixture_path (fixture->folder, "nessuno.circondario");
  g_autofree char *destination = fixture_path (fixture->folder, "copia.circondario");

  g_assert_cmpint (cli_fixture_run (fixture, "copy", "@", NULL), ==, 2);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "-o"));
  g_assert_cmpint (cli_fixture_run (fixture, "copy", "-o", destination, NULL), ==, 2);
  g_assert_cmpint (cli_fixture_run (fixture, "copy", "@", "@", "-o", destination, NULL), ==, 2);
  g_assert_cmpint (cli_fixture_run (fixture, "copy", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "--output"));
  g_assert_cmpint (cli_fixture_run (fixture, "copy", missing, "-o", destination, NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_false (g_file_test (destination, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (CliFixture *, gconstpointer);
  } tests[] = {
    { "/cli/copy/copy", test_copy },
    { "/cli/copy/refuses-existing", test_refuses_existing },
    { "/cli/copy/locked", test_locked },
    { "/cli/copy/usage", test_usage },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, CliFixture, NULL, cli_fixture_set_up, tests[i].func,
                cli_fixture_tear_down);
  return g_test_run ();
}
