/* cdo-filing-item.c: one filing (a list with its mayoral candidacy) as a list item
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filings table shows these: every column reads a property, so that sorters and the
 * search filter work on expressions. The item points into a snapshot and keeps it alive;
 * after an edit the window hands it the same filing in the new snapshot, and the item
 * notifies its properties, so that the table keeps its selection and scroll position.
 */
#define G_LOG_DOMAIN "cdo-filing-item"

#include <glib/gi18n.h>

#include "cdo-filing-item.h"
#include "cdo-format.h"

struct _CdoFilingItem
{
  GObject           parent_instance;

  CdoSnapshot      *snapshot;
  CdoComuneRecord  *comune;
  CdoCandidacy     *candidacy;
  CdoCandidateList *list;

  char             *list_name;
  char             *mayor_name;
  char             *filed_text;
  char             *search_text;
  char             *incomplete_text;
  gboolean          late;
};

enum {
  PROP_0,
  PROP_KEY,
  PROP_LIST_NAME,
  PROP_MAYOR_NAME,
  PROP_FILED_TEXT,
  PROP_FILED_SORT,
  PROP_N_CANDIDATES,
  PROP_LATE,
  PROP_STATUS,
  PROP_SEARCH_TEXT,
  PROP_INCOMPLETE_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CdoFilingItem, cdo_filing_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
compute (CdoFilingItem *self)
{
  GString *search = g_string_new (NULL);

  g_clear_pointer (&self->list_name, g_free);
  g_clear_pointer (&self->mayor_name, g_free);
  g_clear_pointer (&self->filed_text, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->incomplete_text, g_free);

  if (self->list != NULL && self->list->name != NULL && self->list->name[0] != '\0')
    self->list_name = g_strdup (self->list->name);
  else if (self->list != NULL)
    self->list_name = g_strdup (_("(list without a name)"));
  else
    self->list_name = g_strdup (_("(no list)"));

  if (self->candidacy != NULL && self->candidacy->mayor != NULL)
    self->mayor_name = cdo_format_person (self->candidacy->mayor->surname,
                                          self->candidacy->mayor->given_names);
  else
    self->mayor_name = g_strdup ("");

  if (self->list != NULL && self->list->has_filed)
    self->filed_text = cdo_format_filing_time (&self->list->filed);
  else
    self->filed_text = g_strdup ("");

  /* What the search finds: the list, the mayor and every candidate. */
  g_string_append_printf (search, "%s\n%s", self->list_name, self->mayor_name);
  if (self->list != NULL)
    for (guint i = 0; i < self->list->candidates->len; i++)
      {
        CdoCandidate *candidate = g_ptr_array_index (self->list->candidates, i);
        g_autofree char *name = cdo_format_person (candidate->surname, candidate->given_names);

        g_string_append_printf (search, "\n%s", name);
      }
  self->search_text = g_string_free (search, FALSE);

  self->late = cdo_snapshot_is_late (self->snapshot, self->comune, self->candidacy, self->list,
                                     NULL);
  self->incomplete_text = cdo_snapshot_describe_incomplete (self->candidacy, self->list);
}

static void
cdo_filing_item_finalize (GObject *object)
{
  CdoFilingItem *self = CDO_FILING_ITEM (object);

  g_clear_object (&self->snapshot);
  g_clear_pointer (&self->list_name, g_free);
  g_clear_pointer (&self->mayor_name, g_free);
  g_clear_pointer (&self->filed_text, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->incomplete_text, g_free);

  G_OBJECT_CLASS (cdo_filing_item_parent_class)->finalize (object);
}

static void
cdo_filing_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CdoFilingItem *self = CDO_FILING_ITEM (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_int64 (value, cdo_filing_item_get_key (self));
      break;

    case PROP_LIST_NAME:
      g_value_set_string (value, self->list_name);
      break;

    case PROP_MAYOR_NAME:
      g_value_set_string (value, self->mayor_name);
      break;

    case PROP_FILED_TEXT:
      g_value_set_string (value, self->filed_text);
      break;

    case PROP_FILED_SORT:
      g_value_set_int64 (value, self->list != NULL && self->list->has_filed
                                ? cdo_format_filing_sort_key (&self->list->filed)
                                : G_MAXINT64);
      break;

    case PROP_N_CANDIDATES:
      g_value_set_uint (value, self->list != NULL ? self->list->candidates->len : 0);
      break;

    case PROP_LATE:
      g_value_set_boolean (value, self->late);
      break;

    case PROP_STATUS:
      /* Translators: a badge on a filing made after the filing window closed. */
      g_value_set_string (value, self->late ? _("Late") : "");
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    case PROP_INCOMPLETE_TEXT:
      g_value_set_string (value, self->incomplete_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_filing_item_class_init (CdoFilingItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cdo_filing_item_finalize;
  object_class->get_property = cdo_filing_item_get_property;

  properties[PROP_KEY] =
    g_param_spec_int64 ("key", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LIST_NAME] =
    g_param_spec_string ("list-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MAYOR_NAME] =
    g_param_spec_string ("mayor-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILED_TEXT] =
    g_param_spec_string ("filed-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILED_SORT] =
    g_param_spec_int64 ("filed-sort", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_CANDIDATES] =
    g_param_spec_uint ("n-candidates", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LATE] =
    g_param_spec_boolean ("late", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* What keeps the filing out of an export ("Incomplete: …"), or NULL. */
  properties[PROP_INCOMPLETE_TEXT] =
    g_param_spec_string ("incomplete-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cdo_filing_item_init (CdoFilingItem *self)
{
}

CdoFilingItem *
cdo_filing_item_new (CdoSnapshot      *snapshot,
                     CdoComuneRecord  *comune,
                     CdoCandidacy     *candidacy,
                     CdoCandidateList *list)
{
  CdoFilingItem *self;

  g_return_val_if_fail (CDO_IS_SNAPSHOT (snapshot), NULL);
  g_return_val_if_fail (comune != NULL, NULL);
  g_return_val_if_fail (candidacy != NULL || list != NULL, NULL);

  self = g_object_new (CDO_TYPE_FILING_ITEM, NULL);
  self->snapshot = g_object_ref (snapshot);
  self->comune = comune;
  self->candidacy = candidacy;
  self->list = list;
  compute (self);
  return self;
}

void
cdo_filing_item_update (CdoFilingItem    *self,
                        CdoSnapshot      *snapshot,
                        CdoComuneRecord  *comune,
                        CdoCandidacy     *candidacy,
                        CdoCandidateList *list)
{
  g_return_if_fail (CDO_IS_FILING_ITEM (self));
  g_return_if_fail (CDO_IS_SNAPSHOT (snapshot));
  g_return_if_fail (candidacy != NULL || list != NULL);

  g_set_object (&self->snapshot, snapshot);
  self->comune = comune;
  self->candidacy = candidacy;
  self->list = list;
  compute (self);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_LIST_NAME; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
cdo_filing_key (CdoCandidacy     *candidacy,
                CdoCandidateList *list)
{
  if (list != NULL)
    return list->row_id;
  if (candidacy != NULL)
    return -candidacy->row_id;
  return 0;
}

gint64
cdo_filing_item_get_key (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), 0);

  return cdo_filing_key (self->candidacy, self->list);
}

CdoSnapshot *
cdo_filing_item_get_snapshot (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), NULL);

  return self->snapshot;
}

CdoComuneRecord *
cdo_filing_item_get_comune (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), NULL);

  return self->comune;
}

CdoCandidacy *
cdo_filing_item_get_candidacy (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), NULL);

  return self->candidacy;
}

CdoCandidateList *
cdo_filing_item_get_list (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), NULL);

  return self->list;
}

const char *
cdo_filing_item_get_list_name (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), NULL);

  return self->list_name;
}

const char *
cdo_filing_item_get_mayor_name (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), NULL);

  return self->mayor_name;
}

gboolean
cdo_filing_item_get_late (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), FALSE);

  return self->late;
}

const char *
cdo_filing_item_get_incomplete_text (CdoFilingItem *self)
{
  g_return_val_if_fail (CDO_IS_FILING_ITEM (self), NULL);

  return self->incomplete_text;
}
