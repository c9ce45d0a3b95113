/* cdo-qr.h: a QR code drawn with cairo
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every printed document carries the journal head (the hex SHA-256 of the store's journal)
 * as a QR code, so that a paper copy can be matched to the state of the district file.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Draws @text (8-bit mode, error correction M) as a black-on-white square of @size points
 * with its top-left corner at @x, @y, the four-module quiet zone included. FALSE, drawing
 * nothing, when the text cannot be encoded (empty, or longer than a QR code holds). */
gboolean cdo_qr_draw (cairo_t    *cr,
                      const char *text,
                      double      x,
                      double      y,
                      double      size);

G_END_DECLS
