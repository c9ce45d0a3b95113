/* cdo-person-fields.c: a person's particulars on one line: surname, names, sex, birth
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mayoral candidate and each councillor candidate are typed on the same line, in
 * the order the acceptance form gives them, so that the secretary's hands learn one
 * layout. Sex is two toggles (F, M) that may both be off: an unknown sex is recorded as
 * unknown, never guessed. The birth date takes what people type (24/04/1970, 1970-04-24).
 *
 * What the data rules refuse (cdo-district-check.h) is said under the fields, and the
 * field it concerns is marked: the rules are asked one field at a time, in their own
 * order, so that the first field they refuse is the one their message is about.
 */
#define G_LOG_DOMAIN "cdo-person-fields"

#include <string.h>

#include <glib/gi18n.h>

#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-format.h"
#include "cdo-person-fields.h"

struct _CdoPersonFields
{
  GtkWidget        parent_instance;

  GtkWidget       *grid;
  GtkEntry        *surname;
  GtkEntry        *given_names;
  GtkToggleButton *female;
  GtkToggleButton *male;
  GtkEntry        *born;
  GtkEntry        *birthplace;
  GtkWidget       *eu_state_label;
  GtkEntry        *eu_state;
  GtkLabel        *message_label;

  gboolean         show_eu_state;
  gboolean         syncing;
  gboolean         showing_problem;  /* a refusal is shown: checked again as the fields change */
  gboolean         problem_mayor;    /* ... by the rules of a mayoral candidate */
};

enum {
  PROP_0,
  PROP_SHOW_EU_STATE,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  SIGNAL_ACTIVATE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CdoPersonFields, cdo_person_fields, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
dup_text (GtkEntry *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strstrip (text);
  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Leaves the text alone when it says the same but for spaces around it: the file keeps
 * "De" of "De " typed a moment ago, and the secretary is about to type "Luca". */
static void
set_text (GtkEntry   *entry,
          const char *text)
{
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

static CdoSex
get_sex (CdoPersonFields *self)
{
  if (gtk_toggle_button_get_active (self->female))
    return CDO_SEX_FEMALE;
  if (gtk_toggle_button_get_active (self->male))
    return CDO_SEX_MALE;
  return CDO_SEX_UNKNOWN;
}

static gboolean
parse_born (CdoPersonFields *self,
            GDate           *out_date)
{
  g_autofree char *text = dup_text (self->born);

  g_date_clear (out_date, 1);
  if (text == NULL)
    return TRUE;
  return cdo_date_parse_user (text, out_date);
}

static gboolean
parse_eu_state (CdoPersonFields  *self,
                char            **out_state)
{
  g_autofree char *text = self->show_eu_state ? dup_text (self->eu_state) : NULL;

  *out_state = NULL;
  if (text == NULL)
    return TRUE;
  if (strlen (text) != 2 || !g_ascii_isalpha (text[0]) || !g_ascii_isalpha (text[1]))
    return FALSE;
  /* "IT" is no EU state of citizenship for this purpose: an Italian has none. */
  if (g_ascii_strcasecmp (text, "IT") == 0)
    return TRUE;
  *out_state = g_ascii_strup (text, -1);
  return TRUE;
}

/* The rules of the data: a mayoral candidate may still lack names in a filing being
 * recorded, a candidate is checked complete (as the store checks each). Documents are the
 * document checks' to keep right, and are not asked about here. */
static gboolean
check_person (const CdoCandidate  *person,
              gboolean             mayor,
              GError             **error)
{
  g_autoptr(CdoCandidacy) candidacy = NULL;
  gboolean valid;

  if (!mayor)
    return cdo_district_check_candidate (person, error);

  /* A candidacy around the mayor, whose own values pass. */
  candidacy = cdo_candidacy_new ();
  candidacy->id = g_strdup ("check");
  candidacy->mayor = (CdoCandidate *) person;
  valid = cdo_district_check_candidacy (candidacy, CDO_DISTRICT_CHECK_UNFILLED, error);
  candidacy->mayor = NULL;
  return valid;
}

static void
clear_marks (CdoPersonFields *self)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->surname), GTK_WIDGET (self->given_names), GTK_WIDGET (self->born),
    GTK_WIDGET (self->birthplace), GTK_WIDGET (self->eu_state),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gtk_widget_remove_css_class (fields[i], "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (fields[i]),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
show_message (CdoPersonFields *self,
              const char      *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* The field the rules refuse first, given the person typed: each field in the order the
 * rules check them is added to a person whose other values pass; NULL when no field of
 * the form is refused (the documents, say). */
static GtkWidget *
find_refused_field (CdoPersonFields    *self,
                    const CdoCandidate *typed,
                    gboolean            mayor)
{
  g_autoptr(CdoCandidate) probe = cdo_candidate_new ();

  probe->surname = g_strdup ("X");
  probe->given_names = g_strdup ("X");

  g_free (probe->surname);
  probe->surname = g_strdup (typed->surname);
  if (!check_person (probe, mayor, NULL))
    return GTK_WIDGET (self->surname);
  g_free (probe->given_names);
  probe->given_names = g_strdup (typed->given_names);
  if (!check_person (probe, mayor, NULL))
    return GTK_WIDGET (self->given_names);
  probe->born = typed->born;
  if (!check_person (probe, mayor, NULL))
    return GTK_WIDGET (self->born);
  probe->birthplace = g_strdup (typed->birthplace);
  if (!check_person (probe, mayor, NULL))
    return GTK_WIDGET (self->birthplace);
  probe->eu_state = g_strdup (typed->eu_state);
  if (!check_person (probe, mayor, NULL))
    return GTK_WIDGET (self->eu_state);
  return NULL;
}

static void
show_problem (CdoPersonFields    *self,
              const CdoCandidate *typed,
              gboolean            mayor,
              const char         *message)
{
  GtkWidget *field = typed != NULL ? find_refused_field (self, typed, mayor) : NULL;

  /* Without @typed the fields did not even read as a person: the field that is not a
   * date or a code is marked already. */
  if (typed != NULL)
    clear_marks (self);
  if (field != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  show_message (self, message);
  self->showing_problem = TRUE;
  self->problem_mayor = mayor;
}

static void
clear_problem (CdoPersonFields *self)
{
  if (!self->showing_problem)
    return;

  self->showing_problem = FALSE;
  clear_marks (self);
  show_message (self, NULL);
}

static void
validate (CdoPersonFields *self)
{
  GDate date;
  g_autofree char *state = NULL;

  if (parse_born (self, &date))
    gtk_widget_remove_css_class (GTK_WIDGET (self->born), "error");
  if (parse_eu_state (self, &state))
    gtk_widget_remove_css_class (GTK_WIDGET (self->eu_state), "error");
}

static void
field_changed_cb (CdoPersonFields *self)
{
  g_assert (CDO_IS_PERSON_FIELDS (self));

  if (self->syncing)
    return;

  /* A refusal shown goes once what is typed passes. */
  if (self->showing_problem)
    {
      g_autoptr(CdoCandidate) typed = cdo_candidate_new ();

      if (cdo_person_fields_apply (self, typed, NULL)
          && check_person (typed, self->problem_mayor, NULL))
        clear_problem (self);
    }
  validate (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
field_activate_cb (CdoPersonFields *self)
{
  g_assert (CDO_IS_PERSON_FIELDS (self));

  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

static void
sex_toggled_cb (CdoPersonFields *self,
                GtkToggleButton *button)
{
  g_assert (CDO_IS_PERSON_FIELDS (self));

  if (self->syncing)
    return;

  /* One or the other, or neither. */
  if (gtk_toggle_button_get_active (button))
    {
      GtkToggleButton *other = button == self->female ? self->male : self->female;

      self->syncing = TRUE;
      gtk_toggle_button_set_active (other, FALSE);
      self->syncing = FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
cdo_person_fields_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CDO_TYPE_PERSON_FIELDS);

  G_OBJECT_CLASS (cdo_person_fields_parent_class)->dispose (object);
}

static void
cdo_person_fields_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CdoPersonFields *self = CDO_PERSON_FIELDS (object);

  switch (prop_id)
    {
    case PROP_SHOW_EU_STATE:
      g_value_set_boolean (value, self->show_eu_state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_person_fields_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CdoPersonFields *self = CDO_PERSON_FIELDS (object);

  switch (prop_id)
    {
    case PROP_SHOW_EU_STATE:
      if (self->show_eu_state != g_value_get_boolean (value))
        {
          self->show_eu_state = g_value_get_boolean (value);
          gtk_widget_set_visible (self->eu_state_label, self->show_eu_state);
          gtk_widget_set_visible (GTK_WIDGET (self->eu_state), self->show_eu_state);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_person_fields_class_init (CdoPersonFieldsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_person_fields_dispose;
  object_class->get_property = cdo_person_fields_get_property;
  object_class->set_property = cdo_person_fields_set_property;

  /* Councillors may be citizens of another EU state; a mayor may not (d.lgs. 197/1996). */
  properties[PROP_SHOW_EU_STATE] =
    g_param_spec_boolean ("show-eu-state", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  /* Enter in any field. */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-person-fields.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, grid);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, surname);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, given_names);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, female);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, male);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, born);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, birthplace);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, eu_state_label);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, eu_state);
  gtk_widget_class_bind_template_child (widget_class, CdoPersonFields, message_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, sex_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cdo-person-fields");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cdo_person_fields_init (CdoPersonFields *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (self->eu_state_label, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->eu_state), FALSE);
}

GtkWidget *
cdo_person_fields_new (void)
{
  return g_object_new (CDO_TYPE_PERSON_FIELDS, NULL);
}

void
cdo_person_fields_set_person (CdoPersonFields *self,
                              CdoCandidate    *person)
{
  g_autofree char *born = NULL;

  g_return_if_fail (CDO_IS_PERSON_FIELDS (self));

  born = person != NULL ? cdo_format_day (&person->born) : NULL;

  self->syncing = TRUE;
  set_text (self->surname, person != NULL ? person->surname : NULL);
  set_text (self->given_names, person != NULL ? person->given_names : NULL);
  gtk_toggle_button_set_active (self->female, person != NULL && person->sex == CDO_SEX_FEMALE);
  gtk_toggle_button_set_active (self->male, person != NULL && person->sex == CDO_SEX_MALE);
  set_text (self->born, born);
  set_text (self->birthplace, person != NULL ? person->birthplace : NULL);
  set_text (self->eu_state, person != NULL ? person->eu_state : NULL);
  self->syncing = FALSE;
  clear_problem (self);
}

gboolean
cdo_person_fields_apply (CdoPersonFields  *self,
                         CdoCandidate     *person,
                         GError          **error)
{
  g_autofree char *born_text = NULL;
  g_autofree char *state = NULL;
  GDate born;

  g_return_val_if_fail (CDO_IS_PERSON_FIELDS (self), FALSE);
  g_return_val_if_fail (person != NULL, FALSE);

  if (!parse_born (self, &born))
    {
      born_text = dup_text (self->born);
      gtk_widget_add_css_class (GTK_WIDGET (self->born), "error");
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a birth date: type it as DD/MM/YYYY."), born_text);
      return FALSE;
    }
  if (!parse_eu_state (self, &state))
    {
      g_autofree char *text = dup_text (self->eu_state);

      gtk_widget_add_css_class (GTK_WIDGET (self->eu_state), "error");
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not the code of an EU state: type two letters, such as DE or "
                     "FR, or leave it empty for an Italian citizen."), text);
      return FALSE;
    }

  g_free (person->surname);
  person->surname = dup_text (self->surname);
  g_free (person->given_names);
  person->given_names = dup_text (self->given_names);
  person->sex = get_sex (self);
  person->born = born;
  g_free (person->birthplace);
  person->birthplace = dup_text (self->birthplace);
  if (self->show_eu_state)
    {
      g_free (person->eu_state);
      person->eu_state = g_steal_pointer (&state);
    }
  return TRUE;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

gboolean
cdo_person_fields_differs (CdoPersonFields *self,
                           CdoCandidate    *person)
{
  g_autoptr(CdoCandidate) typed = cdo_candidate_new ();

  g_return_val_if_fail (CDO_IS_PERSON_FIELDS (self), FALSE);

  /* Text that is not a date differs from anything: it is worth an error message. */
  if (!cdo_person_fields_apply (self, typed, NULL))
    return TRUE;

  if (person == NULL)
    return typed->surname != NULL || typed->given_names != NULL || typed->sex != CDO_SEX_UNKNOWN
           || g_date_valid (&typed->born) || typed->birthplace != NULL || typed->eu_state != NULL;

  return g_strcmp0 (typed->surname, person->surname) != 0
         || g_strcmp0 (typed->given_names, person->given_names) != 0
         || typed->sex != person->sex
         || !dates_equal (&typed->born, &person->born)
         || g_strcmp0 (typed->birthplace, person->birthplace) != 0
         || (self->show_eu_state && g_strcmp0 (typed->eu_state, person->eu_state) != 0);
}

void
cdo_person_fields_focus (CdoPersonFields *self)
{
  g_return_if_fail (CDO_IS_PERSON_FIELDS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->surname));
}

gboolean
cdo_person_fields_has_focus (CdoPersonFields *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (CDO_IS_PERSON_FIELDS (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

gboolean
cdo_person_fields_check (CdoPersonFields  *self,
                         gboolean          mayor,
                         GError          **error)
{
  g_autoptr(CdoCandidate) typed = cdo_candidate_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CDO_IS_PERSON_FIELDS (self), FALSE);

  if (!cdo_person_fields_apply (self, typed, &local_error))
    {
      show_problem (self, NULL, mayor, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!check_person (typed, mayor, &local_error))
    {
      show_problem (self, typed, mayor, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  clear_problem (self);
  return TRUE;
}

void
cdo_person_fields_show_refusal (CdoPersonFields *self,
                                gboolean         mayor,
                                const char      *message)
{
  g_autoptr(CdoCandidate) typed = cdo_candidate_new ();

  g_return_if_fail (CDO_IS_PERSON_FIELDS (self));
  g_return_if_fail (message != NULL);

  show_problem (self, cdo_person_fields_apply (self, typed, NULL) ? typed : NULL, mayor,
                message);
}

const char *
cdo_person_fields_get_message (CdoPersonFields *self)
{
  g_return_val_if_fail (CDO_IS_PERSON_FIELDS (self), NULL);

  return self->showing_problem ? gtk_label_get_label (self->message_label) : NULL;
}
