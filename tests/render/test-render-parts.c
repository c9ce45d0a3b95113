/* test-render-parts.c: the pieces receipts are drawn with: Italian dates, QR codes,
 * symbols and the paginator */
#include <string.h>

#include <pango/pangocairo.h>

#include "cdo-italian-text.h"
#include "cdo-page-layout.h"
#include "cdo-qr.h"
#include "cdo-symbol-image.h"

static void
test_italian_dates (void)
{
  GDate first, second;
  g_autofree char *long_date = NULL;
  g_autofree char *short_date = NULL;
  g_autofree char *pair = NULL;
  g_autofree char *across = NULL;
  g_autofree char *single = NULL;
  g_autofree char *time = NULL;
  g_autofree char *hour = NULL;
  g_autofree char *half = NULL;
  g_autofree char *stamp = NULL;
  GDate invalid;

  g_date_clear (&invalid, 1);
  g_date_set_dmy (&first, 3, G_DATE_OCTOBER, 2021);
  g_date_set_dmy (&second, 4, G_DATE_OCTOBER, 2021);
  long_date = cdo_italian_date_long (&first);
  g_assert_cmpstr (long_date, ==, "domenica 3 ottobre 2021");
  short_date = cdo_italian_date_short (&first);
  g_assert_cmpstr (short_date, ==, "03/10/2021");
  pair = cdo_italian_date_pair (&first, &second);
  g_assert_cmpstr (pair, ==, "domenica 3 e lunedì 4 ottobre 2021");
  single = cdo_italian_date_pair (&first, &invalid);
  g_assert_cmpstr (single, ==, "domenica 3 ottobre 2021");
  g_date_set_dmy (&first, 31, G_DATE_MAY, 2026);
  g_date_set_dmy (&second, 1, G_DATE_JUNE, 2026);
  across = cdo_italian_date_pair (&first, &second);
  g_assert_cmpstr (across, ==, "domenica 31 maggio e lunedì 1 giugno 2026");
  time = cdo_italian_time (9 * 60 + 5);
  g_assert_cmpstr (time, ==, "9:05");
  hour = cdo_italian_hour (12 * 60);
  g_assert_cmpstr (hour, ==, "12");
  half = cdo_italian_hour (12 * 60 + 30);
  g_assert_cmpstr (half, ==, "12:30");
  stamp = cdo_italian_timestamp ("2021-09-03T09:14:05");
  g_assert_cmpstr (stamp, ==, "03/09/2021 alle ore 9:14:05");
  g_assert_null (cdo_italian_timestamp ("2021-09-03 09:14:05"));
  g_assert_null (cdo_italian_timestamp ("2021-02-30T09:14:05"));
  g_assert_null (cdo_italian_timestamp ("2021-09-03T24:00:00"));
  g_assert_null (cdo_italian_timestamp (NULL));
}

/* Dark pixels of a rendered image, in ‰. */
static int
dark_per_mille (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data;
  guint64 dark = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        if (((pixel >> 8) & 0xff) < 128)
          dark++;
      }
  return (int) (dark * 1000 / ((guint64) width * height));
}

static void
test_qr (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 180, 180);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *too_long = g_strnfill (8000, 'x');
  int dark;

  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  g_assert_false (cdo_qr_draw (cr, "", 0, 0, 180));
  g_assert_false (cdo_qr_draw (cr, NULL, 0, 0, 180));
  g_assert_false (cdo_qr_draw (cr, too_long, 0, 0, 180));
  g_assert_true (cdo_qr_draw (cr, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                              0, 0, 180));
  /* Version 5 (37 modules) plus the quiet zone: 45 modules of 4 pixels. The quiet zone is
   * white, the top-left finder pattern's corner is black, about half the rest is dark. */
  dark = dark_per_mille (surface);
  g_assert_cmpint (dark, >, 250);
  g_assert_cmpint (dark, <, 600);
  cairo_surface_flush (surface);
  {
    const guint8 *data = cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface);
    guint32 corner = *(const guint32 *) (data + 2 * stride + 2 * 4);
    guint32 finder = *(const guint32 *) (data + 18 * stride + 18 * 4);

    g_assert_cmphex (corner & 0xffffff, ==, 0xffffff);
    g_assert_cmphex (finder & 0xffffff, ==, 0x000000);
  }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
draw_symbol (CdoSymbolImage *symbol)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 100);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cdo_symbol_image_draw (symbol, cr, 50, 50, 90);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
assert_symbol (GBytes              *bytes,
               const char          *media_type,
               CdoSymbolImageState  expected)
{
  g_autoptr(CdoSymbolImage) symbol = cdo_symbol_image_new (bytes, media_type);
  cairo_surface_t *surface;

  g_assert_cmpint (cdo_symbol_image_get_state (symbol), ==, expected);
  g_assert_true ((cdo_symbol_image_get_note (symbol) == NULL) == (expected == CDO_SYMBOL_IMAGE_PRESENT));
  surface = draw_symbol (symbol);
  /* A present symbol fills its circle; a note is a few dark words. */
  if (expected == CDO_SYMBOL_IMAGE_PRESENT)
    g_assert_cmpint (dark_per_mille (surface), >, 400);
  else
    g_assert_cmpint (dark_per_mille (surface), <, 150);
  cairo_surface_destroy (surface);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0, 0, 0.4);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, png), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static void
test_symbols (void)
{
  static const char svg[] = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
                            "<rect width='10' height='10' fill='navy'/></svg>";
  /* No viewBox: scaled from its size in pixels. */
  static const char svg_sized[] = "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='400'>"
                                  "<rect width='400' height='400' fill='navy'/></svg>";
  /* A reference to a file on disk: refused without a base file, the rest still draws. */
  static const char svg_external[] = "<svg xmlns='http://www.w3.org/2000/svg' "
                                     "xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 10 10'>"
                                     "<rect width='10' height='10' fill='navy'/>"
                                     "<image xlink:href='file:///etc/passwd' width='10' height='10'/></svg>";
  g_autoptr(GBytes) svg_bytes = g_bytes_new_static (svg, sizeof svg - 1);
  g_autoptr(GBytes) sized_bytes = g_bytes_new_static (svg_sized, sizeof svg_sized - 1);
  g_autoptr(GBytes) external_bytes = g_bytes_new_static (svg_external, sizeof svg_external - 1);
  g_autoptr(GBytes) png = make_png (64, 48);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("<svg", 4);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) huge = NULL;
  GByteArray *forged;

  assert_symbol (NULL, NULL, CDO_SYMBOL_IMAGE_MISSING);
  assert_symbol (empty, "image/png", CDO_SYMBOL_IMAGE_MISSING);
  assert_symbol (svg_bytes, "image/svg+xml", CDO_SYMBOL_IMAGE_PRESENT);
  assert_symbol (svg_bytes, NULL, CDO_SYMBOL_IMAGE_PRESENT);
  assert_symbol (sized_bytes, "image/svg+xml", CDO_SYMBOL_IMAGE_PRESENT);
  assert_symbol (external_bytes, "image/svg+xml", CDO_SYMBOL_IMAGE_PRESENT);
  assert_symbol (png, "image/png", CDO_SYMBOL_IMAGE_PRESENT);
  /* The bytes decide: a PNG declared as SVG is still a PNG; SVG bytes declared PNG are not. */
  assert_symbol (png, "image/svg+xml", CDO_SYMBOL_IMAGE_PRESENT);
  assert_symbol (svg_bytes, "image/png", CDO_SYMBOL_IMAGE_UNREADABLE);
  assert_symbol (garbage, "image/svg+xml", CDO_SYMBOL_IMAGE_UNREADABLE);

  truncated = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) / 2);
  assert_symbol (truncated, "image/png", CDO_SYMBOL_IMAGE_UNREADABLE);

  /* A header claiming 100,000 × 100,000 pixels is refused before anything is decoded. */
  forged = g_byte_array_new ();
  g_byte_array_append (forged, g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  forged->data[16] = 0; forged->data[17] = 1; forged->data[18] = 0x86; forged->data[19] = 0xa0;
  forged->data[20] = 0; forged->data[21] = 1; forged->data[22] = 0x86; forged->data[23] = 0xa0;
  huge = g_byte_array_free_to_bytes (forged);
  assert_symbol (huge, "image/png", CDO_SYMBOL_IMAGE_UNREADABLE);
}

static void
draw_box_cb (cairo_t  *cr,
             double    x,
             double    y,
             double    width,
             double    height,
             gpointer  user_data)
{
  (*(int *) user_data)++;
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

static void
draw_page (CdoPageLayout *layout,
           guint          page)
{
  /* Poppler is the reader elsewhere; here a recording surface shows that drawing works. */
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double x, y, width, height;

  cdo_page_layout_draw_page (layout, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
  g_assert_cmpfloat (height, >, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_paginator (void)
{
  g_autoptr(CdoPageLayout) layout = cdo_page_layout_new (CDO_A4_WIDTH_PT, CDO_A4_HEIGHT_PT);
  static const double weights[] = { 1, 4 };
  static const char *const header[] = { "N.", "Nome" };
  CdoTable *table;
  int drawn = 0;
  guint n_pages;

  cdo_page_layout_set_footer (layout, "nota", "abc");
  cdo_page_layout_add_text (layout, CDO_TEXT_TITLE, "Titolo");
  table = cdo_page_layout_add_table (layout, CDO_TEXT_TABLE, 2, weights);
  cdo_table_set_header (table, header);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[] = { number, "Qualcuno" };

      cdo_table_add_row (table, cells);
    }
  /* Taller than any page: placed alone, overflowing, and pagination still ends. */
  cdo_page_layout_add_block (layout, 2000, draw_box_cb, &drawn, NULL);
  cdo_page_layout_add_text (layout, CDO_TEXT_BODY, "Fine.");

  n_pages = cdo_page_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 5);
  for (guint page = 0; page < n_pages; page++)
    draw_page (layout, page);
  g_assert_cmpint (drawn, ==, 1);
}

static void
test_paginator_tiny_paper (void)
{
  g_autoptr(CdoPageLayout) layout = cdo_page_layout_new (CDO_MM_TO_PT (50), CDO_MM_TO_PT (30));

  for (guint i = 0; i < 10; i++)
    cdo_page_layout_add_text (layout, CDO_TEXT_BODY, "Una riga di testo che va a capo più volte.");
  g_assert_cmpuint (cdo_page_layout_get_n_pages (layout), >=, 10);
  draw_page (layout, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/italian-text/dates", test_italian_dates);
  g_test_add_func ("/render/qr/draw", test_qr);
  g_test_add_func ("/render/symbol-image/states", test_symbols);
  g_test_add_func ("/render/page-layout/paginate", test_paginator);
  g_test_add_func ("/render/page-layout/tiny-paper", test_paginator_tiny_paper);
  return g_test_run ();
}
