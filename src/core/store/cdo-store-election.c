/* cdo-store-election.c: the district's voting days
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A district made with "New" has no voting days until the commission types them; one
 * imported from XML has those of the file. Either way they can be corrected later, as one
 * journaled change that undo reverts: the filing window, the ages and the rules all
 * follow the days, so a wrong day must be fixable without re-importing anything.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-store-write.h"

/* The election table holds at most one row, whose id is 1. */
#define ELECTION_ROW_ID 1

static gboolean
check_days (const CdoDistrict  *days,
            GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_date_valid (&days->first_day))
    {
      g_set_error_literal (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                           _("Give at least the first voting day. Nothing was changed."));
      return FALSE;
    }
  if (!cdo_district_check_election_days (days, &local_error))
    {
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                   _("%s Nothing was changed."), local_error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
describe_days (const CdoDistrict *days)
{
  g_autofree char *first = cdo_date_format_iso (&days->first_day);

  if (!g_date_valid (&days->second_day))
    return g_strdup_printf (_("Voting day set to %s"), first);
  else
    {
      g_autofree char *second = cdo_date_format_iso (&days->second_day);

      return g_strdup_printf (_("Voting days set to %s and %s"), first, second);
    }
}

static gboolean
update_days (CdoStore           *self,
             const CdoDistrict  *days,
             GError            **error)
{
  const char *const columns[] = {
    "first_day", "second_day", "runoff_first_day", "runoff_second_day", NULL,
  };
  sqlite3_stmt *stmt = _cdo_store_row_update_prepare (self, CDO_STORE_TABLE_ELECTION, columns,
                                                      error);

  if (stmt == NULL)
    return FALSE;
  _cdo_store_bind_date (stmt, ":first_day", &days->first_day);
  _cdo_store_bind_date (stmt, ":second_day", &days->second_day);
  _cdo_store_bind_date (stmt, ":runoff_first_day", &days->runoff_first_day);
  _cdo_store_bind_date (stmt, ":runoff_second_day", &days->runoff_second_day);
  return _cdo_store_row_update_run (self, CDO_STORE_TABLE_ELECTION, stmt, ELECTION_ROW_ID, error);
}

static gboolean
write_days (CdoStore           *self,
            const CdoDistrict  *days,
            GError            **error)
{
  g_autofree char *image = NULL;
  CdoStoreWriter writer = { 0 };
  gboolean done;

  if (!_cdo_store_row_image (self, CDO_STORE_TABLE_ELECTION, ELECTION_ROW_ID, &image, error))
    return FALSE;
  if (image != NULL)
    return update_days (self, days, error);
  done = _cdo_store_writer_init (&writer, self, FALSE, error)
         && _cdo_store_write_election (&writer, days, error);
  _cdo_store_writer_clear (&writer);
  return done;
}

gboolean
cdo_store_set_election (CdoStore           *store,
                        const CdoDistrict  *days,
                        GError            **error)
{
  g_autofree char *description = NULL;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (days != NULL, FALSE);

  if (!check_days (days, error))
    return FALSE;
  description = describe_days (days);
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_EDIT, 0, description, error))
    return FALSE;
  return _cdo_store_change_finish (store, write_days (store, days, error), error);
}
