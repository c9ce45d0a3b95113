/* cdo-comune-row.h: a comune in the sidebar: name, province and population
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cdo-comune.h"

G_BEGIN_DECLS

#define CDO_TYPE_COMUNE_ROW (cdo_comune_row_get_type ())

G_DECLARE_FINAL_TYPE (CdoComuneRow, cdo_comune_row, CDO, COMUNE_ROW, GtkListBoxRow)

GtkWidget *cdo_comune_row_new        (CdoComune    *comune);
CdoComune *cdo_comune_row_get_comune (CdoComuneRow *self);

G_END_DECLS
