/* cdo-rule-book.c: looking up what the law requires for a comune on an election date
 *
 * A look-up walks the parameters in catalogue order, so that bands conditioned on the
 * electoral system and values derived from the seats can read what came before.
 * It allocates nothing: a million look-ups cost a million small loops (bench/).
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-rule-book-private.h"

G_DEFINE_QUARK (cdo-rules-error-quark, cdo_rules_error)

static const char *const shipped_rulesets[] = { "national", NULL };

static GBytes *
shipped_data (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/rules/", name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  if (bytes == NULL)
    g_error ("Rule data %s is missing from the program: %s", path, error->message);
  return bytes;
}

static gboolean
load_shipped_rulesets (CdoRuleBook *book,
                       GError     **error)
{
  for (guint i = 0; shipped_rulesets[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (shipped_rulesets[i], ".xml", NULL);
      g_autofree char *origin = g_strconcat ("data/rules/", file, NULL);
      g_autoptr(GBytes) bytes = shipped_data (file);

      if (cdo_rule_book_parse_ruleset (book, bytes, origin, error) == NULL)
        return FALSE;
    }
  return TRUE;
}

CdoRuleBook *
cdo_rule_book_get_default (void)
{
  static CdoRuleBook *book;

  if (g_once_init_enter (&book))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) regions = NULL;
      CdoRuleBook *loaded;

      cdo_core_ensure_resources ();
      loaded = cdo_rule_book_new_empty ();
      regions = shipped_data ("regions.xml");
      if (!load_shipped_rulesets (loaded, &error)
          || !cdo_rule_book_parse_regions (loaded, regions, "data/rules/regions.xml", &error))
        g_error ("The rule data shipped with the program are invalid: %s", error->message);
      g_once_init_leave (&book, loaded);
    }
  return book;
}

CdoRuleBook *
cdo_rule_book_new_from_bytes (GBytes      *rules_xml,
                              const char  *origin,
                              GBytes      *regions_xml,
                              GError     **error)
{
  g_autoptr(CdoRuleBook) book = NULL;
  g_autoptr(GBytes) shipped_regions = NULL;

  cdo_core_ensure_resources ();
  book = cdo_rule_book_new_empty ();
  if (cdo_rule_book_parse_ruleset (book, rules_xml, origin, error) == NULL)
    return NULL;
  if (regions_xml == NULL)
    {
      /* The shipped catalogue names the shipped rule sets; load them too, unless the
       * caller's data replaces one, so that every region resolves. */
      shipped_regions = shipped_data ("regions.xml");
      for (guint i = 0; shipped_rulesets[i] != NULL; i++)
        {
          g_autofree char *file = g_strconcat (shipped_rulesets[i], ".xml", NULL);
          g_autoptr(GBytes) bytes = shipped_data (file);
          gboolean replaced = FALSE;

          for (guint j = 0; j < book->rulesets->len; j++)
            replaced |= g_str_equal (((CdoRuleSet *) g_ptr_array_index (book->rulesets, j))->id,
                                     shipped_rulesets[i]);
          if (!replaced && cdo_rule_book_parse_ruleset (book, bytes, file, error) == NULL)
            return NULL;
        }
    }
  if (!cdo_rule_book_parse_regions (book, regions_xml ? regions_xml : shipped_regions,
                                    regions_xml ? origin : "data/rules/regions.xml", error))
    return NULL;
  return g_steal_pointer (&book);
}

void
cdo_rule_book_free (CdoRuleBook *book)
{
  if (book == NULL)
    return;
  g_ptr_array_unref (book->rulesets);
  g_array_unref (book->regions);
  g_ptr_array_unref (book->region_names);
  g_ptr_array_unref (book->alias_arrays);
  g_string_chunk_free (book->strings);
  g_free (book);
}

const char *const *
cdo_rule_book_get_regions (CdoRuleBook *book)
{
  return (const char *const *) book->region_names->pdata;
}

/* Region names are compared on letters and digits only, case-folded, so that
 * "Friuli-Venezia Giulia", "friuli venezia giulia" and "Valle d’Aosta" all match. */
static char *
region_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static const CdoRegion *
find_region (CdoRuleBook *book,
             const char  *name)
{
  g_autofree char *wanted = region_key (name);

  for (guint i = 0; i < book->regions->len; i++)
    {
      const CdoRegion *region = &g_array_index (book->regions, CdoRegion, i);
      g_autofree char *key = region_key (region->name);

      if (g_str_equal (key, wanted))
        return region;
      for (guint a = 0; region->aliases[a] != NULL; a++)
        {
          g_autofree char *alias = region_key (region->aliases[a]);

          if (g_str_equal (alias, wanted))
            return region;
        }
    }
  return NULL;
}

static CdoRuleSet *
resolve_ruleset (CdoRuleBook *book,
                 const char  *region_name,
                 GError     **error)
{
  const CdoRegion *region;

  if (region_name == NULL)
    return book->rulesets->len ? g_ptr_array_index (book->rulesets, 0) : NULL;
  region = find_region (book, region_name);
  if (region == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) cdo_rule_book_get_regions (book));

      g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_UNKNOWN_REGION,
                   _("“%s” is not an Italian region. Type one of: %s."), region_name, known);
      return NULL;
    }
  if (region->ruleset == NULL)
    {
      g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_SPECIAL_STATUTE,
                   _("%s is a special-statute region: its comuni follow regional law (%s), "
                     "which Circondario does not contain yet. Check the regional rules; "
                     "the national ones do not apply."),
                   region->name, region->law);
      return NULL;
    }
  return region->ruleset;
}

static const CdoRuleEntry *
find_entry (GArray      *entries,
            const GDate *date)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const CdoRuleEntry *entry = &g_array_index (entries, CdoRuleEntry, i);

      if (g_date_compare (date, &entry->from) >= 0
          && (!g_date_valid (&entry->to) || g_date_compare (date, &entry->to) <= 0))
        return entry;
    }
  return NULL;
}

static gboolean
band_matches (const CdoRuleBand   *band,
              const CdoRuleQuery  *query,
              const CdoRuleAnswer *answer)
{
  if (query->population < band->min_population || query->population > band->max_population)
    return FALSE;
  if (band->capoluogo >= 0 && band->capoluogo != (query->capoluogo ? 1 : 0))
    return FALSE;
  /* system strings are interned, so pointers compare */
  return band->system == NULL || band->system == answer->values[CDO_RULE_ELECTORAL_SYSTEM].choice;
}

static gint64
apply_ratio (gint64             base,
             const CdoRuleBand *band)
{
  gint64 scaled = base * band->numerator;
  gint64 quotient = scaled / band->denominator;
  gint64 remainder = scaled % band->denominator;

  switch (band->rounding)
    {
    case CDO_ROUND_UP_ABOVE_HALF:
      return quotient + (2 * remainder > band->denominator ? 1 : 0);
    case CDO_ROUND_UP:
      return quotient + (remainder > 0 ? 1 : 0);
    case CDO_ROUND_DOWN:
    default:
      return quotient;
    }
}

static void
fill_value (const CdoRuleEntry *entry,
            const CdoRuleBand  *band,
            const CdoRuleQuery *query,
            CdoRuleAnswer      *answer,
            CdoRuleValue       *value)
{
  memset (value, 0, sizeof *value);
  value->citation = band->citation;
  value->note = band->note;
  value->note_it = band->note_it;
  value->verified = band->verified;
  value->number = band->number;
  value->minutes = band->minutes;
  value->choice = band->choice;
  if (band->derived)
    {
      const CdoRuleValue *base = &answer->values[band->of];

      value->number = apply_ratio (base->number, band);
      value->verified = value->verified && base->verified;
    }
  g_date_clear (&value->certain_from, 1);
  if (g_date_valid (&entry->certain_from)
      && g_date_compare (&query->election_date, &entry->certain_from) < 0)
    {
      value->start_uncertain = TRUE;
      value->certain_from = entry->certain_from;
      value->verified = FALSE;
    }
}

static void
ruleset_coverage (CdoRuleSet *set,
                  GDate      *first,
                  GDate      *last)
{
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      GArray *entries = set->entries[key];
      const CdoRuleEntry *all = entries ? (const CdoRuleEntry *) (gpointer) entries->data : NULL;
      const CdoRuleEntry *head;
      const CdoRuleEntry *tail;

      /* Never so: the loader refuses a rule set with a rule missing or without entries. */
      if (all == NULL || entries->len == 0)
        continue;
      head = &all[0];
      tail = &all[entries->len - 1];

      if (!g_date_valid (first) || g_date_compare (&head->from, first) > 0)
        *first = head->from;
      if (g_date_valid (&tail->to) && (!g_date_valid (last) || g_date_compare (&tail->to, last) < 0))
        *last = tail->to;
    }
}

void
cdo_rule_book_get_coverage (CdoRuleBook *book,
                            GDate       *first,
                            GDate       *last_or_invalid)
{
  g_return_if_fail (book->rulesets->len > 0);
  ruleset_coverage (g_ptr_array_index (book->rulesets, 0), first, last_or_invalid);
}

static void
set_not_covered_error (CdoRuleSet  *set,
                       const char  *name,
                       const GDate *date,
                       GError     **error)
{
  g_autofree char *asked = cdo_date_format_iso (date);
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  GDate first, last;

  ruleset_coverage (set, &first, &last);
  first_text = cdo_date_format_iso (&first);
  if (g_date_valid (&last))
    {
      last_text = cdo_date_format_iso (&last);
      g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_NOT_COVERED,
                   _("No rule for “%s” covers an election on %s. Type a date between %s and %s."),
                   name, asked, first_text, last_text);
    }
  else
    g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_NOT_COVERED,
                 _("No rule for “%s” covers an election on %s. Type a date from %s on."),
                 name, asked, first_text);
}

static gboolean
look_up_key (CdoRuleSet         *set,
             CdoRuleKey          key,
             const CdoRuleQuery *query,
             CdoRuleAnswer      *answer,
             GError            **error)
{
  const CdoRuleEntry *entry = find_entry (set->entries[key], &query->election_date);
  const char *name = cdo_rule_key_get_info (key)->name;
  g_autofree char *population = NULL;

  if (entry == NULL)
    {
      set_not_covered_error (set, name, &query->election_date, error);
      return FALSE;
    }
  for (guint i = 0; i < entry->bands->len; i++)
    {
      const CdoRuleBand *band = &g_array_index (entry->bands, CdoRuleBand, i);

      if (band_matches (band, query, answer))
        {
          fill_value (entry, band, query, answer, &answer->values[key]);
          return TRUE;
        }
    }
  population = g_strdup_printf ("%" G_GINT64_FORMAT, query->population);
  g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA,
               _("The rule data give no value of “%s” for a comune of %s inhabitants. "
                 "Report this to the maintainers."), name, population);
  return FALSE;
}

gboolean
cdo_rule_book_lookup (CdoRuleBook        *book,
                      const CdoRuleQuery *query,
                      CdoRuleAnswer      *answer,
                      GError            **error)
{
  CdoRuleSet *set;

  g_return_val_if_fail (book != NULL && query != NULL && answer != NULL, FALSE);
  if (query->population < 0)
    {
      g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_QUERY,
                   _("A population cannot be negative. Type the legal population, e.g. 12500."));
      return FALSE;
    }
  if (!g_date_valid (&query->election_date))
    {
      g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_QUERY,
                   _("The election date is not a valid date. Type it as YYYY-MM-DD."));
      return FALSE;
    }
  set = resolve_ruleset (book, query->region, error);
  if (set == NULL)
    return FALSE;

  answer->population = query->population;
  answer->capoluogo = query->capoluogo;
  answer->election_date = query->election_date;
  answer->ruleset = set->id;
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    if (!look_up_key (set, key, query, answer, error))
      return FALSE;
  return TRUE;
}
