/* test-district-view.c: the filings table: order, sorting, search, selection
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "cdo-district-view.h"
#include "cdo-test-district.h"
#include "cdo-test-utils.h"

typedef struct {
  CdoTestDistrict  district;
  CdoStore        *store;
  CdoSnapshot     *snapshot;
  GtkWindow       *window;
  CdoDistrictView *view;
} Fixture;

static void
add_filing (CdoStore   *store,
            gint64      comune_row_id,
            const char *id,
            const char *list_name,
            const char *mayor,
            const char *filed,
            const char *candidate)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoCandidacy) candidacy = cdo_candidacy_new ();
  CdoCandidateList *list = cdo_candidate_list_new ();

  candidacy->id = g_strdup (id);
  candidacy->mayor = cdo_candidate_new ();
  candidacy->mayor->surname = g_strdup (mayor);
  list->id = g_strconcat (id, "-a", NULL);
  list->name = g_strdup (list_name);
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse (filed, &list->filed));
  if (candidate != NULL)
    {
      CdoCandidate *person = cdo_candidate_new ();

      person->surname = g_strdup (candidate);
      g_ptr_array_add (list->candidates, person);
    }
  g_ptr_array_add (candidacy->lists, list);
  g_assert_true (cdo_store_add_candidacy (store, comune_row_id, candidacy, &error));
  g_assert_no_error (error);
}

static void
show (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CdoDistrict *district = cdo_store_load_district (fixture->store, &error);

  g_assert_no_error (error);
  g_clear_object (&fixture->snapshot);
  fixture->snapshot = cdo_snapshot_new (district, cdo_store_get_journal_head (fixture->store));
  cdo_district_view_set_comune (fixture->view, fixture->snapshot,
                                g_ptr_array_index (district->comuni, 0));
  cdo_test_iterate ();
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  gint64 comune;

  cdo_test_district_init (&fixture->district, "Olivola");
  fixture->store = cdo_store_open (fixture->district.path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);
  district = cdo_test_district_read (fixture->store);
  comune = ((CdoComuneRecord *) g_ptr_array_index (district->comuni, 0))->row_id;

  /* Filed in an order that is neither the names' nor the mayors'; the last one late. */
  add_filing (fixture->store, comune, "ol-1", "Olivola Viva", "Rolandi", "2026-04-24T09:40", NULL);
  add_filing (fixture->store, comune, "ol-2", "Insieme per Olivola", "Merlo", "2026-04-24T08:20",
              "Repetto");
  add_filing (fixture->store, comune, "ol-3", "Uniti", "Aimo", "2026-04-25T12:30", NULL);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = CDO_DISTRICT_VIEW (cdo_district_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  show (fixture);
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

static char *
shown (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (
    cdo_district_view_get_column_view (fixture->view)));
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CdoFilingItem) item = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s%s", i > 0 ? ", " : "",
                              cdo_filing_item_get_list_name (item),
                              cdo_filing_item_get_late (item) ? " (late)" : "");
    }

  return g_string_free (names, FALSE);
}

static GtkColumnViewColumn *
column (Fixture *fixture,
        guint    index)
{
  GtkColumnView *view = cdo_district_view_get_column_view (fixture->view);
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, index);

  return column;
}

static void
test_filing_order (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text = shown (fixture);

  /* In the order the papers were handed in; the one after noon of the 25th is late. */
  g_assert_cmpstr (text, ==, "Insieme per Olivola, Olivola Viva, Uniti (late)");
}

static void
test_sorting (Fixture       *fixture,
              gconstpointer  data)
{
  GtkColumnView *view = cdo_district_view_get_column_view (fixture->view);
  g_autofree char *by_list = NULL;
  g_autofree char *by_mayor = NULL;
  g_autofree char *by_list_descending = NULL;

  gtk_column_view_sort_by_column (view, column (fixture, 1), GTK_SORT_ASCENDING);
  by_list = shown (fixture);
  g_assert_cmpstr (by_list, ==, "Insieme per Olivola, Olivola Viva, Uniti (late)");

  gtk_column_view_sort_by_column (view, column (fixture, 1), GTK_SORT_DESCENDING);
  by_list_descending = shown (fixture);
  g_assert_cmpstr (by_list_descending, ==, "Uniti (late), Olivola Viva, Insieme per Olivola");

  gtk_column_view_sort_by_column (view, column (fixture, 2), GTK_SORT_ASCENDING);
  by_mayor = shown (fixture);
  g_assert_cmpstr (by_mayor, ==, "Uniti (late), Insieme per Olivola, Olivola Viva");
}

static void
test_search_finds_candidates (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkEditable *search = GTK_EDITABLE (cdo_test_find_child (GTK_WIDGET (fixture->view),
                                                           GTK_TYPE_SEARCH_ENTRY, NULL));
  g_autofree char *by_candidate = NULL;
  g_autofree char *by_mayor = NULL;

  /* A candidate's name finds the list: the secretary looks for a person. */
  gtk_editable_set_text (search, "repetto");
  g_signal_emit_by_name (search, "search-changed");
  cdo_test_iterate ();
  by_candidate = shown (fixture);
  g_assert_cmpstr (by_candidate, ==, "Insieme per Olivola");

  gtk_editable_set_text (search, "ROLANDI");
  g_signal_emit_by_name (search, "search-changed");
  cdo_test_iterate ();
  by_mayor = shown (fixture);
  g_assert_cmpstr (by_mayor, ==, "Olivola Viva");

  gtk_editable_set_text (search, "nessuno");
  g_signal_emit_by_name (search, "search-changed");
  cdo_test_iterate ();
  g_assert_cmpuint (cdo_district_view_get_n_shown (fixture->view), ==, 0);
}

static void
test_selection_survives_reload (Fixture       *fixture,
                                gconstpointer  data)
{
  CdoFilingItem *selected;
  gint64 key;

  g_assert_null (cdo_district_view_get_selected (fixture->view));
  g_assert_false (cdo_district_view_select (fixture->view, 999999));

  /* Choose "Olivola Viva", then read the district again (as after every edit). */
  {
    GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (
      cdo_district_view_get_column_view (fixture->view)));
    g_autoptr(CdoFilingItem) item = g_list_model_get_item (model, 1);

    key = cdo_filing_item_get_key (item);
  }
  g_assert_true (cdo_district_view_select (fixture->view, key));
  show (fixture);

  selected = cdo_district_view_get_selected (fixture->view);
  g_assert_nonnull (selected);
  g_assert_cmpint (cdo_filing_item_get_key (selected), ==, key);
  g_assert_cmpstr (cdo_filing_item_get_list_name (selected), ==, "Olivola Viva");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/app/district-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("filing-order", test_filing_order);
  ADD ("sorting", test_sorting);
  ADD ("search-finds-candidates", test_search_finds_candidates);
  ADD ("selection-survives-reload", test_selection_survives_reload);
#undef ADD

  return g_test_run ();
}
