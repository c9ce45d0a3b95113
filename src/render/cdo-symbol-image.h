/* cdo-symbol-image.h: a list symbol (contrassegno) read from its bytes and drawn in a circle
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The symbol comes from the dossier: SVG (drawn through librsvg, with no access to other
 * files or the network) or PNG (through cairo). It is fitted into a circle, as on the
 * ballot (30 mm). A missing or unreadable image is never an error: the circle is drawn
 * empty with "contrassegno non presentato" or "contrassegno non leggibile" inside.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define CDO_SYMBOL_DIAMETER_MM 30.0

typedef enum {
  CDO_SYMBOL_IMAGE_PRESENT,
  CDO_SYMBOL_IMAGE_MISSING,     /* no bytes */
  CDO_SYMBOL_IMAGE_UNREADABLE,  /* bytes that are neither a readable SVG nor PNG, or too big */
} CdoSymbolImageState;

typedef struct _CdoSymbolImage CdoSymbolImage;

/* Never NULL. @data may be NULL (missing); @media_type ("image/svg+xml", "image/png") may
 * be NULL, the bytes then decide. */
CdoSymbolImage      *cdo_symbol_image_new       (GBytes         *data,
                                                 const char     *media_type) G_GNUC_WARN_UNUSED_RESULT;
void                 cdo_symbol_image_free      (CdoSymbolImage *self);
CdoSymbolImageState  cdo_symbol_image_get_state (CdoSymbolImage *self);
/* The Italian words printed in place of a missing or unreadable symbol; NULL when present. */
const char          *cdo_symbol_image_get_note  (CdoSymbolImage *self);
/* Draws the symbol fitted into the circle of @diameter points centred on @cx, @cy, clipped
 * to it, with the circle's outline. */
void                 cdo_symbol_image_draw      (CdoSymbolImage *self,
                                                 cairo_t        *cr,
                                                 double          cx,
                                                 double          cy,
                                                 double          diameter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoSymbolImage, cdo_symbol_image_free)

G_END_DECLS
