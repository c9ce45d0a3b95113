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
#include <string.h>

#include <adwaita.h>

#include "cdo-candidate-item.h"
#include "cdo-document-checks.h"
#include "cdo-filing-editor.h"
#include "cdo-person-fields.h"
#include "cdo-test-district.h"
#include "cdo-test-utils.h"
#include "cdo-window.h"

#define ACCEPTANCE "acceptance"
#define REGISTRATION "registration-certificate"

/* The interchange format's id (data/district/district.rng). */
#define ID_PATTERN "^[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}$"

/* Variations of the district and the filing the editor shows; NULL is Olivola, voting on
 * 24 May 2026, with a list handed in on 24 April 2026 at 10:00. */
typedef struct {
  const char *xml;            /* the district, instead of Olivola voting on 24 May 2026 */
  const char *candidacy_id;   /* instead of "olivola-1" */
  gboolean    no_filing_time; /* the list was imported without filed= */
  gboolean    hidden;         /* the window is not shown (the test needs no focus nor drawing,
                               * and showing the form takes a second) */
} Setup;

/* Olivola with no voting days, as New District makes a district. */
static const Setup no_voting_days = {
  .xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<circondario format=\"1\">\n"
         "  <comune name=\"Olivola\" province=\"AL\" region=\"Piemonte\" population=\"123\"/>\n"
         "</circondario>\n",
  .hidden = TRUE,
};

/* A comune of a special-statute region: the national rules give it no filing window. */
static const Setup special_statute = {
  .xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<circondario format=\"1\">\n"
         "  <election first-day=\"2026-05-24\" second-day=\"2026-05-25\"/>\n"
         "  <comune name=\"Cefalù\" province=\"PA\" region=\"Sicilia\" population=\"14322\"/>\n"
         "</circondario>\n",
  .hidden = TRUE,
};

static const Setup no_filing_time = {
  .no_filing_time = TRUE,
  .hidden = TRUE,
};

static const Setup hidden = {
  .hidden = TRUE,
};

/* A comune whose name is as long as the format allows (200 bytes; bilingual names come
 * close to sixty letters), with a candidacy whose id is already 64 characters long. */
#define LONG_NAME \
  "San Martino in Badia/St. Martin in Thurn/San Martin de Tor e Sankt Christina in " \
  "Gröden/Santa Cristina Valgardena/Santa Cristina Gherdëina, Castelnuovo della Daunia " \
  "San Valentino in Abruzzo Citeriore"
#define LONG_ID "Candidatura-1234567890.abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMN"
static const Setup long_names = {
  .xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<circondario format=\"1\">\n"
         "  <election first-day=\"2026-05-24\" second-day=\"2026-05-25\"/>\n"
         "  <comune name=\"" LONG_NAME "\" province=\"BZ\" population=\"3500\"/>\n"
         "</circondario>\n",
  .candidacy_id = LONG_ID,
  .hidden = TRUE,
};

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
  const Setup *setup = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoCandidacy) candidacy = cdo_candidacy_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();
  CdoComuneRecord *comune;

  if (setup != NULL && setup->xml != NULL)
    cdo_test_district_init_xml (&fixture->district, setup->xml);
  else
    cdo_test_district_init (&fixture->district, "Olivola");
  fixture->store = cdo_store_open (fixture->district.path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);

  /* A filing as New Filing records it: handed in on 24 April 2026 at 10:00. */
  district = cdo_test_district_read (fixture->store);
  comune = g_ptr_array_index (district->comuni, 0);
  candidacy->id = g_strdup (setup != NULL && setup->candidacy_id != NULL ? setup->candidacy_id
                                                                          : "olivola-1");
  candidacy->mayor = cdo_candidate_new ();
  list->id = g_strdup ("olivola-1-a");
  list->name = g_strdup ("Olivola Viva");
  if (setup == NULL || !setup->no_filing_time)
    {
      list->has_filed = TRUE;
      g_assert_true (cdo_filing_time_parse ("2026-04-24T10:00", &list->filed));
      list->filed_recorded_at = g_strdup ("2026-04-24T10:00:31");
    }
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
  if (setup == NULL || !setup->hidden)
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

/* Types the filing time and presses Enter; FALSE when the editor refused it. */
static gboolean
set_filed (Fixture    *fixture,
           const char *day,
           const char *minute)
{
  gboolean saved;

  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "filed_day")), day);
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "filed_minute")), minute);
  saved = cdo_filing_editor_flush (fixture->editor);
  cdo_test_iterate ();
  return saved;
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
  /* Lateness could be checked, so there is nothing to say about it. */
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "lateness_box")));
  list = stored_list (fixture, &before);
  g_assert_cmpstr (list->filed_recorded_at, ==, "2026-04-24T10:00:31");

  /* A minute after noon of the last day: recorded all the same, and marked late. */
  g_assert_true (set_filed (fixture, "25/04/2026", "12:01"));
  g_assert_true (cdo_filing_editor_get_late (fixture->editor));
  g_assert_true (gtk_widget_get_visible (banner));
  list = stored_list (fixture, &late);
  g_assert_true (list->has_filed);
  g_assert_cmpint (g_date_get_day (&list->filed.date), ==, 25);
  g_assert_cmpint (list->filed.minutes, ==, 12 * 60 + 1);
  /* The time of entry is kept as the clock read it, whatever is typed. */
  g_assert_cmpstr (list->filed_recorded_at, ==, "2026-04-24T10:00:31");

  /* Text that is no time changes nothing in the file, and Enter says why. */
  g_assert_false (set_filed (fixture, "25/04/2026", "12:"));
  g_assert_cmpuint (fixture->n_toasts, ==, 1);
  g_assert_true (gtk_widget_has_css_class (template_child (fixture, "filed_minute"), "error"));
  list = stored_list (fixture, &invalid);
  g_assert_cmpint (list->filed.minutes, ==, 12 * 60 + 1);

  g_assert_true (set_filed (fixture, "25/04/2026", "11:59"));
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

/* A surname alone is no candidate: the form says so under the fields, before the file is
 * asked, and keeps what was typed. */
static void
test_surname_alone_is_not_added (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  GtkWidget *form = template_child (fixture, "candidate_fields");
  GtkWidget *message = cdo_test_find_named (form, "person-message");
  CdoCandidateList *list;

  type_text (form, "surname", "Rossi");
  act (fixture, "editor.add-candidate");

  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "given names"));
  g_assert_true (gtk_widget_has_css_class (cdo_test_find_named (form, "given-names"), "error"));
  g_assert_false (gtk_widget_has_css_class (cdo_test_find_named (form, "surname"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cdo_test_find_named (form, "surname"))),
                   ==, "Rossi");
  list = stored_list (fixture, &district);
  g_assert_cmpuint (list->candidates->len, ==, 0);

  /* The message goes once the names are there. */
  type_text (form, "given-names", "Mario");
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_false (gtk_widget_has_css_class (cdo_test_find_named (form, "given-names"), "error"));
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

static gboolean
pause_over_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits as long as a pause in typing (a little longer than the editor's 700 ms): whatever
 * the editor was to save, or to refuse, it has. */
static void
wait_for_pause (void)
{
  gboolean over = FALSE;

  g_timeout_add (900, pause_over_cb, &over);
  while (!over)
    g_main_context_iteration (NULL, TRUE);
  cdo_test_iterate ();
}

static const char *
text_of (Fixture    *fixture,
         const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (template_child (fixture, name)));
}

static gboolean
marked (Fixture    *fixture,
        const char *name)
{
  return gtk_widget_has_css_class (template_child (fixture, name), "error");
}

/* Undo as the store does it, and the window's reload after it. */
static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  reload (fixture);
  cdo_test_iterate ();
}

/* A list imported without a filing time: its two empty fields are no change, so that
 * typing elsewhere saves, undo shows the file, and nothing is written back. */
static void
test_no_filing_time_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CdoDistrict) saved = NULL;
  g_autoptr(CdoDistrict) undone = NULL;
  g_autoptr(CdoDistrict) later = NULL;
  g_autoptr(CdoDistrict) incomplete = NULL;
  g_autoptr(CdoDistrict) timed = NULL;
  g_autofree char *head = NULL;
  CdoCandidateList *list;

  g_assert_cmpstr (text_of (fixture, "filed_day"), ==, "");
  g_assert_cmpstr (text_of (fixture, "filed_minute"), ==, "");
  g_assert_false (marked (fixture, "filed_day"));
  /* Lateness is not checked, and the editor says so. */
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "lateness_box")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (fixture, "lateness_label"))),
                   ==, "Lateness is checked once the day and minute of filing are typed.");

  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "list_name_row")),
                         "Olivola Domani");
  wait_for_pause_save (fixture);
  list = stored_list (fixture, &saved);
  g_assert_cmpstr (list->name, ==, "Olivola Domani");
  g_assert_false (list->has_filed);
  /* Saved, and nothing left over: the empty filing time is not a half-typed one. */
  g_assert_false (cdo_filing_editor_has_pending (fixture->editor));
  g_assert_false (marked (fixture, "filed_day"));
  g_assert_false (marked (fixture, "filed_minute"));
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  g_assert_cmpuint (fixture->n_toasts, ==, 0);

  /* Undo: the field shows the file again. */
  undo (fixture);
  head = g_strdup (cdo_store_get_journal_head (fixture->store));
  g_assert_cmpstr (text_of (fixture, "list_name_row"), ==, "Olivola Viva");
  list = stored_list (fixture, &undone);
  g_assert_cmpstr (list->name, ==, "Olivola Viva");

  /* Nothing is left to save (so no pause will), Enter writes nothing, and neither does an
   * edit elsewhere: the undone name is not written back. */
  g_assert_false (cdo_filing_editor_has_pending (fixture->editor));
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "signatures_row")), "25");
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  cdo_test_iterate ();
  list = stored_list (fixture, &later);
  g_assert_cmpstr (list->name, ==, "Olivola Viva");
  g_assert_cmpint (list->signatures, ==, 25);
  g_assert_false (list->has_filed);
  g_assert_cmpuint (fixture->n_toasts, ==, 0);

  /* A filing time typed in is saved once it is whole. */
  g_assert_false (set_filed (fixture, "24/04/2026", ""));
  g_assert_cmpuint (fixture->n_toasts, ==, 1);
  g_assert_true (marked (fixture, "filed_minute"));
  list = stored_list (fixture, &incomplete);
  g_assert_false (list->has_filed);
  g_assert_true (set_filed (fixture, "24/04/2026", "10:05"));
  list = stored_list (fixture, &timed);
  g_assert_true (list->has_filed);
  g_assert_cmpint (list->filed.minutes, ==, 10 * 60 + 5);
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "lateness_box")));
}

/* Half-typed text is refused, and kept in its field while the editor saves the rest; undo
 * then shows the file, and nothing undone is written back. */
static void
test_half_typed_then_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CdoDistrict) named = NULL;
  g_autoptr(CdoDistrict) undone = NULL;
  g_autoptr(CdoDistrict) party = NULL;
  g_autoptr(CdoDistrict) undone_party = NULL;
  g_autofree char *head = NULL;
  GtkSwitch *party_switch = GTK_SWITCH (template_child (fixture, "party_switch"));
  CdoCandidateList *list;

  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "list_name_row")),
                         "Olivola Domani");
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  cdo_test_iterate ();

  /* "12:" on the way to "12:30", and a pause: marked, not said, not saved. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "filed_minute")), "12:");
  wait_for_pause ();
  g_assert_true (marked (fixture, "filed_minute"));
  g_assert_true (cdo_filing_editor_has_pending (fixture->editor));
  g_assert_cmpuint (fixture->n_toasts, ==, 0);
  list = stored_list (fixture, &named);
  g_assert_cmpstr (list->name, ==, "Olivola Domani");
  g_assert_cmpint (list->filed.minutes, ==, 10 * 60);

  /* Undo (of the name) and a reload: the fields show the file, unmarked. */
  undo (fixture);
  head = g_strdup (cdo_store_get_journal_head (fixture->store));
  g_assert_cmpstr (text_of (fixture, "list_name_row"), ==, "Olivola Viva");
  g_assert_cmpstr (text_of (fixture, "filed_day"), ==, "24/04/2026");
  g_assert_cmpstr (text_of (fixture, "filed_minute"), ==, "10:00");
  g_assert_false (marked (fixture, "filed_minute"));
  g_assert_false (cdo_filing_editor_has_pending (fixture->editor));
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
  list = stored_list (fixture, &undone);
  g_assert_cmpstr (list->name, ==, "Olivola Viva");
  g_assert_cmpuint (fixture->n_toasts, ==, 0);

  /* Signatures half-typed beside a valid change: the change is saved, the signatures keep
   * their text and mark, and Enter says what is wrong. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "signatures_row")), "2x");
  gtk_switch_set_active (party_switch, TRUE);
  wait_for_pause_save (fixture);
  list = stored_list (fixture, &party);
  g_assert_true (list->party_symbol);
  g_assert_cmpint (list->signatures, ==, -1);
  g_assert_cmpstr (text_of (fixture, "signatures_row"), ==, "2x");
  g_assert_true (marked (fixture, "signatures_row"));
  g_assert_true (cdo_filing_editor_has_pending (fixture->editor));
  g_assert_false (cdo_filing_editor_flush (fixture->editor));
  g_assert_cmpuint (fixture->n_toasts, ==, 1);

  /* Undo of the party symbol: the file again, in every field. */
  undo (fixture);
  head = (g_free (head), g_strdup (cdo_store_get_journal_head (fixture->store)));
  g_assert_false (gtk_switch_get_active (party_switch));
  g_assert_cmpstr (text_of (fixture, "signatures_row"), ==, "");
  g_assert_false (marked (fixture, "signatures_row"));
  g_assert_false (cdo_filing_editor_has_pending (fixture->editor));
  g_assert_true (cdo_filing_editor_flush (fixture->editor));
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
  list = stored_list (fixture, &undone_party);
  g_assert_false (list->party_symbol);
  g_assert_cmpuint (fixture->n_toasts, ==, 1);
}

static void
test_lateness_without_voting_days (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *button = template_child (fixture, "voting_days_button");

  g_assert_false (cdo_filing_editor_get_late (fixture->editor));
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "late_banner")));
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "lateness_box")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (template_child (fixture, "lateness_label"))),
                   ==, "Lateness cannot be checked: the district has no voting days.");
  /* The way to set them is at hand. */
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.election-days");
}

static void
test_lateness_without_rules (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *text;

  g_assert_false (cdo_filing_editor_get_late (fixture->editor));
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "late_banner")));
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "lateness_box")));
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "voting_days_button")));
  /* The rule book's own reason. */
  text = gtk_label_get_label (GTK_LABEL (template_child (fixture, "lateness_label")));
  g_assert_true (g_str_has_prefix (text, "Lateness cannot be checked: Sicilia is a "
                                         "special-statute region"));
}

static void
assert_valid_id (const char *id,
                 GHashTable *seen)
{
  g_assert_nonnull (id);
  g_assert_cmpuint (strlen (id), <=, 64);
  g_assert_true (g_regex_match_simple (ID_PATTERN, id, 0, 0));
  g_assert_false (g_hash_table_contains (seen, id));
  g_hash_table_add (seen, g_strdup (id));
}

/* New ids are valid by the interchange schema however long the comune's name and the
 * candidacy's id: the file takes them, and its export reads back. */
static void
test_new_ids_fit_the_format (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoDistrict) exported = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *long_text = g_strnfill (200, 'x');
  CdoComuneRecord *comune;
  CdoCandidacy *long_candidacy;

  g_hash_table_add (seen, g_strdup (LONG_ID));
  g_hash_table_add (seen, g_strdup ("olivola-1-a"));

  /* Three filings as New Filing records them, with names as long as names may be: they
   * do not enter the ids. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CdoCandidacy) candidacy = cdo_candidacy_new ();
      CdoCandidateList *list = cdo_candidate_list_new ();

      comune = g_ptr_array_index (cdo_snapshot_get_district (fixture->snapshot)->comuni, 0);
      candidacy->id = cdo_snapshot_new_id (fixture->snapshot, comune, NULL);
      assert_valid_id (candidacy->id, seen);
      candidacy->mayor = cdo_candidate_new ();
      candidacy->mayor->surname = g_strdup (long_text);
      list->id = cdo_snapshot_new_id (fixture->snapshot, comune, candidacy->id);
      assert_valid_id (list->id, seen);
      list->name = g_strdup (long_text);
      g_ptr_array_add (candidacy->lists, list);
      g_assert_true (cdo_store_add_candidacy (fixture->store, comune->row_id, candidacy, &error));
      g_assert_no_error (error);
      reload (fixture);
    }

  /* Lists added to the candidacy whose id is already as long as ids may be. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();

      comune = g_ptr_array_index (cdo_snapshot_get_district (fixture->snapshot)->comuni, 0);
      long_candidacy = g_ptr_array_index (comune->candidacies, 0);
      g_assert_cmpstr (long_candidacy->id, ==, LONG_ID);
      list->id = cdo_snapshot_new_id (fixture->snapshot, comune, long_candidacy->id);
      assert_valid_id (list->id, seen);
      list->name = g_strdup (long_text);
      g_assert_true (cdo_store_add_list (fixture->store, comune->row_id, long_candidacy->row_id,
                                         list, &error));
      g_assert_no_error (error);
      reload (fixture);
    }

  /* The mayoral candidates have no names yet, which an export cannot do without. */
  district = cdo_test_district_read (fixture->store);
  comune = g_ptr_array_index (district->comuni, 0);
  for (guint i = 0; i < comune->candidacies->len; i++)
    {
      CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, i);

      if (candidacy->mayor->surname == NULL)
        candidacy->mayor->surname = g_strdup ("Rossi");
      if (candidacy->mayor->given_names == NULL)
        candidacy->mayor->given_names = g_strdup ("Mario");
    }
  xml = cdo_district_xml_write_bytes (district);
  exported = cdo_district_xml_read_bytes (xml, "export", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (exported);
}

static gboolean
is_one_of (const char *text,
           const char *a,
           const char *b)
{
  return g_strcmp0 (text, a) == 0 || g_strcmp0 (text, b) == 0;
}

/* New Filing takes the day and minute from the workstation's clock and keeps the clock's
 * reading beside them; what the secretary types later changes only the typed time. */
static void
test_new_filing_defaults_to_now (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(CdoDistrict) created = NULL;
  g_autoptr(CdoDistrict) edited = NULL;
  g_autoptr(CdoDistrict) now_again = NULL;
  g_autofree char *day_before = NULL;
  g_autofree char *day_after = NULL;
  g_autofree char *minute_before = NULL;
  g_autofree char *minute_after = NULL;
  g_autofree char *second_before = NULL;
  g_autofree char *second_after = NULL;
  g_autofree char *recorded = NULL;
  g_autofree char *filed_iso = NULL;
  g_autofree char *typed_iso = NULL;
  CdoTestDistrict district;
  CdoWindow *window;
  CdoFilingEditor *editor;
  CdoStore *store;
  CdoComuneRecord *comune;
  CdoCandidateList *list;
  GtkWidget *day;
  GtkWidget *minute;
  const char *subtitle;

  cdo_test_district_init (&district, "Olivola");
  window = cdo_window_new (NULL);
  /* Not shown: the checks read the editor's fields and the file, and showing the whole
   * window would take seconds. */
  g_assert_true (cdo_window_load (window, district.path, CDO_TEST_ACTOR, &error));
  g_assert_no_error (error);
  cdo_test_iterate ();
  g_assert_true (cdo_window_select_comune (window, "Olivola"));
  cdo_test_iterate ();
  editor = cdo_window_get_editor (window);
  store = cdo_window_get_store (window);
  day = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), CDO_TYPE_FILING_EDITOR,
                                                   "filed_day"));
  minute = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                      CDO_TYPE_FILING_EDITOR, "filed_minute"));

  /* The clock may tick between the two readings: the filing is at one of them. */
  before = g_date_time_new_now_local ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-filing", NULL));
  cdo_test_iterate ();
  after = g_date_time_new_now_local ();
  day_before = g_date_time_format (before, "%d/%m/%Y");
  day_after = g_date_time_format (after, "%d/%m/%Y");
  minute_before = g_date_time_format (before, "%H:%M");
  minute_after = g_date_time_format (after, "%H:%M");
  second_before = g_date_time_format (before, "%Y-%m-%dT%H:%M:%S");
  second_after = g_date_time_format (after, "%Y-%m-%dT%H:%M:%S");

  /* The editor shows it... */
  g_assert_true (is_one_of (gtk_editable_get_text (GTK_EDITABLE (day)), day_before, day_after));
  g_assert_true (is_one_of (gtk_editable_get_text (GTK_EDITABLE (minute)), minute_before,
                            minute_after));

  /* ...and the file has it, with the clock's reading to the second beside it. */
  created = cdo_test_district_read (store);
  comune = g_ptr_array_index (created->comuni, 0);
  list = g_ptr_array_index (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, 0))->lists,
                            0);
  g_assert_true (list->has_filed);
  g_assert_nonnull (list->filed_recorded_at);
  recorded = g_strdup (list->filed_recorded_at);
  g_assert_cmpstr (recorded, >=, second_before);
  g_assert_cmpstr (recorded, <=, second_after);
  filed_iso = cdo_filing_time_format (&list->filed);
  g_assert_true (g_str_has_prefix (recorded, filed_iso));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (
    gtk_widget_get_template_child (GTK_WIDGET (editor), CDO_TYPE_FILING_EDITOR, "filed_row")));
  g_assert_nonnull (strstr (subtitle, recorded + 11));

  /* The secretary corrects the time: the clock's reading stays as it was. */
  gtk_editable_set_text (GTK_EDITABLE (day), "23/04/2026");
  gtk_editable_set_text (GTK_EDITABLE (minute), "09:30");
  g_assert_true (cdo_filing_editor_flush (editor));
  cdo_test_iterate ();
  edited = cdo_test_district_read (store);
  comune = g_ptr_array_index (edited->comuni, 0);
  list = g_ptr_array_index (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, 0))->lists,
                            0);
  typed_iso = cdo_filing_time_format (&list->filed);
  g_assert_cmpstr (typed_iso, ==, "2026-04-23T09:30");
  g_assert_cmpstr (list->filed_recorded_at, ==, recorded);

  /* So does Now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.filed-now", NULL));
  cdo_test_iterate ();
  now_again = cdo_test_district_read (store);
  comune = g_ptr_array_index (now_again->comuni, 0);
  list = g_ptr_array_index (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, 0))->lists,
                            0);
  g_assert_cmpint (g_date_get_year (&list->filed.date), >=, 2026);
  g_assert_cmpstr (list->filed_recorded_at, ==, recorded);

  gtk_window_destroy (GTK_WINDOW (window));
  cdo_test_iterate ();
  cdo_test_district_clear (&district);
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
  ADD ("surname-alone-is-not-added", test_surname_alone_is_not_added);
  ADD ("typing-pause", test_typing_pause);
#undef ADD
#define ADD_WITH(path, setup, func) \
  g_test_add ("/app/filing-editor/" path, Fixture, &setup, fixture_setup, func, fixture_teardown)
  ADD_WITH ("half-typed-then-undo", hidden, test_half_typed_then_undo);
  ADD_WITH ("no-filing-time-undo", no_filing_time, test_no_filing_time_undo);
  ADD_WITH ("lateness-without-voting-days", no_voting_days, test_lateness_without_voting_days);
  ADD_WITH ("lateness-without-rules", special_statute, test_lateness_without_rules);
  ADD_WITH ("new-ids-fit-the-format", long_names, test_new_ids_fit_the_format);
#undef ADD_WITH
  g_test_add_func ("/app/filing-editor/new-filing-defaults-to-now",
                   test_new_filing_defaults_to_now);

  return g_test_run ();
}
