/* cdo-import-preview-dialog-private.h: the import preview's parts, shared by its files
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cdo-import-preview-dialog.c shows the rows and imports them; the Columns section (the
 * header row and a column for each field) is in cdo-import-preview-dialog-columns.c.
 */
#pragma once

#include "cdo-import-preview-dialog.h"

G_BEGIN_DECLS

struct _CdoImportPreviewDialog
{
  AdwWindow           parent_instance;

  CdoCandidateImport *import;
  CdoStore           *store;
  gint64              list_row_id;
  int                 first_position;
  char               *list_name;
  GListStore         *rows;

  /* The sheet the choices describe, its rows offered as header rows, and the columns. */
  const CdoSheet     *sheet;
  GArray             *header_rows;                         /* guint, after "Automatic" */
  GtkStringList      *header_rows_model;
  GtkStringList      *columns_model;                       /* "Not imported", A, B… */
  guint               n_columns;
  guint               forced_header_row;                   /* 0: the import finds it */
  int                 chosen[CDO_IMPORT_N_FIELDS];         /* AUTOMATIC, -1 left out, column */
  GtkDropDown        *field_drop_downs[CDO_IMPORT_N_FIELDS];
  guint               syncing;                             /* drop-downs set by the program */

  AdwWindowTitle     *window_title;
  GtkLabel           *summary_label;
  GtkLabel           *error_label;
  GtkWidget          *notices_box;
  GtkExpander        *columns_expander;
  GtkGrid            *columns_grid;
  GtkDropDown        *header_row_drop_down;
  GtkColumnView      *rows_view;
  GtkCheckButton     *skip_check;
  GtkWidget          *import_button;
};

/* cdo-import-preview-dialog.c: brings the whole dialog in line with the import. */
void  _cdo_import_preview_dialog_sync                   (CdoImportPreviewDialog *self);

/* cdo-import-preview-dialog-columns.c */
void  _cdo_import_preview_dialog_init_columns           (CdoImportPreviewDialog *self);
void  _cdo_import_preview_dialog_sync_columns           (CdoImportPreviewDialog *self);
/* A notice when the header row in use looks like a candidate, whom the import leaves out;
 * NULL otherwise. */
char *_cdo_import_preview_dialog_check_header_row       (CdoImportPreviewDialog *self)
                                                        G_GNUC_WARN_UNUSED_RESULT;
/* The header row drop-down's notify::selected handler, bound in the template. */
void  _cdo_import_preview_dialog_header_row_cb          (CdoImportPreviewDialog *self,
                                                         GParamSpec             *pspec,
                                                         GtkDropDown            *drop_down);

G_END_DECLS
