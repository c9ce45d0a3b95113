/* test-cli-rules.c: `circondario-cli rules`, run in-process
 *
 * fixtures/rules-DATE-POPULATION[-capoluogo].json hold one reviewed answer per population
 * band (seed 003's 2021 election, and 2026 under DL 7/2024): the JSON contract is exact. */
#include "cdo-cli.h"

static int
run (GString    *out,
     GString    *err,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "circondario-cli");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return cdo_cli_run ((int) args->len - 1, (char **) args->pdata, out, err);
}

static void
check_fixture (gconstpointer data)
{
  const char *file = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cli", "fixtures", file, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  g_autofree char *stem = g_strndup (file, strlen (file) - strlen (".json"));
  g_autofree char *date = NULL;
  gboolean capoluogo = g_str_has_suffix (stem, "-capoluogo");
  int status;

  g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  /* rules-YYYY-MM-DD-POPULATION[-capoluogo] */
  parts = g_strsplit (stem, "-", -1);
  date = g_strdup_printf ("%s-%s-%s", parts[1], parts[2], parts[3]);
  if (capoluogo)
    status = run (out, err, "rules", "--population", parts[4], "--capoluogo", "--date", date, "--json", NULL);
  else
    status = run (out, err, "rules", "--population", parts[4], "--date", date, "--json", NULL);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out->str, ==, expected);
}

static void
test_table_lists_every_parameter (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (run (out, err, "rules", "--population", "10372", "--date", "2021-10-03", NULL), ==, 0);
  g_assert_nonnull (strstr (out->str, "Council seats (mayor excluded)"));
  g_assert_nonnull (strstr (out->str, "TUOEL) art. 37"));
  g_assert_nonnull (strstr (out->str, "Friday 3 September 2021, 08:00"));
  /* list_min ≤15,000 is unverified and says why */
  g_assert_nonnull (strstr (out->str, "UNVERIFIED"));
  g_assert_nonnull (strstr (out->str, "analogy with art. 73 c. 1"));
}

static void
assert_refused (const char *expected_part,
                const char *first,
                ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  va_list ap;

  g_ptr_array_add (args, (gpointer) "circondario-cli");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_cmpint (cdo_cli_run ((int) args->len - 1, (char **) args->pdata, out, err), !=, 0);
  g_assert_cmpstr (out->str, ==, "");
  /* one line that says what to type instead */
  g_assert_true (g_str_has_suffix (err->str, "\n"));
  g_assert_true (strchr (err->str, '\n') == err->str + err->len - 1);
  g_assert_nonnull (strstr (err->str, expected_part));
}

static void
test_bad_input (void)
{
  assert_refused ("--population 12500", "rules", "--population", "-5", "--date", "2021-10-03", NULL);
  assert_refused ("--population 12500", "rules", "--population", "dodicimila", "--date", "2021-10-03", NULL);
  assert_refused ("--population 12500", "rules", "--population", "12.500", "--date", "2021-10-03", NULL);
  assert_refused ("--population 12500", "rules", "--date", "2021-10-03", NULL);
  assert_refused ("YYYY-MM-DD", "rules", "--population", "5000", "--date", "2021-02-30", NULL);
  assert_refused ("YYYY-MM-DD", "rules", "--population", "5000", "--date", "03/10/2021", NULL);
  assert_refused ("YYYY-MM-DD", "rules", "--population", "5000", NULL);
  assert_refused ("Type a date from 2012-12-26", "rules", "--population", "5000", "--date", "2001-05-13", NULL);
  assert_refused ("special-statute", "rules", "--population", "5000", "--region", "Sicilia",
                  "--date", "2021-10-03", NULL);
  assert_refused ("Type one of", "rules", "--population", "5000", "--region", "Narnia",
                  "--date", "2021-10-03", NULL);
  assert_refused ("unexpected", "rules", "--population", "5000", "--date", "2021-10-03", "extra", NULL);
  assert_refused ("not a command", "regole", NULL);
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) fixtures = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);
  dir = g_test_build_filename (G_TEST_DIST, "cli", "fixtures", NULL);
  fixtures = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (fixtures);
  while ((name = g_dir_read_name (fixtures)) != NULL)
    if (g_str_has_prefix (name, "rules-") && g_str_has_suffix (name, ".json"))
      {
        g_autofree char *path = g_strconcat ("/cli/rules/fixture/", name, NULL);

        g_test_add_data_func_full (path, g_strdup (name), check_fixture, g_free);
      }
  g_test_add_func ("/cli/rules/table-lists-every-parameter", test_table_lists_every_parameter);
  g_test_add_func ("/cli/rules/bad-input", test_bad_input);
  return g_test_run ();
}
