/* test-election-dialog.c: the voting days, typed as the commission writes them, and saved
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "cdo-date.h"
#include "cdo-election-dialog.h"
#include "cdo-filing-item.h"
#include "cdo-test-district.h"
#include "cdo-test-utils.h"
#include "cdo-window.h"

/* The dialog alone, on the one-comune test district (voting on 24 and 25 May 2026). */

typedef struct {
  CdoTestDistrict district;
  CdoStore       *store;
  guint           saved;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  cdo_test_district_init (&fixture->district, "Olivola");
  fixture->store = cdo_store_open (fixture->district.path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  cdo_test_iterate ();
  cdo_store_close (fixture->store);
  cdo_test_district_clear (&fixture->district);
}

static void
saved_cb (CdoElectionDialog *dialog,
          Fixture           *fixture)
{
  fixture->saved++;
}

static CdoElectionDialog *
open_dialog (Fixture *fixture)
{
  g_autoptr(CdoDistrict) district = cdo_test_district_read (fixture->store);
  CdoElectionDialog *dialog = cdo_election_dialog_new (NULL, fixture->store, district);

  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  cdo_test_iterate ();
  return dialog;
}

static GtkEditable *
day_field (CdoElectionDialog *dialog,
           const char        *name)
{
  GtkWidget *entry = cdo_test_find_named (GTK_WIDGET (dialog), name);

  g_assert_true (GTK_IS_ENTRY (entry));
  return GTK_EDITABLE (entry);
}

static void
type_day (CdoElectionDialog *dialog,
          const char        *name,
          const char        *text)
{
  gtk_editable_set_text (day_field (dialog, name), text);
  cdo_test_iterate ();
}

static gboolean
marked (CdoElectionDialog *dialog,
        const char        *name)
{
  return gtk_widget_has_css_class (GTK_WIDGET (day_field (dialog, name)), "error");
}

static void
assert_day (const GDate *day,
            const char  *iso)
{
  if (iso == NULL)
    g_assert_false (g_date_valid (day));
  else
    {
      g_autofree char *text = cdo_date_format_iso (day);

      g_assert_cmpstr (text, ==, iso);
    }
}

static void
test_prefilled (Fixture       *fixture,
                gconstpointer  data)
{
  CdoElectionDialog *dialog = open_dialog (fixture);
  GtkWidget *title;

  /* The district's days, in the form the commission writes them. */
  g_assert_cmpstr (gtk_editable_get_text (day_field (dialog, "first-day")), ==, "24/05/2026");
  g_assert_cmpstr (gtk_editable_get_text (day_field (dialog, "second-day")), ==, "25/05/2026");
  g_assert_cmpstr (gtk_editable_get_text (day_field (dialog, "runoff-first-day")), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (day_field (dialog, "runoff-second-day")), ==, "");
  g_assert_null (cdo_election_dialog_get_error (dialog));
  title = cdo_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==,
                   "district.circondario");

  /* Cancel writes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  cdo_test_iterate ();
  g_assert_cmpuint (fixture->saved, ==, 0);
}

static void
test_save_italian_days (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (fixture->store));
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(GError) error = NULL;
  CdoElectionDialog *dialog = open_dialog (fixture);

  /* As Italians type them, with and without leading zeros, or in ISO form. */
  type_day (dialog, "first-day", "31/5/2026");
  type_day (dialog, "second-day", "1.6.2026");
  type_day (dialog, "runoff-first-day", "14/06/2026");
  type_day (dialog, "runoff-second-day", "2026-06-15");
  g_assert_null (cdo_election_dialog_get_error (dialog));

  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "election.save", NULL));
  cdo_test_iterate ();
  g_assert_cmpuint (fixture->saved, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);

  district = cdo_test_district_read (fixture->store);
  assert_day (&district->first_day, "2026-05-31");
  assert_day (&district->second_day, "2026-06-01");
  assert_day (&district->runoff_first_day, "2026-06-14");
  assert_day (&district->runoff_second_day, "2026-06-15");
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), !=, head);

  /* One change, which undo reverts whole. */
  g_assert_true (cdo_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&district, cdo_district_free);
  district = cdo_test_district_read (fixture->store);
  assert_day (&district->first_day, "2026-05-24");
  assert_day (&district->second_day, "2026-05-25");
  assert_day (&district->runoff_first_day, NULL);
}

static void
test_out_of_order_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (fixture->store));
  CdoElectionDialog *dialog = open_dialog (fixture);
  const char *message;

  /* A second day before the first is said at once, beside the days, and marked. */
  type_day (dialog, "second-day", "20/05/2026");
  message = cdo_election_dialog_get_error (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "2026-05-20"));
  g_assert_true (marked (dialog, "second-day"));
  g_assert_false (marked (dialog, "first-day"));

  /* Save refuses, the dialog stays, and the file is as it was. */
  g_assert_false (cdo_election_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (fixture->saved, ==, 0);
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);

  /* Corrected, the mark and the message go. */
  type_day (dialog, "second-day", "25/05/2026");
  g_assert_null (cdo_election_dialog_get_error (dialog));
  g_assert_false (marked (dialog, "second-day"));

  /* A second run-off day needs the first. */
  type_day (dialog, "runoff-second-day", "08/06/2026");
  g_assert_nonnull (cdo_election_dialog_get_error (dialog));
  g_assert_true (marked (dialog, "runoff-first-day"));
  g_assert_false (cdo_election_dialog_save (dialog));
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_not_a_date (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *head = g_strdup (cdo_store_get_journal_head (fixture->store));
  CdoElectionDialog *dialog = open_dialog (fixture);

  /* Half-typed text is not an error yet; at Save it is marked and said. */
  type_day (dialog, "first-day", "31/02/2026");
  g_assert_null (cdo_election_dialog_get_error (dialog));
  g_assert_false (marked (dialog, "first-day"));

  g_assert_false (cdo_election_dialog_save (dialog));
  g_assert_nonnull (cdo_election_dialog_get_error (dialog));
  g_assert_true (marked (dialog, "first-day"));
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);

  /* Saving the days unchanged writes nothing, and closes. */
  type_day (dialog, "first-day", "2026-05-24");
  g_assert_false (marked (dialog, "first-day"));
  g_object_ref (dialog);
  g_assert_true (cdo_election_dialog_save (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_cmpuint (fixture->saved, ==, 0);
  g_assert_cmpstr (cdo_store_get_journal_head (fixture->store), ==, head);
}

static void
test_clear_optional_day (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  CdoElectionDialog *dialog = open_dialog (fixture);
  GtkEntry *second = GTK_ENTRY (day_field (dialog, "second-day"));

  /* An optional day is cleared with its icon; the first day has none. */
  g_assert_cmpstr (gtk_entry_get_icon_name (second, GTK_ENTRY_ICON_SECONDARY), ==,
                   "edit-clear-symbolic");
  g_assert_null (gtk_entry_get_icon_name (GTK_ENTRY (day_field (dialog, "first-day")),
                                          GTK_ENTRY_ICON_SECONDARY));
  g_signal_emit_by_name (second, "icon-press", GTK_ENTRY_ICON_SECONDARY);
  cdo_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (second)), ==, "");

  /* Nor can the first day be left out. */
  type_day (dialog, "first-day", "");
  g_assert_false (cdo_election_dialog_save (dialog));
  g_assert_true (marked (dialog, "first-day"));
  g_assert_nonnull (cdo_election_dialog_get_error (dialog));

  type_day (dialog, "first-day", "24/05/2026");
  g_assert_true (cdo_election_dialog_save (dialog));
  cdo_test_iterate ();
  g_assert_cmpuint (fixture->saved, ==, 1);
  district = cdo_test_district_read (fixture->store);
  assert_day (&district->first_day, "2026-05-24");
  assert_day (&district->second_day, NULL);
}

/* The dialog from the window: after New District, and correcting the sample's days. */

typedef struct {
  char      *dir;
  char      *path;
  CdoWindow *window;
} WindowFixture;

static void
window_fixture_teardown (WindowFixture *fixture,
                         gconstpointer  data)
{
  CdoTestDistrict district = { fixture->dir, fixture->path };

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  cdo_test_iterate ();
  cdo_test_district_clear (&district);
}

static void
open_window (WindowFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->window = cdo_window_new (NULL);
  g_assert_true (cdo_window_load (fixture->window, fixture->path, CDO_TEST_ACTOR, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (fixture->window));
  cdo_test_iterate ();
}

/* A district file as New District makes it: no days, no comuni. */
static void
new_district_setup (WindowFixture *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CdoStore *store;

  fixture->dir = g_dir_make_tmp ("circondario-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "district.circondario", NULL);
  store = cdo_store_create (fixture->path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);
  cdo_store_close (store);
  open_window (fixture);
}

/* Olivola, with a list handed in on 25 April 2026 at 10:10: in time for a vote on 24 May,
 * whose filing window closes on 25 April at noon. */
static void
olivola_setup (WindowFixture *fixture,
               gconstpointer  data)
{
  CdoTestDistrict district;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) read = NULL;
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();
  CdoStore *store;

  cdo_test_district_init (&district, "Olivola");
  fixture->dir = district.dir;
  fixture->path = district.path;
  store = cdo_store_open (fixture->path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);
  read = cdo_test_district_read (store);
  list->id = g_strdup ("ol-1-a");
  list->name = g_strdup ("Olivola Domani");
  list->has_filed = TRUE;
  cdo_test_set_date (&list->filed.date, 2026, 4, 25);
  list->filed.minutes = 10 * 60 + 10;
  g_assert_true (cdo_store_add_list (store, ((CdoComuneRecord *) g_ptr_array_index (read->comuni,
                                                                                     0))->row_id,
                                     0, list, &error));
  g_assert_no_error (error);
  cdo_store_close (store);
  open_window (fixture);
}

static CdoElectionDialog *
find_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CDO_IS_ELECTION_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return CDO_ELECTION_DIALOG (window);
    }

  return NULL;
}

static CdoElectionDialog *
open_from_window (WindowFixture *fixture)
{
  CdoElectionDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.election-days",
                                             NULL));
  cdo_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog))
                 == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return dialog;
}

static gboolean
banner_shown (WindowFixture *fixture)
{
  GtkWidget *banner = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                 CDO_TYPE_WINDOW, "days_banner"));

  g_assert_nonnull (banner);
  return gtk_widget_get_visible (banner);
}

static gboolean
activate (WindowFixture *fixture,
          const char    *action)
{
  gboolean done = gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL);

  cdo_test_iterate ();
  return done;
}

static void
assert_rules_day (WindowFixture *fixture,
                  const char    *iso)
{
  const GDate *day = cdo_rules_page_get_election_date (cdo_window_get_rules_page (fixture->window));

  assert_day (day, iso);
}

static void
test_window_new_district (WindowFixture *fixture,
                          gconstpointer  data)
{
  CdoStore *store = cdo_window_get_store (fixture->window);
  g_autofree char *title = g_strdup (cdo_window_get_file_title (fixture->window));
  g_autofree char *head = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  CdoElectionDialog *dialog;

  /* A new district has no days: the window says so and offers to set them. */
  g_assert_true (banner_shown (fixture));
  dialog = open_from_window (fixture);
  g_assert_cmpstr (gtk_editable_get_text (day_field (dialog, "first-day")), ==, "");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) != NULL
                 && gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                            GTK_WIDGET (day_field (dialog, "first-day"))));

  type_day (dialog, "first-day", "07/06/2026");
  type_day (dialog, "second-day", "08/06/2026");
  g_assert_true (cdo_election_dialog_save (dialog));
  cdo_test_iterate ();

  /* Saved as any edit: the banner goes, the title shows the new journal head, the rules
   * are those of the new day, and Undo can take it back. */
  g_assert_false (banner_shown (fixture));
  head = g_strndup (cdo_store_get_journal_head (store), 12);
  g_assert_cmpstr (cdo_window_get_file_title (fixture->window), !=, title);
  g_assert_true (g_str_has_suffix (cdo_window_get_file_title (fixture->window), head));
  assert_rules_day (fixture, "2026-06-07");
  district = cdo_test_district_read (store);
  assert_day (&district->first_day, "2026-06-07");
  assert_day (&district->second_day, "2026-06-08");
  g_clear_pointer (&district, cdo_district_free);

  g_assert_true (activate (fixture, "win.undo"));
  g_assert_true (banner_shown (fixture));
  district = cdo_test_district_read (store);
  assert_day (&district->first_day, NULL);
  assert_day (&district->second_day, NULL);
  g_clear_pointer (&district, cdo_district_free);

  g_assert_true (activate (fixture, "win.redo"));
  g_assert_false (banner_shown (fixture));
  district = cdo_test_district_read (store);
  assert_day (&district->first_day, "2026-06-07");
}

static gboolean
first_filing_late (WindowFixture *fixture)
{
  GtkColumnView *view = cdo_district_view_get_column_view (
    cdo_window_get_district_view (fixture->window));
  g_autoptr(CdoFilingItem) item = g_list_model_get_item (
    G_LIST_MODEL (gtk_column_view_get_model (view)), 0);

  g_assert_nonnull (item);
  return cdo_filing_item_get_late (item);
}

static void
test_window_correct_days (WindowFixture *fixture,
                          gconstpointer  data)
{
  CdoElectionDialog *dialog;

  g_assert_false (banner_shown (fixture));
  g_assert_true (cdo_window_select_comune (fixture->window, "Olivola"));
  cdo_test_iterate ();
  g_assert_false (first_filing_late (fixture));
  assert_rules_day (fixture, "2026-05-24");

  /* A week earlier, the filing window closed on 18 April: the list is now late. */
  dialog = open_from_window (fixture);
  g_assert_cmpstr (gtk_editable_get_text (day_field (dialog, "first-day")), ==, "24/05/2026");
  type_day (dialog, "first-day", "17/05/2026");
  type_day (dialog, "second-day", "18/05/2026");
  g_assert_true (cdo_election_dialog_save (dialog));
  cdo_test_iterate ();
  g_assert_true (first_filing_late (fixture));
  assert_rules_day (fixture, "2026-05-17");

  /* Undo brings the days back, and with them the rules and the filing in time. */
  g_assert_true (activate (fixture, "win.undo"));
  g_assert_false (first_filing_late (fixture));
  assert_rules_day (fixture, "2026-05-24");
}

static void
test_window_no_district (void)
{
  CdoWindow *window = cdo_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  cdo_test_iterate ();

  /* Nothing is open: no days to set, and no banner. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.election-days", NULL);
  cdo_test_iterate ();
  g_assert_null (find_dialog ());
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (
    gtk_widget_get_template_child (GTK_WIDGET (window), CDO_TYPE_WINDOW, "days_banner"))));

  gtk_window_destroy (GTK_WINDOW (window));
  cdo_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/app/election-dialog/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("prefilled", test_prefilled);
  ADD ("save-italian-days", test_save_italian_days);
  ADD ("out-of-order-refused", test_out_of_order_refused);
  ADD ("not-a-date", test_not_a_date);
  ADD ("clear-optional-day", test_clear_optional_day);
#undef ADD
  g_test_add ("/app/election-dialog/window-new-district", WindowFixture, NULL,
              new_district_setup, test_window_new_district, window_fixture_teardown);
  g_test_add ("/app/election-dialog/window-correct-days", WindowFixture, NULL,
              olivola_setup, test_window_correct_days, window_fixture_teardown);
  g_test_add_func ("/app/election-dialog/window-no-district", test_window_no_district);

  return g_test_run ();
}
