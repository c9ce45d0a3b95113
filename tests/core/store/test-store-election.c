/* test-store-election.c: setting and correcting the voting days
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A district made with New has no voting days until the commission sets them; they can be
 * corrected, undone and redone like any edit, survive a reopening, must be in order, and
 * an XML file whose days are out of order is refused at the line of its <election>.
 */
#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-district-xml.h"
#include "store-fixture.h"

typedef struct {
  char     *folder;
  char     *path;
  CdoStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
  fixture->store = cdo_store_create (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->store, cdo_store_close);
  fixture_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

/* A district holding only the days given ("" or NULL: not given). */
static CdoDistrict *
days_of (const char *first,
         const char *second,
         const char *runoff_first,
         const char *runoff_second)
{
  CdoDistrict *days = cdo_district_new ();
  const char *texts[] = { first, second, runoff_first, runoff_second };
  GDate *dates[] = {
    &days->first_day, &days->second_day, &days->runoff_first_day, &days->runoff_second_day,
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && *texts[i] != '\0')
      g_assert_true (cdo_date_parse_iso (texts[i], dates[i]));
  return days;
}

static char *
day_text (const GDate *day)
{
  return g_date_valid (day) ? cdo_date_format_iso (day) : g_strdup ("");
}

static void
assert_stored_days (CdoStore   *store,
                    const char *first,
                    const char *second,
                    const char *runoff_first,
                    const char *runoff_second)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_store_load_district (store, &error);
  g_autofree char *stored_first = NULL;
  g_autofree char *stored_second = NULL;
  g_autofree char *stored_runoff_first = NULL;
  g_autofree char *stored_runoff_second = NULL;

  g_assert_no_error (error);
  stored_first = day_text (&district->first_day);
  stored_second = day_text (&district->second_day);
  stored_runoff_first = day_text (&district->runoff_first_day);
  stored_runoff_second = day_text (&district->runoff_second_day);
  g_assert_cmpstr (stored_first, ==, first);
  g_assert_cmpstr (stored_second, ==, second);
  g_assert_cmpstr (stored_runoff_first, ==, runoff_first);
  g_assert_cmpstr (stored_runoff_second, ==, runoff_second);
}

static void
assert_verifies (CdoStore *store)
{
  g_auto(CdoStoreVerification) result = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (cdo_store_verify (store, &result, &error));
  g_assert_no_error (error);
  g_assert_true (result.chain_intact);
  g_assert_true (result.data_match_journal);
}

static void
set_days (CdoStore   *store,
          const char *first,
          const char *second,
          const char *runoff_first,
          const char *runoff_second)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) days = days_of (first, second, runoff_first, runoff_second);

  g_assert_true (cdo_store_set_election (store, days, &error));
  g_assert_no_error (error);
}

static void
test_set_on_new_district (Fixture       *fixture,
                          gconstpointer  data)
{
  assert_stored_days (fixture->store, "", "", "", "");
  set_days (fixture->store, "2026-05-24", "2026-05-25", NULL, NULL);
  assert_stored_days (fixture->store, "2026-05-24", "2026-05-25", "", "");
  g_assert_cmpstr (cdo_store_get_undo_description (fixture->store), ==,
                   "Voting days set to 2026-05-24 and 2026-05-25");
  assert_verifies (fixture->store);
}

static void
test_correct_undo_redo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  set_days (fixture->store, "2026-05-24", "2026-05-25", NULL, NULL);
  set_days (fixture->store, "2026-06-07", NULL, "2026-06-21", "2026-06-22");
  assert_stored_days (fixture->store, "2026-06-07", "", "2026-06-21", "2026-06-22");
  g_assert_cmpstr (cdo_store_get_undo_description (fixture->store), ==,
                   "Voting day set to 2026-06-07");

  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  assert_stored_days (fixture->store, "2026-05-24", "2026-05-25", "", "");
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  assert_stored_days (fixture->store, "", "", "", "");
  g_assert_false (cdo_store_can_undo (fixture->store));

  g_assert_true (cdo_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (cdo_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  assert_stored_days (fixture->store, "2026-06-07", "", "2026-06-21", "2026-06-22");
  assert_verifies (fixture->store);
}

static void
test_same_days_journal_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  gint64 length;

  set_days (fixture->store, "2026-05-24", "2026-05-25", NULL, NULL);
  length = cdo_store_get_journal_length (fixture->store);
  set_days (fixture->store, "2026-05-24", "2026-05-25", NULL, NULL);
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, length);
}

static void
test_days_survive_reopening (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  set_days (fixture->store, "2026-05-24", "2026-05-25", "2026-06-07", "2026-06-08");
  g_clear_pointer (&fixture->store, cdo_store_close);
  fixture->store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  assert_stored_days (fixture->store, "2026-05-24", "2026-05-25", "2026-06-07", "2026-06-08");
  assert_verifies (fixture->store);
}

typedef struct {
  const char *days[4];
  const char *message;   /* a part of the refusal's message */
} BadDays;

static const BadDays bad_days[] = {
  { { NULL, NULL, NULL, NULL }, "first voting day" },
  { { NULL, "2026-05-25", NULL, NULL }, "first voting day" },
  { { "2026-05-24", "2026-05-24", NULL, NULL }, "must come after the first voting day" },
  { { "2026-05-24", "2026-05-23", NULL, NULL }, "must come after the first voting day" },
  { { "2026-05-24", "2026-05-25", "2026-05-25", NULL }, "must come after the second voting day" },
  { { "2026-05-24", NULL, "2026-05-10", NULL }, "must come after the first voting day" },
  { { "2026-05-24", NULL, NULL, "2026-06-08" }, "without the first run-off day" },
  { { "2026-05-24", NULL, "2026-06-07", "2026-06-06" }, "after the first run-off day" },
};

static void
test_refuses_days_out_of_order (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *head = NULL;
  gint64 length;

  set_days (fixture->store, "2026-05-24", "2026-05-25", NULL, NULL);
  length = cdo_store_get_journal_length (fixture->store);
  head = g_strdup (cdo_store_get_journal_head (fixture->store));
  for (guint i = 0; i < G_N_ELEMENTS (bad_days); i++)
    {
      const BadDays *bad = &bad_days[i];
      g_autoptr(CdoDistrict) days = days_of (bad->days[0], bad->days[1], bad->days[2],
                                             bad->days[3]);
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: expecting “%s”", i, bad->message);
      g_assert_false (cdo_store_set_election (fixture->store, days, &error));
      g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad->message));
      g_assert_nonnull (strstr (error->message, "Nothing was changed"));
    }
  g_assert_cmpint (cdo_store_get_journal_length (fixture->store), ==, length);
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
  assert_stored_days (fixture->store, "2026-05-24", "2026-05-25", "", "");
}

/* Days set in the window decide whether an XML import belongs to the same election. */
static void
test_import_must_match_days (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CdoDistrict) same = fixture_district ();
  g_autoptr(CdoDistrict) other = fixture_district ();
  g_autoptr(GError) error = NULL;

  set_days (fixture->store, "2021-10-03", "2021-10-04", NULL, NULL);
  g_date_set_dmy (&other->first_day, 24, G_DATE_MAY, 2026);
  g_date_set_dmy (&other->second_day, 25, G_DATE_MAY, 2026);
  g_date_clear (&other->runoff_first_day, 1);
  g_date_clear (&other->runoff_second_day, 1);
  g_assert_false (cdo_store_import_district (fixture->store, other, "other", &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_date_set_dmy (&same->first_day, 3, G_DATE_OCTOBER, 2021);
  g_date_set_dmy (&same->second_day, 4, G_DATE_OCTOBER, 2021);
  g_date_clear (&same->runoff_first_day, 1);
  g_date_clear (&same->runoff_second_day, 1);
  g_assert_true (cdo_store_import_district (fixture->store, same, "same", &error));
  g_assert_no_error (error);
  assert_verifies (fixture->store);
}

static void
test_reader_refuses_days_out_of_order (void)
{
  static const char xml[] =
    "<circondario format=\"1\">\n"
    "  <election first-day=\"2026-05-24\" second-day=\"2026-05-23\"/>\n"
    "</circondario>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_bytes (bytes, "days.xml", NULL,
                                                                 NULL, &error);

  g_assert_null (district);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "days.xml, line 2:"));
  g_assert_nonnull (strstr (error->message, "second voting day (2026-05-23)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/store/election/set-on-new-district", test_set_on_new_district);
  ADD ("/store/election/correct-undo-redo", test_correct_undo_redo);
  ADD ("/store/election/same-days-journal-nothing", test_same_days_journal_nothing);
  ADD ("/store/election/survive-reopening", test_days_survive_reopening);
  ADD ("/store/election/refuses-out-of-order", test_refuses_days_out_of_order);
  ADD ("/store/election/import-must-match", test_import_must_match_days);
#undef ADD
  g_test_add_func ("/store/election/reader-refuses-out-of-order",
                   test_reader_refuses_days_out_of_order);

  return g_test_run ();
}
