/* cdo-comune-row.c: a comune in the sidebar: name, province and population
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The population is on the row because it decides most of the rules: a member
 * looking for "the comune over 15,000" finds it without opening it.
 */
#define G_LOG_DOMAIN "cdo-comune-row"

#include <glib/gi18n.h>

#include "cdo-comune-row.h"
#include "cdo-format.h"

struct _CdoComuneRow
{
  GtkListBoxRow  parent_instance;

  CdoComune     *comune;
};

enum {
  PROP_0,
  PROP_COMUNE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CdoComuneRow, cdo_comune_row, GTK_TYPE_LIST_BOX_ROW)

static GParamSpec *properties[N_PROPS];

static char *
format_details (CdoComuneRow *self,
                CdoComune    *comune)
{
  g_autofree char *population = NULL;

  if (comune == NULL)
    return NULL;

  population = cdo_format_population (cdo_comune_get_population (comune));
  /* Translators: province and population of a comune, e.g. "Asti · 10,372 inhabitants". */
  return g_strdup_printf (_("%s · %s inhabitants"), cdo_comune_get_province (comune), population);
}

static void
cdo_comune_row_constructed (GObject *object)
{
  CdoComuneRow *self = CDO_COMUNE_ROW (object);

  G_OBJECT_CLASS (cdo_comune_row_parent_class)->constructed (object);

  /* Accessibility tools (and the end-to-end test) find the row by its comune. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cdo_comune_get_name (self->comune),
                                  -1);
}

static void
cdo_comune_row_dispose (GObject *object)
{
  CdoComuneRow *self = CDO_COMUNE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CDO_TYPE_COMUNE_ROW);
  g_clear_object (&self->comune);

  G_OBJECT_CLASS (cdo_comune_row_parent_class)->dispose (object);
}

static void
cdo_comune_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CdoComuneRow *self = CDO_COMUNE_ROW (object);

  switch (prop_id)
    {
    case PROP_COMUNE:
      g_value_set_object (value, self->comune);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_comune_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CdoComuneRow *self = CDO_COMUNE_ROW (object);

  switch (prop_id)
    {
    case PROP_COMUNE:
      self->comune = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_comune_row_class_init (CdoComuneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cdo_comune_row_constructed;
  object_class->dispose = cdo_comune_row_dispose;
  object_class->get_property = cdo_comune_row_get_property;
  object_class->set_property = cdo_comune_row_set_property;

  /* A row shows one comune for its whole life, so the property is construct-only. */
  properties[PROP_COMUNE] =
    g_param_spec_object ("comune", NULL, NULL, CDO_TYPE_COMUNE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-comune-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, format_details);
}

static void
cdo_comune_row_init (CdoComuneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cdo_comune_row_new (CdoComune *comune)
{
  g_return_val_if_fail (CDO_IS_COMUNE (comune), NULL);

  return g_object_new (CDO_TYPE_COMUNE_ROW, "comune", comune, NULL);
}

CdoComune *
cdo_comune_row_get_comune (CdoComuneRow *self)
{
  g_return_val_if_fail (CDO_IS_COMUNE_ROW (self), NULL);

  return self->comune;
}
