/* cdo-page-layout.h: a small paginator for printed documents
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is a column of blocks (paragraphs, tables, drawn blocks) laid out with pango
 * on pages of a given size, in points. Paragraphs break between lines and keep at least
 * two lines together; tables break between rows and repeat their header on every page;
 * headings stay with what follows. Every page has the same footer (a note, the page number
 * "Pagina x di y" and a QR code) and, from the second page on, a running header.
 *
 * Text is measured without hinting, at 72 points per inch, so that the same blocks fall on
 * the same pages whichever cairo surface draws them: a PDF file or a printer's context.
 * Markup is pango markup: escape what comes from people with g_markup_printf_escaped().
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define CDO_MM_TO_PT(mm) ((mm) * 72.0 / 25.4)
#define CDO_A4_WIDTH_PT  CDO_MM_TO_PT (210.0)
#define CDO_A4_HEIGHT_PT CDO_MM_TO_PT (297.0)

typedef enum {
  CDO_TEXT_TITLE,     /* large, bold, centred */
  CDO_TEXT_SUBTITLE,  /* centred */
  CDO_TEXT_HEADING,   /* bold; stays on the page of the block that follows */
  CDO_TEXT_BODY,      /* justified */
  CDO_TEXT_TABLE,     /* table cells and short facts */
  CDO_TEXT_SMALL,     /* notes, legends, the footer */
  CDO_TEXT_NOTICE,    /* bold in a frame; never broken across pages */
} CdoTextStyle;

typedef struct _CdoPageLayout CdoPageLayout;
typedef struct _CdoTable CdoTable;

/* Draws an unbreakable block into the box @x, @y, @width × @height (points). */
typedef void (*CdoBlockDrawFunc) (cairo_t  *cr,
                                  double    x,
                                  double    y,
                                  double    width,
                                  double    height,
                                  gpointer  user_data);

CdoPageLayout *cdo_page_layout_new               (double          width_pt,
                                                  double          height_pt) G_GNUC_WARN_UNUSED_RESULT;
void           cdo_page_layout_free              (CdoPageLayout  *self);

double         cdo_page_layout_get_content_width (CdoPageLayout  *self);
/* A layout in the document's fonts, @width points wide, for drawn blocks to measure and
 * show text with; the caller owns it. */
PangoLayout   *cdo_page_layout_create_text       (CdoPageLayout  *self,
                                                  CdoTextStyle    style,
                                                  const char     *markup,
                                                  double          width) G_GNUC_WARN_UNUSED_RESULT;

/* Shown at the top of every page but the first. */
void           cdo_page_layout_set_running_header (CdoPageLayout *self,
                                                   const char    *markup);
/* @markup on the left of every page's footer, "Pagina x di y" and, when @qr_text is not
 * NULL, its QR code on the right. */
void           cdo_page_layout_set_footer        (CdoPageLayout  *self,
                                                  const char     *markup,
                                                  const char     *qr_text);

void           cdo_page_layout_add_text          (CdoPageLayout  *self,
                                                  CdoTextStyle    style,
                                                  const char     *markup);
/* Vertical space; dropped at the top of a page. */
void           cdo_page_layout_add_space         (CdoPageLayout  *self,
                                                  double          points);
void           cdo_page_layout_add_block         (CdoPageLayout  *self,
                                                  double          height,
                                                  CdoBlockDrawFunc draw,
                                                  gpointer        user_data,
                                                  GDestroyNotify  destroy);
/* The block added last starts a page only together with the beginning of the next one. */
void           cdo_page_layout_keep_with_next    (CdoPageLayout  *self);
/* A table as wide as the content. Each column gets its widest word at least, and as much
 * of its one-line width as fits; width left over when every cell fits on one line goes to
 * the columns in proportion to @weights (0: none). The table belongs to the layout. */
CdoTable      *cdo_page_layout_add_table         (CdoPageLayout  *self,
                                                  CdoTextStyle    style,
                                                  guint           n_columns,
                                                  const double   *weights);
void           cdo_table_set_alignment           (CdoTable       *table,
                                                  guint           column,
                                                  PangoAlignment  alignment);
/* The columns [@first_column, @first_column + @n_columns) get one width, the widest's;
 * give them the same weight. */
void           cdo_table_set_equal_widths        (CdoTable       *table,
                                                  guint           first_column,
                                                  guint           n_columns);
/* @cells holds one markup string per column. */
void           cdo_table_set_header              (CdoTable           *table,
                                                  const char *const  *cells);
void           cdo_table_add_row                 (CdoTable           *table,
                                                  const char *const  *cells);

/* Pagination happens on the first of these calls; add nothing after it. */
guint          cdo_page_layout_get_n_pages       (CdoPageLayout  *self);
/* @page counts from 0, as GtkPrintOperation::draw-page does. */
void           cdo_page_layout_draw_page         (CdoPageLayout  *self,
                                                  cairo_t        *cr,
                                                  guint           page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoPageLayout, cdo_page_layout_free)

G_END_DECLS
