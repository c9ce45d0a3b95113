/* cdo-sheet-xlsx.c: Office Open XML spreadsheets (Excel's .xlsx, also written by LibreOffice)
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * xl/workbook.xml lists the sheets (and says whether days count from 1904); its relations
 * (xl/_rels/workbook.xml.rels) name each sheet's part. A cell is a number, an index into
 * xl/sharedStrings.xml (t="s"), an inline string (t="inlineStr"), a formula's text
 * (t="str"), a boolean or an error. Dates are numbers (days since 1900 or 1904) whose style,
 * an index into the cellXfs of xl/styles.xml, has a date format: a built-in one (14–17, 22,
 * and the East Asian 27–36, 50–58) or a custom code with days or years in it. Cells carry
 * their reference (r="C5"), so empty ones are simply absent.
 */
#define G_LOG_DOMAIN "cdo-sheet"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-sheet-private.h"

typedef struct {
  CdoSheetBuilder *builder;
  GPtrArray       *strings;     /* char *: the shared strings */
  GArray          *date_styles; /* gboolean per cellXfs index */
} Reader;

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->strings, g_ptr_array_unref);
  g_clear_pointer (&reader->date_styles, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

/* Text. */

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup (content ? (const char *) content : "");

  xmlFree (content);
  return copy;
}

/* OOXML escapes characters XML cannot carry as "_xHHHH_" (Excel writes "_x000D_" for the
 * carriage return of a line break typed in a cell). */
static char *
unescape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  while (*text != '\0')
    {
      guint64 code;
      char hex[5];

      if (text[0] == '_' && text[1] == 'x' && strlen (text) >= 7 && text[6] == '_')
        {
          memcpy (hex, text + 2, 4);
          hex[4] = '\0';
          if (g_ascii_string_to_unsigned (hex, 16, 0, 0xffff, &code, NULL)
              && g_unichar_validate ((gunichar) code) && code != 0)
            {
              g_string_append_unichar (out, code == '\r' ? '\n' : (gunichar) code);
              text += 7;
              if (code == '\r' && *text == '\n')
                text++;
              continue;
            }
        }
      g_string_append_c (out, *text++);
    }
  return g_string_free (out, FALSE);
}

/* The text of a shared or inline string: <t>, or rich-text runs <r><t>, but not the
 * phonetic guides (<rPh>) East Asian versions add. */
static char *
string_item_text (xmlNode *item)
{
  GString *out = g_string_new (NULL);

  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      if (out->len > CDO_SHEET_MAX_CELL_LENGTH)
        break;
      if (_cdo_xml_is (child, NULL, "t"))
        {
          g_autofree char *text = node_text (child);

          g_string_append (out, text);
        }
      else if (_cdo_xml_is (child, NULL, "r"))
        for (xmlNode *run = child->children; run != NULL; run = run->next)
          if (_cdo_xml_is (run, NULL, "t"))
            {
              g_autofree char *text = node_text (run);

              g_string_append (out, text);
            }
    }
  {
    g_autofree char *raw = g_string_free (out, FALSE);

    return unescape (raw);
  }
}

/* Relations and parts. */

static char *
attr_in_any_ns (xmlNode    *node,
                const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->ns != NULL && xmlStrcmp (attr->name, (const xmlChar *) name) == 0)
      return _cdo_xml_attr (node, (const char *) attr->ns->href, name);
  return NULL;
}

/* "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml";
 * NULL for anything that leaves the package. */
static char *
resolve_target (const char *target)
{
  g_autofree char *path = NULL;

  if (target == NULL || *target == '\0' || strstr (target, "..") != NULL
      || strchr (target, '\\') != NULL || strchr (target, ':') != NULL)
    return NULL;
  if (target[0] == '/')
    path = g_strdup (target + 1);
  else
    path = g_strconcat ("xl/", g_str_has_prefix (target, "./") ? target + 2 : target, NULL);
  return g_steal_pointer (&path);
}

/* Relation id → part path, plus the shared strings' and styles' parts. */
static GHashTable *
read_relations (Reader      *reader,
                GsfInfile   *zip,
                char       **out_strings,
                char       **out_styles,
                GError     **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  xmlNode *root;

  bytes = _cdo_sheet_zip_read (reader->builder, zip, "xl/_rels/workbook.xml.rels", &local_error);
  if (bytes == NULL)
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      return g_steal_pointer (&targets);
    }
  doc = _cdo_sheet_parse_xml (reader->builder, bytes, "xl/_rels/workbook.xml.rels", error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  for (xmlNode *child = root ? root->children : NULL; child != NULL; child = child->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *target = NULL;
      g_autofree char *type = NULL;
      g_autofree char *mode = NULL;
      char *path;

      if (!_cdo_xml_is (child, NULL, "Relationship"))
        continue;
      id = _cdo_xml_attr (child, NULL, "Id");
      target = _cdo_xml_attr (child, NULL, "Target");
      type = _cdo_xml_attr (child, NULL, "Type");
      mode = _cdo_xml_attr (child, NULL, "TargetMode");
      if (id == NULL || g_strcmp0 (mode, "External") == 0 || (path = resolve_target (target)) == NULL)
        continue;
      if (type != NULL && g_str_has_suffix (type, "/sharedStrings") && *out_strings == NULL)
        *out_strings = g_strdup (path);
      else if (type != NULL && g_str_has_suffix (type, "/styles") && *out_styles == NULL)
        *out_styles = g_strdup (path);
      g_hash_table_replace (targets, g_steal_pointer (&id), path);
    }
  return g_steal_pointer (&targets);
}

static gboolean
read_shared_strings (Reader      *reader,
                     GsfInfile   *zip,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  xmlNode *root;

  reader->strings = g_ptr_array_new_with_free_func (g_free);
  bytes = _cdo_sheet_zip_read (reader->builder, zip, path, &local_error);
  if (bytes == NULL)
    {
      if (local_error == NULL)
        return TRUE;  /* the part is optional */
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  doc = _cdo_sheet_parse_xml (reader->builder, bytes, path, error);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  for (xmlNode *child = root ? root->children : NULL; child != NULL; child = child->next)
    if (_cdo_xml_is (child, NULL, "si"))
      g_ptr_array_add (reader->strings, string_item_text (child));
  return TRUE;
}

/* Whether a number format code shows a date: days or years outside quoted text, escapes,
 * [bracketed] colours, locales and conditions, and "_" and "*" padding. */
static gboolean
is_date_format (const char *code)
{
  for (const char *p = code; p != NULL && *p != '\0'; p++)
    switch (*p)
      {
      case '"':
        p = strchr (p + 1, '"');
        if (p == NULL)
          return FALSE;
        break;
      case '[':
        p = strchr (p + 1, ']');
        if (p == NULL)
          return FALSE;
        break;
      case '\\':
      case '_':
      case '*':
        if (p[1] == '\0')
          return FALSE;
        p++;
        break;
      case 'd':
      case 'D':
      case 'y':
      case 'Y':
        return TRUE;
      default:
        break;
      }
  return FALSE;
}

static gboolean
is_builtin_date_format (guint64 id)
{
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

static gboolean
read_styles (Reader      *reader,
             GsfInfile   *zip,
             const char  *path,
             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) custom_dates = g_hash_table_new (g_direct_hash, g_direct_equal);
  xmlNode *root;

  reader->date_styles = g_array_new (FALSE, TRUE, sizeof (gboolean));
  bytes = _cdo_sheet_zip_read (reader->builder, zip, path, &local_error);
  if (bytes == NULL)
    {
      if (local_error == NULL)
        return TRUE;  /* the part is optional */
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  doc = _cdo_sheet_parse_xml (reader->builder, bytes, path, error);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);

  for (xmlNode *child = root ? root->children : NULL; child != NULL; child = child->next)
    if (_cdo_xml_is (child, NULL, "numFmts"))
      for (xmlNode *format = child->children; format != NULL; format = format->next)
        {
          g_autofree char *code = NULL;
          guint64 id;

          if (!_cdo_xml_is (format, NULL, "numFmt"))
            continue;
          id = _cdo_xml_attr_uint (format, NULL, "numFmtId", 0, G_MAXUINT32, G_MAXUINT32);
          code = _cdo_xml_attr (format, NULL, "formatCode");
          if (is_date_format (code))
            g_hash_table_add (custom_dates, GUINT_TO_POINTER ((guint) id));
          else
            g_hash_table_remove (custom_dates, GUINT_TO_POINTER ((guint) id));
        }

  for (xmlNode *child = root ? root->children : NULL; child != NULL; child = child->next)
    if (_cdo_xml_is (child, NULL, "cellXfs"))
      for (xmlNode *xf = child->children; xf != NULL; xf = xf->next)
        {
          guint64 id;
          gboolean date;

          if (!_cdo_xml_is (xf, NULL, "xf"))
            continue;
          id = _cdo_xml_attr_uint (xf, NULL, "numFmtId", 0, G_MAXUINT32, 0);
          date = g_hash_table_contains (custom_dates, GUINT_TO_POINTER ((guint) id))
                 || (id < 164 && is_builtin_date_format (id));
          g_array_append_val (reader->date_styles, date);
        }
  return TRUE;
}

/* Cells. */

/* "C5" → column 2; FALSE for a reference we cannot read. */
static gboolean
parse_reference (const char *reference,
                 guint64    *out_column)
{
  guint64 column = 0;
  gsize letters = 0;

  if (reference == NULL)
    return FALSE;
  for (; letters < 3 && g_ascii_isalpha (reference[letters]); letters++)
    column = column * 26 + (guint64) (g_ascii_toupper (reference[letters]) - 'A' + 1);
  if (letters == 0 || !g_ascii_isdigit (reference[letters]))
    return FALSE;
  *out_column = column - 1;
  return TRUE;
}

static CdoSheetCell *
read_cell (Reader  *reader,
           xmlNode *node,
           guint    column)
{
  g_autofree char *type = _cdo_xml_attr (node, NULL, "t");
  g_autofree char *value = NULL;
  xmlNode *v = NULL, *is = NULL;
  CdoSheetCell *cell;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (_cdo_xml_is (child, NULL, "v"))
      v = child;
    else if (_cdo_xml_is (child, NULL, "is"))
      is = child;

  if (g_strcmp0 (type, "inlineStr") == 0)
    {
      if (is == NULL)
        return NULL;
      return _cdo_sheet_cell_new (column, CDO_CELL_TEXT, string_item_text (is));
    }
  if (v == NULL)
    return NULL;
  value = node_text (v);

  if (g_strcmp0 (type, "s") == 0)
    {
      guint64 index;

      if (reader->strings == NULL
          || !g_ascii_string_to_unsigned (g_strstrip (value), 10, 0, G_MAXUINT32, &index, NULL)
          || index >= reader->strings->len)
        return _cdo_sheet_cell_new (column, CDO_CELL_ERROR, g_strdup ("#REF!"));
      return _cdo_sheet_cell_new (column, CDO_CELL_TEXT,
                                  g_strdup (g_ptr_array_index (reader->strings, index)));
    }
  if (g_strcmp0 (type, "str") == 0)
    return _cdo_sheet_cell_new (column, CDO_CELL_TEXT, unescape (value));
  if (g_strcmp0 (type, "e") == 0)
    return _cdo_sheet_cell_new (column, CDO_CELL_ERROR, g_steal_pointer (&value));
  if (g_strcmp0 (type, "b") == 0)
    {
      cell = _cdo_sheet_cell_new (column, CDO_CELL_BOOLEAN,
                                  g_strdup (g_str_equal (g_strstrip (value), "1") ? "TRUE" : "FALSE"));
      cell->number = g_str_equal (value, "1");
      return cell;
    }
  if (g_strcmp0 (type, "d") == 0)
    {
      GDate date;

      if (strlen (value) >= 10 && (value[10] == '\0' || value[10] == 'T'))
        {
          value[10] = '\0';
          if (cdo_date_parse_iso (value, &date))
            {
              cell = _cdo_sheet_cell_new (column, CDO_CELL_DATE, g_strdup (value));
              cell->date = date;
              return cell;
            }
        }
      return _cdo_sheet_cell_new (column, CDO_CELL_TEXT, g_steal_pointer (&value));
    }

  /* A number, shown as a date when its style says so. */
  {
    double number;
    char *end = NULL;
    guint64 style = _cdo_xml_attr_uint (node, NULL, "s", 0, G_MAXUINT32, 0);

    g_strstrip (value);
    if (*value == '\0')
      return NULL;
    number = g_ascii_strtod (value, &end);
    if (end == value || *end != '\0')
      return _cdo_sheet_cell_new (column, CDO_CELL_TEXT, g_steal_pointer (&value));
    if (reader->date_styles != NULL && style < reader->date_styles->len
        && g_array_index (reader->date_styles, gboolean, style))
      {
        GDate date;

        if (cdo_date_from_serial (number, reader->builder->workbook->date1904, &date))
          {
            cell = _cdo_sheet_cell_new (column, CDO_CELL_DATE, cdo_date_format_iso (&date));
            cell->date = date;
          }
        else
          cell = _cdo_sheet_cell_new (column, CDO_CELL_DATE, _cdo_sheet_format_number (number));
        cell->number = number;
        return cell;
      }
    cell = _cdo_sheet_cell_new (column, CDO_CELL_NUMBER, _cdo_sheet_format_number (number));
    cell->number = number;
    return cell;
  }
}

static gboolean
read_sheet (Reader      *reader,
            GsfInfile   *zip,
            const char  *name,
            const char  *path,
            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  CdoSheet *sheet;
  xmlNode *root;
  guint64 number = 0;

  bytes = _cdo_sheet_zip_read (reader->builder, zip, path, &local_error);
  if (bytes == NULL)
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return TRUE;  /* a sheet the workbook names but the package lacks: nothing to read */
    }
  doc = _cdo_sheet_parse_xml (reader->builder, bytes, path, error);
  if (doc == NULL)
    return FALSE;
  sheet = _cdo_sheet_builder_add_sheet (reader->builder, name, error);
  if (sheet == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);

  for (xmlNode *data = root ? root->children : NULL; data != NULL; data = data->next)
    {
      if (!_cdo_xml_is (data, NULL, "sheetData"))
        continue;
      for (xmlNode *row_node = data->children; row_node != NULL; row_node = row_node->next)
        {
          CdoSheetRow *row;
          guint64 column = 0;
          gboolean first = TRUE;

          if (!_cdo_xml_is (row_node, NULL, "row"))
            continue;
          number = MAX (number + 1, _cdo_xml_attr_uint (row_node, NULL, "r", 0,
                                                        CDO_SHEET_MAX_ROW_NUMBER + 1, 0));
          if (number > CDO_SHEET_MAX_ROW_NUMBER)
            break;
          row = _cdo_sheet_row_new ((guint) number);
          for (xmlNode *c = row_node->children; c != NULL; c = c->next)
            {
              g_autofree char *reference = NULL;
              guint64 at;
              CdoSheetCell *cell;

              if (!_cdo_xml_is (c, NULL, "c"))
                continue;
              reference = _cdo_xml_attr (c, NULL, "r");
              if (!parse_reference (reference, &at) || (!first && at <= column))
                at = first ? column : column + 1;
              column = at;
              first = FALSE;
              if (column >= CDO_SHEET_MAX_COLUMNS)
                break;
              cell = read_cell (reader, c, (guint) column);
              if (cell == NULL)
                continue;
              if (cell->kind == CDO_CELL_TEXT && cell->text[strspn (cell->text, " \t\r\n")] == '\0')
                {
                  _cdo_sheet_cell_free (cell);
                  continue;
                }
              g_ptr_array_add (row->cells, cell);
            }
          if (!_cdo_sheet_builder_add_row (reader->builder, sheet, row, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
_cdo_sheet_read_xlsx (CdoSheetBuilder  *builder,
                      GsfInfile        *zip,
                      GError          **error)
{
  g_auto(Reader) reader = { builder, NULL, NULL };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GHashTable) targets = NULL;
  g_autofree char *strings_path = NULL;
  g_autofree char *styles_path = NULL;
  xmlNode *root;
  guint n_sheets = 0;

  bytes = _cdo_sheet_zip_read (builder, zip, "xl/workbook.xml", error);
  if (bytes == NULL)
    return FALSE;
  doc = _cdo_sheet_parse_xml (builder, bytes, "xl/workbook.xml", error);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  targets = read_relations (&reader, zip, &strings_path, &styles_path, error);
  if (targets == NULL
      || !read_shared_strings (&reader, zip, strings_path ? strings_path : "xl/sharedStrings.xml", error)
      || !read_styles (&reader, zip, styles_path ? styles_path : "xl/styles.xml", error))
    return FALSE;

  for (xmlNode *child = root ? root->children : NULL; child != NULL; child = child->next)
    if (_cdo_xml_is (child, NULL, "workbookPr"))
      {
        g_autofree char *date1904 = _cdo_xml_attr (child, NULL, "date1904");

        builder->workbook->date1904 = g_strcmp0 (date1904, "1") == 0
                                      || g_strcmp0 (date1904, "true") == 0;
      }

  for (xmlNode *child = root ? root->children : NULL; child != NULL; child = child->next)
    {
      if (!_cdo_xml_is (child, NULL, "sheets"))
        continue;
      for (xmlNode *sheet = child->children; sheet != NULL; sheet = sheet->next)
        {
          g_autofree char *name = NULL;
          g_autofree char *id = NULL;
          g_autofree char *fallback = NULL;
          const char *path;

          if (!_cdo_xml_is (sheet, NULL, "sheet"))
            continue;
          if (n_sheets >= CDO_SHEET_MAX_SHEETS)
            break;
          name = _cdo_xml_attr (sheet, NULL, "name");
          id = attr_in_any_ns (sheet, "id");
          path = id ? g_hash_table_lookup (targets, id) : NULL;
          if (path == NULL)
            {
              fallback = g_strdup_printf ("xl/worksheets/sheet%u.xml", n_sheets + 1);
              path = fallback;
            }
          n_sheets++;
          if (!read_sheet (&reader, zip, name, path, error))
            return FALSE;
        }
    }
  if (n_sheets == 0 && !read_sheet (&reader, zip, NULL, "xl/worksheets/sheet1.xml", error))
    return FALSE;
  return TRUE;
}
