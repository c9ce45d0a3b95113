/* test-rules-page.c: the rules of one comune on one date
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "cdo-rules-page.h"
#include "cdo-test-utils.h"

typedef struct {
  GtkWindow    *window;
  CdoRulesPage *page;
  guint         n_error_notify;
} Fixture;

/* The page sits in a shown window, so that "shown" in the assertions means
 * mapped, as it does for the person reading it. */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->page = CDO_RULES_PAGE (cdo_rules_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_set_default_size (fixture->window, 900, 700);
  g_signal_connect (fixture->page, "notify::error", G_CALLBACK (cdo_test_count_notify_cb),
                    &fixture->n_error_notify);
  gtk_window_present (fixture->window);
  cdo_test_iterate ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  cdo_test_iterate ();
}

static void
show (Fixture    *fixture,
      const char *name,
      const char *region,
      gint64      population,
      gboolean    capoluogo,
      int         year,
      int         month,
      int         day)
{
  g_autoptr(CdoComune) comune = cdo_comune_new (name, "XX", region, population,
                                                "Censimento 2011", capoluogo);
  GDate date;

  cdo_test_set_date (&date, year, month, day);
  cdo_rules_page_set_election_date (fixture->page, &date);
  cdo_rules_page_set_comune (fixture->page, comune);
  cdo_test_iterate ();
}

static const char *
shown_value (Fixture    *fixture,
             CdoRuleKey  key)
{
  CdoRuleRow *row = cdo_rules_page_get_row (fixture->page, key);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  return cdo_rule_row_get_value (row);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_null (cdo_rules_page_get_comune (fixture->page));
  g_assert_null (cdo_rules_page_get_election_date (fixture->page));
  g_assert_null (cdo_rules_page_get_error (fixture->page));
  g_assert_false (gtk_widget_get_mapped (
    GTK_WIDGET (cdo_rules_page_get_row (fixture->page, CDO_RULE_COUNCIL_SEATS))));
}

static void
test_every_public_key_has_a_row (Fixture       *fixture,
                                 gconstpointer  data)
{
  for (CdoRuleKey key = 0; key < CDO_RULE_KEY_COUNT; key++)
    {
      CdoRuleRow *row = cdo_rules_page_get_row (fixture->page, key);

      if (cdo_rule_key_get_info (key)->public)
        g_assert_nonnull (row);
      else
        g_assert_null (row);
    }
}

/* Nizza Monferrato, 10,372 inhabitants: 16 seats in 2021 (TUOEL art. 37). */
static void
test_seats_nizza_monferrato (Fixture       *fixture,
                             gconstpointer  data)
{
  show (fixture, "Nizza Monferrato", "Piemonte", 10372, FALSE, 2021, 10, 3);

  g_assert_null (cdo_rules_page_get_error (fixture->page));
  g_assert_cmpstr (shown_value (fixture, CDO_RULE_COUNCIL_SEATS), ==, "16");
  g_assert_cmpstr (shown_value (fixture, CDO_RULE_LIST_MAX), ==, "16");
}

/* Olivola, 123 inhabitants: 10 seats in 2021, but 6 in 2013 under the 2011 cut
 * (DL 138/2011): changing the date alone must change the figures. */
static void
test_date_changes_values (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *filing_2021 = NULL;
  GDate date;

  show (fixture, "Olivola", "Piemonte", 123, FALSE, 2021, 10, 3);
  g_assert_cmpstr (shown_value (fixture, CDO_RULE_COUNCIL_SEATS), ==, "10");
  filing_2021 = g_strdup (shown_value (fixture, CDO_RULE_FILING_OPENS));

  cdo_test_set_date (&date, 2013, 5, 26);
  cdo_rules_page_set_election_date (fixture->page, &date);
  cdo_test_iterate ();

  g_assert_null (cdo_rules_page_get_error (fixture->page));
  g_assert_cmpstr (shown_value (fixture, CDO_RULE_COUNCIL_SEATS), ==, "6");
  g_assert_cmpstr (shown_value (fixture, CDO_RULE_FILING_OPENS), !=, filing_2021);
}

/* Trieste is in Friuli Venezia Giulia, which has its own electoral law: the
 * page says so instead of showing national figures. */
static void
test_special_statute (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwStatusPage *status;

  show (fixture, "Nizza Monferrato", "Piemonte", 10372, FALSE, 2021, 10, 3);
  g_assert_cmpuint (fixture->n_error_notify, ==, 0);

  show (fixture, "Trieste", "Friuli Venezia Giulia", 202123, TRUE, 2021, 10, 3);

  g_assert_nonnull (cdo_rules_page_get_error (fixture->page));
  g_assert_cmpuint (fixture->n_error_notify, ==, 1);
  g_assert_false (gtk_widget_get_mapped (
    GTK_WIDGET (cdo_rules_page_get_row (fixture->page, CDO_RULE_COUNCIL_SEATS))));

  status = ADW_STATUS_PAGE (cdo_test_find_child (GTK_WIDGET (fixture->page),
                                                 ADW_TYPE_STATUS_PAGE, NULL));
  while (status != NULL && !gtk_widget_get_mapped (GTK_WIDGET (status)))
    status = ADW_STATUS_PAGE (gtk_widget_get_next_sibling (GTK_WIDGET (status)));
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Special-Statute Region");
  g_assert_cmpstr (adw_status_page_get_description (status), ==,
                   cdo_rules_page_get_error (fixture->page));

  /* Back to an ordinary comune: the rows return and the error goes. */
  show (fixture, "Olivola", "Piemonte", 123, FALSE, 2021, 10, 3);
  g_assert_null (cdo_rules_page_get_error (fixture->page));
  g_assert_cmpuint (fixture->n_error_notify, ==, 2);
  g_assert_cmpstr (shown_value (fixture, CDO_RULE_COUNCIL_SEATS), ==, "10");
}

static void
test_date_not_covered (Fixture       *fixture,
                       gconstpointer  data)
{
  show (fixture, "Olivola", "Piemonte", 123, FALSE, 2010, 5, 30);

  g_assert_nonnull (cdo_rules_page_get_error (fixture->page));
  g_assert_false (gtk_widget_get_mapped (
    GTK_WIDGET (cdo_rules_page_get_row (fixture->page, CDO_RULE_COUNCIL_SEATS))));
}

static void
add_toast_cb (CdoRulesPage  *page,
              AdwToast      *toast,
              char         **title)
{
  g_free (*title);
  *title = g_strdup (adw_toast_get_title (toast));
}

/* Activating a row (Enter or a click) copies it for the minutes and says so. */
static void
test_copy_row (Fixture       *fixture,
               gconstpointer  data)
{
  CdoRuleRow *row = cdo_rules_page_get_row (fixture->page, CDO_RULE_COUNCIL_SEATS);
  g_autofree char *title = NULL;

  show (fixture, "Nizza Monferrato", "Piemonte", 10372, FALSE, 2021, 10, 3);
  g_signal_connect (fixture->page, "add-toast", G_CALLBACK (add_toast_cb), &title);
  g_signal_emit_by_name (row, "activated");

  g_assert_nonnull (title);
  g_assert_nonnull (strstr (title, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
}

static void
test_properties (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CdoComune) comune = cdo_comune_new ("Olivola", "AL", "Piemonte", 123,
                                                "Censimento 2011", FALSE);
  g_autoptr(CdoComune) read_comune = NULL;
  g_autoptr(GDate) read_date = NULL;
  guint n_comune = 0, n_date = 0;
  GDate date;

  g_signal_connect (fixture->page, "notify::comune", G_CALLBACK (cdo_test_count_notify_cb),
                    &n_comune);
  g_signal_connect (fixture->page, "notify::election-date",
                    G_CALLBACK (cdo_test_count_notify_cb), &n_date);
  cdo_test_set_date (&date, 2021, 10, 3);

  g_object_set (fixture->page, "comune", comune, "election-date", &date, NULL);
  g_object_set (fixture->page, "comune", comune, "election-date", &date, NULL);
  cdo_rules_page_set_comune (fixture->page, comune);
  cdo_rules_page_set_election_date (fixture->page, &date);
  g_assert_cmpuint (n_comune, ==, 1);
  g_assert_cmpuint (n_date, ==, 1);

  g_object_get (fixture->page, "comune", &read_comune, "election-date", &read_date, NULL);
  g_assert_true (read_comune == comune);
  g_assert_cmpint (g_date_compare (read_date, &date), ==, 0);
}

static void
test_finalize (void)
{
  CdoRulesPage *page = g_object_ref_sink (CDO_RULES_PAGE (cdo_rules_page_new ()));
  g_autoptr(CdoComune) comune = cdo_comune_new ("Olivola", "AL", "Piemonte", 123,
                                                "Censimento 2011", FALSE);

  cdo_rules_page_set_comune (page, comune);
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/app/rules-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("empty", test_empty);
  ADD ("every-public-key-has-a-row", test_every_public_key_has_a_row);
  ADD ("seats-nizza-monferrato", test_seats_nizza_monferrato);
  ADD ("date-changes-values", test_date_changes_values);
  ADD ("special-statute", test_special_statute);
  ADD ("date-not-covered", test_date_not_covered);
  ADD ("copy-row", test_copy_row);
  ADD ("properties", test_properties);
#undef ADD
  g_test_add_func ("/app/rules-page/finalize", test_finalize);

  return g_test_run ();
}
