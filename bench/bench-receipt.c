/* bench-receipt.c: rendering the receipt of a 40-candidate filing
 *
 *   _build/bench/bench-receipt [ROUNDS]
 *
 * Reports milliseconds per receipt for the layout alone (what GtkPrintOperation's
 * begin-print pays), for drawing every page, and for a whole PDF saved to a temporary
 * folder. Not part of `meson test`: timings belong here. */
#include <stdio.h>

#include <glib/gstdio.h>

#include "cdo-receipt.h"
#include "receipt-sample.h"

static double
elapsed_ms (gint64 started,
            guint  rounds)
{
  return (double) (g_get_monotonic_time () - started) / 1000.0 / MAX (rounds, 1);
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 50;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) issued_at = g_date_time_new_now_local ();
  g_autofree char *dir = g_dir_make_tmp ("bench-receipt-XXXXXX", &error);
  g_autofree char *path = NULL;
  CdoDistrict *district = sample_district_new ();
  CdoReceipt receipt;
  guint n_pages = 0;
  gint64 started;
  double first_ms, layout_ms, draw_ms, pdf_ms;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "receipt.pdf", NULL);
  sample_receipt_init (&receipt, district, "list-svg", issued_at);

  /* The first receipt also loads fonts and the document catalogue. */
  started = g_get_monotonic_time ();
  if (!cdo_receipt_write_pdf (&receipt, path, &error))
    g_error ("%s", error->message);
  first_ms = elapsed_ms (started, 1);

  started = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(CdoPageLayout) layout = cdo_receipt_build_layout (&receipt, CDO_A4_WIDTH_PT,
                                                                  CDO_A4_HEIGHT_PT);

      n_pages = cdo_page_layout_get_n_pages (layout);
    }
  layout_ms = elapsed_ms (started, rounds);

  started = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(CdoPageLayout) layout = cdo_receipt_build_layout (&receipt, CDO_A4_WIDTH_PT,
                                                                  CDO_A4_HEIGHT_PT);

      for (guint page = 0; page < cdo_page_layout_get_n_pages (layout); page++)
        {
          cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                                     NULL);
          cairo_t *cr = cairo_create (surface);

          cdo_page_layout_draw_page (layout, cr, page);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
    }
  draw_ms = elapsed_ms (started, rounds);

  started = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    if (!cdo_receipt_write_pdf (&receipt, path, &error))
      g_error ("%s", error->message);
  pdf_ms = elapsed_ms (started, rounds);

  printf ("receipt: %u candidates, %u pages, %u rounds\n", SAMPLE_N_CANDIDATES, n_pages, rounds);
  printf ("first PDF (fonts, catalogue): %.1f ms\n", first_ms);
  printf ("layout and pagination: %.2f ms\n", layout_ms);
  printf ("layout and drawing every page: %.2f ms\n", draw_ms);
  printf ("PDF saved: %.2f ms\n", pdf_ms);

  g_unlink (path);
  g_rmdir (dir);
  cdo_district_free (district);
  return 0;
}
