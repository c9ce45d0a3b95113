/* cdo-italian-text.h: dates and times as Italian official documents write them
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printed documents are in Italian whatever the user interface language, so these never
 * consult the locale (cdo_date_format_long() does, and is meant for the window).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "domenica 3 ottobre 2021" */
char *cdo_italian_date_long      (const GDate *date) G_GNUC_WARN_UNUSED_RESULT;
/* "03/10/2021" */
char *cdo_italian_date_short     (const GDate *date) G_GNUC_WARN_UNUSED_RESULT;
/* "domenica 3 e lunedì 4 ottobre 2021", or "domenica 3 ottobre 2021" when @second is
 * invalid; months and years are repeated only when they differ. */
char *cdo_italian_date_pair      (const GDate *first,
                                  const GDate *second) G_GNUC_WARN_UNUSED_RESULT;
/* "9:05" from minutes after midnight. */
char *cdo_italian_time           (int          minutes) G_GNUC_WARN_UNUSED_RESULT;
/* "12" for a whole hour, else "12:30", as deadlines are written ("entro le ore 12"). */
char *cdo_italian_hour           (int          minutes) G_GNUC_WARN_UNUSED_RESULT;
/* "2021-09-03T09:14:05" (system time of entry) as "03/09/2021 alle ore 9:14:05"; NULL when
 * @iso is not of that form. */
char *cdo_italian_timestamp      (const char  *iso) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
