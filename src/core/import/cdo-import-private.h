/* cdo-import-private.h: headers and cell values, as the candidate import reads them
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-candidate-import.h"

G_BEGIN_DECLS

/* How a header or a word is compared: lower case, no accents, "(…)" and "[…]" left out,
 * punctuation as single spaces. "Data di nascita (gg/mm/aaaa)" → "data di nascita",
 * "N°" → "n", "Nato/a il" → "nato a il". */
char             *_cdo_import_key               (const char      *text);

/* The field a header (as a key) names. "name" alone is given names beside a surname column
 * and the full name otherwise: @out_plain_name tells the caller to decide. */
gboolean          _cdo_import_field_for_key     (const char      *key,
                                                 CdoImportField  *out_field,
                                                 gboolean        *out_plain_name);

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
