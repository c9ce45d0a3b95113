/* cdo-check-button.h: a check button that assistive technologies can toggle
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CDO_TYPE_CHECK_BUTTON (cdo_check_button_get_type ())

G_DECLARE_FINAL_TYPE (CdoCheckButton, cdo_check_button, CDO, CHECK_BUTTON, GtkCheckButton)

GtkWidget *cdo_check_button_new (const char *label);

G_END_DECLS
