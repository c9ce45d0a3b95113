/* cdo-comune-catalog.h: the sample comuni shipped in data/comuni
 *
 * A GListModel of CdoComune read from XML validated against data/comuni/comuni.rng.
 */
#pragma once

#include <gio/gio.h>

#include "cdo-comune.h"

G_BEGIN_DECLS

/* A new GListStore of CdoComune, in file order. */
GListModel *cdo_comune_catalog_load_sample (GError    **error);
GListModel *cdo_comune_catalog_load_bytes  (GBytes     *xml,
                                            const char *origin,
                                            GError    **error);

G_END_DECLS
