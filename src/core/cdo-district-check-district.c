/* cdo-district-check-district.c: the rules between records, and the whole district
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the reader checks across records (cdo-district-reader.c): ids unique in the file,
 * one-sided links that name a record of the same comune, each comune given once (by its
 * name, whatever the case, and by its ISTAT code). Each record's own values are checked in
 * cdo-district-check.c.
 */
#define G_LOG_DOMAIN "cdo-core"

#include <glib/gi18n-lib.h>

#include "cdo-district-check-private.h"

typedef CdoChecker Checker;
typedef CdoCheckSubject Subject;

/* The short names the checks use (cdo-district-check-private.h). */
#define checker_init        _cdo_district_check_init
#define describe            _cdo_district_check_describe
#define shown_text          _cdo_district_check_shown_text
#define refuse              _cdo_district_check_refuse
#define check_candidacy     _cdo_district_check_candidacy
#define check_list          _cdo_district_check_list
#define check_comune_fields _cdo_district_check_comune_fields

/* Ids are one set for candidacies and lists. @ids maps each to the Subject of its first
 * holder. */
static gboolean
claim_id (GHashTable     *ids,
          const char     *id,
          const Subject  *subject,
          GError        **error)
{
  const Subject *first = g_hash_table_lookup (ids, id);
  g_autofree char *first_what = NULL;
  g_autofree char *what = NULL;

  if (first == NULL)
    {
      g_hash_table_insert (ids, (gpointer) id, g_memdup2 (subject, sizeof *subject));
      return TRUE;
    }
  first_what = describe (first);
  what = describe (subject);
  return refuse (error, _("The id “%s” is given both to %s and to %s. Every mayoral candidacy "
                          "and list needs an id of its own: change one of the two."),
                 id, first_what, what);
}

static void
add_list_ids (GHashTable *set,
              GPtrArray  *lists)
{
  for (guint i = 0; i < lists->len; i++)
    {
      const CdoCandidateList *list = g_ptr_array_index (lists, i);

      if (list->id != NULL)
        g_hash_table_add (set, list->id);
    }
}

/* The candidacies and lists of @comune, each with what is nested in it, their ids claimed
 * in @ids, and the one-sided links between them. */
static gboolean
check_comune_content (const Checker          *self,
                      const CdoComuneRecord  *comune,
                      GHashTable             *ids,
                      GError                **error)
{
  g_autoptr(GHashTable) list_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) candidacy_ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < comune->candidacies->len; i++)
    {
      const CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, i);
      Subject subject = { CDO_CHECK_SUBJECT_CANDIDACY, candidacy, NULL, 0 };

      if (!check_candidacy (self, candidacy, error)
          || !claim_id (ids, candidacy->id, &subject, error))
        return FALSE;
      g_hash_table_add (candidacy_ids, candidacy->id);
      for (guint l = 0; l < candidacy->lists->len; l++)
        {
          const CdoCandidateList *list = g_ptr_array_index (candidacy->lists, l);
          Subject about = { CDO_CHECK_SUBJECT_LIST, list, NULL, 0 };

          if (!claim_id (ids, list->id, &about, error))
            return FALSE;
        }
      add_list_ids (list_ids, candidacy->lists);
    }
  for (guint i = 0; i < comune->lists->len; i++)
    {
      const CdoCandidateList *list = g_ptr_array_index (comune->lists, i);
      Subject subject = { CDO_CHECK_SUBJECT_LIST, list, NULL, 0 };

      if (!check_list (self, list, error) || !claim_id (ids, list->id, &subject, error))
        return FALSE;
    }
  add_list_ids (list_ids, comune->lists);

  for (guint i = 0; i < comune->candidacies->len; i++)
    if (!cdo_district_check_links (g_ptr_array_index (comune->candidacies, i), list_ids,
                                   comune->name, error))
      return FALSE;
  for (guint i = 0; i < comune->lists->len; i++)
    if (!cdo_district_check_supports (g_ptr_array_index (comune->lists, i), candidacy_ids,
                                      comune->name, error))
      return FALSE;
  return TRUE;
}

gboolean
cdo_district_check_links (const CdoCandidacy  *candidacy,
                          GHashTable          *list_ids,
                          const char          *comune_name,
                          GError             **error)
{
  g_return_val_if_fail (candidacy != NULL, FALSE);
  g_return_val_if_fail (list_ids != NULL, FALSE);

  for (guint i = 0; i < candidacy->links->len; i++)
    {
      const char *link = g_ptr_array_index (candidacy->links, i);
      Subject subject = { CDO_CHECK_SUBJECT_CANDIDACY, candidacy, NULL, 0 };
      g_autofree char *what = NULL;
      g_autofree char *shown = NULL;
      g_autofree char *comune = NULL;

      if (link != NULL && g_hash_table_contains (list_ids, link))
        continue;
      what = describe (&subject);
      shown = shown_text (link);
      comune = shown_text (comune_name);
      return refuse (error, _("The link with the list “%s”, declared by %s, names no list of "
                              "%s. Correct the link, or remove it."),
                     shown ? shown : "", what, comune ? comune : _("its comune"));
    }
  return TRUE;
}

gboolean
cdo_district_check_supports (const CdoCandidateList  *list,
                             GHashTable              *candidacy_ids,
                             const char              *comune_name,
                             GError                 **error)
{
  Subject subject = { CDO_CHECK_SUBJECT_LIST, list, NULL, 0 };
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *comune = NULL;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (candidacy_ids != NULL, FALSE);

  if (list->supports == NULL || g_hash_table_contains (candidacy_ids, list->supports))
    return TRUE;
  what = describe (&subject);
  shown = shown_text (list->supports);
  comune = shown_text (comune_name);
  return refuse (error, _("The mayoral candidacy “%s” that %s supports is not one of %s. "
                          "Correct the declaration, or remove it if the list supports no "
                          "mayoral candidate."), shown ? shown : "", what,
                 comune ? comune : _("its comune"));
}

/* Public entry points */

gboolean
cdo_district_check_comune (const CdoComuneRecord  *comune,
                           CdoDistrictCheckFlags   flags,
                           GError                **error)
{
  g_autoptr(GHashTable) ids = NULL;
  Checker self;

  g_return_val_if_fail (comune != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  checker_init (&self, flags);
  if (!check_comune_fields (&self, comune, error))
    return FALSE;
  if (!(flags & CDO_DISTRICT_CHECK_NESTED))
    return TRUE;
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  return check_comune_content (&self, comune, ids, error);
}

/* The reader tells comuni apart by their name, whatever its case, and by their ISTAT
 * code (cdo-district-reader.c, register_comune). */
static gboolean
check_comune_unique (const CdoComuneRecord  *comune,
                     GHashTable             *names,
                     GHashTable             *codes,
                     GError                **error)
{
  char *folded = g_utf8_casefold (comune->name, -1);
  const CdoComuneRecord *other = g_hash_table_lookup (names, folded);
  g_autofree char *name = NULL;
  g_autofree char *other_name = NULL;

  if (other == NULL)
    g_hash_table_insert (names, folded, (gpointer) comune);
  else
    {
      g_free (folded);
      name = shown_text (comune->name);
      other_name = shown_text (other->name);
      return refuse (error, _("The district has two comuni called %s (%s, province %s, and %s, "
                              "province %s), and a district file tells comuni apart by their "
                              "name, whatever its capitals. Put all the candidacies and lists "
                              "of the comune in one of them."),
                     name, other_name, other->province, name, comune->province);
    }
  if (comune->istat == NULL)
    return TRUE;
  other = g_hash_table_lookup (codes, comune->istat);
  if (other == NULL)
    {
      g_hash_table_insert (codes, comune->istat, (gpointer) comune);
      return TRUE;
    }
  name = shown_text (comune->name);
  other_name = shown_text (other->name);
  return refuse (error, _("The comuni %s and %s have the same ISTAT code, %s. Correct the code "
                          "of one of them."), other_name, name, comune->istat);
}

gboolean
cdo_district_check (const CdoDistrict  *district,
                    GError            **error)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) codes = NULL;
  Checker self;

  g_return_val_if_fail (district != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cdo_district_check_election_days (district, error))
    return FALSE;
  checker_init (&self, CDO_DISTRICT_CHECK_NESTED);
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  codes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < district->comuni->len; i++)
    {
      const CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      if (!check_comune_fields (&self, comune, error)
          || !check_comune_unique (comune, names, codes, error))
        return FALSE;
      if (!check_comune_content (&self, comune, ids, error))
        {
          g_autofree char *name = shown_text (comune->name);

          /* Translators: put before a message about a record of the comune, as in "Comune
           * Isernia. The field “surname” of candidate 3 of the list “Civica” is empty." */
          g_prefix_error (error, _("Comune %s. "), name);
          return FALSE;
        }
    }
  return TRUE;
}
