/* cdo-candidate-import-apply.c: writing a previewed import into a list through the store
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept apart from the preview so that what only reads a file (the preview, the fuzz
 * targets) does not pull the store, and SQLite, into its executable.
 */
#define G_LOG_DOMAIN "cdo-candidate-import"

#include <glib/gi18n-lib.h>

#include "cdo-import-private.h"

gboolean
cdo_candidate_import_apply (CdoCandidateImport   *self,
                            CdoStore             *store,
                            gint64                list_row_id,
                            int                   first_position,
                            CdoImportApplyFlags   flags,
                            guint                *out_inserted,
                            GError              **error)
{
  const char *origin;
  const GError *file_error;
  guint n_rows, n_valid, errored, inserted = 0;
  g_autoptr(GPtrArray) valid = NULL;
  g_autoptr(GError) store_error = NULL;

  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), FALSE);
  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (first_position >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  origin = cdo_candidate_import_get_workbook (self)->origin;
  file_error = cdo_candidate_import_get_error (self);
  n_rows = cdo_candidate_import_get_n_rows (self);
  n_valid = cdo_candidate_import_get_n_valid (self);
  errored = n_rows - n_valid;
  if (out_inserted != NULL)
    *out_inserted = 0;

  if (_cdo_candidate_import_get_applied (self))
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_ALREADY_APPLIED,
                   _("The candidates of “%s” have been imported already. Read the file again "
                     "to import it once more."), origin);
      return FALSE;
    }
  if (file_error != NULL)
    {
      g_propagate_error (error, g_error_copy (file_error));
      return FALSE;
    }
  if (errored > 0 && !(flags & CDO_IMPORT_APPLY_SKIP_ERRORS))
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_ROW_ERRORS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s”: %u row has errors, so nothing was imported. Correct it "
                                "in the spreadsheet, or import the other rows only.",
                                "“%s”: %u rows have errors, so nothing was imported. Correct "
                                "them in the spreadsheet, or import the other rows only.",
                                errored),
                   origin, errored);
      return FALSE;
    }
  if (n_valid == 0)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_EMPTY,
                   _("“%s” has no row without errors: nothing to import."), origin);
      return FALSE;
    }

  /* One change set for the whole file: all rows or none, and one step to undo. */
  valid = g_ptr_array_sized_new (n_valid);
  for (guint i = 0; i < n_rows; i++)
    {
      const CdoImportRow *row = cdo_candidate_import_get_row (self, i);

      if (row->candidate != NULL)
        g_ptr_array_add (valid, row->candidate);
    }
  if (!cdo_store_insert_candidates (store, list_row_id, first_position, valid, &store_error))
    {
      g_set_error (error, store_error->domain, store_error->code,
                   _("The candidates of “%s” could not be saved (%s); nothing was imported."),
                   origin, store_error->message);
      return FALSE;
    }
  _cdo_candidate_import_set_applied (self);
  inserted = valid->len;
  if (out_inserted != NULL)
    *out_inserted = inserted;
  return TRUE;
}
