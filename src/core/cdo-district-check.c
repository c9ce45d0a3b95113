/* cdo-district-check.c: the rules of the data that every way in must keep
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cdo-core"

#include <glib/gi18n-lib.h>

#include "cdo-date.h"
#include "cdo-district-check.h"

G_DEFINE_QUARK (cdo-district-check-error-quark, cdo_district_check_error)

/* Labels of the four voting days, in their order. */
static const char *const election_day_labels[] = {
  N_("first voting day"), N_("second voting day"), N_("first run-off day"),
  N_("second run-off day"),
};

gboolean
cdo_district_check_election_days (const CdoDistrict  *district,
                                  GError            **error)
{
  const GDate *days[] = {
    &district->first_day, &district->second_day, &district->runoff_first_day,
    &district->runoff_second_day,
  };
  int previous = -1;

  g_return_val_if_fail (district != NULL, FALSE);

  for (int i = 0; i < (int) G_N_ELEMENTS (days); i++)
    {
      g_autofree char *day = NULL;
      g_autofree char *before = NULL;

      if (!g_date_valid (days[i]))
        continue;
      day = cdo_date_format_iso (days[i]);
      if (!g_date_valid (days[0]) || (i == 3 && !g_date_valid (days[2])))
        {
          g_set_error (error, CDO_DISTRICT_CHECK_ERROR, CDO_DISTRICT_CHECK_ERROR_INVALID,
                       _("The %s (%s) is given without the %s: give that day too, or leave "
                         "this one out."), _(election_day_labels[i]), day,
                       _(election_day_labels[i == 3 ? 2 : 0]));
          return FALSE;
        }
      if (previous >= 0 && g_date_compare (days[i], days[previous]) <= 0)
        {
          before = cdo_date_format_iso (days[previous]);
          g_set_error (error, CDO_DISTRICT_CHECK_ERROR, CDO_DISTRICT_CHECK_ERROR_INVALID,
                       _("The %s (%s) must come after the %s (%s): correct one of the two "
                         "days."), _(election_day_labels[i]), day,
                       _(election_day_labels[previous]), before);
          return FALSE;
        }
      previous = i;
    }
  return TRUE;
}
