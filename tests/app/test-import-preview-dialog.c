/* test-import-preview-dialog.c: a spreadsheet of candidates, previewed, then imported
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "cdo-import-preview-dialog.h"
#include "cdo-test-district.h"
#include "cdo-test-utils.h"

/* A party's list as LibreOffice saves it in Italy; row 4 has an impossible date. */
static const char sheet_csv[] =
  "Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\r\n"
  "Ferrari;Giulia;F;03/02/1980;Alessandria\r\n"
  "Gallo;Marco;M;14/07/1975;Novi Ligure\r\n"
  "Moretti;Anna;F;31/02/1990;Tortona\r\n";

typedef struct {
  CdoTestDistrict  district;
  CdoStore        *store;
  gint64           list_row_id;
  guint            imported;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();
  CdoComuneRecord *comune;

  cdo_test_district_init (&fixture->district, "Olivola");
  fixture->store = cdo_store_open (fixture->district.path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);
  district = cdo_test_district_read (fixture->store);
  comune = g_ptr_array_index (district->comuni, 0);
  list->id = g_strdup ("ol-1-a");
  list->name = g_strdup ("Olivola Domani");
  g_assert_true (cdo_store_add_list (fixture->store, comune->row_id, 0, list, &error));
  g_assert_no_error (error);
  fixture->list_row_id = list->row_id;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  cdo_store_close (fixture->store);
  cdo_test_district_clear (&fixture->district);
}

/* The one list of the district's one comune, as the file has it. */
static CdoCandidateList *
first_list (CdoDistrict *district)
{
  CdoComuneRecord *comune = g_ptr_array_index (district->comuni, 0);

  return g_ptr_array_index (comune->lists, 0);
}

static const char *
surname (CdoCandidateList *list,
         guint             index)
{
  return ((CdoCandidate *) g_ptr_array_index (list->candidates, index))->surname;
}

static void
imported_cb (CdoImportPreviewDialog *dialog,
             guint                   n_inserted,
             Fixture                *fixture)
{
  fixture->imported = n_inserted;
}

static void
test_errors_block_import_until_skipped (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (sheet_csv, strlen (sheet_csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoCandidateImport) import = cdo_candidate_import_new_from_bytes (bytes, "lista.csv",
                                                                              &error);
  g_autoptr(CdoDistrict) district = NULL;
  CdoImportPreviewDialog *dialog;
  CdoCandidateList *list;

  g_assert_no_error (error);
  dialog = cdo_import_preview_dialog_new (NULL, import, fixture->store, fixture->list_row_id, 1,
                                          "Olivola Domani");
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  cdo_test_iterate ();

  /* One row has an error: Import refuses until the secretary leaves it out. */
  g_assert_false (cdo_import_preview_dialog_can_import (dialog));
  g_assert_false (cdo_import_preview_dialog_import (dialog));
  district = cdo_test_district_read (fixture->store);
  list = first_list (district);
  g_assert_cmpuint (list->candidates->len, ==, 0);
  g_clear_pointer (&district, cdo_district_free);

  cdo_import_preview_dialog_set_skip_errors (dialog, TRUE);
  g_assert_true (cdo_import_preview_dialog_can_import (dialog));
  g_assert_true (cdo_import_preview_dialog_import (dialog));
  cdo_test_iterate ();
  g_assert_cmpuint (fixture->imported, ==, 2);

  district = cdo_test_district_read (fixture->store);
  list = first_list (district);
  g_assert_cmpuint (list->candidates->len, ==, 2);
  g_assert_cmpstr (surname (list, 0), ==, "Ferrari");
  g_assert_cmpstr (surname (list, 1), ==, "Gallo");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/app/import-preview-dialog/errors-block-import-until-skipped", Fixture, NULL,
              fixture_setup, test_errors_block_import_until_skipped, fixture_teardown);

  return g_test_run ();
}
