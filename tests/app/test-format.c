/* test-format.c: population formatting
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

  return g_test_run ();
}
