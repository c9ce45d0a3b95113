/* cdo-receipt-print.h: the receipt of a filing, printed or saved as PDF
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cdo-snapshot.h"

G_BEGIN_DECLS

typedef struct {
  CdoSnapshot *snapshot;
  gint64       key;            /* cdo_filing_item_get_key() */
  const char  *district_file;  /* the file's name as shown */
  const char  *issued_by;      /* the workstation user; NULL leaves a blank */
} CdoReceiptRequest;

/* Opens the print dialog; a failure after it is shown is reported in a dialog. */
gboolean cdo_receipt_print    (GtkWindow               *parent,
                               const CdoReceiptRequest *request,
                               GError                 **error);
gboolean cdo_receipt_save_pdf (const CdoReceiptRequest *request,
                               const char              *path,
                               GError                 **error);
/* "Ricevuta - Insieme per Olivola.pdf" */
char    *cdo_receipt_suggest_file_name (const CdoReceiptRequest *request) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
