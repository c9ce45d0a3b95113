/* test-district-xml.c: the district interchange format, read and written without a store
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fixtures/ holds one file per refusal (each named for what is wrong with it) and the valid
 * files the round trips start from; data/samples/ is read as shipped.
 */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cdo-district-xml.h"
#include "cdo-xml.h"
#include "district-compare.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "core", "interchange", "fixtures", name, NULL);
}

static CdoDistrict *
read_fixture (const char   *name,
              CdoDistrict  *target,
              GError      **error)
{
  g_autofree char *path = fixture (name);

  return cdo_district_xml_read_file (path, target, error);
}

static guint
count_candidates (CdoDistrict *district)
{
  guint n = 0;

  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      for (guint l = 0; l < comune->lists->len; l++)
        n += ((CdoCandidateList *) g_ptr_array_index (comune->lists, l))->candidates->len;
      for (guint c = 0; c < comune->candidacies->len; c++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, c);

          for (guint l = 0; l < candidacy->lists->len; l++)
            n += ((CdoCandidateList *) g_ptr_array_index (candidacy->lists, l))->candidates->len;
        }
    }
  return n;
}

static void
test_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "district.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_file (path, NULL, &error);
  CdoComuneRecord *isernia, *comune = NULL;
  CdoCandidateList *list;
  CdoCandidacy *candidacy;

  g_assert_no_error (error);
  g_assert_cmpuint (district->comuni->len, ==, 5);
  g_assert_cmpuint (count_candidates (district), ==, 262);
  g_assert_cmpint (g_date_get_year (&district->first_day), ==, 2026);

  isernia = cdo_district_find_comune (district, "Isernia");
  g_assert_nonnull (isernia);
  g_assert_true (isernia->capoluogo);
  g_assert_cmpint (isernia->population, ==, 22025);
  g_assert_cmpuint (isernia->candidacies->len, ==, 3);
  g_assert_cmpuint (isernia->lists->len, ==, 2);

  list = cdo_district_find_list (district, "is-4", &comune);
  g_assert_true (comune == isernia);
  g_assert_cmpstr (list->supports, ==, "is-2");
  g_assert_cmpstr (list->symbol_media_type, ==, "image/svg+xml");
  g_assert_nonnull (list->symbol_data);
  g_assert_cmpstr (list->symbol_path, ==, "symbols/fulmine.svg");
  g_assert_null (cdo_district_find_list (district, "is-5", NULL)->symbol_data);

  candidacy = cdo_district_find_candidacy (district, "is-2", NULL);
  g_assert_cmpuint (candidacy->links->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (candidacy->links, 0), ==, "is-5");

  candidacy = cdo_district_find_candidacy (district, "aq-1", NULL);
  g_assert_cmpint (candidacy->consecutive_terms, ==, 3);
  g_assert_cmpuint (candidacy->terms->len, ==, 3);
  g_assert_false (g_date_valid (&((CdoMayorTerm *) g_ptr_array_index (candidacy->terms, 2))->to));

  list = cdo_district_find_list (district, "pc-2-a", NULL);
  g_assert_true (list->has_filed);
  g_assert_cmpint (list->filed.minutes, ==, 12 * 60 + 20);
  g_assert_cmpuint (list->signatories->len, ==, 31);
  g_assert_cmpint (list->signatures, ==, 31);
}

static void
test_dossier_sample (void)
{
  g_autofree char *district_path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                          "district.xml", NULL);
  g_autofree char *dossier_path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                         "dossier-isernia.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_file (district_path, NULL, &error);
  g_autoptr(CdoDistrict) dossier = cdo_district_xml_read_file (dossier_path, district, &error);
  CdoCandidateList *list;

  g_assert_no_error (error);
  g_assert_cmpuint (dossier->comuni->len, ==, 1);
  list = cdo_district_find_list (dossier, "is-6-a", NULL);
  g_assert_nonnull (list->symbol_data);
  g_assert_null (list->symbol_path);
}

/* Read → write → read → write: the same bytes, and the same data. */
static void
assert_round_trip (CdoDistrict *first)
{
  g_autoptr(GBytes) written = cdo_district_xml_write_bytes (first);
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(CdoDistrict) second = NULL;
  g_autoptr(GError) error = NULL;

  /* Every symbol is embedded now: no folder is needed to read it back. */
  second = cdo_district_xml_read_bytes (written, "written.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  assert_districts_equal (first, second, FALSE);
  rewritten = cdo_district_xml_write_bytes (second);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (rewritten, NULL), g_bytes_get_size (rewritten));
}

static void
test_round_trip (gconstpointer data)
{
  /* Relative to the source root. */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", (const char *) data, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_file (path, NULL, &error);

  g_assert_no_error (error);
  assert_round_trip (district);
}

static void
test_everything_is_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = read_fixture ("everything.xml", NULL, &error);
  CdoComuneRecord *comune;
  CdoCandidacy *candidacy;
  CdoCandidateList *list;
  CdoCandidate *person;
  CdoSignatory *signatory;

  g_assert_no_error (error);
  comune = g_ptr_array_index (district->comuni, 0);
  g_assert_cmpstr (comune->name, ==, "Sant'Agata de' Goti & \"Frazioni\" <x>");
  g_assert_cmpstr (comune->istat, ==, "062070");
  g_assert_cmpstr (comune->region, ==, "Campania");
  g_assert_false (comune->capoluogo);
  g_assert_true (((CdoComuneRecord *) g_ptr_array_index (district->comuni, 2))->capoluogo);
  g_assert_cmpint (g_date_get_day (&district->runoff_second_day), ==, 8);

  candidacy = cdo_district_find_candidacy (district, "sa-1", NULL);
  g_assert_cmpint (candidacy->consecutive_terms, ==, 2);
  g_assert_cmpint (((CdoMayorTerm *) g_ptr_array_index (candidacy->terms, 1))->ended, ==,
                   CDO_TERM_ENDED_VOLUNTARY_RESIGNATION);
  g_assert_false (cdo_documents_find (candidacy->mayor->documents,
                                      "registration-certificate")->complete);
  g_assert_true (cdo_documents_find (candidacy->mayor->documents, "acceptance")->complete);
  g_assert_cmpint (g_date_get_day (&candidacy->mayor->born), ==, 29);

  list = cdo_district_find_list (district, "sa-1-a", NULL);
  g_assert_cmpstr (list->name, ==, "Lista\nsu due righe\te tab");
  g_assert_cmpstr (list->symbol_media_type, ==, "image/png");
  g_assert_cmpstr (list->symbol_path, ==, "simboli/originale.png");
  g_assert_cmpint (list->signatures, ==, 0);
  g_assert_true (list->party_symbol);
  g_assert_cmpstr (list->filed_recorded_at, ==, "2026-04-24T08:01:30");
  g_assert_cmpint (list->filed.minutes, ==, 8 * 60);
  g_assert_cmpuint (list->delegates->len, ==, 2);
  g_assert_cmpuint (list->signatories->len, ==, 2);
  signatory = g_ptr_array_index (list->signatories, 1);
  g_assert_false (g_date_valid (&signatory->born));
  g_assert_cmpuint (list->documents->len, ==, 4);
  person = g_ptr_array_index (list->candidates, 0);
  g_assert_cmpstr (person->eu_state, ==, "DE");
  g_assert_cmpstr (person->given_names, ==, "Jürgen");
  person = g_ptr_array_index (list->candidates, 1);
  g_assert_cmpint (person->sex, ==, CDO_SEX_UNKNOWN);
  g_assert_false (g_date_valid (&person->born));
  g_assert_null (person->birthplace);

  list = cdo_district_find_list (district, "sa-4", NULL);
  g_assert_false (list->has_filed);
  g_assert_null (list->symbol_data);
  g_assert_cmpint (list->signatures, ==, 12);
  g_assert_cmpint (cdo_district_find_list (district, "sa-1-b", NULL)->signatures, ==, -1);
}

/* A code meaning "malformed or forbidden": refused by cdo-xml, for either reason. */
#define ANY_REFUSAL -1

typedef struct {
  const char *file;
  GQuark    (*domain) (void);
  int         code;
  int         line;        /* 0: the message names no line */
  const char *says;        /* a piece of the message: what is wrong, or what to do */
} Refusal;

static const Refusal refusals[] = {
  { "empty.xml", cdo_xml_error_quark, CDO_XML_ERROR_MALFORMED, 1, "not well-formed" },
  { "malformed.xml", cdo_xml_error_quark, CDO_XML_ERROR_MALFORMED, 13, "correct that line" },
  { "deep-nesting.xml", cdo_xml_error_quark, CDO_XML_ERROR_MALFORMED, 3, "not well-formed" },
  /* libxml2 stops at the first amplified reference before the DTD check can run: either
   * refusal will do, as long as nothing is expanded. */
  { "billion-laughs.xml", cdo_xml_error_quark, ANY_REFUSAL, 0, "" },
  { "external-entity.xml", cdo_xml_error_quark, CDO_XML_ERROR_FORBIDDEN, 2, "DTD" },
  { "external-entity-attribute.xml", cdo_xml_error_quark, CDO_XML_ERROR_MALFORMED, 5,
    "external entity" },
  { "external-dtd.xml", cdo_xml_error_quark, CDO_XML_ERROR_FORBIDDEN, 2, "DTD" },
  { "schema-violation.xml", cdo_xml_error_quark, CDO_XML_ERROR_INVALID, 6,
    "Did not expect element list there" },
  { "unknown-attribute.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 9,
    "<list> has no attribute “colour”. Its attributes are: id, name, symbol, filed" },
  { "missing-attribute.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 4,
    "<comune> needs the attribute population=\"…\"" },
  { "unknown-element.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 10,
    "<candidato> is not an element of the district format" },
  { "namespaced.xml", cdo_xml_error_quark, CDO_XML_ERROR_INVALID, 2, "schema" },
  { "wrong-format.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_NEWER_FORMAT, 2,
    "this file was written by a newer version of Circondario (format 2); this version reads "
    "format 1: update Circondario to read it." },
  { "wrong-kind.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 11,
    "“photo” is not a kind of document. The kinds a <candidate> can file are: acceptance, "
    "registration-certificate, eu-citizen-declaration, eu-eligibility-certificate." },
  { "kind-of-list-on-candidate.xml", cdo_district_xml_error_quark,
    CDO_DISTRICT_XML_ERROR_BAD_VALUE, 11, "a <candidate> does not file the document “budget”" },
  { "impossible-date.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 10,
    "born=\"2021-02-30\" on <candidate> is not a day of the calendar. Write the date as "
    "YYYY-MM-DD" },
  { "empty-name.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 10,
    "surname=\"  \" on <candidate> is empty. Fill it in." },
  { "long-name.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 10,
    "birthplace on <candidate> is longer than 200 characters" },
  { "bad-sex.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 10,
    "sex=\"X\" on <candidate> is not accepted. Write F or M" },
  { "bad-filing-time.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_BAD_VALUE, 9,
    "filed=\"2026-04-24T25:10\" on <list> is not a filing time" },
  { "duplicate-id.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_DUPLICATE, 14,
    "the id “ol-1-a” is already used on line 9" },
  { "duplicate-id-candidacy.xml", cdo_district_xml_error_quark,
    CDO_DISTRICT_XML_ERROR_DUPLICATE, 15, "the id “ol-1” is already used on line 5" },
  { "duplicate-comune.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_DUPLICATE, 16,
    "the comune OLIVOLA is already on line 4" },
  { "duplicate-document.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_DUPLICATE, 11,
    "the document “programme” is listed twice" },
  { "duplicate-link.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_DUPLICATE, 15,
    "declares its link with the list “ol-2-a” twice" },
  { "symbol-dotdot.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 9,
    "the symbol path “../x.svg” leaves the folder of this file" },
  { "symbol-absolute.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 9,
    "the symbol path “/etc/x.svg” is absolute" },
  { "symbol-backslash.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 9,
    "backslash" },
  { "symbol-missing.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 9,
    "the symbol file “symbols/none.svg” cannot be read" },
  { "symbol-not-png.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 9,
    "is not a PNG image" },
  { "symbol-not-image.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 9,
    "is neither an SVG (.svg) nor a PNG (.png) image" },
  { "bad-base64.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 10,
    "is not valid base64" },
  { "base64-truncated.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 10,
    "is not valid base64" },
  { "base64-wrong-type.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_SYMBOL, 10,
    "is not a PNG image" },
  { "two-symbol-data.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_DUPLICATE, 11,
    "has a second <symbol-data> (the first is on line 10)" },
  { "unknown-supports.xml", cdo_district_xml_error_quark,
    CDO_DISTRICT_XML_ERROR_UNKNOWN_REFERENCE, 15,
    "the list “ol-2-a” supports “ol-9”, but Olivola has no candidacy with that id" },
  { "unknown-link.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_UNKNOWN_REFERENCE,
    14, "the candidacy “ol-1” declares a link with the list “ol-9-a”, but Olivola has no list" },
  /* Without the district it is meant for, the dossier's support of ol-1 names nothing. */
  { "dossier-comune.xml", cdo_district_xml_error_quark, CDO_DISTRICT_XML_ERROR_UNKNOWN_REFERENCE,
    11, "supports “ol-1”" },
};

static void
assert_refusal (const Refusal *refusal,
                const GError  *error,
                const char    *origin)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (error->domain != refusal->domain ()
      || (refusal->code == ANY_REFUSAL
          ? error->code != CDO_XML_ERROR_MALFORMED && error->code != CDO_XML_ERROR_FORBIDDEN
          : error->code != refusal->code))
    g_error ("%s: expected %s %d, got %s %d: %s", refusal->file,
             g_quark_to_string (refusal->domain ()), refusal->code,
             g_quark_to_string (error->domain), error->code, error->message);
  g_assert_true (g_str_has_prefix (error->message, origin));
  if (refusal->line > 0)
    {
      g_autofree char *line = g_strdup_printf ("%s, line %d: ", origin, refusal->line);

      if (!g_str_has_prefix (error->message, line))
        g_error ("%s: expected the message to start with “%s”: %s", refusal->file, line,
                 error->message);
    }
  if (strstr (error->message, refusal->says) == NULL)
    g_error ("%s: expected the message to say “%s”: %s", refusal->file, refusal->says,
             error->message);
}

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autofree char *path = fixture (refusal->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_file (path, NULL, &error);

  g_assert_null (district);
  assert_refusal (refusal, error, path);
}

/* Pass 1 of the reader, case by case: a valid district (every element, nearly every
 * attribute) with one thing changed, and the exact message, file and line it is refused
 * with. Line numbers are those of the template below. */
static const char value_template[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<circondario format=\"1\">\n"
  "  <election first-day=\"2026-05-24\" second-day=\"2026-05-25\"/>\n"
  "  <comune name=\"Olivola\" province=\"AL\" population=\"123\" istat=\"006119\""
  " region=\"Piemonte\" population-source=\"Censimento 2021\" capoluogo=\"no\">\n"
  "    <candidacy id=\"ol-1\">\n"
  "      <mayor surname=\"Rossi\" given-names=\"Maria\" sex=\"F\" born=\"1970-05-12\""
  " birthplace=\"Olivola\" eu-state=\"DE\" consecutive-terms=\"1\">\n"
  "        <document kind=\"acceptance\" complete=\"yes\"/>\n"
  "        <term from=\"2021-10-04\" ended=\"natural\"/>\n"
  "      </mayor>\n"
  "      <list id=\"ol-1-a\" name=\"Lista Civica\" filed=\"2026-04-24T09:12\""
  " filed-recorded-at=\"2026-04-24T09:13:05\" signatures=\"30\" party-symbol=\"no\">\n"
  "        <symbol-data media-type=\"image/svg+xml\">"
  "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=</symbol-data>\n"
  "        <delegate surname=\"Verdi\" given-names=\"Anna\"/>\n"
  "        <signatory surname=\"Neri\" given-names=\"Carlo\" born=\"1960-01-01\""
  " authenticated=\"2026-04-20\"/>\n"
  "        <document kind=\"programme\"/>\n"
  "        <candidate surname=\"Bianchi\" given-names=\"Luca\" sex=\"M\" born=\"1980-01-01\""
  " birthplace=\"Napoli\">\n"
  "          <document kind=\"acceptance\"/>\n"
  "        </candidate>\n"
  "      </list>\n"
  "      <link list=\"ol-2-a\"/>\n"
  "    </candidacy>\n"
  "    <list id=\"ol-2-a\" name=\"Altra Lista\" supports=\"ol-1\"/>\n"
  "  </comune>\n"
  "</circondario>\n";

typedef struct {
  const char *name;      /* the test's name, and the file's: NAME.xml */
  const char *from;      /* a piece of the template, found once (NULL: the whole file)… */
  const char *to;        /* …and what it becomes */
  int         code;      /* in CDO_DISTRICT_XML_ERROR */
  int         line;
  const char *message;   /* the whole message after "NAME.xml, line N: " */
} ValueRefusal;

#define ID_RULE "An id has 1 to 64 letters, digits, “.”, “_” and “-”, without spaces, and " \
                "starts with a letter or a digit, for example ol-1-a."
#define BAD CDO_DISTRICT_XML_ERROR_BAD_VALUE

static const ValueRefusal value_refusals[] = {
  { "format-not-a-version", "format=\"1\"", "format=\"1.0\"", BAD, 2,
    "format=\"1.0\" on <circondario> is not a version of the district format, which is a "
    "whole number. Write format=\"1\" if the file follows version 1." },
  /* Said before anything else the newer file may hold. */
  { "format-newer", "<circondario format=\"1\">",
    "<circondario generator=\"x\" format=\"2\">", CDO_DISTRICT_XML_ERROR_NEWER_FORMAT, 2,
    "this file was written by a newer version of Circondario (format 2); this version reads "
    "format 1: update Circondario to read it." },
  { "format-missing", " format=\"1\"", "", BAD, 2,
    "<circondario> needs the attribute format=\"…\". Add it." },
  { "root", NULL, "<?xml version=\"1.0\"?>\n<comune name=\"Olivola\" province=\"AL\" "
    "population=\"123\"/>\n", BAD, 2,
    "the file starts with <comune>, but a district file starts with <circondario "
    "format=\"1\">. Check that this is a district file." },
  { "province", "province=\"AL\"", "province=\"al\"", BAD, 4,
    "province=\"al\" on <comune> is not a province. Write the province's two capital "
    "letters, for example AL." },
  { "population", "population=\"123\"", "population=\"-5\"", BAD, 4,
    "population=\"-5\" on <comune> is not a population. Write the legal population as a "
    "whole number of at most nine digits, without points or spaces, for example 22025." },
  { "population-too-long", "population=\"123\"", "population=\"1234567890\"", BAD, 4,
    "population=\"1234567890\" on <comune> is not a population. Write the legal population "
    "as a whole number of at most nine digits, without points or spaces, for example 22025." },
  { "istat", "istat=\"006119\"", "istat=\"6119\"", BAD, 4,
    "istat=\"6119\" on <comune> is not an ISTAT code. Write the code's six digits, for "
    "example 006119, or leave istat out." },
  { "region", "region=\"Piemonte\"", "region=\"\"", BAD, 4,
    "region=\"\" on <comune> is empty. Fill it in." },
  { "population-source", "population-source=\"Censimento 2021\"", "population-source=\"  \"",
    BAD, 4, "population-source=\"  \" on <comune> is empty. Fill it in." },
  { "capoluogo", "capoluogo=\"no\"", "capoluogo=\"sì\"", BAD, 4,
    "capoluogo=\"sì\" on <comune> is not accepted. Write yes or no, in lower case." },
  { "province-missing", " province=\"AL\"", "", BAD, 4,
    "<comune> needs the attribute province=\"…\". Add it." },
  { "comune-attribute", "capoluogo=\"no\"", "capoluogo=\"no\" colour=\"red\"", BAD, 4,
    "<comune> has no attribute “colour”. Its attributes are: name, province, population, "
    "istat, region, population-source, capoluogo. Correct the name, or remove the "
    "attribute." },
  { "candidacy-id", "<candidacy id=\"ol-1\">", "<candidacy id=\"ol 1\">", BAD, 5,
    "id=\"ol 1\" on <candidacy> is not an id. " ID_RULE },
  { "eu-state", "eu-state=\"DE\"", "eu-state=\"de\"", BAD, 6,
    "eu-state=\"de\" on <mayor> is not the code of an EU state. Write the state's two "
    "capital letters, for example DE, or leave eu-state out for an Italian citizen." },
  { "consecutive-terms", "consecutive-terms=\"1\"", "consecutive-terms=\"100\"", BAD, 6,
    "consecutive-terms=\"100\" on <mayor> is not a number of terms. Write a whole number "
    "from 0 to 99, for example 1, or leave consecutive-terms out for none." },
  { "complete", "complete=\"yes\"", "complete=\"maybe\"", BAD, 7,
    "complete=\"maybe\" on <document> is not accepted. Write yes or no, in lower case." },
  { "ended", "ended=\"natural\"", "ended=\"resigned\"", BAD, 8,
    "ended=\"resigned\" on <term> is not accepted. Write natural, voluntary-resignation or "
    "other." },
  { "ended-missing", " ended=\"natural\"", "", BAD, 8,
    "<term> needs the attribute ended=\"…\". Add it." },
  { "term-date", "from=\"2021-10-04\"", "from=\"04/10/2021\"", BAD, 8,
    "from=\"04/10/2021\" on <term> is not a day of the calendar. Write the date as "
    "YYYY-MM-DD, for example 1980-01-31." },
  { "signatures", "signatures=\"30\"", "signatures=\"1.000\"", BAD, 10,
    "signatures=\"1.000\" on <list> is not a number of signatures. Write the number "
    "declared, a whole number of at most six digits without points or spaces, for example "
    "350, or leave signatures out when none was declared." },
  { "party-symbol", "party-symbol=\"no\"", "party-symbol=\"Yes\"", BAD, 10,
    "party-symbol=\"Yes\" on <list> is not accepted. Write yes or no, in lower case." },
  { "filed-recorded-at", "filed-recorded-at=\"2026-04-24T09:13:05\"",
    "filed-recorded-at=\"2026-04-24T09:13\"", BAD, 10,
    "filed-recorded-at=\"2026-04-24T09:13\" on <list> is not a time. Write it as "
    "YYYY-MM-DDTHH:MM:SS, for example 2026-04-24T09:16:05." },
  { "symbol-empty", "party-symbol=\"no\"", "party-symbol=\"no\" symbol=\"\"", BAD, 10,
    "symbol=\"\" on <list> is empty. Write the path of the symbol's file, for example "
    "symbols/civica.svg, or leave symbol out." },
  { "supports-nested", "party-symbol=\"no\"", "party-symbol=\"no\" supports=\"ol-1\"", BAD, 10,
    "supports=\"ol-1\" is on a <list> inside a <candidacy>, which links the list with that "
    "candidacy already. Remove supports, or move the list directly into the <comune> to "
    "declare a one-sided support." },
  { "list-attribute", "party-symbol=\"no\"", "party-symbol=\"no\" colour=\"red\"", BAD, 10,
    "<list> has no attribute “colour”. Its attributes are: id, name, symbol, filed, "
    "filed-recorded-at, signatures, party-symbol. Correct the name, or remove the "
    "attribute." },
  { "attribute-elsewhere", "party-symbol=\"no\"", "party-symbol=\"no\" istat=\"006119\"", BAD,
    10, "<list> has no attribute “istat”, which belongs on <comune>. Its attributes are: id, "
    "name, symbol, filed, filed-recorded-at, signatures, party-symbol. Move it there, or "
    "remove it." },
  { "media-type", "media-type=\"image/svg+xml\"", "media-type=\"image/jpeg\"", BAD, 11,
    "media-type=\"image/jpeg\" on <symbol-data> is not accepted. Write image/png for a PNG "
    "image or image/svg+xml for an SVG image." },
  { "text", "given-names=\"Anna\"/>", "given-names=\"Anna\">Anna Verdi</delegate>", BAD, 12,
    "<delegate> holds the text “Anna Verdi”, but only <symbol-data> holds text. Remove the "
    "text." },
  { "inside-empty", "given-names=\"Anna\"/>",
    "given-names=\"Anna\"><document kind=\"programme\"/></delegate>", BAD, 12,
    "<document> cannot be inside <delegate>, which holds no elements. Remove it." },
  { "signatory-date", "authenticated=\"2026-04-20\"", "authenticated=\"2026-04-31\"", BAD, 13,
    "authenticated=\"2026-04-31\" on <signatory> is not a day of the calendar. Write the date "
    "as YYYY-MM-DD, for example 1980-01-31." },
  { "misplaced", "<document kind=\"programme\"/>", "<term from=\"2021-10-04\" ended=\"other\"/>",
    BAD, 14, "<term> cannot be inside <list>. It belongs inside <mayor>: move it there, or "
    "remove it." },
  { "unknown-element", "<document kind=\"programme\"/>", "<signature surname=\"Neri\"/>", BAD, 14,
    "<signature> is not an element of the district format. Inside <list> the elements are: "
    "symbol-data, delegate, signatory, document, candidate. Correct its name, or remove it." },
  { "link-list", "<link list=\"ol-2-a\"/>", "<link list=\"ol 2 a\"/>", BAD, 19,
    "list=\"ol 2 a\" on <link> is not an id. " ID_RULE },
  { "supports", "supports=\"ol-1\"/>", "supports=\"ol 1\"/>", BAD, 21,
    "supports=\"ol 1\" on <list> is not an id. " ID_RULE },
  { "link-in-comune", "supports=\"ol-1\"/>", "supports=\"ol-1\"/><link list=\"ol-1-a\"/>", BAD,
    21, "<link> cannot be inside <comune>. It belongs inside <candidacy>: move it there, or "
    "remove it." },
  { "nested-root", "  </comune>\n", "  </comune>\n  <circondario format=\"1\"/>\n", BAD, 23,
    "<circondario> cannot be inside <circondario>: it is the root of a file, and comes "
    "once. Remove this one." },
};

static char *
value_refusal_file (const ValueRefusal *refusal)
{
  const char *at;
  GString *xml;

  if (refusal->from == NULL)
    return g_strdup (refusal->to);
  at = strstr (value_template, refusal->from);
  xml = g_string_new (NULL);
  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, refusal->from));
  g_string_append_len (xml, value_template, at - value_template);
  g_string_append (xml, refusal->to);
  g_string_append (xml, at + strlen (refusal->from));
  return g_string_free (xml, FALSE);
}

/* The template itself is read, with every attribute but symbol= (which needs a folder). */
static void
test_value_template (void)
{
  g_autoptr(GBytes) xml = g_bytes_new_static (value_template, sizeof value_template - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_bytes (xml, "template.xml", NULL,
                                                                 NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (district);
}

static void
test_value_refusal (gconstpointer data)
{
  const ValueRefusal *refusal = data;
  char *text = value_refusal_file (refusal);
  gsize length = strlen (text);
  g_autofree char *origin = g_strconcat (refusal->name, ".xml", NULL);
  g_autofree char *expected = g_strdup_printf ("%s, line %d: %s", origin, refusal->line,
                                               refusal->message);
  g_autoptr(GBytes) xml = g_bytes_new_take (text, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_bytes (xml, origin, NULL, NULL,
                                                                 &error);

  g_assert_null (district);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, refusal->code);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_exists_in_target (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) target = read_fixture ("minimal.xml", NULL, &error);
  g_autoptr(CdoDistrict) again = NULL;
  g_autofree char *path = fixture ("exists-in-district.xml");
  const Refusal refusal = { "exists-in-district.xml", cdo_district_xml_error_quark,
                            CDO_DISTRICT_XML_ERROR_EXISTS, 5,
                            "the district already has a candidacy or list with the id “ol-1”" };

  g_assert_no_error (error);
  again = cdo_district_xml_read_file (path, target, &error);
  g_assert_null (again);
  assert_refusal (&refusal, error, path);
}

static void
test_dossiers_refer_to_target (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) target = read_fixture ("minimal.xml", NULL, &error);
  g_autoptr(CdoDistrict) comune = read_fixture ("dossier-comune.xml", target, &error);
  g_autoptr(CdoDistrict) candidacy = NULL;
  g_autoptr(CdoDistrict) other = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (((CdoComuneRecord *) g_ptr_array_index (comune->comuni, 0))->candidacies->len,
                    ==, 2);
  g_assert_cmpstr (cdo_district_find_list (comune, "ol-2-a", NULL)->symbol_media_type, ==,
                   "image/png");

  /* "olivola" is the district's Olivola: its list ol-1-a may be linked. */
  candidacy = read_fixture ("dossier-candidacy.xml", target, &error);
  g_assert_no_error (error);
  g_assert_nonnull (candidacy);

  /* ol-1 exists, but in Olivola: a list of Pontecurone cannot support it. */
  other = read_fixture ("dossier-other-comune-reference.xml", target, &error);
  g_assert_null (other);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_UNKNOWN_REFERENCE);
  g_assert_nonnull (strstr (error->message, "Pontecurone has no candidacy"));
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-district-xml-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tmp_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tmp_dir (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
write_text (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
test_symbol_link_refused (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *xml = NULL;
  g_autofree char *path = g_build_filename (dir, "district.xml", NULL);
  g_autofree char *link = g_build_filename (dir, "civica.svg", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.svg", NULL);
  g_autofree char *source = fixture ("minimal.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;

  g_assert_true (g_file_get_contents (source, &xml, NULL, NULL));
  g_assert_cmpint (symlink ("/etc/passwd", link), ==, 0);
  {
    g_autoptr(GString) text = g_string_new (strstr (xml, "<circondario"));

    g_string_replace (text, "symbols/ok.svg", "civica.svg", 0);
    write_text (dir, "district.xml", text->str);
  }
  district = cdo_district_xml_read_file (path, NULL, &error);
  g_assert_null (district);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_SYMBOL);
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  g_clear_error (&error);

  /* A folder on the way that links elsewhere: the file it reaches is outside. */
  {
    g_autofree char *outside = make_tmp_dir ();
    g_autofree char *folder_link = g_build_filename (dir, "symbols", NULL);
    g_autoptr(GString) text = g_string_new (strstr (xml, "<circondario"));

    write_text (outside, "secret.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    g_assert_cmpint (symlink (outside, folder_link), ==, 0);
    g_string_replace (text, "symbols/ok.svg", "symbols/secret.svg", 0);
    write_text (dir, "district.xml", text->str);
    district = cdo_district_xml_read_file (path, NULL, &error);
    g_assert_null (district);
    g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_SYMBOL);
    g_assert_nonnull (strstr (error->message, "symbolic link"));
    g_clear_error (&error);
    g_unlink (folder_link);
    remove_tmp_dir (outside);
  }

  /* A FIFO must be refused, not waited on. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    g_autoptr(GString) text = g_string_new (strstr (xml, "<circondario"));

    g_string_replace (text, "symbols/ok.svg", "fifo.svg", 0);
    write_text (dir, "district.xml", text->str);
  }
  district = cdo_district_xml_read_file (path, NULL, &error);
  g_assert_null (district);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_SYMBOL);
  g_assert_nonnull (strstr (error->message, "not an ordinary file"));
  remove_tmp_dir (dir);
}

static void
test_symbol_path_needs_file (void)
{
  g_autofree char *path = fixture ("minimal.xml");
  g_autofree char *xml = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (path, &xml, &size, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&xml), size);
  district = cdo_district_xml_read_bytes (bytes, "pasted.xml", NULL, NULL, &error);
  g_assert_null (district);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_SYMBOL);
  g_assert_true (g_str_has_prefix (error->message, "pasted.xml, line 9: "));
}

static void
test_too_large (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  const gsize size = CDO_DISTRICT_XML_MAX_SIZE + 1000 * 1000;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  const char *head = "<circondario format=\"1\"><!--";

  /* A well-formed start, then a comment a megabyte past the limit: refused for its size
   * alone. */
  memset (data, 'x', size);
  memcpy (data, head, strlen (head));
  g_assert_true (g_file_set_contents (path, data, (gssize) size, NULL));
  district = cdo_district_xml_read_file (path, NULL, &error);
  g_assert_null (district);
  g_assert_error (error, CDO_XML_ERROR, CDO_XML_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_clear_error (&error);

  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  district = cdo_district_xml_read_bytes (bytes, "huge.xml", NULL, NULL, &error);
  g_assert_null (district);
  g_assert_error (error, CDO_XML_ERROR, CDO_XML_ERROR_TOO_LARGE);
  remove_tmp_dir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = cdo_district_xml_read_file ("/nonexistent/d.xml", NULL, &error);

  g_assert_null (district);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/d.xml"));
}

/* What the window may type that XML cannot carry is left out or escaped, never written raw. */
static void
test_write_escapes (void)
{
  g_autoptr(CdoDistrict) district = cdo_district_new ();
  g_autoptr(CdoDistrict) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CdoComuneRecord *comune = cdo_comune_record_new ();
  CdoComuneRecord *read;

  CdoCandidateList *list = cdo_candidate_list_new ();
  static const char svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

  comune->name = g_strdup ("A\x01" "B & <C> \"D\"\tE\nF\r\xff");
  comune->province = g_strdup ("AL");
  comune->population = 10;
  g_ptr_array_add (district->comuni, comune);
  /* A path from a file chooser, which a file must not carry: left out, the image kept. */
  list->id = g_strdup ("l-1");
  list->name = g_strdup ("Lista");
  list->symbol_path = g_strdup ("/home/segreteria/simbolo.svg");
  list->symbol_data = g_bytes_new_static (svg, sizeof svg - 1);
  g_ptr_array_add (comune->lists, list);
  bytes = cdo_district_xml_write_bytes (district);
  back = cdo_district_xml_read_bytes (bytes, "escaped.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  read = g_ptr_array_index (back->comuni, 0);
  g_assert_cmpstr (read->name, ==, "AB & <C> \"D\"\tE\nF\r\xef\xbf\xbd");
  list = g_ptr_array_index (read->lists, 0);
  g_assert_null (list->symbol_path);
  g_assert_cmpstr (list->symbol_media_type, ==, "image/svg+xml");
  g_assert_false (g_date_valid (&back->first_day));
}

static void
test_write_file (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "export.xml", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "export.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = read_fixture ("everything.xml", NULL, &error);
  g_autoptr(CdoDistrict) empty = cdo_district_new ();
  g_autoptr(GBytes) expected = cdo_district_xml_write_bytes (district);
  g_autoptr(GDir) listing = NULL;
  gsize size;

  g_assert_no_error (error);
  write_text (dir, "export.xml", "an older file");
  g_assert_true (cdo_district_xml_write_file (district, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
  g_assert_cmpmem (contents, size, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  /* Nothing but the file itself is left in the folder. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "export.xml");
  g_assert_null (g_dir_read_name (listing));

  g_assert_false (cdo_district_xml_write_file (empty, missing, &error));
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_IO);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A file the reader would refuse for its size is not written, and the old one stays. */
  {
    CdoCandidateList *list = cdo_district_find_list (district, "sa-4", NULL);
    g_autofree char *kept = NULL;
    gsize kept_size;

    list->symbol_media_type = g_strdup ("image/png");
    list->symbol_data = g_bytes_new_take (g_malloc0 (CDO_DISTRICT_XML_MAX_SIZE),
                                          CDO_DISTRICT_XML_MAX_SIZE);
    g_assert_false (cdo_district_xml_write_file (district, path, &error));
    g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_TOO_LARGE);
    g_assert_true (g_file_get_contents (path, &kept, &kept_size, NULL));
    g_assert_cmpmem (kept, kept_size, contents, size);
  }
  remove_tmp_dir (dir);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

/* A district the reader would refuse is not written, and an earlier export stays: the
 * message names the file, the comune, the record and what to fix. */
static void
test_write_refuses_invalid (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "export.xml", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) refused = NULL;
  g_autoptr(CdoDistrict) district = read_fixture ("everything.xml", NULL, &error);
  g_autoptr(GDir) listing = NULL;
  CdoComuneRecord *comune;
  CdoCandidateList *list;
  CdoCandidate *candidate;

  g_assert_no_error (error);
  write_text (dir, "export.xml", "an older file");
  list = cdo_district_find_list (district, "sa-1-a", &comune);
  candidate = g_ptr_array_index (list->candidates, 0);
  g_clear_pointer (&candidate->given_names, g_free);

  g_assert_false (cdo_district_xml_write_file (district, path, &error));
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_BAD_VALUE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "was not written"));
  g_assert_nonnull (strstr (error->message, "Comune Sant'Agata"));
  g_assert_nonnull (strstr (error->message, "The field “given names” of candidate 1 of the list"));
  g_assert_nonnull (strstr (error->message, "is empty. Fill it in."));
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "an older file");
  g_clear_error (&error);

  /* The same through the worker thread. */
  cdo_district_xml_write_file_async (district, path, NULL, store_result_cb, &refused);
  g_assert_false (cdo_district_xml_write_file_finish (wait_for_result (&refused), &error));
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_BAD_VALUE);
  g_clear_error (&error);

  /* A link the reader could not resolve, between records that are each right. */
  candidate->given_names = g_strdup ("Anna");
  g_ptr_array_add (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, 0))->links,
                   g_strdup ("sa-99"));
  g_assert_false (cdo_district_xml_write_file (district, path, &error));
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "The link with the list “sa-99”"));
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "an older file");

  /* Nothing else was left in the folder. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "export.xml");
  g_assert_null (g_dir_read_name (listing));
  remove_tmp_dir (dir);
}

static void
test_async (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "async.xml", NULL);
  g_autofree char *path = fixture ("everything.xml");
  g_autofree char *bad = fixture ("bad-sex.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GAsyncResult) read = NULL;
  g_autoptr(GAsyncResult) refused = NULL;
  g_autoptr(GAsyncResult) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoDistrict) none = NULL;
  g_autoptr(GBytes) expected = NULL;
  gsize size;

  cdo_district_xml_read_file_async (path, NULL, NULL, store_result_cb, &read);
  district = cdo_district_xml_read_file_finish (wait_for_result (&read), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (district->comuni->len, ==, 3);

  cdo_district_xml_read_file_async (bad, NULL, NULL, store_result_cb, &refused);
  none = cdo_district_xml_read_file_finish (wait_for_result (&refused), &error);
  g_assert_null (none);
  g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_BAD_VALUE);
  g_clear_error (&error);

  cdo_district_xml_write_file_async (district, out, NULL, store_result_cb, &written);
  g_assert_true (cdo_district_xml_write_file_finish (wait_for_result (&written), &error));
  g_assert_no_error (error);
  expected = cdo_district_xml_write_bytes (district);
  g_assert_true (g_file_get_contents (out, &contents, &size, NULL));
  g_assert_cmpmem (contents, size, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  remove_tmp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const char *const round_trips[] = {
    "data/samples/district.xml",
    "data/samples/dossier-isernia.xml",
    "tests/core/interchange/fixtures/everything.xml",
    "tests/core/interchange/fixtures/minimal.xml",
    "tests/core/interchange/fixtures/empty-district.xml",
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interchange/read/sample", test_sample);
  g_test_add_func ("/interchange/read/sample-dossier", test_dossier_sample);
  g_test_add_func ("/interchange/read/everything", test_everything_is_read);
  g_test_add_func ("/interchange/read/exists-in-target", test_exists_in_target);
  g_test_add_func ("/interchange/read/dossier-references", test_dossiers_refer_to_target);
  g_test_add_func ("/interchange/read/symbol-link", test_symbol_link_refused);
  g_test_add_func ("/interchange/read/symbol-needs-file", test_symbol_path_needs_file);
  g_test_add_func ("/interchange/read/too-large", test_too_large);
  g_test_add_func ("/interchange/read/missing-file", test_missing_file);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/interchange/refuse/%s", refusals[i].file);

      g_test_add_data_func (test_path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/interchange/refuse-value/template", test_value_template);
  for (guint i = 0; i < G_N_ELEMENTS (value_refusals); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/interchange/refuse-value/%s",
                                                    value_refusals[i].name);

      g_test_add_data_func (test_path, &value_refusals[i], test_value_refusal);
    }
  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *name = g_path_get_basename (round_trips[i]);
      g_autofree char *test_path = g_strdup_printf ("/interchange/round-trip/%s", name);

      g_test_add_data_func (test_path, round_trips[i], test_round_trip);
    }
  g_test_add_func ("/interchange/write/escapes", test_write_escapes);
  g_test_add_func ("/interchange/write/file", test_write_file);
  g_test_add_func ("/interchange/write/refuses-invalid", test_write_refuses_invalid);
  g_test_add_func ("/interchange/async", test_async);
  return g_test_run ();
}
