/* cdo-comune.h: a municipality, as the rules need it
 *
 * Name, province, region, legal population with its source, capoluogo flag.
 * Properties are read-only and notify nothing: a comune is a value.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CDO_TYPE_COMUNE (cdo_comune_get_type ())
G_DECLARE_FINAL_TYPE (CdoComune, cdo_comune, CDO, COMUNE, GObject)

CdoComune  *cdo_comune_new                   (const char *name,
                                              const char *province,
                                              const char *region,
                                              gint64      population,
                                              const char *population_source,
                                              gboolean    capoluogo);
const char *cdo_comune_get_name              (CdoComune *self);
const char *cdo_comune_get_province          (CdoComune *self);
const char *cdo_comune_get_region            (CdoComune *self);
gint64      cdo_comune_get_population        (CdoComune *self);
const char *cdo_comune_get_population_source (CdoComune *self);
gboolean    cdo_comune_get_capoluogo         (CdoComune *self);

G_END_DECLS
