/* cdo-page-layout.c: a small paginator for printed documents
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every block is measured once, as a "head" drawn at the top of each of its pieces (a
 * table's header) followed by units that never break (a paragraph's lines, a table's rows,
 * a drawn block as a whole). Pagination places runs of units on pages; drawing replays the
 * placements of one page.
 */
#define G_LOG_DOMAIN "cdo-page-layout"

#include <pango/pangocairo.h>

#include "cdo-page-layout-private.h"
#include "cdo-qr.h"

#define MARGIN_SIDE     CDO_MM_TO_PT (20.0)
#define MARGIN_TOP      CDO_MM_TO_PT (12.0)
#define HEADER_BAND     CDO_MM_TO_PT (9.0)
#define MARGIN_BOTTOM   CDO_MM_TO_PT (10.0)
#define QR_SIZE         CDO_MM_TO_PT (20.0)
#define FOOTER_GAP      CDO_MM_TO_PT (4.0)
#define NOTICE_PAD      6.0
#define ORPHAN_LINES    2
#define FAMILY          "DejaVu Sans, Sans"

typedef enum {
  BLOCK_TEXT,
  BLOCK_SPACE,
  BLOCK_TABLE,
  BLOCK_DRAWN,
} BlockKind;

static const struct {
  const char     *font;
  PangoAlignment  alignment;
  gboolean        justify;
  double          space_before;
  double          space_after;
  gboolean        keep_with_next;
} styles[] = {
  [CDO_TEXT_TITLE] = { FAMILY " Bold 13", PANGO_ALIGN_CENTER, FALSE, 0, 3, TRUE },
  [CDO_TEXT_SUBTITLE] = { FAMILY " 9.5", PANGO_ALIGN_CENTER, FALSE, 0, 2, TRUE },
  [CDO_TEXT_HEADING] = { FAMILY " Bold 9.5", PANGO_ALIGN_LEFT, FALSE, 12, 5, TRUE },
  /* Ragged right: pango does not hyphenate, and justified lines would gape. */
  [CDO_TEXT_BODY] = { FAMILY " 9.5", PANGO_ALIGN_LEFT, FALSE, 0, 6, FALSE },
  [CDO_TEXT_TABLE] = { FAMILY " 8", PANGO_ALIGN_LEFT, FALSE, 0, 0, FALSE },
  [CDO_TEXT_SMALL] = { FAMILY " 7.5", PANGO_ALIGN_LEFT, FALSE, 0, 4, FALSE },
  [CDO_TEXT_NOTICE] = { FAMILY " Bold 9.5", PANGO_ALIGN_LEFT, FALSE, 8, 8, FALSE },
};

typedef struct {
  BlockKind         kind;
  gboolean          keep_with_next;
  double            space_before;
  double            space_after;
  double            head;         /* drawn atop every piece */
  GArray           *edges;        /* double: n_units + 1 unit boundaries, from 0 */
  PangoLayout      *text;
  gboolean          framed;
  CdoTable         *table;
  CdoBlockDrawFunc  draw;
  gpointer          user_data;
  GDestroyNotify    destroy;
} Block;

typedef struct {
  guint  page;
  guint  block;
  guint  first;   /* units [first, last) */
  guint  last;
  double y;
} Placement;

struct _CdoPageLayout {
  double        width;
  double        height;
  double        content_top;
  double        content_bottom;
  PangoContext *context;
  GPtrArray    *blocks;        /* Block */
  char         *running_header;
  char         *footer;
  char         *qr_text;
  gboolean      paginated;
  GArray       *placements;    /* Placement, by page */
  guint         n_pages;
};

static double
block_units_height (Block *block,
                    guint  first,
                    guint  last)
{
  return g_array_index (block->edges, double, last) - g_array_index (block->edges, double, first);
}

static guint
block_n_units (Block *block)
{
  return block->edges->len - 1;
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_array_unref (block->edges);
  g_clear_object (&block->text);
  g_clear_pointer (&block->table, _cdo_table_free);
  if (block->destroy != NULL)
    block->destroy (block->user_data);
  g_free (block);
}

CdoPageLayout *
cdo_page_layout_new (double width_pt,
                     double height_pt)
{
  CdoPageLayout *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (width_pt > 2 * MARGIN_SIDE, NULL);
  g_return_val_if_fail (height_pt > 0, NULL);

  self = g_new0 (CdoPageLayout, 1);
  self->width = width_pt;
  self->height = height_pt;
  self->content_top = MARGIN_TOP + HEADER_BAND;
  self->content_bottom = height_pt - MARGIN_BOTTOM - QR_SIZE - FOOTER_GAP;
  /* A page too short for its footer still gets a line of content, overflowing: pagination
   * must end whatever the paper. */
  if (self->content_bottom < self->content_top + 12)
    self->content_bottom = self->content_top + 12;
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  /* Italian line breaking and hyphenation. */
  pango_context_set_language (self->context, pango_language_from_string ("it"));
  return self;
}

void
cdo_page_layout_free (CdoPageLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->placements);
  g_object_unref (self->context);
  g_free (self->running_header);
  g_free (self->footer);
  g_free (self->qr_text);
  g_free (self);
}

double
cdo_page_layout_get_content_width (CdoPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->width - 2 * MARGIN_SIDE;
}

PangoLayout *
cdo_page_layout_create_text (CdoPageLayout *self,
                             CdoTextStyle   style,
                             const char    *markup,
                             double         width)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *layout;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (style < G_N_ELEMENTS (styles), NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  layout = pango_layout_new (self->context);
  font = pango_font_description_from_string (styles[style].font);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, styles[style].alignment);
  pango_layout_set_justify (layout, styles[style].justify);
  pango_layout_set_line_spacing (layout, style == CDO_TEXT_BODY ? 1.2f : 0.0f);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

void
cdo_page_layout_set_running_header (CdoPageLayout *self,
                                    const char    *markup)
{
  g_return_if_fail (self != NULL);

  g_free (self->running_header);
  self->running_header = g_strdup (markup);
}

void
cdo_page_layout_set_footer (CdoPageLayout *self,
                            const char    *markup,
                            const char    *qr_text)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer);
  g_free (self->qr_text);
  self->footer = g_strdup (markup);
  self->qr_text = g_strdup (qr_text);
}

static Block *
append_block (CdoPageLayout *self,
              BlockKind      kind)
{
  Block *block = g_new0 (Block, 1);
  double zero = 0;

  g_assert (!self->paginated);

  block->kind = kind;
  block->edges = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_append_val (block->edges, zero);
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
add_edge (Block  *block,
          double  height)
{
  double last = g_array_index (block->edges, double, block->edges->len - 1);

  last += height;
  g_array_append_val (block->edges, last);
}

void
cdo_page_layout_add_text (CdoPageLayout *self,
                          CdoTextStyle   style,
                          const char    *markup)
{
  Block *block;
  double width;

  g_return_if_fail (self != NULL);
  g_return_if_fail (style < G_N_ELEMENTS (styles));
  g_return_if_fail (markup != NULL);
  g_return_if_fail (!self->paginated);

  block = append_block (self, BLOCK_TEXT);
  block->space_before = styles[style].space_before;
  block->space_after = styles[style].space_after;
  block->keep_with_next = styles[style].keep_with_next;
  block->framed = style == CDO_TEXT_NOTICE;
  width = cdo_page_layout_get_content_width (self) - (block->framed ? 2 * NOTICE_PAD : 0);
  block->text = cdo_page_layout_create_text (self, style, markup, width);

  if (block->framed)
    {
      int height;

      pango_layout_get_size (block->text, NULL, &height);
      add_edge (block, pango_units_to_double (height) + 2 * NOTICE_PAD);
    }
  else
    {
      PangoLayoutIter *iter = pango_layout_get_iter (block->text);

      /* Each line runs from its top to the next line's top (its bottom, for the last). */
      do
        {
          int top, bottom;
          double edge;

          pango_layout_iter_get_line_yrange (iter, &top, &bottom);
          g_array_index (block->edges, double, block->edges->len - 1) = pango_units_to_double (top);
          edge = pango_units_to_double (bottom);
          g_array_append_val (block->edges, edge);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

void
cdo_page_layout_add_space (CdoPageLayout *self,
                           double         points)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (points >= 0);
  g_return_if_fail (!self->paginated);

  block = append_block (self, BLOCK_SPACE);
  add_edge (block, points);
}

void
cdo_page_layout_add_block (CdoPageLayout    *self,
                           double            height,
                           CdoBlockDrawFunc  draw,
                           gpointer          user_data,
                           GDestroyNotify    destroy)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (height >= 0);
  g_return_if_fail (draw != NULL);
  g_return_if_fail (!self->paginated);

  block = append_block (self, BLOCK_DRAWN);
  block->draw = draw;
  block->user_data = user_data;
  block->destroy = destroy;
  add_edge (block, height);
}

void
cdo_page_layout_keep_with_next (CdoPageLayout *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->blocks->len > 0);

  ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->keep_with_next = TRUE;
}

CdoTable *
cdo_page_layout_add_table (CdoPageLayout *self,
                           CdoTextStyle   style,
                           guint          n_columns,
                           const double  *weights)
{
  Block *block;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (style < G_N_ELEMENTS (styles), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (!self->paginated, NULL);

  /* Measured when pagination starts, once every row is known. */
  block = append_block (self, BLOCK_TABLE);
  block->table = _cdo_table_new (self, style, n_columns, weights);
  block->space_after = 6;
  return block->table;
}

/* The least of @block that may open a page: two lines of a paragraph (all of it when
 * shorter), a table's header and first row, any other block whole. */
static guint
minimum_units (Block *block)
{
  guint n_units = block_n_units (block);

  if (block->kind == BLOCK_TEXT && !block->framed)
    return MIN (n_units, ORPHAN_LINES);
  return MIN (n_units, 1);
}

/* What must fit below the current position for block @i to start there (its own space
 * before excluded): its minimum, or, when it keeps with the next block, all of it and the
 * start of that one, along the whole chain of blocks that keep together. */
static double
start_height (CdoPageLayout *self,
              guint          i)
{
  Block *block = g_ptr_array_index (self->blocks, i);
  gboolean chained = i + 1 < self->blocks->len
                     && (block->keep_with_next || block->kind == BLOCK_SPACE);
  Block *next = chained ? g_ptr_array_index (self->blocks, i + 1) : NULL;

  if (next == NULL)
    return block->head + block_units_height (block, 0, minimum_units (block));
  return block->head + block_units_height (block, 0, block_n_units (block))
         + block->space_after + next->space_before + start_height (self, i + 1);
}

static void
paginate (CdoPageLayout *self)
{
  guint page = 0;
  double y = self->content_top;
  gboolean page_empty = TRUE;

  self->paginated = TRUE;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_TABLE)
        block->head = _cdo_table_measure (block->table, cdo_page_layout_get_content_width (self),
                                          block->edges);
    }
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      guint n_units = block_n_units (block);
      guint unit = 0;

      if (block->kind == BLOCK_SPACE)
        {
          if (!page_empty)
            y += block_units_height (block, 0, 1);
          continue;
        }
      if (!page_empty)
        y += block->space_before;

      while (unit < n_units)
        {
          double available = self->content_bottom - y - block->head;
          guint fit = unit;
          Placement placement;

          while (fit < n_units && block_units_height (block, unit, fit + 1) <= available)
            fit++;
          fit -= unit;

          /* A block starts on this page only with its first lines or rows, and a heading
           * only with the start of what it introduces. */
          if (unit == 0 && fit > 0 && y + start_height (self, i) > self->content_bottom)
            fit = 0;
          if (fit == 0 && !page_empty)
            {
              page++;
              y = self->content_top;
              page_empty = TRUE;
              continue;
            }
          /* Nothing fits even on an empty page: place one unit anyway, overflowing. */
          if (fit == 0)
            fit = 1;

          placement = (Placement) { page, i, unit, unit + fit, y };
          g_array_append_val (self->placements, placement);
          y += block->head + block_units_height (block, unit, unit + fit);
          page_empty = FALSE;
          unit += fit;
          if (unit < n_units)
            {
              page++;
              y = self->content_top;
              page_empty = TRUE;
            }
        }
      y += block->space_after;
    }
  self->n_pages = page + 1;
}

guint
cdo_page_layout_get_n_pages (CdoPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (!self->paginated)
    paginate (self);
  return self->n_pages;
}

static void
draw_text_lines (cairo_t     *cr,
                 Block       *block,
                 const Placement *placement,
                 double       x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->text);
  double origin = g_array_index (block->edges, double, placement->first);
  guint line = 0;

  do
    {
      if (line >= placement->first && line < placement->last)
        {
          PangoRectangle logical;
          double baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + pango_units_to_double (logical.x),
                         placement->y + baseline - origin);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < placement->last && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_footer (CdoPageLayout *self,
             cairo_t       *cr,
             guint          page)
{
  double top = self->height - MARGIN_BOTTOM - QR_SIZE;
  double left = MARGIN_SIDE;
  double right = self->width - MARGIN_SIDE;
  double text_right = right - (self->qr_text ? QR_SIZE + 6 : 0);
  g_autofree char *number = g_strdup_printf ("Pagina %u di %u", page + 1, self->n_pages);
  g_autoptr(PangoLayout) page_layout = NULL;
  int height;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, top - 2);
  cairo_line_to (cr, right, top - 2);
  cairo_stroke (cr);

  if (self->footer != NULL)
    {
      g_autoptr(PangoLayout) note = cdo_page_layout_create_text (self, CDO_TEXT_SMALL,
                                                                 self->footer,
                                                                 text_right - left);

      cairo_move_to (cr, left, top + 2);
      pango_cairo_show_layout (cr, note);
    }

  page_layout = cdo_page_layout_create_text (self, CDO_TEXT_TABLE, number, text_right - left);
  pango_layout_set_alignment (page_layout, PANGO_ALIGN_RIGHT);
  pango_layout_get_size (page_layout, NULL, &height);
  cairo_move_to (cr, left, top + QR_SIZE - pango_units_to_double (height));
  pango_cairo_show_layout (cr, page_layout);

  /* The QR code's own quiet zone is its margin; it ends flush with the text column. */
  if (self->qr_text != NULL)
    cdo_qr_draw (cr, self->qr_text, right - QR_SIZE, top, QR_SIZE);
}

static void
draw_running_header (CdoPageLayout *self,
                     cairo_t       *cr)
{
  g_autoptr(PangoLayout) header = NULL;
  double width = cdo_page_layout_get_content_width (self);
  double baseline = MARGIN_TOP + HEADER_BAND - 6;
  int height;

  header = cdo_page_layout_create_text (self, CDO_TEXT_SMALL, self->running_header, width);
  pango_layout_get_size (header, NULL, &height);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, MARGIN_SIDE, baseline - pango_units_to_double (height) - 1);
  pango_cairo_show_layout (cr, header);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, baseline);
  cairo_rel_line_to (cr, width, 0);
  cairo_stroke (cr);
}

void
cdo_page_layout_draw_page (CdoPageLayout *self,
                           cairo_t       *cr,
                           guint          page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (!self->paginated)
    paginate (self);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);
      Block *block = g_ptr_array_index (self->blocks, placement->block);

      if (placement->page != page)
        continue;
      cairo_save (cr);
      switch (block->kind)
        {
        case BLOCK_TEXT:
          if (block->framed)
            {
              cairo_set_line_width (cr, 1.2);
              cairo_rectangle (cr, MARGIN_SIDE, placement->y,
                               cdo_page_layout_get_content_width (self),
                               block_units_height (block, 0, 1));
              cairo_stroke (cr);
              cairo_move_to (cr, MARGIN_SIDE + NOTICE_PAD, placement->y + NOTICE_PAD);
              pango_cairo_show_layout (cr, block->text);
            }
          else
            draw_text_lines (cr, block, placement, MARGIN_SIDE);
          break;
        case BLOCK_TABLE:
          _cdo_table_draw (block->table, cr, MARGIN_SIDE, placement->y, block->head,
                           block->edges, placement->first, placement->last);
          break;
        case BLOCK_DRAWN:
          block->draw (cr, MARGIN_SIDE, placement->y, cdo_page_layout_get_content_width (self),
                       block_units_height (block, 0, 1), block->user_data);
          break;
        case BLOCK_SPACE:
        default:
          break;
        }
      cairo_restore (cr);
    }
  if (page > 0 && self->running_header != NULL)
    draw_running_header (self, cr);
  draw_footer (self, cr, page);
  cairo_restore (cr);
}
