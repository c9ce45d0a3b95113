/* cdo-window.c: the main window: the sample comuni beside the rules of the selected one
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A leaflet with the comuni on the left (searchable by name or province) and the
 * rules page on the right. The date entry in the header bar drives the page
 * through a property binding in the template; the selected row drives it here.
 * Window size, the last date and the last comune are kept in GSettings when the
 * schema is installed, so a commission reopens the window where it left off.
 */
#define G_LOG_DOMAIN "cdo-window"

#include <glib/gi18n.h>

#include "cdo-comune-catalog.h"
#include "cdo-comune-row.h"
#include "cdo-date.h"
#include "cdo-window.h"

/* Not APPLICATION_ID: the development flavour (….Devel) reads the same schema. */
#define SETTINGS_SCHEMA_ID "it.circondario.Circondario"

struct _CdoWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GListModel           *comuni;

  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkListBox           *comune_list;
  GtkScrolledWindow    *comune_scroller;
  GtkFilterListModel   *filter_model;
  AdwWindowTitle       *window_title;
  CdoDateEntry         *date_entry;
  AdwToastOverlay      *toast_overlay;
  CdoRulesPage         *rules_page;
};

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

static GtkWidget *
create_comune_row (gpointer item,
                   gpointer user_data)
{
  return cdo_comune_row_new (CDO_COMUNE (item));
}

static CdoComuneRow *
find_row (CdoWindow  *self,
          const char *name)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CdoComune) comune = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

      if (g_strcmp0 (cdo_comune_get_name (comune), name) == 0)
        return CDO_COMUNE_ROW (gtk_list_box_get_row_at_index (self->comune_list, (int) i));
    }

  return NULL;
}

static void
show_comune (CdoWindow *self,
             CdoComune *comune)
{
  g_autofree char *subtitle = NULL;

  /* Translators: province and region of a comune, e.g. "Asti, Piemonte". */
  subtitle = g_strdup_printf (_("%s, %s"), cdo_comune_get_province (comune),
                              cdo_comune_get_region (comune));
  adw_window_title_set_title (self->window_title, cdo_comune_get_name (comune));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  cdo_rules_page_set_comune (self->rules_page, comune);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "selected-comune", cdo_comune_get_name (comune));
}

static void
comune_list_row_selected_cb (CdoWindow     *self,
                             GtkListBoxRow *row)
{
  g_assert (CDO_IS_WINDOW (self));

  /* A row filtered out by the search deselects itself; the page keeps showing
   * that comune until another one is chosen. */
  if (row == NULL)
    return;

  show_comune (self, cdo_comune_row_get_comune (CDO_COMUNE_ROW (row)));
}

static void
comune_list_row_activated_cb (CdoWindow     *self,
                              GtkListBoxRow *row)
{
  g_assert (CDO_IS_WINDOW (self));

  /* On a narrow screen only one pane shows: choosing a comune opens its rules. */
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Runs before the list rebuilds its rows. Typing with the focus on a comune sends
 * the keys to the search; if the focused row were then filtered out, GTK would
 * hand the focus (and with it the selection) to whichever row comes first, and
 * the page would jump to another comune. Keep the focus in the search instead. */
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
 * shown comune again if it is still listed, so that the sidebar keeps saying
 * which comune the page is about. */
static void
filter_model_items_changed_cb (CdoWindow  *self,
                               guint       position,
                               guint       removed,
                               guint       added,
                               GListModel *model)
{
  CdoComune *shown = cdo_rules_page_get_comune (self->rules_page);
  CdoComuneRow *row;

  g_assert (CDO_IS_WINDOW (self));

  if (shown == NULL)
    return;

  row = find_row (self, cdo_comune_get_name (shown));
  if (row != NULL && gtk_list_box_get_selected_row (self->comune_list) != GTK_LIST_BOX_ROW (row))
    gtk_list_box_select_row (self->comune_list, GTK_LIST_BOX_ROW (row));
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

static void
date_entry_invalid_cb (CdoWindow  *self,
                       const char *text)
{
  AdwToast *toast;

  g_assert (CDO_IS_WINDOW (self));

  toast = adw_toast_new_format (_("“%s” is not a date: type it as YYYY-MM-DD or DD/MM/YYYY"),
                                text);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
date_entry_notify_date_cb (CdoWindow *self)
{
  g_autofree char *iso = NULL;

  g_assert (CDO_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  iso = cdo_date_format_iso (cdo_date_entry_get_date (self->date_entry));
  g_settings_set_string (self->settings, "last-election-date", iso);
}

static void
rules_page_add_toast_cb (CdoWindow *self,
                         AdwToast  *toast)
{
  g_assert (CDO_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
edit_date_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CdoWindow *self = CDO_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->content);
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

/* Moves to the comune above or below in the list without leaving the rules,
 * so that a commission can walk through its comuni one after the other. */
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

/* A restored comune may be far down the list. Rows have a position only after the
 * first layout, so this waits for frames until the selected row has one. */
static gboolean
scroll_to_selected_cb (GtkWidget     *list,
                       GdkFrameClock *frame_clock,
                       gpointer       user_data)
{
  CdoWindow *self = CDO_WINDOW (user_data);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->comune_list);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->comune_scroller);
  graphene_point_t top;
  int height;

  if (selected == NULL)
    return G_SOURCE_REMOVE;

  height = gtk_widget_get_height (GTK_WIDGET (selected));
  if (height == 0 ||
      !gtk_widget_compute_point (GTK_WIDGET (selected), list, &GRAPHENE_POINT_INIT (0, 0), &top))
    return G_SOURCE_CONTINUE;

  /* A little of the neighbouring rows shows that the list goes on. */
  gtk_adjustment_clamp_page (adjustment, top.y - height / 2, top.y + height + height / 2);
  return G_SOURCE_REMOVE;
}

static void
cdo_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.edit-date", NULL, edit_date_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.next-comune", NULL, step_comune_action);
  gtk_widget_class_install_action (widget_class, "win.previous-comune", NULL,
                                   step_comune_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.edit-date", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-comune", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-comune", NULL);
}

static void
restore_state (CdoWindow *self)
{
  g_autofree char *date_text = NULL;
  g_autofree char *comune_name = NULL;
  GDate date;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  date_text = g_settings_get_string (self->settings, "last-election-date");
  if (cdo_date_parse_user (date_text, &date))
    cdo_date_entry_set_date (self->date_entry, &date);

  comune_name = g_settings_get_string (self->settings, "selected-comune");
  cdo_window_select_comune (self, comune_name);
}

static gboolean
cdo_window_close_request (GtkWindow *window)
{
  CdoWindow *self = CDO_WINDOW (window);
  int width, height;

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

  return GTK_WINDOW_CLASS (cdo_window_parent_class)->close_request (window);
}

static void
cdo_window_dispose (GObject *object)
{
  CdoWindow *self = CDO_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CDO_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->comuni);

  G_OBJECT_CLASS (cdo_window_parent_class)->dispose (object);
}

static void
cdo_window_class_init (CdoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cdo_window_dispose;
  window_class->close_request = cdo_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/cdo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, comune_list);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, comune_scroller);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CdoWindow, rules_page);
  gtk_widget_class_bind_template_callback (widget_class, comune_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, comune_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_entry_invalid_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_entry_notify_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, rules_page_add_toast_cb);

  cdo_window_class_actions_init (widget_class);

  g_type_ensure (CDO_TYPE_COMUNE);
  g_type_ensure (CDO_TYPE_DATE_ENTRY);
  g_type_ensure (CDO_TYPE_RULES_PAGE);
}

static void
cdo_window_init (CdoWindow *self)
{
  g_autoptr(GtkWindowGroup) group = gtk_window_group_new ();
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *selected;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Dialogs of this window block only this window. */
  gtk_window_group_add_window (group, GTK_WINDOW (self));

  self->comuni = cdo_comune_catalog_load_sample (&error);
  if (self->comuni == NULL)
    {
      /* The sample ships inside the program, so this is a broken build: say so
       * and keep the window usable rather than abort. */
      g_critical ("Cannot load the sample comuni: %s", error->message);
      self->comuni = G_LIST_MODEL (g_list_store_new (CDO_TYPE_COMUNE));
    }

  gtk_filter_list_model_set_model (self->filter_model, self->comuni);
  /* Handlers run in the order they were connected: one before the list's own. */
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_model_items_changing_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->comune_list, G_LIST_MODEL (self->filter_model),
                           create_comune_row, NULL, NULL);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_model_items_changed_cb), self, G_CONNECT_SWAPPED);
  /* Typing anywhere in the window starts a search, as in GNOME's lists. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  self->settings = open_settings ();
  restore_state (self);

  if (cdo_rules_page_get_comune (self->rules_page) == NULL)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->comune_list, 0);

      if (first != NULL)
        gtk_list_box_select_row (self->comune_list, first);
    }

  /* Start with the focus on the shown comune, so that the arrow keys move from
   * it (typing still goes to the search), and bring it into view once laid out. */
  selected = gtk_list_box_get_selected_row (self->comune_list);
  if (selected != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (selected));
  gtk_widget_add_tick_callback (GTK_WIDGET (self->comune_list), scroll_to_selected_cb, self, NULL);
}

CdoWindow *
cdo_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (CDO_TYPE_WINDOW, "application", application, NULL);
}

/**
 * cdo_window_select_comune:
 * @name: the comune's name as in the catalogue
 *
 * Selects @name among the listed comuni and shows its rules.
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

  row = find_row (self, name);
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
