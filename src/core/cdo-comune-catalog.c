/* cdo-comune-catalog.c: reading the comuni catalogue shipped in data/comuni */
#include <glib/gi18n-lib.h>

#include "cdo-comune-catalog.h"
#include "cdo-rule-book-private.h"
#include "cdo-xml.h"

#define SCHEMA_RESOURCE RESOURCE_BASE_PATH "/comuni/comuni.rng"
#define SAMPLE_RESOURCE RESOURCE_BASE_PATH "/comuni/sample.xml"
#define MAX_CATALOG_SIZE (16 * 1024 * 1024)

static CdoComune *
comune_from_node (xmlNode *node)
{
  g_autofree char *name = cdo_xml_get_attr (node, "name");
  g_autofree char *province = cdo_xml_get_attr (node, "province");
  g_autofree char *region = cdo_xml_get_attr (node, "region");
  g_autofree char *population = cdo_xml_get_attr (node, "population");
  g_autofree char *source = cdo_xml_get_attr (node, "population-source");
  g_autofree char *capoluogo = cdo_xml_get_attr (node, "capoluogo");
  guint64 inhabitants = 0;

  /* The schema guarantees a non-negative integer; only the range is left to check. */
  if (!g_ascii_string_to_unsigned (population, 10, 0, G_MAXINT64, &inhabitants, NULL))
    return NULL;
  return cdo_comune_new (name, province, region, (gint64) inhabitants, source,
                         g_strcmp0 (capoluogo, "yes") == 0);
}

GListModel *
cdo_comune_catalog_load_bytes (GBytes     *xml,
                               const char *origin,
                               GError    **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GListStore) store = NULL;

  cdo_core_ensure_resources ();
  doc = cdo_xml_parse (xml, origin, MAX_CATALOG_SIZE, error);
  if (doc == NULL || !cdo_xml_validate (doc, SCHEMA_RESOURCE, origin, error))
    return NULL;

  store = g_list_store_new (CDO_TYPE_COMUNE);
  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node; node = node->next)
    {
      g_autoptr(CdoComune) comune = NULL;

      if (!cdo_xml_is_element (node, "comune"))
        continue;
      comune = comune_from_node (node);
      if (comune == NULL)
        {
          g_set_error (error, CDO_XML_ERROR, CDO_XML_ERROR_INVALID,
                       _("%s, line %ld: the population is too large"), origin, xmlGetLineNo (node));
          return NULL;
        }
      g_list_store_append (store, comune);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
cdo_comune_catalog_load_sample (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  cdo_core_ensure_resources ();
  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return cdo_comune_catalog_load_bytes (bytes, "data/comuni/sample.xml", error);
}
