/* cdo-page-layout-private.h: what the paginator and its tables share
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-page-layout.h"

G_BEGIN_DECLS

CdoTable *_cdo_table_new     (CdoPageLayout *layout,
                              CdoTextStyle   style,
                              guint          n_columns,
                              const double  *weights);
void      _cdo_table_free    (CdoTable      *table);
/* Sizes the columns to @width and lays every cell out: returns the header's height (0
 * without a header) and appends the edges of the rows to @edges, which holds 0. */
double    _cdo_table_measure (CdoTable      *table,
                              double         width,
                              GArray        *edges);
/* Draws the header (@head high) and the rows [@first, @last) with their top at @y. */
void      _cdo_table_draw    (CdoTable      *table,
                              cairo_t       *cr,
                              double         x,
                              double         y,
                              double         head,
                              const GArray  *edges,
                              guint          first,
                              guint          last);

G_END_DECLS
