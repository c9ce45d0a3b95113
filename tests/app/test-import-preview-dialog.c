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

/* A title, then headers the import does not know (the given names first), then two
 * candidates. */
static const char unknown_headers_csv[] =
  "Lista Olivola Domani\r\n"
  "\r\n"
  "Nome proprio;Casato;G;Nascita;Comune\r\n"
  "Giulia;Ferrari;F;03/02/1980;Alessandria\r\n"
  "Marco;Gallo;M;14/07/1975;Novi Ligure\r\n";

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

static CdoCandidate *
candidate (CdoCandidateList *list,
           guint             index)
{
  return g_ptr_array_index (list->candidates, index);
}

static CdoImportPreviewDialog *
open_dialog (Fixture            *fixture,
             CdoCandidateImport *import)
{
  CdoImportPreviewDialog *dialog;

  dialog = cdo_import_preview_dialog_new (NULL, import, fixture->store, fixture->list_row_id, 1,
                                          "Olivola Domani");
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  cdo_test_iterate ();
  return dialog;
}

static CdoCandidateImport *
read_sheet (const char *csv)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  CdoCandidateImport *import = cdo_candidate_import_new_from_bytes (bytes, "lista.csv", &error);

  g_assert_no_error (error);
  return import;
}

/* The widget of @type that a screen reader calls @name (a label is called by its text). */
static GtkWidget *
find_named_accessible (GtkWidget  *widget,
                       GType       type,
                       const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          g_autofree char *other = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                      name);

          if (other == NULL)
            return child;
        }
      if ((found = find_named_accessible (child, type, name)) != NULL)
        return found;
    }

  return NULL;
}

static GtkDropDown *
chooser (CdoImportPreviewDialog *dialog,
         const char             *name)
{
  GtkWidget *widget = find_named_accessible (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, name);
  GtkDropDown *drop_down;

  g_assert_nonnull (widget);
  drop_down = GTK_DROP_DOWN (widget);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (drop_down)));
  return drop_down;
}

/* What the drop-down shows. */
static const char *
shown (GtkDropDown *drop_down)
{
  return gtk_string_object_get_string (gtk_drop_down_get_selected_item (drop_down));
}

/* Picks the item that begins with @prefix, as a click in the popup would. */
static void
choose (CdoImportPreviewDialog *dialog,
        const char             *name,
        const char             *prefix)
{
  GtkDropDown *drop_down = chooser (dialog, name);
  GListModel *items = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (items), i), prefix))
      {
        gtk_drop_down_set_selected (drop_down, i);
        cdo_test_iterate ();
        return;
      }
  g_error ("“%s” offers nothing beginning with “%s”", name, prefix);
}

/* Whether a visible label of @widget begins with @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), text))
        return TRUE;
      if (shows_text (child, text))
        return TRUE;
    }

  return FALSE;
}

/* How many rows the preview's table shows. */
static guint
n_table_rows (CdoImportPreviewDialog *dialog)
{
  GtkWidget *view = cdo_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_COLUMN_VIEW, NULL);
  GtkSelectionModel *rows = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));

  return g_list_model_get_n_items (G_LIST_MODEL (rows));
}

/* The expander below @widget whose title reads @title (its access key left out). */
static GtkExpander *
find_expander (GtkWidget  *widget,
               const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkExpander *found;

      if (GTK_IS_EXPANDER (child))
        {
          g_auto(GStrv) parts = g_strsplit (gtk_expander_get_label (GTK_EXPANDER (child)), "_", -1);
          g_autofree char *shown_title = g_strjoinv ("", parts);

          if (g_strcmp0 (shown_title, title) == 0)
            return GTK_EXPANDER (child);
        }
      if ((found = find_expander (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static GtkExpander *
columns_section (CdoImportPreviewDialog *dialog)
{
  GtkExpander *section = find_expander (GTK_WIDGET (dialog), "Columns");

  g_assert_nonnull (section);
  return section;
}

/* The candidate the dialog would hand to the store for the @index-th row. */
static const CdoCandidate *
previewed (CdoCandidateImport *import,
           guint               index)
{
  const CdoImportRow *row = cdo_candidate_import_get_row (import, index);

  g_assert_nonnull (row->candidate);
  return row->candidate;
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

/* Headers it knows: the columns show what the import found, and stay folded away. */
static void
test_choosers_show_automatic_mapping (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(CdoCandidateImport) import = read_sheet (sheet_csv);
  CdoImportPreviewDialog *dialog = open_dialog (fixture, import);

  g_assert_false (gtk_expander_get_expanded (columns_section (dialog)));
  gtk_expander_set_expanded (columns_section (dialog), TRUE);
  g_assert_cmpstr (shown (chooser (dialog, "Header row")), ==,
                   "Row 1 — Cognome, Nome, Sesso, Data di nascita, Luogo di nascita");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Surname")), ==, "A — Cognome");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Given names")), ==, "B — Nome");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Sex")), ==, "C — Sesso");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Date of birth")), ==,
                   "D — Data di nascita");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Place of birth")), ==,
                   "E — Luogo di nascita");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Position")), ==, "Not imported");
  g_assert_cmpstr (shown (chooser (dialog, "Column for EU citizenship")), ==, "Not imported");
  g_assert_cmpuint (n_table_rows (dialog), ==, 3);

  /* A column chosen for a second field swaps the two. */
  choose (dialog, "Column for Given names", "A — Cognome");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Surname")), ==, "B — Nome");
  g_assert_cmpstr (previewed (import, 0)->surname, ==, "Giulia");
  g_assert_cmpstr (previewed (import, 0)->given_names, ==, "Ferrari");
  g_assert_cmpuint (n_table_rows (dialog), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Headers it does not know: nothing can be imported and the columns are shown; choosing the
 * header row and the columns reads the rows at once, and a column chosen for a second field
 * swaps the two. */
static void
test_columns_chosen_by_hand (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CdoCandidateImport) import = read_sheet (unknown_headers_csv);
  g_autoptr(CdoDistrict) district = NULL;
  CdoImportPreviewDialog *dialog = open_dialog (fixture, import);
  CdoCandidateList *list;

  g_assert_false (cdo_import_preview_dialog_can_import (dialog));
  g_assert_false (cdo_import_preview_dialog_import (dialog));
  g_assert_true (gtk_expander_get_expanded (columns_section (dialog)));
  g_assert_cmpstr (shown (chooser (dialog, "Header row")), ==, "Automatic");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Surname")), ==, "Not imported");
  g_assert_cmpuint (n_table_rows (dialog), ==, 0);

  /* The header row names the columns in every chooser; still no name column. */
  choose (dialog, "Header row", "Row 3");
  g_assert_cmpstr (shown (chooser (dialog, "Header row")), ==,
                   "Row 3 — Nome proprio, Casato, G, Nascita, Comune");
  g_assert_cmpuint (cdo_candidate_import_get_header_row (import), ==, 3);
  g_assert_false (cdo_import_preview_dialog_can_import (dialog));

  /* The names the wrong way round first, as a hurried secretary would: the rows are read
   * at once. */
  choose (dialog, "Column for Surname", "A — Nome proprio");
  g_assert_false (cdo_import_preview_dialog_can_import (dialog));
  g_assert_cmpuint (n_table_rows (dialog), ==, 0);
  choose (dialog, "Column for Given names", "B — Casato");
  g_assert_cmpuint (n_table_rows (dialog), ==, 2);
  g_assert_cmpstr (cdo_candidate_import_get_row (import, 0)->values[CDO_IMPORT_FIELD_SURNAME],
                   ==, "Giulia");

  choose (dialog, "Column for Sex", "C — G");
  choose (dialog, "Column for Date of birth", "D — Nascita");
  choose (dialog, "Column for Place of birth", "E — Comune");
  g_assert_true (cdo_import_preview_dialog_can_import (dialog));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "2 rows read, all of them without errors."));
  g_assert_cmpstr (previewed (import, 0)->surname, ==, "Giulia");
  g_assert_cmpint (previewed (import, 1)->sex, ==, CDO_SEX_MALE);
  g_assert_cmpstr (previewed (import, 1)->birthplace, ==, "Novi Ligure");

  /* Casato for the surname: the given names take the column the surname had. */
  choose (dialog, "Column for Surname", "B — Casato");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Given names")), ==, "A — Nome proprio");
  g_assert_true (cdo_import_preview_dialog_can_import (dialog));
  g_assert_cmpstr (previewed (import, 0)->surname, ==, "Ferrari");
  g_assert_cmpstr (previewed (import, 0)->given_names, ==, "Giulia");

  g_assert_true (cdo_import_preview_dialog_import (dialog));
  cdo_test_iterate ();
  g_assert_cmpuint (fixture->imported, ==, 2);

  district = cdo_test_district_read (fixture->store);
  list = first_list (district);
  g_assert_cmpuint (list->candidates->len, ==, 2);
  g_assert_cmpstr (candidate (list, 0)->surname, ==, "Ferrari");
  g_assert_cmpstr (candidate (list, 0)->given_names, ==, "Giulia");
  g_assert_cmpint (candidate (list, 0)->sex, ==, CDO_SEX_FEMALE);
  g_assert_cmpint (g_date_get_year (&candidate (list, 0)->born), ==, 1980);
  g_assert_cmpstr (candidate (list, 0)->birthplace, ==, "Alessandria");
  g_assert_cmpstr (candidate (list, 1)->surname, ==, "Gallo");
  g_assert_cmpstr (candidate (list, 1)->given_names, ==, "Marco");
}

/* With the header row left to the import, choosing the name columns is enough: the title
 * above the table is skipped. One column holding both names replaces the two. */
static void
test_columns_find_header_row (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CdoCandidateImport) import = read_sheet (unknown_headers_csv);
  CdoImportPreviewDialog *dialog = open_dialog (fixture, import);

  choose (dialog, "Column for Given names", "A");
  choose (dialog, "Column for Surname", "B");
  g_assert_null (cdo_candidate_import_get_error (import));
  g_assert_cmpuint (cdo_candidate_import_get_header_row (import), ==, 3);
  g_assert_cmpstr (shown (chooser (dialog, "Header row")), ==,
                   "Row 3 — Nome proprio, Casato, G, Nascita, Comune");
  g_assert_cmpuint (n_table_rows (dialog), ==, 2);
  g_assert_cmpstr (cdo_candidate_import_get_row (import, 1)->values[CDO_IMPORT_FIELD_SURNAME],
                   ==, "Gallo");

  choose (dialog, "Column for Surname and given names", "B — Casato");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Surname")), ==, "Not imported");
  g_assert_cmpstr (shown (chooser (dialog, "Column for Given names")), ==, "Not imported");
  g_assert_cmpint (cdo_candidate_import_get_column (import, CDO_IMPORT_FIELD_SURNAME), ==, -1);
  g_assert_cmpint (cdo_candidate_import_get_column (import, CDO_IMPORT_FIELD_SURNAME_AND_NAMES),
                   ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Names it knows but no column for a field every candidate needs: the rows cannot be
 * imported, the file's notices say why and which column is left out, and the columns are
 * shown; choosing that column clears it all. */
static void
test_missing_required_column (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char csv[] =
    "Cognome;Nome;Sesso;Nato il giorno;Luogo di nascita\r\n"
    "Ferrari;Giulia;F;03/02/1980;Alessandria\r\n";
  g_autoptr(CdoCandidateImport) import = read_sheet (csv);
  CdoImportPreviewDialog *dialog = open_dialog (fixture, import);
  GtkWidget *notices = find_named_accessible (GTK_WIDGET (dialog), GTK_TYPE_BOX,
                                              "Notices about the spreadsheet");

  g_assert_nonnull (notices);
  g_assert_false (cdo_import_preview_dialog_can_import (dialog));
  g_assert_true (gtk_expander_get_expanded (columns_section (dialog)));
  g_assert_true (gtk_widget_is_visible (notices));
  g_assert_true (shows_text (notices, "No column holds the date of birth."));
  g_assert_cmpstr (shown (chooser (dialog, "Column for Date of birth")), ==, "Not imported");

  choose (dialog, "Column for Date of birth", "D — Nato il giorno");
  g_assert_true (cdo_import_preview_dialog_can_import (dialog));
  g_assert_false (gtk_widget_is_visible (notices));
  g_assert_cmpint (g_date_get_day (&previewed (import, 0)->born), ==, 3);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* No header row at all: columns chosen by hand make the first candidate the header row,
 * which is never imported, and the dialog says so rather than lose him without a word. A
 * header row the import does not know, with no figures, is not taken for a candidate. */
static void
test_candidate_as_header_row (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char csv[] =
    "Ferrari;Giulia;F;03/02/1980;Alessandria\r\n"
    "Gallo;Marco;M;14/07/1975;Novi Ligure\r\n";
  g_autoptr(CdoCandidateImport) import = read_sheet (csv);
  g_autoptr(CdoCandidateImport) titled = read_sheet (unknown_headers_csv);
  CdoImportPreviewDialog *dialog = open_dialog (fixture, import);
  GtkWidget *notices = find_named_accessible (GTK_WIDGET (dialog), GTK_TYPE_BOX,
                                              "Notices about the spreadsheet");

  /* Without a header, a column shows its first value. */
  choose (dialog, "Column for Surname", "A — e.g. “Ferrari”");
  choose (dialog, "Column for Given names", "B — e.g. “Giulia”");
  g_assert_cmpuint (cdo_candidate_import_get_header_row (import), ==, 1);
  g_assert_true (shows_text (notices, "Row 1 (Ferrari, Giulia, F, 03/02/1980, Alessandria) "
                                      "is read as the header row"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = open_dialog (fixture, titled);
  notices = find_named_accessible (GTK_WIDGET (dialog), GTK_TYPE_BOX,
                                   "Notices about the spreadsheet");
  choose (dialog, "Column for Surname", "B");
  choose (dialog, "Column for Given names", "A");
  g_assert_cmpuint (cdo_candidate_import_get_header_row (titled), ==, 3);
  g_assert_false (shows_text (notices, "Row 3"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Columns the import leaves out are each named; past the first few, the notices fold away
 * so that the table keeps its room. */
static void
test_many_notices_fold (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char csv[] =
    "Lista Olivola Domani\r\n"
    "\r\n"
    "Cognome;Nome;Telefono;Email;Codice fiscale;Note\r\n"
    "Ferrari;Giulia;0131 000000;giulia@example.it;FRRGLI80B43A182X;capolista\r\n";
  g_autoptr(CdoCandidateImport) import = read_sheet (csv);
  CdoImportPreviewDialog *dialog = open_dialog (fixture, import);
  GtkWidget *notices = find_named_accessible (GTK_WIDGET (dialog), GTK_TYPE_BOX,
                                              "Notices about the spreadsheet");
  GtkWidget *more = cdo_test_find_child (notices, GTK_TYPE_EXPANDER, NULL);
  guint n_notices = g_strv_length ((char **) cdo_candidate_import_get_notices (import));

  g_assert_cmpuint (n_notices, >, 2);
  g_assert_true (gtk_widget_is_visible (notices));
  g_assert_nonnull (more);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (more)));
  g_assert_true (shows_text (notices, "Column F “Note” is not imported")
                 || shows_text (gtk_expander_get_child (GTK_EXPANDER (more)),
                                "Column F “Note” is not imported"));
  /* Wrapped notices must not make the window taller than its default height. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 680);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Every label of the dialog has its own access key, the field names included. */
static void
test_mnemonics_differ (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CdoCandidateImport) import = read_sheet (unknown_headers_csv);
  CdoImportPreviewDialog *dialog = open_dialog (fixture, import);
  g_autoptr(GHashTable) keys = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  guint n_field_labels = 0;

  g_ptr_array_add (pending, dialog);
  while (pending->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (pending, pending->len - 1);

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (pending, child);
      if (GTK_IS_LABEL (widget)
          && gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)) != GDK_KEY_VoidSymbol)
        {
          guint key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)));

          g_assert_false (g_hash_table_contains (keys, GUINT_TO_POINTER (key)));
          g_hash_table_add (keys, GUINT_TO_POINTER (key));
          n_field_labels += GTK_IS_DROP_DOWN (gtk_label_get_mnemonic_widget (GTK_LABEL (widget)));
        }
    }
  /* The header row and the nine fields. */
  g_assert_cmpuint (n_field_labels, ==, 1 + CDO_IMPORT_N_FIELDS);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/app/import-preview-dialog/errors-block-import-until-skipped", Fixture, NULL,
              fixture_setup, test_errors_block_import_until_skipped, fixture_teardown);
  g_test_add ("/app/import-preview-dialog/choosers-show-automatic-mapping", Fixture, NULL,
              fixture_setup, test_choosers_show_automatic_mapping, fixture_teardown);
  g_test_add ("/app/import-preview-dialog/columns-chosen-by-hand", Fixture, NULL,
              fixture_setup, test_columns_chosen_by_hand, fixture_teardown);
  g_test_add ("/app/import-preview-dialog/columns-find-header-row", Fixture, NULL,
              fixture_setup, test_columns_find_header_row, fixture_teardown);
  g_test_add ("/app/import-preview-dialog/missing-required-column", Fixture, NULL,
              fixture_setup, test_missing_required_column, fixture_teardown);
  g_test_add ("/app/import-preview-dialog/candidate-as-header-row", Fixture, NULL,
              fixture_setup, test_candidate_as_header_row, fixture_teardown);
  g_test_add ("/app/import-preview-dialog/many-notices-fold", Fixture, NULL,
              fixture_setup, test_many_notices_fold, fixture_teardown);
  g_test_add ("/app/import-preview-dialog/mnemonics-differ", Fixture, NULL,
              fixture_setup, test_mnemonics_differ, fixture_teardown);

  return g_test_run ();
}
