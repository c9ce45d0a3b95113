/* test-cli-receipt.c: `circondario-cli receipt`, run in-process, its PDF read back with
 * poppler
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <poppler.h>
#include <string.h>

#include "cli-fixture.h"

/* The text of every page, with each run of white space as one space, so that a phrase
 * broken across lines still matches. */
static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(GString) text = g_string_new (NULL);
  PopplerDocument *document;
  gboolean space = FALSE;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      /* poppler-glib 22.12 declares no autoptr cleanups. */
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_object_unref (page);
      for (const char *p = page_text; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c))
            space = TRUE;
          else
            {
              if (space && text->len > 0)
                g_string_append_c (text, ' ');
              space = FALSE;
              g_string_append_unichar (text, c);
            }
        }
      space = TRUE;
    }
  g_object_unref (document);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in: %s", needle, haystack);
}

static char *
journal_head (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (path, &error);

  g_assert_no_error (error);
  return g_strdup (cdo_store_get_journal_head (store));
}

/* The list's filing time set as the secretary would correct it. */
static void
set_filed (CliFixture *fixture,
           const char *list_id,
           const char *filed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_autoptr(CdoDistrict) district = NULL;
  CdoCandidateList *list;

  g_assert_no_error (error);
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  list = fixture_find_list (district, list_id);
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse (filed, &list->filed));
  g_assert_true (cdo_store_update_list (store, list, &error));
  g_assert_no_error (error);
}

static void
test_on_time (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autofree char *output = fixture_path (fixture->folder, "ricevuta.pdf");
  g_autofree char *before = cli_fixture_digest (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *head = journal_head (fixture->path);
  g_autofree char *text = NULL;

  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", "-o", output,
                                    "--actor", "dott.ssa Lucia Benetton", NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  assert_contains (fixture->out->str, "Receipt of the list “Lista Uno per Borgo Alto” (comune "
                                      "of Borgo Alto) written to ");
  assert_contains (fixture->out->str, "Filed 2021-09-03 09:12, within the filing window "
                                      "(2021-09-03 08:00 to 2021-09-04 12:00).\n");
  assert_contains (fixture->out->str, head);
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));

  text = pdf_text (output);
  assert_contains (text, "RICEVUTA DI PRESENTAZIONE DELLA CANDIDATURA");
  assert_contains (text, "COMUNE DI BORGO ALTO (VA)");
  assert_contains (text, "Lista Uno per Borgo Alto");
  assert_contains (text, "ROSSI Mario");
  assert_contains (text, "il giorno venerdì 3 settembre 2021 alle ore 9:12");
  assert_contains (text, "dott.ssa Lucia Benetton");
  assert_contains (text, head);
  assert_contains (text, "File del circondario: district.circondario");
  g_assert_null (strstr (text, "OLTRE IL TERMINE"));

  /* Read only: the same bytes, no lock file, no backup copy, nothing but the PDF. */
  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario."), ==, 0);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "ricevuta"), ==, 1);
}

/* Filed after the window closed: received all the same, and the receipt says so. The
 * journal head is the newest, with the correction in it. */
static void
test_late (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autofree char *output = fixture_path (fixture->folder, "ricevuta.pdf");
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;

  set_filed (fixture, "L1", "2021-09-04T12:30");
  head = journal_head (fixture->path);
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", "-o", output, NULL), ==, 0);
  assert_contains (fixture->out->str, "Filed 2021-09-04 12:30, LATE: after the filing window "
                                      "closed (2021-09-04 12:00).");
  text = pdf_text (output);
  assert_contains (text, "PRESENTATA OLTRE IL TERMINE delle ore 12 di sabato 4 settembre 2021");
  assert_contains (text, "il giorno sabato 4 settembre 2021 alle ore 12:30");
  assert_contains (text, head);
}

/* A list with no filing time, and a mayoral candidacy without lists in a special-statute
 * region: receipts all the same, with the hour left blank. */
static void
test_unfiled (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autofree char *output = fixture_path (fixture->folder, "ricevuta.pdf");
  g_autofree char *text = NULL;

  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L2", "-o", output, NULL), ==, 0);
  assert_contains (fixture->out->str, "No filing time is recorded");
  text = pdf_text (output);
  assert_contains (text, "Seconda Lista");

  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "C2", "-o", output, NULL), ==, 0);
  assert_contains (fixture->out->str, "Receipt of the mayoral candidacy “C2” (comune of Pian "
                                      "Basso)");
  g_clear_pointer (&text, g_free);
  text = pdf_text (output);
  assert_contains (text, "COMUNE DI PIAN BASSO (SS)");
  assert_contains (text, "SANNA Efisio");
}

/* Without voting days there is no filing window: the receipt is issued without one. */
static void
test_no_voting_days (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = fixture_district ();
  g_autofree char *path = fixture_path (fixture->folder, "senza-date.circondario");
  g_autofree char *output = fixture_path (fixture->folder, "ricevuta.pdf");
  g_autoptr(CdoStore) store = cdo_store_create (path, FIXTURE_ACTOR, &error);

  g_assert_no_error (error);
  g_date_clear (&district->first_day, 1);
  g_date_clear (&district->second_day, 1);
  g_date_clear (&district->runoff_first_day, 1);
  g_date_clear (&district->runoff_second_day, 1);
  g_assert_true (cdo_store_import_district (store, district, "Fixture", &error));
  g_assert_no_error (error);
  g_clear_pointer (&store, cdo_store_close);

  g_assert_cmpint (cli_fixture_run (fixture, "receipt", path, "L1", "-o", output, NULL), ==, 0);
  assert_contains (fixture->out->str, "Filed 2021-09-03 09:12. No filing window to compare it "
                                      "with: The district has no voting days yet");
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
}

/* What the command refuses leaves every file as it was. */
static void
test_refused (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autofree char *output = fixture_path (fixture->folder, "ricevuta.pdf");
  g_autofree char *other = fixture_path (fixture->folder, "appunti.txt");
  g_autofree char *before = cli_fixture_digest (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;

  /* No such list or candidacy: exit 1, no PDF. */
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L7", "-o", output, NULL), ==, 1);
  g_assert_cmpstr (fixture->out->str, ==, "");
  cli_fixture_assert_one_line (fixture->err);
  assert_contains (fixture->err->str, "“L7”");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  /* A file that is not a PDF is kept, unless --force. */
  g_assert_true (g_file_set_contents (other, "da non perdere", -1, NULL));
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", "-o", other, NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  assert_contains (fixture->err->str, "--force");
  g_assert_true (g_file_get_contents (other, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "da non perdere");
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", "-o", other, "--force", NULL),
                   ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (other, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* An earlier receipt is replaced. */
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L2", "-o", other, NULL), ==, 0);

  /* Never over the district file itself. */
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", "-o", "@", "--force", NULL),
                   ==, 2);
  cli_fixture_assert_one_line (fixture->err);
  after = cli_fixture_digest (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_usage (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autofree char *missing = fixture_path (fixture->folder, "nessuno.circondario");
  g_autofree char *output = fixture_path (fixture->folder, "ricevuta.pdf");

  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", NULL), ==, 2);
  cli_fixture_assert_one_line (fixture->err);
  assert_contains (fixture->err->str, "-o");
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "-o", output, NULL), ==, 2);
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", "L2", "-o", output, NULL),
                   ==, 2);
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "@", "L1", "-o", output, "--bogus",
                                    NULL), ==, 2);
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", "--help", NULL), ==, 0);
  assert_contains (fixture->out->str, "--actor");
  g_assert_cmpint (cli_fixture_run (fixture, "receipt", missing, "L1", "-o", output, NULL), ==, 1);
  cli_fixture_assert_one_line (fixture->err);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
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
    { "/cli/receipt/on-time", test_on_time },
    { "/cli/receipt/late", test_late },
    { "/cli/receipt/unfiled", test_unfiled },
    { "/cli/receipt/no-voting-days", test_no_voting_days },
    { "/cli/receipt/refused", test_refused },
    { "/cli/receipt/usage", test_usage },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, CliFixture, NULL, cli_fixture_set_up, tests[i].func,
                cli_fixture_tear_down);
  return g_test_run ();
}
