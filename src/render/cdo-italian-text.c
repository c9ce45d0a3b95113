/* cdo-italian-text.c: dates and times as Italian official documents write them
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cdo-italian-text"

#include <string.h>

#include "cdo-italian-text.h"

#include "cdo-date.h"

static const char *const weekdays[] = {
  NULL, "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
};

static const char *const months[] = {
  NULL, "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
  "settembre", "ottobre", "novembre", "dicembre",
};

char *
cdo_italian_date_long (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%s %u %s %u", weekdays[g_date_get_weekday (date)],
                          (guint) g_date_get_day (date), months[g_date_get_month (date)],
                          (guint) g_date_get_year (date));
}

char *
cdo_italian_date_short (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%02u/%02u/%04u", (guint) g_date_get_day (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_year (date));
}

char *
cdo_italian_date_pair (const GDate *first,
                       const GDate *second)
{
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);

  if (second == NULL || !g_date_valid (second))
    return cdo_italian_date_long (first);
  if (g_date_get_year (first) != g_date_get_year (second))
    {
      g_autofree char *a = cdo_italian_date_long (first);
      g_autofree char *b = cdo_italian_date_long (second);

      return g_strdup_printf ("%s e %s", a, b);
    }
  if (g_date_get_month (first) != g_date_get_month (second))
    return g_strdup_printf ("%s %u %s e %s %u %s %u",
                            weekdays[g_date_get_weekday (first)], (guint) g_date_get_day (first),
                            months[g_date_get_month (first)],
                            weekdays[g_date_get_weekday (second)], (guint) g_date_get_day (second),
                            months[g_date_get_month (second)], (guint) g_date_get_year (second));
  return g_strdup_printf ("%s %u e %s %u %s %u",
                          weekdays[g_date_get_weekday (first)], (guint) g_date_get_day (first),
                          weekdays[g_date_get_weekday (second)], (guint) g_date_get_day (second),
                          months[g_date_get_month (second)], (guint) g_date_get_year (second));
}

char *
cdo_italian_time (int minutes)
{
  g_return_val_if_fail (minutes >= 0 && minutes < 24 * 60, NULL);

  return g_strdup_printf ("%d:%02d", minutes / 60, minutes % 60);
}

char *
cdo_italian_hour (int minutes)
{
  g_return_val_if_fail (minutes >= 0 && minutes < 24 * 60, NULL);

  if (minutes % 60 == 0)
    return g_strdup_printf ("%d", minutes / 60);
  return cdo_italian_time (minutes);
}

char *
cdo_italian_timestamp (const char *iso)
{
  g_autofree char *day_text = NULL;
  g_autofree char *day = NULL;
  GDate date;

  if (iso == NULL || strlen (iso) != 19 || iso[10] != 'T' || iso[13] != ':' || iso[16] != ':')
    return NULL;
  for (guint i = 11; i < 19; i++)
    if (i != 13 && i != 16 && !g_ascii_isdigit (iso[i]))
      return NULL;
  day_text = g_strndup (iso, 10);
  if (!cdo_date_parse_iso (day_text, &date)
      || (iso[11] - '0') * 10 + (iso[12] - '0') > 23
      || iso[14] > '5' || iso[17] > '5')
    return NULL;
  day = cdo_italian_date_short (&date);
  /* "09:14:05" reads as "9:14:05", as the filing time does. */
  return g_strdup_printf ("%s alle ore %s", day, iso + 11 + (iso[11] == '0' ? 1 : 0));
}
