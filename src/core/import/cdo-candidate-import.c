/* cdo-candidate-import.c: preview and apply a spreadsheet of candidates
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook is read once; everything else (header row, mapping, rows, problems) is
 * recomputed from it whenever the caller chooses a column, so the preview always shows what
 * applying would write.
 */
#define G_LOG_DOMAIN "cdo-candidate-import"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-candidate-import.h"
#include "cdo-date.h"
#include "cdo-import-private.h"

/* A header is looked for among the first rows holding a value: a title, a subtitle and a
 * blank line or two fit well within this. */
#define HEADER_SCAN_ROWS 30

struct _CdoCandidateImport
{
  GObject       parent_instance;

  CdoWorkbook  *workbook;
  char         *choices[CDO_IMPORT_N_FIELDS];  /* NULL automatic, "" left out, else header/letter */
  guint         forced_header_row;
  gboolean      applied;

  /* Recomputed by analyse(). */
  GError       *error;
  CdoSheet     *sheet;
  guint         first_header_row;
  guint         header_row;
  int           columns[CDO_IMPORT_N_FIELDS];
  char         *headers[CDO_IMPORT_N_FIELDS];
  GPtrArray    *rows;                          /* CdoImportRow */
  guint         n_valid;
  GPtrArray    *notices;                       /* char *, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (CdoCandidateImport, cdo_candidate_import, G_TYPE_OBJECT)

static void
import_row_free (CdoImportRow *row)
{
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    g_free (row->values[f]);
  cdo_candidate_free (row->candidate);
  g_ptr_array_unref (row->problems);
  g_free (row);
}

static void
reset (CdoCandidateImport *self)
{
  g_clear_error (&self->error);
  self->sheet = NULL;
  self->first_header_row = 0;
  self->header_row = 0;
  self->n_valid = 0;
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      self->columns[f] = -1;
      g_clear_pointer (&self->headers[f], g_free);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->notices, 0);
}

/* Finding the header row and the columns. */

typedef struct {
  int      columns[CDO_IMPORT_N_FIELDS];
  gboolean named[CDO_IMPORT_N_FIELDS];   /* found by a header in the row being tried */
} Mapping;

static gboolean
is_name_field (CdoImportField field)
{
  return field == CDO_IMPORT_FIELD_SURNAME || field == CDO_IMPORT_FIELD_GIVEN_NAMES
         || field == CDO_IMPORT_FIELD_SURNAME_AND_NAMES
         || field == CDO_IMPORT_FIELD_NAMES_AND_SURNAME;
}

/* Maps @header's columns to fields, honouring the caller's choices. Returns how many fields
 * were found by their header. */
static guint
map_header (CdoCandidateImport    *self,
            const CdoImportHeader *header,
            Mapping               *mapping)
{
  gboolean claimed[CDO_SHEET_MAX_COLUMNS] = { FALSE };
  int plain_name = -1;
  guint named = 0;

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      mapping->columns[f] = -1;
      mapping->named[f] = FALSE;
    }

  /* The caller's choices first: by header, else by column letter. */
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      g_autofree char *wanted = NULL;
      guint letter_column;

      if (self->choices[f] == NULL || *self->choices[f] == '\0')
        continue;
      wanted = _cdo_import_key (self->choices[f]);
      for (guint c = 0; c < header->cells->len && *wanted != '\0'; c++)
        {
          const CdoImportHeaderCell *cell = &g_array_index (header->cells, CdoImportHeaderCell,
                                                        c);

          if (!claimed[cell->column] && g_str_equal (cell->key, wanted))
            {
              mapping->columns[f] = (int) cell->column;
              mapping->named[f] = TRUE;
              claimed[cell->column] = TRUE;
              break;
            }
        }
      if (mapping->columns[f] < 0 && cdo_sheet_column_parse (self->choices[f], &letter_column)
          && !claimed[letter_column])
        {
          mapping->columns[f] = (int) letter_column;
          /* A column chosen by its letter counts as named when this header heads it. */
          mapping->named[f] = _cdo_import_header_get_cell (header, letter_column) != NULL;
          claimed[letter_column] = TRUE;
        }
    }

  /* Then every header we know, the leftmost column winning. */
  for (guint c = 0; c < header->cells->len; c++)
    {
      const CdoImportHeaderCell *cell = &g_array_index (header->cells, CdoImportHeaderCell,
                                                        c);

      if (claimed[cell->column] || !cell->known)
        continue;
      if (cell->plain)
        {
          if (plain_name < 0)
            plain_name = (int) cell->column;
          continue;
        }
      if (self->choices[cell->field] != NULL || mapping->columns[cell->field] >= 0)
        continue;
      mapping->columns[cell->field] = (int) cell->column;
      mapping->named[cell->field] = TRUE;
      claimed[cell->column] = TRUE;
    }

  /* "Name" beside "Surname" is the given names; alone, the whole name. */
  if (plain_name >= 0)
    {
      CdoImportField field = mapping->columns[CDO_IMPORT_FIELD_SURNAME] >= 0
                             ? CDO_IMPORT_FIELD_GIVEN_NAMES
                             : CDO_IMPORT_FIELD_NAMES_AND_SURNAME;

      if (self->choices[field] == NULL && mapping->columns[field] < 0)
        {
          mapping->columns[field] = plain_name;
          mapping->named[field] = TRUE;
        }
    }

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    named += mapping->named[f];
  return named;
}

static gboolean
is_header (const Mapping *mapping,
           guint          named)
{
  gboolean has_name = FALSE;

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    has_name = has_name || (is_name_field (f) && mapping->named[f]);
  return named >= 2 && has_name;
}

static void
set_no_header_error (CdoCandidateImport *self)
{
  if (self->forced_header_row != 0)
    g_set_error (&self->error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER,
                 _("“%s” has nothing in row %u to name the columns. Choose the row that "
                   "holds the headers (Cognome, Nome…)."),
                 self->workbook->origin, self->forced_header_row);
  else
    g_set_error (&self->error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER,
                 _("“%s” has no row naming the columns among its first %d rows. Add a row "
                   "with headers such as Cognome, Nome, Sesso, Data di nascita, Luogo di "
                   "nascita above the candidates, or choose the columns yourself."),
                 self->workbook->origin, HEADER_SCAN_ROWS);
}

/* The two rows @upper and @lower (with their headers as single rows) as one stacked header,
 * when they name more fields together than either does alone: a title above the header row,
 * or a header row above the first candidate, names no more together than the header row
 * alone. NULL otherwise. */
static CdoImportHeader *
try_stacked (CdoCandidateImport    *self,
             const CdoSheetRow     *upper,
             const CdoSheetRow     *lower,
             const CdoImportHeader *alone_upper,
             const CdoImportHeader *alone_lower,
             gboolean               forced)
{
  g_autoptr(CdoImportHeader) stacked = NULL;
  Mapping mapping;
  guint named;

  if (upper == NULL || lower == NULL || lower->number != upper->number + 1)
    return NULL;
  stacked = _cdo_import_header_new_stacked (upper, lower, alone_upper, alone_lower);
  named = map_header (self, stacked, &mapping);
  if (!forced && !is_header (&mapping, named))
    return NULL;
  if (named <= map_header (self, alone_upper, &mapping)
      || named <= map_header (self, alone_lower, &mapping))
    return NULL;
  return g_steal_pointer (&stacked);
}

/* Picks the sheet and its header: the first row, in the first sheet that has one, where two
 * or more known headers name a column and one of them is a name; or that row and the next
 * one as a stacked header, when they name more together. A header row chosen by the caller
 * may be the lower row of a stacked header. */
static CdoImportHeader *
find_header (CdoCandidateImport *self,
             Mapping            *mapping)
{
  for (guint s = 0; s < self->workbook->sheets->len; s++)
    {
      CdoSheet *sheet = g_ptr_array_index (self->workbook->sheets, s);
      g_autoptr(CdoImportHeader) single = NULL;   /* the current row's, made as the next row's */

      for (guint r = 0; r < sheet->rows->len; r++)
        {
          const CdoSheetRow *row = g_ptr_array_index (sheet->rows, r);
          const CdoSheetRow *other = NULL;
          g_autoptr(CdoImportHeader) other_single = NULL;
          g_autoptr(CdoImportHeader) header = NULL;
          guint named;

          if (self->forced_header_row != 0)
            {
              if (row->number != self->forced_header_row)
                continue;
              single = _cdo_import_header_new_single (row);
              if (r > 0)
                {
                  other = g_ptr_array_index (sheet->rows, r - 1);
                  other_single = _cdo_import_header_new_single (other);
                  header = try_stacked (self, other, row, other_single, single, TRUE);
                }
              if (header == NULL)
                header = g_steal_pointer (&single);
              map_header (self, header, mapping);
              self->sheet = sheet;
              return g_steal_pointer (&header);
            }
          if (r >= HEADER_SCAN_ROWS)
            break;
          if (single == NULL)
            single = _cdo_import_header_new_single (row);
          if (r + 1 < sheet->rows->len)
            {
              other = g_ptr_array_index (sheet->rows, r + 1);
              other_single = _cdo_import_header_new_single (other);
              header = try_stacked (self, row, other, single, other_single, FALSE);
            }
          if (header == NULL)
            header = g_steal_pointer (&single);
          g_clear_pointer (&single, _cdo_import_header_free);
          single = g_steal_pointer (&other_single);
          named = map_header (self, header, mapping);
          if (is_header (mapping, named))
            {
              self->sheet = sheet;
              return g_steal_pointer (&header);
            }
        }
    }
  return NULL;
}

static char *
describe_headers (const CdoImportHeader *header)
{
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < header->cells->len && c < 20; c++)
    {
      const CdoImportHeaderCell *cell = &g_array_index (header->cells, CdoImportHeaderCell,
                                                        c);
      g_autofree char *letter = cdo_sheet_column_name (cell->column);

      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "%s “%s”", letter, cell->written);
    }
  return g_string_free (out, FALSE);
}

/* Checks the mapping; sets self->error when it cannot be used. */
static gboolean
check_mapping (CdoCandidateImport    *self,
               const CdoImportHeader *header,
               Mapping               *mapping)
{
  int *columns = mapping->columns;
  const char *origin = self->workbook->origin;

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    if (self->choices[f] != NULL && *self->choices[f] != '\0' && columns[f] < 0)
      {
        g_autofree char *found = describe_headers (header);

        g_set_error (&self->error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_COLUMN,
                     _("“%s”: no column of the header row %u is headed “%s”, chosen for the "
                       "field “%s”. The columns are %s. Choose one of them, or a column "
                       "letter."),
                     origin, header->last, self->choices[f], cdo_import_field_get_label (f),
                     found);
        return FALSE;
      }

  /* Separate columns win over a combined one. */
  if (columns[CDO_IMPORT_FIELD_SURNAME] >= 0 && columns[CDO_IMPORT_FIELD_GIVEN_NAMES] >= 0)
    {
      columns[CDO_IMPORT_FIELD_SURNAME_AND_NAMES] = -1;
      columns[CDO_IMPORT_FIELD_NAMES_AND_SURNAME] = -1;
    }
  else if (columns[CDO_IMPORT_FIELD_SURNAME_AND_NAMES] >= 0
           || columns[CDO_IMPORT_FIELD_NAMES_AND_SURNAME] >= 0)
    {
      if (columns[CDO_IMPORT_FIELD_SURNAME_AND_NAMES] >= 0)
        columns[CDO_IMPORT_FIELD_NAMES_AND_SURNAME] = -1;
      columns[CDO_IMPORT_FIELD_SURNAME] = -1;
      columns[CDO_IMPORT_FIELD_GIVEN_NAMES] = -1;
    }
  else
    {
      CdoImportField lacking = columns[CDO_IMPORT_FIELD_SURNAME] >= 0
                               ? CDO_IMPORT_FIELD_GIVEN_NAMES : CDO_IMPORT_FIELD_SURNAME;

      g_set_error (&self->error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_COLUMN,
                   _("“%s”: the header row %u has no column for the field “%s”. Name it "
                     "(Cognome, Nome, or “Cognome e nome” for both) or choose it yourself."),
                   origin, header->last, cdo_import_field_get_label (lacking));
      return FALSE;
    }
  return TRUE;
}

/* Reading the rows. */

static const CdoSheetCell *
cell_at (const CdoCandidateImport *self,
         const CdoSheetRow        *row,
         CdoImportField            field)
{
  const CdoSheetCell *cell;

  if (self->columns[field] < 0)
    return NULL;
  cell = cdo_sheet_row_get_cell (row, (guint) self->columns[field]);
  if (cell != NULL && _cdo_import_cell_is_blank (cell))
    return NULL;
  return cell;
}

/* Reads one row into @row and @candidate; problems go into row->problems. */
static void
read_row (CdoCandidateImport *self,
          const CdoSheetRow  *sheet_row,
          const GDate        *today,
          CdoImportRow       *row,
          CdoCandidate       *candidate)
{
  CdoImportCell at = { sheet_row->number, -1, 0, NULL, row->problems };

#define AT(f) (at.column = self->columns[(f)], at.field = (f), at.header = self->headers[(f)], &at)

  if (self->columns[CDO_IMPORT_FIELD_POSITION] >= 0)
    _cdo_import_read_position (AT (CDO_IMPORT_FIELD_POSITION),
                               cell_at (self, sheet_row, CDO_IMPORT_FIELD_POSITION), &row->position);
  if (self->columns[CDO_IMPORT_FIELD_SURNAME] >= 0)
    {
      _cdo_import_read_name (AT (CDO_IMPORT_FIELD_SURNAME),
                             cell_at (self, sheet_row, CDO_IMPORT_FIELD_SURNAME),
                             &candidate->surname);
      _cdo_import_read_name (AT (CDO_IMPORT_FIELD_GIVEN_NAMES),
                             cell_at (self, sheet_row, CDO_IMPORT_FIELD_GIVEN_NAMES),
                             &candidate->given_names);
    }
  else
    {
      CdoImportField field = self->columns[CDO_IMPORT_FIELD_SURNAME_AND_NAMES] >= 0
                             ? CDO_IMPORT_FIELD_SURNAME_AND_NAMES
                             : CDO_IMPORT_FIELD_NAMES_AND_SURNAME;

      _cdo_import_read_full_name (AT (field), cell_at (self, sheet_row, field),
                                  field == CDO_IMPORT_FIELD_SURNAME_AND_NAMES,
                                  &candidate->surname, &candidate->given_names);
    }
  if (self->columns[CDO_IMPORT_FIELD_SEX] >= 0)
    _cdo_import_read_sex (AT (CDO_IMPORT_FIELD_SEX),
                          cell_at (self, sheet_row, CDO_IMPORT_FIELD_SEX), &candidate->sex);
  if (self->columns[CDO_IMPORT_FIELD_BIRTH_DATE] >= 0)
    _cdo_import_read_birth_date (AT (CDO_IMPORT_FIELD_BIRTH_DATE),
                                 cell_at (self, sheet_row, CDO_IMPORT_FIELD_BIRTH_DATE),
                                 self->workbook->date1904, today, &candidate->born);
  if (self->columns[CDO_IMPORT_FIELD_BIRTHPLACE] >= 0)
    _cdo_import_read_place (AT (CDO_IMPORT_FIELD_BIRTHPLACE),
                            cell_at (self, sheet_row, CDO_IMPORT_FIELD_BIRTHPLACE),
                            &candidate->birthplace);
  if (self->columns[CDO_IMPORT_FIELD_EU_STATE] >= 0)
    _cdo_import_read_eu_state (AT (CDO_IMPORT_FIELD_EU_STATE),
                               cell_at (self, sheet_row, CDO_IMPORT_FIELD_EU_STATE),
                               &candidate->eu_state);
#undef AT

  /* A field the law needs with no column stops every row: a candidate without it must not
   * slip in unnoticed. */
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    if (self->columns[f] < 0 && _cdo_import_field_is_required (f))
      g_ptr_array_add (row->problems, _cdo_import_no_column_problem (row->row, f));
}

static void
add_row_problem (CdoImportRow         *row,
                 CdoImportProblemKind  kind,
                 int                   column,
                 CdoImportField        field,
                 const char           *header,
                 char                 *message,
                 char                 *remedy)
{
  g_ptr_array_add (row->problems, _cdo_import_problem_new (kind, row->row, column, field,
                                                           header, message, remedy));
}

static int
compare_by_position (gconstpointer a,
                     gconstpointer b)
{
  const CdoImportRow *x = *(CdoImportRow *const *) a;
  const CdoImportRow *y = *(CdoImportRow *const *) b;
  int px = x->position > 0 ? x->position : G_MAXINT;
  int py = y->position > 0 ? y->position : G_MAXINT;

  if (px != py)
    return px < py ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* Positions must run 1, 2, 3… with neither gaps nor repeats. Rows are sorted already. */
static void
check_positions (CdoCandidateImport *self)
{
  int column = self->columns[CDO_IMPORT_FIELD_POSITION];
  const char *header = self->headers[CDO_IMPORT_FIELD_POSITION];
  int expected = 1;

  for (guint i = 0; i < self->rows->len;)
    {
      CdoImportRow *row = g_ptr_array_index (self->rows, i);
      guint same = 1;

      if (row->position <= 0)
        break;  /* the rows without a position come last, each with its own problem */
      while (i + same < self->rows->len
             && ((CdoImportRow *) g_ptr_array_index (self->rows, i + same))->position == row->position)
        same++;

      if (same > 1)
        {
          g_autoptr(GString) rows = g_string_new (NULL);

          for (guint k = 0; k < same; k++)
            g_string_append_printf (rows, "%s%u", k == 0 ? "" : ", ",
                                    ((CdoImportRow *) g_ptr_array_index (self->rows, i + k))->row);
          for (guint k = 0; k < same; k++)
            add_row_problem (g_ptr_array_index (self->rows, i + k),
                             CDO_IMPORT_PROBLEM_POSITION_DUPLICATE, column,
                             CDO_IMPORT_FIELD_POSITION, header,
                             g_strdup_printf (_("Position %d is given to more than one row "
                                                "(rows %s)."), row->position, rows->str),
                             g_strdup (_("Give each candidate a different position.")));
        }
      if (row->position > expected)
        for (guint k = 0; k < same; k++)
          add_row_problem (g_ptr_array_index (self->rows, i + k),
                           CDO_IMPORT_PROBLEM_POSITION_GAP, column,
                           CDO_IMPORT_FIELD_POSITION, header,
                           row->position == expected + 1
                           ? g_strdup_printf (_("Position %d comes next, but no row has "
                                                "position %d."), row->position, expected)
                           : g_strdup_printf (_("Position %d comes next, but no row has "
                                                "positions %d to %d."),
                                              row->position, expected, row->position - 1),
                           g_strdup (_("Number the candidates 1, 2, 3… without gaps.")));
      expected = row->position + 1;
      i += same;
    }
}

/* The same person twice in one list: same names (whatever the case) and date of birth. */
static void
check_duplicates (CdoCandidateImport *self,
                  GPtrArray          *parsed)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      CdoImportRow *row = g_ptr_array_index (self->rows, i);
      CdoCandidate *candidate = g_ptr_array_index (parsed, i);
      g_autofree char *surname = NULL;
      g_autofree char *given = NULL;
      g_autofree char *born = NULL;
      char *key;
      gpointer first;

      if (candidate->surname == NULL || candidate->given_names == NULL)
        continue;
      surname = g_utf8_casefold (candidate->surname, -1);
      given = g_utf8_casefold (candidate->given_names, -1);
      born = g_date_valid (&candidate->born) ? cdo_date_format_iso (&candidate->born) : g_strdup ("");
      key = g_strjoin ("\n", surname, given, born, NULL);
      if (g_hash_table_lookup_extended (seen, key, NULL, &first))
        {
          add_row_problem (row, CDO_IMPORT_PROBLEM_DUPLICATE_CANDIDATE, -1, 0, NULL,
                           g_strdup_printf (_("%s %s appears also in row %u."),
                                            candidate->surname, candidate->given_names,
                                            GPOINTER_TO_UINT (first)),
                           g_strdup (_("Leave one of the two rows out.")));
          g_free (key);
        }
      else
        g_hash_table_insert (seen, key, GUINT_TO_POINTER (row->row));
    }
}

/* The notices: fields the law needs that no column holds, then the columns that hold values
 * (in @used) but go nowhere. */
static void
add_notices (CdoCandidateImport    *self,
             const CdoImportHeader *header,
             const gboolean        *used)
{
  const char *const *choices = (const char *const *) self->choices;

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    if (self->columns[f] < 0 && _cdo_import_field_is_required (f))
      g_ptr_array_add (self->notices, _cdo_import_no_column_notice (f));
  for (guint c = 0; c < CDO_SHEET_MAX_COLUMNS; c++)
    {
      gboolean mapped = FALSE;

      for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
        mapped = mapped || self->columns[f] == (int) c;
      if (used[c] && !mapped)
        g_ptr_array_add (self->notices,
                         _cdo_import_header_describe_left_out (header, c, self->columns, choices));
    }
}

static void
analyse (CdoCandidateImport *self)
{
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(CdoImportHeader) header = NULL;
  gboolean used[CDO_SHEET_MAX_COLUMNS] = { FALSE };
  Mapping mapping;
  GDate today;

  reset (self);
  header = find_header (self, &mapping);
  if (header == NULL)
    {
      set_no_header_error (self);
      return;
    }
  self->first_header_row = header->first;
  self->header_row = header->last;
  if (!check_mapping (self, header, &mapping))
    return;
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      const CdoImportHeaderCell *cell;

      self->columns[f] = mapping.columns[f];
      cell = self->columns[f] >= 0 ? _cdo_import_header_get_cell (header, (guint) self->columns[f]) : NULL;
      self->headers[f] = cell ? g_strdup (cell->written) : NULL;
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  parsed = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_candidate_free);
  for (guint r = 0; r < self->sheet->rows->len; r++)
    {
      const CdoSheetRow *sheet_row = g_ptr_array_index (self->sheet->rows, r);
      CdoImportRow *row;
      gboolean any = FALSE;

      if (sheet_row->number <= header->last)
        continue;
      for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
        any = any || cell_at (self, sheet_row, f) != NULL;
      if (!any)
        continue;  /* a blank row, or notes beside the table */

      row = g_new0 (CdoImportRow, 1);
      row->row = sheet_row->number;
      row->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) _cdo_import_problem_free);
      for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
        {
          const CdoSheetCell *cell = cell_at (self, sheet_row, f);

          row->values[f] = cell ? g_strdup (cell->text) : NULL;
        }
      for (guint c = 0; c < sheet_row->cells->len; c++)
        {
          const CdoSheetCell *cell = g_ptr_array_index (sheet_row->cells, c);

          if (cell->column < CDO_SHEET_MAX_COLUMNS && !_cdo_import_cell_is_blank (cell))
            used[cell->column] = TRUE;
        }
      g_ptr_array_add (parsed, cdo_candidate_new ());
      read_row (self, sheet_row, &today, row, g_ptr_array_index (parsed, parsed->len - 1));
      g_ptr_array_add (self->rows, row);
    }
  if (self->rows->len == 0)
    {
      g_set_error (&self->error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_EMPTY,
                   _("“%s” has headers in row %u but no candidate below them. Check that it is "
                     "the right file."), self->workbook->origin, header->last);
      return;
    }

  add_notices (self, header, used);
  check_duplicates (self, parsed);
  if (self->columns[CDO_IMPORT_FIELD_POSITION] >= 0)
    {
      /* Sort the parsed candidates along with their rows: pair them up first. */
      for (guint i = 0; i < self->rows->len; i++)
        ((CdoImportRow *) g_ptr_array_index (self->rows, i))->candidate = g_ptr_array_index (parsed, i);
      g_ptr_array_set_free_func (parsed, NULL);
      g_ptr_array_set_size (parsed, 0);
      g_ptr_array_sort (self->rows, compare_by_position);
      check_positions (self);
      for (guint i = 0; i < self->rows->len; i++)
        g_ptr_array_add (parsed, g_steal_pointer (&((CdoImportRow *) g_ptr_array_index (self->rows, i))->candidate));
      g_ptr_array_set_free_func (parsed, (GDestroyNotify) cdo_candidate_free);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      CdoImportRow *row = g_ptr_array_index (self->rows, i);

      if (row->problems->len == 0)
        {
          row->candidate = g_steal_pointer (&parsed->pdata[i]);
          self->n_valid++;
        }
    }
}

/* GObject. */

static void
cdo_candidate_import_finalize (GObject *object)
{
  CdoCandidateImport *self = CDO_CANDIDATE_IMPORT (object);

  reset (self);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->notices);
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    g_free (self->choices[f]);
  cdo_workbook_free (self->workbook);

  G_OBJECT_CLASS (cdo_candidate_import_parent_class)->finalize (object);
}

static void
cdo_candidate_import_class_init (CdoCandidateImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cdo_candidate_import_finalize;
}

static void
cdo_candidate_import_init (CdoCandidateImport *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) import_row_free);
  self->notices = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    self->columns[f] = -1;
}

/* Reading. */

CdoCandidateImport *
cdo_candidate_import_new_from_bytes (GBytes      *data,
                                     const char  *origin,
                                     GError     **error)
{
  g_autoptr(CdoCandidateImport) self = NULL;
  CdoWorkbook *workbook;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  workbook = cdo_workbook_read (data, origin, error);
  if (workbook == NULL)
    return NULL;
  self = g_object_new (CDO_TYPE_CANDIDATE_IMPORT, NULL);
  self->workbook = workbook;
  analyse (self);
  return g_steal_pointer (&self);
}

CdoCandidateImport *
cdo_candidate_import_new_from_file (GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  name = g_strdup (g_file_info_get_display_name (info));
  if (g_file_info_get_size (info) > CDO_SHEET_MAX_FILE_SIZE)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is larger than %d MB, far more than a list of candidates. Check "
                     "that it is the right file."), name, CDO_SHEET_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  return cdo_candidate_import_new_from_bytes (bytes, name, error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  CdoCandidateImport *self;

  self = cdo_candidate_import_new_from_file (task_data, cancellable, &error);
  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

void
cdo_candidate_import_new_from_file_async (GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cdo_candidate_import_new_from_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

CdoCandidateImport *
cdo_candidate_import_new_from_file_finish (GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cdo_candidate_import_new_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Choices and results. */

gboolean
_cdo_candidate_import_get_applied (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), FALSE);
  return self->applied;
}

void
_cdo_candidate_import_set_applied (CdoCandidateImport *self)
{
  g_return_if_fail (CDO_IS_CANDIDATE_IMPORT (self));
  self->applied = TRUE;
}

const CdoWorkbook *
cdo_candidate_import_get_workbook (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), NULL);
  return self->workbook;
}

void
cdo_candidate_import_set_column (CdoCandidateImport *self,
                                 CdoImportField      field,
                                 const char         *header)
{
  g_return_if_fail (CDO_IS_CANDIDATE_IMPORT (self));
  g_return_if_fail ((guint) field < CDO_IMPORT_N_FIELDS);
  g_return_if_fail (!self->applied);

  if (g_strcmp0 (self->choices[field], header) == 0)
    return;
  g_free (self->choices[field]);
  self->choices[field] = g_strdup (header);
  analyse (self);
}

void
cdo_candidate_import_set_header_row (CdoCandidateImport *self,
                                     guint               row)
{
  g_return_if_fail (CDO_IS_CANDIDATE_IMPORT (self));
  g_return_if_fail (!self->applied);

  if (self->forced_header_row == row)
    return;
  self->forced_header_row = row;
  analyse (self);
}

const GError *
cdo_candidate_import_get_error (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), NULL);
  return self->error;
}

const char *
cdo_candidate_import_get_sheet_name (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), NULL);
  return self->sheet ? self->sheet->name : NULL;
}

guint
cdo_candidate_import_get_header_row (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), 0);
  return self->header_row;
}

guint
cdo_candidate_import_get_first_header_row (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), 0);
  return self->first_header_row;
}

int
cdo_candidate_import_get_column (CdoCandidateImport *self,
                                 CdoImportField      field)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), -1);
  g_return_val_if_fail ((guint) field < CDO_IMPORT_N_FIELDS, -1);
  return self->columns[field];
}

const char *
cdo_candidate_import_get_header (CdoCandidateImport *self,
                                 CdoImportField      field)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), NULL);
  g_return_val_if_fail ((guint) field < CDO_IMPORT_N_FIELDS, NULL);
  return self->headers[field];
}

guint
cdo_candidate_import_get_n_rows (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), 0);
  return self->rows->len;
}

const CdoImportRow *
cdo_candidate_import_get_row (CdoCandidateImport *self,
                              guint               index)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, index);
}

guint
cdo_candidate_import_get_n_valid (CdoCandidateImport *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), 0);
  return self->n_valid;
}

guint
cdo_candidate_import_get_n_problems (CdoCandidateImport *self)
{
  guint n = 0;

  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), 0);
  for (guint i = 0; i < self->rows->len; i++)
    n += ((CdoImportRow *) g_ptr_array_index (self->rows, i))->problems->len;
  return n;
}

const char *const *
cdo_candidate_import_get_notices (CdoCandidateImport *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (self), none);
  /* A null-terminated array that never held anything may have no storage yet. */
  return self->notices->pdata != NULL ? (const char *const *) self->notices->pdata : none;
}
