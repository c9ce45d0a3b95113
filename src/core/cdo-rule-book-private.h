/* cdo-rule-book-private.h: the rule book's in-memory form, shared by its loader and look-up */
#pragma once

#include "cdo-rule-book.h"

G_BEGIN_DECLS

#define CDO_RULES_MAX_FILE_SIZE (4 * 1024 * 1024)

typedef enum {
  CDO_ROUND_UP_ABOVE_HALF,  /* up only when the decimal part exceeds 0.50 (TUOEL art. 73 c. 1) */
  CDO_ROUND_UP,
  CDO_ROUND_DOWN,
} CdoRounding;

typedef struct {
  gint64       min_population;   /* inclusive */
  gint64       max_population;   /* inclusive; G_MAXINT64 when open */
  int          capoluogo;        /* -1 either, 0 no, 1 yes */
  const char  *system;           /* NULL for any electoral system */
  gboolean     derived;
  CdoRuleKey   of;               /* derived: value = of × numerator / denominator, rounded */
  int          numerator;
  int          denominator;
  CdoRounding  rounding;
  gint64       number;           /* literal values, parsed by the key's type */
  int          minutes;
  const char  *choice;
  const char  *citation;         /* already resolved against the entry */
  const char  *note;
  const char  *note_it;
  gboolean     verified;
} CdoRuleBand;

typedef struct {
  GDate   from;
  GDate   to;              /* invalid when open-ended */
  GDate   certain_from;    /* invalid when the start date is certain */
  GArray *bands;           /* CdoRuleBand */
} CdoRuleEntry;

typedef struct {
  const char *id;
  GArray     *entries[CDO_RULE_KEY_COUNT];  /* CdoRuleEntry, sorted, contiguous */
} CdoRuleSet;

typedef struct {
  const char  *name;
  const char  *const *aliases;   /* NULL-terminated, in the book's string chunk */
  gboolean     special_statute;
  const char  *law;
  CdoRuleSet  *ruleset;          /* NULL: refused */
} CdoRegion;

struct _CdoRuleBook {
  GStringChunk *strings;
  GPtrArray    *rulesets;        /* CdoRuleSet */
  GArray       *regions;         /* CdoRegion */
  GPtrArray    *region_names;    /* for cdo_rule_book_get_regions(), NULL-terminated */
  GPtrArray    *alias_arrays;    /* owned const char ** arrays */
};

CdoRuleSet *cdo_rule_book_parse_ruleset  (CdoRuleBook *book,
                                          GBytes      *xml,
                                          const char  *origin,
                                          GError     **error);
gboolean    cdo_rule_book_parse_regions  (CdoRuleBook *book,
                                          GBytes      *xml,
                                          const char  *origin,
                                          GError     **error);
CdoRuleBook *cdo_rule_book_new_empty     (void);
void         cdo_rule_set_free           (CdoRuleSet  *set);
void         cdo_core_ensure_resources   (void);

G_END_DECLS
