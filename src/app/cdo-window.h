/* cdo-window.h: the main window: the sample comuni beside the rules of the selected one
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-date-entry.h"
#include "cdo-rules-page.h"

G_BEGIN_DECLS

#define CDO_TYPE_WINDOW (cdo_window_get_type ())

G_DECLARE_FINAL_TYPE (CdoWindow, cdo_window, CDO, WINDOW, AdwApplicationWindow)

CdoWindow    *cdo_window_new            (GtkApplication *application);
gboolean      cdo_window_select_comune  (CdoWindow      *self,
                                         const char     *name);
CdoRulesPage *cdo_window_get_rules_page (CdoWindow      *self);
CdoDateEntry *cdo_window_get_date_entry (CdoWindow      *self);

G_END_DECLS
