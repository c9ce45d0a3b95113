/* cdo-filing-editor.c: one filing as the secretary records it
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form of a filing: when it was handed in, the mayoral candidate, the list, its
 * candidates and delegates, and the documents of each. There is no Save button: every
 * edit is one transaction of the district file, made a moment after typing stops, on
 * Enter, when the focus leaves a field and before anything else happens in the window
 * (cdo_filing_editor_flush()). After each the editor emits ::changed; the window reads
 * the district again and hands the editor the same filing in the new snapshot, which
 * updates the fields that are not being typed in.
 *
 * The day and minute of filing are the secretary's: New Filing fills them with the
 * workstation's clock, and nothing changes them afterwards but the secretary (typing, or
 * pressing Now). The clock's reading at entry is kept beside them and shown. A filing
 * after the window closes is recorded all the same and marked late: the secretary may
 * not refuse papers, the commission decides.
 *
 * The candidates table and its form are in cdo-filing-editor-candidates.c.
 */
#define G_LOG_DOMAIN "cdo-filing-editor"

#include <string.h>

#include <glib/gi18n.h>

#include "cdo-candidate-item.h"
#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-district-xml.h"
#include "cdo-filing-editor-private.h"
#include "cdo-format.h"
#include "cdo-symbol-image.h"

/* Long enough not to save half a word, short enough that nothing typed is at risk. */
#define COMMIT_DELAY_MS 700

enum {
  SIGNAL_CHANGED,
  SIGNAL_ADD_TOAST,
  SIGNAL_ERROR,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CdoFilingEditor, cdo_filing_editor, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static gboolean flush_cb (gpointer user_data);

void
_cdo_filing_editor_toast (CdoFilingEditor *self,
                          const char      *message)
{
  g_autoptr(AdwToast) toast = NULL;

  /* A pause in typing saves what is complete; a half-typed date is only marked, and
   * said in words on Enter or when the focus leaves. */
  if (self->quiet)
    return;

  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

/* Typed text that cannot be saved (the caller has marked it): said at once on Enter, when
 * the focus leaves and before anything else happens in the window; after a mere pause in
 * typing only marked, and kept pending so that Enter says it. Either way the field keeps
 * what was typed, for correcting. */
void
_cdo_filing_editor_invalid (CdoFilingEditor *self,
                            Pending          what,
                            const char      *message)
{
  self->refused = TRUE;
  if (self->quiet)
    {
      self->pending |= what;
      return;
    }

  self->kept |= what;
  _cdo_filing_editor_toast (self, message);
}

/* The file refused an edit of the group @what. A value the data rules refuse
 * (CDO_STORE_ERROR_INVALID) is the secretary's to correct, like text that is not a value:
 * the caller has marked the field and said why beside it, and after a pause in typing
 * that is all (no dialog while the secretary is typing; Enter says it). On Enter and the
 * like the window says it in a dialog as well. The fields keep what was typed. Any other
 * failure is the window's to say. */
void
_cdo_filing_editor_refused (CdoFilingEditor *self,
                            Pending          what,
                            const char      *heading,
                            const GError    *error)
{
  if (!g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID))
    {
      _cdo_filing_editor_store_failed (self, heading, error);
      return;
    }

  self->refused = TRUE;
  if (self->quiet)
    {
      self->pending |= what;
      return;
    }

  self->kept |= what;
  _cdo_filing_editor_store_failed (self, heading, error);
}

/* Whether the fields of @what show what was typed rather than the file: pending, or
 * refused and not typed in since. */
gboolean
_cdo_filing_editor_holds (CdoFilingEditor *self,
                          Pending          what)
{
  return ((self->pending | self->kept) & what) != 0;
}

void
_cdo_filing_editor_store_failed (CdoFilingEditor *self,
                                 const char      *heading,
                                 const GError    *error)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, heading, error);
}

void
_cdo_filing_editor_saved (CdoFilingEditor *self)
{
  gboolean was_own = self->own_change;

  /* The window reads the file again and shows this filing before the emission returns:
   * what is still pending (refused after a pause) is not in the file, and keeps its text. */
  self->own_change = TRUE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  self->own_change = was_own;
}

void
_cdo_filing_editor_schedule (CdoFilingEditor *self,
                             Pending          what)
{
  if (self->syncing || self->snapshot == NULL)
    return;

  self->pending |= what;
  g_clear_handle_id (&self->commit_source, g_source_remove);
  self->commit_source = g_timeout_add (COMMIT_DELAY_MS, flush_cb, self);
}

/* Documents compare as sets of (kind, complete): the store may return them in another
 * order than the catalogue's. */
gboolean
_cdo_filing_editor_documents_equal (GPtrArray *a,
                                    GPtrArray *b)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    {
      CdoDocument *document = g_ptr_array_index (a, i);
      CdoDocument *other = cdo_documents_find (b, document->kind);

      if (other == NULL || !other->complete != !document->complete)
        return FALSE;
    }

  return TRUE;
}

/* Filing time */

static char *
format_recorded_at (const char *recorded_at)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *day = NULL;
  g_autofree char *iso = NULL;
  GDate date;

  if (recorded_at == NULL)
    return g_strdup (_("No time of entry was recorded by the workstation"));

  /* "2026-04-24T10:07:01", local time as the store keeps it. */
  iso = g_strndup (recorded_at, 10);
  if (!cdo_date_parse_iso (iso, &date) || strlen (recorded_at) < 19)
    return g_strdup_printf (_("Entered at %s by the workstation's clock"), recorded_at);

  day = cdo_format_day (&date);
  /* Translators: when the secretary typed the filing in, e.g. "Entered on 24/04/2026 at
   * 10:07:01 by the workstation's clock". */
  return g_strdup_printf (_("Entered on %s at %s by the workstation's clock"), day,
                          recorded_at + 11);
}

static char *
dup_stripped (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
mark_error (GtkWidget *widget,
            gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/* A field the file refused, with the reason where the pointer and a screen reader find
 * it. */
static void
mark_refused (GtkWidget  *widget,
              const char *message)
{
  gtk_widget_add_css_class (widget, "error");
  gtk_widget_set_tooltip_text (widget, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message, -1);
}

static void
unmark_refused (GtkWidget *widget)
{
  if (!gtk_widget_has_css_class (widget, "error"))
    return;
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_set_tooltip_text (widget, NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Reads the day and minute of filing into @out_time. Both fields empty are no time at all
 * (*out_none), which is valid only on a list that has none (imported from a file without
 * one): there is nothing to save then. Marks what is not a day or a minute, and returns
 * FALSE with the reason in words in @out_problem. */
static gboolean
parse_filed (CdoFilingEditor  *self,
             CdoFilingTime    *out_time,
             gboolean         *out_none,
             char            **out_problem)
{
  g_autofree char *day_text = dup_stripped (GTK_EDITABLE (self->filed_day));
  g_autofree char *minute_text = dup_stripped (GTK_EDITABLE (self->filed_minute));
  gboolean has_filed = self->list != NULL && self->list->has_filed;
  gboolean none = day_text[0] == '\0' && minute_text[0] == '\0';
  gboolean day_ok, minute_ok;

  *out_none = none && !has_filed;
  day_ok = *out_none || cdo_date_parse_user (day_text, &out_time->date);
  minute_ok = *out_none || cdo_format_parse_minute (minute_text, &out_time->minutes);
  mark_error (GTK_WIDGET (self->filed_day), !day_ok);
  mark_error (GTK_WIDGET (self->filed_minute), !minute_ok);

  if (out_problem == NULL || (day_ok && minute_ok))
    return day_ok && minute_ok;

  if (!has_filed)
    *out_problem = g_strdup (_("Type both the filing day (DD/MM/YYYY) and minute (HH:MM): "
                               "the filing time is saved once both are complete."));
  else if (day_text[0] == '\0' || minute_text[0] == '\0')
    *out_problem = g_strdup (_("A filing keeps its day and minute: type the day as DD/MM/YYYY "
                               "and the minute as HH:MM. The time saved before is kept."));
  else if (!day_ok)
    *out_problem = g_strdup_printf (_("“%s” is not a day: type the filing day as DD/MM/YYYY. "
                                      "The day saved before is kept."), day_text);
  else
    *out_problem = g_strdup_printf (_("“%s” is not a time of day: type the filing minute as "
                                      "HH:MM. The minute saved before is kept."), minute_text);
  return FALSE;
}

static gboolean
contains_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Whether a field that may hold text which is not a value keeps its text rather than show
 * the file: only when the file is shown again after the editor's own save, while the
 * secretary is typing in it ("12:" on the way to "12:30", refused on Enter and said so).
 * After an undo, a redo or any other reload the file is what the fields show. */
static gboolean
keeps_typing (CdoFilingEditor *self,
              GtkWidget       *field)
{
  return self->own_change && contains_focus (field);
}

static void
set_filed_text (GtkEditable *editable,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

static void
show_filed (CdoFilingEditor *self)
{
  g_autofree char *day = NULL;
  g_autofree char *minute = NULL;
  g_autofree char *recorded = NULL;

  if (self->list != NULL && self->list->has_filed)
    {
      day = cdo_format_day (&self->list->filed.date);
      minute = cdo_format_minute (self->list->filed.minutes);
    }

  /* The day and the minute are one value: both stay while either is being typed in. */
  if (!_cdo_filing_editor_holds (self, PENDING_FILED)
      && !keeps_typing (self, GTK_WIDGET (self->filed_day))
      && !keeps_typing (self, GTK_WIDGET (self->filed_minute)))
    {
      set_filed_text (GTK_EDITABLE (self->filed_day), day != NULL ? day : "");
      set_filed_text (GTK_EDITABLE (self->filed_minute), minute != NULL ? minute : "");
    }

  recorded = format_recorded_at (self->list != NULL ? self->list->filed_recorded_at : NULL);
  adw_action_row_set_subtitle (self->filed_row, recorded);
}

/* Saving */

static gboolean
commit_mayor (CdoFilingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(CdoCandidate) added = NULL;
  CdoCandidate *mayor;

  if (self->candidacy == NULL)
    return FALSE;

  documents = cdo_document_checks_dup_documents (self->mayor_documents);
  mayor = self->candidacy->mayor;
  if (!cdo_person_fields_differs (self->mayor_fields, mayor)
      && _cdo_filing_editor_documents_equal (documents, mayor != NULL ? mayor->documents : NULL))
    return FALSE;

  /* What the file would refuse is said beside the fields, without asking it. */
  if (!cdo_person_fields_check (self->mayor_fields, TRUE, &error))
    {
      _cdo_filing_editor_invalid (self, PENDING_MAYOR, error->message);
      return FALSE;
    }

  /* The snapshot gets a mayoral candidate only once there is one to save. */
  if (mayor == NULL)
    mayor = added = cdo_candidate_new ();
  if (!cdo_person_fields_apply (self->mayor_fields, mayor, &error))
    {
      _cdo_filing_editor_invalid (self, PENDING_MAYOR, error->message);
      return FALSE;
    }
  g_ptr_array_unref (mayor->documents);
  mayor->documents = g_steal_pointer (&documents);
  if (added != NULL)
    self->candidacy->mayor = g_steal_pointer (&added);

  if (!cdo_store_update_candidacy (self->store, self->candidacy, &error))
    {
      if (g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID))
        cdo_person_fields_show_refusal (self->mayor_fields, TRUE, error->message);
      _cdo_filing_editor_refused (self, PENDING_MAYOR, _("The Mayoral Candidate Was Not Saved"),
                                  error);
      /* The snapshot now says what was typed: read the file again. */
      return TRUE;
    }

  return TRUE;
}

static gboolean
parse_signatures (CdoFilingEditor *self,
                  int             *out_signatures)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->signatures_row));
  g_autofree char *text = g_strstrip (g_strdup (typed));
  guint64 value;

  *out_signatures = -1;
  if (text[0] == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, 100000, &value, NULL))
    return FALSE;
  *out_signatures = (int) value;
  return TRUE;
}

static GPtrArray *
dup_delegates (CdoFilingEditor *self)
{
  GPtrArray *delegates = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_delegate_free);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->delegates_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkEditable *surname = g_object_get_data (G_OBJECT (row), "surname");
      GtkEditable *given = g_object_get_data (G_OBJECT (row), "given-names");
      g_autofree char *surname_text = NULL;
      g_autofree char *given_text = NULL;
      CdoDelegate *delegate;

      if (surname == NULL || given == NULL)
        continue;
      surname_text = g_strstrip (g_strdup (gtk_editable_get_text (surname)));
      given_text = g_strstrip (g_strdup (gtk_editable_get_text (given)));
      /* A row added and left empty is nobody. */
      if (surname_text[0] == '\0' && given_text[0] == '\0')
        continue;
      delegate = cdo_delegate_new ();
      delegate->surname = surname_text[0] != '\0' ? g_steal_pointer (&surname_text) : NULL;
      delegate->given_names = given_text[0] != '\0' ? g_steal_pointer (&given_text) : NULL;
      g_ptr_array_add (delegates, delegate);
    }

  return delegates;
}

static gboolean
delegates_equal (GPtrArray *a,
                 GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      CdoDelegate *x = g_ptr_array_index (a, i);
      CdoDelegate *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->surname, y->surname) != 0
          || g_strcmp0 (x->given_names, y->given_names) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Marks the field of the list the data rules refuse (CDO_DISTRICT_CHECK_UNFILLED, as the
 * store's edits check), asking them one field at a time: the name, then each delegate's
 * surname and given names. FALSE when none is refused. */
static gboolean
mark_list_refusal (CdoFilingEditor *self,
                   const char      *message)
{
  g_autoptr(CdoCandidateList) probe = cdo_candidate_list_new ();
  g_autofree char *name = dup_stripped (GTK_EDITABLE (self->list_name_row));

  probe->id = g_strdup ("check");
  probe->name = name[0] != '\0' ? g_strdup (name) : NULL;
  if (!cdo_district_check_list (probe, CDO_DISTRICT_CHECK_UNFILLED, NULL))
    {
      mark_refused (GTK_WIDGET (self->list_name_row), message);
      return TRUE;
    }
  g_clear_pointer (&probe->name, g_free);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->delegates_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *keys[] = { "surname", "given-names" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          GtkEditable *entry = g_object_get_data (G_OBJECT (row), keys[i]);
          g_autofree char *text = NULL;
          CdoDelegate *delegate;
          gboolean valid;

          if (entry == NULL)
            continue;
          text = dup_stripped (entry);
          if (text[0] == '\0')
            continue;
          delegate = cdo_delegate_new ();
          if (i == 0)
            delegate->surname = g_steal_pointer (&text);
          else
            delegate->given_names = g_steal_pointer (&text);
          g_ptr_array_add (probe->delegates, delegate);
          valid = cdo_district_check_list (probe, CDO_DISTRICT_CHECK_UNFILLED, NULL);
          g_ptr_array_set_size (probe->delegates, 0);
          if (!valid)
            {
              mark_refused (GTK_WIDGET (entry), message);
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* Saves the list's pending groups (@attempts) in one store call: each field is compared
 * with the file, so that only what was typed is written. A refused field does not hold
 * back the others. */
static gboolean
commit_list (CdoFilingEditor *self,
             Pending          attempts)
{
  g_autoptr(GError) error = NULL;
  CdoCandidateList *list = self->list;
  gboolean changed = FALSE;

  if (list == NULL)
    return FALSE;

  if (attempts & PENDING_LIST)
    {
      g_autoptr(GPtrArray) documents = NULL;
      g_autoptr(GPtrArray) delegates = NULL;
      g_autofree char *name = dup_stripped (GTK_EDITABLE (self->list_name_row));

      if (name[0] == '\0')
        g_clear_pointer (&name, g_free);
      if (g_strcmp0 (name, list->name) != 0)
        {
          g_free (list->name);
          list->name = g_steal_pointer (&name);
          changed = TRUE;
        }

      if (gtk_switch_get_active (self->party_switch) != !!list->party_symbol)
        {
          list->party_symbol = gtk_switch_get_active (self->party_switch);
          changed = TRUE;
        }

      documents = cdo_document_checks_dup_documents (self->list_documents);
      if (!_cdo_filing_editor_documents_equal (documents, list->documents))
        {
          g_ptr_array_unref (list->documents);
          list->documents = g_steal_pointer (&documents);
          changed = TRUE;
        }

      delegates = dup_delegates (self);
      if (!delegates_equal (delegates, list->delegates))
        {
          /* Row ids follow position: the store rewrites the i-th delegate with the i-th. */
          g_ptr_array_unref (list->delegates);
          list->delegates = g_steal_pointer (&delegates);
          changed = TRUE;
        }
    }

  if (attempts & PENDING_SIGNATURES)
    {
      int signatures;
      gboolean valid = parse_signatures (self, &signatures);

      mark_error (GTK_WIDGET (self->signatures_row), !valid);
      if (!valid)
        _cdo_filing_editor_invalid (self, PENDING_SIGNATURES,
                                    _("The number of signatures is not a number: type digits "
                                      "only, or leave it empty if none was declared."));
      else if (signatures != list->signatures)
        {
          list->signatures = signatures;
          changed = TRUE;
        }
    }

  if (attempts & PENDING_FILED)
    {
      g_autofree char *problem = NULL;
      CdoFilingTime filed = { 0 };
      gboolean none;

      if (!parse_filed (self, &filed, &none, &problem))
        _cdo_filing_editor_invalid (self, PENDING_FILED, problem);
      else if (!none
               && (!list->has_filed || g_date_compare (&filed.date, &list->filed.date) != 0
                   || filed.minutes != list->filed.minutes))
        {
          /* The time of entry stays as the workstation's clock read it. */
          list->has_filed = TRUE;
          list->filed = filed;
          changed = TRUE;
        }
    }

  if (!changed)
    return FALSE;

  if (!cdo_store_update_list (self->store, list, &error))
    {
      Pending what = attempts & (PENDING_LIST | PENDING_SIGNATURES | PENDING_FILED);

      /* A refusal no field can be marked for is said at once, if only in a toast. */
      if (g_error_matches (error, CDO_STORE_ERROR, CDO_STORE_ERROR_INVALID)
          && !mark_list_refusal (self, error->message) && self->quiet)
        {
          g_autoptr(AdwToast) toast = adw_toast_new (error->message);

          g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
        }
      _cdo_filing_editor_refused (self, what, _("The List Was Not Saved"), error);
    }

  return TRUE;
}

static gboolean
commit_pending (CdoFilingEditor *self)
{
  Pending attempts = self->pending;
  gboolean saved = FALSE;

  g_clear_handle_id (&self->commit_source, g_source_remove);
  self->pending = 0;
  self->kept &= ~attempts;
  self->refused = FALSE;

  if (self->store == NULL || self->snapshot == NULL)
    return FALSE;

  if (attempts & PENDING_MAYOR)
    saved |= commit_mayor (self);
  if (attempts & (PENDING_LIST | PENDING_SIGNATURES | PENDING_FILED))
    saved |= commit_list (self, attempts);
  if (attempts & PENDING_CANDIDATE)
    saved |= _cdo_filing_editor_commit_candidate (self);

  return saved;
}

/* What was pending is not written: the file changed under it (undo, redo, another
 * filing), and the fields are about to show the file. */
static void
forget_pending (CdoFilingEditor *self)
{
  self->pending = 0;
  self->kept = 0;
  g_clear_handle_id (&self->commit_source, g_source_remove);
}

gboolean
cdo_filing_editor_flush (CdoFilingEditor *self)
{
  gboolean saved, refused;

  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), FALSE);

  if (self->pending == 0)
    return TRUE;

  saved = commit_pending (self);
  refused = self->refused;
  if (saved)
    _cdo_filing_editor_saved (self);

  return !refused;
}

static gboolean
flush_cb (gpointer user_data)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (user_data);

  self->commit_source = 0;
  self->quiet = TRUE;
  cdo_filing_editor_flush (self);
  self->quiet = FALSE;
  return G_SOURCE_REMOVE;
}

gboolean
cdo_filing_editor_has_pending (CdoFilingEditor *self)
{
  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), FALSE);

  return self->pending != 0;
}

/* Callbacks of the form */

static void
mayor_changed_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  _cdo_filing_editor_schedule (self, PENDING_MAYOR);
}

static void
list_changed_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  _cdo_filing_editor_schedule (self, PENDING_LIST);
}

static void
signatures_changed_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  _cdo_filing_editor_schedule (self, PENDING_SIGNATURES);
}

static void
filed_changed_cb (CdoFilingEditor *self)
{
  CdoFilingTime filed;
  gboolean none;

  g_assert (CDO_IS_FILING_EDITOR (self));

  if (self->syncing || self->snapshot == NULL)
    return;

  /* Mark what is not (yet) a time as the secretary types, and save it once it is. */
  parse_filed (self, &filed, &none, NULL);
  _cdo_filing_editor_schedule (self, PENDING_FILED);
}

static void
entry_activate_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  cdo_filing_editor_flush (self);
}

static void
candidate_changed_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  _cdo_filing_editor_candidate_changed (self);
}

static void
candidate_activate_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  _cdo_filing_editor_candidate_activate (self);
}

static void
focus_leave_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  /* Leaving the form altogether saves what was typed at once. */
  cdo_filing_editor_flush (self);
}

/* Delegates */

static void delegate_remove_cb (CdoFilingEditor *self,
                                GtkButton       *button);

static void
delegate_changed_cb (CdoFilingEditor *self)
{
  g_assert (CDO_IS_FILING_EDITOR (self));

  _cdo_filing_editor_schedule (self, PENDING_LIST);
}

static GtkWidget *
add_delegate_row (CdoFilingEditor *self,
                  CdoDelegate     *delegate,
                  guint            number)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *surname = gtk_entry_new ();
  GtkWidget *given = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *surname_name = g_strdup_printf (_("Surname of delegate %u"), number);
  g_autofree char *given_name = g_strdup_printf (_("Given names of delegate %u"), number);
  g_autofree char *remove_name = g_strdup_printf (_("Remove delegate %u"), number);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_entry_set_placeholder_text (GTK_ENTRY (surname), _("Surname"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (given), _("Given names"));
  gtk_widget_set_hexpand (surname, TRUE);
  gtk_widget_set_hexpand (given, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (surname), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  surname_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (given), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  given_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  gtk_widget_set_tooltip_text (remove, _("Remove this delegate"));
  gtk_widget_add_css_class (remove, "flat");

  if (delegate != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (surname), delegate->surname ? delegate->surname : "");
      gtk_editable_set_text (GTK_EDITABLE (given),
                             delegate->given_names ? delegate->given_names : "");
    }

  g_signal_connect_object (surname, "changed", G_CALLBACK (delegate_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (given, "changed", G_CALLBACK (delegate_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (surname, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (given, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (delegate_remove_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), "surname", surname);
  g_object_set_data (G_OBJECT (row), "given-names", given);
  g_object_set_data (G_OBJECT (remove), "row", row);

  gtk_box_append (GTK_BOX (box), surname);
  gtk_box_append (GTK_BOX (box), given);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->delegates_list, row);
  return surname;
}

static void
show_delegates (CdoFilingEditor *self)
{
  g_autoptr(GPtrArray) shown = NULL;
  GPtrArray *stored = self->list != NULL ? self->list->delegates : NULL;
  GtkWidget *child;

  /* Rows typed in and not saved yet stay as they are. */
  if (_cdo_filing_editor_holds (self, PENDING_LIST))
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->delegates_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *surname = g_object_get_data (G_OBJECT (row), "surname");
      GtkWidget *given = g_object_get_data (G_OBJECT (row), "given-names");

      if (surname != NULL)
        unmark_refused (surname);
      if (given != NULL)
        unmark_refused (given);
    }
  shown = dup_delegates (self);
  if (stored != NULL && delegates_equal (shown, stored))
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->delegates_list))) != NULL)
    gtk_list_box_remove (self->delegates_list, child);
  if (stored != NULL)
    for (guint i = 0; i < stored->len; i++)
      add_delegate_row (self, g_ptr_array_index (stored, i), i + 1);
}

static void
delegate_remove_cb (CdoFilingEditor *self,
                    GtkButton       *button)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");

  g_assert (CDO_IS_FILING_EDITOR (self));

  gtk_list_box_remove (self->delegates_list, row);
  _cdo_filing_editor_schedule (self, PENDING_LIST);
  cdo_filing_editor_flush (self);
}

static void
add_delegate_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (widget);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->delegates_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;

  gtk_widget_grab_focus (add_delegate_row (self, NULL, n + 1));
}

/* The symbol */

static void
symbol_draw_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (user_data);
  g_autoptr(CdoSymbolImage) image = NULL;
  double cx = width / 2.0, cy = height / 2.0, diameter = MIN (width, height) - 2;
  static const double dash[] = { 4.0, 3.0 };
  GdkRGBA color;

  if (self->list == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  image = cdo_symbol_image_new (self->list->symbol_data, self->list->symbol_media_type);
  if (cdo_symbol_image_get_state (image) != CDO_SYMBOL_IMAGE_PRESENT)
    {
      /* No symbol (or none that can be read): an empty dashed circle, and the row's
       * subtitle says which. The ballot's wording would not fit at this size. */
      cairo_arc (cr, cx, cy, diameter / 2.0, 0, 2 * G_PI);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 1.0);
      color.alpha *= 0.5f;
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_stroke (cr);
      return;
    }

  /* The same drawing as on the ballot: the symbol in its circle, on white. */
  cairo_save (cr);
  cairo_arc (cr, cx, cy, diameter / 2.0, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_restore (cr);
  gdk_cairo_set_source_rgba (cr, &color);
  cdo_symbol_image_draw (image, cr, cx, cy, diameter);
}

static void
show_symbol (CdoFilingEditor *self)
{
  g_autoptr(CdoSymbolImage) image = NULL;
  const char *subtitle;

  if (self->list != NULL)
    image = cdo_symbol_image_new (self->list->symbol_data, self->list->symbol_media_type);

  if (self->list == NULL || self->list->symbol_data == NULL)
    subtitle = _("Not filed");
  else if (cdo_symbol_image_get_state (image) != CDO_SYMBOL_IMAGE_PRESENT)
    subtitle = _("Filed, but the image cannot be read: ask for an SVG or PNG file");
  else if (self->list->symbol_path != NULL)
    subtitle = self->list->symbol_path;
  else
    subtitle = _("Filed");

  adw_action_row_set_subtitle (self->symbol_row, subtitle);
  gtk_widget_queue_draw (GTK_WIDGET (self->symbol_area));
}

static void
set_symbol (CdoFilingEditor *self,
            GBytes          *data,
            const char      *media_type,
            const char      *path)
{
  g_autoptr(GError) error = NULL;

  g_assert (self->list != NULL);

  cdo_filing_editor_flush (self);
  if (self->list == NULL)
    return;

  g_clear_pointer (&self->list->symbol_data, g_bytes_unref);
  g_clear_pointer (&self->list->symbol_media_type, g_free);
  g_clear_pointer (&self->list->symbol_path, g_free);
  self->list->symbol_data = data != NULL ? g_bytes_ref (data) : NULL;
  self->list->symbol_media_type = g_strdup (media_type);
  self->list->symbol_path = g_strdup (path);

  if (!cdo_store_update_list (self->store, self->list, &error))
    _cdo_filing_editor_store_failed (self, _("The Symbol Was Not Saved"), error);
  _cdo_filing_editor_saved (self);
}

static void
symbol_chooser_response_cb (CdoFilingEditor      *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *name = NULL;

  g_assert (CDO_IS_FILING_EDITOR (self));

  g_clear_object (&self->symbol_chooser);
  if (response != GTK_RESPONSE_ACCEPT || self->list == NULL)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      _cdo_filing_editor_store_failed (self, _("The Symbol Cannot Be Read"), error);
      return;
    }
  if (g_bytes_get_size (bytes) > CDO_DISTRICT_XML_MAX_SYMBOL_SIZE)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is larger than 1 MB. Ask for a smaller image, or save it again at a "
                     "lower resolution."), name);
      _cdo_filing_editor_store_failed (self, _("The Symbol Is Too Large"), error);
      return;
    }

  /* The bytes decide, not the name. */
  content_type = g_content_type_guess (name, g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes), NULL);
  mime = g_content_type_get_mime_type (content_type);
  if (g_strcmp0 (mime, "image/svg+xml") != 0 && g_strcmp0 (mime, "image/png") != 0)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is neither an SVG nor a PNG image. Save the symbol in one of these "
                     "formats."), name);
      _cdo_filing_editor_store_failed (self, _("The Symbol Cannot Be Used"), error);
      return;
    }

  set_symbol (self, bytes, mime, name);
}

static void
choose_symbol_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_file_filter_set_name (filter, _("Symbols (SVG, PNG)"));
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_mime_type (filter, "image/png");

  g_clear_object (&self->symbol_chooser);
  self->symbol_chooser = gtk_file_chooser_native_new (_("Choose the List's Symbol"),
                                                      GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                      GTK_FILE_CHOOSER_ACTION_OPEN,
                                                      _("_Choose"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->symbol_chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->symbol_chooser), TRUE);
  g_signal_connect_object (self->symbol_chooser, "response",
                           G_CALLBACK (symbol_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->symbol_chooser));
}

static void
remove_symbol_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (widget);

  if (self->list != NULL && self->list->symbol_data != NULL)
    set_symbol (self, NULL, NULL, NULL);
}

static void
filed_now_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%d/%m/%Y");
  g_autofree char *minute = g_date_time_format (now, "%H:%M");

  gtk_editable_set_text (GTK_EDITABLE (self->filed_day), day);
  gtk_editable_set_text (GTK_EDITABLE (self->filed_minute), minute);
  _cdo_filing_editor_schedule (self, PENDING_FILED);
  cdo_filing_editor_flush (self);
}

/* Showing a filing */

static void
compute_context (CdoFilingEditor *self)
{
  CdoRuleAnswer answer;

  self->context = (CdoDocumentContext) { 0 };
  if (self->comune == NULL)
    return;

  self->context.population = self->comune->population;
  if (cdo_snapshot_lookup_rules (self->snapshot, self->comune, &answer))
    {
      self->context.over_15000_system =
        g_strcmp0 (cdo_rule_answer_get_choice (&answer, CDO_RULE_ELECTORAL_SYSTEM),
                   "over-15000") == 0;
      self->context.signatures_required =
        cdo_rule_answer_get_number (&answer, CDO_RULE_SIGNATURES_MIN) > 0;
    }
  else
    self->context.over_15000_system = self->comune->population > 15000 || self->comune->capoluogo;
  self->context.party_symbol = self->list != NULL && self->list->party_symbol;
}

/* Lateness that cannot be told is said, calmly, under the filing time: a filing left
 * unmarked must not pass for one on time. */
static void
show_lateness_note (CdoFilingEditor *self,
                    const GError    *error)
{
  g_autofree char *text = NULL;

  if (self->list != NULL)
    switch (self->lateness)
      {
      case CDO_LATENESS_NO_VOTING_DAY:
        text = g_strdup (_("Lateness cannot be checked: the district has no voting days."));
        break;

      case CDO_LATENESS_NO_RULES:
        /* Translators: the reason comes from the rules, e.g. "Sicilia is a special-statute
         * region: its comuni follow regional law …". */
        text = g_strdup_printf (_("Lateness cannot be checked: %s"),
                                error != NULL ? error->message : "");
        break;

      case CDO_LATENESS_NO_FILING_TIME:
        text = g_strdup (_("Lateness is checked once the day and minute of filing are typed."));
        break;

      case CDO_LATENESS_ON_TIME:
      case CDO_LATENESS_LATE:
      default:
        break;
      }

  gtk_label_set_label (self->lateness_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->lateness_box, text != NULL);
  gtk_widget_set_visible (self->voting_days_button,
                          self->list != NULL && self->lateness == CDO_LATENESS_NO_VOTING_DAY);
}

static void
show_header (CdoFilingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mayor = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *incomplete = NULL;
  CdoFilingTime closes = { 0 };

  if (self->candidacy != NULL && self->candidacy->mayor != NULL)
    mayor = cdo_format_person (self->candidacy->mayor->surname,
                               self->candidacy->mayor->given_names);

  if (self->list != NULL && self->list->name != NULL && self->list->name[0] != '\0')
    gtk_label_set_label (self->title_label, self->list->name);
  else if (self->list == NULL && mayor != NULL && mayor[0] != '\0')
    gtk_label_set_label (self->title_label, mayor);
  else
    gtk_label_set_label (self->title_label, _("New Filing"));

  if (mayor != NULL && mayor[0] != '\0' && self->list != NULL)
    /* Translators: under the list's name: the comune and the mayoral candidate. */
    subtitle = g_strdup_printf (_("%s · mayoral candidate %s"), self->comune->name, mayor);
  else if (self->candidacy == NULL)
    subtitle = g_strdup_printf (_("%s · a list without a mayoral candidate"), self->comune->name);
  else
    subtitle = g_strdup (self->comune->name);
  gtk_label_set_label (self->subtitle_label, subtitle);

  incomplete = cdo_snapshot_describe_incomplete (self->candidacy, self->list);
  gtk_label_set_label (self->incomplete_label, incomplete != NULL ? incomplete : "");
  gtk_widget_set_visible (GTK_WIDGET (self->incomplete_label), incomplete != NULL);

  self->lateness = cdo_snapshot_check_late (self->snapshot, self->comune, self->candidacy,
                                            self->list, &closes, &error);
  if (self->lateness == CDO_LATENESS_LATE)
    {
      g_autofree char *day = cdo_date_format_long (&closes.date);
      g_autofree char *minute = cdo_format_minute (closes.minutes);
      g_autofree char *text =
        g_strdup_printf (_("Late: handed in after the filing window closed (%s at %s). The "
                           "papers are received all the same; the commission decides."),
                         day, minute);

      gtk_label_set_label (self->late_label, text);
    }
  gtk_widget_set_visible (self->late_banner, self->lateness == CDO_LATENESS_LATE);
  show_lateness_note (self, error);
}

/* What the file says, unless the field says the same but for spaces around it (the
 * secretary may be typing the second word of a name). */
static void
set_entry_text (GtkEditable *editable,
                const char  *text)
{
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
show_fields (CdoFilingEditor *self)
{
  g_autofree char *signatures = NULL;

  self->syncing = TRUE;

  if (!_cdo_filing_editor_holds (self, PENDING_MAYOR))
    {
      CdoCandidate *mayor = self->candidacy != NULL ? self->candidacy->mayor : NULL;

      cdo_person_fields_set_person (self->mayor_fields, mayor);
      cdo_document_checks_set_documents (self->mayor_documents,
                                         mayor != NULL ? mayor->documents : NULL);
    }
  cdo_document_checks_set_context (self->mayor_documents, &self->context);
  gtk_widget_set_visible (GTK_WIDGET (self->mayor_group), self->candidacy != NULL);

  if (!_cdo_filing_editor_holds (self, PENDING_LIST) && self->list != NULL)
    {
      set_entry_text (GTK_EDITABLE (self->list_name_row), self->list->name);
      unmark_refused (GTK_WIDGET (self->list_name_row));
      gtk_switch_set_active (self->party_switch, self->list->party_symbol);
      cdo_document_checks_set_documents (self->list_documents, self->list->documents);
    }
  if (!_cdo_filing_editor_holds (self, PENDING_SIGNATURES) && self->list != NULL
      && !keeps_typing (self, GTK_WIDGET (self->signatures_row)))
    {
      signatures = self->list->signatures >= 0 ? g_strdup_printf ("%d", self->list->signatures)
                                               : g_strdup ("");
      set_entry_text (GTK_EDITABLE (self->signatures_row), signatures);
      gtk_widget_remove_css_class (GTK_WIDGET (self->signatures_row), "error");
    }
  show_filed (self);
  cdo_document_checks_set_context (self->list_documents, &self->context);
  gtk_widget_set_visible (GTK_WIDGET (self->list_group), self->list != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->candidates_group), self->list != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->delegates_group), self->list != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->filed_row), self->list != NULL);

  show_delegates (self);
  show_symbol (self);

  self->syncing = FALSE;
}

void
_cdo_filing_editor_update_actions (CdoFilingEditor *self)
{
  gboolean has_list = self->list != NULL && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.filed-now", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.choose-symbol", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-symbol",
                                 has_list && self->list->symbol_data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-delegate", has_list);
}

void
cdo_filing_editor_show_filing (CdoFilingEditor *self,
                               CdoSnapshot     *snapshot,
                               gint64           key)
{
  CdoComuneRecord *comune = NULL;
  CdoCandidacy *candidacy = NULL;
  CdoCandidateList *list = NULL;

  g_return_if_fail (CDO_IS_FILING_EDITOR (self));
  g_return_if_fail (snapshot == NULL || CDO_IS_SNAPSHOT (snapshot));

  /* Edits of the filing shown so far are saved, never dropped; the window reads the
   * file again once this returns. */
  if (self->pending != 0 && key != self->key)
    {
      if (commit_pending (self))
        self->changed_while_showing = TRUE;
    }

  if (snapshot != NULL && key > 0)
    list = cdo_snapshot_find_list (snapshot, key, &comune, &candidacy);
  else if (snapshot != NULL && key < 0)
    candidacy = cdo_snapshot_find_candidacy (snapshot, -key, &comune);

  if (list == NULL && candidacy == NULL)
    key = 0;

  if (key != self->key)
    self->editing_candidate = 0;
  /* Only the reload that follows the editor's own save keeps what is pending (text refused
   * after a pause in typing, which Enter is to explain). Anything else that made the window
   * read the file again (undo, redo, an import) was preceded by cdo_filing_editor_flush():
   * the file is what the fields show, and nothing of before is written back over it. */
  if (key != self->key || !self->own_change)
    forget_pending (self);

  g_set_object (&self->snapshot, snapshot);
  self->key = key;
  self->comune = comune;
  self->candidacy = candidacy;
  self->list = list;

  if (key == 0)
    {
      forget_pending (self);
      gtk_stack_set_visible_child_name (self->stack, "none");
      _cdo_filing_editor_sync_candidates (self);
      _cdo_filing_editor_update_actions (self);
      return;
    }

  compute_context (self);
  show_header (self);
  show_fields (self);
  _cdo_filing_editor_sync_candidates (self);
  _cdo_filing_editor_update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "filing");

  if (self->changed_while_showing)
    {
      self->changed_while_showing = FALSE;
      _cdo_filing_editor_saved (self);
    }
}

/* The class */

static void
cdo_filing_editor_dispose (GObject *object)
{
  CdoFilingEditor *self = CDO_FILING_EDITOR (object);

  g_clear_handle_id (&self->commit_source, g_source_remove);
  if (self->symbol_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->symbol_chooser));
  g_clear_object (&self->symbol_chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CDO_TYPE_FILING_EDITOR);
  g_clear_object (&self->candidate_selection);
  g_clear_object (&self->candidates);
  g_clear_object (&self->snapshot);

  G_OBJECT_CLASS (cdo_filing_editor_parent_class)->dispose (object);
}

static void
cdo_filing_editor_class_init (CdoFilingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_filing_editor_dispose;

  /**
   * CdoFilingEditor::changed:
   *
   * An edit was written to the file (or refused by it): read the district again and
   * show the same filing with cdo_filing_editor_show_filing().
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  /**
   * CdoFilingEditor::add-toast:
   * @toast: the toast to show
   */
  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  /**
   * CdoFilingEditor::error:
   * @heading: what failed, in title case
   * @error: why
   *
   * The file refused an edit; the window says so in a dialog.
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-filing-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, incomplete_label);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, late_banner);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, late_label);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, lateness_box);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, lateness_label);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, voting_days_button);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, filed_row);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, filed_day);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, filed_minute);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, mayor_group);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, mayor_fields);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, mayor_documents);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, list_group);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, list_name_row);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, symbol_row);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, symbol_area);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, signatures_row);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, party_switch);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, list_documents);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidates_group);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidate_form);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidate_form_title);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidate_fields);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidate_documents);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidate_done_button);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, add_candidate_button);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidates_scroller);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidates_view);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, candidates_hint);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, delegates_group);
  gtk_widget_class_bind_template_child (widget_class, CdoFilingEditor, delegates_list);
  gtk_widget_class_bind_template_callback (widget_class, mayor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, signatures_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filed_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activate_cb);

  gtk_widget_class_install_action (widget_class, "editor.filed-now", NULL, filed_now_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-symbol", NULL,
                                   choose_symbol_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-symbol", NULL,
                                   remove_symbol_action);
  gtk_widget_class_install_action (widget_class, "editor.add-delegate", NULL,
                                   add_delegate_action);
  _cdo_filing_editor_class_candidates_init (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cdo-filing-editor");

  g_type_ensure (CDO_TYPE_PERSON_FIELDS);
  g_type_ensure (CDO_TYPE_DOCUMENT_CHECKS);
}

static void
cdo_filing_editor_init (CdoFilingEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->symbol_area, symbol_draw_cb, self, NULL);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  _cdo_filing_editor_candidates_init (self);
  _cdo_filing_editor_update_actions (self);
}

GtkWidget *
cdo_filing_editor_new (void)
{
  return g_object_new (CDO_TYPE_FILING_EDITOR, NULL);
}

void
cdo_filing_editor_set_store (CdoFilingEditor *self,
                             CdoStore        *store)
{
  g_return_if_fail (CDO_IS_FILING_EDITOR (self));

  if (self->store == store)
    return;

  /* A pending edit belongs to the file it was typed for. */
  if (self->store != NULL)
    cdo_filing_editor_flush (self);
  self->store = store;
  if (store == NULL)
    cdo_filing_editor_show_filing (self, NULL, 0);
  _cdo_filing_editor_update_actions (self);
}

gint64
cdo_filing_editor_get_key (CdoFilingEditor *self)
{
  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), 0);

  return self->key;
}

void
cdo_filing_editor_focus_mayor (CdoFilingEditor *self)
{
  g_return_if_fail (CDO_IS_FILING_EDITOR (self));

  if (self->candidacy != NULL)
    cdo_person_fields_focus (self->mayor_fields);
  else if (self->list != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_name_row));
}

CdoComuneRecord *
cdo_filing_editor_get_comune (CdoFilingEditor *self)
{
  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), NULL);

  return self->comune;
}

CdoCandidacy *
cdo_filing_editor_get_candidacy (CdoFilingEditor *self)
{
  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), NULL);

  return self->candidacy;
}

CdoCandidateList *
cdo_filing_editor_get_list (CdoFilingEditor *self)
{
  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), NULL);

  return self->list;
}

GListModel *
cdo_filing_editor_get_candidates (CdoFilingEditor *self)
{
  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), NULL);

  return G_LIST_MODEL (self->candidates);
}

gboolean
cdo_filing_editor_get_late (CdoFilingEditor *self)
{
  g_return_val_if_fail (CDO_IS_FILING_EDITOR (self), FALSE);

  return self->key != 0 && self->lateness == CDO_LATENESS_LATE;
}
