/* cdo-gtk-utils.h: small helpers around GTK 4.8 for the window's classes
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Brings @position into view (GTK 4.8 has no gtk_column_view_scroll_to()). */
void       cdo_column_view_scroll_to   (GtkColumnView *view,
                                        guint          position);
/* An error dialog over @parent: @heading in title case, the error's message below. */
GtkWidget *cdo_show_error_dialog       (GtkWidget     *parent,
                                        const char    *heading,
                                        const GError  *error);

G_END_DECLS
