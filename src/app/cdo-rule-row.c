/* cdo-rule-row.c: one parameter of the rules, its value and its legal source
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title: the parameter. Subtitle: the citation, followed by the note when the
 * figure is unverified. Suffix: the value in large type and, for unverified
 * figures, an "Unverified" badge, so that a commission sees at a glance which
 * numbers it must still check against the source.
 *
 * AdwActionRow already names the row after its title and describes it with its
 * subtitle for accessibility tools; the value and the badge are plain labels
 * inside the row, so screen readers and dogtail read them as text.
 */
#define G_LOG_DOMAIN "cdo-rule-row"

#include <string.h>

#include <glib/gi18n.h>

#include "cdo-rule-row.h"

struct _CdoRuleRow
{
  AdwActionRow  parent_instance;

  GtkLabel     *value_label;

  CdoRuleKey    key;
  char         *value;
  char         *citation;
  char         *note;
  gboolean      verified;
};

enum {
  PROP_0,
  PROP_KEY,
  PROP_VALUE,
  PROP_CITATION,
  PROP_NOTE,
  PROP_VERIFIED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CdoRuleRow, cdo_rule_row, ADW_TYPE_ACTION_ROW)

static GParamSpec *properties[N_PROPS];

/* The rule data carries each note in English and in Italian; show the one in the
 * language the user reads the interface in. */
static gboolean
prefers_italian_notes (void)
{
  static gsize initialized = 0;
  static gboolean italian = FALSE;

  if (g_once_init_enter (&initialized))
    {
      const char *const *languages = g_get_language_names_with_category ("LC_MESSAGES");

      italian = languages[0] != NULL && g_str_has_prefix (languages[0], "it") &&
                strchr ("_.@", languages[0][2]) != NULL;
      g_once_init_leave (&initialized, 1);
    }

  return italian;
}

static const char *
pick_note (const CdoRuleValue *value)
{
  if (prefers_italian_notes () && value->note_it != NULL)
    return value->note_it;
  return value->note != NULL ? value->note : value->note_it;
}

static gboolean
set_string (char       **field,
            const char  *text)
{
  if (g_strcmp0 (*field, text) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (text);
  return TRUE;
}

/* A figure ("16", "3 days", "No") is what the eye looks for: it gets the largest
 * type and is never wrapped. Sentences ("Each sex at least one third…") and dates
 * get smaller bold type and wrap between words. */
#define FIGURE_MAX_CHARS 12
/* The row shares its width between the citation and the value in proportion to
 * what each would like, and a long citation would squeeze a sentence into a
 * column of single words: reserve this many characters for it. */
#define SENTENCE_MIN_CHARS 20

static void
update_value_style (CdoRuleRow *self)
{
  glong length = self->value != NULL ? g_utf8_strlen (self->value, -1) : 0;
  gboolean figure = length <= FIGURE_MAX_CHARS;

  gtk_label_set_wrap (self->value_label, !figure);
  gtk_label_set_width_chars (self->value_label,
                             figure ? -1 : (int) MIN (length, SENTENCE_MIN_CHARS));
  if (figure)
    gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "figure");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->value_label), "figure");
}

static void
update_subtitle (CdoRuleRow *self)
{
  g_autofree char *subtitle = NULL;

  /* The note says why the figure is unverified: on screen, not in a tooltip. */
  if (!self->verified && self->note != NULL && self->note[0] != '\0')
    /* Translators: a legal citation, a line break, then why its value is unverified. */
    subtitle = g_strdup_printf (_("%s\nNote: %s"), self->citation ? self->citation : "",
                                self->note);
  else
    subtitle = g_strdup (self->citation);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
}

static void
cdo_rule_row_constructed (GObject *object)
{
  CdoRuleRow *self = CDO_RULE_ROW (object);
  const CdoRuleKeyInfo *info = cdo_rule_key_get_info (self->key);

  G_OBJECT_CLASS (cdo_rule_row_parent_class)->constructed (object);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _(info->label));
  gtk_widget_set_name (GTK_WIDGET (self), info->name);
}

static void
cdo_rule_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CDO_TYPE_RULE_ROW);

  G_OBJECT_CLASS (cdo_rule_row_parent_class)->dispose (object);
}

static void
cdo_rule_row_finalize (GObject *object)
{
  CdoRuleRow *self = CDO_RULE_ROW (object);

  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->citation, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (cdo_rule_row_parent_class)->finalize (object);
}

static void
cdo_rule_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CdoRuleRow *self = CDO_RULE_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_int (value, self->key);
      break;

    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    case PROP_CITATION:
      g_value_set_string (value, self->citation);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_VERIFIED:
      g_value_set_boolean (value, self->verified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_rule_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CdoRuleRow *self = CDO_RULE_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      self->key = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_rule_row_class_init (CdoRuleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cdo_rule_row_constructed;
  object_class->dispose = cdo_rule_row_dispose;
  object_class->finalize = cdo_rule_row_finalize;
  object_class->get_property = cdo_rule_row_get_property;
  object_class->set_property = cdo_rule_row_set_property;

  /* The key is an int rather than an enum type: CdoRuleKey belongs to the core
   * library, which registers no GTypes for its enums. */
  properties[PROP_KEY] =
    g_param_spec_int ("key", NULL, NULL, 0, CDO_RULE_KEY_COUNT - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CITATION] =
    g_param_spec_string ("citation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VERIFIED] =
    g_param_spec_boolean ("verified", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-rule-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoRuleRow, value_label);
}

static void
cdo_rule_row_init (CdoRuleRow *self)
{
  /* Until an answer arrives nothing is claimed to be unverified. */
  self->verified = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cdo_rule_row_new (CdoRuleKey key)
{
  g_return_val_if_fail (key < CDO_RULE_KEY_COUNT, NULL);

  return g_object_new (CDO_TYPE_RULE_ROW, "key", key, NULL);
}

CdoRuleKey
cdo_rule_row_get_key (CdoRuleRow *self)
{
  g_return_val_if_fail (CDO_IS_RULE_ROW (self), 0);

  return self->key;
}

const char *
cdo_rule_row_get_value (CdoRuleRow *self)
{
  g_return_val_if_fail (CDO_IS_RULE_ROW (self), NULL);

  return self->value;
}

const char *
cdo_rule_row_get_citation (CdoRuleRow *self)
{
  g_return_val_if_fail (CDO_IS_RULE_ROW (self), NULL);

  return self->citation;
}

const char *
cdo_rule_row_get_note (CdoRuleRow *self)
{
  g_return_val_if_fail (CDO_IS_RULE_ROW (self), NULL);

  return self->note;
}

gboolean
cdo_rule_row_get_verified (CdoRuleRow *self)
{
  g_return_val_if_fail (CDO_IS_RULE_ROW (self), FALSE);

  return self->verified;
}

/**
 * cdo_rule_row_show_answer:
 *
 * Shows this row's key from @answer: the value in words, its citation and
 * whether it is verified, with the note in the interface language.
 */
void
cdo_rule_row_show_answer (CdoRuleRow          *self,
                          const CdoRuleAnswer *answer)
{
  const CdoRuleValue *value;
  g_autofree char *text = NULL;
  gboolean verified;

  g_return_if_fail (CDO_IS_RULE_ROW (self));
  g_return_if_fail (answer != NULL);

  value = cdo_rule_answer_get (answer, self->key);
  text = cdo_rule_answer_describe (answer, self->key);
  verified = value->verified != FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  if (set_string (&self->value, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
  if (set_string (&self->citation, value->citation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITATION]);
  if (set_string (&self->note, pick_note (value)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
  if (self->verified != verified)
    {
      self->verified = verified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERIFIED]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  update_value_style (self);
  update_subtitle (self);
}

/**
 * cdo_rule_row_dup_summary:
 *
 * The row as one line of text for the clipboard, e.g. for the commission's
 * minutes: "Council seats: 16 (art. 37 …)".
 */
char *
cdo_rule_row_dup_summary (CdoRuleRow *self)
{
  const char *title;
  const char *value;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (CDO_IS_RULE_ROW (self), NULL);

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  value = self->value ? self->value : "";

  if (self->citation == NULL || self->citation[0] == '\0')
    summary = g_strdup_printf ("%s: %s", title, value);
  else
    /* Translators: parameter, value and legal source, e.g.
     * "Council seats: 16 (art. 37, d.lgs. 267/2000)". */
    summary = g_strdup_printf (_("%s: %s (%s)"), title, value, self->citation);

  /* A figure pasted into the minutes must keep its warning. */
  if (!self->verified)
    /* Translators: appended to a copied value that is not verified. */
    return g_strdup_printf (_("%s [unverified]"), summary);

  return g_steal_pointer (&summary);
}
