/* cdo-election-dialog.c: the district's voting days, seen and set
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A district made with New District has no voting days until the commission types them,
 * and a day imported wrong must be correctable: the filing window, the late marks, the
 * receipts and the rules all follow the days. Each day is typed as Italians write it
 * (DD/MM/YYYY, or YYYY-MM-DD) or picked from a calendar, and shown back in words, with
 * its weekday, so that a slip is seen before it is saved. What is wrong is said under the
 * days, in the store's own words; nothing is written before Save, and Save writes the four
 * days as one journaled change, which Undo reverts.
 */
#define G_LOG_DOMAIN "cdo-election-dialog"

#include <glib/gi18n.h>

#include "cdo-date.h"
#include "cdo-date-entry.h"
#include "cdo-district-check.h"
#include "cdo-election-dialog.h"
#include "cdo-format.h"

enum {
  DAY_FIRST,
  DAY_SECOND,
  DAY_RUNOFF_FIRST,
  DAY_RUNOFF_SECOND,
  N_DAYS,
};

/* The template's names of each day's widgets, in the order of the days. */
static const char *const day_ids[N_DAYS] = {
  "first", "second", "runoff_first", "runoff_second",
};

/* Each day's usual distance from the first, for the calendar of an empty field: the
 * second day is the Monday after the Sunday, the run-off two weeks after the first round. */
static const int usual_offsets[N_DAYS] = { 0, 1, 14, 15 };

typedef enum {
  DAY_EMPTY,
  DAY_VALID,
  DAY_NOT_A_DATE,
} DayState;

typedef struct {
  AdwActionRow *row;
  GtkEntry     *entry;
  GtkPopover   *popover;
  GtkCalendar  *calendar;
} DayField;

struct _CdoElectionDialog
{
  AdwWindow       parent_instance;

  CdoStore       *store;
  DayField        days[N_DAYS];
  AdwWindowTitle *window_title;
  GtkLabel       *error_label;

  /* Set while the dialog itself moves a calendar, so that ::day-selected is not taken for
   * the user's choice. */
  gboolean        syncing_calendar;
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CdoElectionDialog, cdo_election_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static DayState
read_day (CdoElectionDialog *self,
          guint              index,
          GDate             *out_date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
                                        GTK_EDITABLE (self->days[index].entry))));

  g_date_clear (out_date, 1);
  if (text[0] == '\0')
    return DAY_EMPTY;
  return cdo_date_parse_user (text, out_date) ? DAY_VALID : DAY_NOT_A_DATE;
}

static GDate *
district_day (CdoDistrict *days,
              guint        index)
{
  GDate *dates[N_DAYS] = {
    &days->first_day, &days->second_day, &days->runoff_first_day, &days->runoff_second_day,
  };

  return dates[index];
}

static const GDate *
const_district_day (const CdoDistrict *days,
                    guint              index)
{
  return district_day ((CdoDistrict *) days, index);
}

static guint
find_day (CdoElectionDialog *self,
          gpointer           widget)
{
  for (guint i = 0; i < N_DAYS; i++)
    if (widget == (gpointer) self->days[i].entry || widget == (gpointer) self->days[i].popover
        || widget == (gpointer) self->days[i].calendar)
      return i;

  g_assert_not_reached ();
  return 0;
}

static void
show_error (CdoElectionDialog *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
mark_entry (CdoElectionDialog *self,
            guint              index,
            gboolean           wrong)
{
  GtkWidget *entry = GTK_WIDGET (self->days[index].entry);

  if (wrong)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
}

/* What a row says under its title: the day in words, so that 04/06 and 06/04 cannot be
 * mistaken for each other, or what the field still needs. */
static void
update_row (CdoElectionDialog *self,
            guint              index)
{
  DayField *field = &self->days[index];
  g_autofree char *subtitle = NULL;
  GDate date;

  switch (read_day (self, index, &date))
    {
    case DAY_VALID:
      subtitle = cdo_date_format_long (&date);
      break;

    case DAY_NOT_A_DATE:
      subtitle = g_strdup (_("Type the day as DD/MM/YYYY or YYYY-MM-DD"));
      break;

    case DAY_EMPTY:
    default:
      /* Translators: under a voting day's title: the first day must be typed, the
       * others may be left empty. */
      subtitle = g_strdup (index == DAY_FIRST ? C_("voting day", "Required")
                                              : C_("voting day", "None"));
      break;
    }

  adw_action_row_set_subtitle (field->row, subtitle);
  /* Clearing an optional day is one click. */
  gtk_entry_set_icon_from_icon_name (field->entry, GTK_ENTRY_ICON_SECONDARY,
                                     index != DAY_FIRST && gtk_entry_get_text_length (field->entry) > 0
                                     ? "edit-clear-symbolic" : NULL);
  gtk_entry_set_icon_tooltip_text (field->entry, GTK_ENTRY_ICON_SECONDARY, _("Clear"));
}

/* The field to correct when cdo_district_check_election_days() refuses @days, in the
 * order it checks them: the day another one needs, or the first day not after the day
 * before it. */
static int
wrong_day (const CdoDistrict *days)
{
  const GDate *previous = NULL;

  for (guint i = 0; i < N_DAYS; i++)
    {
      const GDate *day = const_district_day (days, i);

      if (!g_date_valid (day))
        continue;
      if (!g_date_valid (&days->first_day))
        return DAY_FIRST;
      if (i == DAY_RUNOFF_SECOND && !g_date_valid (&days->runoff_first_day))
        return DAY_RUNOFF_FIRST;
      if (previous != NULL && g_date_compare (day, previous) <= 0)
        return (int) i;
      previous = day;
    }

  return -1;
}

/* Reads the four fields into @days. With @strict, every problem is marked and said, as
 * Save needs; otherwise only what is certain while the person types: days that are
 * dates but out of order. Returns whether the days can be saved. */
static gboolean
check (CdoElectionDialog *self,
       CdoDistrict       *days,
       gboolean           strict)
{
  g_autoptr(GError) error = NULL;
  gboolean complete = TRUE;
  int first_wrong = -1;
  int wrong;

  for (guint i = 0; i < N_DAYS; i++)
    {
      DayState state = read_day (self, i, district_day (days, i));

      if (state == DAY_NOT_A_DATE)
        {
          complete = FALSE;
          if (first_wrong < 0)
            first_wrong = (int) i;
        }
      /* While the person types, half-typed text is not marked yet. */
      mark_entry (self, i, strict && state == DAY_NOT_A_DATE);
    }

  if (!complete)
    {
      if (strict)
        {
          show_error (self, _("Some days are not dates: type each as DD/MM/YYYY or "
                              "YYYY-MM-DD, or leave it empty."));
          gtk_widget_grab_focus (GTK_WIDGET (self->days[first_wrong].entry));
        }
      else
        show_error (self, NULL);
      return FALSE;
    }

  if (!cdo_district_check_election_days (days, &error))
    {
      wrong = wrong_day (days);
      if (wrong >= 0)
        {
          mark_entry (self, (guint) wrong, TRUE);
          if (strict)
            gtk_widget_grab_focus (GTK_WIDGET (self->days[wrong].entry));
        }
      show_error (self, error->message);
      return FALSE;
    }

  if (!g_date_valid (&days->first_day))
    {
      if (strict)
        {
          mark_entry (self, DAY_FIRST, TRUE);
          show_error (self, _("Type at least the first voting day."));
          gtk_widget_grab_focus (GTK_WIDGET (self->days[DAY_FIRST].entry));
        }
      else
        show_error (self, NULL);
      return FALSE;
    }

  show_error (self, NULL);
  return TRUE;
}

static void
update (CdoElectionDialog *self)
{
  g_autoptr(CdoDistrict) days = cdo_district_new ();

  for (guint i = 0; i < N_DAYS; i++)
    update_row (self, i);
  check (self, days, FALSE);
}

static void
entry_changed_cb (CdoElectionDialog *self,
                  GtkEditable       *entry)
{
  g_assert (CDO_IS_ELECTION_DIALOG (self));

  update (self);
}

/* Enter writes the day in the Italian form, so that the person sees how it was read; the
 * window's default (Save) then runs as well. */
static void
entry_activate_cb (CdoElectionDialog *self,
                   GtkEntry          *entry)
{
  guint index;
  GDate date;

  g_assert (CDO_IS_ELECTION_DIALOG (self));

  index = find_day (self, entry);
  if (read_day (self, index, &date) == DAY_VALID)
    {
      g_autofree char *text = cdo_format_day (&date);

      gtk_editable_set_text (GTK_EDITABLE (entry), text);
    }
}

static void
entry_icon_press_cb (CdoElectionDialog    *self,
                     GtkEntryIconPosition  position,
                     GtkEntry             *entry)
{
  g_assert (CDO_IS_ELECTION_DIALOG (self));

  if (position == GTK_ENTRY_ICON_SECONDARY)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      gtk_widget_grab_focus (GTK_WIDGET (entry));
    }
}

/* The calendar opens on the day typed; on an empty field, on the day this one usually
 * falls given the day before it, or on the usual election Sunday. */
static void
popover_show_cb (CdoElectionDialog *self,
                 GtkPopover        *popover)
{
  guint index;
  g_autoptr(GDateTime) shown = NULL;
  GDate date;

  g_assert (CDO_IS_ELECTION_DIALOG (self));

  index = find_day (self, popover);
  if (read_day (self, index, &date) != DAY_VALID)
    {
      int known = (int) index - 1;

      while (known >= 0 && read_day (self, (guint) known, &date) != DAY_VALID)
        known--;
      if (known < 0)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          GDate today;

          g_date_clear (&today, 1);
          g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                          (GDateMonth) g_date_time_get_month (now),
                          (GDateYear) g_date_time_get_year (now));
          cdo_date_entry_get_default_date (&today, &date);
          known = DAY_FIRST;
        }
      g_date_add_days (&date, (guint) (usual_offsets[index] - usual_offsets[known]));
    }

  shown = g_date_time_new_local ((int) g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 12, 0, 0);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->days[index].calendar, shown);
  self->syncing_calendar = FALSE;
}

static void
calendar_day_selected_cb (CdoElectionDialog *self,
                          GtkCalendar       *calendar)
{
  g_autoptr(GDateTime) chosen = NULL;
  g_autofree char *text = NULL;
  guint index;
  GDate date;

  g_assert (CDO_IS_ELECTION_DIALOG (self));

  if (self->syncing_calendar)
    return;

  index = find_day (self, calendar);
  chosen = gtk_calendar_get_date (calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (chosen),
                  (GDateMonth) g_date_time_get_month (chosen),
                  (GDateYear) g_date_time_get_year (chosen));
  text = cdo_format_day (&date);
  gtk_editable_set_text (GTK_EDITABLE (self->days[index].entry), text);
  gtk_popover_popdown (self->days[index].popover);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cdo_election_dialog_save (CDO_ELECTION_DIALOG (widget));
}

static void
cdo_election_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CDO_TYPE_ELECTION_DIALOG);

  G_OBJECT_CLASS (cdo_election_dialog_parent_class)->dispose (object);
}

static void
cdo_election_dialog_class_init (CdoElectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_election_dialog_dispose;

  /**
   * CdoElectionDialog::saved:
   *
   * Emitted when Save has changed the voting days in the file (not when they were already
   * those typed).
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-election-dialog.ui");
  for (guint i = 0; i < N_DAYS; i++)
    {
      g_autofree char *row = g_strconcat (day_ids[i], "_row", NULL);
      g_autofree char *entry = g_strconcat (day_ids[i], "_entry", NULL);
      g_autofree char *popover = g_strconcat (day_ids[i], "_popover", NULL);
      g_autofree char *calendar = g_strconcat (day_ids[i], "_calendar", NULL);
      gssize offset = (gssize) (G_STRUCT_OFFSET (CdoElectionDialog, days) + i * sizeof (DayField));

      /* Interned: the names must outlive the class's initialisation. */
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (row), FALSE,
                                                 offset + G_STRUCT_OFFSET (DayField, row));
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (entry), FALSE,
                                                 offset + G_STRUCT_OFFSET (DayField, entry));
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (popover), FALSE,
                                                 offset + G_STRUCT_OFFSET (DayField, popover));
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (calendar), FALSE,
                                                 offset + G_STRUCT_OFFSET (DayField, calendar));
    }
  gtk_widget_class_bind_template_child (widget_class, CdoElectionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CdoElectionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_icon_press_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "election.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cdo_election_dialog_init (CdoElectionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CdoElectionDialog *
cdo_election_dialog_new (GtkWindow         *parent,
                         CdoStore          *store,
                         const CdoDistrict *days)
{
  CdoElectionDialog *self;
  g_autofree char *file = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (days != NULL, NULL);

  self = g_object_new (CDO_TYPE_ELECTION_DIALOG, "transient-for", parent, NULL);
  self->store = store;

  file = g_path_get_basename (cdo_store_get_path (store));
  adw_window_title_set_subtitle (self->window_title, file);

  for (guint i = 0; i < N_DAYS; i++)
    {
      const GDate *day = const_district_day (days, i);
      g_autofree char *text = g_date_valid (day) ? cdo_format_day (day) : g_strdup ("");

      gtk_editable_set_text (GTK_EDITABLE (self->days[i].entry), text);
    }
  update (self);

  /* A district without days starts on the first one. */
  if (!g_date_valid (&days->first_day))
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->days[DAY_FIRST].entry));

  return self;
}

gboolean
cdo_election_dialog_save (CdoElectionDialog *self)
{
  g_autoptr(CdoDistrict) days = cdo_district_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;

  g_return_val_if_fail (CDO_IS_ELECTION_DIALOG (self), FALSE);

  if (!check (self, days, TRUE))
    return FALSE;

  head = g_strdup (cdo_store_get_journal_head (self->store));
  if (!cdo_store_set_election (self->store, days, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  if (g_strcmp0 (head, cdo_store_get_journal_head (self->store)) != 0)
    g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

const char *
cdo_election_dialog_get_error (CdoElectionDialog *self)
{
  g_return_val_if_fail (CDO_IS_ELECTION_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}
