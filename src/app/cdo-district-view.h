/* cdo-district-view.h: the filings of one comune, as a sortable, searchable table
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-filing-item.h"

G_BEGIN_DECLS

#define CDO_TYPE_DISTRICT_VIEW (cdo_district_view_get_type ())

G_DECLARE_FINAL_TYPE (CdoDistrictView, cdo_district_view, CDO, DISTRICT_VIEW, GtkWidget)

GtkWidget      *cdo_district_view_new          (void);
/* Shows the filings of @comune in @snapshot (NULL: none), keeping the selection. */
void            cdo_district_view_set_comune   (CdoDistrictView *self,
                                                CdoSnapshot     *snapshot,
                                                CdoComuneRecord *comune);
CdoFilingItem  *cdo_district_view_get_selected (CdoDistrictView *self);
/* Selects the filing with @key (see cdo_filing_item_get_key()); FALSE when not shown. */
gboolean        cdo_district_view_select       (CdoDistrictView *self,
                                                gint64           key);
guint           cdo_district_view_get_n_shown  (CdoDistrictView *self);
void            cdo_district_view_focus_search (CdoDistrictView *self);
GtkColumnView  *cdo_district_view_get_column_view (CdoDistrictView *self);

G_END_DECLS
