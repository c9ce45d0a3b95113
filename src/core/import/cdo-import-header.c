/* cdo-import-header.c: the header of a sheet of candidates, on one row or stacked over two
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A header is one text per column with the field it names, if any. On one row, the cells
 * as written. On two rows, each column is the heading above it (its own cell, or a heading
 * merged, or written once, over the columns to its right) joined with the cell below, so
 * that "Nascita" merged over "Data" and "Luogo" reads as "Nascita Data" and "Nascita
 * Luogo", and "Data di" above "nascita" as "Data di nascita". Which header a sheet has is
 * the candidate import's to decide (cdo-candidate-import.c).
 */
#define G_LOG_DOMAIN "cdo-candidate-import"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-import-private.h"

static void
header_cell_clear (CdoImportHeaderCell *cell)
{
  g_free (cell->written);
  g_free (cell->key);
}

void
_cdo_import_header_free (CdoImportHeader *header)
{
  g_array_unref (header->cells);
  g_free (header);
}

static CdoImportHeader *
header_new (guint first,
            guint last)
{
  CdoImportHeader *header = g_new0 (CdoImportHeader, 1);

  header->first = first;
  header->last = last;
  header->cells = g_array_new (FALSE, TRUE, sizeof (CdoImportHeaderCell));
  g_array_set_clear_func (header->cells, (GDestroyNotify) header_cell_clear);
  return header;
}

const CdoImportHeaderCell *
_cdo_import_header_get_cell (const CdoImportHeader *header,
                             guint                  column)
{
  for (guint i = 0; i < header->cells->len; i++)
    {
      const CdoImportHeaderCell *cell = &g_array_index (header->cells, CdoImportHeaderCell, i);

      if (cell->column == column)
        return cell;
      if (cell->column > column)
        break;
    }
  return NULL;
}

const char *
_cdo_import_header_get_key (const CdoImportHeader *header,
                            guint                  column)
{
  const CdoImportHeaderCell *cell = _cdo_import_header_get_cell (header, column);

  return cell != NULL ? cell->key : "";
}

gboolean
_cdo_import_cell_is_blank (const CdoSheetCell *cell)
{
  return cell->kind == CDO_CELL_TEXT && cell->text[strspn (cell->text, " \t\r\n")] == '\0';
}

CdoImportHeader *
_cdo_import_header_new_single (const CdoSheetRow *row)
{
  CdoImportHeader *header = header_new (row->number, row->number);

  for (guint c = 0; c < row->cells->len; c++)
    {
      const CdoSheetCell *cell = g_ptr_array_index (row->cells, c);
      CdoImportHeaderCell out = { cell->column, g_strdup (cell->text),
                                  _cdo_import_key (cell->text), FALSE, 0, FALSE };

      out.known = cell->kind == CDO_CELL_TEXT
                  && _cdo_import_field_for_key (out.key, &out.field, &out.plain);
      g_array_append_val (header->cells, out);
    }
  return header;
}

/* A heading of the upper row stands over its own column and, when merged (or written
 * once), over the next columns to its right whose upper cell is empty and whose lower cell
 * is not. A heading with nothing below it (merged down over both rows) stands over its
 * column only; a column with nothing in either row ends a heading. */
CdoImportHeader *
_cdo_import_header_new_stacked (const CdoSheetRow     *upper,
                                const CdoSheetRow     *lower,
                                const CdoImportHeader *alone_upper,
                                const CdoImportHeader *alone_lower)
{
  CdoImportHeader *header = header_new (upper->number, lower->number);
  const CdoSheetCell *carried = NULL;
  guint iu = 0, il = 0;
  guint previous = G_MAXUINT;

  while (iu < upper->cells->len || il < lower->cells->len)
    {
      const CdoSheetCell *up = iu < upper->cells->len ? g_ptr_array_index (upper->cells, iu) : NULL;
      const CdoSheetCell *down = il < lower->cells->len ? g_ptr_array_index (lower->cells, il) : NULL;
      guint column = MIN (up ? up->column : G_MAXUINT, down ? down->column : G_MAXUINT);
      const CdoSheetCell *above;
      CdoImportHeaderCell out = { column, NULL, NULL, FALSE, 0, FALSE };
      const char *above_key;
      const char *below_key;

      if (up != NULL && up->column == column)
        iu++;
      else
        up = NULL;
      if (down != NULL && down->column == column)
        il++;
      else
        down = NULL;
      if (up != NULL && _cdo_import_cell_is_blank (up))
        up = NULL;
      if (down != NULL && _cdo_import_cell_is_blank (down))
        down = NULL;
      /* A column with nothing in either row ends a heading. */
      if (previous == G_MAXUINT || column != previous + 1)
        carried = NULL;
      previous = column;
      if (up == NULL && down == NULL)
        {
          carried = NULL;
          continue;
        }

      if (up != NULL)
        carried = down != NULL ? up : NULL;
      above = up != NULL ? up : carried;

      if (above != NULL && down != NULL)
        {
          g_autofree char *top = g_strstrip (g_strdup (above->text));
          g_autofree char *bottom = g_strstrip (g_strdup (down->text));

          out.written = g_strconcat (top, " ", bottom, NULL);
        }
      else
        out.written = g_strdup ((down != NULL ? down : above)->text);
      above_key = above != NULL ? _cdo_import_header_get_key (alone_upper, above->column) : "";
      below_key = down != NULL ? _cdo_import_header_get_key (alone_lower, column) : "";
      if (*above_key != '\0' && *below_key != '\0')
        out.key = g_strconcat (above_key, " ", below_key, NULL);
      else
        out.key = g_strdup (*below_key != '\0' ? below_key : above_key);
      out.known = (above == NULL || above->kind == CDO_CELL_TEXT)
                  && (down == NULL || down->kind == CDO_CELL_TEXT)
                  && _cdo_import_field_for_stacked_keys (above_key, above == up, below_key,
                                                         &out.field, &out.plain);
      g_array_append_val (header->cells, out);
    }
  return header;
}

char *
_cdo_import_header_describe_left_out (const CdoImportHeader *header,
                                      guint                  column,
                                      const int             *columns,
                                      const char *const     *choices)
{
  const CdoImportHeaderCell *cell = _cdo_import_header_get_cell (header, column);
  g_autofree char *letter = cdo_sheet_column_name (column);
  g_autofree char *written = NULL;
  CdoImportField field;
  int whole = columns[CDO_IMPORT_FIELD_SURNAME_AND_NAMES] >= 0
              ? columns[CDO_IMPORT_FIELD_SURNAME_AND_NAMES]
              : columns[CDO_IMPORT_FIELD_NAMES_AND_SURNAME];

  if (cell == NULL || cell->key[0] == '\0')
    return g_strdup_printf (_("Column %s holds values but has no header, so it is not "
                              "imported. If it holds candidates' details, head it as "
                              "Cognome, Nome, Sesso, Data di nascita, Luogo di nascita or "
                              "Cittadinanza."), letter);
  written = g_strstrip (g_strdelimit (g_strdup (cell->written), "\r\n\t", ' '));
  field = cell->field;
  if (cell->known && cell->plain)
    field = columns[CDO_IMPORT_FIELD_SURNAME] >= 0 ? CDO_IMPORT_FIELD_GIVEN_NAMES
                                                         : CDO_IMPORT_FIELD_NAMES_AND_SURNAME;

  if (cell->known
      && (field == CDO_IMPORT_FIELD_SURNAME_AND_NAMES || field == CDO_IMPORT_FIELD_NAMES_AND_SURNAME)
      && columns[CDO_IMPORT_FIELD_SURNAME] >= 0)
    {
      g_autofree char *surname = cdo_sheet_column_name ((guint) columns[CDO_IMPORT_FIELD_SURNAME]);
      g_autofree char *given = cdo_sheet_column_name ((guint) columns[CDO_IMPORT_FIELD_GIVEN_NAMES]);

      return g_strdup_printf (_("Column %s “%s” is not imported: the surname and the given "
                                "names are taken from columns %s and %s."),
                              letter, written, surname, given);
    }
  if (cell->known && (field == CDO_IMPORT_FIELD_SURNAME || field == CDO_IMPORT_FIELD_GIVEN_NAMES)
      && whole >= 0)
    {
      g_autofree char *used = cdo_sheet_column_name ((guint) whole);

      return g_strdup_printf (_("Column %s “%s” is not imported: the surname and the given "
                                "names are taken from column %s."), letter, written, used);
    }
  if (cell->known && columns[field] >= 0)
    {
      g_autofree char *used = cdo_sheet_column_name ((guint) columns[field]);

      return g_strdup_printf (_("Column %s “%s” is not imported: the field “%s” is taken from "
                                "column %s."),
                              letter, written, cdo_import_field_get_label (field), used);
    }
  if (cell->known && g_strcmp0 (choices[field], "") == 0)
    return g_strdup_printf (_("Column %s “%s” is not imported: its field “%s” was left out."),
                            letter, written, cdo_import_field_get_label (field));
  /* Translators: "Column F “Telefono” is not imported: …"; keep the Italian headers. */
  return g_strdup_printf (_("Column %s “%s” is not imported: its header names none of the "
                            "candidate's details. If it holds them, head it as Cognome, Nome, "
                            "Sesso, Data di nascita, Luogo di nascita or Cittadinanza."),
                          letter, written);
}
