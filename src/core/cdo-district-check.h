/* cdo-district-check.h: the rules of the data that every way in must keep
 *
 * What the interchange format forbids must not enter the working file by any other door
 * either (the filing desk, the command line), or an export would write a file that import
 * refuses. These checks are shared by the XML reader and the store's edits; their
 * messages say what to fix, in the user's language.
 */
#pragma once

#include <glib.h>

#include "cdo-district.h"

G_BEGIN_DECLS

#define CDO_DISTRICT_CHECK_ERROR (cdo_district_check_error_quark ())

typedef enum {
  CDO_DISTRICT_CHECK_ERROR_INVALID,
} CdoDistrictCheckError;

GQuark   cdo_district_check_error_quark   (void);

/* The voting days of @district: none at all, or a first day; every other day given comes
 * after the one before it (first, second, run-off first, run-off second), and a run-off
 * second day needs a run-off first day. */
gboolean cdo_district_check_election_days (const CdoDistrict  *district,
                                           GError            **error);

G_END_DECLS
