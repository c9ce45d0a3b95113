/* cdo-window.c: the main window: a district's comuni, their filings and their rules
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With no district open, the window offers to open or create one (and lists the recent
 * ones). With one open, a leaflet shows the district's comuni on the left (searchable by
 * name or province) and, on the right, two views of the chosen comune: its filings (the
 * table and the editor of the chosen filing) and the rules the law sets for it.
 *
 * The district file is the only state: after every edit the window reads the district
 * again (cdo_store_load_district(), tens of milliseconds) and hands the views the new
 * snapshot; the views keep their selection by row id. The title says which file and
 * which journal head, so that a printed receipt can be matched with the screen.
 *
 * Opening, creating and importing files are in cdo-window-file.c, the actions in
 * cdo-window-actions.c, dropping files in cdo-window-dnd.c.
 */
#define G_LOG_DOMAIN "cdo-window"

#include <glib/gi18n.h>

#include "cdo-comune-row.h"
#include "cdo-date.h"
#include "cdo-format.h"
#include "cdo-gtk-utils.h"
#include "cdo-window-private.h"

/* Not APPLICATION_ID: the development flavour (….Devel) reads the same schema. */
#define SETTINGS_SCHEMA_ID "it.circondario.Circondario"

G_DEFINE_FINAL_TYPE (CdoWindow, cdo_window, ADW_TYPE_APPLICATION_WINDOW)

/* An uninstalled build run without GSETTINGS_SCHEMA_DIR has no schema, and
 * g_settings_new() would abort: the window then simply remembers nothing. */
static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;

  schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; settings will not be kept", SETTINGS_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

void
_cdo_window_toast (CdoWindow  *self,
                   const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_cdo_window_error (CdoWindow    *self,
                   const char   *heading,
                   const GError *error)
{
  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("%s: %s", heading, error != NULL ? error->message : "");
  cdo_show_error_dialog (GTK_WIDGET (self), heading, error);
}

/* The comuni */

static gint64
comune_row_id (CdoComune *comune)
{
  gint64 *row_id = g_object_get_data (G_OBJECT (comune), "cdo-row-id");

  return row_id != NULL ? *row_id : 0;
}

static GtkWidget *
create_comune_row (gpointer item,
                   gpointer user_data)
{
  return cdo_comune_row_new (CDO_COMUNE (item));
}

static CdoComuneRow *
find_row (CdoWindow *self,
          gint64     row_id,
          const char *name)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CdoComune) comune = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

      if ((name != NULL && g_strcmp0 (cdo_comune_get_name (comune), name) == 0)
          || (name == NULL && comune_row_id (comune) == row_id))
        return CDO_COMUNE_ROW (gtk_list_box_get_row_at_index (self->comune_list, (int) i));
    }

  return NULL;
}

static CdoComune *
find_comune (CdoWindow *self,
             gint64     row_id)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->comuni));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CdoComune) comune = g_list_model_get_item (G_LIST_MODEL (self->comuni), i);

      if (comune_row_id (comune) == row_id)
        return comune;
    }

  return NULL;
}

CdoComuneRecord *
_cdo_window_get_comune (CdoWindow *self)
{
  if (self->snapshot == NULL || self->comune_row_id == 0)
    return NULL;

  return cdo_snapshot_find_comune (self->snapshot, self->comune_row_id);
}

/* The filings table takes the height of its rows, from three to about eight, so that
 * the editor below gets the rest; once the person moves the handle, it stays put. */
static void
size_filings_paned (CdoWindow *self)
{
  guint n = cdo_district_view_get_n_shown (self->district_view);
  int position = 96 + (int) CLAMP (n, 3, 8) * 22;

  if (self->paned_moved)
    return;

  self->sizing_paned = TRUE;
  gtk_paned_set_position (self->filings_paned, position);
  self->sizing_paned = FALSE;
}

static void
filings_paned_position_cb (CdoWindow *self)
{
  g_assert (CDO_IS_WINDOW (self));

  if (!self->sizing_paned && gtk_widget_get_mapped (GTK_WIDGET (self->filings_paned)))
    self->paned_moved = TRUE;
}

static void
show_comune (CdoWindow *self,
             CdoComune *comune)
{
  g_autofree char *subtitle = NULL;
  gint64 row_id = comune != NULL ? comune_row_id (comune) : 0;

  if (row_id != self->comune_row_id)
    {
      /* What was typed belongs to the filing of the comune left. */
      cdo_filing_editor_flush (self->editor);
      self->comune_row_id = row_id;
      cdo_filing_editor_show_filing (self->editor, self->snapshot, 0);
    }

  cdo_district_view_set_comune (self->district_view, self->snapshot, _cdo_window_get_comune (self));
  size_filings_paned (self);
  cdo_rules_page_set_comune (self->rules_page, comune);

  if (comune == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, _("Circondario"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      _cdo_window_update_actions (self);
      return;
    }

  /* Translators: province and region of a comune, e.g. "Asti, Piemonte". */
  subtitle = g_strdup_printf (_("%s, %s"), cdo_comune_get_province (comune),
                              cdo_comune_get_region (comune));
  adw_view_switcher_title_set_title (self->switcher_title, cdo_comune_get_name (comune));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);

  if (self->settings != NULL && !self->restoring)
    g_settings_set_string (self->settings, "selected-comune", cdo_comune_get_name (comune));

  _cdo_window_update_actions (self);
}

static void
comune_list_row_selected_cb (CdoWindow     *self,
                             GtkListBoxRow *row)
{
  g_assert (CDO_IS_WINDOW (self));

  /* A row filtered out by the search deselects itself; the views keep showing that
   * comune until another one is chosen. */
  if (row == NULL || self->restoring)
    return;

  show_comune (self, cdo_comune_row_get_comune (CDO_COMUNE_ROW (row)));
}

static void
comune_list_row_activated_cb (CdoWindow     *self,
                              GtkListBoxRow *row)
{
  g_assert (CDO_IS_WINDOW (self));

  /* On a narrow screen only one pane shows: choosing a comune opens it. */
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Runs before the list rebuilds its rows. Typing with the focus on a comune sends
 * the keys to the search; if the focused row were then filtered out, GTK would
 * hand the focus (and with it the selection) to whichever row comes first, and
 * the views would jump to another comune. Keep the focus in the search instead. */
static void
filter_model_items_changing_cb (CdoWindow  *self,
                                guint       position,
                                guint       removed,
                                guint       added,
                                GListModel *model)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  g_assert (CDO_IS_WINDOW (self));

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->comune_list)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* After the search changes, the list rebuilds the rows it replaced; select the
 * shown comune again if it is still listed. */
static void
filter_model_items_changed_cb (CdoWindow  *self,
                               guint       position,
                               guint       removed,
                               guint       added,
                               GListModel *model)
{
  CdoComuneRow *row;

  g_assert (CDO_IS_WINDOW (self));

  if (self->comune_row_id == 0)
    return;

  row = find_row (self, self->comune_row_id, NULL);
  if (row != NULL && gtk_list_box_get_selected_row (self->comune_list) != GTK_LIST_BOX_ROW (row))
    {
      gboolean was_restoring = self->restoring;

      self->restoring = TRUE;
      gtk_list_box_select_row (self->comune_list, GTK_LIST_BOX_ROW (row));
      self->restoring = was_restoring;
    }
}

static void
search_entry_activate_cb (CdoWindow *self)
{
  GtkListBoxRow *first;

  g_assert (CDO_IS_WINDOW (self));

  /* Enter takes the first match, as in every GNOME search. */
  first = gtk_list_box_get_row_at_index (self->comune_list, 0);
  if (first == NULL)
    return;

  gtk_list_box_select_row (self->comune_list, first);
  gtk_widget_grab_focus (GTK_WIDGET (first));
  comune_list_row_activated_cb (self, first);
}

static void
search_entry_stop_search_cb (CdoWindow *self)
{
  g_assert (CDO_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static gboolean
same_comuni (CdoWindow   *self,
             CdoDistrict *district)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->comuni)) != district->comuni->len)
    return FALSE;

  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *record = g_ptr_array_index (district->comuni, i);
      g_autoptr(CdoComune) comune = g_list_model_get_item (G_LIST_MODEL (self->comuni), i);

      if (comune_row_id (comune) != record->row_id
          || g_strcmp0 (cdo_comune_get_name (comune), record->name) != 0
          || cdo_comune_get_population (comune) != record->population
          || cdo_comune_get_capoluogo (comune) != record->capoluogo
          || g_strcmp0 (cdo_comune_get_province (comune), record->province) != 0
          || g_strcmp0 (cdo_comune_get_region (comune), record->region) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
sync_comuni (CdoWindow *self)
{
  CdoDistrict *district = self->snapshot != NULL ? cdo_snapshot_get_district (self->snapshot)
                                                 : NULL;
  g_autoptr(GPtrArray) comuni = g_ptr_array_new_with_free_func (g_object_unref);
  CdoComune *shown;
  CdoComuneRow *row;

  if (district != NULL && same_comuni (self, district))
    return;

  for (guint i = 0; district != NULL && i < district->comuni->len; i++)
    {
      CdoComuneRecord *record = g_ptr_array_index (district->comuni, i);
      CdoComune *comune = cdo_comune_new (record->name, record->province, record->region,
                                          record->population, record->population_source,
                                          record->capoluogo);

      g_object_set_data_full (G_OBJECT (comune), "cdo-row-id",
                              g_memdup2 (&record->row_id, sizeof record->row_id), g_free);
      g_ptr_array_add (comuni, comune);
    }

  self->restoring = TRUE;
  g_list_store_splice (self->comuni, 0, g_list_model_get_n_items (G_LIST_MODEL (self->comuni)),
                       comuni->pdata, comuni->len);
  self->restoring = FALSE;

  gtk_label_set_label (self->comune_placeholder,
                       comuni->len == 0 ? _("No comuni yet: import a district or a dossier, "
                                            "or add a comune")
                                        : _("No comune matches the search"));

  /* The comune shown stays shown; otherwise the first one. */
  shown = find_comune (self, self->comune_row_id);
  if (shown == NULL && comuni->len > 0)
    shown = g_ptr_array_index (comuni, 0);
  row = shown != NULL ? find_row (self, comune_row_id (shown), NULL) : NULL;

  self->restoring = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->comune_list, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->comune_list);
  self->restoring = FALSE;

  show_comune (self, shown);
}

/* Reading the district again */

static void
update_title (CdoWindow *self)
{
  g_autofree char *base = NULL;
  g_autofree char *head = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;
  const char *full_head;

  g_clear_pointer (&self->file_title, g_free);

  if (self->store == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Circondario"));
      adw_window_title_set_title (self->file_title_widget, _("Comuni"));
      adw_window_title_set_subtitle (self->file_title_widget, NULL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_title_widget), NULL);
      return;
    }

  full_head = cdo_store_get_journal_head (self->store);
  base = g_path_get_basename (self->path);
  head = cdo_format_journal_head (full_head);
  /* Translators: the window title: the district file and its journal head. */
  self->file_title = g_strdup_printf (_("%s · %s"), base, head);
  gtk_window_set_title (GTK_WINDOW (self), self->file_title);

  /* Translators: under the file name: the first digits of the journal's newest hash. */
  subtitle = g_strdup_printf (_("Journal %s"), head);
  /* Translators: the tooltip of the title: the full hash printed on every receipt. */
  tooltip = g_strdup_printf (_("%s\nJournal head (SHA-256 of the newest entry, printed on every "
                               "receipt):\n%s"), self->path, full_head);
  adw_window_title_set_title (self->file_title_widget, base);
  adw_window_title_set_subtitle (self->file_title_widget, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_title_widget), tooltip);
}

static void
update_days_banner (CdoWindow *self)
{
  CdoDistrict *district = self->snapshot != NULL ? cdo_snapshot_get_district (self->snapshot)
                                                 : NULL;

  gtk_widget_set_visible (self->days_banner,
                          district != NULL && !g_date_valid (&district->first_day));
}

/* The rules are those of the district's election: when its first voting day changes (set,
 * corrected, undone), the rules view moves to the new day. A day typed there to look
 * something up stays until then. */
static void
follow_first_day (CdoWindow   *self,
                  const GDate *before)
{
  CdoDistrict *district = cdo_snapshot_get_district (self->snapshot);

  if (!g_date_valid (&district->first_day)
      || (g_date_valid (before) && g_date_compare (before, &district->first_day) == 0))
    return;

  self->restoring = TRUE;
  cdo_date_entry_set_date (self->date_entry, &district->first_day);
  self->restoring = FALSE;
}

void
_cdo_window_reload (CdoWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoSnapshot) snapshot = NULL;
  CdoDistrict *district;
  gboolean had_snapshot = self->snapshot != NULL;
  GDate first_day_before;

  g_return_if_fail (CDO_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  district = cdo_store_load_district (self->store, &error);
  if (district == NULL)
    {
      _cdo_window_error (self, _("The District File Cannot Be Read"), error);
      return;
    }

  g_date_clear (&first_day_before, 1);
  if (had_snapshot)
    first_day_before = cdo_snapshot_get_district (self->snapshot)->first_day;
  snapshot = cdo_snapshot_new (district, cdo_store_get_journal_head (self->store));
  g_set_object (&self->snapshot, snapshot);
  /* On opening, cdo_window_load() sets the rules' day itself. */
  if (had_snapshot)
    follow_first_day (self, &first_day_before);
  update_days_banner (self);

  sync_comuni (self);
  cdo_district_view_set_comune (self->district_view, self->snapshot, _cdo_window_get_comune (self));
  cdo_filing_editor_show_filing (self->editor, self->snapshot,
                                 cdo_filing_editor_get_key (self->editor));
  update_title (self);
  _cdo_window_update_actions (self);
}

void
_cdo_window_show_filing (CdoWindow *self,
                         gint64     key)
{
  cdo_filing_editor_flush (self->editor);
  if (!cdo_district_view_select (self->district_view, key))
    cdo_filing_editor_show_filing (self->editor, self->snapshot, key);
  adw_view_stack_set_visible_child_name (self->view_stack, "filings");
}

/* Callbacks */

static void
district_view_selected_cb (CdoWindow *self)
{
  CdoFilingItem *item;

  g_assert (CDO_IS_WINDOW (self));

  item = cdo_district_view_get_selected (self->district_view);
  /* A filing hidden by the search stays in the editor. */
  if (item == NULL)
    return;

  cdo_filing_editor_flush (self->editor);
  cdo_filing_editor_show_filing (self->editor, self->snapshot, cdo_filing_item_get_key (item));
  _cdo_window_update_actions (self);
}

static void
editor_changed_cb (CdoWindow *self)
{
  g_assert (CDO_IS_WINDOW (self));

  _cdo_window_reload (self);
}

static void
editor_error_cb (CdoWindow    *self,
                 const char   *heading,
                 const GError *error)
{
  g_assert (CDO_IS_WINDOW (self));

  _cdo_window_error (self, heading, error);
}

static void
add_toast_cb (CdoWindow *self,
              AdwToast  *toast)
{
  g_assert (CDO_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
date_entry_invalid_cb (CdoWindow  *self,
                       const char *text)
{
  g_autofree char *message = NULL;

  g_assert (CDO_IS_WINDOW (self));

  message = g_strdup_printf (_("“%s” is not a date: type it as YYYY-MM-DD or DD/MM/YYYY"),
                             text);
  _cdo_window_toast (self, message);
}

static void
date_entry_notify_date_cb (CdoWindow *self)
{
  g_autofree char *iso = NULL;

  g_assert (CDO_IS_WINDOW (self));

  if (self->settings == NULL || self->restoring)
    return;

  iso = cdo_date_format_iso (cdo_date_entry_get_date (self->date_entry));
  g_settings_set_string (self->settings, "last-election-date", iso);
}

static void
view_stack_notify_cb (CdoWindow *self)
{
  const char *name;

  g_assert (CDO_IS_WINDOW (self));

  /* The date matters to the rules only; the filings have the district's own days. */
  name = adw_view_stack_get_visible_child_name (self->view_stack);
  gtk_widget_set_visible (GTK_WIDGET (self->date_entry), g_strcmp0 (name, "rules") == 0);
  cdo_filing_editor_flush (self->editor);
}

static void
recent_changed_cb (CdoWindow *self)
{
  g_assert (CDO_IS_WINDOW (self));

  _cdo_window_update_recent (self);
}

static void
recent_row_activated_cb (CdoWindow     *self,
                         GtkListBoxRow *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "cdo-path");
  g_autoptr(GFile) file = NULL;

  g_assert (CDO_IS_WINDOW (self));

  if (path == NULL)
    return;
  file = g_file_new_for_path (path);
  cdo_window_open_file (self, file);
}

/* The window */

static void
restore_state (CdoWindow *self)
{
  g_autofree char *date_text = NULL;
  GDate date;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  date_text = g_settings_get_string (self->settings, "last-election-date");
  self->restoring = TRUE;
  if (cdo_date_parse_user (date_text, &date))
    cdo_date_entry_set_date (self->date_entry, &date);
  self->restoring = FALSE;
}

static gboolean
cdo_window_close_request (GtkWindow *window)
{
  CdoWindow *self = CDO_WINDOW (window);
  int width, height;

  /* What was typed last is saved before the file is closed. */
  cdo_filing_editor_flush (self->editor);

  if (self->settings != NULL)
    {
      /* The default size follows the window while it is not maximized, so it
       * is the size to restore after un-maximizing too. */
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  g_cancellable_cancel (self->cancellable);
  cdo_window_close_district (self);

  return GTK_WINDOW_CLASS (cdo_window_parent_class)->close_request (window);
}

static void
cdo_window_dispose (GObject *object)
{
  CdoWindow *self = CDO_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->editor != NULL)
    cdo_filing_editor_set_store (self->editor, NULL);
  g_clear_pointer (&self->store, cdo_store_close);

  gtk_widget_dispose_template (GTK_WIDGET (self), CDO_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->comuni);
  g_clear_object (&self->snapshot);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (cdo_window_parent_class)->dispose (object);
}

static void
cdo_window_finalize (GObject *object)
{
  CdoWindow *self = CDO_WINDOW (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->file_title, g_free);

  G_OBJECT_CLASS (cdo_window_parent_class)->finalize (object);
}

static void
cdo_window_class_init (CdoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cdo_window_dispose;
  object_class->finalize = cdo_window_finalize;
  window_class->close_request = cdo_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/cdo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, open_button);
  gtk_widget_class_bind_template_child_full (widget_class, "file_title", FALSE,
                                             G_STRUCT_OFFSET (CdoWindow, file_title_widget));
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, comune_list);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, comune_scroller);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, comune_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, days_banner);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, filings_paned);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, district_view);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, rules_page);
  gtk_widget_class_bind_template_callback (widget_class, comune_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, comune_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_entry_invalid_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_entry_notify_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_stack_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_view_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filings_paned_position_cb);

  _cdo_window_class_actions_init (widget_class);

  g_type_ensure (CDO_TYPE_COMUNE);
  g_type_ensure (CDO_TYPE_DATE_ENTRY);
  g_type_ensure (CDO_TYPE_RULES_PAGE);
  g_type_ensure (CDO_TYPE_DISTRICT_VIEW);
  g_type_ensure (CDO_TYPE_FILING_EDITOR);
}

static void
cdo_window_init (CdoWindow *self)
{
  g_autoptr(GtkWindowGroup) group = gtk_window_group_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Dialogs of this window block only this window. */
  gtk_window_group_add_window (group, GTK_WINDOW (self));

  self->cancellable = g_cancellable_new ();
  self->comuni = g_list_store_new (CDO_TYPE_COMUNE);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->comuni));
  /* Handlers run in the order they were connected: one before the list's own. */
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_model_items_changing_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->comune_list, G_LIST_MODEL (self->filter_model),
                           create_comune_row, NULL, NULL);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_model_items_changed_cb), self, G_CONNECT_SWAPPED);

  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));

  self->settings = open_settings ();
  restore_state (self);

  _cdo_window_dnd_init (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  _cdo_window_update_recent (self);
  _cdo_window_update_actions (self);
  update_title (self);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

CdoWindow *
cdo_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (CDO_TYPE_WINDOW, "application", application, NULL);
}

/**
 * cdo_window_load:
 * @path: a district file
 * @actor: the name the journal records for this workstation's changes
 *
 * Opens @path and shows it, closing the district shown before.
 */
gboolean
cdo_window_load (CdoWindow   *self,
                 const char  *path,
                 const char  *actor,
                 GError     **error)
{
  g_autofree char *first_comune = NULL;
  CdoStore *store;
  CdoDistrict *district;
  CdoComuneRow *row;

  g_return_val_if_fail (CDO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);

  if (self->path != NULL && g_strcmp0 (self->path, path) == 0)
    return TRUE;

  cdo_filing_editor_flush (self->editor);

  store = cdo_store_open (path, actor, error);
  if (store == NULL)
    return FALSE;

  /* Read before the district is shown, which records the comune shown. */
  if (self->settings != NULL)
    first_comune = g_settings_get_string (self->settings, "selected-comune");

  cdo_window_close_district (self);
  self->store = store;
  self->path = g_strdup (cdo_store_get_path (store));
  g_free (self->actor);
  self->actor = g_strdup (actor);
  cdo_filing_editor_set_store (self->editor, store);

  _cdo_window_reload (self);
  if (self->snapshot == NULL)
    {
      /* Unreadable: the dialog said why. Keep nothing half-open. */
      cdo_window_close_district (self);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The district cannot be read."));
      return FALSE;
    }

  /* The rules are those of the district's election. */
  district = cdo_snapshot_get_district (self->snapshot);
  if (g_date_valid (&district->first_day))
    {
      self->restoring = TRUE;
      cdo_date_entry_set_date (self->date_entry, &district->first_day);
      self->restoring = FALSE;
    }

  /* Back to the comune chosen last time, when the district has it. */
  row = first_comune != NULL && first_comune[0] != '\0' ? find_row (self, 0, first_comune) : NULL;
  if (row != NULL)
    gtk_list_box_select_row (self->comune_list, GTK_LIST_BOX_ROW (row));

  gtk_stack_set_visible_child_name (self->main_stack, "district");
  adw_view_stack_set_visible_child_name (self->view_stack, "filings");
  _cdo_window_update_actions (self);
  return TRUE;
}

void
cdo_window_close_district (CdoWindow *self)
{
  g_return_if_fail (CDO_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  /* A file still being read was meant for this district: it must not land in the next. */
  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();

  cdo_filing_editor_flush (self->editor);
  cdo_filing_editor_set_store (self->editor, NULL);
  cdo_filing_editor_show_filing (self->editor, NULL, 0);
  g_clear_pointer (&self->store, cdo_store_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->snapshot);
  self->comune_row_id = 0;
  update_days_banner (self);
  sync_comuni (self);
  update_title (self);
  _cdo_window_update_recent (self);
  _cdo_window_update_actions (self);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

gboolean
cdo_window_has_district (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), FALSE);

  return self->store != NULL;
}

const char *
cdo_window_get_path (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), NULL);

  return self->path;
}

CdoStore *
cdo_window_get_store (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * cdo_window_select_comune:
 * @name: the comune's name as in the district
 *
 * Selects @name among the listed comuni and shows its filings and rules.
 *
 * Returns: %TRUE if @name is listed
 */
gboolean
cdo_window_select_comune (CdoWindow  *self,
                          const char *name)
{
  CdoComuneRow *row;

  g_return_val_if_fail (CDO_IS_WINDOW (self), FALSE);

  if (name == NULL || name[0] == '\0')
    return FALSE;

  row = find_row (self, 0, name);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->comune_list, GTK_LIST_BOX_ROW (row));
  return TRUE;
}

CdoRulesPage *
cdo_window_get_rules_page (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), NULL);

  return self->rules_page;
}

CdoDateEntry *
cdo_window_get_date_entry (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), NULL);

  return self->date_entry;
}

CdoDistrictView *
cdo_window_get_district_view (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), NULL);

  return self->district_view;
}

CdoFilingEditor *
cdo_window_get_editor (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), NULL);

  return self->editor;
}

const char *
cdo_window_get_file_title (CdoWindow *self)
{
  g_return_val_if_fail (CDO_IS_WINDOW (self), NULL);

  return self->file_title;
}
