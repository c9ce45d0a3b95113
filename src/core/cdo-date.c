/* cdo-date.c: parsing and printing calendar dates */
#include "cdo-date.h"

#include <string.h>

static gboolean
set_if_valid (GDate *out_date,
              int    year,
              int    month,
              int    day)
{
  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (out_date, 1);
  g_date_set_dmy (out_date, day, month, year);
  return TRUE;
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
cdo_date_parse_iso (const char *text,
                    GDate      *out_date)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!all_digits (text, 4) || !all_digits (text + 5, 2) || !all_digits (text + 8, 2))
    return FALSE;
  return set_if_valid (out_date,
                       (int) g_ascii_strtoll (text, NULL, 10),
                       (int) g_ascii_strtoll (text + 5, NULL, 10),
                       (int) g_ascii_strtoll (text + 8, NULL, 10));
}

/* Italian practice writes day first; a two-digit year is refused, because a date of
 * birth of "70" or an election in "26" must never be guessed. */
gboolean
cdo_date_parse_user (const char *text,
                     GDate      *out_date)
{
  g_autofree char *trimmed = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));
  if (cdo_date_parse_iso (trimmed, out_date))
    return TRUE;

  parts = g_strsplit_set (trimmed, "/.-", -1);
  if (g_strv_length (parts) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      gsize length = strlen (parts[i]);
      gsize max_length = i == 2 ? 4 : 2;

      if (length == 0 || length > max_length || !all_digits (parts[i], length))
        return FALSE;
    }
  if (strlen (parts[2]) != 4)
    return FALSE;
  return set_if_valid (out_date,
                       (int) g_ascii_strtoll (parts[2], NULL, 10),
                       (int) g_ascii_strtoll (parts[1], NULL, 10),
                       (int) g_ascii_strtoll (parts[0], NULL, 10));
}

gboolean
cdo_date_from_serial (double    serial,
                      gboolean  date1904,
                      GDate    *out_date)
{
  /* 9999-12-31 is serial 2958465 in the 1900 system; refuse NaN and the infinities too. */
  double day = serial >= 0 && serial < 2958466.0 ? (double) (gint64) serial : -1;
  GDate date;

  if (day < 0 || (!date1904 && (day < 1 || day == 60)))
    return FALSE;
  g_date_clear (&date, 1);
  if (date1904)
    g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1904);
  else if (day < 60)
    g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 1899);
  else
    g_date_set_dmy (&date, 30, G_DATE_DECEMBER, 1899);
  g_date_add_days (&date, (guint) day);
  if (g_date_get_year (&date) > 9999)
    return FALSE;
  *out_date = date;
  return TRUE;
}

char *
cdo_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

char *
cdo_date_format_long (const GDate *date)
{
  g_autoptr(GDateTime) moment = NULL;

  g_return_val_if_fail (g_date_valid (date), NULL);
  moment = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 0, 0, 0);
  return g_date_time_format (moment, "%A %-d %B %Y");
}
