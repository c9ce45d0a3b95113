/* cdo-qr.c: a QR code drawn with cairo from libqrencode
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cdo-qr"

#include <qrencode.h>

#include "cdo-qr.h"

#define QUIET_ZONE 4  /* modules of white around the symbol, as ISO/IEC 18004 asks */

static void
qrcode_free (QRcode *code)
{
  QRcode_free (code);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QRcode, qrcode_free)

gboolean
cdo_qr_draw (cairo_t    *cr,
             const char *text,
             double      x,
             double      y,
             double      size)
{
  g_autoptr(QRcode) code = NULL;
  double module;
  int modules;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (size > 0, FALSE);

  if (text == NULL || *text == '\0')
    return FALSE;
  /* Case-sensitive 8-bit mode: the code holds the hash exactly as printed beside it. */
  code = QRcode_encodeString8bit (text, 0, QR_ECLEVEL_M);
  if (code == NULL)
    return FALSE;

  modules = code->width + 2 * QUIET_ZONE;
  module = size / modules;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  /* Runs of dark modules on a row become one rectangle: fewer PDF operators, and no
   * hairline seams between neighbours in viewers that anti-alias each rectangle. */
  for (int row = 0; row < code->width; row++)
    {
      const unsigned char *line = code->data + (gsize) row * (gsize) code->width;
      int col = 0;

      while (col < code->width)
        {
          int start;

          if ((line[col] & 1) == 0)
            {
              col++;
              continue;
            }
          start = col;
          while (col < code->width && (line[col] & 1) != 0)
            col++;
          cairo_rectangle (cr,
                           x + (QUIET_ZONE + start) * module,
                           y + (QUIET_ZONE + row) * module,
                           (col - start) * module,
                           module);
        }
    }
  cairo_fill (cr);
  cairo_restore (cr);
  return TRUE;
}
