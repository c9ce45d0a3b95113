/* cdo-rules-page.c: what the law requires of one comune's candidacies on one date
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page asks the rule book whenever the comune or the date changes and shows
 * every public parameter as a CdoRuleRow, grouped as a commission reads them. A
 * refused look-up (a special-statute region, a date no rule covers) replaces the
 * rows with a status page: showing stale figures under a new date would be worse
 * than showing none.
 */
#define G_LOG_DOMAIN "cdo-rules-page"

#include <string.h>

#include <glib/gi18n.h>

#include "cdo-date.h"
#include "cdo-format.h"
#include "cdo-rule-book.h"
#include "cdo-rules-page.h"

struct _CdoRulesPage
{
  GtkWidget             parent_instance;

  CdoComune            *comune;
  GDate                 election_date;
  char                 *error;
  CdoRuleBook          *book;
  CdoRuleRow           *rows[CDO_RULE_KEY_COUNT];

  GtkStack             *stack;
  AdwClamp             *summary;
  GtkLabel             *name_label;
  GtkLabel             *population_label;
  GtkLabel             *date_label;
  GtkLabel             *unverified_label;
  AdwStatusPage        *error_page;
  AdwPreferencesGroup  *system_group;
  AdwPreferencesGroup  *council_group;
  AdwPreferencesGroup  *signatures_group;
  AdwPreferencesGroup  *gender_group;
  AdwPreferencesGroup  *mayor_group;
  AdwPreferencesGroup  *deadlines_group;
  AdwPreferencesGroup  *ballot_group;
  AdwPreferencesGroup  *other_group;
};

enum {
  PROP_0,
  PROP_COMUNE,
  PROP_ELECTION_DATE,
  PROP_ERROR,
  N_PROPS
};

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CdoRulesPage, cdo_rules_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The sections follow the order in which a commission examines a candidacy.
 * Keys the table does not place land in "Other Parameters", so that a key added
 * to the catalogue is shown rather than silently dropped. */
static AdwPreferencesGroup *
group_for_key (CdoRulesPage *self,
               CdoRuleKey    key)
{
  switch (key)
    {
    case CDO_RULE_ELECTORAL_SYSTEM:
      return self->system_group;

    case CDO_RULE_COUNCIL_SEATS:
    case CDO_RULE_LIST_MIN:
    case CDO_RULE_LIST_MAX:
      return self->council_group;

    case CDO_RULE_SIGNATURES_ORDINARY_MIN:
    case CDO_RULE_SIGNATURES_MIN:
    case CDO_RULE_SIGNATURES_MAX:
      return self->signatures_group;

    case CDO_RULE_GENDER_RULE:
    case CDO_RULE_SINGLE_SEX_LIST_REFUSED:
    case CDO_RULE_PREFERENCES:
      return self->gender_group;

    case CDO_RULE_MAYOR_TERM_LIMIT:
      return self->mayor_group;

    case CDO_RULE_FILING_OPENS:
    case CDO_RULE_FILING_CLOSES:
    case CDO_RULE_MANIFESTO_DEADLINE:
    case CDO_RULE_APPEAL_DAYS:
      return self->deadlines_group;

    case CDO_RULE_BALLOT_MODEL:
    case CDO_RULE_RUNOFF_BALLOT_MODEL:
      return self->ballot_group;

    case CDO_RULE_KEY_COUNT:
    default:
      return self->other_group;
    }
}

static void
rule_row_activated_cb (CdoRulesPage *self,
                       CdoRuleRow   *row)
{
  g_autofree char *summary = NULL;
  AdwToast *toast;

  g_assert (CDO_IS_RULES_PAGE (self));
  g_assert (CDO_IS_RULE_ROW (row));

  summary = cdo_rule_row_dup_summary (row);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (row)), summary);

  toast = adw_toast_new_format (_("Copied “%s”"),
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  adw_toast_set_timeout (toast, 2);
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static void
create_rows (CdoRulesPage *self)
{
  for (CdoRuleKey key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      const CdoRuleKeyInfo *info = cdo_rule_key_get_info (key);
      AdwPreferencesGroup *group;

      /* Helper keys only feed other keys; a commission never checks them. */
      if (!info->public)
        continue;

      group = group_for_key (self, key);
      self->rows[key] = CDO_RULE_ROW (cdo_rule_row_new (key));
      g_signal_connect_object (self->rows[key], "activated",
                               G_CALLBACK (rule_row_activated_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (group, GTK_WIDGET (self->rows[key]));
      if (group == self->other_group)
        gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
    }
}

static void
set_error (CdoRulesPage *self,
           const char   *error)
{
  if (g_strcmp0 (self->error, error) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static const char *
title_for_error (const GError *error)
{
  if (error->domain == CDO_RULES_ERROR)
    {
      switch ((CdoRulesError) error->code)
        {
        case CDO_RULES_ERROR_SPECIAL_STATUTE:
          return _("Special-Statute Region");

        case CDO_RULES_ERROR_NOT_COVERED:
          return _("Date Not Covered");

        case CDO_RULES_ERROR_UNKNOWN_REGION:
          return _("Unknown Region");

        case CDO_RULES_ERROR_INVALID_QUERY:
        case CDO_RULES_ERROR_INVALID_DATA:
        default:
          break;
        }
    }

  return _("No Rules Available");
}

static void
show_summary (CdoRulesPage *self)
{
  g_autofree char *population = cdo_format_population (cdo_comune_get_population (self->comune));
  g_autofree char *date = cdo_date_format_long (&self->election_date);
  g_autofree char *population_text = NULL;
  g_autofree char *date_text = NULL;
  const char *source = cdo_comune_get_population_source (self->comune);

  if (source != NULL && source[0] != '\0')
    /* Translators: the legal population and where it comes from,
     * e.g. "10,372 inhabitants (2011 census)". */
    population_text = g_strdup_printf (_("%s inhabitants (%s)"), population, source);
  else
    population_text = g_strdup_printf (_("%s inhabitants"), population);

  if (cdo_comune_get_capoluogo (self->comune))
    {
      char *with_capital = g_strdup_printf (_("%s · provincial capital"), population_text);

      g_free (population_text);
      population_text = with_capital;
    }

  /* Translators: %s is a date such as "Sunday 3 October 2021". */
  date_text = g_strdup_printf (_("Rules for the election of %s"), date);

  gtk_label_set_label (self->name_label, cdo_comune_get_name (self->comune));
  gtk_label_set_label (self->population_label, population_text);
  gtk_label_set_label (self->date_label, date_text);
  gtk_widget_set_visible (GTK_WIDGET (self->summary), TRUE);
}

static void
show_unverified_count (CdoRulesPage *self)
{
  guint n_unverified = 0;
  g_autofree char *text = NULL;

  for (CdoRuleKey key = 0; key < CDO_RULE_KEY_COUNT; key++)
    if (self->rows[key] != NULL && !cdo_rule_row_get_verified (self->rows[key]))
      n_unverified++;

  if (n_unverified > 0)
    text = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE,
                   "%u figure below is unverified: check it against its source.",
                   "%u figures below are unverified: check them against their sources.",
                   n_unverified),
      n_unverified);

  gtk_label_set_label (self->unverified_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unverified_label), n_unverified > 0);
}

static void
refresh (CdoRulesPage *self)
{
  g_autoptr(GError) error = NULL;
  CdoRuleQuery query = { 0 };
  CdoRuleAnswer answer;

  if (self->comune == NULL || !g_date_valid (&self->election_date))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->summary), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      set_error (self, NULL);
      return;
    }

  show_summary (self);

  query.population = cdo_comune_get_population (self->comune);
  query.capoluogo = cdo_comune_get_capoluogo (self->comune);
  query.region = cdo_comune_get_region (self->comune);
  query.election_date = self->election_date;

  if (!cdo_rule_book_lookup (self->book, &query, &answer, &error))
    {
      adw_status_page_set_title (self->error_page, title_for_error (error));
      adw_status_page_set_description (self->error_page, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->unverified_label), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_error (self, error->message);
      return;
    }

  for (CdoRuleKey key = 0; key < CDO_RULE_KEY_COUNT; key++)
    if (self->rows[key] != NULL)
      cdo_rule_row_show_answer (self->rows[key], &answer);

  show_unverified_count (self);
  gtk_stack_set_visible_child_name (self->stack, "rules");
  set_error (self, NULL);
}

static void
cdo_rules_page_dispose (GObject *object)
{
  CdoRulesPage *self = CDO_RULES_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CDO_TYPE_RULES_PAGE);
  /* dispose_template() unparents only the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  memset (self->rows, 0, sizeof self->rows);
  g_clear_object (&self->comune);

  G_OBJECT_CLASS (cdo_rules_page_parent_class)->dispose (object);
}

static void
cdo_rules_page_finalize (GObject *object)
{
  CdoRulesPage *self = CDO_RULES_PAGE (object);

  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (cdo_rules_page_parent_class)->finalize (object);
}

static void
cdo_rules_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CdoRulesPage *self = CDO_RULES_PAGE (object);

  switch (prop_id)
    {
    case PROP_COMUNE:
      g_value_set_object (value, self->comune);
      break;

    case PROP_ELECTION_DATE:
      g_value_set_boxed (value, g_date_valid (&self->election_date) ? &self->election_date : NULL);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_rules_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CdoRulesPage *self = CDO_RULES_PAGE (object);

  switch (prop_id)
    {
    case PROP_COMUNE:
      cdo_rules_page_set_comune (self, g_value_get_object (value));
      break;

    case PROP_ELECTION_DATE:
      cdo_rules_page_set_election_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_rules_page_class_init (CdoRulesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_rules_page_dispose;
  object_class->finalize = cdo_rules_page_finalize;
  object_class->get_property = cdo_rules_page_get_property;
  object_class->set_property = cdo_rules_page_set_property;

  properties[PROP_COMUNE] =
    g_param_spec_object ("comune", NULL, NULL, CDO_TYPE_COMUNE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ELECTION_DATE] =
    g_param_spec_boxed ("election-date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The message of a refused look-up, or NULL while rules are shown. */
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CdoRulesPage::add-toast:
   * @toast: (transfer full): the toast to show
   *
   * Asks the window to show a toast; the page does not know where toasts go.
   */
  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-rules-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, summary);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, population_label);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, unverified_label);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, system_group);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, council_group);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, signatures_group);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, gender_group);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, mayor_group);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, deadlines_group);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, ballot_group);
  gtk_widget_class_bind_template_child (widget_class, CdoRulesPage, other_group);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cdo-rules-page");

  g_type_ensure (CDO_TYPE_RULE_ROW);
}

static void
cdo_rules_page_init (CdoRulesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->election_date, 1);
  self->book = cdo_rule_book_get_default ();
  create_rows (self);
  refresh (self);
}

GtkWidget *
cdo_rules_page_new (void)
{
  return g_object_new (CDO_TYPE_RULES_PAGE, NULL);
}

CdoComune *
cdo_rules_page_get_comune (CdoRulesPage *self)
{
  g_return_val_if_fail (CDO_IS_RULES_PAGE (self), NULL);

  return self->comune;
}

void
cdo_rules_page_set_comune (CdoRulesPage *self,
                           CdoComune    *comune)
{
  g_return_if_fail (CDO_IS_RULES_PAGE (self));
  g_return_if_fail (comune == NULL || CDO_IS_COMUNE (comune));

  if (!g_set_object (&self->comune, comune))
    return;

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMUNE]);
}

/**
 * cdo_rules_page_get_election_date:
 *
 * Returns: (nullable): the first voting day, or %NULL if none is set
 */
const GDate *
cdo_rules_page_get_election_date (CdoRulesPage *self)
{
  g_return_val_if_fail (CDO_IS_RULES_PAGE (self), NULL);

  return g_date_valid (&self->election_date) ? &self->election_date : NULL;
}

void
cdo_rules_page_set_election_date (CdoRulesPage *self,
                                  const GDate  *date)
{
  g_return_if_fail (CDO_IS_RULES_PAGE (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  if (date == NULL)
    {
      if (!g_date_valid (&self->election_date))
        return;
      g_date_clear (&self->election_date, 1);
    }
  else
    {
      if (g_date_valid (&self->election_date) &&
          g_date_compare (&self->election_date, date) == 0)
        return;
      self->election_date = *date;
    }

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELECTION_DATE]);
}

/**
 * cdo_rules_page_get_error:
 *
 * Returns: (nullable): why no rules are shown, or %NULL when they are
 */
const char *
cdo_rules_page_get_error (CdoRulesPage *self)
{
  g_return_val_if_fail (CDO_IS_RULES_PAGE (self), NULL);

  return self->error;
}

/**
 * cdo_rules_page_get_row:
 *
 * Returns: (transfer none) (nullable): the row showing @key, or %NULL for a
 *   helper key that is not shown
 */
CdoRuleRow *
cdo_rules_page_get_row (CdoRulesPage *self,
                        CdoRuleKey    key)
{
  g_return_val_if_fail (CDO_IS_RULES_PAGE (self), NULL);
  g_return_val_if_fail (key < CDO_RULE_KEY_COUNT, NULL);

  return self->rows[key];
}
