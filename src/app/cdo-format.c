/* cdo-format.c: numbers as the window shows them
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
