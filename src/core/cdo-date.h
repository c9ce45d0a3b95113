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
/* A spreadsheet's date serial: days since 1899-12-30 in the 1900 system (Excel, LibreOffice),
 * with Excel's fictitious 29 February 1900 (serial 60) refused and serials below it counted
 * from 1899-12-31 as Excel does; days since 1904-01-01 when @date1904 (workbookPr date1904).
 * A fractional part (the time of day) is dropped. FALSE for serials that name no day. */
gboolean  cdo_date_from_serial  (double       serial,
                                 gboolean     date1904,
                                 GDate       *out_date);
char     *cdo_date_format_iso   (const GDate *date);
/* "domenica 3 ottobre 2021" in the current locale's language. */
char     *cdo_date_format_long  (const GDate *date);

G_END_DECLS
