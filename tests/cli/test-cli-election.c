/* test-cli-election.c: `circondario-cli election`, run in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cdo-cli.h"
#include "cdo-date.h"
#include "cdo-store.h"

typedef struct {
  char    *folder;
  char    *district;
  GString *out;
  GString *err;
} Fixture;

/* A district file as New District makes it: no voting days yet. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;

  fixture->folder = g_dir_make_tmp ("circondario-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->district = g_build_filename (fixture->folder, "distretto.circondario", NULL);
  store = cdo_store_create (fixture->district, "Maria Segretaria", &error);
  g_assert_no_error (error);
  fixture->out = g_string_new (NULL);
  fixture->err = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->folder), ==, 0);
  g_free (fixture->folder);
  g_free (fixture->district);
  g_string_free (fixture->out, TRUE);
  g_string_free (fixture->err, TRUE);
}

/* Runs `circondario-cli election ARGS…`; "@" stands for the district file. */
static int
run (Fixture    *fixture,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char **argv = NULL;
  va_list ap;
  int status;

  g_string_truncate (fixture->out, 0);
  g_string_truncate (fixture->err, 0);
  g_ptr_array_add (args, g_strdup ("circondario-cli"));
  g_ptr_array_add (args, g_strdup ("election"));
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (g_str_equal (arg, "@") ? fixture->district : arg));
  va_end (ap);
  g_ptr_array_add (args, NULL);
  /* The option parser rearranges argv: hand it a copy of the pointers. */
  argv = g_memdup2 (args->pdata, sizeof (char *) * args->len);
  status = cdo_cli_run ((int) args->len - 1, argv, fixture->out, fixture->err);
  g_test_message ("out:\n%s\nerr:\n%s", fixture->out->str, fixture->err->str);
  return status;
}

/* The four days in the file, as ISO dates ("" for none), joined by spaces. */
static char *
stored_days (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (fixture->district, &error);
  g_autoptr(CdoDistrict) district = NULL;
  const GDate *days[4];
  char *texts[5] = { NULL };
  char *joined;

  g_assert_no_error (error);
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  days[0] = &district->first_day;
  days[1] = &district->second_day;
  days[2] = &district->runoff_first_day;
  days[3] = &district->runoff_second_day;
  for (guint i = 0; i < 4; i++)
    texts[i] = g_date_valid (days[i]) ? cdo_date_format_iso (days[i]) : g_strdup ("");
  joined = g_strjoinv (" ", texts);
  for (guint i = 0; i < 4; i++)
    g_free (texts[i]);
  return joined;
}

static char *
file_digest (Fixture *fixture)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (fixture->district, &contents, &length, &error));
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static guint
n_backups (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".backup-") != NULL)
      n++;
  return n;
}

/* Who the journal says made the newest change. */
static char *
last_actor (Fixture *fixture)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *actor = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->district, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT actor FROM change_set ORDER BY id DESC "
                                           "LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    actor = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return actor;
}

static void
test_print_none (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_cmpint (run (fixture, "@", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "First voting day"));
  g_assert_nonnull (strstr (fixture->out->str, "none"));
  g_assert_nonnull (strstr (fixture->out->str, "--first-day"));
  g_assert_cmpstr (fixture->err->str, ==, "");

  g_assert_cmpint (run (fixture, "@", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==,
                   "{\n"
                   "  \"first_day\": null,\n"
                   "  \"second_day\": null,\n"
                   "  \"runoff_first_day\": null,\n"
                   "  \"runoff_second_day\": null\n"
                   "}\n");

  /* Printing writes nothing, not even a backup copy. */
  g_assert_cmpuint (n_backups (fixture), ==, 0);
}

static void
test_set_and_print (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *days = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *digest = NULL;

  g_assert_cmpint (run (fixture, "@", "--first-day", "2026-05-24", "--second-day", "2026-05-25",
                        "--runoff-first-day", "2026-06-07", "--runoff-second-day", "2026-06-08",
                        "--actor", "Giulia Bianchi", NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_nonnull (strstr (fixture->out->str, "2026-06-08"));
  days = stored_days (fixture);
  g_assert_cmpstr (days, ==, "2026-05-24 2026-05-25 2026-06-07 2026-06-08");
  actor = last_actor (fixture);
  g_assert_cmpstr (actor, ==, "Giulia Bianchi");

  g_assert_cmpint (run (fixture, "@", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==,
                   "{\n"
                   "  \"first_day\": \"2026-05-24\",\n"
                   "  \"second_day\": \"2026-05-25\",\n"
                   "  \"runoff_first_day\": \"2026-06-07\",\n"
                   "  \"runoff_second_day\": \"2026-06-08\"\n"
                   "}\n");
  g_assert_cmpint (run (fixture, "@", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "2026-05-24"));
  g_assert_null (strstr (fixture->out->str, "none"));

  /* The same days again change nothing and journal nothing. */
  digest = file_digest (fixture);
  g_assert_cmpint (run (fixture, "@", "--first-day", "2026-05-24", "--second-day", "2026-05-25",
                        "--runoff-first-day", "2026-06-07", "--runoff-second-day", "2026-06-08",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "nothing was changed"));
  g_clear_pointer (&days, g_free);
  days = file_digest (fixture);
  g_assert_cmpstr (days, ==, digest);

  /* The days are set together: a day left out is none. */
  g_assert_cmpint (run (fixture, "@", "--first-day", "2026-05-31", "--json", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "\"second_day\": null"));
  g_clear_pointer (&days, g_free);
  days = stored_days (fixture);
  g_assert_cmpstr (days, ==, "2026-05-31   ");
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *days = NULL;
  guint backups;

  g_assert_cmpint (run (fixture, "@", "--first-day", "2026-05-24", NULL), ==, 0);
  before = file_digest (fixture);
  backups = n_backups (fixture);

  /* Out of order, a second run-off day without the first, not a date, no first day: usage
   * errors, with one line saying what to correct, and the file untouched. */
  g_assert_cmpint (run (fixture, "@", "--first-day", "2026-05-24", "--second-day", "2026-05-20",
                        NULL), ==, 2);
  g_assert_nonnull (strstr (fixture->err->str, "2026-05-20"));
  g_assert_nonnull (strstr (fixture->err->str, "Nothing was changed"));
  g_assert_cmpstr (fixture->out->str, ==, "");
  g_assert_cmpint (run (fixture, "@", "--first-day", "2026-05-24", "--runoff-second-day",
                        "2026-06-08", NULL), ==, 2);
  g_assert_cmpint (run (fixture, "@", "--first-day", "2026-02-30", NULL), ==, 2);
  g_assert_nonnull (strstr (fixture->err->str, "2026-02-30"));
  g_assert_cmpint (run (fixture, "@", "--first-day", "24/05/2026", NULL), ==, 2);
  g_assert_cmpint (run (fixture, "@", "--second-day", "2026-05-25", NULL), ==, 2);
  g_assert_nonnull (strstr (fixture->err->str, "--first-day"));
  g_assert_cmpint (run (fixture, "@", "--actor", "Someone", NULL), ==, 2);
  for (const char *p = fixture->err->str; *p != '\0' && p[1] != '\0'; p++)
    g_assert_cmpint (*p, !=, '\n');

  after = file_digest (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_backups (fixture), ==, backups);
  days = stored_days (fixture);
  g_assert_cmpstr (days, ==, "2026-05-24   ");
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->folder, "nessuno.circondario", NULL);

  g_assert_cmpint (run (fixture, NULL), ==, 2);
  g_assert_cmpint (run (fixture, "@", "@", NULL), ==, 2);
  g_assert_cmpint (run (fixture, "@", "--bogus", NULL), ==, 2);
  g_assert_cmpint (run (fixture, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out->str, "--runoff-second-day"));

  /* A file that is not there cannot be read or set. */
  g_assert_cmpint (run (fixture, missing, NULL), ==, 1);
  g_assert_cmpint (run (fixture, missing, "--first-day", "2026-05-24", NULL), ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/election/print-none", Fixture, NULL, fixture_set_up, test_print_none,
              fixture_tear_down);
  g_test_add ("/cli/election/set-and-print", Fixture, NULL, fixture_set_up, test_set_and_print,
              fixture_tear_down);
  g_test_add ("/cli/election/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/cli/election/usage", Fixture, NULL, fixture_set_up, test_usage,
              fixture_tear_down);

  return g_test_run ();
}
