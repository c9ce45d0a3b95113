/* fuzz-rule-book.c: libFuzzer target for the rule data loader
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a rule set file (data/rules/<id>.xml), optionally followed by a NUL byte and
 * a region catalogue (data/rules/regions.xml); XML cannot contain NUL, so the split is
 * unambiguous. Both go through cdo_rule_book_new_from_bytes(), the entry point for rule data
 * from outside (parse, schema, the loader's own checks). A book that loads is then asked
 * what the CLI and the Rules page ask of it, so that data the loader lets through cannot
 * crash a look-up or its presentation either.
 */
#define G_LOG_DOMAIN "fuzz-rule-book"

#include <string.h>

#include "cdo-rule-book.h"
#include "fuzz-common.h"

static void
ask (CdoRuleBook *book,
     const char  *region,
     gint64       population,
     gboolean     capoluogo,
     const GDate *date)
{
  CdoRuleQuery query = { population, capoluogo, region, *date };
  CdoRuleAnswer answer;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gint64 less_min, more_max;

  if (!cdo_rule_book_lookup (book, &query, &answer, &error))
    {
      g_assert (error != NULL);
      return;
    }
  g_assert (error == NULL);
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      g_autofree char *value = cdo_rule_answer_format_value (&answer, key);
      g_autofree char *words = cdo_rule_answer_describe (&answer, key);
      g_autofree char *why = cdo_rule_answer_explain (&answer, key);

      g_assert (value != NULL && words != NULL);
      (void) why;  /* NULL when there is nothing to explain */
    }
  cdo_rule_answer_gender_quota (&answer, cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MAX),
                                &less_min, &more_max);
  g_assert (less_min >= 0 && more_max >= 0);
  json = cdo_rule_answer_to_json (&answer);
  g_assert (json != NULL);
}

static void
ask_around (CdoRuleBook *book)
{
  static const gint64 populations[] = { 0, 2999, 3000, 15000, 15001, 1000000, G_MAXINT32 };
  const char *const *regions = cdo_rule_book_get_regions (book);
  GDate first, last, dates[3];
  guint n_dates = 0;

  cdo_rule_book_get_coverage (book, &first, &last);
  dates[n_dates++] = first;
  if (g_date_valid (&last))
    dates[n_dates++] = last;
  g_date_clear (&dates[n_dates], 1);
  g_date_set_dmy (&dates[n_dates++], 3, 10, 2021);

  for (guint d = 0; d < n_dates; d++)
    for (guint p = 0; p < G_N_ELEMENTS (populations); p++)
      {
        ask (book, NULL, populations[p], p % 2 == 0, &dates[d]);
        /* Every region once per date, not once per population: that is enough to reach
         * each rule set, and keeps an input with many regions fast. */
        for (guint r = 0; p == 0 && regions[r] != NULL; r++)
          ask (book, regions[r], populations[r % G_N_ELEMENTS (populations)], r % 2, &dates[d]);
      }
  ask (book, "Nowhere", 1000, FALSE, &dates[0]);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *separator = memchr (data, '\0', size);
  g_autoptr(GBytes) rules = NULL;
  g_autoptr(GBytes) regions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoRuleBook) book = NULL;

  if (separator != NULL)
    {
      rules = g_bytes_new (data, (gsize) (separator - data));
      regions = g_bytes_new (separator + 1, size - (gsize) (separator - data) - 1);
    }
  else
    rules = g_bytes_new (data, size);

  book = cdo_rule_book_new_from_bytes (rules, "fuzz.xml", regions, &error);
  /* Exactly one of a book and an error, and the error names the file. */
  g_assert ((book == NULL) != (error == NULL));
  if (book == NULL)
    {
      g_assert (strstr (error->message, "fuzz.xml") != NULL
                || strstr (error->message, "data/rules/") != NULL);
      return 0;
    }
  ask_around (book);
  return 0;
}
