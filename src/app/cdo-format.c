/* cdo-format.c: numbers, names and times as the window shows them
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cdo-format"

#include <locale.h>
#include <string.h>

#include "cdo-format.h"

/* Groups the digits by thousands with the locale's separator ("10.372" in Italian,
 * "10,372" in English). The C locale has no separator, and a bare "61489" is hard to
 * read across a table, so it falls back to a narrow no-break space, which nobody
 * mistakes for a decimal mark. */
char *
cdo_format_population (gint64 population)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             (guint64) ABS (population));
  const char *separator = localeconv ()->thousands_sep;
  GString *text = g_string_new (population < 0 ? "-" : NULL);
  gsize len = strlen (digits);

  if (separator == NULL || separator[0] == '\0')
    separator = "\u202f";

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }

  return g_string_free (text, FALSE);
}

char *
cdo_format_person (const char *surname,
                   const char *given_names)
{
  gboolean has_surname = surname != NULL && surname[0] != '\0';
  gboolean has_given = given_names != NULL && given_names[0] != '\0';

  if (has_surname && has_given)
    return g_strdup_printf ("%s %s", surname, given_names);
  if (has_surname)
    return g_strdup (surname);
  if (has_given)
    return g_strdup (given_names);
  return g_strdup ("");
}

char *
cdo_format_day (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

char *
cdo_format_minute (int minutes)
{
  if (minutes < 0 || minutes >= 24 * 60)
    return g_strdup ("");

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

char *
cdo_format_filing_time (const CdoFilingTime *time)
{
  g_autofree char *day = NULL;
  g_autofree char *minute = NULL;

  if (time == NULL || !g_date_valid (&time->date))
    return g_strdup ("");

  day = cdo_format_day (&time->date);
  minute = cdo_format_minute (time->minutes);
  return g_strdup_printf ("%s %s", day, minute);
}

/* Accepts what a secretary types for a time of day: "9:05", "09:05", "09.05", "0905". */
gboolean
cdo_format_parse_minute (const char *text,
                         int        *out_minutes)
{
  guint hours = 0, minutes = 0;
  guint digits = 0;
  gboolean separator_seen = FALSE;
  guint after_separator = 0;

  g_return_val_if_fail (out_minutes != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  while (*text == ' ')
    text++;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (separator_seen)
            {
              minutes = minutes * 10 + (guint) (*p - '0');
              after_separator++;
            }
          else
            {
              hours = hours * 10 + (guint) (*p - '0');
              digits++;
            }
        }
      else if ((*p == ':' || *p == '.') && !separator_seen && digits > 0)
        separator_seen = TRUE;
      else if (*p == ' ' && p[strspn (p, " ")] == '\0')
        break;
      else
        return FALSE;
    }

  if (!separator_seen)
    {
      /* "0905": four digits without a separator. */
      if (digits != 4)
        return FALSE;
      minutes = hours % 100;
      hours = hours / 100;
    }
  else if (after_separator != 2 || digits > 2)
    return FALSE;

  if (hours > 23 || minutes > 59)
    return FALSE;

  *out_minutes = (int) (hours * 60 + minutes);
  return TRUE;
}

char *
cdo_format_journal_head (const char *head)
{
  if (head == NULL)
    return g_strdup ("");

  return g_strndup (head, 12);
}

gint64
cdo_format_filing_sort_key (const CdoFilingTime *time)
{
  if (time == NULL || !g_date_valid (&time->date))
    return G_MAXINT64;

  return (gint64) g_date_get_julian (&time->date) * 24 * 60 + time->minutes;
}
