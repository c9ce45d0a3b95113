/* cdo-district-values.c: the reader's first pass, over every attribute of the file
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs before the schema so that a misspelt attribute, an impossible date, a bad sex or an
 * unknown document kind is refused with a message that names it and says what to write;
 * the schema alone would say "failed to validate attributes". It also checks the length of
 * names, which the schema leaves to it (see the comment in district.rng).
 */
#define G_LOG_DOMAIN "cdo-district-xml"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-district-reader-private.h"
#include "cdo-xml.h"

/* The short name the passes use (cdo-district-reader.c). */
#define fail _cdo_district_reader_fail

typedef CdoDistrictReader Reader;

static const char *const date_attributes[] = {
  "first-day", "second-day", "runoff-first-day", "runoff-second-day",
  "born", "from", "to", "authenticated",
};

static gboolean
check_document_kind (Reader   *self,
                     xmlNode  *node,
                     GError  **error)
{
  g_autofree char *kind_name = cdo_xml_get_attr (node, "kind");
  g_autofree char *names = NULL;
  const CdoDocumentKind *kind;
  CdoDocumentHolder holder;

  /* A <document> anywhere else is the schema's to refuse. */
  if (kind_name == NULL || node->parent == NULL || node->parent->type != XML_ELEMENT_NODE
      || !cdo_document_holder_from_string ((const char *) node->parent->name, &holder))
    return TRUE;
  kind = cdo_document_catalog_lookup (self->catalog, kind_name);
  if (kind != NULL && cdo_document_kind_applies_to (kind, holder))
    return TRUE;
  names = cdo_document_catalog_list_names (self->catalog, holder);
  if (kind == NULL)
    return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                 _("“%s” is not a kind of document. The kinds a <%s> can file are: %s."),
                 kind_name, (const char *) node->parent->name, names);
  return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
               _("a <%s> does not file the document “%s”. Its kinds are: %s."),
               (const char *) node->parent->name, kind_name, names);
}

/* The attributes of each element, so that a misspelt or missing one is named in the message
 * (the schema would say "failed to validate attributes"). The schema stays the authority:
 * this table only words its refusals better, and test-district-xml reads a file that uses
 * every attribute of the format. */
typedef struct {
  const char *element;
  const char *required[4];
  const char *optional[8];
} ElementAttributes;

static const ElementAttributes element_attributes[] = {
  { "circondario", { "format" }, { NULL } },
  { "election", { "first-day" }, { "second-day", "runoff-first-day", "runoff-second-day" } },
  { "comune", { "name", "province", "population" },
    { "istat", "region", "population-source", "capoluogo" } },
  { "candidacy", { "id" }, { NULL } },
  { "mayor", { "surname", "given-names" },
    { "sex", "born", "birthplace", "eu-state", "consecutive-terms" } },
  { "term", { "from", "ended" }, { "to" } },
  { "list", { "id", "name" },
    { "symbol", "filed", "filed-recorded-at", "signatures", "party-symbol", "supports" } },
  { "link", { "list" }, { NULL } },
  { "symbol-data", { "media-type" }, { NULL } },
  { "delegate", { "surname", "given-names" }, { NULL } },
  { "signatory", { "surname", "given-names" }, { "born", "authenticated" } },
  { "candidate", { "surname", "given-names" }, { "sex", "born", "birthplace", "eu-state" } },
  { "document", { "kind" }, { "complete" } },
};

static gboolean
names_contain (const char *const *names,
               guint               n_names,
               const char         *name)
{
  for (guint i = 0; i < n_names && names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return TRUE;
  return FALSE;
}

static gboolean
check_attribute_names (Reader   *self,
                       xmlNode  *node,
                       GError  **error)
{
  const char *element = (const char *) node->name;
  const ElementAttributes *known = NULL;

  for (guint i = 0; known == NULL && i < G_N_ELEMENTS (element_attributes); i++)
    if (g_str_equal (element, element_attributes[i].element))
      known = &element_attributes[i];
  if (known == NULL)
    return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                 _("<%s> is not an element of the district format. Correct its name or "
                   "remove it."), element);
  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      const char *name = (const char *) attribute->name;
      g_autoptr(GString) listed = NULL;

      if (attribute->ns == NULL
          && (names_contain (known->required, G_N_ELEMENTS (known->required), name)
              || names_contain (known->optional, G_N_ELEMENTS (known->optional), name)))
        continue;
      listed = g_string_new (NULL);
      for (guint i = 0; i < G_N_ELEMENTS (known->required) && known->required[i]; i++)
        g_string_append_printf (listed, "%s%s", listed->len ? ", " : "", known->required[i]);
      for (guint i = 0; i < G_N_ELEMENTS (known->optional) && known->optional[i]; i++)
        g_string_append_printf (listed, ", %s", known->optional[i]);
      return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                   _("<%s> has no attribute “%s”. Its attributes are: %s. Correct the name, "
                     "or remove the attribute."), element, name, listed->str);
    }
  for (guint i = 0; i < G_N_ELEMENTS (known->required) && known->required[i]; i++)
    if (!xmlHasProp (node, (const xmlChar *) known->required[i]))
      return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                   _("<%s> needs the attribute %s=\"…\". Add it."), element, known->required[i]);
  return TRUE;
}

static const char *const name_attributes[] = {
  "name", "surname", "given-names", "birthplace", "region", "population-source",
};

/* The attribute's value without a copy when it is one text node, as the parser leaves it;
 * otherwise a copy in @copy. */
static const char *
attribute_value (xmlAttr  *attribute,
                 char    **copy)
{
  xmlNode *text = attribute->children;

  if (text != NULL && text->next == NULL && text->type == XML_TEXT_NODE && text->content != NULL)
    return (const char *) text->content;
  *copy = (char *) xmlNodeListGetString (attribute->doc, attribute->children, 1);
  return *copy ? *copy : "";
}

static gboolean
check_element_values (Reader   *self,
                      xmlNode  *node,
                      GError  **error)
{
  /* A namespaced element is the schema's to refuse. */
  if (node->ns == NULL && !check_attribute_names (self, node, error))
    return FALSE;
  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      const char *name = (const char *) attribute->name;
      g_autofree char *copy = NULL;
      const char *value = attribute_value (attribute, &copy);
      CdoFilingTime time;
      GDate date;
      CdoSex sex;

      for (guint i = 0; i < G_N_ELEMENTS (name_attributes); i++)
        if (g_str_equal (name, name_attributes[i]))
          switch (cdo_district_check_name (value))
            {
            case CDO_DISTRICT_NAME_BLANK:
              return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                           _("%s=\"%s\" is empty. Fill it in."), name, value);
            case CDO_DISTRICT_NAME_TOO_LONG:
              return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                           _("%s is longer than %d characters. Shorten it."), name,
                           CDO_DISTRICT_MAX_NAME_LENGTH);
            case CDO_DISTRICT_NAME_OK:
            default:
              break;
            }
      for (guint i = 0; i < G_N_ELEMENTS (date_attributes); i++)
        if (g_str_equal (name, date_attributes[i]) && !cdo_date_parse_iso (value, &date))
          return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                       _("%s=\"%s\" is not a day of the calendar. Write the date as "
                         "YYYY-MM-DD, for example 1980-01-31."), name, value);
      if (g_str_equal (name, "filed") && !cdo_filing_time_parse (value, &time))
        return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                     _("filed=\"%s\" is not a filing time. Write the day and the minute as "
                       "YYYY-MM-DDTHH:MM, for example 2026-04-24T09:15."), value);
      if (g_str_equal (name, "filed-recorded-at") && !cdo_district_check_recorded_at (value))
        return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                     _("filed-recorded-at=\"%s\" is not a time. Write it as "
                       "YYYY-MM-DDTHH:MM:SS, for example 2026-04-24T09:16:05."), value);
      if (g_str_equal (name, "sex") && !cdo_sex_from_string (value, &sex))
        return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                     _("sex=\"%s\" is not accepted. Write F or M, or leave sex out when it "
                       "is not known."), value);
    }
  if (cdo_xml_is_element (node, "document"))
    return check_document_kind (self, node, error);
  return TRUE;
}

/* Depth first, in document order, without recursion (the parser bounds the depth anyway). */
gboolean
_cdo_district_reader_check_values (CdoDistrictReader  *self,
                                   xmlNode            *root,
                                   GError            **error)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          if (!check_element_values (self, node, error))
            return FALSE;
          if (node->children != NULL)
            {
              node = node->children;
              continue;
            }
        }
      while (node != root && node->next == NULL)
        node = node->parent;
      node = node == root ? NULL : node->next;
    }
  return TRUE;
}
