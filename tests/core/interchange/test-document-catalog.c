/* test-document-catalog.c: the document kinds of data/documents/catalog.xml
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cdo-district-xml.h"
#include "cdo-document-catalog.h"
#include "cdo-xml.h"

static void
test_default (void)
{
  CdoDocumentCatalog *catalog = cdo_document_catalog_get_default ();
  const CdoDocumentKind *kind;

  g_assert_true (catalog == cdo_document_catalog_get_default ());
  g_assert_cmpuint (cdo_document_catalog_get_n_kinds (catalog), ==, 10);
  for (guint i = 0; i < cdo_document_catalog_get_n_kinds (catalog); i++)
    {
      kind = cdo_document_catalog_get_kind (catalog, i);
      g_assert_true (kind == cdo_document_catalog_lookup (catalog, kind->name));
      g_assert_cmpuint (strlen (kind->label), >, 3);
      g_assert_cmpuint (strlen (kind->label_it), >, 3);
      g_assert_cmpuint (strlen (kind->citation), >, 3);
      g_assert_cmpuint (kind->holders, !=, 0);
      /* Under LC_ALL=C the label is its msgid. */
      g_assert_cmpstr (cdo_document_kind_get_label (kind), ==, kind->label);
    }
  g_assert_null (cdo_document_catalog_lookup (catalog, "photo"));
  g_assert_null (cdo_document_catalog_lookup (catalog, NULL));

  kind = cdo_document_catalog_lookup (catalog, "acceptance");
  g_assert_true (cdo_document_kind_applies_to (kind, CDO_DOCUMENT_HOLDER_CANDIDATE));
  g_assert_true (cdo_document_kind_applies_to (kind, CDO_DOCUMENT_HOLDER_MAYOR));
  g_assert_false (cdo_document_kind_applies_to (kind, CDO_DOCUMENT_HOLDER_LIST));
  g_assert_nonnull (strstr (kind->citation, "235/2012"));

  kind = cdo_document_catalog_lookup (catalog, "party-authorisation");
  g_assert_true (kind->verified);
  g_assert_cmpstr (kind->citation, ==, "DPR 132/1993 art. 2");
}

static void
test_list_names (void)
{
  CdoDocumentCatalog *catalog = cdo_document_catalog_get_default ();
  g_autofree char *candidate = NULL;
  g_autofree char *mayor = NULL;
  g_autofree char *list = NULL;

  candidate = cdo_document_catalog_list_names (catalog, CDO_DOCUMENT_HOLDER_CANDIDATE);
  mayor = cdo_document_catalog_list_names (catalog, CDO_DOCUMENT_HOLDER_MAYOR);
  list = cdo_document_catalog_list_names (catalog, CDO_DOCUMENT_HOLDER_LIST);

  g_assert_cmpstr (candidate, ==, "acceptance, registration-certificate, eu-citizen-declaration, "
                                  "eu-eligibility-certificate");
  g_assert_cmpstr (mayor, ==, "acceptance, registration-certificate, eu-citizen-declaration, "
                              "eu-eligibility-certificate, no-other-candidacy, link-declaration");
  g_assert_cmpstr (list, ==, "programme, budget, party-authorisation, signatories-certificates");
}

typedef struct {
  const char         *kind;
  CdoDocumentHolder   holder;
  CdoDocumentContext  context;
  gboolean            required;
} Requirement;

static const Requirement requirements[] = {
  { "acceptance", CDO_DOCUMENT_HOLDER_CANDIDATE, { 123 }, TRUE },
  { "acceptance", CDO_DOCUMENT_HOLDER_LIST, { 123 }, FALSE },
  { "registration-certificate", CDO_DOCUMENT_HOLDER_MAYOR, { 123 }, TRUE },
  { "eu-citizen-declaration", CDO_DOCUMENT_HOLDER_CANDIDATE, { 5000 }, FALSE },
  { "eu-citizen-declaration", CDO_DOCUMENT_HOLDER_CANDIDATE, { 5000, .eu_citizen = TRUE }, TRUE },
  { "eu-eligibility-certificate", CDO_DOCUMENT_HOLDER_CANDIDATE, { 5000, .eu_citizen = TRUE }, TRUE },
  { "no-other-candidacy", CDO_DOCUMENT_HOLDER_MAYOR, { 123 }, TRUE },
  { "no-other-candidacy", CDO_DOCUMENT_HOLDER_CANDIDATE, { 123 }, FALSE },
  { "link-declaration", CDO_DOCUMENT_HOLDER_MAYOR, { 15000 }, FALSE },
  /* A capoluogo of 14,000 votes with the over-15,000 system (DL 7/2024). */
  { "link-declaration", CDO_DOCUMENT_HOLDER_MAYOR, { 14000, .over_15000_system = TRUE }, TRUE },
  { "programme", CDO_DOCUMENT_HOLDER_LIST, { 123 }, TRUE },
  { "budget", CDO_DOCUMENT_HOLDER_LIST, { 50000 }, FALSE },
  { "budget", CDO_DOCUMENT_HOLDER_LIST, { 50001 }, TRUE },
  { "party-authorisation", CDO_DOCUMENT_HOLDER_LIST, { 61489 }, FALSE },
  { "party-authorisation", CDO_DOCUMENT_HOLDER_LIST, { 61489, .party_symbol = TRUE }, TRUE },
  { "signatories-certificates", CDO_DOCUMENT_HOLDER_LIST, { 999 }, FALSE },
  { "signatories-certificates", CDO_DOCUMENT_HOLDER_LIST, { 1000, .signatures_required = TRUE }, TRUE },
};

static void
test_required (void)
{
  CdoDocumentCatalog *catalog = cdo_document_catalog_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (requirements); i++)
    {
      const Requirement *r = &requirements[i];
      const CdoDocumentKind *kind = cdo_document_catalog_lookup (catalog, r->kind);

      g_assert_nonnull (kind);
      if (cdo_document_kind_is_required (kind, r->holder, &r->context) != r->required)
        g_error ("%s for a %s of population %" G_GINT64_FORMAT ": expected %s", r->kind,
                 cdo_document_holder_to_string (r->holder), r->context.population,
                 r->required ? "required" : "not required");
    }
}

/* The catalogue and the district schema name the same kinds for the same holders: a
 * <document> of every kind on every holder validates exactly when the catalogue allows it. */
static void
test_schema_agrees (void)
{
  /* A macro, not a variable: -Wformat-nonliteral cannot see through a variable at -O0. */
#define TEMPLATE \
    "<circondario format=\"1\"><comune name=\"X\" province=\"AL\" population=\"1\">" \
    "<candidacy id=\"c\"><mayor surname=\"S\" given-names=\"G\">%s</mayor>" \
    "<list id=\"l\" name=\"L\">%s<candidate surname=\"S\" given-names=\"G\">%s</candidate>" \
    "</list></candidacy></comune></circondario>"
  CdoDocumentCatalog *catalog = cdo_document_catalog_get_default ();
  const CdoDocumentHolder holders[] = {
    CDO_DOCUMENT_HOLDER_MAYOR, CDO_DOCUMENT_HOLDER_LIST, CDO_DOCUMENT_HOLDER_CANDIDATE,
  };

  for (guint i = 0; i < cdo_document_catalog_get_n_kinds (catalog); i++)
    for (guint h = 0; h < G_N_ELEMENTS (holders); h++)
      {
        const CdoDocumentKind *kind = cdo_document_catalog_get_kind (catalog, i);
        g_autofree char *document = g_strdup_printf ("<document kind=\"%s\"/>", kind->name);
        g_autofree char *xml = g_strdup_printf (TEMPLATE, h == 0 ? document : "",
                                                h == 1 ? document : "", h == 2 ? document : "");
        g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
        g_autoptr(GError) error = NULL;
        g_autoptr(xmlDoc) doc = cdo_xml_parse (bytes, "agree.xml", 4096, &error);
        gboolean valid;

        g_assert_no_error (error);
        valid = cdo_xml_validate (doc, CDO_DISTRICT_XML_SCHEMA_RESOURCE, "agree.xml", NULL);
        if (valid != cdo_document_kind_applies_to (kind, holders[h]))
          g_error ("the schema %s “%s” on a <%s>, the catalogue %s", valid ? "accepts" : "refuses",
                   kind->name, cdo_document_holder_to_string (holders[h]),
                   valid ? "does not" : "does");
      }
}

static void
test_refusals (void)
{
  const char *twice =
    "<documents xmlns='https://circondario.it/ns/documents/1' format='1'>\n"
    "<kind name='a' applies-to='list' label='Aaa' label-it='Aaa' citation='x 1' verified='no' required='always'/>\n"
    "<kind name='a' applies-to='mayor' label='Aaa' label-it='Aaa' citation='x 1' verified='no' required='always'/>\n"
    "</documents>";
  const char *no_population =
    "<documents xmlns='https://circondario.it/ns/documents/1' format='1'>\n"
    "<kind name='a' applies-to='list' label='Aaa' label-it='Aaa' citation='x 1' verified='no' required='population-over'/>\n"
    "</documents>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (twice, strlen (twice));
  g_autoptr(GBytes) invalid = g_bytes_new_static (no_population, strlen (no_population));
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDocumentCatalog) catalog = cdo_document_catalog_load_bytes (bytes, "c.xml", &error);

  g_assert_null (catalog);
  g_assert_error (error, CDO_DOCUMENT_CATALOG_ERROR, CDO_DOCUMENT_CATALOG_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "c.xml, line 3: "));
  g_clear_error (&error);

  catalog = cdo_document_catalog_load_bytes (invalid, "c.xml", &error);
  g_assert_null (catalog);
  g_assert_error (error, CDO_XML_ERROR, CDO_XML_ERROR_INVALID);
}

static void
test_holder_names (void)
{
  CdoDocumentHolder holder;

  g_assert_true (cdo_document_holder_from_string ("mayor", &holder));
  g_assert_cmpint (holder, ==, CDO_DOCUMENT_HOLDER_MAYOR);
  g_assert_cmpstr (cdo_document_holder_to_string (CDO_DOCUMENT_HOLDER_LIST), ==, "list");
  g_assert_false (cdo_document_holder_from_string ("comune", &holder));
  g_assert_false (cdo_document_holder_from_string (NULL, &holder));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interchange/catalog/default", test_default);
  g_test_add_func ("/interchange/catalog/list-names", test_list_names);
  g_test_add_func ("/interchange/catalog/required", test_required);
  g_test_add_func ("/interchange/catalog/schema-agrees", test_schema_agrees);
  g_test_add_func ("/interchange/catalog/refusals", test_refusals);
  g_test_add_func ("/interchange/catalog/holder-names", test_holder_names);
  return g_test_run ();
}
