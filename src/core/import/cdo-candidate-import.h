/* cdo-candidate-import.h: a list's candidates from a party's spreadsheet, previewed, then applied
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading writes nothing: it finds the header row (the first row naming enough known
 * columns, so that a title above it is skipped), maps columns to fields by their Italian or
 * English names, and turns every row below into either a CdoCandidate or the problems that
 * stop it, each with the row and column the spreadsheet shows and what to do. Headers may be
 * stacked over two rows ("Nascita" merged over "Data" and "Luogo", or "Data di" above
 * "nascita"): each column is then read as the heading above it, carried over merged or empty
 * cells to its right, joined with the cell below ("Nascita Data"). Nothing is left out
 * without a word: a column holding values that no field takes is a notice, a field the law
 * needs (sex, date and place of birth) that no column holds stops every row, and so does a
 * value too long for the district format. The caller may choose columns itself; the preview
 * is then recomputed. Applying inserts the good rows into a list through the store, and is
 * refused while a row has an error unless the caller says to leave those rows out.
 */
#pragma once

#include <gio/gio.h>

#include "cdo-district.h"
#include "cdo-sheet.h"
#include "cdo-store.h"

G_BEGIN_DECLS

typedef enum {
  CDO_IMPORT_FIELD_POSITION,          /* n., numero, posizione: the order in the list */
  CDO_IMPORT_FIELD_SURNAME,
  CDO_IMPORT_FIELD_GIVEN_NAMES,
  CDO_IMPORT_FIELD_SURNAME_AND_NAMES, /* "cognome e nome" in one column */
  CDO_IMPORT_FIELD_NAMES_AND_SURNAME, /* "nome e cognome" in one column */
  CDO_IMPORT_FIELD_SEX,
  CDO_IMPORT_FIELD_BIRTH_DATE,
  CDO_IMPORT_FIELD_BIRTHPLACE,
  CDO_IMPORT_FIELD_EU_STATE,          /* cittadinanza: empty or Italian, else an EU state */
} CdoImportField;

#define CDO_IMPORT_N_FIELDS (CDO_IMPORT_FIELD_EU_STATE + 1)

/* "position", "surname", "given-names", "surname-and-names", "names-and-surname", "sex",
 * "birth-date", "birthplace", "eu-state": the names --column takes. */
const char *cdo_import_field_to_string   (CdoImportField  field);
/* Also accepts any header the import recognises ("cognome", "data di nascita"…). */
gboolean    cdo_import_field_from_string (const char     *text,
                                          CdoImportField *out_field);
/* "Surname", translated. */
const char *cdo_import_field_get_label   (CdoImportField  field);

typedef enum {
  CDO_IMPORT_PROBLEM_MISSING,             /* a needed value is empty */
  CDO_IMPORT_PROBLEM_INVALID,             /* not a date, a sex, a name, a position… */
  CDO_IMPORT_PROBLEM_AMBIGUOUS,           /* "U" or "D" for sex; a full name that cannot be split */
  CDO_IMPORT_PROBLEM_IMPLAUSIBLE,         /* a birth date before 1900 or in the future */
  CDO_IMPORT_PROBLEM_NOT_EU,              /* a citizenship outside the European Union */
  CDO_IMPORT_PROBLEM_POSITION_GAP,        /* positions skip a number */
  CDO_IMPORT_PROBLEM_POSITION_DUPLICATE,  /* two rows with the same position */
  CDO_IMPORT_PROBLEM_DUPLICATE_CANDIDATE, /* the same person on two rows */
  CDO_IMPORT_PROBLEM_NO_COLUMN,           /* no column holds a field the law needs (field says
                                           * which; column is -1): on every row */
  CDO_IMPORT_PROBLEM_TOO_LONG,            /* a name or place longer than the district format
                                           * holds (200 characters) */
} CdoImportProblemKind;

typedef struct {
  CdoImportProblemKind  kind;
  guint                 row;      /* as the spreadsheet shows it */
  int                   column;   /* 0-based (0 is A); -1 when the problem is the whole row's */
  CdoImportField        field;    /* meaningful when column >= 0, and for NO_COLUMN */
  char                 *header;   /* the column's header as written; NULL when column < 0 */
  char                 *message;  /* what is wrong, one sentence */
  char                 *remedy;   /* what to do, one sentence */
} CdoImportProblem;

typedef struct {
  guint          row;                         /* as the spreadsheet shows it */
  int            position;                    /* from the position column; 0 without one */
  char          *values[CDO_IMPORT_N_FIELDS]; /* each mapped cell as shown; NULL when empty */
  CdoCandidate  *candidate;                   /* NULL when the row has problems */
  GPtrArray     *problems;                    /* CdoImportProblem; empty when candidate is set */
} CdoImportRow;

/* "Row 7, column D (Data di nascita): … . …": the problem in one line for a list or a log. */
char *cdo_import_problem_format (const CdoImportProblem *problem) G_GNUC_WARN_UNUSED_RESULT;

typedef enum {
  CDO_IMPORT_APPLY_DEFAULT     = 0,
  CDO_IMPORT_APPLY_SKIP_ERRORS = 1 << 0,  /* leave out rows with problems instead of refusing */
} CdoImportApplyFlags;

#define CDO_TYPE_CANDIDATE_IMPORT (cdo_candidate_import_get_type ())

G_DECLARE_FINAL_TYPE (CdoCandidateImport, cdo_candidate_import, CDO, CANDIDATE_IMPORT, GObject)

/* Reads @data, whatever the format; @origin names the file in messages. Fails only when the
 * file cannot be read as a spreadsheet (CDO_IMPORT_ERROR); a missing header or column is
 * reported by cdo_candidate_import_get_error(), as choosing columns may cure it. */
CdoCandidateImport *cdo_candidate_import_new_from_bytes  (GBytes              *data,
                                                          const char          *origin,
                                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;
CdoCandidateImport *cdo_candidate_import_new_from_file   (GFile               *file,
                                                          GCancellable        *cancellable,
                                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void                cdo_candidate_import_new_from_file_async  (GFile               *file,
                                                               GCancellable        *cancellable,
                                                               GAsyncReadyCallback  callback,
                                                               gpointer             user_data);
CdoCandidateImport *cdo_candidate_import_new_from_file_finish (GAsyncResult        *result,
                                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;

const CdoWorkbook  *cdo_candidate_import_get_workbook    (CdoCandidateImport  *self);
/* Chooses the column of @field by its header as written or by its letter ("C"); NULL goes
 * back to automatic, "" leaves the field out. The preview is recomputed. */
void                cdo_candidate_import_set_column      (CdoCandidateImport  *self,
                                                          CdoImportField       field,
                                                          const char          *header);
/* Forces the header row (as the spreadsheet numbers it; 0 finds it again). */
void                cdo_candidate_import_set_header_row  (CdoCandidateImport  *self,
                                                          guint                row);

/* NULL when the file can be imported; otherwise why not (no header, no name column, a chosen
 * column that is not there, no candidates). */
const GError       *cdo_candidate_import_get_error       (CdoCandidateImport  *self);
/* The sheet and header row used (NULL and 0 when none was found). With headers stacked
 * over two rows, the header row is the lower one (the data start below it) and the first
 * header row the upper one; otherwise both are the same row. */
const char         *cdo_candidate_import_get_sheet_name  (CdoCandidateImport  *self);
guint               cdo_candidate_import_get_header_row  (CdoCandidateImport  *self);
guint               cdo_candidate_import_get_first_header_row (CdoCandidateImport *self);
/* The column of @field (0 is A), or -1; and its header as written ("Nascita Data" for a
 * heading over two rows). */
int                 cdo_candidate_import_get_column      (CdoCandidateImport  *self,
                                                          CdoImportField       field);
const char         *cdo_candidate_import_get_header      (CdoCandidateImport  *self,
                                                          CdoImportField       field);

/* Data rows, in list order (by position when the sheet has a position column). */
guint               cdo_candidate_import_get_n_rows      (CdoCandidateImport  *self);
const CdoImportRow *cdo_candidate_import_get_row         (CdoCandidateImport  *self,
                                                          guint                index);
guint               cdo_candidate_import_get_n_valid     (CdoCandidateImport  *self);
guint               cdo_candidate_import_get_n_problems  (CdoCandidateImport  *self);

/* What the preview says about the whole file rather than a row, translated, each one or two
 * sentences: a column that holds values but is not imported (“Column F “Telefono” is not
 * imported: …”), a field the law needs that no column holds (each row then also has a
 * CDO_IMPORT_PROBLEM_NO_COLUMN problem). NULL-terminated, empty when there is nothing to
 * say, never NULL; owned by @self and valid until the next set_column() or
 * set_header_row(). Empty while cdo_candidate_import_get_error() is set. */
const char *const  *cdo_candidate_import_get_notices     (CdoCandidateImport  *self);

/* Inserts the valid rows in order at @first_position, @first_position + 1… of the list
 * (the list's length + 1 appends). Refused (CDO_IMPORT_ERROR_ROW_ERRORS) while a row has
 * problems, unless @flags has CDO_IMPORT_APPLY_SKIP_ERRORS. All rows go in one change set
 * (one undo step) or none does; each inserted candidate gets its row id. A successful
 * apply is final: read the file again to import it once more. */
gboolean            cdo_candidate_import_apply           (CdoCandidateImport  *self,
                                                          CdoStore            *store,
                                                          gint64               list_row_id,
                                                          int                  first_position,
                                                          CdoImportApplyFlags  flags,
                                                          guint               *out_inserted,
                                                          GError             **error);

G_END_DECLS
