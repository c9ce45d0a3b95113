/* cdo-document-catalog.c: reading data/documents/catalog.xml
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema checks the shape; this file checks that no kind is named twice and keeps the
 * strings in one chunk that lives as long as the catalogue.
 */
#define G_LOG_DOMAIN "cdo-document-catalog"

#include <glib/gi18n-lib.h>

#include "cdo-document-catalog.h"
#include "cdo-rule-book-private.h"
#include "cdo-xml.h"

#define SCHEMA_RESOURCE  RESOURCE_BASE_PATH "/documents/catalog.rng"
#define CATALOG_RESOURCE RESOURCE_BASE_PATH "/documents/catalog.xml"
#define MAX_CATALOG_SIZE (1024 * 1024)

struct _CdoDocumentCatalog {
  GStringChunk *strings;
  GArray       *kinds;    /* CdoDocumentKind */
};

G_DEFINE_QUARK (cdo-document-catalog-error-quark, cdo_document_catalog_error)

static const struct {
  const char             *name;
  CdoDocumentRequirement  required;
} requirement_names[] = {
  { "always", CDO_DOCUMENT_REQUIRED_ALWAYS },
  { "eu-citizen", CDO_DOCUMENT_REQUIRED_EU_CITIZEN },
  { "population-over", CDO_DOCUMENT_REQUIRED_POPULATION_OVER },
  { "over-15000-system", CDO_DOCUMENT_REQUIRED_OVER_15000_SYSTEM },
  { "party-symbol", CDO_DOCUMENT_REQUIRED_PARTY_SYMBOL },
  { "signatures-required", CDO_DOCUMENT_REQUIRED_SIGNATURES },
};

static const char *const holder_names[] = { "candidate", "mayor", "list" };

const char *
cdo_document_holder_to_string (CdoDocumentHolder holder)
{
  for (guint i = 0; i < G_N_ELEMENTS (holder_names); i++)
    if (holder == (CdoDocumentHolder) (1 << i))
      return holder_names[i];
  g_return_val_if_reached (NULL);
}

gboolean
cdo_document_holder_from_string (const char        *text,
                                 CdoDocumentHolder *out_holder)
{
  g_return_val_if_fail (out_holder != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (holder_names); i++)
    if (g_strcmp0 (text, holder_names[i]) == 0)
      {
        *out_holder = (CdoDocumentHolder) (1 << i);
        return TRUE;
      }
  return FALSE;
}

void
cdo_document_catalog_free (CdoDocumentCatalog *self)
{
  if (self == NULL)
    return;
  g_string_chunk_free (self->strings);
  g_array_unref (self->kinds);
  g_free (self);
}

static const char *
chunk_attr (CdoDocumentCatalog *self,
            xmlNode            *node,
            const char         *name)
{
  g_autofree char *value = cdo_xml_get_attr (node, name);

  return value ? g_string_chunk_insert_const (self->strings, value) : NULL;
}

static gboolean
read_kind (CdoDocumentCatalog  *self,
           xmlNode             *node,
           const char          *origin,
           GError             **error)
{
  g_autofree char *applies_to = cdo_xml_get_attr (node, "applies-to");
  g_autofree char *required = cdo_xml_get_attr (node, "required");
  g_autofree char *verified = cdo_xml_get_attr (node, "verified");
  g_autofree char *population = cdo_xml_get_attr (node, "population");
  g_auto(GStrv) holders = g_strsplit_set (applies_to, " \t\r\n", -1);
  CdoDocumentKind kind = { 0 };

  kind.name = chunk_attr (self, node, "name");
  kind.label = chunk_attr (self, node, "label");
  kind.label_it = chunk_attr (self, node, "label-it");
  kind.citation = chunk_attr (self, node, "citation");
  kind.note = chunk_attr (self, node, "note");
  kind.verified = g_strcmp0 (verified, "yes") == 0;
  for (guint i = 0; holders[i] != NULL; i++)
    {
      CdoDocumentHolder holder;

      if (cdo_document_holder_from_string (holders[i], &holder))
        kind.holders |= holder;
    }
  for (guint i = 0; i < G_N_ELEMENTS (requirement_names); i++)
    if (g_strcmp0 (required, requirement_names[i].name) == 0)
      kind.required = requirement_names[i].required;
  if (population != NULL
      && !g_ascii_string_to_signed (population, 10, 0, G_MAXINT32,
                                    &kind.population_over, NULL))
    {
      g_set_error (error, CDO_DOCUMENT_CATALOG_ERROR, CDO_DOCUMENT_CATALOG_ERROR_INVALID,
                   _("%s, line %ld: the population “%s” is too large."),
                   origin, xmlGetLineNo (node), population);
      return FALSE;
    }
  if (cdo_document_catalog_lookup (self, kind.name) != NULL)
    {
      g_set_error (error, CDO_DOCUMENT_CATALOG_ERROR, CDO_DOCUMENT_CATALOG_ERROR_INVALID,
                   _("%s, line %ld: the kind “%s” is described twice. Keep one."),
                   origin, xmlGetLineNo (node), kind.name);
      return FALSE;
    }
  g_array_append_val (self->kinds, kind);
  return TRUE;
}

CdoDocumentCatalog *
cdo_document_catalog_load_bytes (GBytes      *xml,
                                 const char  *origin,
                                 GError     **error)
{
  g_autoptr(CdoDocumentCatalog) self = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cdo_core_ensure_resources ();
  doc = cdo_xml_parse (xml, origin, MAX_CATALOG_SIZE, error);
  if (doc == NULL || !cdo_xml_validate (doc, SCHEMA_RESOURCE, origin, error))
    return NULL;

  self = g_new0 (CdoDocumentCatalog, 1);
  self->strings = g_string_chunk_new (1024);
  self->kinds = g_array_new (FALSE, TRUE, sizeof (CdoDocumentKind));
  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    if (cdo_xml_is_element (node, "kind") && !read_kind (self, node, origin, error))
      return NULL;
  return g_steal_pointer (&self);
}

CdoDocumentCatalog *
cdo_document_catalog_get_default (void)
{
  static CdoDocumentCatalog *catalog;

  if (g_once_init_enter (&catalog))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      CdoDocumentCatalog *loaded;

      cdo_core_ensure_resources ();
      bytes = g_resources_lookup_data (CATALOG_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      loaded = bytes ? cdo_document_catalog_load_bytes (bytes, "data/documents/catalog.xml", &error)
                     : NULL;
      /* Shipped data: a broken catalogue is a bug in the program, not in the user's files. */
      if (loaded == NULL)
        g_error ("The document catalogue shipped with the program is broken: %s", error->message);
      g_once_init_leave (&catalog, loaded);
    }
  return catalog;
}

guint
cdo_document_catalog_get_n_kinds (CdoDocumentCatalog *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->kinds->len;
}

const CdoDocumentKind *
cdo_document_catalog_get_kind (CdoDocumentCatalog *self,
                               guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->kinds->len, NULL);

  return &g_array_index (self->kinds, CdoDocumentKind, index);
}

const CdoDocumentKind *
cdo_document_catalog_lookup (CdoDocumentCatalog *self,
                             const char         *name)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (name == NULL)
    return NULL;
  for (guint i = 0; i < self->kinds->len; i++)
    {
      const CdoDocumentKind *kind = &g_array_index (self->kinds, CdoDocumentKind, i);

      if (g_str_equal (kind->name, name))
        return kind;
    }
  return NULL;
}

char *
cdo_document_catalog_list_names (CdoDocumentCatalog *self,
                                 CdoDocumentHolder   holder)
{
  GString *names = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->kinds->len; i++)
    {
      const CdoDocumentKind *kind = &g_array_index (self->kinds, CdoDocumentKind, i);

      if (!cdo_document_kind_applies_to (kind, holder))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, kind->name);
    }
  return g_string_free (names, FALSE);
}

const char *
cdo_document_kind_get_label (const CdoDocumentKind *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, kind->label);
}

gboolean
cdo_document_kind_applies_to (const CdoDocumentKind *kind,
                              CdoDocumentHolder      holder)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  return (kind->holders & holder) != 0;
}

gboolean
cdo_document_kind_is_required (const CdoDocumentKind    *kind,
                               CdoDocumentHolder         holder,
                               const CdoDocumentContext *context)
{
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (context != NULL, FALSE);

  if (!cdo_document_kind_applies_to (kind, holder))
    return FALSE;
  switch (kind->required)
    {
    case CDO_DOCUMENT_REQUIRED_ALWAYS:
      return TRUE;
    case CDO_DOCUMENT_REQUIRED_EU_CITIZEN:
      return context->eu_citizen;
    case CDO_DOCUMENT_REQUIRED_POPULATION_OVER:
      return context->population > kind->population_over;
    case CDO_DOCUMENT_REQUIRED_OVER_15000_SYSTEM:
      return context->over_15000_system;
    case CDO_DOCUMENT_REQUIRED_PARTY_SYMBOL:
      return context->party_symbol;
    case CDO_DOCUMENT_REQUIRED_SIGNATURES:
      return context->signatures_required;
    default:
      g_return_val_if_reached (FALSE);
    }
}
