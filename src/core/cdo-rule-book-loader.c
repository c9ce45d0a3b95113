/* cdo-rule-book-loader.c: reading rule sets and the region catalogue from XML
 *
 * The schema (data/rules/rules.rng) checks the shape; this file checks what a schema
 * cannot: known keys, values of the key's type, derived values that refer to earlier
 * keys, and dated entries that follow each other without gap or overlap.
 */
#include <glib/gi18n-lib.h>
#include <libxml/tree.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-rule-book-private.h"
#include "cdo-xml.h"

#define SCHEMA_RESOURCE RESOURCE_BASE_PATH "/rules/rules.rng"

static void G_GNUC_PRINTF (4, 5)
set_data_error (GError    **error,
                const char *origin,
                xmlNode    *node,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA,
               _("%s, line %ld: %s"), origin, node ? xmlGetLineNo (node) : 0L, message);
}

/* Attribute copied into the book's string chunk; NULL when absent. */
static const char *
book_attr (CdoRuleBook *book,
           xmlNode     *node,
           const char  *name)
{
  g_autofree char *value = cdo_xml_get_attr (node, name);

  return value ? g_string_chunk_insert_const (book->strings, value) : NULL;
}

static gboolean
parse_signed (const char *text,
              gint64      min,
              gint64      max,
              gint64     *out)
{
  return text != NULL && g_ascii_string_to_signed (text, 10, min, max, out, NULL);
}

static gboolean
parse_date_attr (xmlNode *node,
                 const char *name,
                 GDate   *out_date)
{
  g_autofree char *text = cdo_xml_get_attr (node, name);

  g_date_clear (out_date, 1);
  return text == NULL || cdo_date_parse_iso (text, out_date);
}

static gboolean
parse_day_and_time (const char *text,
                    gint64     *out_day,
                    int        *out_minutes)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);
  g_auto(GStrv) clock = NULL;
  gint64 hours, minutes;

  if (g_strv_length (parts) != 2 || !parse_signed (parts[0], -400, 400, out_day))
    return FALSE;
  clock = g_strsplit (parts[1], ":", -1);
  if (g_strv_length (clock) != 2 || strlen (clock[0]) != 2 || strlen (clock[1]) != 2
      || !parse_signed (clock[0], 0, 23, &hours) || !parse_signed (clock[1], 0, 59, &minutes))
    return FALSE;
  *out_minutes = (int) (hours * 60 + minutes);
  return TRUE;
}

static gboolean
parse_literal (CdoRuleBook *book,
               CdoRuleKey   key,
               const char  *text,
               CdoRuleBand *band)
{
  const CdoRuleKeyInfo *info = cdo_rule_key_get_info (key);

  switch (info->type)
    {
    case CDO_RULE_TYPE_INTEGER:
      return parse_signed (text, 0, 1000000000, &band->number);
    case CDO_RULE_TYPE_BOOLEAN:
      band->number = g_str_equal (text, "true");
      return band->number || g_str_equal (text, "false");
    case CDO_RULE_TYPE_CHOICE:
      band->choice = g_intern_string (text);  /* interned: bands compare systems by pointer */
      return cdo_rule_key_accepts (key, text);
    case CDO_RULE_TYPE_DAY_AND_TIME:
      return parse_day_and_time (text, &band->number, &band->minutes);
    case CDO_RULE_TYPE_DAY:
      return parse_signed (text, -400, 400, &band->number);
    case CDO_RULE_TYPE_DAYS:
      return parse_signed (text, 0, 400, &band->number);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
parse_ratio (const char *text,
             CdoRuleBand *band)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", -1);
  gint64 numerator, denominator;

  if (g_strv_length (parts) != 2
      || !parse_signed (parts[0], 1, 99, &numerator)
      || !parse_signed (parts[1], 1, 99, &denominator))
    return FALSE;
  band->numerator = (int) numerator;
  band->denominator = (int) denominator;
  return TRUE;
}

static gboolean
parse_derivation (CdoRuleKey   key,
                  xmlNode     *node,
                  CdoRuleBand *band,
                  const char  *origin,
                  GError     **error)
{
  g_autofree char *of = cdo_xml_get_attr (node, "of");
  g_autofree char *ratio = cdo_xml_get_attr (node, "ratio");
  g_autofree char *rounding = cdo_xml_get_attr (node, "rounding");

  band->derived = TRUE;
  if (!cdo_rule_key_from_name (of, &band->of) || band->of >= key
      || cdo_rule_key_get_info (band->of)->type != CDO_RULE_TYPE_INTEGER
      || cdo_rule_key_get_info (key)->type != CDO_RULE_TYPE_INTEGER)
    {
      set_data_error (error, origin, node,
                      _("“%s” cannot be derived from “%s”: both must be counts, and the source "
                        "must be a parameter listed before it"),
                      cdo_rule_key_get_info (key)->name, of);
      return FALSE;
    }
  if (!parse_ratio (ratio, band))
    {
      set_data_error (error, origin, node, _("the ratio “%s” is not of the form 3/4"), ratio);
      return FALSE;
    }
  band->rounding = g_str_equal (rounding, "up") ? CDO_ROUND_UP
                 : g_str_equal (rounding, "down") ? CDO_ROUND_DOWN
                 : CDO_ROUND_UP_ABOVE_HALF;
  return TRUE;
}

static gboolean
parse_conditions (CdoRuleKey   key,
                  xmlNode     *node,
                  CdoRuleBand *band,
                  const char  *origin,
                  GError     **error)
{
  g_autofree char *min = cdo_xml_get_attr (node, "min");
  g_autofree char *max = cdo_xml_get_attr (node, "max");
  g_autofree char *capoluogo = cdo_xml_get_attr (node, "capoluogo");
  g_autofree char *system = cdo_xml_get_attr (node, "system");

  band->min_population = 0;
  band->max_population = G_MAXINT64;
  if ((min && !parse_signed (min, 0, G_MAXINT64, &band->min_population))
      || (max && !parse_signed (max, 0, G_MAXINT64, &band->max_population))
      || band->min_population > band->max_population)
    {
      set_data_error (error, origin, node, _("the population band %s–%s is not valid"),
                      min ? min : "0", max ? max : "∞");
      return FALSE;
    }
  band->capoluogo = capoluogo == NULL ? -1 : g_str_equal (capoluogo, "yes");
  if (system != NULL && key == CDO_RULE_ELECTORAL_SYSTEM)
    {
      set_data_error (error, origin, node, _("the electoral system cannot depend on itself"));
      return FALSE;
    }
  band->system = system ? (cdo_rule_key_accepts (CDO_RULE_ELECTORAL_SYSTEM, system)
                           ? g_intern_string (system) : NULL) : NULL;
  return TRUE;
}

typedef struct {
  const char *citation;
  const char *note;
  const char *note_it;
  gboolean    verified;
} Source;

static void
parse_source (CdoRuleBook  *book,
              xmlNode      *node,
              const Source *inherited,
              Source       *out)
{
  g_autofree char *verified = cdo_xml_get_attr (node, "verified");

  out->citation = book_attr (book, node, "citation");
  out->note = book_attr (book, node, "note");
  out->note_it = book_attr (book, node, "note-it");
  out->verified = verified ? g_str_equal (verified, "yes") : TRUE;
  if (inherited == NULL)
    return;
  if (out->citation == NULL)
    out->citation = inherited->citation;
  if (out->note == NULL)
    out->note = inherited->note;
  if (out->note_it == NULL)
    out->note_it = inherited->note_it;
  if (verified == NULL)
    out->verified = inherited->verified;
}

static gboolean
parse_band (CdoRuleBook  *book,
            CdoRuleKey    key,
            xmlNode      *node,
            const Source *entry_source,
            CdoRuleBand  *band,
            const char   *origin,
            GError      **error)
{
  g_autofree char *value = cdo_xml_get_attr (node, "value");
  Source source;

  memset (band, 0, sizeof *band);
  if (!parse_conditions (key, node, band, origin, error))
    return FALSE;
  if (value == NULL)
    {
      if (!parse_derivation (key, node, band, origin, error))
        return FALSE;
    }
  else if (!parse_literal (book, key, value, band))
    {
      set_data_error (error, origin, node, _("“%s” is not a valid value for “%s”"),
                      value, cdo_rule_key_get_info (key)->name);
      return FALSE;
    }
  parse_source (book, node, entry_source, &source);
  band->citation = source.citation;
  band->note = source.note;
  band->note_it = source.note_it;
  band->verified = source.verified;
  return TRUE;
}

static gboolean
parse_entry (CdoRuleBook  *book,
             CdoRuleKey    key,
             xmlNode      *node,
             CdoRuleEntry *entry,
             const char   *origin,
             GError      **error)
{
  Source source;

  if (!parse_date_attr (node, "from", &entry->from) || !parse_date_attr (node, "to", &entry->to)
      || !parse_date_attr (node, "certain-from", &entry->certain_from)
      || (g_date_valid (&entry->to) && g_date_compare (&entry->to, &entry->from) < 0))
    {
      set_data_error (error, origin, node, _("the dates of this entry are not valid"));
      return FALSE;
    }
  parse_source (book, node, NULL, &source);
  entry->bands = g_array_new (FALSE, TRUE, sizeof (CdoRuleBand));
  for (xmlNode *child = node->children; child; child = child->next)
    {
      CdoRuleBand band;

      if (!cdo_xml_is_element (child, "band"))
        continue;
      if (!parse_band (book, key, child, &source, &band, origin, error))
        return FALSE;
      g_array_append_val (entry->bands, band);
    }
  return TRUE;
}

/* Entries must follow each other day after day: a gap would leave elections without a
 * rule and an overlap would make the answer depend on file order. */
static gboolean
entries_are_contiguous (GArray     *entries,
                        xmlNode    *rule_node,
                        const char *origin,
                        GError    **error)
{
  for (guint i = 1; i < entries->len; i++)
    {
      CdoRuleEntry *previous = &g_array_index (entries, CdoRuleEntry, i - 1);
      CdoRuleEntry *entry = &g_array_index (entries, CdoRuleEntry, i);
      GDate expected;

      if (!g_date_valid (&previous->to))
        {
          set_data_error (error, origin, rule_node,
                          _("only the last entry of a rule may be open-ended"));
          return FALSE;
        }
      expected = previous->to;
      g_date_add_days (&expected, 1);
      if (g_date_compare (&expected, &entry->from) != 0)
        {
          set_data_error (error, origin, rule_node,
                          _("entry %u must start the day after the previous one ends"), i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static void
free_entries (gpointer data)
{
  GArray *entries = data;

  for (guint i = 0; i < entries->len; i++)
    g_clear_pointer (&g_array_index (entries, CdoRuleEntry, i).bands, g_array_unref);
  g_array_unref (entries);
}

void
cdo_rule_set_free (CdoRuleSet *set)
{
  for (guint k = 0; k < CDO_RULE_KEY_COUNT; k++)
    if (set->entries[k] != NULL)
      free_entries (set->entries[k]);
  g_free (set);
}

static gboolean
parse_rule (CdoRuleBook *book,
            CdoRuleSet  *set,
            xmlNode     *node,
            const char  *origin,
            GError     **error)
{
  g_autofree char *name = cdo_xml_get_attr (node, "key");
  CdoRuleKey key;
  GArray *entries;

  if (!cdo_rule_key_from_name (name, &key))
    {
      set_data_error (error, origin, node, _("“%s” is not a parameter Circondario knows"), name);
      return FALSE;
    }
  if (set->entries[key] != NULL)
    {
      set_data_error (error, origin, node, _("the rule “%s” is given twice"), name);
      return FALSE;
    }
  entries = g_array_new (FALSE, TRUE, sizeof (CdoRuleEntry));
  set->entries[key] = entries;
  for (xmlNode *child = node->children; child; child = child->next)
    {
      CdoRuleEntry entry = { 0 };

      if (!cdo_xml_is_element (child, "entry"))
        continue;
      g_array_append_val (entries, entry);
      if (!parse_entry (book, key, child, &g_array_index (entries, CdoRuleEntry, entries->len - 1),
                        origin, error))
        return FALSE;
    }
  return entries_are_contiguous (entries, node, origin, error);
}

static gboolean
ruleset_is_complete (CdoRuleSet *set,
                     xmlNode    *root,
                     const char *origin,
                     GError    **error)
{
  for (guint k = 0; k < CDO_RULE_KEY_COUNT; k++)
    if (set->entries[k] == NULL)
      {
        set_data_error (error, origin, root, _("the rule “%s” is missing"),
                        cdo_rule_key_get_info (k)->name);
        return FALSE;
      }
  return TRUE;
}

static xmlDoc *
read_valid_document (GBytes      *xml,
                     const char  *origin,
                     const char  *root_name,
                     GError     **error)
{
  g_autoptr(xmlDoc) doc = cdo_xml_parse (xml, origin, CDO_RULES_MAX_FILE_SIZE, error);

  if (doc == NULL || !cdo_xml_validate (doc, SCHEMA_RESOURCE, origin, error))
    return NULL;
  if (!cdo_xml_is_element (xmlDocGetRootElement (doc), root_name))
    {
      g_set_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_DATA,
                   _("%s: expected a <%s> document"), origin, root_name);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

CdoRuleSet *
cdo_rule_book_parse_ruleset (CdoRuleBook *book,
                             GBytes      *xml,
                             const char  *origin,
                             GError     **error)
{
  g_autoptr(xmlDoc) doc = read_valid_document (xml, origin, "rulebook", error);
  CdoRuleSet *set;
  xmlNode *root;

  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  set = g_new0 (CdoRuleSet, 1);
  set->id = book_attr (book, root, "id");
  for (xmlNode *child = root->children; child; child = child->next)
    if (cdo_xml_is_element (child, "rule") && !parse_rule (book, set, child, origin, error))
      {
        cdo_rule_set_free (set);
        return NULL;
      }
  if (!ruleset_is_complete (set, root, origin, error))
    {
      cdo_rule_set_free (set);
      return NULL;
    }
  for (guint i = 0; i < book->rulesets->len; i++)
    if (g_str_equal (((CdoRuleSet *) g_ptr_array_index (book->rulesets, i))->id, set->id))
      {
        set_data_error (error, origin, root, _("the rule set “%s” is loaded twice"), set->id);
        cdo_rule_set_free (set);
        return NULL;
      }
  g_ptr_array_add (book->rulesets, set);
  return set;
}

static CdoRuleSet *
find_ruleset (CdoRuleBook *book,
              const char  *id)
{
  for (guint i = 0; id != NULL && i < book->rulesets->len; i++)
    {
      CdoRuleSet *set = g_ptr_array_index (book->rulesets, i);

      if (g_str_equal (set->id, id))
        return set;
    }
  return NULL;
}

static const char *const *
parse_aliases (CdoRuleBook *book,
               xmlNode     *node)
{
  GPtrArray *aliases = g_ptr_array_new ();
  gpointer *vector;

  for (xmlNode *child = node->children; child; child = child->next)
    if (cdo_xml_is_element (child, "alias"))
      {
        xmlChar *text = xmlNodeGetContent (child);

        g_ptr_array_add (aliases, g_string_chunk_insert_const (book->strings, (const char *) text));
        xmlFree (text);
      }
  g_ptr_array_add (aliases, NULL);
  vector = g_ptr_array_free (aliases, FALSE);
  g_ptr_array_add (book->alias_arrays, vector);
  return (const char *const *) vector;
}

static gboolean
parse_region (CdoRuleBook *book,
              xmlNode     *node,
              const char  *origin,
              GError     **error)
{
  g_autofree char *statute = cdo_xml_get_attr (node, "statute");
  g_autofree char *ruleset = cdo_xml_get_attr (node, "ruleset");
  CdoRegion region = { 0 };

  region.name = book_attr (book, node, "name");
  region.special_statute = g_strcmp0 (statute, "special") == 0;
  region.law = book_attr (book, node, "law");
  region.ruleset = find_ruleset (book, ruleset);
  if (ruleset != NULL && region.ruleset == NULL)
    {
      set_data_error (error, origin, node, _("region “%s” refers to the unknown rule set “%s”"),
                      region.name, ruleset);
      return FALSE;
    }
  region.aliases = parse_aliases (book, node);
  g_array_append_val (book->regions, region);
  g_ptr_array_insert (book->region_names, (int) book->region_names->len - 1, (gpointer) region.name);
  return TRUE;
}

gboolean
cdo_rule_book_parse_regions (CdoRuleBook *book,
                             GBytes      *xml,
                             const char  *origin,
                             GError     **error)
{
  g_autoptr(xmlDoc) doc = read_valid_document (xml, origin, "regions", error);

  if (doc == NULL)
    return FALSE;
  for (xmlNode *child = xmlDocGetRootElement (doc)->children; child; child = child->next)
    if (cdo_xml_is_element (child, "region") && !parse_region (book, child, origin, error))
      return FALSE;
  return TRUE;
}

CdoRuleBook *
cdo_rule_book_new_empty (void)
{
  CdoRuleBook *book = g_new0 (CdoRuleBook, 1);

  book->strings = g_string_chunk_new (4096);
  book->rulesets = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_rule_set_free);
  book->regions = g_array_new (FALSE, TRUE, sizeof (CdoRegion));
  book->region_names = g_ptr_array_new ();
  g_ptr_array_add (book->region_names, NULL);
  book->alias_arrays = g_ptr_array_new_with_free_func (g_free);
  return book;
}
