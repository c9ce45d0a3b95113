/* cdo-symbol-image.c: a list symbol drawn from its bytes
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes come from a file someone else made, so they are checked before anything is
 * allocated for them: a size limit, PNG dimensions read from the header before decoding,
 * and a trial rendering of an SVG so that a broken one is found here and not half-way
 * through a page.
 */
#define G_LOG_DOMAIN "cdo-symbol-image"

#include <string.h>

#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "cdo-symbol-image.h"

#define MAX_SYMBOL_BYTES   (32 * 1024 * 1024)
/* A symbol scanned at 600 dpi and 10 cm is 2,400 pixels wide; this allows four times that
 * area and keeps a decoded image under 100 MB. */
#define MAX_PNG_PIXELS     (25 * 1000 * 1000)
#define MAX_PNG_SIDE       16384
#define PNG_SIGNATURE      "\x89PNG\r\n\x1a\n"
#define PNG_SIGNATURE_LEN  8

struct _CdoSymbolImage {
  CdoSymbolImageState  state;
  RsvgHandle          *svg;
  cairo_surface_t     *png;
};

typedef struct {
  const guint8 *data;
  gsize         length;
  gsize         offset;
} PngReader;

static cairo_status_t
png_read_cb (void          *closure,
             unsigned char *buffer,
             unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->length - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (buffer, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static cairo_surface_t *
load_png (const guint8 *data,
          gsize         length)
{
  PngReader reader = { data, length, 0 };
  cairo_surface_t *surface;
  guint32 width, height;

  /* Signature, then the IHDR chunk: length, "IHDR", width, height. */
  if (length < 24 || memcmp (data + 12, "IHDR", 4) != 0)
    return NULL;
  width = read_be32 (data + 16);
  height = read_be32 (data + 20);
  if (width == 0 || height == 0 || width > MAX_PNG_SIDE || height > MAX_PNG_SIDE
      || (guint64) width * height > MAX_PNG_PIXELS)
    return NULL;

  surface = cairo_image_surface_create_from_png_stream (png_read_cb, &reader);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

static RsvgHandle *
load_svg (const guint8 *data,
          gsize         length)
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  cairo_surface_t *trial;
  cairo_t *cr;
  RsvgRectangle viewport = { 0, 0, 32, 32 };
  gboolean rendered;

  /* No base file: librsvg then refuses every reference to another file or URL. */
  handle = rsvg_handle_new_from_data (data, length, &error);
  if (handle == NULL)
    {
      g_debug ("unreadable SVG symbol: %s", error->message);
      return NULL;
    }
  rsvg_handle_set_dpi (handle, 72.0);

  trial = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 32, 32);
  cr = cairo_create (trial);
  rendered = rsvg_handle_render_document (handle, cr, &viewport, &error);
  cairo_destroy (cr);
  cairo_surface_destroy (trial);
  if (!rendered)
    {
      g_debug ("SVG symbol does not render: %s", error->message);
      g_object_unref (handle);
      return NULL;
    }
  return handle;
}

CdoSymbolImage *
cdo_symbol_image_new (GBytes     *data,
                      const char *media_type)
{
  CdoSymbolImage *self = g_new0 (CdoSymbolImage, 1);
  const guint8 *bytes;
  gsize length = 0;
  gboolean is_png;

  if (data == NULL || g_bytes_get_size (data) == 0)
    {
      self->state = CDO_SYMBOL_IMAGE_MISSING;
      return self;
    }

  bytes = g_bytes_get_data (data, &length);
  is_png = length >= PNG_SIGNATURE_LEN && memcmp (bytes, PNG_SIGNATURE, PNG_SIGNATURE_LEN) == 0;
  /* The bytes decide between PNG and SVG; a PNG media type on other bytes is unreadable. */
  if (length <= MAX_SYMBOL_BYTES && is_png)
    self->png = load_png (bytes, length);
  else if (length <= MAX_SYMBOL_BYTES
           && (media_type == NULL || g_str_equal (media_type, "image/svg+xml")))
    self->svg = load_svg (bytes, length);

  self->state = self->png || self->svg ? CDO_SYMBOL_IMAGE_PRESENT : CDO_SYMBOL_IMAGE_UNREADABLE;
  return self;
}

void
cdo_symbol_image_free (CdoSymbolImage *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->svg);
  g_clear_pointer (&self->png, cairo_surface_destroy);
  g_free (self);
}

CdoSymbolImageState
cdo_symbol_image_get_state (CdoSymbolImage *self)
{
  g_return_val_if_fail (self != NULL, CDO_SYMBOL_IMAGE_MISSING);

  return self->state;
}

const char *
cdo_symbol_image_get_note (CdoSymbolImage *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->state)
    {
    case CDO_SYMBOL_IMAGE_MISSING:
      return "contrassegno non presentato";
    case CDO_SYMBOL_IMAGE_UNREADABLE:
      return "contrassegno non leggibile";
    case CDO_SYMBOL_IMAGE_PRESENT:
    default:
      return NULL;
    }
}

static void
draw_svg (RsvgHandle *handle,
          cairo_t    *cr,
          double      x,
          double      y,
          double      side)
{
  g_autoptr(GError) error = NULL;
  RsvgRectangle viewport = { x, y, side, side };
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;
  double pixel_width, pixel_height;

  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &width, &has_height, &height,
                                        &has_viewbox, &viewbox);
  /* With a viewBox librsvg scales the drawing into the viewport itself; without one the web
   * rules draw it at its own size, so it is scaled here from its size in pixels. */
  if (!has_viewbox
      && rsvg_handle_get_intrinsic_size_in_pixels (handle, &pixel_width, &pixel_height)
      && pixel_width > 0 && pixel_height > 0)
    {
      double scale = side / MAX (pixel_width, pixel_height);

      cairo_translate (cr, x + (side - pixel_width * scale) / 2,
                       y + (side - pixel_height * scale) / 2);
      cairo_scale (cr, scale, scale);
      viewport = (RsvgRectangle) { 0, 0, pixel_width, pixel_height };
    }
  if (!rsvg_handle_render_document (handle, cr, &viewport, &error))
    g_debug ("SVG symbol failed to render: %s", error->message);
}

static void
draw_png (cairo_surface_t *surface,
          cairo_t         *cr,
          double           x,
          double           y,
          double           side)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  double scale = side / MAX (width, height);

  cairo_translate (cr, x + (side - width * scale) / 2, y + (side - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
}

static void
draw_note (const char *note,
           cairo_t    *cr,
           double      cx,
           double      cy,
           double      diameter)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("DejaVu Sans, Sans Italic 7");
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, pango_units_from_double (diameter * 0.7));
  pango_layout_set_text (layout, note, -1);
  pango_layout_get_size (layout, &width, &height);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, cx - pango_units_to_double (width) / 2,
                 cy - pango_units_to_double (height) / 2);
  pango_cairo_show_layout (cr, layout);
}

void
cdo_symbol_image_draw (CdoSymbolImage *self,
                       cairo_t        *cr,
                       double          cx,
                       double          cy,
                       double          diameter)
{
  double radius = diameter / 2;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (diameter > 0);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_clip (cr);
  if (self->svg != NULL)
    draw_svg (self->svg, cr, cx - radius, cy - radius, diameter);
  else if (self->png != NULL)
    draw_png (self->png, cr, cx - radius, cy - radius, diameter);
  cairo_restore (cr);

  if (self->state != CDO_SYMBOL_IMAGE_PRESENT)
    {
      cairo_save (cr);
      draw_note (cdo_symbol_image_get_note (self), cr, cx, cy, diameter);
      cairo_restore (cr);
    }

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}
