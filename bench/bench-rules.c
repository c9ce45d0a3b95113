/* bench-rules.c: one million rule look-ups over a spread of populations and dates
 *
 *   _build/bench/bench-rules [LOOKUPS]
 *
 * Reports nanoseconds per look-up. Not part of `meson test`: timings belong here. */
#include <stdio.h>

#include "cdo-rule-book.h"

int
main (int   argc,
      char *argv[])
{
  static const gint64 populations[] = { 123, 1235, 3850, 5004, 10372, 14998, 15882, 22025,
                                        40397, 101952, 371337, 962003, 1242123 };
  static const guint years[] = { 2013, 2017, 2021, 2022, 2024, 2026 };
  guint64 lookups = argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  CdoRuleBook *book = cdo_rule_book_get_default ();
  gint64 checksum = 0;
  gint64 started;
  double elapsed_ns;

  started = g_get_monotonic_time ();
  for (guint64 i = 0; i < lookups; i++)
    {
      CdoRuleQuery query = { populations[i % G_N_ELEMENTS (populations)], (i & 8) != 0, NULL, { 0 } };
      CdoRuleAnswer answer;

      g_date_clear (&query.election_date, 1);
      g_date_set_dmy (&query.election_date, 1 + (GDateDay) (i % 28), G_DATE_JUNE,
                      (GDateYear) years[i % G_N_ELEMENTS (years)]);
      if (!cdo_rule_book_lookup (book, &query, &answer, NULL))
        g_error ("look-up %" G_GUINT64_FORMAT " failed", i);
      checksum += cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MIN);
    }
  elapsed_ns = (double) (g_get_monotonic_time () - started) * 1000.0;

  printf ("rules look-ups: %" G_GUINT64_FORMAT "\n", lookups);
  printf ("total: %.1f ms\n", elapsed_ns / 1e6);
  printf ("per look-up: %.0f ns\n", elapsed_ns / (double) MAX (lookups, 1));
  printf ("checksum: %" G_GINT64_FORMAT "\n", checksum);
  return 0;
}
