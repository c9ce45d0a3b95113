/* cdo-pdf-writer.h: saving drawn pages as a PDF file, all or nothing
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages go to a temporary file beside the target, which is synced and then renamed
 * over it: a failed or interrupted save never leaves a half-written document, and never
 * damages an earlier copy.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef void (*CdoPdfDrawPageFunc) (cairo_t  *cr,
                                    guint     page,
                                    gpointer  user_data);

typedef struct {
  const char *title;
  const char *author;
  const char *subject;
  GDateTime  *created;   /* may be NULL */
} CdoPdfMetadata;

/* Errors are in the G_IO_ERROR domain, with a message for people. */
gboolean cdo_pdf_write (const char            *path,
                        double                 width_pt,
                        double                 height_pt,
                        guint                  n_pages,
                        CdoPdfDrawPageFunc     draw_page,
                        gpointer               user_data,
                        const CdoPdfMetadata  *metadata,
                        GError               **error);

G_END_DECLS
