/* cdo-date-entry.h: the first voting day, typed or picked from a calendar
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CDO_TYPE_DATE_ENTRY (cdo_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (CdoDateEntry, cdo_date_entry, CDO, DATE_ENTRY, GtkWidget)

GtkWidget   *cdo_date_entry_new              (void);
const GDate *cdo_date_entry_get_date         (CdoDateEntry *self);
void         cdo_date_entry_set_date         (CdoDateEntry *self,
                                              const GDate  *date);
gboolean     cdo_date_entry_commit           (CdoDateEntry *self);
void         cdo_date_entry_get_default_date (const GDate  *today,
                                              GDate        *out_date);

G_END_DECLS
