/* test-date-entry.c: the first-voting-day entry
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "cdo-date-entry.h"
#include "cdo-test-utils.h"

typedef struct {
  int today[3];
  int expected[3];
} DefaultCase;

static const DefaultCase default_cases[] = {
  { { 2026, 11, 23 }, { 2027, 5, 30 } },
  { { 2021, 1, 10 }, { 2021, 5, 30 } },
  { { 2021, 5, 30 }, { 2021, 5, 30 } },  /* the day itself is still upcoming */
  { { 2021, 5, 31 }, { 2022, 5, 29 } },
  { { 2024, 2, 29 }, { 2024, 5, 26 } },
};

static void
test_default_date (gconstpointer data)
{
  const DefaultCase *test_case = data;
  GDate today, result, expected;

  cdo_test_set_date (&today, test_case->today[0], test_case->today[1], test_case->today[2]);
  cdo_test_set_date (&expected, test_case->expected[0], test_case->expected[1],
                     test_case->expected[2]);
  cdo_date_entry_get_default_date (&today, &result);

  g_assert_cmpint (g_date_compare (&result, &expected), ==, 0);
  g_assert_cmpint (g_date_get_weekday (&result), ==, G_DATE_SUNDAY);
}

typedef struct {
  CdoDateEntry *entry;
  GtkEditable  *text;
  guint         n_notify;
  guint         n_invalid;
  char         *invalid_text;
} Fixture;

static void
invalid_cb (CdoDateEntry *entry,
            const char   *text,
            Fixture      *fixture)
{
  fixture->n_invalid++;
  g_free (fixture->invalid_text);
  fixture->invalid_text = g_strdup (text);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->entry = g_object_ref_sink (CDO_DATE_ENTRY (cdo_date_entry_new ()));
  fixture->text = GTK_EDITABLE (cdo_test_find_child (GTK_WIDGET (fixture->entry),
                                                     GTK_TYPE_ENTRY, NULL));
  g_assert_nonnull (fixture->text);
  g_signal_connect (fixture->entry, "notify::date", G_CALLBACK (cdo_test_count_notify_cb),
                    &fixture->n_notify);
  g_signal_connect (fixture->entry, "invalid", G_CALLBACK (invalid_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_pointer (&fixture->invalid_text, g_free);
  g_assert_finalize_object (fixture->entry);
}

static void
test_starts_on_a_sunday (Fixture       *fixture,
                         gconstpointer  data)
{
  const GDate *date = cdo_date_entry_get_date (fixture->entry);
  g_autofree char *expected = g_strdup_printf ("%04u-05-%02u", g_date_get_year (date),
                                               g_date_get_day (date));

  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_weekday (date), ==, G_DATE_SUNDAY);
  g_assert_cmpint (g_date_get_month (date), ==, G_DATE_MAY);
  g_assert_cmpstr (gtk_editable_get_text (fixture->text), ==, expected);
}

static void
test_commit_italian_form (Fixture       *fixture,
                          gconstpointer  data)
{
  const GDate *date;

  gtk_editable_set_text (fixture->text, " 3/10/2021 ");
  g_assert_true (cdo_date_entry_commit (fixture->entry));

  date = cdo_date_entry_get_date (fixture->entry);
  g_assert_cmpint (g_date_get_year (date), ==, 2021);
  g_assert_cmpint (g_date_get_month (date), ==, 10);
  g_assert_cmpint (g_date_get_day (date), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (fixture->text), ==, "2021-10-03");
  g_assert_cmpuint (fixture->n_notify, ==, 1);
  g_assert_cmpuint (fixture->n_invalid, ==, 0);

  /* The same date again changes nothing. */
  gtk_editable_set_text (fixture->text, "2021-10-03");
  g_assert_true (cdo_date_entry_commit (fixture->entry));
  g_assert_cmpuint (fixture->n_notify, ==, 1);
}

/* A complete date is taken while typing, before Enter, without rewriting what
 * is being typed; half-typed text is not a date yet and changes nothing. */
static void
test_typing_applies (Fixture       *fixture,
                     gconstpointer  data)
{
  GDate before = *cdo_date_entry_get_date (fixture->entry);
  GDate expected;

  gtk_editable_set_text (fixture->text, "26/05/201");
  g_assert_cmpint (g_date_compare (cdo_date_entry_get_date (fixture->entry), &before), ==, 0);
  g_assert_cmpuint (fixture->n_notify, ==, 0);

  gtk_editable_set_text (fixture->text, "26/05/2013");
  cdo_test_set_date (&expected, 2013, 5, 26);
  g_assert_cmpint (g_date_compare (cdo_date_entry_get_date (fixture->entry), &expected), ==, 0);
  g_assert_cmpuint (fixture->n_notify, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (fixture->text), ==, "26/05/2013");
  g_assert_cmpuint (fixture->n_invalid, ==, 0);
}

static void
test_invalid_is_rejected (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char *invalid[] = { "31/02/2021", "2021-13-01", "3/10/21", "tomorrow", "", NULL };
  GDate before = *cdo_date_entry_get_date (fixture->entry);

  for (guint i = 0; invalid[i] != NULL; i++)
    {
      gtk_editable_set_text (fixture->text, invalid[i]);
      g_assert_false (cdo_date_entry_commit (fixture->entry));
      g_assert_cmpint (g_date_compare (cdo_date_entry_get_date (fixture->entry), &before), ==, 0);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->text), "error"));
      g_assert_cmpstr (fixture->invalid_text, ==, invalid[i]);
      /* The rejected text stays, so that it can be corrected rather than retyped. */
      g_assert_cmpstr (gtk_editable_get_text (fixture->text), ==, invalid[i]);
    }

  g_assert_cmpuint (fixture->n_invalid, ==, g_strv_length ((char **) invalid));
  g_assert_cmpuint (fixture->n_notify, ==, 0);

  /* Setting a date clears the error mark. */
  cdo_date_entry_set_date (fixture->entry, &before);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->text), "error"));
}

/* Picking a day in the calendar sets the date and the text. */
static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  GtkCalendar *calendar = GTK_CALENDAR (cdo_test_find_child (GTK_WIDGET (fixture->entry),
                                                             GTK_TYPE_CALENDAR, NULL));
  g_autoptr(GDateTime) day = g_date_time_new_local (2021, 10, 3, 12, 0, 0);
  const GDate *date;

  g_assert_nonnull (calendar);
  gtk_calendar_select_day (calendar, day);

  date = cdo_date_entry_get_date (fixture->entry);
  g_assert_cmpint (g_date_get_year (date), ==, 2021);
  g_assert_cmpint (g_date_get_month (date), ==, 10);
  g_assert_cmpint (g_date_get_day (date), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (fixture->text), ==, "2021-10-03");
  g_assert_cmpuint (fixture->n_notify, ==, 1);
}

static void
test_property (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GDate) read_back = NULL;
  GDate date;

  cdo_test_set_date (&date, 2022, 6, 12);
  g_object_set (fixture->entry, "date", &date, NULL);
  g_assert_cmpuint (fixture->n_notify, ==, 1);
  g_object_set (fixture->entry, "date", &date, NULL);
  g_assert_cmpuint (fixture->n_notify, ==, 1);

  g_object_get (fixture->entry, "date", &read_back, NULL);
  g_assert_cmpint (g_date_compare (read_back, &date), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (fixture->text), ==, "2022-06-12");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (default_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/app/date-entry/default/%04d-%02d-%02d",
                                               default_cases[i].today[0],
                                               default_cases[i].today[1],
                                               default_cases[i].today[2]);

      g_test_add_data_func (path, &default_cases[i], test_default_date);
    }

  g_test_add ("/app/date-entry/starts-on-a-sunday", Fixture, NULL,
              fixture_setup, test_starts_on_a_sunday, fixture_teardown);
  g_test_add ("/app/date-entry/commit-italian-form", Fixture, NULL,
              fixture_setup, test_commit_italian_form, fixture_teardown);
  g_test_add ("/app/date-entry/typing-applies", Fixture, NULL,
              fixture_setup, test_typing_applies, fixture_teardown);
  g_test_add ("/app/date-entry/invalid-is-rejected", Fixture, NULL,
              fixture_setup, test_invalid_is_rejected, fixture_teardown);
  g_test_add ("/app/date-entry/calendar", Fixture, NULL,
              fixture_setup, test_calendar, fixture_teardown);
  g_test_add ("/app/date-entry/property", Fixture, NULL,
              fixture_setup, test_property, fixture_teardown);

  return g_test_run ();
}
