/* cdo-page-table.c: tables for the paginator
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Columns are sized from their content, as browsers size automatic tables: every column
 * gets at least its widest word, then the space left goes to the columns that want more,
 * in proportion to how much more they want; when everything fits on one line, the spare
 * width is shared by the columns' weights. Cells are laid out once, at measuring.
 */
#define G_LOG_DOMAIN "cdo-page-layout"

#include <pango/pangocairo.h>

#include "cdo-page-layout-private.h"

#define CELL_PAD_X 3.0
#define CELL_PAD_Y 2.2

struct _CdoTable {
  CdoPageLayout  *layout;
  CdoTextStyle    style;
  guint           n_columns;
  double         *weights;
  double         *x;           /* n_columns + 1 column edges, from the table's left */
  PangoAlignment *alignments;
  guint          *groups;      /* columns with the same non-zero group share one width */
  GStrv           header;      /* markup, NULL without a header */
  GPtrArray      *rows;        /* GStrv of markup */
  GPtrArray      *header_cells;/* PangoLayout, after measuring */
  GPtrArray      *row_cells;   /* GPtrArray of PangoLayout, after measuring */
};

CdoTable *
_cdo_table_new (CdoPageLayout *layout,
                CdoTextStyle   style,
                guint          n_columns,
                const double  *weights)
{
  CdoTable *table = g_new0 (CdoTable, 1);

  table->layout = layout;
  table->style = style;
  table->n_columns = n_columns;
  table->weights = g_new0 (double, n_columns);
  table->x = g_new0 (double, n_columns + 1);
  table->alignments = g_new0 (PangoAlignment, n_columns);
  table->groups = g_new0 (guint, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      table->weights[i] = MAX (weights[i], 0);
      table->alignments[i] = PANGO_ALIGN_LEFT;
    }
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->header_cells = g_ptr_array_new_with_free_func (g_object_unref);
  table->row_cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return table;
}

void
_cdo_table_free (CdoTable *table)
{
  g_free (table->weights);
  g_free (table->x);
  g_free (table->alignments);
  g_free (table->groups);
  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_ptr_array_unref (table->header_cells);
  g_ptr_array_unref (table->row_cells);
  g_free (table);
}

void
cdo_table_set_alignment (CdoTable       *table,
                         guint           column,
                         PangoAlignment  alignment)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  table->alignments[column] = alignment;
}

void
cdo_table_set_equal_widths (CdoTable *table,
                            guint     first_column,
                            guint     n_columns)
{
  guint group = 1;

  g_return_if_fail (table != NULL);
  g_return_if_fail (first_column + n_columns <= table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    group = MAX (group, table->groups[i] + 1);
  for (guint i = first_column; i < first_column + n_columns; i++)
    table->groups[i] = group;
}

static GStrv
copy_cells (CdoTable          *table,
            const char *const *cells)
{
  GStrv copy = g_new0 (char *, table->n_columns + 1);

  for (guint i = 0; i < table->n_columns; i++)
    copy[i] = g_strdup (cells[i] ? cells[i] : "");
  return copy;
}

void
cdo_table_set_header (CdoTable          *table,
                      const char *const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);
  g_return_if_fail (table->header == NULL);

  table->header = copy_cells (table, cells);
}

void
cdo_table_add_row (CdoTable          *table,
                   const char *const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  g_ptr_array_add (table->rows, copy_cells (table, cells));
}

static PangoLayout *
create_cell (CdoTable   *table,
             const char *markup,
             guint       column,
             gboolean    bold,
             double      width)
{
  PangoLayout *cell = cdo_page_layout_create_text (table->layout, table->style, markup, width);

  pango_layout_set_alignment (cell, table->alignments[column]);
  if (bold)
    {
      PangoFontDescription *font;

      font = pango_font_description_copy (pango_layout_get_font_description (cell));
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (cell, font);
      pango_font_description_free (font);
    }
  return cell;
}

/* The cell's width on one line, and its widest word, measured with @scratch (a layout of
 * the table's font, reused: creating one per cell would cost more than measuring). */
static void
measure_cell (PangoLayout *scratch,
              const char  *markup,
              double      *natural,
              double      *minimum)
{
  PangoRectangle logical;

  pango_layout_set_markup (scratch, markup, -1);
  pango_layout_set_width (scratch, 1);
  pango_layout_get_extents (scratch, NULL, &logical);
  *minimum = MAX (*minimum, pango_units_to_double (logical.width) + 2 * CELL_PAD_X);
  pango_layout_set_width (scratch, -1);
  pango_layout_get_extents (scratch, NULL, &logical);
  *natural = MAX (*natural, pango_units_to_double (logical.width) + 2 * CELL_PAD_X);
}

static void
size_columns (CdoTable *table,
              double    width)
{
  g_autofree double *natural = g_new0 (double, table->n_columns);
  g_autofree double *minimum = g_new0 (double, table->n_columns);
  g_autofree double *sizes = g_new0 (double, table->n_columns);
  g_autoptr(PangoLayout) plain = create_cell (table, "", 0, FALSE, 1);
  g_autoptr(PangoLayout) bold = create_cell (table, "", 0, TRUE, 1);
  double total_natural = 0, total_minimum = 0, total_weight = 0;

  pango_layout_set_wrap (plain, PANGO_WRAP_WORD);
  pango_layout_set_wrap (bold, PANGO_WRAP_WORD);

  for (guint i = 0; i < table->n_columns; i++)
    {
      double header_natural = 0;

      /* A header may wrap: it asks for its widest word, not for its whole line. */
      if (table->header != NULL)
        measure_cell (bold, table->header[i], &header_natural, &minimum[i]);
      for (guint row = 0; row < table->rows->len; row++)
        measure_cell (plain, ((GStrv) g_ptr_array_index (table->rows, row))[i],
                      &natural[i], &minimum[i]);
      natural[i] = MAX (natural[i], minimum[i]);
    }
  /* Columns of a group take the widest one's measures (and must share one weight). */
  for (guint i = 0; i < table->n_columns; i++)
    for (guint j = 0; j < table->n_columns && table->groups[i] != 0; j++)
      if (table->groups[j] == table->groups[i])
        {
          natural[i] = MAX (natural[i], natural[j]);
          minimum[i] = MAX (minimum[i], minimum[j]);
        }
  for (guint i = 0; i < table->n_columns; i++)
    {
      total_natural += natural[i];
      total_minimum += minimum[i];
      total_weight += table->weights[i];
    }

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (total_natural <= width)
        sizes[i] = natural[i] + (width - total_natural)
                                * (total_weight > 0 ? table->weights[i] / total_weight
                                                    : 1.0 / table->n_columns);
      else if (total_minimum <= width)
        sizes[i] = minimum[i] + (width - total_minimum) * (natural[i] - minimum[i])
                                / (total_natural - total_minimum);
      else
        /* Even the widest words do not fit: shrink them all alike, words will break. */
        sizes[i] = minimum[i] * width / total_minimum;
      table->x[i + 1] = table->x[i] + sizes[i];
    }
}

static double
lay_out_row (CdoTable  *table,
             GStrv      markup,
             gboolean   bold,
             GPtrArray *cells)
{
  double height = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      PangoLayout *cell = create_cell (table, markup[i], i, bold,
                                       table->x[i + 1] - table->x[i] - 2 * CELL_PAD_X);
      int cell_height;

      pango_layout_get_size (cell, NULL, &cell_height);
      height = MAX (height, pango_units_to_double (cell_height));
      g_ptr_array_add (cells, cell);
    }
  return height + 2 * CELL_PAD_Y;
}

double
_cdo_table_measure (CdoTable *table,
                    double    width,
                    GArray   *edges)
{
  double head = 0;
  double edge = 0;

  size_columns (table, width);
  if (table->header != NULL)
    head = lay_out_row (table, table->header, TRUE, table->header_cells);
  for (guint row = 0; row < table->rows->len; row++)
    {
      GPtrArray *cells = g_ptr_array_new_with_free_func (g_object_unref);

      edge += lay_out_row (table, g_ptr_array_index (table->rows, row), FALSE, cells);
      g_array_append_val (edges, edge);
      g_ptr_array_add (table->row_cells, cells);
    }
  return head;
}

static void
draw_row (cairo_t   *cr,
          CdoTable  *table,
          GPtrArray *cells,
          double     x,
          double     y)
{
  for (guint i = 0; i < cells->len; i++)
    {
      cairo_move_to (cr, x + table->x[i] + CELL_PAD_X, y + CELL_PAD_Y);
      pango_cairo_show_layout (cr, g_ptr_array_index (cells, i));
    }
}

void
_cdo_table_draw (CdoTable     *table,
                 cairo_t      *cr,
                 double        x,
                 double        y,
                 double        head,
                 const GArray *edges,
                 guint         first,
                 guint         last)
{
  double width = table->x[table->n_columns];
  double top = y;
  double bottom = y + head + g_array_index (edges, double, last) - g_array_index (edges, double, first);

  /* Shading and text first, then every rule in one stroke on top. */
  if (table->header_cells->len > 0)
    {
      cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
      cairo_rectangle (cr, x, y, width, head);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_row (cr, table, table->header_cells, x, y);
      y += head;
    }
  for (guint row = first; row < last; row++)
    {
      double height = g_array_index (edges, double, row + 1) - g_array_index (edges, double, row);

      /* Light bands every other row help the eye along a wide row. */
      if (row % 2 == 1)
        {
          cairo_set_source_rgb (cr, 0.955, 0.955, 0.955);
          cairo_rectangle (cr, x, y, width, height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_row (cr, table, g_ptr_array_index (table->row_cells, row), x, y);
      y += height;
    }

  cairo_new_path (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, top, width, bottom - top);
  y = top + head;
  for (guint row = first; row < last; row++)
    {
      cairo_move_to (cr, x, y);
      cairo_rel_line_to (cr, width, 0);
      y += g_array_index (edges, double, row + 1) - g_array_index (edges, double, row);
    }
  for (guint i = 1; i < table->n_columns; i++)
    {
      cairo_move_to (cr, x + table->x[i], top);
      cairo_line_to (cr, x + table->x[i], bottom);
    }
  cairo_stroke (cr);
}
