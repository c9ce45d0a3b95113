/* test-cli-rules-district.c: `circondario-cli rules --district … --comune …`, in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture district has Borgo Alto (VA, ISTAT 012001, 10,372 inhabitants) and Pian
 * Basso (SS, Sardegna, capoluogo, 2,500), voting on 3 October 2021.
 */
#include <string.h>

#include "cdo-cli.h"
#include "cli-fixture.h"

/* What `rules` answers to the explicit options: the district must give the same. */
static char *
explicit_answer (CliFixture *fixture,
                 const char *first,
                 ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  va_list ap;

  g_ptr_array_add (args, (gpointer) "circondario-cli");
  g_ptr_array_add (args, (gpointer) "rules");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_assert_cmpint (cdo_cli_run ((int) args->len - 1, (char **) args->pdata, out, err), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  return g_strdup (out->str);
}

static char *
fixture_json (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cli", "fixtures", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_by_name_and_istat (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *expected = explicit_answer (fixture, "--population", "10372", "--date",
                                               "2021-10-03", "--json", NULL);
  g_autofree char *before = cli_fixture_digest (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *heading = NULL;

  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "012001",
                                    "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_cmpstr (fixture->out->str, ==, expected);
  /* By name, in any case. */
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "borgo alto",
                                    "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==, expected);

  /* The table says which comune of which file. */
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "Borgo Alto",
                                    NULL), ==, 0);
  heading = g_strdup_printf ("Borgo Alto (VA), from %s:\nPopulation 10372, election on "
                             "2021-10-03\n", fixture->path);
  g_assert_true (g_str_has_prefix (fixture->out->str, heading));

  /* Read only: the same bytes, no lock file, no backup copy. */
  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario."), ==, 0);
}

/* Options given on the command line override the district's figures. */
static void
test_overrides (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *band = fixture_json ("rules-2021-10-03-12000.json");
  g_autofree char *capoluogo = fixture_json ("rules-2026-05-24-14000-capoluogo.json");
  g_autofree char *region = explicit_answer (fixture, "--population", "2500", "--capoluogo",
                                             "--region", "Piemonte", "--date", "2021-10-03",
                                             "--json", NULL);

  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "012001",
                                    "--population", "12000", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==, band);
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "012001",
                                    "--population", "14000", "--capoluogo", "--date", "2026-05-24",
                                    "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==, capoluogo);

  /* Pian Basso is in Sardegna, whose law the rule book does not cover: refused, unless
   * another region is given. Its capoluogo flag comes from the file. */
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "Pian Basso",
                                    NULL), ==, 2);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "special-statute"));
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "Pian Basso",
                                    "--region", "Piemonte", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==, region);
}

static void
test_no_voting_days (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = fixture_district ();
  g_autofree char *path = fixture_path (fixture->folder, "senza-date.circondario");
  g_autoptr(CdoStore) store = cdo_store_create (path, FIXTURE_ACTOR, &error);
  g_autofree char *expected = explicit_answer (fixture, "--population", "10372", "--date",
                                               "2026-05-24", "--json", NULL);

  g_assert_no_error (error);
  g_date_clear (&district->first_day, 1);
  g_date_clear (&district->second_day, 1);
  g_date_clear (&district->runoff_first_day, 1);
  g_date_clear (&district->runoff_second_day, 1);
  g_assert_true (cdo_store_import_district (store, district, "Fixture", &error));
  g_assert_no_error (error);
  g_clear_pointer (&store, cdo_store_close);

  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", path, "--comune", "012001",
                                    NULL), ==, 2);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "--date"));
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", path, "--comune", "012001",
                                    "--date", "2026-05-24", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==, expected);
}

static void
test_refused (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autofree char *missing = fixture_path (fixture->folder, "nessuno.circondario");

  /* A comune not in the file: the message names those that are. */
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "Roma",
                                    NULL), ==, 2);
  g_assert_cmpstr (fixture->out->str, ==, "");
  cli_fixture_assert_one_line (fixture->err);
  g_assert_nonnull (strstr (fixture->err->str, "“Roma”"));
  g_assert_nonnull (strstr (fixture->err->str, "Borgo Alto, Pian Basso"));
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", "--comune", "012002",
                                    NULL), ==, 2);

  /* The two options go together. */
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", "@", NULL), ==, 2);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--comune", "012001", "--date",
                                    "2021-10-03", NULL), ==, 2);
  cli_fixture_assert_one_line (fixture->err);

  /* A district file that cannot be read is a failure, not a usage error. */
  g_assert_cmpint (cli_fixture_run (fixture, "rules", "--district", missing, "--comune",
                                    "012001", NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (CliFixture *, gconstpointer);
  } tests[] = {
    { "/cli/rules/district/by-name-and-istat", test_by_name_and_istat },
    { "/cli/rules/district/overrides", test_overrides },
    { "/cli/rules/district/no-voting-days", test_no_voting_days },
    { "/cli/rules/district/refused", test_refused },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, CliFixture, NULL, cli_fixture_set_up, tests[i].func,
                cli_fixture_tear_down);
  return g_test_run ();
}
