/* cdo-cli-rules.c: what the law requires for a comune on an election date, for scripts
 *
 *   circondario-cli rules --population N [--capoluogo] [--region NAME] --date YYYY-MM-DD [--json]
 *   circondario-cli rules --district DISTRICT --comune NAME-OR-ISTAT [OPTION…] [--json]
 *
 * With --district and --comune the population, capoluogo, region and first voting day are
 * the district file's (opened for reading only); the other options, when given, override
 * them (--capoluogo can only add the flag). Output is built in strings so that tests can
 * run the command in-process.
 */
#include <glib/gi18n.h>

#include "cdo-cli-rules.h"
#include "cdo-date.h"
#include "cdo-rule-book.h"
#include "cdo-store.h"

typedef struct {
  char     *population;
  gboolean  capoluogo;
  char     *region;
  char     *date;
  gboolean  json;
  char     *district;
  char     *comune;
} RulesOptions;

static void
rules_options_clear (RulesOptions *options)
{
  g_free (options->population);
  g_free (options->region);
  g_free (options->date);
  g_free (options->district);
  g_free (options->comune);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RulesOptions, rules_options_clear)

static gboolean
parse_options (int           argc,
               char        **argv,
               RulesOptions *options,
               GError      **error)
{
  const GOptionEntry entries[] = {
    { "population", 'p', 0, G_OPTION_ARG_STRING, &options->population,
      N_("Legal population of the comune"), "N" },
    { "capoluogo", 'c', 0, G_OPTION_ARG_NONE, &options->capoluogo,
      N_("The comune is a capoluogo di provincia"), NULL },
    { "region", 'r', 0, G_OPTION_ARG_STRING, &options->region,
      N_("Region of the comune (default: an ordinary-statute region)"), N_("NAME") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &options->date,
      N_("First voting day"), "YYYY-MM-DD" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json,
      N_("Print one JSON object instead of a table"), NULL },
    { "district", 0, 0, G_OPTION_ARG_FILENAME, &options->district,
      N_("Take the comune and the first voting day from this district file (with --comune)"),
      N_("DISTRICT") },
    { "comune", 0, 0, G_OPTION_ARG_STRING, &options->comune,
      N_("The comune of --district, by its name or its ISTAT code"), N_("NAME-OR-ISTAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_summary (context, _("Show what the law requires of a comune's candidacies."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc > 1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unexpected “%s”: every value follows its option, "
                     "e.g. --population 12500 --date 2021-10-03."), argv[1]);
      return FALSE;
    }
  if ((options->district == NULL) != (options->comune == NULL))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--district and --comune go together, e.g. --district "
                             "district.circondario --comune Olivola."));
      return FALSE;
    }
  return TRUE;
}

/* The names of the district's comuni, for a comune that is not among them. */
static char *
comune_names (CdoDistrict *district)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", comune->name);
    }
  return g_string_free (names, FALSE);
}

/* The comune --comune names in the file --district names; *out_district owns it. A file
 * that cannot be read is a CDO_STORE_ERROR, a comune it does not hold a usage error. */
static CdoComuneRecord *
read_comune (const RulesOptions  *options,
             CdoDistrict        **out_district,
             GError             **error)
{
  g_autoptr(CdoStore) store = cdo_store_open_read_only (options->district, error);
  g_autoptr(CdoDistrict) district = NULL;
  g_autofree char *names = NULL;
  CdoComuneRecord *comune;

  if (store != NULL)
    district = cdo_store_load_district (store, error);
  if (district == NULL)
    return NULL;
  comune = cdo_district_find_comune (district, options->comune);
  if (comune == NULL)
    {
      names = comune_names (district);
      if (district->comuni->len == 0)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("%s has no comuni yet, so none is called “%s”."), options->district,
                     options->comune);
      else
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("%s has no comune “%s”: give its name or its six-digit ISTAT code. Its "
                       "comuni are %s."), options->district, options->comune, names);
      return NULL;
    }
  if (options->date == NULL && !g_date_valid (&district->first_day))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s has no voting days yet: give the first voting day with --date, or set "
                     "it with circondario-cli election."), options->district);
      return NULL;
    }
  *out_district = g_steal_pointer (&district);
  return comune;
}

/* The query from the options, and from @comune and @district (may be NULL) for what
 * the options leave out. */
static gboolean
build_query (const RulesOptions     *options,
             const CdoComuneRecord  *comune,
             const CdoDistrict      *district,
             CdoRuleQuery           *query,
             GError                **error)
{
  gint64 population;

  if (options->population == NULL && comune != NULL)
    population = comune->population;
  else if (options->population == NULL
           || !g_ascii_string_to_signed (options->population, 10, 0, G_MAXINT32, &population,
                                         NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a population: type a whole number of inhabitants, "
                     "e.g. --population 12500."),
                   options->population ? options->population : "");
      return FALSE;
    }
  if (options->date == NULL && district != NULL)
    query->election_date = district->first_day;
  else if (options->date == NULL || !cdo_date_parse_iso (options->date, &query->election_date))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a date: type the first voting day as YYYY-MM-DD, "
                     "e.g. --date 2021-10-03."),
                   options->date ? options->date : "");
      return FALSE;
    }
  query->population = population;
  query->capoluogo = options->capoluogo || (comune != NULL && comune->capoluogo);
  query->region = options->region != NULL || comune == NULL ? options->region : comune->region;
  return TRUE;
}

static void
append_padded (GString    *out,
               const char *text,
               glong       width)
{
  g_string_append (out, text);
  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    g_string_append_c (out, ' ');
}

/* One row per parameter: label, value, citation; unverified rows are flagged so that
 * they stand out in a terminal and in a grep. */
static void
append_table (GString             *out,
              const CdoRuleAnswer *answer)
{
  glong label_width = 0, value_width = 0;
  g_autofree char *date = cdo_date_format_iso (&answer->election_date);
  const char *unverified = _("UNVERIFIED");
  g_autofree char *population = g_strdup_printf ("%" G_GINT64_FORMAT, answer->population);

  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      g_autofree char *value = cdo_rule_answer_describe (answer, key);

      if (!cdo_rule_key_get_info (key)->public)
        continue;
      label_width = MAX (label_width, g_utf8_strlen (_(cdo_rule_key_get_info (key)->label), -1));
      value_width = MAX (value_width, g_utf8_strlen (value, -1));
    }
  g_string_append_printf (out, _("Population %s%s, election on %s\n\n"),
                          population, answer->capoluogo ? _(", capoluogo di provincia") : "", date);
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      const CdoRuleValue *value = cdo_rule_answer_get (answer, key);
      g_autofree char *described = cdo_rule_answer_describe (answer, key);

      if (!cdo_rule_key_get_info (key)->public)
        continue;
      append_padded (out, _(cdo_rule_key_get_info (key)->label), label_width + 2);
      append_padded (out, described, value_width + 2);
      append_padded (out, value->verified ? "" : unverified,
                     value->verified ? g_utf8_strlen (unverified, -1) + 2 : 0);
      if (!value->verified)
        g_string_append (out, "  ");
      g_string_append_printf (out, "%s\n", value->citation);
    }
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      g_autofree char *why = cdo_rule_answer_explain (answer, key);

      if (cdo_rule_key_get_info (key)->public && !cdo_rule_answer_is_verified (answer, key) && why)
        g_string_append_printf (out, "\n%s %s: %s", unverified, _(cdo_rule_key_get_info (key)->label), why);
    }
  g_string_append (out, "\n");
}

int
cdo_cli_rules_run (int       argc,
                   char    **argv,
                   GString  *out,
                   GString  *err)
{
  g_auto(RulesOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  CdoComuneRecord *comune = NULL;
  CdoRuleQuery query = { 0 };
  CdoRuleAnswer answer;

  g_date_clear (&query.election_date, 1);
  if (!parse_options (argc, argv, &options, &error)
      || (options.district != NULL
          && (comune = read_comune (&options, &district, &error)) == NULL)
      || !build_query (&options, comune, district, &query, &error)
      || !cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, &answer, &error))
    {
      g_string_append_printf (err, "circondario-cli rules: %s\n", error->message);
      /* A district file that cannot be read is a failure; anything else, bad usage. */
      return error->domain == CDO_STORE_ERROR ? 1 : 2;
    }
  if (options.json)
    {
      g_autofree char *json = cdo_rule_answer_to_json (&answer);

      g_string_append (out, json);
    }
  else
    {
      if (comune != NULL)
        /* Translators: "Olivola (AL), from district.circondario:" */
        g_string_append_printf (out, _("%s (%s), from %s:\n"), comune->name,
                                comune->province != NULL ? comune->province : "?",
                                options.district);
      append_table (out, &answer);
    }
  return 0;
}
