/* cdo-incomplete-icon.h: a warning sign on a filing an export would refuse
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CDO_TYPE_INCOMPLETE_ICON (cdo_incomplete_icon_get_type ())

G_DECLARE_FINAL_TYPE (CdoIncompleteIcon, cdo_incomplete_icon, CDO, INCOMPLETE_ICON, GtkWidget)

GtkWidget  *cdo_incomplete_icon_new      (void);
const char *cdo_incomplete_icon_get_text (CdoIncompleteIcon *self);
/* What is missing ("Incomplete: …"), or NULL: the icon is shown only with a text. */
void        cdo_incomplete_icon_set_text (CdoIncompleteIcon *self,
                                          const char        *text);

G_END_DECLS
