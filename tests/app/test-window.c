/* test-window.c: the main window, driven as a person would drive it
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "cdo-comune-row.h"
#include "cdo-filing-editor.h"
#include "cdo-filing-item.h"
#include "cdo-import-preview-dialog.h"
#include "cdo-receipt-print.h"
#include "cdo-window-private.h"
#include "cdo-test-district.h"
#include "cdo-test-utils.h"
#include "cdo-window.h"

typedef struct {
  CdoTestDistrict district;
  CdoWindow      *window;
  CdoRulesPage   *page;
  GtkEditable    *date_text;
  GtkEditable    *search;
  GtkListBox     *list;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  cdo_test_district_init (&fixture->district, NULL);
  fixture->window = cdo_window_new (NULL);
  g_assert_true (cdo_window_load (fixture->window, fixture->district.path, CDO_TEST_ACTOR, &error));
  g_assert_no_error (error);

  fixture->page = cdo_window_get_rules_page (fixture->window);
  fixture->date_text = GTK_EDITABLE (cdo_test_find_child (
    GTK_WIDGET (cdo_window_get_date_entry (fixture->window)), GTK_TYPE_ENTRY, NULL));
  fixture->search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                 CDO_TYPE_WINDOW, "search_entry"));
  fixture->list = GTK_LIST_BOX (cdo_test_find_child (GTK_WIDGET (fixture->window),
                                                     GTK_TYPE_LIST_BOX, "navigation-sidebar"));
  g_assert_nonnull (fixture->date_text);
  g_assert_nonnull (fixture->search);
  g_assert_nonnull (fixture->list);
  gtk_window_present (GTK_WINDOW (fixture->window));
  cdo_test_iterate ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  cdo_test_iterate ();
  cdo_test_district_clear (&fixture->district);
}

static void
type_date (Fixture    *fixture,
           const char *text)
{
  gtk_editable_set_text (fixture->date_text, text);
  g_signal_emit_by_name (fixture->date_text, "activate");
  cdo_test_iterate ();
}

static const char *
seats (Fixture *fixture)
{
  return cdo_rule_row_get_value (cdo_rules_page_get_row (fixture->page, CDO_RULE_COUNCIL_SEATS));
}

static const char *
shown_comune (Fixture *fixture)
{
  CdoComune *comune = cdo_rules_page_get_comune (fixture->page);

  return comune != NULL ? cdo_comune_get_name (comune) : NULL;
}

static gboolean
activate (Fixture    *fixture,
          const char *action)
{
  gboolean done = gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL);

  cdo_test_iterate ();
  return done;
}

static void
test_opens_on_a_comune (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (fixture->list);
  GDate expected;

  /* The district's comuni are listed, and the first is shown from the start, with the
   * rules of the district's own election day. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (fixture->list, 12));
  g_assert_nonnull (selected);
  g_assert_cmpstr (shown_comune (fixture), ==, "Olivola");
  g_assert_true (cdo_comune_row_get_comune (CDO_COMUNE_ROW (selected)) ==
                 cdo_rules_page_get_comune (fixture->page));
  cdo_test_set_date (&expected, 2026, 5, 24);
  g_assert_nonnull (cdo_rules_page_get_election_date (fixture->page));
  g_assert_cmpint (g_date_compare (cdo_rules_page_get_election_date (fixture->page), &expected),
                   ==, 0);
  g_assert_true (cdo_window_has_district (fixture->window));
}

static void
test_title_shows_journal_head (Fixture       *fixture,
                               gconstpointer  data)
{
  CdoStore *store = cdo_window_get_store (fixture->window);
  g_autofree char *expected = g_strdup_printf ("district.circondario · %.12s",
                                               cdo_store_get_journal_head (store));

  g_assert_cmpstr (cdo_window_get_file_title (fixture->window), ==, expected);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, expected);
}

static void
test_select_and_date (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_true (cdo_window_select_comune (fixture->window, "Nizza Monferrato"));
  type_date (fixture, "2021-10-03");
  g_assert_cmpstr (shown_comune (fixture), ==, "Nizza Monferrato");
  g_assert_cmpstr (seats (fixture), ==, "16");

  g_assert_true (cdo_window_select_comune (fixture->window, "Olivola"));
  cdo_test_iterate ();
  g_assert_cmpstr (seats (fixture), ==, "10");

  /* The Italian form works as well, and the page follows the entry. */
  type_date (fixture, "26/05/2013");
  g_assert_cmpstr (seats (fixture), ==, "6");

  g_assert_false (cdo_window_select_comune (fixture->window, "Atlantide"));
  g_assert_cmpstr (shown_comune (fixture), ==, "Olivola");
}

static void
test_invalid_date_keeps_values (Fixture       *fixture,
                                gconstpointer  data)
{
  GDate before;

  cdo_window_select_comune (fixture->window, "Nizza Monferrato");
  type_date (fixture, "2021-10-03");
  before = *cdo_rules_page_get_election_date (fixture->page);

  type_date (fixture, "31/02/2013");

  g_assert_cmpint (g_date_compare (cdo_rules_page_get_election_date (fixture->page), &before),
                   ==, 0);
  g_assert_cmpstr (seats (fixture), ==, "16");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->date_text), "error"));
}

static void
test_trieste (Fixture       *fixture,
              gconstpointer  data)
{
  type_date (fixture, "2021-10-03");
  g_assert_true (cdo_window_select_comune (fixture->window, "Trieste"));
  cdo_test_iterate ();

  g_assert_nonnull (cdo_rules_page_get_error (fixture->page));
  g_assert_false (gtk_widget_get_mapped (
    GTK_WIDGET (cdo_rules_page_get_row (fixture->page, CDO_RULE_COUNCIL_SEATS))));
}

static gboolean
focus_is_inside (Fixture   *fixture,
                 GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  type_date (fixture, "2021-10-03");
  cdo_window_select_comune (fixture->window, "Olivola");

  /* Filtering keeps the views on the comune they show, even when the focus was on
   * that comune's row, which the filter removes (typing there goes to the search). */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (fixture->list)));
  gtk_editable_set_text (fixture->search, "bene");
  cdo_test_iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (fixture->list, 0));
  g_assert_null (gtk_list_box_get_row_at_index (fixture->list, 1));
  g_assert_cmpstr (shown_comune (fixture), ==, "Olivola");
  g_assert_true (focus_is_inside (fixture, GTK_WIDGET (fixture->search)));

  /* Enter takes the first match: Benevento, 61,489, capoluogo: 32 seats. */
  g_signal_emit_by_name (fixture->search, "activate");
  cdo_test_iterate ();
  g_assert_cmpstr (shown_comune (fixture), ==, "Benevento");
  g_assert_cmpstr (seats (fixture), ==, "32");

  /* The province matches too; Escape clears the search and the selection stays. */
  gtk_editable_set_text (fixture->search, "bg");
  cdo_test_iterate ();
  g_assert_cmpstr (cdo_comune_get_name (cdo_comune_row_get_comune (
    CDO_COMUNE_ROW (gtk_list_box_get_row_at_index (fixture->list, 0)))), ==, "Caravaggio");
  g_assert_null (gtk_list_box_get_row_at_index (fixture->list, 1));
  g_signal_emit_by_name (fixture->search, "stop-search");
  cdo_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (fixture->search), ==, "");
  g_assert_nonnull (gtk_list_box_get_row_at_index (fixture->list, 12));
  g_assert_true (cdo_comune_row_get_comune (
    CDO_COMUNE_ROW (gtk_list_box_get_selected_row (fixture->list))) ==
    cdo_rules_page_get_comune (fixture->page));
}

static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_true (activate (fixture, "win.edit-date"));
  g_assert_true (focus_is_inside (fixture, GTK_WIDGET (fixture->date_text)));

  /* On the rules, Ctrl+F searches the comuni. */
  g_assert_true (activate (fixture, "win.find"));
  g_assert_true (focus_is_inside (fixture, GTK_WIDGET (fixture->search)));

  /* Next and previous walk the list without leaving the view. */
  cdo_window_select_comune (fixture->window, "Olivola");
  g_assert_true (activate (fixture, "win.next-comune"));
  g_assert_cmpstr (shown_comune (fixture), ==, "Casal Cermelli");
  g_assert_true (activate (fixture, "win.previous-comune"));
  g_assert_cmpstr (shown_comune (fixture), ==, "Olivola");
  /* Before the first there is nothing: the selection stays. */
  activate (fixture, "win.previous-comune");
  g_assert_cmpstr (shown_comune (fixture), ==, "Olivola");

  g_assert_true (activate (fixture, "win.back"));
}

static guint
n_filings (Fixture *fixture)
{
  return cdo_district_view_get_n_shown (cdo_window_get_district_view (fixture->window));
}

static void
test_new_filing_undo_redo (Fixture       *fixture,
                           gconstpointer  data)
{
  CdoFilingEditor *editor = cdo_window_get_editor (fixture->window);
  CdoStore *store = cdo_window_get_store (fixture->window);
  g_autofree char *head_before = g_strdup (cdo_store_get_journal_head (store));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *head_shown = NULL;
  CdoCandidateList *list;
  gint64 key;

  cdo_window_select_comune (fixture->window, "Olivola");
  cdo_test_iterate ();
  g_assert_cmpuint (n_filings (fixture), ==, 0);
  g_assert_cmpint (cdo_filing_editor_get_key (editor), ==, 0);

  /* New Filing records the filing at once, with the workstation's clock. */
  g_assert_true (activate (fixture, "win.new-filing"));
  key = cdo_filing_editor_get_key (editor);
  g_assert_cmpint (key, >, 0);
  g_assert_cmpuint (n_filings (fixture), ==, 1);
  list = cdo_filing_editor_get_list (editor);
  g_assert_nonnull (list);
  g_assert_true (list->has_filed);
  g_assert_nonnull (list->filed_recorded_at);
  g_assert_true (g_str_has_prefix (list->filed_recorded_at, today));
  g_assert_nonnull (cdo_filing_editor_get_candidacy (editor));
  g_assert_cmpstr (cdo_store_get_journal_head (store), !=, head_before);
  head_shown = g_strndup (cdo_store_get_journal_head (store), 12);
  g_assert_true (g_str_has_suffix (cdo_window_get_file_title (fixture->window), head_shown));

  /* Undo is a journaled inverse change: the filing goes, the journal grows. */
  g_assert_true (activate (fixture, "win.undo"));
  g_assert_cmpuint (n_filings (fixture), ==, 0);
  g_assert_cmpint (cdo_filing_editor_get_key (editor), ==, 0);
  g_assert_cmpstr (cdo_store_get_journal_head (store), !=, head_before);

  g_assert_true (activate (fixture, "win.redo"));
  g_assert_cmpuint (n_filings (fixture), ==, 1);
}

static void
test_no_district (void)
{
  CdoWindow *window = cdo_window_new (NULL);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                               CDO_TYPE_WINDOW, "main_stack"));
  GtkWidget *new_filing;

  gtk_window_present (GTK_WINDOW (window));
  cdo_test_iterate ();

  /* Nothing is open: the window offers to open or create a district, and the actions
   * that need one do nothing. */
  g_assert_false (cdo_window_has_district (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  new_filing = cdo_test_find_child (GTK_WIDGET (cdo_window_get_district_view (window)),
                                    GTK_TYPE_BUTTON, "suggested-action");
  g_assert_nonnull (new_filing);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (new_filing)), ==,
                   "win.new-filing");
  g_assert_false (gtk_widget_is_sensitive (new_filing));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-filing", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  cdo_test_iterate ();
  g_assert_false (cdo_window_has_district (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Circondario");

  gtk_window_destroy (GTK_WINDOW (window));
  cdo_test_iterate ();
}

/* Waits as long as a pause in typing (a little longer than the editor's 700 ms). */
static void
wait_for_autosave (void)
{
  gint64 deadline = g_get_monotonic_time () + 900 * 1000;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  cdo_test_iterate ();
}

/* The message dialogs shown over the window. */
static guint
n_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        n++;
    }
  return n;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkWidget *
editor_child (Fixture    *fixture,
              const char *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (cdo_window_get_editor (fixture->window)), CDO_TYPE_FILING_EDITOR, name));

  g_assert_nonnull (child);
  return child;
}

/* 201 letters: one more than a name may have. */
static char *
too_long_name (void)
{
  char *name = g_strnfill (201, 'a');

  name[0] = 'R';
  return name;
}

/* A value the file refuses, typed and left for the autosave: marked where it was typed,
 * kept, and no dialog while the secretary is typing; Enter says it. */
static void
test_autosave_refusal_is_inline (Fixture       *fixture,
                                 gconstpointer  data)
{
  CdoStore *store = cdo_window_get_store (fixture->window);
  GtkWidget *mayor = editor_child (fixture, "mayor_fields");
  GtkEditable *surname;
  GtkWidget *list_name = editor_child (fixture, "list_name_row");
  GtkWidget *message;
  g_autofree char *head = NULL;
  g_autofree char *name = too_long_name ();

  cdo_window_select_comune (fixture->window, "Olivola");
  g_assert_true (activate (fixture, "win.new-filing"));
  head = g_strdup (cdo_store_get_journal_head (store));

  /* The mayor's surname: checked by the form before the file is asked. */
  surname = GTK_EDITABLE (cdo_test_find_named (mayor, "surname"));
  gtk_editable_set_text (surname, name);
  wait_for_autosave ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (surname), "error"));
  g_assert_cmpstr (gtk_editable_get_text (surname), ==, name);
  message = cdo_test_find_named (mayor, "person-message");
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "200"));
  g_assert_cmpuint (n_message_dialogs (), ==, 0);
  g_assert_cmpstr (cdo_store_get_journal_head (store), ==, head);

  /* Corrected, it is saved and the mark goes. */
  gtk_editable_set_text (surname, "Rossi");
  wait_for_autosave ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (surname), "error"));
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_cmpstr (cdo_store_get_journal_head (store), !=, head);
  g_free (head);
  head = g_strdup (cdo_store_get_journal_head (store));

  /* The list's name: refused by the file itself. */
  gtk_editable_set_text (GTK_EDITABLE (list_name), name);
  wait_for_autosave ();
  g_assert_true (gtk_widget_has_css_class (list_name, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (list_name), "Nothing was changed."));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (list_name)), ==, name);
  g_assert_cmpuint (n_message_dialogs (), ==, 0);
  g_assert_cmpstr (cdo_store_get_journal_head (store), ==, head);

  /* Enter still says it clearly, and the text stays for correcting. */
  g_signal_emit_by_name (list_name, "entry-activated");
  cdo_test_iterate ();
  g_assert_cmpuint (n_message_dialogs (), ==, 1);
  gtk_window_destroy (GTK_WINDOW (find_message_dialog ()));
  cdo_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (list_name)), ==, name);
  g_assert_true (gtk_widget_has_css_class (list_name, "error"));
  g_assert_cmpstr (cdo_store_get_journal_head (store), ==, head);
}

static GtkEditable *
comune_entry (AdwMessageDialog *dialog,
              const char       *name)
{
  GtkWidget *entry = cdo_test_find_named (GTK_WIDGET (dialog), name);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

/* A province the file refuses keeps the dialog open, with what was typed, and says why. */
static void
test_add_comune_bad_province (Fixture       *fixture,
                              gconstpointer  data)
{
  CdoStore *store = cdo_window_get_store (fixture->window);
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (store));
  AdwMessageDialog *dialog;
  GtkEditable *province;
  GtkWidget *message;

  g_assert_true (activate (fixture, "win.add-comune"));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));

  gtk_editable_set_text (comune_entry (dialog, "comune-name"), "Valle Nuova");
  province = comune_entry (dialog, "comune-province");
  gtk_editable_set_text (province, "ise");
  gtk_editable_set_text (comune_entry (dialog, "comune-population"), "21000");
  cdo_test_iterate ();
  message = cdo_test_find_named (GTK_WIDGET (dialog), "comune-message");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (province), "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "ISE"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));

  /* Add all the same (as a shortcut might): refused, and the dialog stays. */
  adw_message_dialog_response (dialog, "add");
  cdo_test_iterate ();
  g_assert_true (find_message_dialog () == dialog);
  g_assert_cmpstr (gtk_editable_get_text (province), ==, "ise");
  g_assert_cmpstr (cdo_store_get_journal_head (store), ==, head);

  /* Corrected, it is added and the dialog goes. */
  gtk_editable_set_text (province, "IS");
  cdo_test_iterate ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (province), "error"));
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  cdo_test_iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (cdo_store_get_journal_head (store), !=, head);
  g_assert_cmpstr (shown_comune (fixture), ==, "Valle Nuova");
}

static const char *
selected_incomplete_text (Fixture *fixture)
{
  CdoDistrictView *view = cdo_window_get_district_view (fixture->window);
  CdoFilingItem *item = cdo_district_view_get_selected (view);

  g_assert_nonnull (item);
  return cdo_filing_item_get_incomplete_text (item);
}

/* A new filing is marked incomplete, in the table and the editor, until the names an
 * export needs are typed. */
static void
test_new_filing_is_incomplete (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *mayor = editor_child (fixture, "mayor_fields");
  GtkWidget *label = editor_child (fixture, "incomplete_label");
  const char *text;

  cdo_window_select_comune (fixture->window, "Olivola");
  g_assert_true (activate (fixture, "win.new-filing"));
  text = selected_incomplete_text (fixture);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Incomplete: "));
  g_assert_nonnull (strstr (text, "mayoral candidate"));
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, text);

  gtk_editable_set_text (GTK_EDITABLE (cdo_test_find_named (mayor, "surname")), "Rossi");
  gtk_editable_set_text (GTK_EDITABLE (cdo_test_find_named (mayor, "given-names")), "Maria");
  wait_for_autosave ();
  /* The mayor is complete; the list still has no name. */
  text = selected_incomplete_text (fixture);
  g_assert_nonnull (text);
  g_assert_null (strstr (text, "mayoral candidate"));
  g_assert_nonnull (strstr (text, "name"));

  gtk_editable_set_text (GTK_EDITABLE (editor_child (fixture, "list_name_row")), "Olivola Viva");
  wait_for_autosave ();
  g_assert_null (selected_incomplete_text (fixture));
  g_assert_false (gtk_widget_get_visible (label));
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CdoWindow *other = cdo_window_new (NULL);

  /* A second window (or workstation) is refused, and says who holds the file. */
  g_assert_false (cdo_window_load (other, fixture->district.path, "Someone Else", &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, CDO_TEST_ACTOR));
  g_assert_false (cdo_window_has_district (other));

  gtk_window_destroy (GTK_WINDOW (other));
  cdo_test_iterate ();
}

/* A dossier for Isernia, as a party's delegate brings it on a USB stick. */
static const char dossier_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<circondario format=\"1\">\n"
  "  <comune name=\"Isernia\" province=\"IS\" region=\"Molise\" population=\"22025\"\n"
  "          population-source=\"Censimento 2011\" capoluogo=\"yes\">\n"
  "    <candidacy id=\"is-9\">\n"
  "      <mayor surname=\"Lombardi\" given-names=\"Manuela\" sex=\"F\" born=\"1974-08-24\"\n"
  "             birthplace=\"Isernia\" consecutive-terms=\"0\"/>\n"
  "      <list id=\"is-9-a\" name=\"Isernia Solidale\" filed=\"2026-04-25T10:10\">\n"
  "        <candidate surname=\"Zurlo\" given-names=\"Carla\" sex=\"F\" born=\"1991-08-22\"\n"
  "                   birthplace=\"Isernia\"/>\n"
  "      </list>\n"
  "    </candidacy>\n"
  "  </comune>\n"
  "</circondario>\n";

static void
test_import_dossier (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->district.dir, "dossier.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *head_before = NULL;
  g_autofree char *head = NULL;
  int waited = 0;

  g_assert_true (g_file_set_contents (path, dossier_xml, -1, &error));
  g_assert_no_error (error);
  head = g_strdup (cdo_store_get_journal_head (cdo_window_get_store (fixture->window)));
  head_before = head;

  /* What dropping the file on the window does: read in a thread, then one transaction. */
  _cdo_window_import_file (fixture->window, file);
  while (g_strcmp0 (cdo_store_get_journal_head (cdo_window_get_store (fixture->window)),
                    head_before) == 0 && waited++ < 500)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  cdo_test_iterate ();

  /* The window shows the comune of the dossier, with its filing. */
  g_assert_cmpstr (shown_comune (fixture), ==, "Isernia");
  g_assert_cmpuint (n_filings (fixture), ==, 1);
}

/* Save a Copy keeps the work in the district file, unlike Save As. */
static void
test_save_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *copy_path = g_build_filename (fixture->district.dir, "copia.circondario", NULL);
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (cdo_window_get_store (fixture->window)));
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) copy = NULL;

  g_assert_true (_cdo_window_save_copy (fixture->window, copy_path));
  g_assert_cmpstr (cdo_store_get_path (cdo_window_get_store (fixture->window)), ==,
                   fixture->district.path);
  copy = cdo_store_open_read_only (copy_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cdo_store_get_journal_head (copy), ==, head);
}

/* Lets a file's reading thread end and its result come back. */
static void
let_reading_end (void)
{
  for (int waited = 0; waited < 100; waited++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  cdo_test_iterate ();
}

static gboolean
has_list (const char *district_path,
          const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (district_path, &error);
  g_autoptr(CdoDistrict) district = NULL;

  g_assert_no_error (error);
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  return cdo_district_find_list (district, id, NULL) != NULL;
}

/* A dossier dropped on one district while the secretary opens another lands in neither:
 * the first was closed, and the second is not the one it was meant for. */
static void
test_import_then_switch_district (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->district.dir, "dossier.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_path = g_strdup (fixture->district.path);
  g_autofree char *second_head = NULL;
  CdoTestDistrict second;

  cdo_test_district_init (&second, NULL);
  g_assert_true (g_file_set_contents (path, dossier_xml, -1, &error));
  g_assert_no_error (error);

  _cdo_window_import_file (fixture->window, file);
  g_assert_true (cdo_window_load (fixture->window, second.path, CDO_TEST_ACTOR, &error));
  g_assert_no_error (error);
  second_head = g_strdup (cdo_store_get_journal_head (cdo_window_get_store (fixture->window)));
  let_reading_end ();

  g_assert_cmpstr (cdo_store_get_journal_head (cdo_window_get_store (fixture->window)), ==,
                   second_head);
  g_assert_false (has_list (first_path, "is-9-a"));
  cdo_window_close_district (fixture->window);
  g_assert_false (has_list (second.path, "is-9-a"));
  cdo_test_district_clear (&second);
}

/* The message dialog open over the window, or NULL. */
static AdwMessageDialog *
shown_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* A refused file is never a silent failure: a dialog says which file, which line and what
 * to fix, and the district is left as it was. */
static void
test_refused_import_tells (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->district.dir, "bad.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (cdo_window_get_store (fixture->window)));
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "<circondario format=\"1\">\n  <comune name=\"X\"\n",
                                      -1, &error));
  g_assert_no_error (error);
  _cdo_window_import_file (fixture->window, file);
  for (int waited = 0; waited < 200 && shown_message_dialog () == NULL; waited++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  dialog = shown_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Was Not Imported");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "bad.xml"));
  g_assert_cmpstr (cdo_store_get_journal_head (cdo_window_get_store (fixture->window)), ==, head);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cdo_test_iterate ();
}

/* A spreadsheet goes into the list shown when it was dropped, or nowhere. */
static void
test_sheet_then_close_district (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->district.dir, "candidati.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GList *toplevels;

  g_assert_true (g_file_set_contents (path, "Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
                                      "Rossi;Anna;F;12/05/1970;Asti\n", -1, &error));
  g_assert_no_error (error);
  cdo_window_select_comune (fixture->window, "Olivola");
  g_assert_true (activate (fixture, "win.new-filing"));
  g_assert_nonnull (cdo_filing_editor_get_list (cdo_window_get_editor (fixture->window)));

  _cdo_window_import_file (fixture->window, file);
  cdo_window_close_district (fixture->window);
  let_reading_end ();

  /* No preview was offered for a district no longer open. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    g_assert_false (CDO_IS_IMPORT_PREVIEW_DIALOG (l->data));
  g_list_free (toplevels);
}

static void
test_receipt_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  CdoFilingEditor *editor = cdo_window_get_editor (fixture->window);
  g_autofree char *pdf = g_build_filename (fixture->district.dir, "ricevuta.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  CdoReceiptRequest request = { 0 };
  gsize length;

  cdo_window_select_comune (fixture->window, "Olivola");
  g_assert_true (activate (fixture, "win.new-filing"));

  request.snapshot = fixture->window->snapshot;
  request.key = cdo_filing_editor_get_key (editor);
  request.district_file = "district.circondario";
  request.issued_by = CDO_TEST_ACTOR;
  name = cdo_receipt_suggest_file_name (&request);
  g_assert_true (g_str_has_prefix (name, "Ricevuta - "));
  g_assert_true (g_str_has_suffix (name, ".pdf"));

  g_assert_true (cdo_receipt_save_pdf (&request, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* No filing, no receipt: said in words. */
  request.key = 0;
  g_assert_false (cdo_receipt_save_pdf (&request, pdf, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/app/window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("opens-on-a-comune", test_opens_on_a_comune);
  ADD ("title-shows-journal-head", test_title_shows_journal_head);
  ADD ("select-and-date", test_select_and_date);
  ADD ("invalid-date-keeps-values", test_invalid_date_keeps_values);
  ADD ("trieste", test_trieste);
  ADD ("search", test_search);
  ADD ("actions", test_actions);
  ADD ("new-filing-undo-redo", test_new_filing_undo_redo);
  ADD ("locked", test_locked);
  ADD ("import-dossier", test_import_dossier);
  ADD ("save-copy", test_save_copy);
  ADD ("refused-import-tells", test_refused_import_tells);
  ADD ("import-then-switch-district", test_import_then_switch_district);
  ADD ("sheet-then-close-district", test_sheet_then_close_district);
  ADD ("receipt-pdf", test_receipt_pdf);
  ADD ("autosave-refusal-is-inline", test_autosave_refusal_is_inline);
  ADD ("add-comune-bad-province", test_add_comune_bad_province);
  ADD ("new-filing-is-incomplete", test_new_filing_is_incomplete);
#undef ADD
  g_test_add_func ("/app/window/no-district", test_no_district);

  return g_test_run ();
}
