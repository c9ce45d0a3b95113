/* cdo-rule-answer.h: what the law requires of one comune's candidacies on one date
 *
 * Filled by cdo_rule_book_lookup(). Strings point into the rule book, which must
 * outlive the answer; the answer itself needs no freeing.
 */
#pragma once

#include <glib.h>

#include "cdo-rule-key.h"

G_BEGIN_DECLS

typedef struct {
  gint64       number;     /* integers, booleans (0/1), day offsets, durations */
  int          minutes;    /* minutes after midnight, for CDO_RULE_TYPE_DAY_AND_TIME */
  const char  *choice;     /* for CDO_RULE_TYPE_CHOICE */
  const char  *citation;   /* the legal source, Italian, as written in the data */
  const char  *note;       /* why it is unverified or how it is read, English; may be NULL */
  const char  *note_it;    /* the same note in Italian; may be NULL */
  gboolean     verified;
  /* Set when the election falls before the day from which the rule is certain to apply
   * (the data's certain-from): the value is then unverified for that reason too. */
  gboolean     start_uncertain;
  GDate        certain_from;
} CdoRuleValue;

typedef struct {
  gint64        population;
  gboolean      capoluogo;
  GDate         election_date;
  const char   *ruleset;       /* id of the rule set that answered, e.g. "national" */
  CdoRuleValue  values[CDO_RULE_KEY_COUNT];
} CdoRuleAnswer;

const CdoRuleValue *cdo_rule_answer_get          (const CdoRuleAnswer *answer,
                                                  CdoRuleKey           key);
gint64              cdo_rule_answer_get_number   (const CdoRuleAnswer *answer,
                                                  CdoRuleKey           key);
const char         *cdo_rule_answer_get_choice   (const CdoRuleAnswer *answer,
                                                  CdoRuleKey           key);
gboolean            cdo_rule_answer_is_verified  (const CdoRuleAnswer *answer,
                                                  CdoRuleKey           key);
/* The value as shown to people and in JSON: "2021-09-03T08:00", "12", "true"… */
char               *cdo_rule_answer_format_value (const CdoRuleAnswer *answer,
                                                  CdoRuleKey           key);
/* A value in words for the human table and the window, translated. */
char               *cdo_rule_answer_describe     (const CdoRuleAnswer *answer,
                                                  CdoRuleKey           key);
/* The gender quota on a list of @candidates: the least the less represented sex must
 * have and the most the other may have. "one-third": ⌈n/3⌉ always rounded up, the
 * other sex n − ⌈n/3⌉ (Ministry guide 2021 §4.3.2 note 2); "both-sexes": 1 and n − 1. */
void                cdo_rule_answer_gender_quota (const CdoRuleAnswer *answer,
                                                  gint64               candidates,
                                                  gint64              *less_represented_min,
                                                  gint64              *more_represented_max);
/* Why a value is unverified, in the UI language: the data's note and/or the uncertain
 * start date. NULL when there is nothing to say. */
char               *cdo_rule_answer_explain      (const CdoRuleAnswer *answer,
                                                  CdoRuleKey           key);
/* The --json contract: one object, keys as documented in help/rules.page. */
char               *cdo_rule_answer_to_json      (const CdoRuleAnswer *answer);

G_END_DECLS
