/* test-cli-interchange.c: `circondario-cli import` and `export`, run in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "cdo-cli.h"
#include "cdo-store.h"

typedef struct {
  char    *dir;
  GString *out;
  GString *err;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-cli-interchange-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->out = g_string_new (NULL);
  fixture->err = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_string_free (fixture->out, TRUE);
  g_string_free (fixture->err, TRUE);
}

/* Runs circondario-cli with the arguments; output and errors are kept in @fixture. */
static int
run (Fixture    *fixture,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_string_truncate (fixture->out, 0);
  g_string_truncate (fixture->err, 0);
  g_ptr_array_add (args, (gpointer) "circondario-cli");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return cdo_cli_run ((int) args->len - 1, (char **) args->pdata, fixture->out, fixture->err);
}

static char *
in_dir (Fixture    *fixture,
        const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static char *
source_file (const char *relative)
{
  return g_test_build_filename (G_TEST_DIST, "..", relative, NULL);
}

static char *
contents (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* One line on stderr, nothing on stdout. */
static void
assert_refused (Fixture    *fixture,
                int         status,
                int         expected,
                const char *says)
{
  const char *newline = strchr (fixture->err->str, '\n');

  g_assert_cmpint (status, ==, expected);
  g_assert_cmpstr (fixture->out->str, ==, "");
  g_assert_nonnull (newline);
  g_assert_cmpint (newline - fixture->err->str + 1, ==, fixture->err->len);
  if (strstr (fixture->err->str, says) == NULL)
    g_error ("expected the error to say “%s”: %s", says, fixture->err->str);
}

static gint64
journal_length (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (path, &error);

  g_assert_no_error (error);
  return cdo_store_get_journal_length (store);
}

static void
test_import_export_round_trip (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *sample = source_file ("data/samples/district.xml");
  g_autofree char *first = in_dir (fixture, "first.circondario");
  g_autofree char *second = in_dir (fixture, "second.circondario");
  g_autofree char *first_xml = in_dir (fixture, "first.xml");
  g_autofree char *second_xml = in_dir (fixture, "second.xml");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_cmpint (run (fixture, "import", sample, "-o", first, NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_nonnull (strstr (fixture->out->str, "candidates:  262\n"));
  g_assert_cmpint (run (fixture, "export", first, "-o", first_xml, NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_cmpint (run (fixture, "import", first_xml, "-o", second, NULL), ==, 0);
  g_assert_cmpint (run (fixture, "export", second, "-o", second_xml, NULL), ==, 0);
  a = contents (first_xml);
  b = contents (second_xml);
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "<symbol-data media-type=\"image/svg+xml\">"));

  /* "-o -": the same XML on the standard output. */
  g_assert_cmpint (run (fixture, "export", second, "-o", "-", NULL), ==, 0);
  g_assert_cmpstr (fixture->out->str, ==, a);
}

static void
test_existing_needs_merge (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *minimal = source_file ("tests/core/interchange/fixtures/minimal.xml");
  g_autofree char *dossier = source_file ("tests/core/interchange/fixtures/dossier-comune.xml");
  g_autofree char *district = in_dir (fixture, "district.circondario");
  g_autofree char *exported = in_dir (fixture, "after.xml");
  g_autofree char *text = NULL;
  gint64 length;

  g_assert_cmpint (run (fixture, "import", minimal, "-o", district, NULL), ==, 0);
  length = journal_length (district);

  assert_refused (fixture, run (fixture, "import", dossier, "-o", district, NULL), 1, "--merge");
  g_assert_cmpint (journal_length (district), ==, length);

  g_assert_cmpint (run (fixture, "import", dossier, "-o", district, "--merge", NULL), ==, 0);
  g_assert_cmpstr (fixture->err->str, ==, "");
  g_assert_nonnull (strstr (fixture->out->str, "candidacies: 2\n"));
  g_assert_cmpint (journal_length (district), >, length);
  g_assert_cmpint (run (fixture, "export", district, "-o", exported, NULL), ==, 0);
  text = contents (exported);
  g_assert_nonnull (strstr (text, "<candidacy id=\"ol-3\">"));
  g_assert_nonnull (strstr (text, "supports=\"ol-1\""));
}

static void
test_refused_merge_changes_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *minimal = source_file ("tests/core/interchange/fixtures/minimal.xml");
  g_autofree char *again = source_file ("tests/core/interchange/fixtures/exists-in-district.xml");
  g_autofree char *district = in_dir (fixture, "district.circondario");
  g_autofree char *before_xml = in_dir (fixture, "before.xml");
  g_autofree char *after_xml = in_dir (fixture, "after.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 length;

  g_assert_cmpint (run (fixture, "import", minimal, "-o", district, NULL), ==, 0);
  g_assert_cmpint (run (fixture, "export", district, "-o", before_xml, NULL), ==, 0);
  length = journal_length (district);
  assert_refused (fixture, run (fixture, "import", again, "-o", district, "--merge", NULL), 1,
                  "exists-in-district.xml, line 5: the district already has");
  g_assert_cmpint (journal_length (district), ==, length);
  g_assert_cmpint (run (fixture, "export", district, "-o", after_xml, NULL), ==, 0);
  before = contents (before_xml);
  after = contents (after_xml);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refused_file_creates_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *bad = source_file ("tests/core/interchange/fixtures/impossible-date.xml");
  g_autofree char *district = in_dir (fixture, "district.circondario");

  assert_refused (fixture, run (fixture, "import", bad, "-o", district, NULL), 1,
                  "impossible-date.xml, line 10: born=\"2021-02-30\" on <candidate> is not a day");
  g_assert_false (g_file_test (district, G_FILE_TEST_EXISTS));
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *minimal = source_file ("tests/core/interchange/fixtures/minimal.xml");
  g_autofree char *district = in_dir (fixture, "district.circondario");
  g_autofree char *missing = in_dir (fixture, "missing.circondario");
  g_autofree char *xml = in_dir (fixture, "x.xml");

  assert_refused (fixture, run (fixture, "import", minimal, NULL), 2, "-o");
  assert_refused (fixture, run (fixture, "import", "-o", district, NULL), 2, "one XML file");
  assert_refused (fixture, run (fixture, "export", "-o", xml, NULL), 2, "one district file");
  assert_refused (fixture, run (fixture, "export", missing, NULL), 2, "-o");
  assert_refused (fixture, run (fixture, "export", missing, "-o", xml, NULL), 1, "missing");
  g_assert_false (g_file_test (xml, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (fixture, "import", minimal, "-o", district, NULL), ==, 0);
  assert_refused (fixture, run (fixture, "export", district, "-o", district, NULL), 2,
                  "the district file itself");
}

/* Export replaces an earlier export, never another district file or a stranger's file,
 * unless told to with --force. */
static void
test_export_replaces_only_xml (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *minimal = source_file ("tests/core/interchange/fixtures/minimal.xml");
  g_autofree char *district = in_dir (fixture, "district.circondario");
  g_autofree char *other = in_dir (fixture, "other.circondario");
  g_autofree char *notes = in_dir (fixture, "notes.txt");
  g_autofree char *xml = in_dir (fixture, "district.xml");
  g_autofree char *other_before = NULL;
  g_autofree char *other_after = NULL;
  g_autofree char *replaced = NULL;
  gsize before_length, after_length;

  g_assert_cmpint (run (fixture, "import", minimal, "-o", district, NULL), ==, 0);
  g_assert_cmpint (run (fixture, "import", minimal, "-o", other, NULL), ==, 0);
  g_assert_true (g_file_get_contents (other, &other_before, &before_length, NULL));
  assert_refused (fixture, run (fixture, "export", district, "-o", other, NULL), 2,
                  "is not district XML: nothing was written");
  g_assert_true (g_file_get_contents (other, &other_after, &after_length, NULL));
  g_assert_cmpmem (other_before, before_length, other_after, after_length);

  g_assert_true (g_file_set_contents (notes, "minutes of the meeting\n", -1, NULL));
  assert_refused (fixture, run (fixture, "export", district, "-o", notes, NULL), 2, "--force");
  g_assert_cmpint (run (fixture, "export", district, "-o", notes, "--force", NULL), ==, 0);
  replaced = contents (notes);
  g_assert_nonnull (strstr (replaced, "<circondario"));

  g_assert_cmpint (run (fixture, "export", district, "-o", xml, NULL), ==, 0);
  g_assert_cmpint (run (fixture, "export", district, "-o", xml, NULL), ==, 0);
}

/* A district file holding what the format refuses (here through an import of a district
 * built in code, which the store takes as it is) is not exported: the command says what to
 * fix and writes no file. */
static void
test_export_refuses_invalid (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *district_path = in_dir (fixture, "district.circondario");
  g_autofree char *xml = in_dir (fixture, "district.xml");
  g_autoptr(CdoDistrict) district = cdo_district_new ();
  g_autoptr(GError) error = NULL;
  CdoComuneRecord *comune = cdo_comune_record_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();
  CdoCandidate *candidate = cdo_candidate_new ();

  comune->name = g_strdup ("Olivola");
  comune->province = g_strdup ("AL");
  comune->population = 123;
  list->id = g_strdup ("ol-1");
  list->name = g_strdup ("Olivola Domani");
  candidate->surname = g_strdup ("Ferrari");
  g_ptr_array_add (list->candidates, candidate);
  g_ptr_array_add (comune->lists, list);
  g_ptr_array_add (district->comuni, comune);
  {
    g_autoptr(CdoStore) store = cdo_store_create (district_path, "test", &error);

    g_assert_no_error (error);
    g_assert_true (cdo_store_import_district (store, district, "built in code", &error));
    g_assert_no_error (error);
  }

  assert_refused (fixture, run (fixture, "export", district_path, "-o", xml, NULL), 1,
                  "was not written, because the district could not be imported from it. "
                  "Comune Olivola. The field “given names” of candidate 1 of the list "
                  "“Olivola Domani” (Ferrari) is empty. Fill it in.");
  g_assert_false (g_file_test (xml, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/interchange/cli/round-trip", test_import_export_round_trip);
  ADD ("/interchange/cli/existing-needs-merge", test_existing_needs_merge);
  ADD ("/interchange/cli/refused-merge", test_refused_merge_changes_nothing);
  ADD ("/interchange/cli/refused-file", test_refused_file_creates_nothing);
  ADD ("/interchange/cli/usage", test_usage);
  ADD ("/interchange/cli/export-replaces-only-xml", test_export_replaces_only_xml);
  ADD ("/interchange/cli/export-refuses-invalid", test_export_refuses_invalid);
#undef ADD
  return g_test_run ();
}
