/* cdo-cli-rules.c: what the law requires for a comune on an election date, for scripts
 *
 *   circondario-cli rules --population N [--capoluogo] [--region NAME] --date YYYY-MM-DD [--json]
 *
 * Output is built in strings so that tests can run the command in-process.
 */
#include <glib/gi18n.h>

#include "cdo-cli-rules.h"
#include "cdo-date.h"
#include "cdo-rule-book.h"

typedef struct {
  char     *population;
  gboolean  capoluogo;
  char     *region;
  char     *date;
  gboolean  json;
} RulesOptions;

static void
rules_options_clear (RulesOptions *options)
{
  g_free (options->population);
  g_free (options->region);
  g_free (options->date);
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
  return TRUE;
}

static gboolean
build_query (const RulesOptions *options,
             CdoRuleQuery       *query,
             GError            **error)
{
  gint64 population;

  if (options->population == NULL
      || !g_ascii_string_to_signed (options->population, 10, 0, G_MAXINT32, &population, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a population: type a whole number of inhabitants, "
                     "e.g. --population 12500."),
                   options->population ? options->population : "");
      return FALSE;
    }
  if (options->date == NULL || !cdo_date_parse_iso (options->date, &query->election_date))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a date: type the first voting day as YYYY-MM-DD, "
                     "e.g. --date 2021-10-03."),
                   options->date ? options->date : "");
      return FALSE;
    }
  query->population = population;
  query->capoluogo = options->capoluogo;
  query->region = options->region;
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
  CdoRuleQuery query = { 0 };
  CdoRuleAnswer answer;

  g_date_clear (&query.election_date, 1);
  if (!parse_options (argc, argv, &options, &error)
      || !build_query (&options, &query, &error)
      || !cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, &answer, &error))
    {
      g_string_append_printf (err, "circondario-cli rules: %s\n", error->message);
      return 2;
    }
  if (options.json)
    {
      g_autofree char *json = cdo_rule_answer_to_json (&answer);

      g_string_append (out, json);
    }
  else
    append_table (out, &answer);
  return 0;
}
