/* cdo-date.h: dates as the law and the commission write them */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Strict ISO 8601 calendar date, "2021-10-03". FALSE for anything else, including
 * impossible dates such as 2021-02-30. */
gboolean  cdo_date_parse_iso    (const char  *text,
                                 GDate       *out_date);
/* What people type: "2021-10-03", "3/10/2021", "03/10/2021", "3.10.2021". */
gboolean  cdo_date_parse_user   (const char  *text,
                                 GDate       *out_date);
char     *cdo_date_format_iso   (const GDate *date);
/* "domenica 3 ottobre 2021" in the current locale's language. */
char     *cdo_date_format_long  (const GDate *date);

G_END_DECLS
