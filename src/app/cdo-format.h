/* cdo-format.h: numbers, names and times as the window shows them
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates are parsed and printed by the core's cdo-date.h.
 */
#pragma once

#include <glib.h>

#include "cdo-district.h"

G_BEGIN_DECLS

char     *cdo_format_population        (gint64               population) G_GNUC_WARN_UNUSED_RESULT;
/* "Rossi Mario"; "" when both are empty. */
char     *cdo_format_person            (const char          *surname,
                                        const char          *given_names) G_GNUC_WARN_UNUSED_RESULT;
/* "24/04/2026" (the Italian order, which the commission writes). */
char     *cdo_format_day               (const GDate         *date) G_GNUC_WARN_UNUSED_RESULT;
/* "10:05". */
char     *cdo_format_minute            (int                  minutes) G_GNUC_WARN_UNUSED_RESULT;
/* "24/04/2026 10:05"; "" when @time is NULL or has no valid day. */
char     *cdo_format_filing_time       (const CdoFilingTime *time) G_GNUC_WARN_UNUSED_RESULT;
/* "HH:MM" or "H:MM" or "HH.MM" into minutes after midnight. */
gboolean  cdo_format_parse_minute      (const char          *text,
                                        int                 *out_minutes);
/* The first 12 hex digits of a journal head. */
char     *cdo_format_journal_head      (const char          *head) G_GNUC_WARN_UNUSED_RESULT;
/* A sortable number for a filing time: minutes since 1 January of year 1. */
gint64    cdo_format_filing_sort_key   (const CdoFilingTime *time);

G_END_DECLS
