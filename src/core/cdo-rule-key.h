/* cdo-rule-key.h: the catalogue of election parameters the rule book answers
 *
 * The keys are the vocabulary shared by the rule data (the XML files in data/rules), the
 * CLI's --json output and the Rules page. Their values live in the data, never here.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Listed in evaluation order: a rule may depend only on keys listed before it
 * (bands conditioned on the electoral system, values derived from the seats). */
typedef enum {
  CDO_RULE_ELECTORAL_SYSTEM,
  CDO_RULE_COUNCIL_SEATS,
  CDO_RULE_LIST_MIN,
  CDO_RULE_LIST_MAX,
  CDO_RULE_SIGNATURES_ORDINARY_MIN,
  CDO_RULE_SIGNATURES_MIN,
  CDO_RULE_SIGNATURES_MAX,
  CDO_RULE_GENDER_RULE,
  CDO_RULE_SINGLE_SEX_LIST_REFUSED,
  CDO_RULE_PREFERENCES,
  CDO_RULE_MAYOR_TERM_LIMIT,
  CDO_RULE_FILING_OPENS,
  CDO_RULE_FILING_CLOSES,
  CDO_RULE_MANIFESTO_DEADLINE,
  CDO_RULE_APPEAL_DAYS,
  CDO_RULE_BALLOT_MODEL,
  CDO_RULE_RUNOFF_BALLOT_MODEL,
  CDO_RULE_KEY_COUNT
} CdoRuleKey;

typedef enum {
  CDO_RULE_TYPE_INTEGER,      /* a count: seats, signatures, terms */
  CDO_RULE_TYPE_BOOLEAN,
  CDO_RULE_TYPE_CHOICE,       /* one of a closed set of names */
  CDO_RULE_TYPE_DAY_AND_TIME, /* "-30 08:00": days from the first voting day, local time */
  CDO_RULE_TYPE_DAY,          /* "-8": days from the first voting day */
  CDO_RULE_TYPE_DAYS,         /* a duration in days */
} CdoRuleType;

typedef struct {
  CdoRuleKey   key;
  const char  *name;            /* as in the data and the JSON output */
  CdoRuleType  type;
  const char  *label;           /* English msgid, marked for translation */
  const char  *const *choices;  /* NULL-terminated, for CDO_RULE_TYPE_CHOICE */
  gboolean     public;          /* FALSE for helpers that only feed other keys */
  gboolean     in_json;         /* FALSE for keys the --json contract does not list */
} CdoRuleKeyInfo;

const CdoRuleKeyInfo *cdo_rule_key_get_info   (CdoRuleKey  key);
gboolean              cdo_rule_key_from_name  (const char *name,
                                               CdoRuleKey *out_key);
gboolean              cdo_rule_key_accepts    (CdoRuleKey  key,
                                               const char *text);
const char           *cdo_rule_choice_label   (CdoRuleKey  key,
                                               const char *choice);

G_END_DECLS
