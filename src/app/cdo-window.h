/* cdo-window.h: the main window: a district's comuni, their filings and their rules
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-date-entry.h"
#include "cdo-district-view.h"
#include "cdo-filing-editor.h"
#include "cdo-rules-page.h"
#include "cdo-store.h"

G_BEGIN_DECLS

#define CDO_TYPE_WINDOW (cdo_window_get_type ())

G_DECLARE_FINAL_TYPE (CdoWindow, cdo_window, CDO, WINDOW, AdwApplicationWindow)

CdoWindow       *cdo_window_new                (GtkApplication *application);
/* Opens @file as the people do: asks for the workstation user's name the first time,
 * and tells every failure in a dialog. */
void             cdo_window_open_file          (CdoWindow      *self,
                                                GFile          *file);
/* Opens @path for @actor at once (for tests and the command line); FALSE with @error
 * when the file cannot be opened, and the window stays as it was. */
gboolean         cdo_window_load               (CdoWindow      *self,
                                                const char     *path,
                                                const char     *actor,
                                                GError        **error);
void             cdo_window_close_district     (CdoWindow      *self);
gboolean         cdo_window_has_district       (CdoWindow      *self);
const char      *cdo_window_get_path           (CdoWindow      *self);
CdoStore        *cdo_window_get_store          (CdoWindow      *self);
gboolean         cdo_window_select_comune      (CdoWindow      *self,
                                                const char     *name);
CdoRulesPage    *cdo_window_get_rules_page     (CdoWindow      *self);
CdoDateEntry    *cdo_window_get_date_entry     (CdoWindow      *self);
CdoDistrictView *cdo_window_get_district_view  (CdoWindow      *self);
CdoFilingEditor *cdo_window_get_editor         (CdoWindow      *self);
/* "sample.circondario · 1a2b3c4d5e6f" while a district is open. */
const char      *cdo_window_get_file_title     (CdoWindow      *self);

G_END_DECLS
