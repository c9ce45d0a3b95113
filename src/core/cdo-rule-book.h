/* cdo-rule-book.h: the election rules as dated data, and the look-up
 *
 * A rule book holds the rule sets read from data/rules (validated against
 * data/rules/rules.rng) and the region catalogue that says which rule set a
 * region follows. Special-statute regions have none yet and are refused.
 */
#pragma once

#include <gio/gio.h>

#include "cdo-rule-answer.h"

G_BEGIN_DECLS

#define CDO_RULES_ERROR (cdo_rules_error_quark ())

typedef enum {
  CDO_RULES_ERROR_INVALID_DATA,     /* a rule file is malformed or breaks the schema */
  CDO_RULES_ERROR_NOT_COVERED,      /* no rule covers that date */
  CDO_RULES_ERROR_SPECIAL_STATUTE,  /* the region follows its own electoral law */
  CDO_RULES_ERROR_UNKNOWN_REGION,
  CDO_RULES_ERROR_INVALID_QUERY,    /* negative population, invalid date */
} CdoRulesError;

GQuark cdo_rules_error_quark (void);

typedef struct _CdoRuleBook CdoRuleBook;

typedef struct {
  gint64      population;     /* legal population */
  gboolean    capoluogo;      /* comune capoluogo di provincia */
  const char *region;         /* region name as in data/rules/regions.xml; NULL = ordinary statute */
  GDate       election_date;  /* first voting day */
} CdoRuleQuery;

/* The rule book compiled into the program (gresource). Never fails for shipped
 * data: the tests load it; a broken build aborts with the validator's message. */
CdoRuleBook *cdo_rule_book_get_default    (void);
/* Rule data and region catalogue from bytes, as the loader's fuzz target does.
 * @regions may be NULL for the shipped catalogue. */
CdoRuleBook *cdo_rule_book_new_from_bytes (GBytes      *rules_xml,
                                           const char  *origin,
                                           GBytes      *regions_xml,
                                           GError     **error);
void         cdo_rule_book_free           (CdoRuleBook *book);

gboolean     cdo_rule_book_lookup         (CdoRuleBook        *book,
                                           const CdoRuleQuery *query,
                                           CdoRuleAnswer      *answer,
                                           GError            **error);

/* Region names known to the catalogue (for completion and the --region help). */
const char *const *cdo_rule_book_get_regions (CdoRuleBook *book);
/* The first and last election dates the national rule set covers; @last_or_invalid is
 * cleared when the data are open-ended. */
void         cdo_rule_book_get_coverage   (CdoRuleBook *book,
                                           GDate       *first,
                                           GDate       *last_or_invalid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoRuleBook, cdo_rule_book_free)

G_END_DECLS
