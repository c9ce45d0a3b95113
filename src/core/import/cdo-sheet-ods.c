/* cdo-sheet-ods.c: OpenDocument spreadsheets (LibreOffice's .ods)
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * content.xml holds every table. Runs of identical rows and cells are written once with
 * table:number-rows-repeated / table:number-columns-repeated: LibreOffice writes runs of a
 * million empty rows after the data, and a hostile file may repeat a filled cell sixteen
 * million times. Empty runs only move the row or column counter; filled runs are copied
 * while the workbook's limits allow, and beyond that the file is refused.
 */
#define G_LOG_DOMAIN "cdo-sheet"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-sheet-private.h"

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

/* The text of a paragraph: spans, links, runs of spaces (text:s text:c="N"), tabs, breaks. */
static void
append_text (GString *out,
             xmlNode *node,
             guint    depth)
{
  /* A cell's text is never deeply nested; a hostile file could nest thousands of spans. */
  if (depth > 32)
    return;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (out->len > CDO_SHEET_MAX_CELL_LENGTH)
        return;
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) child->content);
      else if (_cdo_xml_is (child, NS_TEXT, "s"))
        {
          guint64 count = _cdo_xml_attr_uint (child, NS_TEXT, "c", 1, CDO_SHEET_MAX_CELL_LENGTH, 1);

          for (guint64 i = 0; i < count; i++)
            g_string_append_c (out, ' ');
        }
      else if (_cdo_xml_is (child, NS_TEXT, "tab"))
        g_string_append_c (out, '\t');
      else if (_cdo_xml_is (child, NS_TEXT, "line-break"))
        g_string_append_c (out, '\n');
      else if (_cdo_xml_is (child, NS_OFFICE, "annotation")
               || _cdo_xml_is (child, NS_TEXT, "note"))
        continue;  /* comments and footnotes are not the cell's value */
      else if (child->type == XML_ELEMENT_NODE)
        append_text (out, child, depth + 1);
    }
}

static char *
cell_text (xmlNode *cell)
{
  GString *out = g_string_new (NULL);
  gboolean first = TRUE;

  for (xmlNode *child = cell->children; child != NULL; child = child->next)
    if (_cdo_xml_is (child, NS_TEXT, "p") || _cdo_xml_is (child, NS_TEXT, "h"))
      {
        if (!first)
          g_string_append_c (out, '\n');
        append_text (out, child, 0);
        first = FALSE;
      }
  return g_string_free (out, FALSE);
}

static gboolean
blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* The cell's value, or NULL when it holds none. */
static CdoSheetCell *
read_cell (xmlNode *node,
           guint    column)
{
  g_autofree char *type = _cdo_xml_attr (node, NS_OFFICE, "value-type");
  g_autofree char *text = cell_text (node);
  CdoSheetCell *cell;

  if (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "percentage") == 0
      || g_strcmp0 (type, "currency") == 0)
    {
      g_autofree char *value = _cdo_xml_attr (node, NS_OFFICE, "value");
      double number;
      char *end = NULL;

      if (value == NULL)
        return blank (text) ? NULL : _cdo_sheet_cell_new (column, CDO_CELL_TEXT, g_steal_pointer (&text));
      number = g_ascii_strtod (value, &end);
      if (end == value || *end != '\0')
        return _cdo_sheet_cell_new (column, CDO_CELL_TEXT, g_steal_pointer (&value));
      cell = _cdo_sheet_cell_new (column, CDO_CELL_NUMBER, _cdo_sheet_format_number (number));
      cell->number = number;
      return cell;
    }
  if (g_strcmp0 (type, "date") == 0)
    {
      g_autofree char *value = _cdo_xml_attr (node, NS_OFFICE, "date-value");
      GDate date;

      /* "1970-05-12" or "1970-05-12T00:00:00": the day is all a birth date needs. */
      if (value != NULL && strlen (value) >= 10 && (value[10] == '\0' || value[10] == 'T'))
        {
          value[10] = '\0';
          if (cdo_date_parse_iso (value, &date))
            {
              cell = _cdo_sheet_cell_new (column, CDO_CELL_DATE, cdo_date_format_iso (&date));
              cell->date = date;
              return cell;
            }
        }
      /* A date the calendar does not have (a negative year): keep what the cell shows. */
      return _cdo_sheet_cell_new (column, CDO_CELL_TEXT, g_steal_pointer (&text));
    }
  if (g_strcmp0 (type, "boolean") == 0)
    {
      g_autofree char *value = _cdo_xml_attr (node, NS_OFFICE, "boolean-value");

      cell = _cdo_sheet_cell_new (column, CDO_CELL_BOOLEAN, g_steal_pointer (&text));
      cell->number = g_strcmp0 (value, "true") == 0;
      return cell;
    }
  if (g_strcmp0 (type, "string") == 0)
    {
      g_autofree char *value = _cdo_xml_attr (node, NS_OFFICE, "string-value");

      /* Some generators put the string in office:string-value and leave no paragraph. */
      if (value != NULL && blank (text))
        {
          g_free (text);
          text = g_steal_pointer (&value);
        }
    }
  if (blank (text))
    return NULL;
  return _cdo_sheet_cell_new (column, CDO_CELL_TEXT, g_steal_pointer (&text));
}

typedef struct {
  CdoSheetBuilder *builder;
  CdoSheet        *sheet;
  guint64          number;   /* the next row's number */
} TableReader;

static gboolean
read_row (TableReader  *reader,
          xmlNode      *node,
          GError      **error)
{
  guint64 repeat = _cdo_xml_attr_uint (node, NS_TABLE, "number-rows-repeated",
                                       1, CDO_SHEET_MAX_ROW_NUMBER, 1);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) _cdo_sheet_cell_free);
  guint64 column = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      guint64 span;
      CdoSheetCell *cell;

      if (!_cdo_xml_is (child, NS_TABLE, "table-cell")
          && !_cdo_xml_is (child, NS_TABLE, "covered-table-cell"))
        continue;
      if (column >= CDO_SHEET_MAX_COLUMNS)
        break;
      span = _cdo_xml_attr_uint (child, NS_TABLE, "number-columns-repeated",
                                 1, G_MAXUINT32, 1);
      /* A cell covered by a merged one is hidden, even when LibreOffice kept the value it
       * had before the merge. */
      cell = _cdo_xml_is (child, NS_TABLE, "table-cell") ? read_cell (child, (guint) column) : NULL;
      if (cell == NULL)
        {
          column += span;
          continue;
        }
      g_ptr_array_add (cells, cell);
      for (guint64 i = 1; i < span && column + i < CDO_SHEET_MAX_COLUMNS; i++)
        g_ptr_array_add (cells, _cdo_sheet_cell_copy (cell, (guint) (column + i)));
      column += span;
    }

  if (cells->len == 0)
    {
      reader->number += repeat;
      return TRUE;
    }
  for (guint64 i = 0; i < repeat && reader->number <= CDO_SHEET_MAX_ROW_NUMBER; i++)
    {
      CdoSheetRow *row = _cdo_sheet_row_new ((guint) reader->number++);

      for (guint c = 0; c < cells->len; c++)
        {
          const CdoSheetCell *cell = g_ptr_array_index (cells, c);

          g_ptr_array_add (row->cells, _cdo_sheet_cell_copy (cell, cell->column));
        }
      if (!_cdo_sheet_builder_add_row (reader->builder, reader->sheet, row, error))
        return FALSE;
    }
  return TRUE;
}

/* Rows may sit in header-rows, row-groups (nested) and table-rows elements. */
static gboolean
read_rows (TableReader  *reader,
           xmlNode      *parent,
           guint         depth,
           GError      **error)
{
  if (depth > 16)
    return TRUE;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (reader->number > CDO_SHEET_MAX_ROW_NUMBER)
        return TRUE;
      if (_cdo_xml_is (child, NS_TABLE, "table-row"))
        {
          if (!read_row (reader, child, error))
            return FALSE;
        }
      else if (_cdo_xml_is (child, NS_TABLE, "table-header-rows")
               || _cdo_xml_is (child, NS_TABLE, "table-row-group")
               || _cdo_xml_is (child, NS_TABLE, "table-rows"))
        {
          if (!read_rows (reader, child, depth + 1, error))
            return FALSE;
        }
    }
  return TRUE;
}

static xmlNode *
find_child (xmlNode    *parent,
            const char *ns,
            const char *name)
{
  for (xmlNode *child = parent ? parent->children : NULL; child != NULL; child = child->next)
    if (_cdo_xml_is (child, ns, name))
      return child;
  return NULL;
}

gboolean
_cdo_sheet_read_ods (CdoSheetBuilder  *builder,
                     GsfInfile        *zip,
                     GError          **error)
{
  g_autoptr(GBytes) content = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root, *spreadsheet;

  content = _cdo_sheet_zip_read (builder, zip, "content.xml", error);
  if (content == NULL)
    return FALSE;
  doc = _cdo_sheet_parse_xml (builder, content, "content.xml", error);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  spreadsheet = _cdo_xml_is (root, NS_OFFICE, "document-content")
                ? find_child (find_child (root, NS_OFFICE, "body"), NS_OFFICE, "spreadsheet")
                : NULL;
  if (spreadsheet == NULL)
    {
      g_set_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NOT_A_SPREADSHEET,
                   _("“%s” is an OpenDocument file but not a spreadsheet. Ask for the list of "
                     "candidates as a spreadsheet (ODS, XLSX or CSV)."),
                   builder->workbook->origin);
      return FALSE;
    }

  for (xmlNode *child = spreadsheet->children; child != NULL; child = child->next)
    {
      g_autofree char *name = NULL;
      TableReader reader = { builder, NULL, 1 };

      if (!_cdo_xml_is (child, NS_TABLE, "table"))
        continue;
      name = _cdo_xml_attr (child, NS_TABLE, "name");
      reader.sheet = _cdo_sheet_builder_add_sheet (builder, name, error);
      if (reader.sheet == NULL || !read_rows (&reader, child, 0, error))
        return FALSE;
    }
  return TRUE;
}
