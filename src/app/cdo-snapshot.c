/* cdo-snapshot.c: the district as last read from its file, shared by what the window shows
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store hands the district back as plain structs; the window reads it again after
 * every edit (a whole district takes tens of milliseconds) and wraps the result in this
 * object, so that the list items pointing into it keep it alive for as long as a view
 * still shows them.
 */
#define G_LOG_DOMAIN "cdo-snapshot"

#include <string.h>

#include "cdo-receipt.h"
#include "cdo-rule-book.h"
#include "cdo-snapshot.h"

struct _CdoSnapshot
{
  GObject      parent_instance;

  CdoDistrict *district;
  char        *journal_head;
};

G_DEFINE_FINAL_TYPE (CdoSnapshot, cdo_snapshot, G_TYPE_OBJECT)

static void
cdo_snapshot_finalize (GObject *object)
{
  CdoSnapshot *self = CDO_SNAPSHOT (object);

  g_clear_pointer (&self->district, cdo_district_free);
  g_clear_pointer (&self->journal_head, g_free);

  G_OBJECT_CLASS (cdo_snapshot_parent_class)->finalize (object);
}

static void
cdo_snapshot_class_init (CdoSnapshotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cdo_snapshot_finalize;
}

static void
cdo_snapshot_init (CdoSnapshot *self)
{
}

/**
 * cdo_snapshot_new:
 * @district: (transfer full): the district
 */
CdoSnapshot *
cdo_snapshot_new (CdoDistrict *district,
                  const char  *journal_head)
{
  CdoSnapshot *self;

  g_return_val_if_fail (district != NULL, NULL);

  self = g_object_new (CDO_TYPE_SNAPSHOT, NULL);
  self->district = district;
  self->journal_head = g_strdup (journal_head);
  return self;
}

CdoDistrict *
cdo_snapshot_get_district (CdoSnapshot *self)
{
  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), NULL);

  return self->district;
}

const char *
cdo_snapshot_get_journal_head (CdoSnapshot *self)
{
  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), NULL);

  return self->journal_head;
}

CdoComuneRecord *
cdo_snapshot_find_comune (CdoSnapshot *self,
                          gint64       row_id)
{
  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), NULL);

  for (guint i = 0; i < self->district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (self->district->comuni, i);

      if (comune->row_id == row_id)
        return comune;
    }

  return NULL;
}

CdoCandidacy *
cdo_snapshot_find_candidacy (CdoSnapshot      *self,
                             gint64            row_id,
                             CdoComuneRecord **out_comune)
{
  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), NULL);

  for (guint i = 0; i < self->district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (self->district->comuni, i);

      for (guint j = 0; j < comune->candidacies->len; j++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, j);

          if (candidacy->row_id != row_id)
            continue;
          if (out_comune != NULL)
            *out_comune = comune;
          return candidacy;
        }
    }

  return NULL;
}

CdoCandidateList *
cdo_snapshot_find_list (CdoSnapshot       *self,
                        gint64             row_id,
                        CdoComuneRecord  **out_comune,
                        CdoCandidacy     **out_candidacy)
{
  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), NULL);

  for (guint i = 0; i < self->district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (self->district->comuni, i);

      for (guint j = 0; j < comune->candidacies->len; j++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, j);

          for (guint k = 0; k < candidacy->lists->len; k++)
            {
              CdoCandidateList *list = g_ptr_array_index (candidacy->lists, k);

              if (list->row_id != row_id)
                continue;
              if (out_comune != NULL)
                *out_comune = comune;
              if (out_candidacy != NULL)
                *out_candidacy = candidacy;
              return list;
            }
        }

      for (guint k = 0; k < comune->lists->len; k++)
        {
          CdoCandidateList *list = g_ptr_array_index (comune->lists, k);

          if (list->row_id != row_id)
            continue;
          if (out_comune != NULL)
            *out_comune = comune;
          if (out_candidacy != NULL)
            *out_candidacy = NULL;
          return list;
        }
    }

  return NULL;
}

/* The rules of @comune for the district's first voting day; FALSE when the district has
 * no date yet or the rule book refuses (a special-statute region). */
gboolean
cdo_snapshot_lookup_rules (CdoSnapshot     *self,
                           CdoComuneRecord *comune,
                           CdoRuleAnswer   *answer)
{
  CdoRuleQuery query = { 0 };

  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), FALSE);
  g_return_val_if_fail (comune != NULL, FALSE);
  g_return_val_if_fail (answer != NULL, FALSE);

  if (!g_date_valid (&self->district->first_day))
    return FALSE;

  query.population = comune->population;
  query.capoluogo = comune->capoluogo;
  query.region = comune->region;
  query.election_date = self->district->first_day;
  return cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, answer, NULL);
}

/* Whether the filing was made after the filing window closed. The papers are received
 * all the same; the commission decides. */
gboolean
cdo_snapshot_is_late (CdoSnapshot      *self,
                      CdoComuneRecord  *comune,
                      CdoCandidacy     *candidacy,
                      CdoCandidateList *list,
                      CdoFilingTime    *out_closes)
{
  CdoRuleAnswer answer;
  CdoReceipt receipt;

  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), FALSE);
  g_return_val_if_fail (comune != NULL, FALSE);

  if (candidacy == NULL && list == NULL)
    return FALSE;
  if (!cdo_snapshot_lookup_rules (self, comune, &answer))
    return FALSE;

  cdo_receipt_init (&receipt, self->district, comune, candidacy, list);
  cdo_receipt_apply_rules (&receipt, &answer);
  if (out_closes != NULL)
    *out_closes = receipt.window_closes;
  return cdo_receipt_is_late (&receipt);
}

static void
collect_ids (CdoDistrict *district,
             GHashTable  *ids)
{
  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      for (guint j = 0; j < comune->candidacies->len; j++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, j);

          g_hash_table_add (ids, candidacy->id);
          for (guint k = 0; k < candidacy->lists->len; k++)
            {
              CdoCandidateList *list = g_ptr_array_index (candidacy->lists, k);

              g_hash_table_add (ids, list->id);
            }
        }
      for (guint k = 0; k < comune->lists->len; k++)
        g_hash_table_add (ids, ((CdoCandidateList *) g_ptr_array_index (comune->lists, k))->id);
    }
}

/* "olivola-3" for a candidacy, "olivola-3-b" for a list of it: the form the sample
 * district and the dossiers use, readable in the XML export. */
char *
cdo_snapshot_new_id (CdoSnapshot     *self,
                     CdoComuneRecord *comune,
                     const char      *prefix)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autofree char *ascii = NULL;

  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), NULL);
  g_return_val_if_fail (comune != NULL, NULL);

  collect_ids (self->district, ids);

  if (prefix != NULL)
    {
      for (int letter = 'a'; letter <= 'z'; letter++)
        {
          g_autofree char *id = g_strdup_printf ("%s-%c", prefix, letter);

          if (!g_hash_table_contains (ids, id))
            return g_steal_pointer (&id);
        }
      for (guint n = 27; ; n++)
        {
          g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);

          if (!g_hash_table_contains (ids, id))
            return g_steal_pointer (&id);
        }
    }

  ascii = g_str_to_ascii (comune->name != NULL ? comune->name : "comune", "C");
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "comune");

  for (guint n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", slug->str, n);

      if (!g_hash_table_contains (ids, id))
        return g_steal_pointer (&id);
    }
}
