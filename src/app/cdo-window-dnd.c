/* cdo-window-dnd.c: files dropped on the window
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A district file opens; a district or dossier (XML) is imported into the district
 * shown; a spreadsheet (CSV, ODS, XLSX) is previewed for import into the list shown.
 * Several files are taken one after the other.
 */
#define G_LOG_DOMAIN "cdo-window"

#include "cdo-window-private.h"

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CdoWindow     *self)
{
  GSList *files;
  gboolean any;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  any = files != NULL;
  for (GSList *l = files; l != NULL; l = l->next)
    {
      GFile *file = l->data;
      g_autofree char *name = g_file_get_basename (file);

      if (name != NULL && g_str_has_suffix (name, ".circondario"))
        cdo_window_open_file (self, file);
      else
        _cdo_window_import_file (self, file);
    }
  g_slist_free (files);

  return any;
}

void
_cdo_window_dnd_init (CdoWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
