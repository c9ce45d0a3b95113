/* cdo-import-private.h: headers and cell values, as the candidate import reads them
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-candidate-import.h"

G_BEGIN_DECLS

/* Names and places: at most this many characters, as the district format holds them
 * (data/district/district.rng; its reader, cdo-district-values.c, refuses longer ones), so
 * that an imported candidate always exports to a file that import reads back. To become
 * the shared check of cdo-district-check.h once it is there. */
#define CDO_IMPORT_MAX_NAME_LENGTH 200

/* How a header or a word is compared: lower case, no accents, "(…)" and "[…]" left out,
 * punctuation as single spaces. "Data di nascita (gg/mm/aaaa)" → "data di nascita",
 * "N°" → "n", "Nato/a il" → "nato a il". */
char             *_cdo_import_key               (const char      *text);

/* The field a header (as a key) names. "name" alone is given names beside a surname column
 * and the full name otherwise: @out_plain_name tells the caller to decide. */
gboolean          _cdo_import_field_for_key     (const char      *key,
                                                 CdoImportField  *out_field,
                                                 gboolean        *out_plain_name);
/* The same for a column headed over two rows: @above is the key of the heading above it,
 * its own cell (@above_own) or one merged or left empty after a heading to its left;
 * @below the key of the cell below. Either may be "". "Nascita" over "Data" is the date
 * of birth, "Data di" over "nascita" too, "Candidato" over "Cognome" the surname. */
gboolean          _cdo_import_field_for_stacked_keys (const char     *above,
                                                      gboolean        above_own,
                                                      const char     *below,
                                                      CdoImportField *out_field,
                                                      gboolean       *out_plain_name);

/* Whether a cell holds only spaces, tabs and line breaks. */
gboolean          _cdo_import_cell_is_blank     (const CdoSheetCell *cell);

/* One column of a header as the import reads it (cdo-import-header.c): a cell of the header
 * row or, for headers stacked over two rows, the heading above joined with the cell below. */
typedef struct {
  guint           column;
  char           *written;  /* as written: "Cognome", "Nascita Data" */
  char           *key;      /* the key of what is written, for the caller's choices */
  gboolean        known;    /* the header is text and names a field… */
  CdoImportField  field;    /* …this one */
  gboolean        plain;    /* "Name" alone: given names or the whole name */
} CdoImportHeaderCell;

typedef struct {
  guint   first;            /* the upper row of a stacked header; else the header row */
  guint   last;             /* the header row: the data start below it */
  GArray *cells;            /* CdoImportHeaderCell, by increasing column */
} CdoImportHeader;

/* The header of one row: its cells as written. */
CdoImportHeader  *_cdo_import_header_new_single  (const CdoSheetRow     *row);
/* The header of two rows, @upper just above @lower; @alone_upper and @alone_lower are their
 * headers as single rows, whose keys are reused. "Nascita" merged over "Data" and "Luogo"
 * gives "Nascita Data" and "Nascita Luogo"; "Data di" above "nascita", "Data di nascita". */
CdoImportHeader  *_cdo_import_header_new_stacked (const CdoSheetRow     *upper,
                                                  const CdoSheetRow     *lower,
                                                  const CdoImportHeader *alone_upper,
                                                  const CdoImportHeader *alone_lower);
void              _cdo_import_header_free        (CdoImportHeader       *header);
/* The cell of @column, or NULL; its key, or "". */
const CdoImportHeaderCell *
                  _cdo_import_header_get_cell    (const CdoImportHeader *header,
                                                  guint                  column);
const char       *_cdo_import_header_get_key     (const CdoImportHeader *header,
                                                  guint                  column);

/* Why @column, which holds values, is not imported, as a notice: no header, a header that
 * names nothing, a field taken from another column, a field left out by the caller.
 * @columns is the column of each field (-1 for none), @choices the caller's choices. */
char             *_cdo_import_header_describe_left_out (const CdoImportHeader *header,
                                                        guint                  column,
                                                        const int             *columns,
                                                        const char *const     *choices);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoImportHeader, _cdo_import_header_free)

/* Sex, date and place of birth: what the law needs of every candidate besides the names
 * (whose columns the import cannot do without at all). */
gboolean          _cdo_import_field_is_required (CdoImportField   field);
/* For such a field with no column: the problem each row gets, and the file's notice. */
CdoImportProblem *_cdo_import_no_column_problem (guint            row,
                                                 CdoImportField   field);
char             *_cdo_import_no_column_notice  (CdoImportField   field);

CdoImportProblem *_cdo_import_problem_new       (CdoImportProblemKind kind,
                                                 guint            row,
                                                 int              column,
                                                 CdoImportField   field,
                                                 const char      *header,
                                                 char            *message,
                                                 char            *remedy);
void              _cdo_import_problem_free      (CdoImportProblem *problem);

/* Where a value comes from, so that a problem can say it. */
typedef struct {
  guint           row;
  int             column;
  CdoImportField  field;
  const char     *header;
  GPtrArray      *problems;   /* where problems are added */
} CdoImportCell;

/* Each reader takes the cell (NULL when empty) and either sets the value or adds a problem
 * and returns FALSE. */
gboolean          _cdo_import_read_name         (const CdoImportCell *at,
                                                 const CdoSheetCell  *cell,
                                                 char               **out_name);
gboolean          _cdo_import_read_full_name    (const CdoImportCell *at,
                                                 const CdoSheetCell  *cell,
                                                 gboolean             surname_first,
                                                 char               **out_surname,
                                                 char               **out_given_names);
gboolean          _cdo_import_read_sex          (const CdoImportCell *at,
                                                 const CdoSheetCell  *cell,
                                                 CdoSex              *out_sex);
gboolean          _cdo_import_read_birth_date   (const CdoImportCell *at,
                                                 const CdoSheetCell  *cell,
                                                 gboolean             date1904,
                                                 const GDate         *today,
                                                 GDate               *out_date);
gboolean          _cdo_import_read_place        (const CdoImportCell *at,
                                                 const CdoSheetCell  *cell,
                                                 char               **out_place);
/* *out_state is NULL for an Italian (or an empty cell), else the ISO 3166-1 alpha-2 code. */
gboolean          _cdo_import_read_eu_state     (const CdoImportCell *at,
                                                 const CdoSheetCell  *cell,
                                                 char               **out_state);
gboolean          _cdo_import_read_position     (const CdoImportCell *at,
                                                 const CdoSheetCell  *cell,
                                                 int                 *out_position);

/* Once applied, an import cannot change or be applied again. */
gboolean          _cdo_candidate_import_get_applied (CdoCandidateImport *self);
void              _cdo_candidate_import_set_applied (CdoCandidateImport *self);

G_END_DECLS
