/* cdo-window-file.c: opening, creating and copying district files; importing into them
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal records who made each change: the workstation user's name, asked once
 * (the GSettings key actor-name) before the first file is opened. A file another
 * Circondario holds is refused with who holds it and since when; a file on a network
 * share opens with a warning, because two workstations could meet on it. Every file
 * opened or created joins the recent files.
 *
 * Imports: a district or dossier in the XML interchange format is read in a thread
 * (checked in full against the district as it is) and added in one transaction; a
 * party's spreadsheet of candidates goes into the list shown, after a preview.
 */
#define G_LOG_DOMAIN "cdo-window"

#include <string.h>

#include <glib/gi18n.h>

#include "cdo-candidate-import.h"
#include "cdo-district-xml.h"
#include "cdo-import-preview-dialog.h"
#include "cdo-window-private.h"

#define RECENT_MIME_TYPE "application/x-circondario"
#define RECENT_MAX 8

/* The workstation user */

typedef struct {
  CdoActorReadyFunc  ready;
  gpointer           user_data;
  GDestroyNotify     destroy;
  GtkEditable       *entry;
} ActorRequest;

static void
actor_request_free (ActorRequest *request)
{
  if (request->destroy != NULL)
    request->destroy (request->user_data);
  g_free (request);
}

static char *
default_actor (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && real[0] != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

static void
actor_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   CdoWindow        *self)
{
  ActorRequest *request = g_object_get_data (G_OBJECT (dialog), "cdo-request");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (request->entry)));

  if (!g_str_equal (response, "continue") || name[0] == '\0')
    {
      _cdo_window_toast (self, _("No district was opened: the journal needs a name for the "
                                 "changes made at this workstation"));
      return;
    }

  g_free (self->actor);
  self->actor = g_steal_pointer (&name);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "actor-name", self->actor);

  request->ready (self, request->user_data);
}

static void
actor_entry_changed_cb (GtkEditable      *entry,
                        AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "continue", name[0] != '\0');
}

void
_cdo_window_with_actor (CdoWindow         *self,
                        CdoActorReadyFunc  ready,
                        gpointer           user_data,
                        GDestroyNotify     destroy)
{
  g_autofree char *saved = NULL;
  g_autofree char *suggested = NULL;
  ActorRequest *request;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->actor == NULL && self->settings != NULL)
    {
      saved = g_settings_get_string (self->settings, "actor-name");
      if (saved != NULL && saved[0] != '\0')
        self->actor = g_steal_pointer (&saved);
    }

  if (self->actor != NULL)
    {
      ready (self, user_data);
      if (destroy != NULL)
        destroy (user_data);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Who Is at This Workstation?"),
                                   _("Circondario writes this name in the district's journal "
                                     "beside every change made here. It is asked only once."));
  entry = gtk_entry_new ();
  suggested = default_actor ();
  gtk_editable_set_text (GTK_EDITABLE (entry), suggested);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "continue", _("C_ontinue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "continue",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request = g_new0 (ActorRequest, 1);
  request->ready = ready;
  request->user_data = user_data;
  request->destroy = destroy;
  request->entry = GTK_EDITABLE (entry);
  g_object_set_data_full (G_OBJECT (dialog), "cdo-request", request,
                          (GDestroyNotify) actor_request_free);
  g_signal_connect_object (entry, "changed", G_CALLBACK (actor_entry_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (actor_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Recent files */

static void
add_recent (CdoWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *display_name = NULL;
  GtkRecentData data = { 0 };

  if (self->path == NULL)
    return;

  file = g_file_new_for_path (self->path);
  uri = g_file_get_uri (file);
  display_name = g_path_get_basename (self->path);
  data.display_name = display_name;
  data.mime_type = (char *) RECENT_MIME_TYPE;
  data.app_name = (char *) "circondario";
  data.app_exec = (char *) "circondario %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *x = *(GtkRecentInfo **) a;
  GtkRecentInfo *y = *(GtkRecentInfo **) b;
  g_autoptr(GDateTime) x_time = g_date_time_ref (gtk_recent_info_get_modified (x));
  g_autoptr(GDateTime) y_time = g_date_time_ref (gtk_recent_info_get_modified (y));

  return -g_date_time_compare (x_time, y_time);
}

void
_cdo_window_update_recent (CdoWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) recent = NULL;
  GtkWidget *child;

  recent = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_str_has_suffix (gtk_recent_info_get_uri (info), ".circondario")
          && gtk_recent_info_is_local (info) && gtk_recent_info_exists (info))
        g_ptr_array_add (recent, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (recent, compare_recent);

  g_menu_remove_all (self->recent_menu);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; i < recent->len && i < RECENT_MAX; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (recent, i);
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *folder = NULL;
      g_autoptr(GMenuItem) item = NULL;
      GtkWidget *row;

      if (path == NULL)
        continue;
      folder = g_path_get_dirname (path);

      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (path));
      g_menu_append_item (self->recent_menu, item);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "cdo-path", g_steal_pointer (&path), g_free);
      gtk_list_box_append (self->recent_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->recent_list)) != NULL);
}

/* Opening */

static CdoWindow *
window_with_path (CdoWindow  *self,
                  const char *path)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) wanted = g_file_new_for_path (path);

  if (app == NULL)
    return NULL;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      g_autoptr(GFile) shown = NULL;

      if (!CDO_IS_WINDOW (l->data) || l->data == self || CDO_WINDOW (l->data)->path == NULL)
        continue;
      shown = g_file_new_for_path (CDO_WINDOW (l->data)->path);
      if (g_file_equal (shown, wanted))
        return l->data;
    }

  return NULL;
}

static void
after_open (CdoWindow *self)
{
  add_recent (self);

  if (cdo_store_is_on_network_share (self->store))
    {
      AdwToast *toast = adw_toast_new (_("This district file is on a network share. Only one "
                                         "workstation may work on it at a time: copy it to "
                                         "this computer if others might open it."));

      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
open_with_actor (CdoWindow *self,
                 gpointer   user_data)
{
  GFile *file = G_FILE (user_data);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  CdoWindow *other;

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only district files on this computer or on a mounted share can "
                             "be opened."));
      _cdo_window_error (self, _("The District File Cannot Be Opened"), error);
      return;
    }

  /* A file already open in another window is shown there. */
  other = window_with_path (self, path);
  if (other != NULL)
    {
      gtk_window_present (GTK_WINDOW (other));
      return;
    }

  if (!cdo_window_load (self, path, self->actor, &error))
    {
      if (g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED))
        _cdo_window_error (self, _("The District File Is in Use"), error);
      else
        _cdo_window_error (self, _("The District File Cannot Be Opened"), error);
      return;
    }

  after_open (self);
}

void
cdo_window_open_file (CdoWindow *self,
                      GFile     *file)
{
  g_return_if_fail (CDO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _cdo_window_with_actor (self, open_with_actor, g_object_ref (file), g_object_unref);
}

static GtkFileChooserNative *
new_chooser (CdoWindow            *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept,
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  return self->chooser;
}

static void
add_district_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("District files"));
  gtk_file_filter_add_pattern (filter, "*.circondario");
  gtk_file_chooser_add_filter (chooser, filter);
}

/* The file a chooser returned, or NULL when it was dismissed (which is no error). */
static GFile *
take_chosen_file (CdoWindow            *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
  return file;
}

static void
open_response_cb (CdoWindow            *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, chooser);

  if (file != NULL)
    cdo_window_open_file (self, file);
}

void
_cdo_window_choose_open (CdoWindow *self)
{
  GtkFileChooserNative *chooser = new_chooser (self, _("Open a District"),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  add_district_filter (GTK_FILE_CHOOSER (chooser));
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Creating */

static char *
with_extension (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    return NULL;
  if (g_str_has_suffix (path, ".circondario"))
    return g_steal_pointer (&path);
  return g_strconcat (path, ".circondario", NULL);
}

static void
create_with_actor (CdoWindow *self,
                   gpointer   user_data)
{
  const char *path = user_data;
  g_autoptr(GError) error = NULL;
  CdoStore *store;

  store = cdo_store_create (path, self->actor, &error);
  if (store == NULL)
    {
      _cdo_window_error (self, _("The District File Was Not Created"), error);
      return;
    }
  /* Opened again as any district, with its lock and its first backup. */
  cdo_store_close (store);

  if (!cdo_window_load (self, path, self->actor, &error))
    {
      _cdo_window_error (self, _("The District File Cannot Be Opened"), error);
      return;
    }

  after_open (self);
  _cdo_window_toast (self, _("District created: import the district or the dossiers (Ctrl+I), "
                             "or drop their files on the window"));
}

static void
new_response_cb (CdoWindow            *self,
                 int                   response,
                 GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, chooser);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return;

  path = with_extension (file);
  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a folder on this computer or on a mounted share."));
      _cdo_window_error (self, _("The District File Was Not Created"), error);
      return;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” exists already, and a district file is never replaced. "
                     "Choose another name, or open that file."), path);
      _cdo_window_error (self, _("The District File Was Not Created"), error);
      return;
    }

  _cdo_window_with_actor (self, create_with_actor, g_steal_pointer (&path), g_free);
}

void
_cdo_window_choose_new (CdoWindow *self)
{
  GtkFileChooserNative *chooser = new_chooser (self, _("New District"),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));

  add_district_filter (GTK_FILE_CHOOSER (chooser));
  /* Translators: the suggested name of a new district file; keep ".circondario". */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("district.circondario"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (new_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Save as, and save a copy */

/* The path chosen for a new copy of the district, with its extension; NULL (and the
 * secretary told why) when there is none or the file exists: a district file is never
 * replaced. */
static char *
take_copy_path (CdoWindow            *self,
                int                   response,
                GtkFileChooserNative *chooser,
                const char           *heading)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, chooser);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->store == NULL)
    return NULL;
  path = with_extension (file);
  if (path == NULL || g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” exists already, and a district file is never replaced. "
                     "Choose another name."), path != NULL ? path : "");
      _cdo_window_error (self, heading, error);
      return NULL;
    }
  return g_steal_pointer (&path);
}

static gboolean
write_copy (CdoWindow  *self,
            const char *path,
            const char *heading)
{
  g_autoptr(GError) error = NULL;

  cdo_filing_editor_flush (self->editor);
  if (!cdo_store_save_copy (self->store, path, &error))
    {
      _cdo_window_error (self, heading, error);
      return FALSE;
    }
  return TRUE;
}

static void
save_as_response_cb (CdoWindow            *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  const char *heading = _("The District Was Not Saved");
  g_autofree char *path = take_copy_path (self, response, chooser, heading);
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || !write_copy (self, path, heading))
    return;

  old_name = g_path_get_basename (self->path);
  new_name = g_path_get_basename (path);
  if (!cdo_window_load (self, path, self->actor, &error))
    {
      _cdo_window_error (self, _("The Copy Cannot Be Opened"), error);
      return;
    }
  after_open (self);

  /* Translators: after Save As: the new file is the one being worked on. */
  message = g_strdup_printf (_("Now working on “%s”; “%s” stays as it was"),
                             new_name, old_name);
  _cdo_window_toast (self, message);
}

/* A copy for safe keeping (a USB stick, the archive): work goes on in the district file. */
static void
save_copy_response_cb (CdoWindow            *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  const char *heading = _("The Copy Was Not Saved");
  g_autofree char *path = take_copy_path (self, response, chooser, heading);
  g_autofree char *copy_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (path == NULL || !write_copy (self, path, heading))
    return;

  copy_name = g_path_get_basename (path);
  name = g_path_get_basename (self->path);
  /* Translators: after Save a Copy: the copy is kept, work goes on in the same file. */
  message = g_strdup_printf (_("Copy saved as “%s”; still working on “%s”"), copy_name, name);
  _cdo_window_toast (self, message);
}

static void
choose_copy_destination (CdoWindow  *self,
                         const char *title,
                         const char *accept,
                         GCallback   response_cb)
{
  GtkFileChooserNative *chooser;
  g_autofree char *base = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder_path = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->store == NULL)
    return;

  chooser = new_chooser (self, title, GTK_FILE_CHOOSER_ACTION_SAVE, accept);
  add_district_filter (GTK_FILE_CHOOSER (chooser));
  base = g_path_get_basename (self->path);
  stem = g_str_has_suffix (base, ".circondario") ? g_strndup (base, strlen (base) - 12)
                                                 : g_strdup (base);
  /* Translators: the suggested name of a copy, e.g. "district (copy).circondario". */
  name = g_strdup_printf (_("%s (copy).circondario"), stem);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  folder_path = g_path_get_dirname (self->path);
  folder = g_file_new_for_path (folder_path);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  g_signal_connect_object (chooser, "response", response_cb, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_cdo_window_choose_save_as (CdoWindow *self)
{
  choose_copy_destination (self, _("Save the District As"), _("_Save"),
                           G_CALLBACK (save_as_response_cb));
}

void
_cdo_window_choose_save_copy (CdoWindow *self)
{
  choose_copy_destination (self, _("Save a Copy of the District"), _("_Save Copy"),
                           G_CALLBACK (save_copy_response_cb));
}

/* For the tests, which cannot click in a native file chooser. */
gboolean
_cdo_window_save_copy (CdoWindow  *self,
                       const char *path)
{
  g_autoptr(GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” exists already, and a district file is never replaced. "
                     "Choose another name."), path);
      _cdo_window_error (self, _("The Copy Was Not Saved"), error);
      return FALSE;
    }
  return write_copy (self, path, _("The Copy Was Not Saved"));
}

/* Importing a district or a dossier (XML) */

/* A file is read in a thread while the secretary goes on working: by the time it is read
 * the district may have been closed or another opened (closing cancels the reading, and
 * the district's path is compared all the same), or the list it was meant for removed.
 * It then goes nowhere, and the secretary is told. */
static void
tell_district_closed (CdoWindow  *self,
                      const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;

  /* A window being closed has nobody to tell. */
  if (self->toast_overlay == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)))
    return;
  /* Translators: a file dropped or imported while another district was opened. */
  message = g_strdup_printf (_("“%s” was not imported: its district was closed while the file "
                               "was read. Import it again."), name);
  _cdo_window_toast (self, message);
}

static gboolean
district_still_open (CdoWindow    *self,
                     const char   *district_path,
                     const GError *error)
{
  return !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
         && self->store != NULL && g_strcmp0 (self->path, district_path) == 0;
}

typedef struct {
  char        *path;
  char        *district_path;
  CdoDistrict *target;
} XmlImport;

static void
xml_import_free (XmlImport *import)
{
  g_free (import->path);
  g_free (import->district_path);
  g_clear_pointer (&import->target, cdo_district_free);
  g_free (import);
}

static void
read_xml_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  XmlImport *import = task_data;
  GError *error = NULL;
  CdoDistrict *incoming;

  incoming = cdo_district_xml_read_file (import->path, import->target, &error);
  if (incoming == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, incoming, (GDestroyNotify) cdo_district_free);
}

static void
count_district (CdoDistrict *district,
                guint       *comuni,
                guint       *candidacies,
                guint       *lists)
{
  *comuni = district->comuni->len;
  *candidacies = *lists = 0;
  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      *candidacies += comune->candidacies->len;
      *lists += comune->lists->len;
      for (guint j = 0; j < comune->candidacies->len; j++)
        *lists += ((CdoCandidacy *) g_ptr_array_index (comune->candidacies, j))->lists->len;
    }
}

/* "1 comune, 1 mayoral candidacy, 2 lists" */
static char *
describe_counts (guint comuni,
                 guint candidacies,
                 guint lists)
{
  g_autofree char *comuni_text = NULL;
  g_autofree char *candidacies_text = NULL;
  g_autofree char *lists_text = NULL;

  comuni_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u comune", "%u comuni", comuni),
                                 comuni);
  candidacies_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mayoral candidacy",
                                                   "%u mayoral candidacies", candidacies),
                                      candidacies);
  lists_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u list", "%u lists", lists),
                                lists);
  /* Translators: the three counts of an import, joined. */
  return g_strdup_printf (_("%s, %s, %s"), comuni_text, candidacies_text, lists_text);
}

static void
read_xml_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  CdoWindow *self = CDO_WINDOW (object);
  g_autoptr(CdoDistrict) incoming = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *message = NULL;
  g_autofree char *counts = NULL;
  XmlImport *import = g_task_get_task_data (G_TASK (result));
  guint comuni, candidacies, lists;

  incoming = g_task_propagate_pointer (G_TASK (result), &error);
  if (!district_still_open (self, import->district_path, error))
    {
      tell_district_closed (self, import->path);
      return;
    }
  if (incoming == NULL)
    {
      _cdo_window_error (self, _("The File Was Not Imported"), error);
      return;
    }

  name = g_path_get_basename (import->path);
  /* Translators: the journal's description of an import, e.g. "Import of dossier-isernia.xml". */
  description = g_strdup_printf (_("Import of %s"), name);
  cdo_filing_editor_flush (self->editor);
  if (!cdo_store_import_district (self->store, incoming, description, &error))
    {
      _cdo_window_error (self, _("The File Was Not Imported"), error);
      return;
    }

  count_district (incoming, &comuni, &candidacies, &lists);
  _cdo_window_reload (self);
  counts = describe_counts (comuni, candidacies, lists);
  /* Translators: after an import, e.g. "“dossier.xml” imported: 1 comune, 1 mayoral
   * candidacy, 2 lists". */
  message = g_strdup_printf (_("“%s” imported: %s"), name, counts);
  _cdo_window_toast (self, message);

  if (comuni == 1 && self->snapshot != NULL)
    {
      CdoComuneRecord *comune = g_ptr_array_index (incoming->comuni, 0);

      cdo_window_select_comune (self, comune->name);
    }
}

static void
import_xml (CdoWindow *self,
            GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  XmlImport *import;

  import = g_new0 (XmlImport, 1);
  import->path = g_file_get_path (file);
  import->district_path = g_strdup (self->path);
  /* The thread checks the file against a copy of the district of its own. */
  import->target = cdo_store_load_district (self->store, &error);
  if (import->path == NULL || import->target == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Only files on this computer or on a mounted share can be "
                               "imported."));
      xml_import_free (import);
      _cdo_window_error (self, _("The File Was Not Imported"), error);
      return;
    }

  task = g_task_new (self, self->cancellable, read_xml_cb, NULL);
  g_task_set_source_tag (task, import_xml);
  g_task_set_task_data (task, import, (GDestroyNotify) xml_import_free);
  g_task_run_in_thread (task, read_xml_thread);
}

/* Importing candidates from a spreadsheet */

static void
preview_imported_cb (CdoWindow *self,
                     guint      n_inserted)
{
  g_autofree char *message = NULL;

  g_assert (CDO_IS_WINDOW (self));

  _cdo_window_reload (self);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate imported",
                                          "%u candidates imported", n_inserted),
                             n_inserted);
  _cdo_window_toast (self, message);
}

/* The list shown when the spreadsheet was dropped is the one it goes into. */
typedef struct {
  CdoWindow *window;
  char      *path;
  char      *district_path;
  gint64     list_row_id;
} SheetImport;

static void
sheet_import_free (SheetImport *sheet)
{
  g_object_unref (sheet->window);
  g_free (sheet->path);
  g_free (sheet->district_path);
  g_free (sheet);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SheetImport, sheet_import_free)

static void
read_sheet_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SheetImport) sheet = user_data;
  CdoWindow *self = sheet->window;
  g_autoptr(CdoCandidateImport) import = NULL;
  g_autoptr(GError) error = NULL;
  CdoImportPreviewDialog *dialog;
  CdoCandidateList *list;

  import = cdo_candidate_import_new_from_file_finish (result, &error);
  if (!district_still_open (self, sheet->district_path, error))
    {
      tell_district_closed (self, sheet->path);
      return;
    }
  if (import == NULL)
    {
      _cdo_window_error (self, _("The Spreadsheet Cannot Be Read"), error);
      return;
    }

  cdo_filing_editor_flush (self->editor);
  list = self->snapshot != NULL ? cdo_snapshot_find_list (self->snapshot, sheet->list_row_id,
                                                          NULL, NULL)
                                : NULL;
  if (list == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The list was removed while the spreadsheet was read: nothing was "
                             "imported. Choose the filing of a list and import the spreadsheet "
                             "again."));
      _cdo_window_error (self, _("The Spreadsheet Was Not Imported"), error);
      return;
    }

  dialog = cdo_import_preview_dialog_new (GTK_WINDOW (self), import, self->store, list->row_id,
                                          (int) list->candidates->len + 1,
                                          list->name != NULL ? list->name : "");
  g_signal_connect_object (dialog, "imported", G_CALLBACK (preview_imported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_sheet (CdoWindow *self,
              GFile     *file)
{
  g_autoptr(GError) error = NULL;
  CdoCandidateList *list = cdo_filing_editor_get_list (self->editor);
  SheetImport *sheet;

  if (list == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Candidates from a spreadsheet go into a list: choose the filing of "
                             "that list, then import the spreadsheet again."));
      _cdo_window_error (self, _("Choose a List First"), error);
      return;
    }

  sheet = g_new0 (SheetImport, 1);
  sheet->window = g_object_ref (self);
  sheet->path = g_file_get_parse_name (file);
  sheet->district_path = g_strdup (self->path);
  sheet->list_row_id = list->row_id;
  cdo_candidate_import_new_from_file_async (file, self->cancellable, read_sheet_cb, sheet);
}

static gboolean
looks_like_xml (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_str_has_suffix (lower, ".xml");
}

void
_cdo_window_import_file (CdoWindow *self,
                         GFile     *file)
{
  g_return_if_fail (CDO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    {
      g_autoptr(GError) error = NULL;

      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Open or create a district file first, then import into it."));
      _cdo_window_error (self, _("No District Open"), error);
      return;
    }

  /* XML is a district or a dossier; anything else must be a spreadsheet, and the
   * spreadsheet reader tells by the content (a PDF is refused with a reason). */
  if (looks_like_xml (file))
    import_xml (self, file);
  else
    import_sheet (self, file);
}

static void
import_response_cb (CdoWindow            *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = take_chosen_file (self, response, chooser);

  if (file != NULL)
    _cdo_window_import_file (self, file);
}

void
_cdo_window_choose_import (CdoWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) sheets = gtk_file_filter_new ();
  static const char *sheet_patterns[] = { "*.csv", "*.ods", "*.xlsx", "*.CSV", "*.ODS", "*.XLSX" };

  if (self->store == NULL)
    return;

  chooser = new_chooser (self, _("Import a Dossier or Candidates"), GTK_FILE_CHOOSER_ACTION_OPEN,
                         _("_Import"));
  gtk_file_filter_set_name (all, _("Dossiers and spreadsheets"));
  gtk_file_filter_set_name (xml, _("Districts and dossiers (XML)"));
  gtk_file_filter_set_name (sheets, _("Candidates of the list shown (CSV, ODS, XLSX)"));
  gtk_file_filter_add_pattern (all, "*.xml");
  gtk_file_filter_add_pattern (all, "*.XML");
  gtk_file_filter_add_pattern (xml, "*.xml");
  gtk_file_filter_add_pattern (xml, "*.XML");
  for (guint i = 0; i < G_N_ELEMENTS (sheet_patterns); i++)
    {
      gtk_file_filter_add_pattern (all, sheet_patterns[i]);
      gtk_file_filter_add_pattern (sheets, sheet_patterns[i]);
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xml);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), sheets);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
