/* cdo-incomplete-icon.c: a warning sign on a filing an export would refuse
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of the filings table says what is still missing with a small icon whose tooltip
 * and accessible description are the words: a table row cannot set an accessible
 * description through a binding, so the icon is a widget of its own with a "text"
 * property that a list item factory binds.
 */
#define G_LOG_DOMAIN "cdo-incomplete-icon"

#include <glib/gi18n.h>

#include "cdo-incomplete-icon.h"

struct _CdoIncompleteIcon
{
  GtkWidget  parent_instance;

  GtkWidget *image;
  char      *text;
};

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CdoIncompleteIcon, cdo_incomplete_icon, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
cdo_incomplete_icon_dispose (GObject *object)
{
  CdoIncompleteIcon *self = CDO_INCOMPLETE_ICON (object);

  g_clear_pointer (&self->image, gtk_widget_unparent);

  G_OBJECT_CLASS (cdo_incomplete_icon_parent_class)->dispose (object);
}

static void
cdo_incomplete_icon_finalize (GObject *object)
{
  CdoIncompleteIcon *self = CDO_INCOMPLETE_ICON (object);

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (cdo_incomplete_icon_parent_class)->finalize (object);
}

static void
cdo_incomplete_icon_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CdoIncompleteIcon *self = CDO_INCOMPLETE_ICON (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_incomplete_icon_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CdoIncompleteIcon *self = CDO_INCOMPLETE_ICON (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      cdo_incomplete_icon_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_incomplete_icon_class_init (CdoIncompleteIconClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_incomplete_icon_dispose;
  object_class->finalize = cdo_incomplete_icon_finalize;
  object_class->get_property = cdo_incomplete_icon_get_property;
  object_class->set_property = cdo_incomplete_icon_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cdo-incomplete-icon");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cdo_incomplete_icon_init (CdoIncompleteIcon *self)
{
  self->image = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_widget_set_parent (self->image, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the accessible name of the warning icon on
                                   * a filing that is not complete. */
                                  _("Incomplete"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
cdo_incomplete_icon_new (void)
{
  return g_object_new (CDO_TYPE_INCOMPLETE_ICON, NULL);
}

const char *
cdo_incomplete_icon_get_text (CdoIncompleteIcon *self)
{
  g_return_val_if_fail (CDO_IS_INCOMPLETE_ICON (self), NULL);

  return self->text;
}

void
cdo_incomplete_icon_set_text (CdoIncompleteIcon *self,
                              const char        *text)
{
  g_return_if_fail (CDO_IS_INCOMPLETE_ICON (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_visible (GTK_WIDGET (self), text != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
