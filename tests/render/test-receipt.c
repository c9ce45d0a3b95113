/* test-receipt.c: receipts rendered to PDF and read back with poppler */
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "cdo-receipt.h"
#include "cdo-rule-book.h"
#include "receipt-sample.h"

typedef struct {
  CdoDistrict *district;
  GDateTime   *issued_at;
  char        *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) rome = g_time_zone_new_identifier ("Europe/Rome");

  if (rome == NULL)
    rome = g_time_zone_new_utc ();
  fixture->district = sample_district_new ();
  fixture->issued_at = g_date_time_new (rome, 2021, 9, 4, 12, 9, 0);
  fixture->dir = g_dir_make_tmp ("test-receipt-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_date_time_unref (fixture->issued_at);
  cdo_district_free (fixture->district);
}

/* Whitespace runs become one space, so that a phrase broken across lines still matches. */
static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

typedef struct {
  int    n_pages;
  char  *text;     /* all pages, normalised */
  char **pages;    /* each page, normalised */
} Pdf;

static void
pdf_clear (Pdf *pdf)
{
  g_free (pdf->text);
  g_strfreev (pdf->pages);
}

static void
read_pdf (const char *path,
          Pdf        *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;
  GString *all = g_string_new (NULL);

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  pdf->n_pages = poppler_document_get_n_pages (document);
  pdf->pages = g_new0 (char *, pdf->n_pages + 1);
  for (int i = 0; i < pdf->n_pages; i++)
    {
      /* poppler-glib 22.12 declares no autoptr cleanups. */
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_object_unref (page);
      g_assert_cmpfloat_with_epsilon (width, CDO_A4_WIDTH_PT, 0.5);
      g_assert_cmpfloat_with_epsilon (height, CDO_A4_HEIGHT_PT, 0.5);
      pdf->pages[i] = normalise (text);
      g_string_append_printf (all, "%s ", pdf->pages[i]);
    }
  pdf->text = g_string_free (all, FALSE);
  g_object_unref (document);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_test_message ("“%s” not found in the PDF text: %s", needle, haystack);
  g_assert_nonnull (strstr (haystack, needle));
}

static void
assert_only_entries (const char *dir,
                     const char *expected)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_assert_cmpstr (name, ==, expected);
      n++;
    }
  g_assert_cmpuint (n, ==, expected ? 1 : 0);
}

static void
render (Fixture    *fixture,
        const char *id,
        CdoReceipt *receipt,
        Pdf        *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat (id, ".pdf", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  sample_receipt_init (receipt, fixture->district, id, fixture->issued_at);
  g_assert_true (cdo_receipt_write_pdf (receipt, path, &error));
  g_assert_no_error (error);
  /* Only the PDF: the temporary file it was written to is gone. */
  assert_only_entries (fixture->dir, name);
  read_pdf (path, pdf);
  g_unlink (path);
}

static void
test_on_time_svg (Fixture       *fixture,
                  gconstpointer  data)
{
  CdoReceipt receipt;
  Pdf pdf = { 0 };

  render (fixture, "list-svg", &receipt, &pdf);

  g_assert_false (cdo_receipt_is_late (&receipt));
  g_assert_false (cdo_receipt_is_early (&receipt));
  g_assert_cmpint (pdf.n_pages, >=, 2);
  g_assert_cmpint (pdf.n_pages, ==, cdo_receipt_get_n_pages (&receipt, CDO_A4_WIDTH_PT,
                                                             CDO_A4_HEIGHT_PT));
  assert_contains (pdf.text, "COMUNE DI PONTE SAN NICOLÒ (PD)");
  assert_contains (pdf.text, "domenica 3 e lunedì 4 ottobre 2021");
  assert_contains (pdf.text, "RICEVUTA DI PRESENTAZIONE DELLA CANDIDATURA");
  assert_contains (pdf.text, "il giorno venerdì 3 settembre 2021 alle ore 9:12");
  assert_contains (pdf.text, "registrata nel sistema il 03/09/2021 alle ore 9:12:41");
  assert_contains (pdf.text, "ZANON Maria Grazia");
  assert_contains (pdf.text, "Ponte Futuro");
  assert_contains (pdf.text, "mancante");
  assert_contains (pdf.text, "incompleto");
  assert_contains (pdf.text, "Stato UE");
  assert_contains (pdf.text, "Programma amministrativo");
  assert_contains (pdf.text, "Dichiarazione di collegamento del candidato sindaco");
  assert_contains (pdf.text, "SCHNEIDER Jürgen");
  assert_contains (pdf.text, "Il segretario comunale");
  assert_contains (pdf.text, "Il presentatore");
  assert_contains (pdf.text, "dott.ssa Lucia Benetton");
  /* Candidate 13 lacks a certificate, 34 an acceptance, the mayor a link declaration,
   * and the EU citizen the certificate of eligibility; candidate 4's acceptance is
   * incomplete. */
  assert_contains (pdf.text, "incompleti: 1; mancanti: 4");
  g_assert_null (strstr (pdf.text, "OLTRE IL TERMINE"));
  g_assert_null (strstr (pdf.text, "contrassegno non"));
  for (guint i = 0; i < SAMPLE_N_CANDIDATES; i++)
    {
      g_autofree char *upper = g_utf8_strup (sample_surname (i), -1);

      assert_contains (pdf.text, upper);
    }
  /* The journal head and the page number on every page; the table header repeats. */
  for (int i = 0; i < pdf.n_pages; i++)
    {
      g_autofree char *number = g_strdup_printf ("Pagina %d di %d", i + 1, pdf.n_pages);

      assert_contains (pdf.pages[i], SAMPLE_JOURNAL_HEAD);
      assert_contains (pdf.pages[i], number);
      assert_contains (pdf.pages[i], "circondario-padova-2021.circondario");
    }
  assert_contains (pdf.pages[pdf.n_pages - 1], "Il segretario comunale");
  for (int i = 1; i < pdf.n_pages; i++)
    if (strstr (pdf.pages[i], "SERRA") != NULL || strstr (pdf.pages[i], "COPPOLA") != NULL)
      {
        assert_contains (pdf.pages[i], "Cognome e nome");
        assert_contains (pdf.pages[i], "Comune di Ponte San Nicolò — Ricevuta di presentazione");
      }
  pdf_clear (&pdf);
}

static void
test_late_png (Fixture       *fixture,
               gconstpointer  data)
{
  CdoReceipt receipt;
  Pdf pdf = { 0 };

  render (fixture, "list-png", &receipt, &pdf);

  g_assert_true (cdo_receipt_is_late (&receipt));
  assert_contains (pdf.text, "PRESENTATA OLTRE IL TERMINE delle ore 12 di sabato 4 settembre 2021");
  assert_contains (pdf.text, "il giorno sabato 4 settembre 2021 alle ore 12:07");
  assert_contains (pdf.text, "«Alberi & Persone»");
  assert_contains (pdf.text, "BORTOLAMI Enrico");
  assert_contains (pdf.text, "presentato (immagine PNG)");
  assert_contains (pdf.text, "autorizza l'uso del contrassegno");
  assert_contains (pdf.text, "incompleto");
  g_assert_null (strstr (pdf.text, "Stato UE"));
  pdf_clear (&pdf);
}

static void
test_broken_symbol (Fixture       *fixture,
                    gconstpointer  data)
{
  CdoReceipt receipt;
  Pdf pdf = { 0 };

  render (fixture, "list-broken", &receipt, &pdf);

  g_assert_null (receipt.candidacy);
  g_assert_false (cdo_receipt_is_late (&receipt));
  assert_contains (pdf.text, "della lista di candidati al consiglio comunale");
  assert_contains (pdf.text, "Lista <Civica> Nord");
  assert_contains (pdf.text, "contrassegno non leggibile");
  g_assert_null (strstr (pdf.text, "CARICA DI SINDACO"));
  g_assert_null (strstr (pdf.text, "OLTRE IL TERMINE"));
  pdf_clear (&pdf);
}

static void
test_mayor_alone (Fixture       *fixture,
                  gconstpointer  data)
{
  CdoReceipt receipt;
  Pdf pdf = { 0 };

  render (fixture, "mayor-alone", &receipt, &pdf);

  g_assert_null (receipt.list);
  g_assert_false (receipt.has_filed);
  g_assert_cmpint (pdf.n_pages, ==, 1);
  assert_contains (pdf.text, "QUAGGIO Alvise, nato/a a Padova");
  assert_contains (pdf.text, "il giorno ______________________ alle ore ________");
  g_assert_null (strstr (pdf.text, "CONSIGLIERE"));
  g_assert_null (strstr (pdf.text, "OLTRE IL TERMINE"));
  pdf_clear (&pdf);
}

static void
test_save_failures (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "r.pdf", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "a-folder", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *in_locked = g_build_filename (locked, "r.pdf", NULL);
  CdoReceipt receipt;

  sample_receipt_init (&receipt, fixture->district, "list-svg", fixture->issued_at);

  g_assert_false (cdo_receipt_write_pdf (&receipt, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "r.pdf"));
  g_clear_error (&error);
  assert_only_entries (fixture->dir, NULL);

  /* The rename over a folder fails after the whole PDF was written: the temporary file
   * must go too. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (cdo_receipt_write_pdf (&receipt, folder, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_only_entries (fixture->dir, "a-folder");
  g_assert_cmpint (g_rmdir (folder), ==, 0);

  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (access (locked, W_OK) == 0)
    g_test_message ("running as root: an unwritable folder cannot be simulated");
  else
    {
      g_assert_false (cdo_receipt_write_pdf (&receipt, in_locked, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      assert_only_entries (locked, NULL);
    }
  g_chmod (locked, 0700);
}

static void
test_overwrite (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "receipt.pdf", NULL);
  CdoReceipt receipt;
  Pdf pdf = { 0 };

  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  sample_receipt_init (&receipt, fixture->district, "list-broken", fixture->issued_at);
  g_assert_true (cdo_receipt_write_pdf (&receipt, path, &error));
  g_assert_no_error (error);
  assert_only_entries (fixture->dir, "receipt.pdf");
  read_pdf (path, &pdf);
  assert_contains (pdf.text, "contrassegno non leggibile");
  pdf_clear (&pdf);
}

/* The printer draws the very pages of the PDF, on any paper. */
static void
test_print_pages (Fixture       *fixture,
                  gconstpointer  data)
{
  static const double letter[] = { 612, 792 };
  CdoReceipt receipt;
  g_autoptr(CdoPageLayout) layout = NULL;
  int n_a4, n_letter;

  sample_receipt_init (&receipt, fixture->district, "list-svg", fixture->issued_at);
  n_a4 = cdo_receipt_get_n_pages (&receipt, CDO_A4_WIDTH_PT, CDO_A4_HEIGHT_PT);
  layout = cdo_receipt_build_layout (&receipt, CDO_A4_WIDTH_PT, CDO_A4_HEIGHT_PT);
  g_assert_cmpint (n_a4, ==, (int) cdo_page_layout_get_n_pages (layout));
  n_letter = cdo_receipt_get_n_pages (&receipt, letter[0], letter[1]);
  g_assert_cmpint (n_letter, >=, 2);

  for (int page = 0; page < n_letter; page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, width, height;

      cdo_receipt_draw_page (&receipt, cr, letter[0], letter[1], page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      g_assert_cmpfloat (width, >, 100);
      g_assert_cmpfloat (y + height, <=, letter[1]);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The window's and the command line's way in: the same receipt as filling it by hand,
 * and without voting days or rules, a receipt without a filing window. */
static void
test_init_with_rules (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CdoComuneRecord *comune = g_ptr_array_index (fixture->district->comuni, 0);
  CdoCandidateList *list = cdo_district_find_list (fixture->district, "list-png", NULL);
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
  CdoReceipt expected;
  CdoReceipt receipt;

  for (guint i = 0; i < comune->candidacies->len; i++)
    {
      CdoCandidacy *owner = g_ptr_array_index (comune->candidacies, i);

      if (g_ptr_array_find (owner->lists, list, NULL))
        candidacy = owner;
    }
  sample_receipt_init (&expected, fixture->district, "list-png", fixture->issued_at);
  g_assert_true (cdo_receipt_init_with_rules (&receipt, fixture->district, comune, candidacy,
                                              list, &error));
  g_assert_no_error (error);
  g_assert_true (receipt.candidacy == expected.candidacy && receipt.list == expected.list);
  g_assert_true (receipt.has_window);
  g_assert_cmpint (g_date_compare (&receipt.window_closes.date, &expected.window_closes.date),
                   ==, 0);
  g_assert_cmpint (receipt.window_closes.minutes, ==, expected.window_closes.minutes);
  g_assert_cmpint (g_date_compare (&receipt.window_opens.date, &expected.window_opens.date), ==, 0);
  g_assert_cmpint (receipt.over_15000_system, ==, expected.over_15000_system);
  g_assert_cmpint (receipt.signatures_required, ==, expected.signatures_required);
  g_assert_true (cdo_receipt_is_late (&receipt));
  g_assert_null (receipt.journal_head);

  /* A special-statute region: no window, so no late marking, but a receipt all the same. */
  comune->region = g_strdup ("Sardegna");
  g_assert_false (cdo_receipt_init_with_rules (&receipt, fixture->district, comune, candidacy,
                                               list, &error));
  g_assert_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_SPECIAL_STATUTE);
  g_clear_error (&error);
  g_assert_false (receipt.has_window);
  g_assert_true (receipt.has_filed);
  g_assert_false (cdo_receipt_is_late (&receipt));
  g_clear_pointer (&comune->region, g_free);

  /* No voting days yet. */
  g_date_clear (&fixture->district->first_day, 1);
  g_assert_false (cdo_receipt_init_with_rules (&receipt, fixture->district, comune, candidacy,
                                               list, &error));
  g_assert_error (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_QUERY);
  g_assert_false (receipt.has_window);
  g_assert_true (receipt.has_filed);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void      (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/render/receipt/on-time-svg", test_on_time_svg },
    { "/render/receipt/late-png", test_late_png },
    { "/render/receipt/broken-symbol", test_broken_symbol },
    { "/render/receipt/mayor-alone", test_mayor_alone },
    { "/render/receipt/save-failures", test_save_failures },
    { "/render/receipt/overwrite", test_overwrite },
    { "/render/receipt/print-pages", test_print_pages },
    { "/render/receipt/init-with-rules", test_init_with_rules },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);
  return g_test_run ();
}
