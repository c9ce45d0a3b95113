/* cdo-check-button.c: a check button that assistive technologies can toggle
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 gives a GtkCheckButton no AT-SPI action, so a screen reader's user (and the
 * end-to-end tests, which drive the window as one) could read the documents' boxes but
 * not tick them. GTK exposes a widget's own actions instead; this subclass installs
 * "check.toggle", which does what a click does.
 */
#define G_LOG_DOMAIN "cdo-check-button"

#include "cdo-check-button.h"

struct _CdoCheckButton
{
  GtkCheckButton parent_instance;
};

G_DEFINE_FINAL_TYPE (CdoCheckButton, cdo_check_button, GTK_TYPE_CHECK_BUTTON)

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkCheckButton *button = GTK_CHECK_BUTTON (widget);

  if (gtk_widget_is_sensitive (widget))
    gtk_check_button_set_active (button, !gtk_check_button_get_active (button));
}

static void
cdo_check_button_class_init (CdoCheckButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "check.toggle", NULL, toggle_action);
}

static void
cdo_check_button_init (CdoCheckButton *self)
{
}

GtkWidget *
cdo_check_button_new (const char *label)
{
  return g_object_new (CDO_TYPE_CHECK_BUTTON, "label", label, "use-underline", TRUE, NULL);
}
