/* cdo-sheet.c: telling CSV, ODS and XLSX apart, the cells they share, reading ZIP members
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is told by the first bytes, never by the file name: parties rename files, and a
 * hostile file would pretend. ZIP members are read with libgsf, whose reader inflates no more
 * than the size the archive declares; we refuse a declared size above our limit before
 * inflating anything, so that a "ZIP bomb" costs nothing.
 */
#define G_LOG_DOMAIN "cdo-sheet"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-impl.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-utils.h>
#include <string.h>

#include "cdo-sheet-private.h"
#include "cdo-xml.h"

G_DEFINE_QUARK (cdo-import-error-quark, cdo_import_error)

static const char *const format_names[] = { "CSV", "ODS", "XLSX" };

const char *
cdo_sheet_format_to_string (CdoSheetFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format];
}

char *
cdo_sheet_column_name (guint column)
{
  char buffer[8];
  int at = G_N_ELEMENTS (buffer) - 1;
  guint64 n = (guint64) column + 1;

  buffer[at] = '\0';
  while (n > 0 && at > 0)
    {
      buffer[--at] = (char) ('A' + (n - 1) % 26);
      n = (n - 1) / 26;
    }
  return g_strdup (buffer + at);
}

gboolean
cdo_sheet_column_parse (const char *name,
                        guint      *out_column)
{
  guint64 n = 0;
  gsize length;

  g_return_val_if_fail (out_column != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  length = strlen (name);
  if (length == 0 || length > 3)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isalpha (name[i]))
        return FALSE;
      n = n * 26 + (guint64) (g_ascii_toupper (name[i]) - 'A' + 1);
    }
  if (n > CDO_SHEET_MAX_COLUMNS)
    return FALSE;
  *out_column = (guint) (n - 1);
  return TRUE;
}

/* Cells and rows. */

char *
_cdo_sheet_format_number (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", number));
}

CdoSheetCell *
_cdo_sheet_cell_new (guint        column,
                     CdoCellKind  kind,
                     char        *text)
{
  CdoSheetCell *cell = g_new0 (CdoSheetCell, 1);

  cell->column = column;
  cell->kind = kind;
  cell->text = text ? text : g_strdup ("");
  if (strlen (cell->text) > CDO_SHEET_MAX_CELL_LENGTH)
    {
      const char *end = cell->text + CDO_SHEET_MAX_CELL_LENGTH;

      /* Cut on a character boundary; the text was validated as UTF-8 by the readers. */
      while (end > cell->text && (*end & 0xc0) == 0x80)
        end--;
      cell->text[end - cell->text] = '\0';
    }
  g_date_clear (&cell->date, 1);
  return cell;
}

CdoSheetCell *
_cdo_sheet_cell_copy (const CdoSheetCell *cell,
                      guint               column)
{
  CdoSheetCell *copy = g_memdup2 (cell, sizeof *cell);

  copy->column = column;
  copy->text = g_strdup (cell->text);
  return copy;
}

void
_cdo_sheet_cell_free (CdoSheetCell *cell)
{
  if (cell == NULL)
    return;
  g_free (cell->text);
  g_free (cell);
}

CdoSheetRow *
_cdo_sheet_row_new (guint number)
{
  CdoSheetRow *row = g_new0 (CdoSheetRow, 1);

  row->number = number;
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) _cdo_sheet_cell_free);
  return row;
}

CdoSheetRow *
_cdo_sheet_row_copy (const CdoSheetRow *row,
                     guint              number)
{
  CdoSheetRow *copy = _cdo_sheet_row_new (number);

  for (guint i = 0; i < row->cells->len; i++)
    {
      const CdoSheetCell *cell = g_ptr_array_index (row->cells, i);

      g_ptr_array_add (copy->cells, _cdo_sheet_cell_copy (cell, cell->column));
    }
  return copy;
}

void
_cdo_sheet_row_free (CdoSheetRow *row)
{
  if (row == NULL)
    return;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

const CdoSheetCell *
cdo_sheet_row_get_cell (const CdoSheetRow *row,
                        guint              column)
{
  guint low = 0, high;

  g_return_val_if_fail (row != NULL, NULL);

  /* Cells are sorted by column: a binary search. */
  high = row->cells->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const CdoSheetCell *cell = g_ptr_array_index (row->cells, middle);

      if (cell->column == column)
        return cell;
      if (cell->column < column)
        low = middle + 1;
      else
        high = middle;
    }
  return NULL;
}

static void
sheet_free (CdoSheet *sheet)
{
  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_free (sheet);
}

void
cdo_workbook_free (CdoWorkbook *workbook)
{
  if (workbook == NULL)
    return;
  g_free (workbook->origin);
  g_free (workbook->encoding);
  g_ptr_array_unref (workbook->sheets);
  g_free (workbook);
}

/* The builder and its limits. */

void
_cdo_sheet_set_too_large (CdoSheetBuilder  *builder,
                          GError          **error)
{
  g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_TOO_LARGE,
               _("“%s” holds more than %d rows or %d cells with values, far more than a list of "
                 "candidates. Check that it is the right file, or copy the candidates alone "
                 "into a new spreadsheet."),
               builder->workbook->origin, CDO_SHEET_MAX_ROWS, CDO_SHEET_MAX_CELLS);
}

CdoSheet *
_cdo_sheet_builder_add_sheet (CdoSheetBuilder  *builder,
                              const char       *name,
                              GError          **error)
{
  CdoSheet *sheet;

  if (builder->workbook->sheets->len >= CDO_SHEET_MAX_SHEETS)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” has more than %d sheets. Copy the candidates into a new spreadsheet "
                     "with one sheet."), builder->workbook->origin, CDO_SHEET_MAX_SHEETS);
      return NULL;
    }
  sheet = g_new0 (CdoSheet, 1);
  sheet->name = g_strdup (name);
  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _cdo_sheet_row_free);
  g_ptr_array_add (builder->workbook->sheets, sheet);
  return sheet;
}

gboolean
_cdo_sheet_builder_add_row (CdoSheetBuilder  *builder,
                            CdoSheet         *sheet,
                            CdoSheetRow      *row,
                            GError          **error)
{
  if (row->cells->len == 0)
    {
      _cdo_sheet_row_free (row);
      return TRUE;
    }
  if (builder->n_rows >= CDO_SHEET_MAX_ROWS
      || builder->n_cells + row->cells->len > CDO_SHEET_MAX_CELLS)
    {
      _cdo_sheet_row_free (row);
      _cdo_sheet_set_too_large (builder, error);
      return FALSE;
    }
  builder->n_rows++;
  builder->n_cells += row->cells->len;
  g_ptr_array_add (sheet->rows, row);
  return TRUE;
}

/* ZIP members. */

/* libgsf's gsf_infile_child_by_name() logs a warning when a member's local header is
 * broken; a hostile file must give an error, not a log line (fatal in tests and fuzzing), so
 * we call the class method, which reports through GError. */
static GsfInput *
child_by_name (GsfInfile  *infile,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  GsfInput *child;

  child = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (infile))->child_by_name (infile, name, &error);
  if (error != NULL)
    {
      g_debug ("ZIP member %s: %s", name, error->message);
      g_clear_object (&child);
    }
  return child;
}

static GsfInput *
open_member (GsfInfile  *zip,
             const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GsfInput) current = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      GsfInfile *parent = current ? GSF_INFILE (current) : zip;
      GsfInput *child;

      if (current != NULL && !GSF_IS_INFILE (current))
        return NULL;
      child = child_by_name (parent, parts[i]);
      g_clear_object (&current);
      current = child;
      if (current == NULL)
        return NULL;
    }
  if (GSF_IS_INFILE (current) && gsf_infile_num_children (GSF_INFILE (current)) >= 0)
    return NULL;  /* a directory */
  return g_steal_pointer (&current);
}

gboolean
_cdo_sheet_zip_has (GsfInfile  *zip,
                    const char *path)
{
  g_autoptr(GsfInput) member = open_member (zip, path);

  return member != NULL;
}

GBytes *
_cdo_sheet_zip_read (CdoSheetBuilder  *builder,
                     GsfInfile        *zip,
                     const char       *path,
                     GError          **error)
{
  g_autoptr(GsfInput) member = open_member (zip, path);
  gsf_off_t size;
  guint8 *data;

  if (member == NULL)
    return NULL;
  size = gsf_input_size (member);
  if (size < 0 || size > CDO_SHEET_MAX_MEMBER_SIZE
      || (gsize) size > CDO_SHEET_MAX_UNPACKED_SIZE - builder->unpacked)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” would unpack to more than %d MB (part %s), far more than a list of "
                     "candidates; it may have been built to exhaust the computer. Check that it "
                     "is the right file."),
                   builder->workbook->origin, CDO_SHEET_MAX_MEMBER_SIZE / (1024 * 1024), path);
      return NULL;
    }
  builder->unpacked += (gsize) size;

  /* Zero-filled, and read into our own buffer: should the compressed data end before the
   * declared size, libgsf leaves the rest untouched, and the XML parser then meets NUL
   * bytes instead of uninitialised memory. */
  data = g_malloc0 ((gsize) size + 1);
  for (gsf_off_t done = 0; done < size;)
    {
      gsf_off_t chunk = MIN (size - done, 65536);

      if (gsf_input_read (member, (size_t) chunk, data + done) == NULL)
        {
          g_free (data);
          g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_DAMAGED,
                       _("“%s” is damaged: its part %s cannot be unpacked. Open the file in "
                         "LibreOffice or Excel and save it again."),
                       builder->workbook->origin, path);
          return NULL;
        }
      done += chunk;
    }
  return g_bytes_new_take (data, (gsize) size);
}

xmlDoc *
_cdo_sheet_parse_xml (CdoSheetBuilder  *builder,
                      GBytes           *bytes,
                      const char       *path,
                      GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *origin = g_strdup_printf ("%s: %s", builder->workbook->origin, path);
  xmlDoc *doc;

  doc = cdo_xml_parse (bytes, origin, CDO_SHEET_MAX_MEMBER_SIZE, &local_error);
  if (doc != NULL)
    return doc;
  g_debug ("%s", local_error->message);
  if (g_error_matches (local_error, CDO_XML_ERROR, CDO_XML_ERROR_FORBIDDEN))
    g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_DAMAGED,
                 _("“%s” was refused: its part %s declares a document type (<!DOCTYPE>), which "
                   "spreadsheet programs never write and which could be used to attack the "
                   "computer. Ask for the file to be saved again from LibreOffice or Excel."),
                 builder->workbook->origin, path);
  else
    g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_DAMAGED,
                 _("“%s” is damaged: its part %s is not well-formed. Open the file in "
                   "LibreOffice or Excel and save it again."),
                 builder->workbook->origin, path);
  return NULL;
}

/* Namespace-aware XML helpers. */

gboolean
_cdo_xml_is (xmlNode    *node,
             const char *ns,
             const char *name)
{
  if (node->type != XML_ELEMENT_NODE || xmlStrcmp (node->name, (const xmlChar *) name) != 0)
    return FALSE;
  if (ns == NULL)
    return TRUE;
  return node->ns != NULL && xmlStrcmp (node->ns->href, (const xmlChar *) ns) == 0;
}

char *
_cdo_xml_attr (xmlNode    *node,
               const char *ns,
               const char *name)
{
  xmlChar *value;
  char *copy;

  value = ns ? xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns)
             : xmlGetNoNsProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

guint64
_cdo_xml_attr_uint (xmlNode    *node,
                    const char *ns,
                    const char *name,
                    guint64     min,
                    guint64     max,
                    guint64     fallback)
{
  g_autofree char *text = _cdo_xml_attr (node, ns, name);
  guint64 value;

  if (text == NULL)
    return fallback;
  g_strstrip (text);
  /* A number too large for 64 bits is still a large number, not a missing one. */
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, &value, NULL))
    {
      gsize digits = strspn (text, "0123456789");

      if (digits == 0 || text[digits] != '\0')
        return fallback;
      value = max;
    }
  return CLAMP (value, min, max);
}

/* Telling the formats apart. */

static gboolean
valid_dos_time (guint32 time)
{
  static const guint8 month_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  guint year = (time >> 25) + 1980;
  guint month = (time >> 21) & 0x0f;
  guint day = (time >> 16) & 0x1f;
  guint hour = (time >> 11) & 0x1f;
  guint minute = (time >> 5) & 0x3f;
  guint second = (time & 0x1f) * 2;

  if (month < 1 || month > 12 || day < 1 || day > month_days[month - 1]
      || hour > 23 || minute > 59 || second > 59)
    return FALSE;
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* libgsf 1.14.50 turns each member's DOS time into a GDateTime and unrefs it without
 * checking for NULL, so an impossible time (month 13) in the archive's directory logs a
 * GLib critical. A time is no part of a spreadsheet: where a directory entry's time is
 * impossible we hand libgsf a copy with that time cleared (0, which it skips). Entries are
 * found by their signature, which libgsf also checks before reading one. */
static GBytes *
clear_impossible_times (GBytes *data)
{
  static const guint8 signature[] = { 'P', 'K', 0x01, 0x02 };
  gsize size;
  const guint8 *bytes = g_bytes_get_data (data, &size);
  guint8 *copy = NULL;

  for (gsize at = 0; size >= 46 && at <= size - 46; at++)
    {
      guint32 time;

      if (bytes[at] != 'P' || memcmp (bytes + at, signature, sizeof signature) != 0)
        continue;
      time = GSF_LE_GET_GUINT32 (bytes + at + 12);
      if (time == 0 || valid_dos_time (time))
        continue;
      if (copy == NULL)
        copy = g_memdup2 (bytes, size);
      memset (copy + at + 12, 0, 4);
    }
  return copy ? g_bytes_new_take (copy, size) : g_bytes_ref (data);
}

static gboolean
read_zip (CdoSheetBuilder  *builder,
          GBytes           *original,
          GError          **error)
{
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GsfInfile) zip = NULL;
  g_autoptr(GError) zip_error = NULL;
  g_autoptr(GBytes) data = clear_impossible_times (original);
  const char *origin = builder->workbook->origin;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (data, &size);

  input = gsf_input_memory_new (bytes, (gsf_off_t) size, FALSE);
  zip = gsf_infile_zip_new (input, &zip_error);
  if (zip == NULL)
    {
      g_debug ("%s: %s", origin, zip_error ? zip_error->message : "?");
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_DAMAGED,
                   _("“%s” looks like an ODS or XLSX spreadsheet but is damaged (the ZIP "
                     "archive inside cannot be read). Open it in LibreOffice or Excel and save "
                     "it again, or ask for a new copy."), origin);
      return FALSE;
    }

  if (_cdo_sheet_zip_has (zip, "content.xml"))
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) mimetype = _cdo_sheet_zip_read (builder, zip, "mimetype", &local_error);
      g_autofree char *type = NULL;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (mimetype != NULL)
        type = g_strstrip (g_strndup (g_bytes_get_data (mimetype, NULL),
                                      MIN (g_bytes_get_size (mimetype), 200)));
      if (type != NULL && !g_str_has_prefix (type, "application/vnd.oasis.opendocument.spreadsheet"))
        {
          g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NOT_A_SPREADSHEET,
                       _("“%s” is an OpenDocument file but not a spreadsheet (a text document "
                         "or a presentation). Ask for the list of candidates as a spreadsheet "
                         "(ODS, XLSX or CSV)."), origin);
          return FALSE;
        }
      builder->workbook->format = CDO_SHEET_FORMAT_ODS;
      return _cdo_sheet_read_ods (builder, zip, error);
    }
  if (_cdo_sheet_zip_has (zip, "xl/workbook.xml"))
    {
      builder->workbook->format = CDO_SHEET_FORMAT_XLSX;
      return _cdo_sheet_read_xlsx (builder, zip, error);
    }
  g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NOT_A_SPREADSHEET,
               _("“%s” is a ZIP archive (or a Word or PowerPoint file) that holds no "
                 "spreadsheet. Ask for the list of candidates as ODS, XLSX or CSV."), origin);
  return FALSE;
}

CdoWorkbook *
cdo_workbook_read (GBytes      *data,
                   const char  *origin,
                   GError     **error)
{
  static const guint8 ole2[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };
  g_autoptr(CdoWorkbook) workbook = NULL;
  CdoSheetBuilder builder = { NULL, 0, 0, 0 };
  gsize size;
  const guint8 *bytes;
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  workbook = g_new0 (CdoWorkbook, 1);
  workbook->origin = g_strdup (origin);
  workbook->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  builder.workbook = workbook;

  bytes = g_bytes_get_data (data, &size);
  if (size > CDO_SHEET_MAX_FILE_SIZE)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is larger than %d MB, far more than a list of candidates. Check "
                     "that it is the right file."), origin, CDO_SHEET_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty. Ask for a new copy of the list of candidates."), origin);
      return NULL;
    }

  if (size >= 4 && memcmp (bytes, "PK", 2) == 0 && bytes[2] < 9 && bytes[3] < 9)
    ok = read_zip (&builder, data, error);
  else if (size >= sizeof ole2 && memcmp (bytes, ole2, sizeof ole2) == 0)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NOT_A_SPREADSHEET,
                   _("“%s” is in the old Excel 97–2003 format (.xls), or is protected by a "
                     "password. Open it in LibreOffice or Excel, remove any password and save "
                     "it as .ods or .xlsx."), origin);
      return NULL;
    }
  else if (size >= 5 && memcmp (bytes, "%PDF-", 5) == 0)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NOT_A_SPREADSHEET,
                   _("“%s” is a PDF document, not a spreadsheet. Ask for the list of "
                     "candidates as ODS, XLSX or CSV, or type it in."), origin);
      return NULL;
    }
  else
    {
      workbook->format = CDO_SHEET_FORMAT_CSV;
      ok = _cdo_sheet_read_csv (&builder, data, error);
    }
  if (!ok)
    return NULL;

  if (builder.n_cells == 0)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_EMPTY,
                   _("“%s” has no cell with a value. Check that it is the right file."), origin);
      return NULL;
    }
  return g_steal_pointer (&workbook);
}
