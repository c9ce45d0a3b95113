/* test-window.c: the main window, driven as a person would drive it
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "cdo-comune-row.h"
#include "cdo-test-utils.h"
#include "cdo-window.h"

typedef struct {
  CdoWindow    *window;
  CdoRulesPage *page;
  GtkEditable  *date_text;
  GtkEditable  *search;
  GtkListBox   *list;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->window = cdo_window_new (NULL);
  fixture->page = cdo_window_get_rules_page (fixture->window);
  fixture->date_text = GTK_EDITABLE (cdo_test_find_child (
    GTK_WIDGET (cdo_window_get_date_entry (fixture->window)), GTK_TYPE_ENTRY, NULL));
  fixture->search = GTK_EDITABLE (cdo_test_find_child (GTK_WIDGET (fixture->window),
                                                       GTK_TYPE_SEARCH_ENTRY, NULL));
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

static void
test_opens_on_a_comune (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (fixture->list);

  /* The sample comuni are listed, and one of them is shown from the start. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (fixture->list, 12));
  g_assert_nonnull (selected);
  g_assert_nonnull (shown_comune (fixture));
  g_assert_true (cdo_comune_row_get_comune (CDO_COMUNE_ROW (selected)) ==
                 cdo_rules_page_get_comune (fixture->page));
  g_assert_nonnull (cdo_rules_page_get_election_date (fixture->page));
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

  /* Filtering keeps the page on the comune it shows, even when the focus was on
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
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-date", NULL));
  cdo_test_iterate ();
  g_assert_true (focus_is_inside (fixture, GTK_WIDGET (fixture->date_text)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  cdo_test_iterate ();
  g_assert_true (focus_is_inside (fixture, GTK_WIDGET (fixture->search)));

  /* Next and previous walk the list without leaving the rules. */
  cdo_window_select_comune (fixture->window, "Olivola");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-comune",
                                             NULL));
  g_assert_cmpstr (shown_comune (fixture), ==, "Casal Cermelli");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.previous-comune", NULL));
  g_assert_cmpstr (shown_comune (fixture), ==, "Olivola");
  /* Before the first there is nothing: the selection stays. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.previous-comune", NULL);
  g_assert_cmpstr (shown_comune (fixture), ==, "Olivola");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
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
  ADD ("select-and-date", test_select_and_date);
  ADD ("invalid-date-keeps-values", test_invalid_date_keeps_values);
  ADD ("trieste", test_trieste);
  ADD ("search", test_search);
  ADD ("actions", test_actions);
#undef ADD

  return g_test_run ();
}
