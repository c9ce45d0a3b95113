/* cdo-import-preview-dialog-columns.c: the import preview's header row and column choosers
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Columns section: the header row and, for every field the import knows (the list comes
 * from the core), the column it is read from, each a drop-down showing the columns by letter
 * and header ("B — Cognome"). The drop-downs start from what the import found by itself;
 * every choice goes to the import, which reads the sheet again, and the whole dialog is then
 * brought in line. Columns are chosen by letter, so that a choice stays right whichever row
 * holds the headers.
 */
#define G_LOG_DOMAIN "cdo-import-preview-dialog"

#include <glib/gi18n.h>
#include <string.h>

#include "cdo-import-preview-dialog-private.h"

/* The rows offered as the header row: a header sits near the top of the sheet. */
#define MAX_HEADER_ROW_CHOICES 50
/* Characters of a cell shown in a drop-down before it is cut with "…". */
#define MAX_CAPTION_CHARS 40
/* A column chosen by nobody: the import finds it by its header. */
#define AUTOMATIC (-2)
/* The field choosers, three to a row under the header row. */
#define FIELDS_PER_ROW 3

/* Drop-downs: the chosen item cut short in the button, so that a long header does not widen
 * the window, and whole with a check mark in the popup, as GTK's own factory shows it. */

static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)),
                       gtk_string_object_get_string (item));
}

static void
setup_list_choice_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "object-select-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
update_check_mark (GtkListItem *list_item,
                   GtkDropDown *drop_down)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  gboolean chosen = item != NULL && gtk_drop_down_get_selected_item (drop_down) == item;

  gtk_widget_set_opacity (gtk_widget_get_last_child (box), chosen ? 1 : 0);
}

static void
choice_changed_cb (GtkDropDown *drop_down,
                   GParamSpec  *pspec,
                   GtkListItem *list_item)
{
  update_check_mark (list_item, drop_down);
}

static void
bind_list_choice_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     GtkDropDown              *drop_down)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkStringObject *item = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)),
                       gtk_string_object_get_string (item));
  g_signal_connect_object (drop_down, "notify::selected-item", G_CALLBACK (choice_changed_cb),
                           list_item, 0);
  update_check_mark (list_item, drop_down);
}

static void
unbind_list_choice_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       GtkDropDown              *drop_down)
{
  g_signal_handlers_disconnect_by_func (drop_down, choice_changed_cb, list_item);
}

static void
set_choice_factories (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_list_choice_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_list_choice_cb), drop_down);
  g_signal_connect (list_factory, "unbind", G_CALLBACK (unbind_list_choice_cb), drop_down);
  gtk_drop_down_set_factory (drop_down, factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
}

/* What the drop-downs offer: the sheet's first rows as header rows, its columns by letter
 * and header (or, without one, by their first value). */

static char *
shorten (const char *text,
         glong       max_chars)
{
  g_autofree char *line = g_strstrip (g_strdelimit (g_strdup (text), "\r\n\t", ' '));
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (line, -1) <= max_chars)
    return g_steal_pointer (&line);
  cut = g_utf8_substring (line, 0, max_chars - 1);
  return g_strconcat (g_strchomp (cut), "…", NULL);
}

static const CdoSheetRow *
find_row (const CdoSheet *sheet,
          guint           number)
{
  for (guint r = 0; sheet != NULL && r < sheet->rows->len; r++)
    {
      const CdoSheetRow *row = g_ptr_array_index (sheet->rows, r);

      if (row->number == number)
        return row;
      if (row->number > number)
        break;
    }
  return NULL;
}

/* The sheet the import reads; while it finds none, the one shown before, or the first. */
static const CdoSheet *
current_sheet (CdoImportPreviewDialog *self)
{
  const CdoWorkbook *workbook = cdo_candidate_import_get_workbook (self->import);
  const char *name = cdo_candidate_import_get_sheet_name (self->import);
  const CdoSheet *first = NULL;

  if (name == NULL && self->sheet != NULL)
    return self->sheet;
  for (guint s = 0; s < workbook->sheets->len; s++)
    {
      const CdoSheet *sheet = g_ptr_array_index (workbook->sheets, s);

      if (name != NULL && g_strcmp0 (sheet->name, name) == 0)
        return sheet;
      if (first == NULL && sheet->rows->len > 0)
        first = sheet;
    }
  return first;
}

/* Replaces the items of @list that differ from @strings, so that a drop-down showing an
 * unchanged item keeps it. */
static void
replace_strings (GtkStringList *list,
                 GPtrArray     *strings)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < strings->len; i++)
    {
      const char *one[] = { g_ptr_array_index (strings, i), NULL };

      if (i < n && g_strcmp0 (gtk_string_list_get_string (list, i), one[0]) == 0)
        continue;
      gtk_string_list_splice (list, i, i < n ? 1 : 0, one);
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
    }
  if (n > strings->len)
    gtk_string_list_splice (list, strings->len, n - strings->len, NULL);
}

/* "Cognome, Nome, Sesso…": a row's cells on one short line. */
static char *
describe_cells (const CdoSheetRow *row)
{
  g_autoptr(GString) cells = g_string_new (NULL);

  for (guint c = 0; c < row->cells->len && cells->len < 200; c++)
    {
      const CdoSheetCell *cell = g_ptr_array_index (row->cells, c);

      if (cells->len > 0)
        g_string_append (cells, ", ");
      g_string_append (cells, cell->text);
    }
  return shorten (cells->str, 2 * MAX_CAPTION_CHARS);
}

static void
fill_header_rows (CdoImportPreviewDialog *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const CdoSheet *sheet = self->sheet;

  g_array_set_size (self->header_rows, 0);
  /* Translators: the header row, as the import finds it by itself. */
  g_ptr_array_add (items, g_strdup (_("Automatic")));
  for (guint r = 0; sheet != NULL && r < sheet->rows->len && r < MAX_HEADER_ROW_CHOICES; r++)
    {
      const CdoSheetRow *row = g_ptr_array_index (sheet->rows, r);
      g_autofree char *shown = describe_cells (row);

      /* Translators: a row offered as the header row, by its number and its cells,
       * e.g. "Row 3 — Cognome, Nome, Sesso". */
      g_ptr_array_add (items, g_strdup_printf (_("Row %u — %s"), row->number, shown));
      g_array_append_val (self->header_rows, row->number);
    }
  replace_strings (self->header_rows_model, items);
}

/* The header of @column as the import reads it: for a field's column the import's own
 * (a header over two rows joined, "Nascita Data"), else the cell of the header row. */
static const char *
column_header (CdoImportPreviewDialog *self,
               guint                   column,
               guint                   header_row)
{
  const CdoSheetRow *header = find_row (self->sheet, header_row);
  const CdoSheetCell *cell = header != NULL ? cdo_sheet_row_get_cell (header, column) : NULL;

  if (cdo_candidate_import_get_error (self->import) == NULL)
    for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
      if (cdo_candidate_import_get_column (self->import, f) == (int) column
          && cdo_candidate_import_get_header (self->import, f) != NULL)
        return cdo_candidate_import_get_header (self->import, f);
  return cell != NULL ? cell->text : NULL;
}

static char *
column_caption (CdoImportPreviewDialog *self,
                guint                   column,
                guint                   header_row)
{
  g_autofree char *letter = cdo_sheet_column_name (column);
  const char *header = column_header (self, column, header_row);
  const CdoSheetCell *cell;
  guint seen = 0;

  if (header != NULL)
    {
      g_autofree char *text = shorten (header, MAX_CAPTION_CHARS);

      /* Translators: a column in a drop-down, by its letter and its header,
       * e.g. "B — Cognome". */
      return g_strdup_printf (_("%s — %s"), letter, text);
    }

  if (self->sheet == NULL)
    return g_strdup (letter);

  /* No header: the first value below the header row tells what the column holds; a row
   * of one cell is a title or a note, not the table. */
  for (guint r = 0; r < self->sheet->rows->len && seen < MAX_HEADER_ROW_CHOICES; r++)
    {
      const CdoSheetRow *row = g_ptr_array_index (self->sheet->rows, r);

      if (row->number <= header_row || row->cells->len < 2)
        continue;
      seen++;
      if ((cell = cdo_sheet_row_get_cell (row, column)) != NULL)
        {
          g_autofree char *text = shorten (cell->text, MAX_CAPTION_CHARS);

          /* Translators: a column without a header in a drop-down, by its letter and its
           * first value, e.g. "C — e.g. “Ferrari”". */
          return g_strdup_printf (_("%s — e.g. “%s”"), letter, text);
        }
    }
  return g_steal_pointer (&letter);
}

static void
fill_columns (CdoImportPreviewDialog *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint header_row = cdo_candidate_import_get_header_row (self->import);

  g_ptr_array_add (items, g_strdup (_("Not imported")));
  for (guint c = 0; c < self->n_columns; c++)
    g_ptr_array_add (items, column_caption (self, c, header_row));
  replace_strings (self->columns_model, items);
}

static void
describe_sheet (CdoImportPreviewDialog *self,
                const CdoSheet         *sheet)
{
  self->sheet = sheet;
  self->n_columns = 0;
  for (guint r = 0; sheet != NULL && r < sheet->rows->len; r++)
    {
      const CdoSheetRow *row = g_ptr_array_index (sheet->rows, r);
      const CdoSheetCell *last;

      if (row->cells->len == 0)
        continue;
      last = g_ptr_array_index (row->cells, row->cells->len - 1);
      self->n_columns = MAX (self->n_columns, MIN (last->column + 1, CDO_SHEET_MAX_COLUMNS));
    }
  fill_header_rows (self);
}

/* Choosing columns. */

static gboolean
is_separate_name (CdoImportField field)
{
  return field == CDO_IMPORT_FIELD_SURNAME || field == CDO_IMPORT_FIELD_GIVEN_NAMES;
}

static gboolean
is_whole_name (CdoImportField field)
{
  return field == CDO_IMPORT_FIELD_SURNAME_AND_NAMES
         || field == CDO_IMPORT_FIELD_NAMES_AND_SURNAME;
}

/* The column a field's drop-down shows: the one chosen for it, else the one the import
 * found by its header (none while the import cannot read the sheet). */
static int
shown_column (CdoImportPreviewDialog *self,
              CdoImportField          field)
{
  if (self->chosen[field] != AUTOMATIC)
    return self->chosen[field];
  if (cdo_candidate_import_get_error (self->import) != NULL)
    return -1;
  return cdo_candidate_import_get_column (self->import, field);
}

/* Tells the import. A column goes by its letter, which stays right whichever row holds
 * the headers. */
static void
set_choice (CdoImportPreviewDialog *self,
            CdoImportField          field,
            int                     column)
{
  g_autofree char *letter = NULL;
  const CdoSheetRow *header;
  const CdoSheetCell *cell;
  int found;

  self->chosen[field] = column;
  if (column < 0)
    {
      cdo_candidate_import_set_column (self->import, field, "");
      return;
    }
  letter = cdo_sheet_column_name ((guint) column);
  cdo_candidate_import_set_column (self->import, field, letter);

  /* The import matches a choice against the headers before the letters, so a letter that
   * is another column's header ("N", "S") takes that column: name this one by its header. */
  found = cdo_candidate_import_get_column (self->import, field);
  if (cdo_candidate_import_get_error (self->import) != NULL || found < 0 || found == column)
    return;
  header = find_row (self->sheet, cdo_candidate_import_get_header_row (self->import));
  cell = header != NULL ? cdo_sheet_row_get_cell (header, (guint) column) : NULL;
  if (cell != NULL)
    cdo_candidate_import_set_column (self->import, field, cell->text);
}

static void
choose_column (CdoImportPreviewDialog *self,
               CdoImportField          field,
               int                     column)
{
  int shown[CDO_IMPORT_N_FIELDS];

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    shown[f] = shown_column (self, f);
  if (shown[field] == column)
    return;

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS && column >= 0; f++)
    {
      /* The names come either from separate columns or from one column holding both. */
      gboolean excluded = (is_separate_name (field) && is_whole_name (f))
                          || (is_whole_name (field) && f != field
                              && (is_separate_name (f) || is_whole_name (f)));

      if (f == field)
        continue;
      if (excluded && shown[f] >= 0)
        set_choice (self, f, -1);
      /* One column feeds one field: the field that had it takes this field's old column,
       * so that two columns read the wrong way round are swapped in one step. */
      else if (shown[f] == column)
        set_choice (self, f, shown[field]);
    }
  set_choice (self, field, column);
}

/* The header row in use when it looks like a candidate: none of its headers is one the
 * import knows (it is the header row only because columns were chosen), and it holds a
 * figure, as a date of birth does and a header does not. The import has no way to read a
 * sheet without a header row, so it would leave that candidate out without a word. */
static const CdoSheetRow *
candidate_as_header_row (CdoImportPreviewDialog *self)
{
  guint number = cdo_candidate_import_get_header_row (self->import);
  const CdoSheetRow *row = find_row (self->sheet, number);
  gboolean figures = FALSE;
  CdoImportField field;

  if (row == NULL || cdo_candidate_import_get_error (self->import) != NULL)
    return NULL;
  for (guint c = 0; c < row->cells->len; c++)
    {
      const CdoSheetCell *cell = g_ptr_array_index (row->cells, c);

      if (cell->kind == CDO_CELL_TEXT && cdo_import_field_from_string (cell->text, &field))
        return NULL;
      figures = figures || cell->kind != CDO_CELL_TEXT
                || cell->text[strcspn (cell->text, "0123456789")] != '\0';
    }
  if (!figures)
    return NULL;
  /* A header over two rows ("Nascita" above "Data") is known only joined. */
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      const char *header = cdo_candidate_import_get_header (self->import, f);

      if (header != NULL && cdo_import_field_from_string (header, &field))
        return NULL;
    }
  return row;
}

char *
_cdo_import_preview_dialog_check_header_row (CdoImportPreviewDialog *self)
{
  const CdoSheetRow *header = candidate_as_header_row (self);
  g_autofree char *cells = NULL;

  if (header == NULL)
    return NULL;
  cells = describe_cells (header);
  /* Translators: "Row 1 (Ferrari, Giulia, F, 03/02/1980) is read as…"; keep the Italian
   * headers. */
  return g_strdup_printf (_("Row %u (%s) is read as the header row, so it is not imported, "
                            "yet it looks like a candidate. Add a row of headers (Cognome, "
                            "Nome, Sesso…) above it in the spreadsheet and import the file "
                            "again."),
                          header->number, cells);
}

void
_cdo_import_preview_dialog_header_row_cb (CdoImportPreviewDialog *self,
                                          GParamSpec             *pspec,
                                          GtkDropDown            *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  g_assert (CDO_IS_IMPORT_PREVIEW_DIALOG (self));

  if (self->syncing > 0 || self->import == NULL || selected == GTK_INVALID_LIST_POSITION
      || selected > self->header_rows->len)
    return;

  self->forced_header_row = selected == 0 ? 0 : g_array_index (self->header_rows, guint,
                                                               selected - 1);
  cdo_candidate_import_set_header_row (self->import, self->forced_header_row);
  _cdo_import_preview_dialog_sync (self);
}

static void
field_selected_cb (CdoImportPreviewDialog *self,
                   GParamSpec             *pspec,
                   GtkDropDown            *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);
  guint header_row;

  g_assert (CDO_IS_IMPORT_PREVIEW_DIALOG (self));

  if (self->syncing > 0 || self->import == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  header_row = cdo_candidate_import_get_header_row (self->import);
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    if (self->field_drop_downs[f] == drop_down)
      choose_column (self, f, (int) selected - 1);

  /* The import looks for the header row again with every choice, and needs two named
   * columns to see one: a header row shown a moment ago stays rather than vanish. */
  if (self->forced_header_row == 0 && header_row != 0
      && cdo_candidate_import_get_header_row (self->import) == 0)
    {
      self->forced_header_row = header_row;
      cdo_candidate_import_set_header_row (self->import, header_row);
    }
  _cdo_import_preview_dialog_sync (self);
}

/* The mnemonic keys the dialog's own labels use, so that the field labels take others. */
static void
collect_mnemonics (GtkWidget *widget,
                   GArray    *used)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          guint keyval = gtk_label_get_mnemonic_keyval (GTK_LABEL (child));

          if (keyval != GDK_KEY_VoidSymbol)
            {
              gunichar key = g_unichar_tolower (gdk_keyval_to_unicode (keyval));

              g_array_append_val (used, key);
            }
        }
      collect_mnemonics (child, used);
    }
}

/* @label with an underline before its first letter that no other label uses: the field
 * names come translated from the core, so their mnemonics are chosen here. */
static char *
with_mnemonic (const char *label,
               GArray     *used)
{
  GString *out = g_string_new (NULL);
  gboolean placed = FALSE;

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar key = g_unichar_tolower (c);
      gboolean taken = FALSE;

      for (guint i = 0; i < used->len && !taken; i++)
        taken = g_array_index (used, gunichar, i) == key;
      if (!placed && !taken && g_unichar_isalnum (c))
        {
          g_string_append_c (out, '_');
          g_array_append_val (used, key);
          placed = TRUE;
        }
      else if (c == '_')
        g_string_append_c (out, '_');
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A label and a drop-down for every field the import knows, in the core's order. */
static void
add_field_choosers (CdoImportPreviewDialog *self)
{
  g_autoptr(GArray) used = g_array_new (FALSE, FALSE, sizeof (gunichar));

  /* A folded GtkExpander keeps its child out of the widget tree: look there too. */
  collect_mnemonics (GTK_WIDGET (self), used);
  collect_mnemonics (GTK_WIDGET (self->columns_grid), used);
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      const char *name = cdo_import_field_get_label (f);
      g_autofree char *text = with_mnemonic (name, used);
      /* Translators: the accessible name of a drop-down choosing the spreadsheet column
       * a field is read from, e.g. "Column for Surname". */
      g_autofree char *accessible = g_strdup_printf (_("Column for %s"), name);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      GtkWidget *label = gtk_label_new_with_mnemonic (text);
      GtkWidget *drop_down = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (self->columns_model)),
                                                NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
      gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      set_choice_factories (GTK_DROP_DOWN (drop_down));
      g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (field_selected_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), drop_down);
      gtk_grid_attach (self->columns_grid, box, (int) (f % FIELDS_PER_ROW),
                       1 + (int) (f / FIELDS_PER_ROW), 1, 1);
      self->field_drop_downs[f] = GTK_DROP_DOWN (drop_down);
    }
}

/* Creates the choosers; the import is not known yet. */
void
_cdo_import_preview_dialog_init_columns (CdoImportPreviewDialog *self)
{
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    self->chosen[f] = AUTOMATIC;
  self->header_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->header_rows_model = gtk_string_list_new (NULL);
  self->columns_model = gtk_string_list_new (NULL);

  self->syncing++;
  set_choice_factories (self->header_row_drop_down);
  gtk_drop_down_set_model (self->header_row_drop_down, G_LIST_MODEL (self->header_rows_model));
  add_field_choosers (self);
  self->syncing--;
}

/* Shows in every chooser what the import now uses. */
void
_cdo_import_preview_dialog_sync_columns (CdoImportPreviewDialog *self)
{
  guint header_row = cdo_candidate_import_get_header_row (self->import);
  const CdoSheet *sheet = current_sheet (self);
  guint wanted_row, position = 0;

  self->syncing++;

  /* The first time, the header rows list has not even "Automatic" yet. */
  if (sheet != self->sheet
      || g_list_model_get_n_items (G_LIST_MODEL (self->header_rows_model)) == 0)
    describe_sheet (self, sheet);
  fill_columns (self);

  wanted_row = self->forced_header_row != 0 ? self->forced_header_row : header_row;
  for (guint i = 0; i < self->header_rows->len; i++)
    if (g_array_index (self->header_rows, guint, i) == wanted_row)
      position = i + 1;
  gtk_drop_down_set_selected (self->header_row_drop_down, position);

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      int column = shown_column (self, f);

      gtk_drop_down_set_selected (self->field_drop_downs[f],
                                  column >= 0 && (guint) column < self->n_columns
                                  ? (guint) column + 1 : 0);
    }

  self->syncing--;
}
