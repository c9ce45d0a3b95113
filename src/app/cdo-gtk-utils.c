/* cdo-gtk-utils.c: small helpers around GTK 4.8 for the window's classes
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cdo-gtk-utils"

#include <glib/gi18n.h>

#include "cdo-gtk-utils.h"

/* The column view keeps its rows in a GtkListView child, which carries the list's
 * "list.scroll-to-item" action; actions are looked up from a widget upwards, so it
 * has to be activated there. */
void
cdo_column_view_scroll_to (GtkColumnView *view,
                           guint          position)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        return;
      }
}

/**
 * cdo_show_error_dialog:
 *
 * Returns: (transfer none): the dialog, already presented
 */
GtkWidget *
cdo_show_error_dialog (GtkWidget    *parent,
                       const char   *heading,
                       const GError *error)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
