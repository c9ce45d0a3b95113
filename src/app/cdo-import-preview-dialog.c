/* cdo-import-preview-dialog.c: a party's spreadsheet of candidates, previewed before import
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row of the sheet, as the import read it, with what is wrong with it in the
 * spreadsheet's own row and column names, so that the party's delegate can correct the
 * file on the spot. Import is refused while a row has errors, unless the secretary asks
 * to leave those rows out; nothing is written before Import.
 *
 * When the import did not find the header row or read a column wrongly, the Columns
 * section lets the secretary choose the header row and, for every field the import knows,
 * the column it is in; each choice reads the sheet again at once, so the table always shows
 * what Import would write.
 */
#define G_LOG_DOMAIN "cdo-import-preview-dialog"

#include <glib/gi18n.h>
#include <string.h>

#include "cdo-check-button.h"
#include "cdo-format.h"
#include "cdo-gtk-utils.h"
#include "cdo-import-preview-dialog-private.h"

/* Notices about the whole file shown at once; the others are folded away. */
#define MAX_NOTICES_SHOWN 2

/* One row of the preview, for the table. */
#define CDO_TYPE_IMPORT_ROW_ITEM (cdo_import_row_item_get_type ())
G_DECLARE_FINAL_TYPE (CdoImportRowItem, cdo_import_row_item, CDO, IMPORT_ROW_ITEM, GObject)

struct _CdoImportRowItem
{
  GObject  parent_instance;

  char    *texts[8];
  gboolean ok;
};

G_DEFINE_FINAL_TYPE (CdoImportRowItem, cdo_import_row_item, G_TYPE_OBJECT)

static void
cdo_import_row_item_finalize (GObject *object)
{
  CdoImportRowItem *self = CDO_IMPORT_ROW_ITEM (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (cdo_import_row_item_parent_class)->finalize (object);
}

static void
cdo_import_row_item_class_init (CdoImportRowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cdo_import_row_item_finalize;
}

static void
cdo_import_row_item_init (CdoImportRowItem *self)
{
}

enum {
  COLUMN_ROW,
  COLUMN_POSITION,
  COLUMN_SURNAME,
  COLUMN_GIVEN_NAMES,
  COLUMN_SEX,
  COLUMN_BORN,
  COLUMN_BIRTHPLACE,
  COLUMN_PROBLEMS,
};

static const char *column_titles[] = {
  /* Translators: the spreadsheet's row number. */
  N_("Row"), N_("No."), N_("Surname"), N_("Given Names"), N_("Sex"), N_("Born"),
  N_("Birthplace"), N_("Problems"),
};

static CdoImportRowItem *
row_item_new (const CdoImportRow *row)
{
  CdoImportRowItem *self = g_object_new (CDO_TYPE_IMPORT_ROW_ITEM, NULL);
  CdoCandidate *candidate = row->candidate;

  self->ok = candidate != NULL;
  self->texts[COLUMN_ROW] = g_strdup_printf ("%u", row->row);
  self->texts[COLUMN_POSITION] = row->position > 0 ? g_strdup_printf ("%d", row->position)
                                                   : g_strdup ("");
  if (candidate != NULL)
    {
      self->texts[COLUMN_SURNAME] = g_strdup (candidate->surname);
      self->texts[COLUMN_GIVEN_NAMES] = g_strdup (candidate->given_names);
      self->texts[COLUMN_SEX] = g_strdup (candidate->sex != CDO_SEX_UNKNOWN
                                          ? cdo_sex_to_string (candidate->sex) : "");
      self->texts[COLUMN_BORN] = cdo_format_day (&candidate->born);
      self->texts[COLUMN_BIRTHPLACE] = g_strdup (candidate->birthplace);
      self->texts[COLUMN_PROBLEMS] = g_strdup ("");
    }
  else
    {
      GString *problems = g_string_new (NULL);

      /* The cells as written, so that the person sees what the import saw. */
      const char *name = row->values[CDO_IMPORT_FIELD_SURNAME];

      if (name == NULL)
        name = row->values[CDO_IMPORT_FIELD_SURNAME_AND_NAMES];
      if (name == NULL)
        name = row->values[CDO_IMPORT_FIELD_NAMES_AND_SURNAME];
      self->texts[COLUMN_SURNAME] = g_strdup (name);
      self->texts[COLUMN_GIVEN_NAMES] = g_strdup (row->values[CDO_IMPORT_FIELD_GIVEN_NAMES]);
      self->texts[COLUMN_SEX] = g_strdup (row->values[CDO_IMPORT_FIELD_SEX]);
      self->texts[COLUMN_BORN] = g_strdup (row->values[CDO_IMPORT_FIELD_BIRTH_DATE]);
      self->texts[COLUMN_BIRTHPLACE] = g_strdup (row->values[CDO_IMPORT_FIELD_BIRTHPLACE]);
      for (guint i = 0; row->problems != NULL && i < row->problems->len; i++)
        {
          g_autofree char *line = cdo_import_problem_format (g_ptr_array_index (row->problems, i));

          if (problems->len > 0)
            g_string_append_c (problems, '\n');
          g_string_append (problems, line);
        }
      self->texts[COLUMN_PROBLEMS] = g_string_free (problems, FALSE);
    }

  return self;
}

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CdoImportPreviewDialog, cdo_import_preview_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_UINT (column) == COLUMN_PROBLEMS)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (label, "error");
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  column)
{
  CdoImportRowItem *item = gtk_list_item_get_item (list_item);
  const char *text = item->texts[GPOINTER_TO_UINT (column)];

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text ? text : "");
}

/* Showing the preview. */

static void
refresh_rows (CdoImportPreviewDialog *self)
{
  guint n_rows = cdo_candidate_import_get_n_rows (self->import);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_rows, g_object_unref);

  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (items, row_item_new (cdo_candidate_import_get_row (self->import, i)));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
}

static void
add_notice (GtkWidget  *box,
            const char *text)
{
  /* A grid, not a horizontal box: GTK 4.8's box measures an icon beside a wrapping label
   * two pixels short for some widths ("Expect overlapping widgets"). */
  GtkWidget *line = gtk_grid_new ();
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "dialog-warning-symbolic",
                                  "valign", GTK_ALIGN_START,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (icon, "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* The window takes the height its content needs at its narrowest: a notice that could
   * shrink to one word a line would ask for a very tall window. */
  gtk_label_set_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (line), 6);
  gtk_grid_attach (GTK_GRID (line), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (line), label, 1, 0, 1, 1);
  gtk_box_append (GTK_BOX (box), line);
}

/* What the import says about the file as a whole (a column with values that is not
 * imported, a field every candidate needs that no column holds), one line each, after a
 * header row that may be a candidate. */
static void
update_notices (CdoImportPreviewDialog *self)
{
  const char *const *notices = cdo_candidate_import_get_notices (self->import);
  char *header_row = _cdo_import_preview_dialog_check_header_row (self);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->notices_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->notices_box), child);
  if (header_row != NULL)
    g_ptr_array_add (texts, header_row);
  for (guint i = 0; notices[i] != NULL; i++)
    g_ptr_array_add (texts, g_strdup (notices[i]));

  /* The first few, the most pressing, stay in sight; the table must keep its room. */
  for (guint i = 0; i < texts->len && i < MAX_NOTICES_SHOWN; i++)
    add_notice (self->notices_box, g_ptr_array_index (texts, i));
  if (texts->len > MAX_NOTICES_SHOWN)
    {
      guint n_more = texts->len - MAX_NOTICES_SHOWN;
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more notice",
                                                             "%u more notices", n_more),
                                                n_more);
      GtkWidget *more = gtk_expander_new (title);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_widget_set_margin_top (box, 6);
      for (guint i = MAX_NOTICES_SHOWN; i < texts->len; i++)
        add_notice (box, g_ptr_array_index (texts, i));
      gtk_expander_set_child (GTK_EXPANDER (more), box);
      gtk_box_append (GTK_BOX (self->notices_box), more);
    }
  gtk_widget_set_visible (self->notices_box, texts->len > 0);
}

/* Whether the columns need the secretary: none found for the names, or none for a field
 * every candidate needs. */
static gboolean
needs_columns (CdoImportPreviewDialog *self)
{
  if (cdo_candidate_import_get_error (self->import) != NULL)
    return TRUE;
  for (guint i = 0; i < cdo_candidate_import_get_n_rows (self->import); i++)
    {
      GPtrArray *problems = cdo_candidate_import_get_row (self->import, i)->problems;

      for (guint k = 0; k < problems->len; k++)
        if (((CdoImportProblem *) g_ptr_array_index (problems, k))->kind
            == CDO_IMPORT_PROBLEM_NO_COLUMN)
          return TRUE;
    }
  return FALSE;
}

static void
update (CdoImportPreviewDialog *self)
{
  const GError *error = cdo_candidate_import_get_error (self->import);
  guint n_rows = cdo_candidate_import_get_n_rows (self->import);
  guint n_valid = cdo_candidate_import_get_n_valid (self->import);
  guint n_bad = n_rows - n_valid;
  g_autofree char *summary = NULL;
  g_autofree char *rows = NULL;

  rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row read", "%u rows read", n_rows),
                          n_rows);
  if (n_bad > 0)
    /* Translators: e.g. "12 rows read: 10 can be imported, 2 have errors. They go at the
     * end of “Insieme per Olivola”." */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s: %u can be imported, %u has errors. "
                                            "They go at the end of “%s”.",
                                            "%s: %u can be imported, %u have errors. "
                                            "They go at the end of “%s”.",
                                            n_bad),
                               rows, n_valid, n_bad, self->list_name);
  else
    summary = g_strdup_printf (_("%s, all of them without errors. They go at the end of “%s”."),
                               rows, self->list_name);
  gtk_label_set_label (self->summary_label, summary);
  /* Without rows, the error says why. */
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), n_rows > 0 || error == NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error != NULL)
    gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->skip_check), n_bad > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.import",
                                 cdo_import_preview_dialog_can_import (self));
}

/* Brings every part of the dialog in line with the import, after any choice. */
void
_cdo_import_preview_dialog_sync (CdoImportPreviewDialog *self)
{
  _cdo_import_preview_dialog_sync_columns (self);
  refresh_rows (self);
  update_notices (self);
  update (self);
}

static void
skip_toggled_cb (CdoImportPreviewDialog *self)
{
  g_assert (CDO_IS_IMPORT_PREVIEW_DIALOG (self));

  if (self->import != NULL)
    update (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cdo_import_preview_dialog_import (CDO_IMPORT_PREVIEW_DIALOG (widget));
}

static void
cdo_import_preview_dialog_dispose (GObject *object)
{
  CdoImportPreviewDialog *self = CDO_IMPORT_PREVIEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CDO_TYPE_IMPORT_PREVIEW_DIALOG);
  g_clear_object (&self->import);
  g_clear_object (&self->rows);
  g_clear_object (&self->header_rows_model);
  g_clear_object (&self->columns_model);

  G_OBJECT_CLASS (cdo_import_preview_dialog_parent_class)->dispose (object);
}

static void
cdo_import_preview_dialog_finalize (GObject *object)
{
  CdoImportPreviewDialog *self = CDO_IMPORT_PREVIEW_DIALOG (object);

  g_clear_pointer (&self->list_name, g_free);
  g_clear_pointer (&self->header_rows, g_array_unref);

  G_OBJECT_CLASS (cdo_import_preview_dialog_parent_class)->finalize (object);
}

static void
cdo_import_preview_dialog_class_init (CdoImportPreviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_import_preview_dialog_dispose;
  object_class->finalize = cdo_import_preview_dialog_finalize;

  /**
   * CdoImportPreviewDialog::imported:
   * @n_inserted: how many candidates were written
   */
  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-import-preview-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, notices_box);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, columns_expander);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, columns_grid);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog,
                                        header_row_drop_down);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, rows_view);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, skip_check);
  gtk_widget_class_bind_template_child (widget_class, CdoImportPreviewDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, skip_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, _cdo_import_preview_dialog_header_row_cb);

  gtk_widget_class_install_action (widget_class, "preview.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (CDO_TYPE_CHECK_BUTTON);
}

static void
cdo_import_preview_dialog_init (CdoImportPreviewDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  _cdo_import_preview_dialog_init_columns (self);

  self->rows = g_list_store_new (CDO_TYPE_IMPORT_ROW_ITEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->rows_view, GTK_SELECTION_MODEL (selection));

  for (guint i = 0; i < G_N_ELEMENTS (column_titles); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(column_titles[i]), g_object_ref (factory));
      gtk_column_view_column_set_expand (column, i == COLUMN_SURNAME || i == COLUMN_GIVEN_NAMES
                                                 || i == COLUMN_BIRTHPLACE || i == COLUMN_PROBLEMS);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->rows_view, column);
    }
}

CdoImportPreviewDialog *
cdo_import_preview_dialog_new (GtkWindow          *parent,
                               CdoCandidateImport *import,
                               CdoStore           *store,
                               gint64              list_row_id,
                               int                 first_position,
                               const char         *list_name)
{
  CdoImportPreviewDialog *self;
  const CdoWorkbook *workbook;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CDO_IS_CANDIDATE_IMPORT (import), NULL);
  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (first_position >= 1, NULL);

  self = g_object_new (CDO_TYPE_IMPORT_PREVIEW_DIALOG, "transient-for", parent, NULL);
  self->import = g_object_ref (import);
  self->store = store;
  self->list_row_id = list_row_id;
  self->first_position = first_position;
  self->list_name = g_strdup (list_name != NULL ? list_name : "");

  workbook = cdo_candidate_import_get_workbook (import);
  adw_window_title_set_subtitle (self->window_title, workbook->origin);

  _cdo_import_preview_dialog_sync (self);

  /* The columns are shown when the import could not map them by itself. */
  gtk_expander_set_expanded (self->columns_expander, needs_columns (self));
  return self;
}

gboolean
cdo_import_preview_dialog_can_import (CdoImportPreviewDialog *self)
{
  guint n_rows, n_valid;

  g_return_val_if_fail (CDO_IS_IMPORT_PREVIEW_DIALOG (self), FALSE);

  n_rows = cdo_candidate_import_get_n_rows (self->import);
  n_valid = cdo_candidate_import_get_n_valid (self->import);
  return cdo_candidate_import_get_error (self->import) == NULL && n_valid > 0
         && (n_valid == n_rows || gtk_check_button_get_active (self->skip_check));
}

void
cdo_import_preview_dialog_set_skip_errors (CdoImportPreviewDialog *self,
                                           gboolean                skip)
{
  g_return_if_fail (CDO_IS_IMPORT_PREVIEW_DIALOG (self));

  gtk_check_button_set_active (self->skip_check, skip);
}

gboolean
cdo_import_preview_dialog_import (CdoImportPreviewDialog *self)
{
  g_autoptr(GError) error = NULL;
  CdoImportApplyFlags flags = CDO_IMPORT_APPLY_DEFAULT;
  guint inserted = 0;

  g_return_val_if_fail (CDO_IS_IMPORT_PREVIEW_DIALOG (self), FALSE);

  if (!cdo_import_preview_dialog_can_import (self))
    return FALSE;

  if (gtk_check_button_get_active (self->skip_check))
    flags |= CDO_IMPORT_APPLY_SKIP_ERRORS;

  if (!cdo_candidate_import_apply (self->import, self->store, self->list_row_id,
                                   self->first_position, flags, &inserted, &error))
    {
      /* Whatever was written before the failure stays, and the window shows it. */
      if (inserted > 0)
        g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, inserted);
      cdo_show_error_dialog (GTK_WIDGET (self), _("The Candidates Were Not Imported"), error);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.import", FALSE);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, inserted);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
