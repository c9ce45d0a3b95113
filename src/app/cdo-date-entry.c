/* cdo-date-entry.c: the first voting day, typed or picked from a calendar
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry shows the date in ISO form and accepts the Italian DD/MM/YYYY too.
 * Text becomes the date as soon as it is a complete date, so the rules follow the
 * typing (and assistive technologies, which set the text without pressing Enter,
 * work too); both forms need a four-digit year, so no half-typed text is a date.
 * Committing (Enter, or focus leaving the entry) rewrites the text in ISO form;
 * text that is not a date leaves the date as it was, marks the entry with the
 * error style and emits ::invalid so that the window can say why.
 */
#define G_LOG_DOMAIN "cdo-date-entry"

#include <glib/gi18n.h>

#include "cdo-date-entry.h"
#include "cdo-date.h"

struct _CdoDateEntry
{
  GtkWidget    parent_instance;

  GtkEntry    *entry;
  GtkCalendar *calendar;

  GDate        date;
  /* Set while the widget itself moves the calendar, so that the calendar's
   * ::day-selected is not taken for the user's choice. */
  gboolean     syncing_calendar;
};

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

enum {
  SIGNAL_INVALID,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CdoDateEntry, cdo_date_entry, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_date_text (CdoDateEntry *self,
                const GDate  *date)
{
  g_autofree char *text = cdo_date_format_iso (date);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
}

/* Takes @date without touching the text, which the user may still be typing. */
static void
take_date (CdoDateEntry *self,
           const GDate  *date)
{
  if (g_date_compare (&self->date, date) == 0)
    return;

  self->date = *date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
calendar_popover_show_cb (CdoDateEntry *self)
{
  g_autoptr(GDateTime) datetime = NULL;

  g_assert (CDO_IS_DATE_ENTRY (self));

  datetime = g_date_time_new_local (g_date_get_year (&self->date),
                                    g_date_get_month (&self->date),
                                    g_date_get_day (&self->date), 12, 0, 0);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, datetime);
  self->syncing_calendar = FALSE;
}

static void
calendar_day_selected_cb (CdoDateEntry *self)
{
  g_autoptr(GDateTime) datetime = NULL;
  GDate date;

  g_assert (CDO_IS_DATE_ENTRY (self));

  if (self->syncing_calendar)
    return;

  datetime = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (datetime),
                  g_date_time_get_month (datetime), g_date_time_get_year (datetime));
  cdo_date_entry_set_date (self, &date);
}

static void
entry_activate_cb (CdoDateEntry *self)
{
  g_assert (CDO_IS_DATE_ENTRY (self));

  cdo_date_entry_commit (self);
}

static void
entry_changed_cb (CdoDateEntry *self)
{
  GDate date;

  g_assert (CDO_IS_DATE_ENTRY (self));

  if (!cdo_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &date))
    return;

  /* The error mark goes as soon as the text is a date again. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  take_date (self, &date);
}

static void
entry_focus_leave_cb (CdoDateEntry *self)
{
  g_autofree char *shown = NULL;

  g_assert (CDO_IS_DATE_ENTRY (self));

  /* Leaving the entry untouched must not re-validate (or complain). */
  shown = cdo_date_format_iso (&self->date);
  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (self->entry))) != 0)
    cdo_date_entry_commit (self);
}

/* The widget itself is a box; focusing it means focusing the text, selected so
 * that typing replaces the date. */
static gboolean
cdo_date_entry_grab_focus (GtkWidget *widget)
{
  CdoDateEntry *self = CDO_DATE_ENTRY (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
cdo_date_entry_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), CDO_TYPE_DATE_ENTRY);
  /* dispose_template() unparents only the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cdo_date_entry_parent_class)->dispose (object);
}

static void
cdo_date_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CdoDateEntry *self = CDO_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_date_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CdoDateEntry *self = CDO_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      cdo_date_entry_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_date_entry_class_init (CdoDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_date_entry_dispose;
  object_class->get_property = cdo_date_entry_get_property;
  object_class->set_property = cdo_date_entry_set_property;
  widget_class->grab_focus = cdo_date_entry_grab_focus;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CdoDateEntry::invalid:
   * @text: what was typed
   *
   * Emitted when typed text that is not a date was committed; the date is unchanged.
   */
  signals[SIGNAL_INVALID] =
    g_signal_new ("invalid", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, CdoDateEntry, calendar);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cdo-date-entry");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cdo_date_entry_init (CdoDateEntry *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_clear (&self->date, 1);
  cdo_date_entry_get_default_date (&today, &self->date);
  show_date_text (self, &self->date);
}

GtkWidget *
cdo_date_entry_new (void)
{
  return g_object_new (CDO_TYPE_DATE_ENTRY, NULL);
}

/**
 * cdo_date_entry_get_date:
 *
 * Returns: (transfer none): the committed date, always valid
 */
const GDate *
cdo_date_entry_get_date (CdoDateEntry *self)
{
  g_return_val_if_fail (CDO_IS_DATE_ENTRY (self), NULL);

  return &self->date;
}

void
cdo_date_entry_set_date (CdoDateEntry *self,
                         const GDate  *date)
{
  g_return_if_fail (CDO_IS_DATE_ENTRY (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  /* The text is rewritten first and even for the same date: it may still show
   * rejected input, or the same date in another form. */
  show_date_text (self, date);
  take_date (self, date);
}

/**
 * cdo_date_entry_commit:
 *
 * Takes the typed text as the date, as pressing Enter does.
 *
 * Returns: %TRUE if the text was a date
 */
gboolean
cdo_date_entry_commit (CdoDateEntry *self)
{
  const char *text;
  GDate date;

  g_return_val_if_fail (CDO_IS_DATE_ENTRY (self), FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (!cdo_date_parse_user (text, &date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      g_signal_emit (self, signals[SIGNAL_INVALID], 0, text);
      return FALSE;
    }

  cdo_date_entry_set_date (self, &date);
  return TRUE;
}

/**
 * cdo_date_entry_get_default_date:
 * @today: the current date
 * @out_date: (out caller-allocates): where to store the result
 *
 * The date a new window starts on: the last Sunday of May not before @today.
 * Ordinary municipal elections fall on a Sunday between 15 April and 15 June,
 * and the last Sunday of May is the usual choice of recent years.
 */
void
cdo_date_entry_get_default_date (const GDate *today,
                                 GDate       *out_date)
{
  GDateYear year;

  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (out_date != NULL);

  for (year = g_date_get_year (today);; year++)
    {
      g_date_clear (out_date, 1);
      g_date_set_dmy (out_date, 31, G_DATE_MAY, year);
      while (g_date_get_weekday (out_date) != G_DATE_SUNDAY)
        g_date_subtract_days (out_date, 1);
      if (g_date_compare (out_date, today) >= 0)
        return;
    }
}
