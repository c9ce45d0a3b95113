/* cdo-rule-key.c: the catalogue of election parameters
 *
 * Only names, types and labels live here; every figure lives in data/rules.
 */
#include <glib/gi18n-lib.h>

#include "cdo-rule-key.h"

static const char *const electoral_systems[] = { "up-to-15000", "over-15000", NULL };
static const char *const gender_rules[] = { "both-sexes", "one-third", NULL };
static const char *const ballot_models[] = {
  "under-5000", "5000-15000", "over-15000", "up-to-15000-runoff", "over-15000-runoff", NULL
};

static const CdoRuleKeyInfo key_infos[CDO_RULE_KEY_COUNT] = {
  { CDO_RULE_ELECTORAL_SYSTEM, "electoral_system", CDO_RULE_TYPE_CHOICE,
    N_("Electoral system"), electoral_systems, TRUE, TRUE },
  { CDO_RULE_COUNCIL_SEATS, "council_seats", CDO_RULE_TYPE_INTEGER,
    N_("Council seats (mayor excluded)"), NULL, TRUE, TRUE },
  { CDO_RULE_LIST_MIN, "list_min", CDO_RULE_TYPE_INTEGER,
    N_("Candidates per list, minimum"), NULL, TRUE, TRUE },
  { CDO_RULE_LIST_MAX, "list_max", CDO_RULE_TYPE_INTEGER,
    N_("Candidates per list, maximum"), NULL, TRUE, TRUE },
  { CDO_RULE_SIGNATURES_ORDINARY_MIN, "signatures_ordinary_min", CDO_RULE_TYPE_INTEGER,
    N_("Signatures, ordinary minimum"), NULL, FALSE, FALSE },
  { CDO_RULE_SIGNATURES_MIN, "signatures_min", CDO_RULE_TYPE_INTEGER,
    N_("Signatures, minimum"), NULL, TRUE, TRUE },
  { CDO_RULE_SIGNATURES_MAX, "signatures_max", CDO_RULE_TYPE_INTEGER,
    N_("Signatures, maximum"), NULL, TRUE, TRUE },
  { CDO_RULE_GENDER_RULE, "gender_rule", CDO_RULE_TYPE_CHOICE,
    N_("Gender rule on lists"), gender_rules, TRUE, TRUE },
  { CDO_RULE_SINGLE_SEX_LIST_REFUSED, "single_sex_list_refused", CDO_RULE_TYPE_BOOLEAN,
    N_("Single-sex list refused"), NULL, TRUE, TRUE },
  { CDO_RULE_PREFERENCES, "preferences", CDO_RULE_TYPE_INTEGER,
    N_("Preference votes"), NULL, TRUE, TRUE },
  { CDO_RULE_MAYOR_TERM_LIMIT, "mayor_term_limit", CDO_RULE_TYPE_INTEGER,
    N_("Mayor's consecutive terms before the bar"), NULL, TRUE, TRUE },
  { CDO_RULE_FILING_OPENS, "filing_opens", CDO_RULE_TYPE_DAY_AND_TIME,
    N_("Filing opens"), NULL, TRUE, TRUE },
  { CDO_RULE_FILING_CLOSES, "filing_closes", CDO_RULE_TYPE_DAY_AND_TIME,
    N_("Filing closes"), NULL, TRUE, TRUE },
  { CDO_RULE_MANIFESTO_DEADLINE, "manifesto_deadline", CDO_RULE_TYPE_DAY,
    N_("Manifesto posted by"), NULL, TRUE, TRUE },
  { CDO_RULE_APPEAL_DAYS, "appeal_days", CDO_RULE_TYPE_DAYS,
    N_("Appeal window"), NULL, TRUE, FALSE },
  { CDO_RULE_BALLOT_MODEL, "ballot_model", CDO_RULE_TYPE_CHOICE,
    N_("Ballot model, first round"), ballot_models, TRUE, TRUE },
  { CDO_RULE_RUNOFF_BALLOT_MODEL, "runoff_ballot_model", CDO_RULE_TYPE_CHOICE,
    N_("Ballot model, run-off"), ballot_models, TRUE, TRUE },
};

/* Words for the closed sets of names, so that people never read an identifier.
 * Keyed by the set as well, because "over-15000" names both a system and a ballot. */
static const struct { const char *const *set; const char *choice; const char *label; } choice_labels[] = {
  { electoral_systems, "up-to-15000", N_("Up to 15,000 inhabitants: one list per mayoral candidate, single round") },
  { electoral_systems, "over-15000", N_("Over 15,000 inhabitants: linked lists, run-off") },
  { gender_rules, "both-sexes", N_("Both sexes represented") },
  { gender_rules, "one-third", N_("Each sex at least one third, rounded up") },
  { ballot_models, "under-5000", N_("Under 5,000: one preference line under the symbol") },
  { ballot_models, "5000-15000", N_("5,000 to 15,000: two preference lines under the symbol") },
  { ballot_models, "over-15000", N_("Over 15,000: list symbols in rows of two below each mayoral candidate") },
  { ballot_models, "up-to-15000-runoff", N_("Up to 15,000: run-off after a tie, two boxes") },
  { ballot_models, "over-15000-runoff", N_("Over 15,000: run-off, symbols in rows of four") },
};

const CdoRuleKeyInfo *
cdo_rule_key_get_info (CdoRuleKey key)
{
  g_return_val_if_fail (key < CDO_RULE_KEY_COUNT, NULL);
  return &key_infos[key];
}

gboolean
cdo_rule_key_from_name (const char *name,
                        CdoRuleKey *out_key)
{
  for (guint i = 0; i < CDO_RULE_KEY_COUNT; i++)
    if (g_strcmp0 (key_infos[i].name, name) == 0)
      {
        *out_key = key_infos[i].key;
        return TRUE;
      }
  return FALSE;
}

gboolean
cdo_rule_key_accepts (CdoRuleKey  key,
                      const char *text)
{
  const CdoRuleKeyInfo *info = cdo_rule_key_get_info (key);

  if (info->choices == NULL)
    return FALSE;
  return g_strv_contains ((const char *const *) info->choices, text);
}

const char *
cdo_rule_choice_label (CdoRuleKey  key,
                       const char *choice)
{
  const CdoRuleKeyInfo *info = cdo_rule_key_get_info (key);

  for (guint i = 0; i < G_N_ELEMENTS (choice_labels); i++)
    if (choice_labels[i].set == info->choices && g_strcmp0 (choice_labels[i].choice, choice) == 0)
      return _(choice_labels[i].label);
  return choice;
}
