/* cdo-comune.c: a municipality as a value object */
#include "cdo-comune.h"

struct _CdoComune
{
  GObject  parent_instance;
  char    *name;
  char    *province;
  char    *region;
  gint64   population;
  char    *population_source;
  gboolean capoluogo;
};

G_DEFINE_FINAL_TYPE (CdoComune, cdo_comune, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PROVINCE,
  PROP_REGION,
  PROP_POPULATION,
  PROP_POPULATION_SOURCE,
  PROP_CAPOLUOGO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cdo_comune_finalize (GObject *object)
{
  CdoComune *self = CDO_COMUNE (object);

  g_free (self->name);
  g_free (self->province);
  g_free (self->region);
  g_free (self->population_source);
  G_OBJECT_CLASS (cdo_comune_parent_class)->finalize (object);
}

static void
cdo_comune_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CdoComune *self = CDO_COMUNE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PROVINCE:
      g_value_set_string (value, self->province);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_POPULATION:
      g_value_set_int64 (value, self->population);
      break;
    case PROP_POPULATION_SOURCE:
      g_value_set_string (value, self->population_source);
      break;
    case PROP_CAPOLUOGO:
      g_value_set_boolean (value, self->capoluogo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_comune_class_init (CdoComuneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cdo_comune_finalize;
  object_class->get_property = cdo_comune_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_PROVINCE] = g_param_spec_string ("province", NULL, NULL, NULL, flags);
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, NULL, flags);
  properties[PROP_POPULATION] = g_param_spec_int64 ("population", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_POPULATION_SOURCE] = g_param_spec_string ("population-source", NULL, NULL,
                                                            NULL, flags);
  properties[PROP_CAPOLUOGO] = g_param_spec_boolean ("capoluogo", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cdo_comune_init (CdoComune *self)
{
}

CdoComune *
cdo_comune_new (const char *name,
                const char *province,
                const char *region,
                gint64      population,
                const char *population_source,
                gboolean    capoluogo)
{
  CdoComune *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (population >= 0, NULL);

  self = g_object_new (CDO_TYPE_COMUNE, NULL);
  self->name = g_strdup (name);
  self->province = g_strdup (province);
  self->region = g_strdup (region);
  self->population = population;
  self->population_source = g_strdup (population_source);
  self->capoluogo = capoluogo;
  return self;
}

const char *
cdo_comune_get_name (CdoComune *self)
{
  g_return_val_if_fail (CDO_IS_COMUNE (self), NULL);
  return self->name;
}

const char *
cdo_comune_get_province (CdoComune *self)
{
  g_return_val_if_fail (CDO_IS_COMUNE (self), NULL);
  return self->province;
}

const char *
cdo_comune_get_region (CdoComune *self)
{
  g_return_val_if_fail (CDO_IS_COMUNE (self), NULL);
  return self->region;
}

gint64
cdo_comune_get_population (CdoComune *self)
{
  g_return_val_if_fail (CDO_IS_COMUNE (self), 0);
  return self->population;
}

const char *
cdo_comune_get_population_source (CdoComune *self)
{
  g_return_val_if_fail (CDO_IS_COMUNE (self), NULL);
  return self->population_source;
}

gboolean
cdo_comune_get_capoluogo (CdoComune *self)
{
  g_return_val_if_fail (CDO_IS_COMUNE (self), FALSE);
  return self->capoluogo;
}
