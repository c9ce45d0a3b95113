/* cdo-sheet-private.h: what the CSV, ODS and XLSX readers share
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gsf/gsf-infile.h>
#include <libxml/tree.h>

#include "cdo-xml.h"

#include "cdo-sheet.h"

G_BEGIN_DECLS

/* libgsf 1.14 declares no autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* One reading of one file: the workbook being filled and what it has cost so far, so that
 * every reader stops at the same limits. */
typedef struct {
  CdoWorkbook *workbook;
  guint        n_rows;
  guint        n_cells;
  gsize        unpacked;
} CdoSheetBuilder;

CdoSheet     *_cdo_sheet_builder_add_sheet  (CdoSheetBuilder   *builder,
                                             const char        *name,
                                             GError           **error);
/* Takes @row; refuses it (and frees it) beyond the limits. Empty rows are dropped. */
gboolean      _cdo_sheet_builder_add_row    (CdoSheetBuilder   *builder,
                                             CdoSheet          *sheet,
                                             CdoSheetRow       *row,
                                             GError           **error);
void          _cdo_sheet_set_too_large      (CdoSheetBuilder   *builder,
                                             GError           **error);

CdoSheetRow  *_cdo_sheet_row_new            (guint              number);
CdoSheetRow  *_cdo_sheet_row_copy           (const CdoSheetRow *row,
                                             guint              number);
void          _cdo_sheet_row_free           (CdoSheetRow       *row);
/* Takes @text, which is cut at CDO_SHEET_MAX_CELL_LENGTH bytes (on a character boundary). */
CdoSheetCell *_cdo_sheet_cell_new           (guint              column,
                                             CdoCellKind        kind,
                                             char              *text);
CdoSheetCell *_cdo_sheet_cell_copy          (const CdoSheetCell *cell,
                                             guint              column);
void          _cdo_sheet_cell_free          (CdoSheetCell      *cell);
char         *_cdo_sheet_format_number      (double             number);

gboolean      _cdo_sheet_read_csv           (CdoSheetBuilder   *builder,
                                             GBytes            *data,
                                             GError           **error);
gboolean      _cdo_sheet_read_ods           (CdoSheetBuilder   *builder,
                                             GsfInfile         *zip,
                                             GError           **error);
gboolean      _cdo_sheet_read_xlsx          (CdoSheetBuilder   *builder,
                                             GsfInfile         *zip,
                                             GError           **error);

/* A member of the ZIP by its path ("xl/worksheets/sheet1.xml"), within the limits; NULL
 * without an error when it is absent. */
GBytes       *_cdo_sheet_zip_read           (CdoSheetBuilder   *builder,
                                             GsfInfile         *zip,
                                             const char        *path,
                                             GError           **error);
gboolean      _cdo_sheet_zip_has            (GsfInfile         *zip,
                                             const char        *path);
/* Parses a member through cdo_xml_parse (no DTD, no network, no entities). */
xmlDoc       *_cdo_sheet_parse_xml          (CdoSheetBuilder   *builder,
                                             GBytes            *bytes,
                                             const char        *path,
                                             GError           **error);

/* Namespace-aware look-ups for the readers. */
gboolean      _cdo_xml_is                   (xmlNode           *node,
                                             const char        *ns,
                                             const char        *name);
char         *_cdo_xml_attr                 (xmlNode           *node,
                                             const char        *ns,
                                             const char        *name);
/* An unsigned attribute value clamped to [@min, @max]; @fallback when absent or not a number. */
guint64       _cdo_xml_attr_uint            (xmlNode           *node,
                                             const char        *ns,
                                             const char        *name,
                                             guint64            min,
                                             guint64            max,
                                             guint64            fallback);

G_END_DECLS
