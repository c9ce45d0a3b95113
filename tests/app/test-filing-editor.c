/* test-filing-editor.c: recording a filing in the editor, against a district file
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor is driven through its widgets and actions, as the secretary drives it,
 * and every check reads the district file back through the store: what the editor
 * shows is not evidence that it was saved.
 */
#include <adwaita.h>

#include "cdo-candidate-item.h"
#include "cdo-document-checks.h"
#include "cdo-filing-editor.h"
#include "cdo-person-fields.h"
#include "cdo-test-district.h"
#include "cdo-test-utils.h"

#define ACCEPTANCE "acceptance"
#define REGISTRATION "registration-certificate"

typedef struct {
  CdoTestDistrict  district;
  CdoStore        *store;
  CdoSnapshot     *snapshot;
  GtkWindow       *window;
  CdoFilingEditor *editor;
  gint64           key;
  guint            n_changed;
  guint            n_toasts;
} Fixture;

static void
reload (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CdoDistrict *district = cdo_store_load_district (fixture->store, &error);

  g_assert_no_error (error);
  g_clear_object (&fixture->snapshot);
  fixture->snapshot = cdo_snapshot_new (district, cdo_store_get_journal_head (fixture->store));
  cdo_filing_editor_show_filing (fixture->editor, fixture->snapshot, fixture->key);
}

/* What the window does on ::changed: read the district again, show the same filing. */
static void
editor_changed_cb (CdoFilingEditor *editor,
                   Fixture         *fixture)
{
  fixture->n_changed++;
  reload (fixture);
}

static void
editor_error_cb (CdoFilingEditor *editor,
                 const char      *heading,
                 const GError    *error,
                 Fixture         *fixture)
{
  g_error ("%s: %s", heading, error->message);
}

static void
editor_toast_cb (CdoFilingEditor *editor,
                 AdwToast        *toast,
                 Fixture         *fixture)
{
  fixture->n_toasts++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoCandidacy) candidacy = cdo_candidacy_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();
  CdoComuneRecord *comune;

  cdo_test_district_init (&fixture->district, "Olivola");
  fixture->store = cdo_store_open (fixture->district.path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);

  /* A filing as New Filing records it: handed in on 24 April 2026 at 10:00. */
  district = cdo_test_district_read (fixture->store);
  comune = g_ptr_array_index (district->comuni, 0);
  candidacy->id = g_strdup ("olivola-1");
  candidacy->mayor = cdo_candidate_new ();
  list->id = g_strdup ("olivola-1-a");
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse ("2026-04-24T10:00", &list->filed));
  list->filed_recorded_at = g_strdup ("2026-04-24T10:00:31");
  g_ptr_array_add (candidacy->lists, list);
  g_assert_true (cdo_store_add_candidacy (fixture->store, comune->row_id, candidacy, &error));
  g_assert_no_error (error);
  fixture->key = list->row_id;

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  fixture->editor = CDO_FILING_EDITOR (cdo_filing_editor_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->editor));
  cdo_filing_editor_set_store (fixture->editor, fixture->store);
  g_signal_connect (fixture->editor, "changed", G_CALLBACK (editor_changed_cb), fixture);
  g_signal_connect (fixture->editor, "error", G_CALLBACK (editor_error_cb), fixture);
  g_signal_connect (fixture->editor, "add-toast", G_CALLBACK (editor_toast_cb), fixture);
  reload (fixture);
  gtk_window_present (fixture->window);
  cdo_test_iterate ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  cdo_test_iterate ();
  g_clear_object (&fixture->snapshot);
  cdo_store_close (fixture->store);
  cdo_test_district_clear (&fixture->district);
}

static GtkWidget *
template_child (Fixture    *fixture,
                const char *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->editor),
                                                                CDO_TYPE_FILING_EDITOR, name));

  g_assert_nonnull (child);
  return child;
}

static void
type_text (GtkWidget  *within,
           const char *name,
           const char *text)
{
  GtkWidget *entry = cdo_test_find_named (within, name);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
type_person (GtkWidget  *fields,
             const char *surname,
             const char *given_names,
             const char *sex,
             const char *born,
             const char *birthplace)
{
  type_text (fields, "surname", surname);
  type_text (fields, "given-names", given_names);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (cdo_test_find_named (fields, sex)), TRUE);
  type_text (fields, "born", born);
  type_text (fields, "birthplace", birthplace);
}

static void
tick (Fixture    *fixture,
      const char *checks,
      const char *kind,
      gboolean    incomplete)
{
  CdoDocumentChecks *documents = CDO_DOCUMENT_CHECKS (template_child (fixture, checks));

  gtk_check_button_set_active (cdo_document_checks_get_check (documents, kind), TRUE);
  if (incomplete)
    gtk_check_button_set_active (cdo_document_checks_get_incomplete_check (documents, kind), TRUE);
}

static void
act (Fixture    *fixture,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->editor), action, NULL));
  cdo_test_iterate ();
}

/* The list as the file has it now. */
static CdoCandidateList *
stored_list (Fixture      *fixture,
             CdoDistrict **out_district)
{
  CdoDistrict *district = cdo_test_district_read (fixture->store);
  CdoComuneRecord *comune = g_ptr_array_index (district->comuni, 0);
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);

  *out_district = district;
  return g_ptr_array_index (candidacy->lists, 0);
}

static const char *
stored_surname (CdoCandidateList *list,
                guint             index)
{
  return ((CdoCandidate *) g_ptr_array_index (list->candidates, index))->surname;
}

static void
add_three_candidates (Fixture *fixture)
{
  GtkWidget *form = template_child (fixture, "candidate_fields");

  type_person (form, "Ferrari", "Giulia", "female", "03/02/1980", "Alessandria");
  tick (fixture, "candidate_documents", ACCEPTANCE, FALSE);
  tick (fixture, "candidate_documents", REGISTRATION, FALSE);
  act (fixture, "editor.add-candidate");

  type_person (form, "Gallo", "Marco", "male", "14/07/1975", "Novi Ligure");
  tick (fixture, "candidate_documents", ACCEPTANCE, FALSE);
  tick (fixture, "candidate_documents", REGISTRATION, TRUE);
  act (fixture, "editor.add-candidate");

  /* Enter in the last field adds the candidate too. */
  type_person (form, "Moretti", "Anna", "female", "21/11/1990", "Tortona");
  tick (fixture, "candidate_documents", ACCEPTANCE, FALSE);
  g_signal_emit_by_name (cdo_test_find_named (form, "birthplace"), "activate");
  cdo_test_iterate ();
}

static void
test_three_candidates (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  GtkWidget *form = template_child (fixture, "candidate_fields");
  CdoCandidateList *list;
  CdoCandidate *gallo;
  CdoCandidate *moretti;
  CdoDocument *registration;

  add_three_candidates (fixture);

  /* The form is empty again for the next one, and the table shows the three. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cdo_test_find_named (form, "surname"))),
                   ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (cdo_filing_editor_get_candidates (fixture->editor)),
                    ==, 3);

  list = stored_list (fixture, &district);
  g_assert_cmpuint (list->candidates->len, ==, 3);
  g_assert_cmpstr (stored_surname (list, 0), ==, "Ferrari");
  g_assert_cmpstr (stored_surname (list, 1), ==, "Gallo");
  g_assert_cmpstr (stored_surname (list, 2), ==, "Moretti");

  gallo = g_ptr_array_index (list->candidates, 1);
  g_assert_cmpstr (gallo->given_names, ==, "Marco");
  g_assert_cmpint (gallo->sex, ==, CDO_SEX_MALE);
  g_assert_cmpint (g_date_get_year (&gallo->born), ==, 1975);
  g_assert_cmpstr (gallo->birthplace, ==, "Novi Ligure");
  g_assert_nonnull (cdo_documents_find (gallo->documents, ACCEPTANCE));
  registration = cdo_documents_find (gallo->documents, REGISTRATION);
  g_assert_nonnull (registration);
  g_assert_false (registration->complete);
  moretti = g_ptr_array_index (list->candidates, 2);
  g_assert_null (cdo_documents_find (moretti->documents, REGISTRATION));
}

static gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *shortcut_trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *text = gtk_shortcut_trigger_to_string (shortcut_trigger);
          GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (text, trigger) && GTK_IS_NAMED_ACTION (shortcut_action)
              && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)),
                              action))
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_reorder_with_keyboard (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CdoDistrict) first = NULL;
  g_autoptr(CdoDistrict) second = NULL;
  g_autoptr(CdoDistrict) third = NULL;
  CdoCandidateList *list;

  /* Alt+Up and Alt+Down are the editor's shortcuts for moving the chosen candidate. */
  g_assert_true (has_shortcut (GTK_WIDGET (fixture->editor), "<Alt>Up", "editor.move-up"));
  g_assert_true (has_shortcut (GTK_WIDGET (fixture->editor), "<Alt>Down", "editor.move-down"));

  add_three_candidates (fixture);

  /* Moretti, third, goes up twice; the chosen candidate follows the moves. */
  cdo_filing_editor_select_candidate (fixture->editor, 3);
  cdo_test_iterate ();
  act (fixture, "editor.move-up");
  list = stored_list (fixture, &first);
  g_assert_cmpstr (stored_surname (list, 1), ==, "Moretti");
  g_assert_cmpstr (stored_surname (list, 2), ==, "Gallo");

  act (fixture, "editor.move-up");
  list = stored_list (fixture, &second);
  g_assert_cmpstr (stored_surname (list, 0), ==, "Moretti");
  g_assert_cmpstr (stored_surname (list, 1), ==, "Ferrari");

  /* At the top there is no "up" (the file is not touched); down works. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.move-up", NULL);
  cdo_test_iterate ();
  act (fixture, "editor.move-down");
  list = stored_list (fixture, &third);
  g_assert_cmpstr (stored_surname (list, 0), ==, "Ferrari");
  g_assert_cmpstr (stored_surname (list, 1), ==, "Moretti");
  g_assert_cmpstr (stored_surname (list, 2), ==, "Gallo");
}

static void
test_documents_of_a_chosen_candidate (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoCandidateItem) item = NULL;
  CdoCandidateList *list;
  CdoCandidate *moretti;
  CdoDocument *document;

  add_three_candidates (fixture);

  /* Moretti's certificate is handed in later, and it is defective. */
  cdo_filing_editor_select_candidate (fixture->editor, 3);
  cdo_test_iterate ();
  tick (fixture, "candidate_documents", REGISTRATION, TRUE);
  g_assert_true (cdo_filing_editor_has_pending (fixture->editor));
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  cdo_test_iterate ();

  list = stored_list (fixture, &district);
  moretti = g_ptr_array_index (list->candidates, 2);
  document = cdo_documents_find (moretti->documents, REGISTRATION);
  g_assert_nonnull (document);
  g_assert_false (document->complete);
  g_assert_cmpstr (moretti->surname, ==, "Moretti");

  /* The table says so. */
  item = g_list_model_get_item (cdo_filing_editor_get_candidates (fixture->editor), 2);
  g_assert_false (cdo_candidate_item_get_complete (item));
  g_assert_cmpstr (cdo_candidate_item_get_documents (item), ==, "1 incomplete");
}

static void
set_filed (Fixture    *fixture,
           const char *day,
           const char *minute)
{
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "filed_day")), day);
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "filed_minute")), minute);
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  cdo_test_iterate ();
}

static void
test_late_filing_is_recorded_and_marked (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(CdoDistrict) before = NULL;
  g_autoptr(CdoDistrict) late = NULL;
  g_autoptr(CdoDistrict) invalid = NULL;
  GtkWidget *banner = template_child (fixture, "late_banner");
  CdoCandidateList *list;

  /* 24 April at 10:00 is within the window (it closes on 25 April at 12:00). */
  g_assert_false (cdo_filing_editor_get_late (fixture->editor));
  g_assert_false (gtk_widget_get_visible (banner));
  list = stored_list (fixture, &before);
  g_assert_cmpstr (list->filed_recorded_at, ==, "2026-04-24T10:00:31");

  /* A minute after noon of the last day: recorded all the same, and marked late. */
  set_filed (fixture, "25/04/2026", "12:01");
  g_assert_true (cdo_filing_editor_get_late (fixture->editor));
  g_assert_true (gtk_widget_get_visible (banner));
  list = stored_list (fixture, &late);
  g_assert_true (list->has_filed);
  g_assert_cmpint (g_date_get_day (&list->filed.date), ==, 25);
  g_assert_cmpint (list->filed.minutes, ==, 12 * 60 + 1);
  /* The time of entry is kept as the clock read it, whatever is typed. */
  g_assert_cmpstr (list->filed_recorded_at, ==, "2026-04-24T10:00:31");

  /* Text that is no time changes nothing in the file. */
  set_filed (fixture, "25/04/2026", "12:");
  g_assert_true (gtk_widget_has_css_class (template_child (fixture, "filed_minute"), "error"));
  list = stored_list (fixture, &invalid);
  g_assert_cmpint (list->filed.minutes, ==, 12 * 60 + 1);

  set_filed (fixture, "25/04/2026", "11:59");
  g_assert_false (cdo_filing_editor_get_late (fixture->editor));
  g_assert_false (gtk_widget_get_visible (banner));
}

static void
test_mayor_list_and_delegates (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  CdoComuneRecord *comune;
  CdoCandidacy *candidacy;
  CdoCandidateList *list;
  CdoDelegate *delegate;
  GtkWidget *delegates;
  GtkWidget *row;
  guint changed_before = fixture->n_changed;

  type_person (template_child (fixture, "mayor_fields"), "Bianchi", "Carla", "female",
               "12/03/1970", "Alessandria");
  tick (fixture, "mayor_documents", ACCEPTANCE, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "list_name_row")),
                         "Olivola Domani");
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "signatures_row")), "25");
  tick (fixture, "list_documents", "programme", FALSE);

  act (fixture, "editor.add-delegate");
  delegates = template_child (fixture, "delegates_list");
  row = gtk_widget_get_first_child (delegates);
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (row), "surname")), "Daglio");
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (row), "given-names")),
                         "Alessandro");

  /* Saved a moment after typing stops, without any Save button. */
  g_assert_true (cdo_filing_editor_has_pending (fixture->editor));
  while (cdo_filing_editor_has_pending (fixture->editor))
    g_main_context_iteration (NULL, TRUE);
  cdo_test_iterate ();
  g_assert_cmpuint (fixture->n_changed, >, changed_before);

  district = cdo_test_district_read (fixture->store);
  comune = g_ptr_array_index (district->comuni, 0);
  candidacy = g_ptr_array_index (comune->candidacies, 0);
  list = g_ptr_array_index (candidacy->lists, 0);
  g_assert_cmpstr (candidacy->mayor->surname, ==, "Bianchi");
  g_assert_cmpint (candidacy->mayor->sex, ==, CDO_SEX_FEMALE);
  g_assert_nonnull (cdo_documents_find (candidacy->mayor->documents, ACCEPTANCE));
  g_assert_cmpstr (list->name, ==, "Olivola Domani");
  g_assert_cmpint (list->signatures, ==, 25);
  g_assert_nonnull (cdo_documents_find (list->documents, "programme"));
  g_assert_cmpuint (list->delegates->len, ==, 1);
  delegate = g_ptr_array_index (list->delegates, 0);
  g_assert_cmpstr (delegate->surname, ==, "Daglio");
  g_assert_cmpstr (delegate->given_names, ==, "Alessandro");
}

static void
test_invalid_birth_date_is_not_added (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  GtkWidget *form = template_child (fixture, "candidate_fields");
  CdoCandidateList *list;

  type_person (form, "Rossi", "Mario", "male", "31/02/1980", "Asti");
  act (fixture, "editor.add-candidate");

  /* Refused with a reason; what was typed stays for correcting. */
  g_assert_true (gtk_widget_has_css_class (cdo_test_find_named (form, "born"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cdo_test_find_named (form, "surname"))),
                   ==, "Rossi");
  list = stored_list (fixture, &district);
  g_assert_cmpuint (list->candidates->len, ==, 0);
}

static void
wait_for_pause_save (Fixture *fixture)
{
  guint changed = fixture->n_changed;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (fixture->n_changed == changed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  cdo_test_iterate ();
}

static void
test_typing_pause (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  GtkWidget *mayor = template_child (fixture, "mayor_fields");
  GtkEditable *surname = GTK_EDITABLE (cdo_test_find_named (mayor, "surname"));
  GtkEditable *born = GTK_EDITABLE (cdo_test_find_named (mayor, "born"));
  CdoComuneRecord *comune;
  CdoCandidacy *candidacy;

  /* A pause after "De " saves "De", and leaves the space for the second word. */
  gtk_editable_set_text (surname, "De ");
  wait_for_pause_save (fixture);
  g_assert_cmpstr (gtk_editable_get_text (surname), ==, "De ");
  district = cdo_test_district_read (fixture->store);
  comune = g_ptr_array_index (district->comuni, 0);
  candidacy = g_ptr_array_index (comune->candidacies, 0);
  g_assert_cmpstr (candidacy->mayor->surname, ==, "De");

  /* A half-typed date is marked, not scolded; Enter says what is wrong. */
  fixture->n_toasts = 0;
  gtk_editable_set_text (born, "12/03/19");
  while (cdo_filing_editor_has_pending (fixture->editor)
         && !gtk_widget_has_css_class (GTK_WIDGET (born), "error"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (born), "error"));
  g_assert_cmpuint (fixture->n_toasts, ==, 0);
  g_assert_true (cdo_filing_editor_has_pending (fixture->editor));
  g_signal_emit_by_name (born, "activate");
  cdo_test_iterate ();
  g_assert_cmpuint (fixture->n_toasts, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/app/filing-editor/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("three-candidates", test_three_candidates);
  ADD ("reorder-with-keyboard", test_reorder_with_keyboard);
  ADD ("documents-of-a-chosen-candidate", test_documents_of_a_chosen_candidate);
  ADD ("late-filing-is-recorded-and-marked", test_late_filing_is_recorded_and_marked);
  ADD ("mayor-list-and-delegates", test_mayor_list_and_delegates);
  ADD ("invalid-birth-date-is-not-added", test_invalid_birth_date_is_not_added);
  ADD ("typing-pause", test_typing_pause);
#undef ADD

  return g_test_run ();
}
