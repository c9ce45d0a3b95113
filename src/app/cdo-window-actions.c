/* cdo-window-actions.c: the window's actions (win.*) and their shortcuts
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command of the window is an action here, enabled only when it can do something,
 * so that buttons, menus, shortcuts and tests share one path. Each action that writes
 * saves what the editor holds first, so that the journal keeps the order in which
 * things were done, and undo reverts the newest change.
 */
#define G_LOG_DOMAIN "cdo-window"

#include <glib/gi18n.h>

#include "cdo-check-button.h"
#include "cdo-district-check.h"
#include "cdo-election-dialog.h"
#include "cdo-format.h"
#include "cdo-receipt-print.h"
#include "cdo-window-private.h"

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _cdo_window_choose_new (CDO_WINDOW (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _cdo_window_choose_open (CDO_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  cdo_window_open_file (CDO_WINDOW (widget), file);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _cdo_window_choose_save_as (CDO_WINDOW (widget));
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _cdo_window_choose_save_copy (CDO_WINDOW (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _cdo_window_choose_import (CDO_WINDOW (widget));
}

static void
undo_redo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  gboolean undo = g_str_equal (action_name, "win.undo");
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *message = NULL;
  gboolean done;

  if (self->store == NULL)
    return;

  /* What was just typed is a change of its own, and the first to be undone. */
  cdo_filing_editor_flush (self->editor);

  description = g_strdup (undo ? cdo_store_get_undo_description (self->store)
                               : cdo_store_get_redo_description (self->store));
  done = undo ? cdo_store_undo (self->store, &error) : cdo_store_redo (self->store, &error);
  if (!done)
    {
      if (g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOTHING_TO_UNDO))
        _cdo_window_toast (self, undo ? _("Nothing to undo") : _("Nothing to redo"));
      else
        _cdo_window_error (self, undo ? _("The Change Was Not Undone")
                                      : _("The Change Was Not Redone"), error);
      _cdo_window_reload (self);
      return;
    }

  _cdo_window_reload (self);
  if (description != NULL)
    {
      /* Translators: a toast after Ctrl+Z, e.g. "Undone: List “Olivola Viva” changed". */
      message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), description);
      _cdo_window_toast (self, message);
    }
}

/* A filing is recorded the moment the papers are handed in: the day and minute are the
 * workstation's clock now, and the clock's reading is kept beside them. The secretary
 * then types what was handed in; every field is saved as it is typed. */
static void
new_filing_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(CdoCandidacy) candidacy = NULL;
  g_autoptr(GError) error = NULL;
  CdoComuneRecord *comune;
  CdoCandidateList *list;
  gint64 key;

  if (self->store == NULL)
    return;

  cdo_filing_editor_flush (self->editor);
  comune = _cdo_window_get_comune (self);
  if (comune == NULL)
    {
      _cdo_window_toast (self, _("Choose the comune the filing is for first"));
      return;
    }

  candidacy = cdo_candidacy_new ();
  candidacy->id = cdo_snapshot_new_id (self->snapshot, comune, NULL);
  candidacy->mayor = cdo_candidate_new ();

  list = cdo_candidate_list_new ();
  list->id = cdo_snapshot_new_id (self->snapshot, comune, candidacy->id);
  list->has_filed = TRUE;
  g_date_set_dmy (&list->filed.date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  list->filed.minutes = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
  list->filed_recorded_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  g_ptr_array_add (candidacy->lists, list);

  if (!cdo_store_add_candidacy (self->store, comune->row_id, candidacy, &error))
    {
      _cdo_window_error (self, _("The Filing Was Not Recorded"), error);
      return;
    }

  key = list->row_id;
  _cdo_window_reload (self);
  _cdo_window_show_filing (self, key);
  cdo_filing_editor_focus_mayor (self->editor);
}

/* Over 15,000 inhabitants a mayoral candidate may be linked to several lists, each
 * filed on its own. */
static void
add_list_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(CdoCandidateList) list = NULL;
  g_autoptr(GError) error = NULL;
  CdoComuneRecord *comune;
  CdoCandidacy *candidacy;
  gint64 key;

  if (self->store == NULL)
    return;

  cdo_filing_editor_flush (self->editor);
  comune = cdo_filing_editor_get_comune (self->editor);
  candidacy = cdo_filing_editor_get_candidacy (self->editor);
  if (comune == NULL || candidacy == NULL)
    return;

  list = cdo_candidate_list_new ();
  list->id = cdo_snapshot_new_id (self->snapshot, comune, candidacy->id);
  list->has_filed = TRUE;
  g_date_set_dmy (&list->filed.date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  list->filed.minutes = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
  list->filed_recorded_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  if (!cdo_store_add_list (self->store, comune->row_id, candidacy->row_id, list, &error))
    {
      _cdo_window_error (self, _("The List Was Not Added"), error);
      return;
    }

  key = list->row_id;
  _cdo_window_reload (self);
  _cdo_window_show_filing (self, key);
}

/* The voting days, which a district made with New District does not have yet. */

static void
election_saved_cb (CdoWindow *self)
{
  const char *description;

  g_assert (CDO_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  _cdo_window_reload (self);
  /* The journal's words, e.g. "Voting days set to 2026-05-24 and 2026-05-25". */
  description = cdo_store_get_undo_description (self->store);
  if (description != NULL)
    _cdo_window_toast (self, description);
}

static void
election_days_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  CdoElectionDialog *dialog;

  if (self->store == NULL)
    return;

  /* What was typed is journaled before the days, in the order it was done. */
  cdo_filing_editor_flush (self->editor);
  if (self->snapshot == NULL)
    return;

  dialog = cdo_election_dialog_new (GTK_WINDOW (self), self->store,
                                    cdo_snapshot_get_district (self->snapshot));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (election_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adding a comune by hand, for a district made from scratch. */

static GtkWidget *
labelled_entry (GtkGrid    *grid,
                int         row,
                const char *label,
                const char *name)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), entry);
  gtk_widget_set_name (entry, name);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);
  return entry;
}

static char *
entry_text (GtkWidget *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static GtkWidget *
dialog_entry (AdwMessageDialog *dialog,
              const char       *key)
{
  return g_object_get_data (G_OBJECT (dialog), key);
}

/* The comune typed in the dialog, or NULL with the reason in @error and the key of the field
 * it concerns in @out_field (NULL when it concerns none): the dialog's own reading of the
 * population, then the data rules (cdo_district_check_comune(), as the store checks it),
 * asked one field at a time in their order, so that the field refused first is the one
 * the message is about. */
static CdoComuneRecord *
read_comune (AdwMessageDialog  *dialog,
             const char       **out_field,
             GError           **error)
{
  g_autoptr(CdoComuneRecord) comune = cdo_comune_record_new ();
  g_autoptr(CdoComuneRecord) probe = cdo_comune_record_new ();
  g_autofree char *population_text = NULL;
  guint64 population = 0;

  *out_field = NULL;
  comune->name = entry_text (dialog_entry (dialog, "name"));
  comune->province = entry_text (dialog_entry (dialog, "province"));
  comune->region = entry_text (dialog_entry (dialog, "region"));
  comune->population_source = entry_text (dialog_entry (dialog, "source"));
  comune->capoluogo = gtk_check_button_get_active (GTK_CHECK_BUTTON (dialog_entry (dialog,
                                                                                   "capoluogo")));
  population_text = entry_text (dialog_entry (dialog, "population"));
  if (comune->province != NULL)
    {
      char *upper = g_ascii_strup (comune->province, -1);

      g_free (comune->province);
      comune->province = upper;
    }

  if (comune->name == NULL)
    {
      *out_field = "name";
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Type the comune's name."));
      return NULL;
    }

  /* A comune whose values pass, taking the typed ones in the rules' order. */
  probe->name = g_strdup (comune->name);
  probe->province = g_strdup ("AA");
  if (!cdo_district_check_comune (probe, CDO_DISTRICT_CHECK_DEFAULT, error))
    {
      *out_field = "name";
      return NULL;
    }
  g_free (probe->province);
  probe->province = g_strdup (comune->province);
  if (!cdo_district_check_comune (probe, CDO_DISTRICT_CHECK_DEFAULT, error))
    {
      *out_field = "province";
      return NULL;
    }
  if (population_text == NULL
      || !g_ascii_string_to_unsigned (population_text, 10, 1, 10000000, &population, NULL))
    {
      *out_field = "population";
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Type the comune's legal population in digits, as the last census "
                             "gives it (for example 10372)."));
      return NULL;
    }
  comune->population = (gint64) population;
  probe->region = g_strdup (comune->region);
  if (!cdo_district_check_comune (probe, CDO_DISTRICT_CHECK_DEFAULT, error))
    {
      *out_field = "region";
      return NULL;
    }
  probe->population_source = g_strdup (comune->population_source);
  if (!cdo_district_check_comune (probe, CDO_DISTRICT_CHECK_DEFAULT, error))
    {
      *out_field = "source";
      return NULL;
    }
  if (!cdo_district_check_comune (comune, CDO_DISTRICT_CHECK_DEFAULT, error))
    return NULL;

  return g_steal_pointer (&comune);
}

static const char *const comune_fields[] = { "name", "province", "region", "population", "source" };

/* Marks @field (a key of comune_fields, or NULL for none) and says @message under the
 * fields (NULL: nothing to say). */
static void
show_comune_problem (AdwMessageDialog *dialog,
                     const char       *field,
                     const char       *message)
{
  GtkWidget *label = dialog_entry (dialog, "message");

  for (guint i = 0; i < G_N_ELEMENTS (comune_fields); i++)
    {
      GtkWidget *entry = dialog_entry (dialog, comune_fields[i]);

      if (g_strcmp0 (field, comune_fields[i]) == 0 && message != NULL)
        {
          gtk_widget_add_css_class (entry, "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
        }
      else
        {
          gtk_widget_remove_css_class (entry, "error");
          gtk_accessible_reset_property (GTK_ACCESSIBLE (entry),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
    }
  gtk_label_set_label (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
}

/* Checks as the secretary types: Add is offered only for a comune the file takes, and what
 * is wrong is said once its field has been typed in (or Add was tried), not before. */
static void
add_comune_changed_cb (AdwMessageDialog *dialog,
                       GtkEditable      *edited)
{
  g_autoptr(CdoComuneRecord) comune = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  gboolean say;

  if (edited != NULL)
    g_object_set_data (G_OBJECT (edited), "cdo-typed-in", GINT_TO_POINTER (TRUE));

  comune = read_comune (dialog, &field, &error);
  adw_message_dialog_set_response_enabled (dialog, "add", comune != NULL);
  say = comune == NULL
        && (g_object_get_data (G_OBJECT (dialog), "cdo-add-tried") != NULL
            || (field != NULL
                && g_object_get_data (G_OBJECT (dialog_entry (dialog, field)),
                                      "cdo-typed-in") != NULL));
  show_comune_problem (dialog, field, say ? error->message : NULL);
}

/* The dialog hides rather than closes on a response (hide-on-close), so that a comune the
 * file refuses is shown again with what was typed and why; it goes once done with. */
static void
add_comune_done (AdwMessageDialog *dialog)
{
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
add_comune_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        CdoWindow        *self)
{
  g_autoptr(CdoComuneRecord) comune = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *field = NULL;

  if (!g_str_equal (response, "add") || self->store == NULL)
    {
      add_comune_done (dialog);
      return;
    }

  comune = read_comune (dialog, &field, &error);
  if (comune != NULL)
    {
      cdo_filing_editor_flush (self->editor);
      if (cdo_store_add_comune (self->store, comune, &error))
        {
          add_comune_done (dialog);
          name = g_strdup (comune->name);
          _cdo_window_reload (self);
          cdo_window_select_comune (self, name);
          return;
        }
      if (!g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID)
          && !g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS))
        {
          add_comune_done (dialog);
          _cdo_window_error (self, _("The Comune Was Not Added"), error);
          return;
        }
    }

  /* Refused: the dialog stays, with what was typed, and says why. */
  g_object_set_data (G_OBJECT (dialog), "cdo-add-tried", GINT_TO_POINTER (TRUE));
  show_comune_problem (dialog, field, error->message);
  if (field != NULL)
    gtk_widget_grab_focus (dialog_entry (dialog, field));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_comune_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *capoluogo;
  GtkWidget *message = gtk_label_new (NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add a Comune"),
                                   _("The comune's particulars, as the rules need them. A whole "
                                     "district is quicker to import from its XML file."));
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set_data (G_OBJECT (dialog), "name",
                     labelled_entry (GTK_GRID (grid), 0, _("_Name"), "comune-name"));
  g_object_set_data (G_OBJECT (dialog), "province",
                     labelled_entry (GTK_GRID (grid), 1, _("_Province"), "comune-province"));
  g_object_set_data (G_OBJECT (dialog), "region",
                     labelled_entry (GTK_GRID (grid), 2, _("_Region"), "comune-region"));
  g_object_set_data (G_OBJECT (dialog), "population",
                     labelled_entry (GTK_GRID (grid), 3, _("Legal _population"),
                                     "comune-population"));
  g_object_set_data (G_OBJECT (dialog), "source",
                     labelled_entry (GTK_GRID (grid), 4, _("_Source"), "comune-source"));
  capoluogo = cdo_check_button_new (_("_Capoluogo di provincia"));
  gtk_grid_attach (GTK_GRID (grid), capoluogo, 1, 5, 1, 1);
  g_object_set_data (G_OBJECT (dialog), "capoluogo", capoluogo);
  gtk_entry_set_placeholder_text (g_object_get_data (G_OBJECT (dialog), "source"),
                                  _("Censimento 2021"));

  /* Why the comune cannot be added yet, under the fields. */
  gtk_widget_set_name (message, "comune-message");
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 40);
  gtk_widget_add_css_class (message, "error");
  gtk_widget_set_visible (message, FALSE);
  gtk_grid_attach (GTK_GRID (grid), message, 0, 6, 2, 1);
  g_object_set_data (G_OBJECT (dialog), "message", message);

  for (guint i = 0; i < G_N_ELEMENTS (comune_fields); i++)
    g_signal_connect_object (dialog_entry (ADW_MESSAGE_DIALOG (dialog), comune_fields[i]),
                             "changed", G_CALLBACK (add_comune_changed_cb), dialog,
                             G_CONNECT_SWAPPED);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  add_comune_changed_cb (ADW_MESSAGE_DIALOG (dialog), NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_comune_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The receipt */

static void
fill_request (CdoWindow         *self,
              CdoReceiptRequest *request,
              char             **base)
{
  *base = g_path_get_basename (self->path);
  request->snapshot = self->snapshot;
  request->key = cdo_filing_editor_get_key (self->editor);
  request->district_file = *base;
  request->issued_by = self->actor;
}

static void
print_receipt_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  CdoReceiptRequest request;

  if (self->store == NULL)
    return;

  /* The receipt states what the file holds: save what was typed first. */
  cdo_filing_editor_flush (self->editor);
  fill_request (self, &request, &base);
  if (!cdo_receipt_print (GTK_WINDOW (self), &request, &error))
    _cdo_window_error (self, _("The Receipt Was Not Printed"), error);
}

static void
save_receipt_response_cb (CdoWindow            *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  CdoReceiptRequest request;

  g_assert (CDO_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->store == NULL)
    return;

  path = g_file_get_path (file);
  fill_request (self, &request, &base);
  if (path == NULL || !cdo_receipt_save_pdf (&request, path, &error))
    {
      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Choose a folder on this computer or on a mounted share."));
      _cdo_window_error (self, _("The Receipt Was Not Saved"), error);
      return;
    }

  message = g_strdup_printf (_("Receipt saved as “%s”"), g_file_peek_path (file));
  _cdo_window_toast (self, message);
}

static void
save_receipt_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder_path = NULL;
  g_autoptr(GFile) folder = NULL;
  CdoReceiptRequest request;

  if (self->store == NULL)
    return;

  cdo_filing_editor_flush (self->editor);
  fill_request (self, &request, &base);
  name = cdo_receipt_suggest_file_name (&request);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save the Receipt as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  folder_path = g_path_get_dirname (self->path);
  folder = g_file_new_for_path (folder_path);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_receipt_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Moving around */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);

  if (self->store == NULL)
    return;

  /* On the filings, search the filings; elsewhere, the comuni. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "filings") == 0
      && self->comune_row_id != 0)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      cdo_district_view_focus_search (self->district_view);
      return;
    }

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_comune_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);

  if (self->store == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
edit_date_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);

  if (self->store == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->content);
  adw_view_stack_set_visible_child_name (self->view_stack, "rules");
  gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Moves to the comune above or below in the list without leaving the view, so that a
 * commission can walk through its comuni one after the other. */
static void
step_comune_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->comune_list);
  int step = g_str_equal (action_name, "win.next-comune") ? 1 : -1;
  int index = selected != NULL ? gtk_list_box_row_get_index (selected) + step : 0;
  GtkListBoxRow *row;

  if (index < 0)
    return;

  row = gtk_list_box_get_row_at_index (self->comune_list, index);
  if (row != NULL)
    gtk_list_box_select_row (self->comune_list, row);
}

void
_cdo_window_update_actions (CdoWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = self->store != NULL;
  gboolean has_comune = open && self->comune_row_id != 0;
  gboolean has_filing = open && cdo_filing_editor_get_key (self->editor) != 0;
  gboolean can_undo = open && cdo_store_can_undo (self->store);
  gboolean can_redo = open && cdo_store_can_redo (self->store);
  const char *undo_description, *redo_description;
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  gtk_widget_action_set_enabled (widget, "win.save-as", open);
  gtk_widget_action_set_enabled (widget, "win.save-copy", open);
  gtk_widget_action_set_enabled (widget, "win.import", open);
  gtk_widget_action_set_enabled (widget, "win.add-comune", open);
  gtk_widget_action_set_enabled (widget, "win.election-days", open);
  gtk_widget_action_set_enabled (widget, "win.undo", can_undo);
  gtk_widget_action_set_enabled (widget, "win.redo", can_redo);
  gtk_widget_action_set_enabled (widget, "win.new-filing", has_comune);
  gtk_widget_action_set_enabled (widget, "win.add-list",
                                 has_filing
                                 && cdo_filing_editor_get_candidacy (self->editor) != NULL);
  gtk_widget_action_set_enabled (widget, "win.print-receipt", has_filing);
  gtk_widget_action_set_enabled (widget, "win.save-receipt", has_filing);
  gtk_widget_action_set_enabled (widget, "win.find", open);
  gtk_widget_action_set_enabled (widget, "win.find-comune", open);
  gtk_widget_action_set_enabled (widget, "win.edit-date", open);
  gtk_widget_action_set_enabled (widget, "win.next-comune", open);
  gtk_widget_action_set_enabled (widget, "win.previous-comune", open);

  undo_description = can_undo ? cdo_store_get_undo_description (self->store) : NULL;
  redo_description = can_redo ? cdo_store_get_redo_description (self->store) : NULL;
  /* Translators: the Undo button's tooltip, e.g. "Undo: List “Olivola Viva” changed
   * (Ctrl+Z)". */
  undo_tooltip = undo_description != NULL
                 ? g_strdup_printf (_("Undo: %s (Ctrl+Z)"), undo_description)
                 : g_strdup (_("Undo (Ctrl+Z)"));
  redo_tooltip = redo_description != NULL ? g_strdup_printf (_("Redo: %s (Shift+Ctrl+Z)"),
                                                             redo_description)
                                          : g_strdup (_("Redo (Shift+Ctrl+Z)"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tooltip);
}

void
_cdo_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo_action);
  gtk_widget_class_install_action (widget_class, "win.new-filing", NULL, new_filing_action);
  gtk_widget_class_install_action (widget_class, "win.add-list", NULL, add_list_action);
  gtk_widget_class_install_action (widget_class, "win.add-comune", NULL, add_comune_action);
  gtk_widget_class_install_action (widget_class, "win.election-days", NULL,
                                   election_days_action);
  gtk_widget_class_install_action (widget_class, "win.print-receipt", NULL, print_receipt_action);
  gtk_widget_class_install_action (widget_class, "win.save-receipt", NULL, save_receipt_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-comune", NULL, find_comune_action);
  gtk_widget_class_install_action (widget_class, "win.edit-date", NULL, edit_date_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.next-comune", NULL, step_comune_action);
  gtk_widget_class_install_action (widget_class, "win.previous-comune", NULL,
                                   step_comune_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-filing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-receipt", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.find-comune", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.edit-date", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-comune", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-comune", NULL);
}
