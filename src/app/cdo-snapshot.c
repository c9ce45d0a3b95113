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

#include <glib/gi18n.h>

#include "cdo-district-check.h"
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

static gboolean
lookup_rules (CdoSnapshot     *self,
              CdoComuneRecord *comune,
              CdoRuleAnswer   *answer,
              GError         **error)
{
  CdoRuleQuery query = { 0 };

  query.population = comune->population;
  query.capoluogo = comune->capoluogo;
  query.region = comune->region;
  query.election_date = self->district->first_day;
  return cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, answer, error);
}

/* The rules of @comune for the district's first voting day; FALSE when the district has
 * no date yet or the rule book refuses (a special-statute region). */
gboolean
cdo_snapshot_lookup_rules (CdoSnapshot     *self,
                           CdoComuneRecord *comune,
                           CdoRuleAnswer   *answer)
{
  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), FALSE);
  g_return_val_if_fail (comune != NULL, FALSE);
  g_return_val_if_fail (answer != NULL, FALSE);

  if (!g_date_valid (&self->district->first_day))
    return FALSE;

  return lookup_rules (self, comune, answer, NULL);
}

/* Whether the filing was made after the filing window closed. The papers are received
 * all the same; the commission decides. Lateness that cannot be told is no lateness here:
 * cdo_snapshot_check_late() says why. */
gboolean
cdo_snapshot_is_late (CdoSnapshot      *self,
                      CdoComuneRecord  *comune,
                      CdoCandidacy     *candidacy,
                      CdoCandidateList *list,
                      CdoFilingTime    *out_closes)
{
  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), FALSE);
  g_return_val_if_fail (comune != NULL, FALSE);

  return cdo_snapshot_check_late (self, comune, candidacy, list, out_closes, NULL)
         == CDO_LATENESS_LATE;
}

CdoLateness
cdo_snapshot_check_late (CdoSnapshot       *self,
                         CdoComuneRecord   *comune,
                         CdoCandidacy      *candidacy,
                         CdoCandidateList  *list,
                         CdoFilingTime     *out_closes,
                         GError           **error)
{
  CdoRuleAnswer answer;
  CdoReceipt receipt;

  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), CDO_LATENESS_NO_FILING_TIME);
  g_return_val_if_fail (comune != NULL, CDO_LATENESS_NO_FILING_TIME);
  g_return_val_if_fail (error == NULL || *error == NULL, CDO_LATENESS_NO_FILING_TIME);

  /* The district's days come first: without them no filing of any comune can be told. */
  if (!g_date_valid (&self->district->first_day))
    return CDO_LATENESS_NO_VOTING_DAY;
  if (!lookup_rules (self, comune, &answer, error))
    return CDO_LATENESS_NO_RULES;
  if (candidacy == NULL && list == NULL)
    return CDO_LATENESS_NO_FILING_TIME;

  cdo_receipt_init (&receipt, self->district, comune, candidacy, list);
  cdo_receipt_apply_rules (&receipt, &answer);
  if (out_closes != NULL)
    *out_closes = receipt.window_closes;
  if (!receipt.has_filed || !g_date_valid (&receipt.filed.date))
    return CDO_LATENESS_NO_FILING_TIME;
  return cdo_receipt_is_late (&receipt) ? CDO_LATENESS_LATE : CDO_LATENESS_ON_TIME;
}

/* Completeness */

char *
cdo_snapshot_describe_incomplete (CdoCandidacy     *candidacy,
                                  CdoCandidateList *list)
{
  g_autoptr(GError) error = NULL;

  if ((candidacy == NULL
       || cdo_district_check_candidacy (candidacy, CDO_DISTRICT_CHECK_DEFAULT, &error))
      && (list == NULL
          || cdo_district_check_list (list, CDO_DISTRICT_CHECK_NESTED, &error)))
    return NULL;

  /* Translators: on a filing an export would refuse; %s is the data check's message, e.g.
   * "The field “given names” of the mayoral candidate Rossi is empty. Fill it in." */
  return g_strdup_printf (_("Incomplete: %s"), error->message);
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

/* @text as the start of an id: letters, digits, "." and "_" kept (letters lowered when
 * @lower), anything else a single "-", and no "-", "." or "_" first or last; "" when
 * nothing of it is left. */
static char *
id_stem (const char *text,
         gboolean    lower)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", "C");
  GString *stem = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (stem, lower ? g_ascii_tolower (*p) : *p);
      else if (stem->len == 0)
        continue;
      else if (!lower && (*p == '.' || *p == '_'))
        g_string_append_c (stem, *p);
      else if (stem->str[stem->len - 1] != '-')
        g_string_append_c (stem, '-');
    }
  while (stem->len > 0 && !g_ascii_isalnum (stem->str[stem->len - 1]))
    g_string_truncate (stem, stem->len - 1);

  return g_string_free (stem, FALSE);
}

/* @stem (never empty, starting with a letter or digit) followed by @suffix, the stem cut
 * so that the whole fits the format's limit, and not cut just after a separator. */
static char *
make_id (const char *stem,
         const char *suffix)
{
  gsize room = CDO_SNAPSHOT_MAX_ID_LENGTH - strlen (suffix);
  gsize length = MIN (strlen (stem), room);

  g_assert (stem[0] != '\0' && g_ascii_isalnum (stem[0]));
  g_assert (strlen (suffix) < CDO_SNAPSHOT_MAX_ID_LENGTH);

  while (length > 1 && !g_ascii_isalnum (stem[length - 1]))
    length--;
  return g_strdup_printf ("%.*s%s", (int) length, stem, suffix);
}

/* "olivola-3" for a candidacy, "olivola-3-b" for a list of it: the form the sample
 * district and the dossiers use, readable in the XML export. A long name (comuni of two
 * languages have names of sixty letters, and the format allows 200) is cut so that the
 * number still fits; the numbers keep the ids unique. */
char *
cdo_snapshot_new_id (CdoSnapshot     *self,
                     CdoComuneRecord *comune,
                     const char      *prefix)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *stem = NULL;

  g_return_val_if_fail (CDO_IS_SNAPSHOT (self), NULL);
  g_return_val_if_fail (comune != NULL, NULL);

  collect_ids (self->district, ids);

  /* A candidacy id comes from this program or an imported file, which the format has
   * already checked; it is cleaned all the same, as it only names the list. */
  if (prefix != NULL)
    stem = id_stem (prefix, FALSE);
  if (stem != NULL && stem[0] != '\0')
    {
      for (int letter = 'a'; letter <= 'z'; letter++)
        {
          char suffix[] = { '-', (char) letter, '\0' };
          g_autofree char *id = make_id (stem, suffix);

          if (!g_hash_table_contains (ids, id))
            return g_steal_pointer (&id);
        }
      for (guint n = 27; ; n++)
        {
          g_autofree char *suffix = g_strdup_printf ("-%u", n);
          g_autofree char *id = make_id (stem, suffix);

          if (!g_hash_table_contains (ids, id))
            return g_steal_pointer (&id);
        }
    }

  g_free (stem);
  stem = id_stem (comune->name, TRUE);
  if (stem[0] == '\0')
    {
      g_free (stem);
      stem = g_strdup ("comune");
    }

  for (guint n = 1; ; n++)
    {
      g_autofree char *suffix = g_strdup_printf ("-%u", n);
      g_autofree char *id = make_id (stem, suffix);

      if (!g_hash_table_contains (ids, id))
        return g_steal_pointer (&id);
    }
}
