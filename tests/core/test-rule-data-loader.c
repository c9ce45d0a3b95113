/* test-rule-data-loader.c: broken or hostile rule data are refused with file and line */
#include "cdo-rule-book.h"
#include "cdo-xml.h"

static char *
shipped_national (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "rules",
                                                 "national.xml", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* The shipped file with one substring replaced: a realistic mistake in real data. */
static char *
national_with (const char *find,
               const char *replace)
{
  g_autofree char *text = shipped_national ();
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

static GError *
load_error (const char *xml)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  GError *error = NULL;
  CdoRuleBook *book = cdo_rule_book_new_from_bytes (bytes, "broken.xml", NULL, &error);

  g_assert_null (book);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "broken.xml"));
  return error;
}

static void
assert_refused (char       *xml,
                GQuark      domain,
                int         code,
                const char *message_part)
{
  g_autoptr(GError) error = load_error (xml);

  if (domain != 0)
    g_assert_error (error, domain, code);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));
  g_free (xml);
}

static void
test_shipped_data_load (void)
{
  g_autofree char *text = shipped_national ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoRuleBook) book = cdo_rule_book_new_from_bytes (bytes, "national.xml", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (book);
}

static void
test_refusals (void)
{
  assert_refused (g_strdup ("<rulebook"), CDO_XML_ERROR, CDO_XML_ERROR_MALFORMED, "line");
  assert_refused (national_with ("<rulebook ", "<!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><rulebook "),
                  CDO_XML_ERROR, CDO_XML_ERROR_FORBIDDEN, NULL);
  assert_refused (national_with ("key=\"council_seats\"", "key=\"council_seat\""),
                  CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA, "council_seat");
  assert_refused (national_with ("<band max=\"3000\" value=\"6\"/>", "<band max=\"3000\" value=\"six\"/>"),
                  CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA, "six");
  assert_refused (national_with ("value=\"under-5000\"", "value=\"under-4000\""),
                  CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA, "under-4000");
  assert_refused (national_with ("<band value=\"-30 08:00\"/>", "<band value=\"-30 25:00\"/>"),
                  CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA, NULL);
  /* overlapping and gapped entries */
  assert_refused (national_with ("from=\"2014-04-08\" certain-from=\"2014-05-01\"",
                                 "from=\"2014-04-01\" certain-from=\"2014-05-01\""),
                  CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA, "day after");
  assert_refused (national_with ("to=\"2019-12-31\"", "to=\"2019-12-30\""),
                  CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA, "day after");
  /* impossible date: caught by the schema's xsd:date or by the loader */
  assert_refused (national_with ("to=\"2019-12-31\"", "to=\"2019-02-30\""), 0, 0, NULL);
  /* a derived value must come from an earlier count */
  assert_refused (national_with ("of=\"council_seats\" ratio=\"2/3\"", "of=\"list_max\" ratio=\"2/3\""),
                  CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA, "list_max");
  /* missing rule */
  assert_refused (national_with ("<rule key=\"appeal_days\">", "<rule key=\"appeal_days\"><!--"),
                  0, 0, NULL);
  /* schema: a band without a value */
  assert_refused (national_with ("<band max=\"2000\" value=\"50\"/>", "<band max=\"2000\"/>"),
                  CDO_XML_ERROR, CDO_XML_ERROR_INVALID, "line");
}

static void
test_missing_rule_named (void)
{
  g_autofree char *text = shipped_national ();
  const char *start = strstr (text, "<rule key=\"appeal_days\">");
  const char *end = strstr (start, "</rule>") + strlen ("</rule>");
  g_autofree char *xml = g_strdup_printf ("%.*s%s", (int) (start - text), text, end);
  g_autoptr(GError) error = load_error (xml);

  g_assert_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "appeal_days"));
}

static void
test_oversized (void)
{
  gsize size = 5 * 1024 * 1024;
  g_autofree char *xml = g_malloc (size + 1);
  g_autoptr(GError) error = NULL;

  memset (xml, ' ', size);
  xml[size] = '\0';
  error = load_error (xml);
  g_assert_error (error, CDO_XML_ERROR, CDO_XML_ERROR_TOO_LARGE);
}

/* A replacement rule set with other figures answers with them: the rules are data. */
static void
test_rules_are_data (void)
{
  g_autofree char *xml = national_with ("<band max=\"3000\" value=\"10\"", "<band max=\"3000\" value=\"11\"");
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoRuleBook) book = cdo_rule_book_new_from_bytes (bytes, "modified.xml", NULL, &error);
  CdoRuleQuery query = { 2000, FALSE, "Lazio", { 0 } };
  CdoRuleAnswer answer;

  g_assert_no_error (error);
  g_date_clear (&query.election_date, 1);
  g_date_set_dmy (&query.election_date, 3, 10, 2021);
  g_assert_true (cdo_rule_book_lookup (book, &query, &answer, &error));
  g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_COUNCIL_SEATS), ==, 11);
  g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MIN), ==, 8);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rule-data/shipped-data-load", test_shipped_data_load);
  g_test_add_func ("/rule-data/refusals", test_refusals);
  g_test_add_func ("/rule-data/missing-rule-named", test_missing_rule_named);
  g_test_add_func ("/rule-data/oversized", test_oversized);
  g_test_add_func ("/rule-data/rules-are-data", test_rules_are_data);
  return g_test_run ();
}
