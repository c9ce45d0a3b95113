/* cdo-import-preview-dialog.h: a party's spreadsheet of candidates, previewed before import
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-candidate-import.h"

G_BEGIN_DECLS

#define CDO_TYPE_IMPORT_PREVIEW_DIALOG (cdo_import_preview_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CdoImportPreviewDialog, cdo_import_preview_dialog,
                      CDO, IMPORT_PREVIEW_DIALOG, AdwWindow)

/* Imports into the list @list_row_id (named @list_name) at @first_position (its length
 * + 1 appends). Emits ::imported with the number of candidates written. */
CdoImportPreviewDialog *cdo_import_preview_dialog_new (GtkWindow          *parent,
                                                       CdoCandidateImport *import,
                                                       CdoStore           *store,
                                                       gint64              list_row_id,
                                                       int                 first_position,
                                                       const char         *list_name);
gboolean cdo_import_preview_dialog_can_import      (CdoImportPreviewDialog *self);
void     cdo_import_preview_dialog_set_skip_errors (CdoImportPreviewDialog *self,
                                                    gboolean                skip);
/* Does what the Import button does; FALSE when refused or failed (a dialog said why). */
gboolean cdo_import_preview_dialog_import          (CdoImportPreviewDialog *self);

G_END_DECLS
