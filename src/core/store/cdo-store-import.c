/* cdo-store-import.c: a whole district (or part of one) into the file, in one change set
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything that could refuse the import is checked before the transaction starts:
 * election days, comuni, ids. Then one transaction writes it all with cached statements;
 * a failure there (a full disk) rolls everything back. Either way a refused import
 * leaves the file byte for byte as it was, journal included.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-date.h"
#include "cdo-store-ids.h"
#include "cdo-store-write.h"

static char *
describe_days (const GDate *days[4])
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 4; i++)
    if (g_date_valid (days[i]))
      g_ptr_array_add (parts, cdo_date_format_iso (days[i]));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

/* *out_write: the file has no election days yet and the import brings them. */
static gboolean
check_election (CdoStore           *self,
                const CdoDistrict  *incoming,
                gboolean           *out_write,
                GError            **error)
{
  const GDate *wanted[4] = {
    &incoming->first_day, &incoming->second_day, &incoming->runoff_first_day,
    &incoming->runoff_second_day,
  };
  GDate stored_days[4];
  const GDate *stored[4] = { &stored_days[0], &stored_days[1], &stored_days[2], &stored_days[3] };
  sqlite3_stmt *stmt = _cdo_store_prepare (self, "SELECT first_day, second_day, runoff_first_day, "
                                           "runoff_second_day FROM election", error);
  gboolean differ = FALSE;
  int rc;

  *out_write = FALSE;
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  for (int i = 0; i < 4 && rc == SQLITE_ROW; i++)
    {
      _cdo_store_column_date (stmt, i, &stored_days[i]);
      differ |= g_date_valid (wanted[i]) != g_date_valid (stored[i])
                || (g_date_valid (wanted[i]) && g_date_compare (wanted[i], stored[i]) != 0);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  *out_write = rc == SQLITE_DONE && g_date_valid (&incoming->first_day);
  if (rc == SQLITE_ROW && g_date_valid (&incoming->first_day) && differ)
    {
      g_autofree char *in_file = describe_days (stored);
      g_autofree char *in_import = describe_days (wanted);

      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                   _("The import is for an election on %s, the district file for one on %s: "
                     "nothing was imported."), in_import, in_file);
      return FALSE;
    }
  return TRUE;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *folded_a = a != NULL ? g_utf8_casefold (a, -1) : NULL;
  g_autofree char *folded_b = b != NULL ? g_utf8_casefold (b, -1) : NULL;

  return g_strcmp0 (folded_a, folded_b) == 0;
}

static gboolean
same_comune (const CdoComuneRecord *a,
             const CdoComuneRecord *b)
{
  if (a->istat != NULL && b->istat != NULL)
    return g_str_equal (a->istat, b->istat);
  return same_text (a->name, b->name) && same_text (a->province, b->province);
}

/* The first field in which two records of the same comune differ, or NULL. */
static const char *
differing_field (const CdoComuneRecord  *in_file,
                 const CdoComuneRecord  *incoming,
                 char                  **out_there,
                 char                  **out_here)
{
  if (!same_text (in_file->name, incoming->name))
    {
      *out_there = g_strdup (in_file->name);
      *out_here = g_strdup (incoming->name);
      return _("name");
    }
  if (!same_text (in_file->province, incoming->province))
    {
      *out_there = g_strdup (in_file->province ? in_file->province : "");
      *out_here = g_strdup (incoming->province ? incoming->province : "");
      return _("province");
    }
  /* A dossier need not repeat the region: the comune's province already tells it, and the
   * record in the file keeps its own. */
  if (in_file->region != NULL && incoming->region != NULL
      && !same_text (in_file->region, incoming->region))
    {
      *out_there = g_strdup (in_file->region ? in_file->region : "");
      *out_here = g_strdup (incoming->region ? incoming->region : "");
      return _("region");
    }
  if (in_file->population != incoming->population || in_file->capoluogo != incoming->capoluogo)
    {
      *out_there = g_strdup_printf ("%" G_GINT64_FORMAT "%s", in_file->population,
                                    in_file->capoluogo ? _(", capoluogo") : "");
      *out_here = g_strdup_printf ("%" G_GINT64_FORMAT "%s", incoming->population,
                                   incoming->capoluogo ? _(", capoluogo") : "");
      return _("population");
    }
  return NULL;
}

static GPtrArray *
read_comuni (CdoStore  *self,
             GError   **error)
{
  g_autoptr(GPtrArray) comuni = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_comune_record_free);
  sqlite3_stmt *stmt = _cdo_store_prepare (self, "SELECT id, name, province, istat, region, "
                                           "population, capoluogo FROM comune", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CdoComuneRecord *comune = cdo_comune_record_new ();

      comune->row_id = sqlite3_column_int64 (stmt, 0);
      comune->name = _cdo_store_column_dup (stmt, 1);
      comune->province = _cdo_store_column_dup (stmt, 2);
      comune->istat = _cdo_store_column_dup (stmt, 3);
      comune->region = _cdo_store_column_dup (stmt, 4);
      comune->population = sqlite3_column_int64 (stmt, 5);
      comune->capoluogo = sqlite3_column_int (stmt, 6) != 0;
      g_ptr_array_add (comuni, comune);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cdo_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&comuni);
}

/* Sets the row id of every incoming comune already in the file (0 for a new one). */
static gboolean
match_comune (CdoComuneRecord  *incoming,
              GPtrArray        *in_file,
              GError          **error)
{
  for (guint i = 0; i < in_file->len; i++)
    {
      CdoComuneRecord *existing = g_ptr_array_index (in_file, i);
      g_autofree char *there = NULL;
      g_autofree char *here = NULL;
      const char *field;

      if (!same_comune (existing, incoming))
        continue;
      field = differing_field (existing, incoming, &there, &here);
      if (field != NULL)
        {
          g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS,
                       _("%s is already in the district file with a different %s (“%s” there, "
                         "“%s” in the import): nothing was imported. Correct one of them first."),
                       existing->name, field, there, here);
          return FALSE;
        }
      incoming->row_id = existing->row_id;
      return TRUE;
    }
  incoming->row_id = 0;
  return TRUE;
}

static gboolean
check_comuni (CdoStore     *self,
              CdoDistrict  *incoming,
              GError      **error)
{
  g_autoptr(GPtrArray) in_file = read_comuni (self, error);

  if (in_file == NULL)
    return FALSE;
  for (guint i = 0; i < incoming->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (incoming->comuni, i);

      for (guint j = 0; j < i; j++)
        if (same_comune (comune, g_ptr_array_index (incoming->comuni, j)))
          {
            g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID,
                         _("%s appears twice in the import: nothing was imported."), comune->name);
            return FALSE;
          }
      if (!match_comune (comune, in_file, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_ids (CdoStore     *self,
           CdoDistrict  *incoming,
           GError      **error)
{
  g_autoptr(GHashTable) taken = _cdo_store_ids_read (self, error);

  if (taken == NULL)
    return FALSE;
  for (guint i = 0; i < incoming->comuni->len; i++)
    if (!_cdo_store_ids_claim_comune (self, taken, g_ptr_array_index (incoming->comuni, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
write_district (CdoStore     *self,
                CdoDistrict  *incoming,
                gboolean      write_election,
                GError      **error)
{
  CdoStoreWriter writer = { 0 };
  gboolean written = _cdo_store_writer_init (&writer, self, TRUE, error)
                     && (!write_election || _cdo_store_write_election (&writer, incoming, error));

  for (guint i = 0; written && i < incoming->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (incoming->comuni, i);

      written = comune->row_id != 0 ? _cdo_store_write_comune_content (&writer, comune, error)
                                    : _cdo_store_write_comune (&writer, comune, error);
    }
  _cdo_store_writer_clear (&writer);
  return written;
}

static void
forget_district_ids (CdoDistrict *incoming)
{
  for (guint i = 0; i < incoming->comuni->len; i++)
    _cdo_store_forget_comune_ids (g_ptr_array_index (incoming->comuni, i));
}

gboolean
cdo_store_import_district (CdoStore     *store,
                           CdoDistrict  *incoming,
                           const char   *description,
                           GError      **error)
{
  gboolean write_election = FALSE;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (incoming != NULL, FALSE);

  if (!check_election (store, incoming, &write_election, error)
      || !check_comuni (store, incoming, error)
      || !check_ids (store, incoming, error))
    {
      forget_district_ids (incoming);
      return FALSE;
    }
  if (!_cdo_store_change_begin (store, CDO_STORE_CHANGE_IMPORT, 0,
                                description != NULL ? description : _("Import"), error))
    {
      forget_district_ids (incoming);
      return FALSE;
    }
  if (!write_district (store, incoming, write_election, error))
    {
      _cdo_store_change_rollback (store);
      forget_district_ids (incoming);
      return FALSE;
    }
  if (!_cdo_store_change_commit (store, error))
    {
      forget_district_ids (incoming);
      return FALSE;
    }
  return TRUE;
}
