/* cdo-filing-editor-candidates.c: the candidates of the list, in order
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form above the table types one candidate on one line, with the documents handed in
 * for them; Enter (or Add Candidate) appends them to the list and empties the form for
 * the next. Choosing a row of the table loads that candidate into the form, where edits
 * are saved as the rest of the filing's. The order of the list is the order of the
 * ballot: Alt+Up and Alt+Down move the chosen candidate, and rows can be dragged. Each
 * addition, move and removal is one transaction, undone by Ctrl+Z.
 */
#define G_LOG_DOMAIN "cdo-filing-editor"

#include <glib/gi18n.h>

#include "cdo-candidate-item.h"
#include "cdo-filing-editor-private.h"
#include "cdo-format.h"
#include "cdo-gtk-utils.h"

typedef struct {
  const char *title;
  const char *property;
  gboolean    expand;
} ColumnInfo;

static const ColumnInfo column_infos[] = {
  /* Translators: the column of a candidate's position in the list ("No."). */
  { N_("No."), "position", FALSE },
  { N_("Surname"), "surname", TRUE },
  { N_("Given Names"), "given-names", TRUE },
  { N_("Sex"), "sex", FALSE },
  { N_("Born"), "born", FALSE },
  { N_("Birthplace"), "birthplace", TRUE },
  { N_("Documents"), "documents", FALSE },
};

static CdoCandidateItem *
selected_item (CdoFilingEditor *self)
{
  return gtk_single_selection_get_selected_item (self->candidate_selection);
}

static CdoCandidateItem *
find_candidate (CdoFilingEditor *self,
                gint64           row_id,
                guint           *out_index)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CdoCandidateItem) item = g_list_model_get_item (G_LIST_MODEL (self->candidates), i);

      if (cdo_candidate_item_get_row_id (item) == row_id)
        {
          if (out_index != NULL)
            *out_index = i;
          return item;
        }
    }

  return NULL;
}

static void
update_candidate_actions (CdoFilingEditor *self)
{
  CdoCandidateItem *item = selected_item (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));
  guint position = item != NULL ? cdo_candidate_item_get_position (item) : 0;
  gboolean has_list = self->list != NULL && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-candidate",
                                 has_list && self->editing_candidate == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.new-candidate",
                                 has_list && self->editing_candidate != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-up", has_list && position > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-down",
                                 has_list && position > 0 && position < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-candidate",
                                 has_list && item != NULL);
}

static void
show_form (CdoFilingEditor *self)
{
  CdoCandidateItem *item = self->editing_candidate != 0
                           ? find_candidate (self, self->editing_candidate, NULL) : NULL;
  CdoDocumentContext context = self->context;
  CdoCandidate *candidate = item != NULL ? cdo_candidate_item_get_candidate (item) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *hint = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));

  if (self->editing_candidate != 0 && item == NULL)
    self->editing_candidate = 0;

  if (candidate != NULL)
    {
      g_autofree char *name = cdo_format_person (candidate->surname, candidate->given_names);

      /* Translators: above the form, e.g. "Candidate 2: Rossi Mario (changes are saved)". */
      title = g_strdup_printf (_("Candidate %u: %s (changes are saved as you type)"),
                               cdo_candidate_item_get_position (item), name);
    }
  else
    /* Translators: above the empty form, e.g. "New candidate (number 4)". */
    title = g_strdup_printf (_("New candidate (number %u)"), n + 1);
  gtk_label_set_label (self->candidate_form_title, title);

  if (!_cdo_filing_editor_holds (self, PENDING_CANDIDATE))
    {
      gboolean was_syncing = self->syncing;

      self->syncing = TRUE;
      if (candidate != NULL)
        {
          cdo_person_fields_set_person (self->candidate_fields, candidate);
          cdo_document_checks_set_documents (self->candidate_documents, candidate->documents);
        }
      self->syncing = was_syncing;
    }

  context.eu_citizen = candidate != NULL && candidate->eu_state != NULL;
  cdo_document_checks_set_context (self->candidate_documents, &context);

  gtk_widget_set_visible (self->candidate_done_button, candidate != NULL);
  gtk_widget_set_visible (self->add_candidate_button, candidate == NULL);

  hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u candidate · Alt+↑ and Alt+↓ move the chosen one",
                                       "%u candidates · Alt+↑ and Alt+↓ move the chosen one",
                                       n),
                          n);
  gtk_label_set_label (self->candidates_hint, hint);

  /* The table sits in the scrolling form: as tall as its rows, up to about twenty, so
   * that a council's list is read without scrolling twice. (A list view reports no
   * useful natural height of its own.) */
  gtk_scrolled_window_set_min_content_height (self->candidates_scroller,
                                              (int) MIN (MAX (n, 2), 20) * 23 + 34);

  update_candidate_actions (self);
}

/* Makes the table say what self->list says, keeping the items (and so the selection)
 * when only their contents changed. */
void
_cdo_filing_editor_sync_candidates (CdoFilingEditor *self)
{
  GPtrArray *stored = self->list != NULL ? self->list->candidates : NULL;
  guint n_stored = stored != NULL ? stored->len : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));
  gboolean same_order = n_stored == n_shown;

  for (guint i = 0; same_order && i < n_stored; i++)
    {
      g_autoptr(CdoCandidateItem) item = g_list_model_get_item (G_LIST_MODEL (self->candidates), i);
      CdoCandidate *candidate = g_ptr_array_index (stored, i);

      same_order = cdo_candidate_item_get_row_id (item) == candidate->row_id;
    }

  if (same_order)
    {
      for (guint i = 0; i < n_stored; i++)
        {
          g_autoptr(CdoCandidateItem) item = NULL;

          item = g_list_model_get_item (G_LIST_MODEL (self->candidates), i);
          cdo_candidate_item_update (item, self->snapshot, g_ptr_array_index (stored, i), i + 1,
                                     &self->context);
        }
    }
  else
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      guint index;

      for (guint i = 0; i < n_stored; i++)
        g_ptr_array_add (items, cdo_candidate_item_new (self->snapshot,
                                                        g_ptr_array_index (stored, i), i + 1,
                                                        &self->context));
      self->syncing = TRUE;
      g_list_store_splice (self->candidates, 0, n_shown, items->pdata, items->len);
      self->syncing = FALSE;

      /* The chosen candidate stays chosen wherever it moved. */
      if (self->editing_candidate != 0 &&
          find_candidate (self, self->editing_candidate, &index) != NULL)
        {
          self->syncing = TRUE;
          gtk_single_selection_set_selected (self->candidate_selection, index);
          self->syncing = FALSE;
          cdo_column_view_scroll_to (self->candidates_view, index);
        }
      else
        {
          self->syncing = TRUE;
          gtk_single_selection_set_selected (self->candidate_selection, GTK_INVALID_LIST_POSITION);
          self->syncing = FALSE;
          self->editing_candidate = 0;
        }
    }

  show_form (self);
}

/* Saving the chosen candidate */

gboolean
_cdo_filing_editor_commit_candidate (CdoFilingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  CdoCandidateItem *item;
  CdoCandidate *candidate;

  if (self->editing_candidate == 0)
    return FALSE;
  item = find_candidate (self, self->editing_candidate, NULL);
  if (item == NULL)
    return FALSE;
  candidate = cdo_candidate_item_get_candidate (item);

  documents = cdo_document_checks_dup_documents (self->candidate_documents);
  if (!cdo_person_fields_differs (self->candidate_fields, candidate)
      && _cdo_filing_editor_documents_equal (documents, candidate->documents))
    return FALSE;

  /* What the file would refuse is said beside the fields, without asking it. */
  if (!cdo_person_fields_check (self->candidate_fields, FALSE, &error)
      || !cdo_person_fields_apply (self->candidate_fields, candidate, &error))
    {
      _cdo_filing_editor_invalid (self, PENDING_CANDIDATE, error->message);
      return FALSE;
    }
  g_ptr_array_unref (candidate->documents);
  candidate->documents = g_steal_pointer (&documents);

  if (!cdo_store_update_candidate (self->store, candidate, &error))
    {
      if (g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID))
        cdo_person_fields_show_refusal (self->candidate_fields, FALSE, error->message);
      _cdo_filing_editor_refused (self, PENDING_CANDIDATE, _("The Candidate Was Not Saved"),
                                  error);
    }

  return TRUE;
}

void
_cdo_filing_editor_candidate_changed (CdoFilingEditor *self)
{
  if (self->syncing)
    return;

  /* A new candidate is saved by Add Candidate; a chosen one as it is edited. */
  if (self->editing_candidate != 0)
    _cdo_filing_editor_schedule (self, PENDING_CANDIDATE);
}

static gboolean
add_candidate (CdoFilingEditor *self)
{
  g_autoptr(CdoCandidate) candidate = cdo_candidate_new ();
  g_autoptr(GError) error = NULL;
  int position;

  if (self->list == NULL || self->store == NULL)
    return FALSE;

  /* A candidate is added complete, by the rules the file keeps (cdo_district_check_candidate):
   * what is missing or wrong is said under the form, which keeps what was typed. */
  if (!cdo_person_fields_check (self->candidate_fields, FALSE, NULL)
      || !cdo_person_fields_apply (self->candidate_fields, candidate, &error))
    return FALSE;
  g_ptr_array_unref (candidate->documents);
  candidate->documents = cdo_document_checks_dup_documents (self->candidate_documents);

  /* Whatever else was typed is saved first, so that the undo history keeps its order. */
  cdo_filing_editor_flush (self);
  if (self->list == NULL)
    return FALSE;

  position = (int) self->list->candidates->len + 1;
  if (!cdo_store_insert_candidate (self->store, self->list->row_id, position, candidate, &error))
    {
      if (g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID))
        cdo_person_fields_show_refusal (self->candidate_fields, FALSE, error->message);
      else
        _cdo_filing_editor_store_failed (self, _("The Candidate Was Not Added"), error);
      return FALSE;
    }

  self->syncing = TRUE;
  cdo_person_fields_set_person (self->candidate_fields, NULL);
  cdo_document_checks_set_documents (self->candidate_documents, NULL);
  self->syncing = FALSE;

  _cdo_filing_editor_saved (self);
  cdo_person_fields_focus (self->candidate_fields);
  return TRUE;
}

void
_cdo_filing_editor_candidate_activate (CdoFilingEditor *self)
{
  if (self->editing_candidate == 0)
    add_candidate (self);
  else
    cdo_filing_editor_flush (self);
}

static void
add_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  add_candidate (CDO_FILING_EDITOR (widget));
}

static void
new_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (widget);

  cdo_filing_editor_select_candidate (self, 0);
  cdo_person_fields_focus (self->candidate_fields);
}

static void
move_candidate (CdoFilingEditor *self,
                guint            from,
                guint            to)
{
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));
  g_autoptr(CdoCandidateItem) item = NULL;

  if (self->list == NULL || from == to || from < 1 || to < 1 || from > n || to > n)
    return;

  cdo_filing_editor_flush (self);
  if (self->list == NULL)
    return;

  /* Follow the moved candidate: choose it, so that the next Alt+↑ moves it again. */
  item = g_list_model_get_item (G_LIST_MODEL (self->candidates), from - 1);
  if (item != NULL && self->editing_candidate != cdo_candidate_item_get_row_id (item))
    cdo_filing_editor_select_candidate (self, from);

  if (!cdo_store_move_candidate (self->store, self->list->row_id, (int) from, (int) to, &error))
    {
      _cdo_filing_editor_store_failed (self, _("The Candidate Was Not Moved"), error);
      return;
    }

  _cdo_filing_editor_saved (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (widget);
  CdoCandidateItem *item = selected_item (self);
  guint position;

  if (item == NULL)
    return;

  position = cdo_candidate_item_get_position (item);
  if (g_str_equal (action_name, "editor.move-up"))
    move_candidate (self, position, position - 1);
  else
    move_candidate (self, position, position + 1);
}

static void
remove_candidate_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (widget);
  CdoCandidateItem *item = selected_item (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gint64 row_id;

  if (item == NULL)
    return;

  cdo_filing_editor_flush (self);
  item = selected_item (self);
  if (item == NULL)
    return;

  row_id = cdo_candidate_item_get_row_id (item);
  name = cdo_format_person (cdo_candidate_item_get_candidate (item)->surname,
                            cdo_candidate_item_get_candidate (item)->given_names);
  if (!cdo_store_remove_candidate (self->store, row_id, &error))
    {
      _cdo_filing_editor_store_failed (self, _("The Candidate Was Not Removed"), error);
      return;
    }

  self->editing_candidate = 0;
  self->syncing = TRUE;
  cdo_person_fields_set_person (self->candidate_fields, NULL);
  cdo_document_checks_set_documents (self->candidate_documents, NULL);
  self->syncing = FALSE;
  _cdo_filing_editor_saved (self);

  message = g_strdup_printf (_("%s removed from the list"), name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  g_signal_emit_by_name (self, "add-toast", toast);
}

static void
selection_changed_cb (CdoFilingEditor *self)
{
  CdoCandidateItem *item;

  g_assert (CDO_IS_FILING_EDITOR (self));

  if (self->syncing)
    return;

  /* What was typed for the candidate chosen before is theirs. */
  if (self->pending & PENDING_CANDIDATE)
    cdo_filing_editor_flush (self);

  item = selected_item (self);
  self->editing_candidate = item != NULL ? cdo_candidate_item_get_row_id (item) : 0;
  if (item == NULL)
    {
      self->syncing = TRUE;
      cdo_person_fields_set_person (self->candidate_fields, NULL);
      cdo_document_checks_set_documents (self->candidate_documents, NULL);
      self->syncing = FALSE;
    }
  show_form (self);
}

void
cdo_filing_editor_select_candidate (CdoFilingEditor *self,
                                    guint            position)
{
  guint n;

  g_return_if_fail (CDO_IS_FILING_EDITOR (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));
  if (position == 0 || position > n)
    gtk_single_selection_set_selected (self->candidate_selection, GTK_INVALID_LIST_POSITION);
  else
    {
      gtk_single_selection_set_selected (self->candidate_selection, position - 1);
      cdo_column_view_scroll_to (self->candidates_view, position - 1);
    }
}

/* Cells, and dragging rows */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  gpointer item = gtk_list_item_get_item (list_item);

  if (item == NULL)
    return NULL;
  return gdk_content_provider_new_typed (CDO_TYPE_CANDIDATE_ITEM, item);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *cell)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (cell);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *list_item)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkWidget *editor = gtk_widget_get_ancestor (cell, CDO_TYPE_FILING_EDITOR);
  CdoCandidateItem *dragged = g_value_get_object (value);
  CdoCandidateItem *onto = gtk_list_item_get_item (list_item);
  CdoFilingEditor *self = editor != NULL ? CDO_FILING_EDITOR (editor) : NULL;

  if (self == NULL || dragged == NULL || onto == NULL || dragged == onto)
    return FALSE;

  move_candidate (self, cdo_candidate_item_get_position (dragged),
                  cdo_candidate_item_get_position (onto));
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               const ColumnInfo         *info)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (CDO_TYPE_CANDIDATE_ITEM, GDK_ACTION_MOVE);

  if (info == &column_infos[0])
    {
      GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");

      gtk_widget_add_css_class (handle, "dim-label");
      gtk_widget_set_tooltip_text (handle, _("Drag to move the candidate"));
      gtk_box_append (GTK_BOX (box), handle);
      gtk_widget_add_css_class (label, "numeric");
    }

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), box);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), list_item);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (target));

  g_object_set_data (G_OBJECT (box), "label", label);
  gtk_list_item_set_child (list_item, box);
}

static void
update_documents_style (GtkWidget        *label,
                        GParamSpec       *pspec,
                        CdoCandidateItem *item)
{
  if (cdo_candidate_item_get_complete (item))
    gtk_widget_remove_css_class (label, "warning");
  else
    gtk_widget_add_css_class (label, "warning");
}

static void
documents_notify_cb (CdoCandidateItem *item,
                     GParamSpec       *pspec,
                     GtkWidget        *label)
{
  update_documents_style (label, NULL, item);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              const ColumnInfo         *info)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = g_object_get_data (G_OBJECT (box), "label");
  CdoCandidateItem *item = gtk_list_item_get_item (list_item);
  GBinding *binding;

  binding = g_object_bind_property (item, info->property, label, "label", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (box), "binding", binding);

  if (g_str_equal (info->property, "documents"))
    {
      gulong handler = g_signal_connect_object (item, "notify::complete",
                                                G_CALLBACK (documents_notify_cb), label, 0);

      g_object_set_data (G_OBJECT (box), "handler", GSIZE_TO_POINTER (handler));
      update_documents_style (label, NULL, item);
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                const ColumnInfo         *info)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GBinding *binding = g_object_steal_data (G_OBJECT (box), "binding");
  gulong handler = GPOINTER_TO_SIZE (g_object_steal_data (G_OBJECT (box), "handler"));
  gpointer item = gtk_list_item_get_item (list_item);

  if (binding != NULL)
    g_binding_unbind (binding);
  if (handler != 0 && item != NULL)
    g_signal_handler_disconnect (item, handler);
}

void
_cdo_filing_editor_candidates_init (CdoFilingEditor *self)
{
  self->candidates = g_list_store_new (CDO_TYPE_CANDIDATE_ITEM);
  self->candidate_selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->candidates)));
  gtk_single_selection_set_autoselect (self->candidate_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->candidate_selection, TRUE);
  gtk_column_view_set_model (self->candidates_view,
                             GTK_SELECTION_MODEL (self->candidate_selection));
  g_signal_connect_object (self->candidate_selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (column_infos); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), (gpointer) &column_infos[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer) &column_infos[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb),
                        (gpointer) &column_infos[i]);
      column = gtk_column_view_column_new (_(column_infos[i].title), g_object_ref (factory));
      gtk_column_view_column_set_expand (column, column_infos[i].expand);
      gtk_column_view_column_set_resizable (column, column_infos[i].expand);
      gtk_column_view_append_column (self->candidates_view, column);
    }

  show_form (self);
}

void
_cdo_filing_editor_class_candidates_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-candidate", NULL,
                                   add_candidate_action);
  gtk_widget_class_install_action (widget_class, "editor.new-candidate", NULL,
                                   new_candidate_action);
  gtk_widget_class_install_action (widget_class, "editor.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "editor.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-candidate", NULL,
                                   remove_candidate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "editor.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "editor.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "editor.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "editor.move-down", NULL);
}
