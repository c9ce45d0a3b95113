/* cdo-rule-answer.c: presenting a look-up's answer as values, words and JSON */
#include <glib/gi18n-lib.h>

#include "cdo-date.h"
#include "cdo-rule-answer.h"

const CdoRuleValue *
cdo_rule_answer_get (const CdoRuleAnswer *answer,
                     CdoRuleKey           key)
{
  g_return_val_if_fail (key < CDO_RULE_KEY_COUNT, NULL);
  return &answer->values[key];
}

gint64
cdo_rule_answer_get_number (const CdoRuleAnswer *answer,
                            CdoRuleKey           key)
{
  return cdo_rule_answer_get (answer, key)->number;
}

const char *
cdo_rule_answer_get_choice (const CdoRuleAnswer *answer,
                            CdoRuleKey           key)
{
  return cdo_rule_answer_get (answer, key)->choice;
}

gboolean
cdo_rule_answer_is_verified (const CdoRuleAnswer *answer,
                             CdoRuleKey           key)
{
  return cdo_rule_answer_get (answer, key)->verified;
}

/* The calendar day a day offset from the first voting day lands on. */
static GDate
day_from_election (const CdoRuleAnswer *answer,
                   gint64               offset)
{
  GDate day = answer->election_date;

  if (offset < 0)
    g_date_subtract_days (&day, (guint) -offset);
  else
    g_date_add_days (&day, (guint) offset);
  return day;
}

char *
cdo_rule_answer_format_value (const CdoRuleAnswer *answer,
                              CdoRuleKey           key)
{
  const CdoRuleValue *value = cdo_rule_answer_get (answer, key);
  GDate day;
  g_autofree char *iso = NULL;

  switch (cdo_rule_key_get_info (key)->type)
    {
    case CDO_RULE_TYPE_INTEGER:
    case CDO_RULE_TYPE_DAYS:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value->number);
    case CDO_RULE_TYPE_BOOLEAN:
      return g_strdup (value->number ? "true" : "false");
    case CDO_RULE_TYPE_CHOICE:
      return g_strdup (value->choice);
    case CDO_RULE_TYPE_DAY:
      day = day_from_election (answer, value->number);
      return cdo_date_format_iso (&day);
    case CDO_RULE_TYPE_DAY_AND_TIME:
      day = day_from_election (answer, value->number);
      iso = cdo_date_format_iso (&day);
      return g_strdup_printf ("%sT%02d:%02d", iso, value->minutes / 60, value->minutes % 60);
    default:
      g_assert_not_reached ();
    }
}

static char *
describe_count (CdoRuleKey key,
                gint64     number)
{
  switch (key)
    {
    case CDO_RULE_SIGNATURES_MIN:
    case CDO_RULE_SIGNATURES_MAX:
    case CDO_RULE_SIGNATURES_ORDINARY_MIN:
      if (number == 0)
        return g_strdup (_("None required"));
      break;
    case CDO_RULE_MAYOR_TERM_LIMIT:
      if (number == 0)
        return g_strdup (_("No limit"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d consecutive term",
                                           "%d consecutive terms", (gulong) number), (int) number);
    case CDO_RULE_PREFERENCES:
      if (number > 1)
        return g_strdup_printf (_("Up to %d, of different sex"), (int) number);
      break;
    default:
      break;
    }
  return g_strdup_printf ("%" G_GINT64_FORMAT, number);
}

char *
cdo_rule_answer_describe (const CdoRuleAnswer *answer,
                          CdoRuleKey           key)
{
  const CdoRuleValue *value = cdo_rule_answer_get (answer, key);
  g_autofree char *date = NULL;
  GDate day;

  switch (cdo_rule_key_get_info (key)->type)
    {
    case CDO_RULE_TYPE_INTEGER:
      return describe_count (key, value->number);
    case CDO_RULE_TYPE_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days",
                                           (gulong) value->number), (int) value->number);
    case CDO_RULE_TYPE_BOOLEAN:
      return g_strdup (value->number ? _("Yes") : _("No"));
    case CDO_RULE_TYPE_CHOICE:
      return g_strdup (cdo_rule_choice_label (key, value->choice));
    case CDO_RULE_TYPE_DAY:
      day = day_from_election (answer, value->number);
      return cdo_date_format_long (&day);
    case CDO_RULE_TYPE_DAY_AND_TIME:
      day = day_from_election (answer, value->number);
      date = cdo_date_format_long (&day);
      /* TRANSLATORS: a date and a time of day, e.g. "Friday 3 September 2021, 08:00" */
      return g_strdup_printf (_("%s, %02d:%02d"), date, value->minutes / 60, value->minutes % 60);
    default:
      g_assert_not_reached ();
    }
}

void
cdo_rule_answer_gender_quota (const CdoRuleAnswer *answer,
                              gint64               candidates,
                              gint64              *less_represented_min,
                              gint64              *more_represented_max)
{
  const char *rule = cdo_rule_answer_get_choice (answer, CDO_RULE_GENDER_RULE);
  gint64 least;

  g_return_if_fail (candidates >= 0);
  if (g_strcmp0 (rule, "one-third") == 0)
    least = (candidates + 2) / 3;
  else
    least = candidates > 0 ? 1 : 0;
  *less_represented_min = least;
  *more_represented_max = candidates - least;
}

/* Italian notes for Italian readers; everyone else reads the English one. */
static const char *
note_for_locale (const CdoRuleValue *value)
{
  const char *const *languages = g_get_language_names ();

  if (value->note_it != NULL && languages[0] != NULL && g_str_has_prefix (languages[0], "it"))
    return value->note_it;
  return value->note;
}

char *
cdo_rule_answer_explain (const CdoRuleAnswer *answer,
                         CdoRuleKey           key)
{
  const CdoRuleValue *value = cdo_rule_answer_get (answer, key);
  const char *note = note_for_locale (value);
  g_autofree char *start = NULL;

  if (value->start_uncertain)
    {
      g_autofree char *certain = cdo_date_format_iso (&value->certain_from);

      start = g_strdup_printf (_("The date from which this rule applies is not verified; it "
                                 "certainly applies to elections from %s."), certain);
    }
  if (note != NULL && start != NULL)
    return g_strconcat (note, " ", start, NULL);
  return g_strdup (note != NULL ? note : start);
}

static void
append_json_string (GString    *json,
                    const char *text)
{
  g_string_append_c (json, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (json, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, (char) c);
    }
  g_string_append_c (json, '"');
}

static void
append_json_value (GString             *json,
                   const CdoRuleAnswer *answer,
                   CdoRuleKey           key)
{
  g_autofree char *text = cdo_rule_answer_format_value (answer, key);

  switch (cdo_rule_key_get_info (key)->type)
    {
    case CDO_RULE_TYPE_INTEGER:
    case CDO_RULE_TYPE_DAYS:
    case CDO_RULE_TYPE_BOOLEAN:
      g_string_append (json, text);
      break;
    default:
      append_json_string (json, text);
    }
}

/* Key order follows the documented contract (help/rules.page), which is catalogue order. */
char *
cdo_rule_answer_to_json (const CdoRuleAnswer *answer)
{
  GString *json = g_string_new ("{\n");
  g_autofree char *date = cdo_date_format_iso (&answer->election_date);
  gboolean first = TRUE;

  g_string_append_printf (json, "  \"population\": %" G_GINT64_FORMAT ",\n", answer->population);
  g_string_append_printf (json, "  \"capoluogo\": %s,\n", answer->capoluogo ? "true" : "false");
  g_string_append_printf (json, "  \"election_date\": \"%s\",\n", date);
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      const CdoRuleKeyInfo *info = cdo_rule_key_get_info (key);

      if (!info->in_json)
        continue;
      g_string_append_printf (json, "  \"%s\": ", info->name);
      append_json_value (json, answer, key);
      g_string_append (json, ",\n");
    }
  g_string_append (json, "  \"unverified\": [");
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    if (cdo_rule_key_get_info (key)->in_json && !answer->values[key].verified)
      {
        g_string_append_printf (json, "%s\"%s\"", first ? "" : ", ", cdo_rule_key_get_info (key)->name);
        first = FALSE;
      }
  g_string_append (json, "],\n  \"citations\": {\n");
  first = TRUE;
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      if (!cdo_rule_key_get_info (key)->in_json)
        continue;
      g_string_append_printf (json, "%s    \"%s\": ", first ? "" : ",\n", cdo_rule_key_get_info (key)->name);
      append_json_string (json, answer->values[key].citation);
      first = FALSE;
    }
  g_string_append (json, "\n  }\n}\n");
  return g_string_free (json, FALSE);
}
