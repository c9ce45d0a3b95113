/* cdo-district-view.c: the filings of one comune, as a sortable, searchable table
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per list (with its mayoral candidate), and one per mayoral candidacy filed
 * without a list. The pipeline is the usual one: a GListStore of CdoFilingItem, filtered
 * by the search (list, mayor and every candidate's name), sorted by the column the person
 * clicked (filing time first, as the secretary receives them), and a single selection
 * that tells the window which filing to open in the editor.
 */
#define G_LOG_DOMAIN "cdo-district-view"

#include <glib/gi18n.h>

#include "cdo-district-view.h"
#include "cdo-gtk-utils.h"
#include "cdo-incomplete-icon.h"

struct _CdoDistrictView
{
  GtkWidget            parent_instance;

  GListStore          *filings;
  CdoSnapshot         *snapshot;
  gint64               comune_row_id;

  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *filed_column;
  GtkColumnViewColumn *list_column;
  GtkColumnViewColumn *mayor_column;
  GtkColumnViewColumn *candidates_column;
  GtkFilterListModel  *filter_model;
  GtkStringFilter     *filter;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  AdwStatusPage       *empty_page;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CdoDistrictView, cdo_district_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
update_stack (CdoDistrictView *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "filings");
      return;
    }

  if (search[0] != '\0' && g_list_model_get_n_items (G_LIST_MODEL (self->filings)) > 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Filing Matches"));
      adw_status_page_set_description (self->empty_page,
                                       _("No list, mayoral candidate or candidate of this "
                                         "comune has that name."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "folder-documents-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Filings Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("When a list is handed in, press New Filing: the day "
                                         "and minute are taken at once."));
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
selection_notify_cb (CdoDistrictView *self)
{
  g_assert (CDO_IS_DISTRICT_VIEW (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
search_changed_cb (CdoDistrictView *self)
{
  g_assert (CDO_IS_DISTRICT_VIEW (self));

  update_stack (self);
}

static void
search_stop_cb (CdoDistrictView *self)
{
  g_assert (CDO_IS_DISTRICT_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
cdo_district_view_dispose (GObject *object)
{
  CdoDistrictView *self = CDO_DISTRICT_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CDO_TYPE_DISTRICT_VIEW);
  /* dispose_template() unparents only the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filings);
  g_clear_object (&self->snapshot);

  G_OBJECT_CLASS (cdo_district_view_parent_class)->dispose (object);
}

static void
cdo_district_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CdoDistrictView *self = CDO_DISTRICT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, cdo_district_view_get_selected (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_district_view_class_init (CdoDistrictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cdo_district_view_dispose;
  object_class->get_property = cdo_district_view_get_property;

  /* The filing chosen in the table, or NULL. */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, CDO_TYPE_FILING_ITEM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/cdo-district-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, stack);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, filed_column);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, list_column);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, mayor_column);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, candidates_column);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, filter);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, selection);
  gtk_widget_class_bind_template_child (widget_class, CdoDistrictView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cdo-district-view");

  g_type_ensure (CDO_TYPE_FILING_ITEM);
  g_type_ensure (CDO_TYPE_INCOMPLETE_ICON);
}

static GtkSorter *
string_sorter (const char *property)
{
  GtkExpression *expression = gtk_property_expression_new (CDO_TYPE_FILING_ITEM, NULL, property);
  GtkStringSorter *sorter = gtk_string_sorter_new (expression);

  gtk_string_sorter_set_ignore_case (sorter, TRUE);
  return GTK_SORTER (sorter);
}

static GtkSorter *
numeric_sorter (const char *property)
{
  GtkExpression *expression = gtk_property_expression_new (CDO_TYPE_FILING_ITEM, NULL, property);

  return GTK_SORTER (gtk_numeric_sorter_new (expression));
}

static void
cdo_district_view_init (CdoDistrictView *self)
{
  g_autoptr(GtkSorter) filed_sorter = numeric_sorter ("filed-sort");
  g_autoptr(GtkSorter) list_sorter = string_sorter ("list-name");
  g_autoptr(GtkSorter) mayor_sorter = string_sorter ("mayor-name");
  g_autoptr(GtkSorter) candidates_sorter = numeric_sorter ("n-candidates");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filings = g_list_store_new (CDO_TYPE_FILING_ITEM);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->filings));

  gtk_column_view_column_set_sorter (self->filed_column, filed_sorter);
  gtk_column_view_column_set_sorter (self->list_column, list_sorter);
  gtk_column_view_column_set_sorter (self->mayor_column, mayor_sorter);
  gtk_column_view_column_set_sorter (self->candidates_column, candidates_sorter);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  /* In the order the papers were handed in, as the secretary's register has them. */
  gtk_column_view_sort_by_column (self->column_view, self->filed_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_notify_cb), self, G_CONNECT_SWAPPED);
  update_stack (self);
}

GtkWidget *
cdo_district_view_new (void)
{
  return g_object_new (CDO_TYPE_DISTRICT_VIEW, NULL);
}

static CdoFilingItem *
find_item (GListModel *model,
           gint64      key,
           guint      *out_position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CdoFilingItem) item = g_list_model_get_item (model, i);

      if (cdo_filing_item_get_key (item) == key)
        {
          if (out_position != NULL)
            *out_position = i;
          return item;
        }
    }

  return NULL;
}

static void
add_or_update (CdoDistrictView  *self,
               GHashTable       *seen,
               CdoSnapshot      *snapshot,
               CdoComuneRecord  *comune,
               CdoCandidacy     *candidacy,
               CdoCandidateList *list)
{
  gint64 key = cdo_filing_key (candidacy, list);
  CdoFilingItem *item = find_item (G_LIST_MODEL (self->filings), key, NULL);

  if (item != NULL)
    cdo_filing_item_update (item, snapshot, comune, candidacy, list);
  else
    {
      g_autoptr(CdoFilingItem) created = cdo_filing_item_new (snapshot, comune, candidacy, list);

      g_list_store_append (self->filings, created);
    }

  g_hash_table_add (seen, g_memdup2 (&key, sizeof key));
}

void
cdo_district_view_set_comune (CdoDistrictView *self,
                              CdoSnapshot     *snapshot,
                              CdoComuneRecord *comune)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  CdoFilingItem *selected;
  gint64 selected_key = 0;

  g_return_if_fail (CDO_IS_DISTRICT_VIEW (self));
  g_return_if_fail (snapshot == NULL || CDO_IS_SNAPSHOT (snapshot));

  selected = cdo_district_view_get_selected (self);
  if (selected != NULL)
    selected_key = cdo_filing_item_get_key (selected);

  /* Another comune: start afresh, with nothing selected. */
  if (comune == NULL || snapshot == NULL || comune->row_id != self->comune_row_id)
    {
      g_list_store_remove_all (self->filings);
      selected_key = 0;
    }

  g_set_object (&self->snapshot, snapshot);
  self->comune_row_id = comune != NULL ? comune->row_id : 0;

  if (comune != NULL && snapshot != NULL)
    {
      for (guint i = 0; i < comune->candidacies->len; i++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, i);

          if (candidacy->lists->len == 0)
            add_or_update (self, seen, snapshot, comune, candidacy, NULL);
          for (guint j = 0; j < candidacy->lists->len; j++)
            add_or_update (self, seen, snapshot, comune, candidacy,
                           g_ptr_array_index (candidacy->lists, j));
        }
      for (guint j = 0; j < comune->lists->len; j++)
        add_or_update (self, seen, snapshot, comune, NULL, g_ptr_array_index (comune->lists, j));
    }

  /* Filings that are gone (an undo removed them). */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->filings)); i > 0; i--)
    {
      g_autoptr(CdoFilingItem) item = g_list_model_get_item (G_LIST_MODEL (self->filings), i - 1);
      gint64 key = cdo_filing_item_get_key (item);

      if (!g_hash_table_contains (seen, &key))
        g_list_store_remove (self->filings, i - 1);
    }

  /* Names and times may have changed: sort and filter again. */
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  if (selected_key == 0 || !cdo_district_view_select (self, selected_key))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  update_stack (self);
}

/**
 * cdo_district_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the filing chosen in the table
 */
CdoFilingItem *
cdo_district_view_get_selected (CdoDistrictView *self)
{
  g_return_val_if_fail (CDO_IS_DISTRICT_VIEW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
cdo_district_view_select (CdoDistrictView *self,
                          gint64           key)
{
  guint position;

  g_return_val_if_fail (CDO_IS_DISTRICT_VIEW (self), FALSE);

  if (find_item (G_LIST_MODEL (self->selection), key, &position) == NULL)
    return FALSE;

  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  cdo_column_view_scroll_to (self->column_view, position);
  return TRUE;
}

guint
cdo_district_view_get_n_shown (CdoDistrictView *self)
{
  g_return_val_if_fail (CDO_IS_DISTRICT_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

void
cdo_district_view_focus_search (CdoDistrictView *self)
{
  g_return_if_fail (CDO_IS_DISTRICT_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkColumnView *
cdo_district_view_get_column_view (CdoDistrictView *self)
{
  g_return_val_if_fail (CDO_IS_DISTRICT_VIEW (self), NULL);

  return self->column_view;
}
