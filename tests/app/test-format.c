/* test-format.c: numbers, names and times as the window shows them
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include <glib.h>

#include "cdo-format.h"

typedef struct {
  gint64      population;
  const char *expected;
} PopulationCase;

/* The tests run in C.UTF-8, which has no thousands separator: the narrow
 * no-break space stands in. */
static const PopulationCase population_cases[] = {
  { 0, "0" },
  { 123, "123" },
  { 1235, "1\u202f235" },
  { 10372, "10\u202f372" },
  { 961489, "961\u202f489" },
  { 1242123, "1\u202f242\u202f123" },
  { -5004, "-5\u202f004" },
};

static void
test_population (gconstpointer data)
{
  const PopulationCase *test_case = data;
  g_autofree char *text = cdo_format_population (test_case->population);

  g_assert_cmpstr (text, ==, test_case->expected);
}

typedef struct {
  const char *text;
  int         minutes;   /* -1: refused */
} MinuteCase;

static const MinuteCase minute_cases[] = {
  { "10:05", 10 * 60 + 5 },
  { "9:05", 9 * 60 + 5 },
  { "09.05", 9 * 60 + 5 },
  { "0905", 9 * 60 + 5 },
  { "23:59", 23 * 60 + 59 },
  { "00:00", 0 },
  { " 12:00 ", 12 * 60 },
  { "24:00", -1 },
  { "12:60", -1 },
  { "12:", -1 },
  { "12:5", -1 },
  { "905", -1 },
  { "12:05:30", -1 },
  { "mezzogiorno", -1 },
  { "", -1 },
};

static void
test_parse_minute (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (minute_cases); i++)
    {
      int minutes = -1;
      gboolean parsed = cdo_format_parse_minute (minute_cases[i].text, &minutes);

      g_test_message ("“%s”", minute_cases[i].text);
      g_assert_cmpint (parsed, ==, minute_cases[i].minutes >= 0);
      if (parsed)
        g_assert_cmpint (minutes, ==, minute_cases[i].minutes);
    }
}

static void
test_filing_time (void)
{
  CdoFilingTime time;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *head = cdo_format_journal_head ("1a2b3c4d5e6f7a8b9c0d");
  g_autofree char *person = cdo_format_person ("Rossi", "Mario");
  g_autofree char *surname_only = cdo_format_person ("Rossi", "");
  CdoFilingTime later;

  g_assert_true (cdo_filing_time_parse ("2026-04-24T09:05", &time));
  text = cdo_format_filing_time (&time);
  g_assert_cmpstr (text, ==, "24/04/2026 09:05");
  empty = cdo_format_filing_time (NULL);
  g_assert_cmpstr (empty, ==, "");

  /* The sort key orders by day, then minute. */
  g_assert_true (cdo_filing_time_parse ("2026-04-25T08:00", &later));
  g_assert_cmpint (cdo_format_filing_sort_key (&time), <, cdo_format_filing_sort_key (&later));

  g_assert_cmpstr (head, ==, "1a2b3c4d5e6f");
  g_assert_cmpstr (person, ==, "Rossi Mario");
  g_assert_cmpstr (surname_only, ==, "Rossi");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (population_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/app/format/population/%" G_GINT64_FORMAT,
                                               population_cases[i].population);

      g_test_add_data_func (path, &population_cases[i], test_population);
    }

  g_test_add_func ("/app/format/parse-minute", test_parse_minute);
  g_test_add_func ("/app/format/filing-time", test_filing_time);

  return g_test_run ();
}
