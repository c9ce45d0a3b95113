/* cdo-sheet.h: the cells of a spreadsheet file (CSV, ODS, XLSX) as plain data
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lowest layer of the candidate import: it reads a file a party brought and hands back
 * its sheets as rows of typed cells, numbered as the spreadsheet shows them, and nothing
 * else. It decides nothing about candidates. Every input is untrusted: the format is told by
 * the content (never the name), and every size a file could inflate (a ZIP member, a
 * repeated row or cell, the number of rows and cells) is bounded by the limits below.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CDO_IMPORT_ERROR (cdo_import_error_quark ())

typedef enum {
  CDO_IMPORT_ERROR_NOT_A_SPREADSHEET, /* not CSV, ODS or XLSX (a PDF, an old .xls, a text document) */
  CDO_IMPORT_ERROR_DAMAGED,           /* a ZIP or XML that cannot be read, a DTD inside */
  CDO_IMPORT_ERROR_ENCODING,          /* text that is neither UTF-8, UTF-16 nor Windows-1252 */
  CDO_IMPORT_ERROR_TOO_LARGE,         /* beyond the limits below */
  CDO_IMPORT_ERROR_EMPTY,             /* no cell has a value, or no candidate below the header */
  CDO_IMPORT_ERROR_NO_HEADER,         /* no row names the columns */
  CDO_IMPORT_ERROR_NO_COLUMN,         /* a needed column is missing, or a chosen one is absent */
  CDO_IMPORT_ERROR_ROW_ERRORS,        /* apply refused: some rows have errors */
  CDO_IMPORT_ERROR_ALREADY_APPLIED,
} CdoImportError;

GQuark cdo_import_error_quark (void);

/* Far above any list of candidates (a council of 48 has at most 48 names, with a few
 * substitutes), far below what would hurt the workstation. */
#define CDO_SHEET_MAX_FILE_SIZE     (16 * 1024 * 1024)
#define CDO_SHEET_MAX_MEMBER_SIZE   (16 * 1024 * 1024)  /* one XML file inside the ZIP */
#define CDO_SHEET_MAX_UNPACKED_SIZE (48 * 1024 * 1024)  /* all of them together */
#define CDO_SHEET_MAX_ROWS          5000                /* rows holding a value, all sheets */
#define CDO_SHEET_MAX_CELLS         200000              /* cells holding a value, all sheets */
#define CDO_SHEET_MAX_COLUMNS       256                 /* cells further right are ignored */
#define CDO_SHEET_MAX_SHEETS        64
#define CDO_SHEET_MAX_CELL_LENGTH   4096                /* bytes of text kept per cell */
#define CDO_SHEET_MAX_ROW_NUMBER    1048576             /* as in LibreOffice and Excel */

typedef enum {
  CDO_SHEET_FORMAT_CSV,
  CDO_SHEET_FORMAT_ODS,
  CDO_SHEET_FORMAT_XLSX,
} CdoSheetFormat;

typedef enum {
  CDO_CELL_TEXT,
  CDO_CELL_NUMBER,
  CDO_CELL_DATE,      /* a date cell (ODS date-value, XLSX serial with a date format) */
  CDO_CELL_BOOLEAN,
  CDO_CELL_ERROR,     /* #N/A, #DIV/0!… */
} CdoCellKind;

typedef struct {
  guint        column;   /* 0-based: 0 is A */
  CdoCellKind  kind;
  char        *text;     /* as shown: the text, the number, the date as YYYY-MM-DD; never NULL */
  double       number;   /* CDO_CELL_NUMBER and CDO_CELL_BOOLEAN */
  GDate        date;     /* CDO_CELL_DATE */
} CdoSheetCell;

/* Only rows and cells holding a value are kept; empty ones are gaps in the numbering. */
typedef struct {
  guint      number;     /* 1-based, as the spreadsheet shows it */
  GPtrArray *cells;      /* CdoSheetCell, by increasing column */
} CdoSheetRow;

typedef struct {
  char      *name;       /* the sheet's tab; NULL for CSV */
  GPtrArray *rows;       /* CdoSheetRow, by increasing number */
} CdoSheet;

typedef struct {
  CdoSheetFormat format;
  char          *origin;      /* the file's name, for messages */
  char          *encoding;    /* CSV: "UTF-8", "UTF-16", "WINDOWS-1252"; NULL otherwise */
  char           separator;   /* CSV: ';', ',' or '\t'; 0 otherwise */
  gboolean       date1904;    /* XLSX: the workbook counts days from 1904 */
  GPtrArray     *sheets;      /* CdoSheet, in tab order */
} CdoWorkbook;

/* Reads @data, whatever its format; @origin names the file in messages ("lista.xlsx").
 * Fails with CDO_IMPORT_ERROR. */
CdoWorkbook        *cdo_workbook_read            (GBytes            *data,
                                                  const char        *origin,
                                                  GError           **error) G_GNUC_WARN_UNUSED_RESULT;
void                cdo_workbook_free            (CdoWorkbook       *workbook);

const char         *cdo_sheet_format_to_string   (CdoSheetFormat     format);
const CdoSheetCell *cdo_sheet_row_get_cell       (const CdoSheetRow *row,
                                                  guint              column);
/* "A", "Z", "AA"… as the spreadsheet labels the column. */
char               *cdo_sheet_column_name        (guint              column) G_GNUC_WARN_UNUSED_RESULT;
/* The inverse, for "C" or "ab"; FALSE for anything else or beyond CDO_SHEET_MAX_COLUMNS. */
gboolean            cdo_sheet_column_parse       (const char        *name,
                                                  guint             *out_column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoWorkbook, cdo_workbook_free)

G_END_DECLS
