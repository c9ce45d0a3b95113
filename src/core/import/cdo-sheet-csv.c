/* cdo-sheet-csv.c: CSV as spreadsheet programs write it, read with libcsv
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What parties bring: Excel in an Italian locale writes ";" (the list separator there) and,
 * for "CSV UTF-8", a byte order mark; plain "CSV" is Windows-1252; "Unicode text" is UTF-16
 * with tabs; LibreOffice asks and usually writes "," in UTF-8. So the encoding is told by
 * the bytes (a BOM, valid UTF-8, else Windows-1252), and the separator by trying each one
 * on the first rows and keeping the one that gives most rows the same number of fields.
 *
 * Rows are numbered as a spreadsheet opening the file numbers them: one per record, blank
 * lines included, a quoted field spanning lines counting once.
 */
#define G_LOG_DOMAIN "cdo-sheet"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-sheet-private.h"

#define SNIFF_BYTES (64 * 1024)
#define SNIFF_ROWS  100

static const char separators[] = { ';', '\t', ',' };  /* the order breaks ties */

static int
is_space (unsigned char c)
{
  /* libcsv's default also trims tabs, which would eat empty fields of a tab-separated file. */
  return c == CSV_SPACE;
}

/* Decoding. */

static char *
decode (GBytes      *data,
        const char  *origin,
        char       **out_encoding,
        GError     **error)
{
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);
  g_autofree char *text = NULL;
  gsize text_size = 0;
  const char *encoding;

  if (size >= 2 && ((guchar) bytes[0] == 0xff && (guchar) bytes[1] == 0xfe))
    {
      encoding = "UTF-16";
      text = g_convert (bytes + 2, (gssize) (size - 2), "UTF-8", "UTF-16LE", NULL, &text_size, NULL);
    }
  else if (size >= 2 && ((guchar) bytes[0] == 0xfe && (guchar) bytes[1] == 0xff))
    {
      encoding = "UTF-16";
      text = g_convert (bytes + 2, (gssize) (size - 2), "UTF-8", "UTF-16BE", NULL, &text_size, NULL);
    }
  else
    {
      if (size >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
        {
          bytes += 3;
          size -= 3;
        }
      if (memchr (bytes, '\0', size) != NULL)
        goto binary;
      if (g_utf8_validate (bytes, (gssize) size, NULL))
        {
          encoding = "UTF-8";
          text = g_strndup (bytes, size);
          text_size = size;
        }
      else
        {
          encoding = "WINDOWS-1252";
          text = g_convert (bytes, (gssize) size, "UTF-8", "WINDOWS-1252", NULL, &text_size, NULL);
        }
    }
  if (text == NULL)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_ENCODING,
                   _("“%s” is a text file in an unknown character set. Open it in LibreOffice "
                     "or Excel and save it as “CSV UTF-8”."), origin);
      return NULL;
    }
  /* Text files have no control characters besides tab, line feed, carriage return and the
   * vertical tab some programs write for a line break inside a cell. */
  for (gsize i = 0; i < text_size; i++)
    {
      guchar c = (guchar) text[i];

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f') || c == 0x7f)
        goto binary;
    }
  *out_encoding = g_strdup (encoding);
  return g_steal_pointer (&text);

binary:
  g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NOT_A_SPREADSHEET,
               _("“%s” is not a spreadsheet: it is neither an ODS or XLSX file nor CSV text. "
                 "Ask for the list of candidates as ODS, XLSX or CSV."), origin);
  return NULL;
}

/* Guessing the separator. */

typedef struct {
  guint  n_fields;
  guint  n_rows;
  guint  counts[SNIFF_ROWS];
} Sniff;

static void
sniff_field_cb (void   *field,
                size_t  length,
                void   *user_data)
{
  Sniff *sniff = user_data;

  sniff->n_fields++;
}

static void
sniff_row_cb (int   terminator,
              void *user_data)
{
  Sniff *sniff = user_data;

  if (sniff->n_fields > 0 && sniff->n_rows < SNIFF_ROWS)
    sniff->counts[sniff->n_rows++] = sniff->n_fields;
  sniff->n_fields = 0;
}

/* How many of the first rows share the most frequent number of fields (two or more). */
static guint
score_separator (const char *text,
                 gsize       size,
                 char        separator)
{
  struct csv_parser parser;
  Sniff sniff = { 0 };
  guint best = 0;

  if (csv_init (&parser, 0) != 0)
    g_error ("libcsv could not allocate a parser");
  csv_set_delim (&parser, (unsigned char) separator);
  csv_set_space_func (&parser, is_space);
  csv_parse (&parser, text, MIN (size, SNIFF_BYTES), sniff_field_cb, sniff_row_cb, &sniff);
  csv_fini (&parser, sniff_field_cb, sniff_row_cb, &sniff);
  csv_free (&parser);

  for (guint i = 0; i < sniff.n_rows; i++)
    {
      guint same = 0;

      if (sniff.counts[i] < 2)
        continue;
      for (guint j = 0; j < sniff.n_rows; j++)
        same += sniff.counts[j] == sniff.counts[i];
      best = MAX (best, same);
    }
  return best;
}

static char
sniff_separator (const char *text,
                 gsize       size)
{
  char best = separators[0];
  guint best_score = 0;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      guint score = score_separator (text, size, separators[i]);

      if (score > best_score)
        {
          best = separators[i];
          best_score = score;
        }
    }
  return best;
}

/* Reading. */

typedef struct {
  CdoSheetBuilder *builder;
  CdoSheet        *sheet;
  CdoSheetRow     *row;
  guint            column;
  guint            number;
  int              last_terminator;
  GError          *error;
} Reader;

static char *
normalise_line_breaks (const char *text,
                       gsize       length)
{
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < length && text[i + 1] == '\n')
            i++;
        }
      else if (text[i] == '\v')
        g_string_append_c (out, '\n');
      else
        g_string_append_c (out, text[i]);
    }
  return g_string_free (out, FALSE);
}

static void
field_cb (void   *field,
          size_t  length,
          void   *user_data)
{
  Reader *reader = user_data;
  const char *text = field;
  gboolean blank = TRUE;

  if (reader->error != NULL)
    return;
  if (reader->row == NULL)
    reader->row = _cdo_sheet_row_new (0);
  for (gsize i = 0; i < length && blank; i++)
    blank = g_ascii_isspace (text[i]);
  if (!blank && reader->column < CDO_SHEET_MAX_COLUMNS)
    g_ptr_array_add (reader->row->cells,
                     _cdo_sheet_cell_new (reader->column, CDO_CELL_TEXT,
                                          normalise_line_breaks (text, length)));
  reader->column++;
}

static void
row_cb (int   terminator,
        void *user_data)
{
  Reader *reader = user_data;
  CdoSheetRow *row = g_steal_pointer (&reader->row);
  int previous = reader->last_terminator;

  reader->last_terminator = terminator;
  reader->column = 0;
  if (reader->error != NULL)
    {
      g_clear_pointer (&row, _cdo_sheet_row_free);
      return;
    }
  /* With CSV_REPALL_NL libcsv reports every line end, so "\r\n" ends a row and then an
   * empty one: that second one is no row of the file. */
  if (row == NULL && terminator == '\n' && previous == '\r')
    return;
  reader->number++;
  if (row == NULL)
    return;
  row->number = reader->number;
  _cdo_sheet_builder_add_row (reader->builder, reader->sheet, row, &reader->error);
}

gboolean
_cdo_sheet_read_csv (CdoSheetBuilder  *builder,
                     GBytes           *data,
                     GError          **error)
{
  CdoWorkbook *workbook = builder->workbook;
  g_autofree char *text = NULL;
  struct csv_parser parser;
  Reader reader = { builder, NULL, NULL, 0, 0, 0, NULL };
  gsize size;

  text = decode (data, workbook->origin, &workbook->encoding, error);
  if (text == NULL)
    return FALSE;
  size = strlen (text);
  workbook->separator = sniff_separator (text, size);
  reader.sheet = _cdo_sheet_builder_add_sheet (builder, NULL, error);
  g_assert (reader.sheet != NULL);

  if (csv_init (&parser, CSV_REPALL_NL) != 0)
    g_error ("libcsv could not allocate a parser");
  csv_set_delim (&parser, (unsigned char) workbook->separator);
  csv_set_space_func (&parser, is_space);
  /* Not strict: like a spreadsheet program, take a stray quote as text. */
  if (csv_parse (&parser, text, size, field_cb, row_cb, &reader) != size && reader.error == NULL)
    g_set_error (&reader.error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_TOO_LARGE,
                 _("“%s” could not be read: %s."), workbook->origin,
                 csv_strerror (csv_error (&parser)));
  csv_fini (&parser, field_cb, row_cb, &reader);
  csv_free (&parser);
  g_clear_pointer (&reader.row, _cdo_sheet_row_free);

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return FALSE;
    }
  return TRUE;
}
