/* cdo-district.c: constructors, destructors and small helpers of the district data */
#include "cdo-district.h"

#include "cdo-date.h"

#include <string.h>

CdoDocument *
cdo_document_new (const char *kind,
                  gboolean    complete)
{
  CdoDocument *document = g_new0 (CdoDocument, 1);

  document->kind = g_strdup (kind);
  document->complete = complete;
  return document;
}

void
cdo_document_free (CdoDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->kind);
  g_free (document);
}

CdoCandidate *
cdo_candidate_new (void)
{
  CdoCandidate *candidate = g_new0 (CdoCandidate, 1);

  g_date_clear (&candidate->born, 1);
  candidate->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_document_free);
  return candidate;
}

void
cdo_candidate_free (CdoCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->surname);
  g_free (candidate->given_names);
  g_free (candidate->birthplace);
  g_free (candidate->eu_state);
  g_ptr_array_unref (candidate->documents);
  g_free (candidate);
}

CdoMayorTerm *
cdo_mayor_term_new (void)
{
  CdoMayorTerm *term = g_new0 (CdoMayorTerm, 1);

  g_date_clear (&term->from, 1);
  g_date_clear (&term->to, 1);
  return term;
}

CdoDelegate *
cdo_delegate_new (void)
{
  return g_new0 (CdoDelegate, 1);
}

void
cdo_delegate_free (CdoDelegate *delegate)
{
  if (delegate == NULL)
    return;
  g_free (delegate->surname);
  g_free (delegate->given_names);
  g_free (delegate);
}

CdoSignatory *
cdo_signatory_new (void)
{
  CdoSignatory *signatory = g_new0 (CdoSignatory, 1);

  g_date_clear (&signatory->born, 1);
  g_date_clear (&signatory->authenticated, 1);
  return signatory;
}

void
cdo_signatory_free (CdoSignatory *signatory)
{
  if (signatory == NULL)
    return;
  g_free (signatory->surname);
  g_free (signatory->given_names);
  g_free (signatory);
}

CdoCandidateList *
cdo_candidate_list_new (void)
{
  CdoCandidateList *list = g_new0 (CdoCandidateList, 1);

  g_date_clear (&list->filed.date, 1);
  list->signatures = -1;
  list->delegates = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_delegate_free);
  list->signatories = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_signatory_free);
  list->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_candidate_free);
  list->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_document_free);
  return list;
}

void
cdo_candidate_list_free (CdoCandidateList *list)
{
  if (list == NULL)
    return;
  g_free (list->id);
  g_free (list->name);
  g_free (list->symbol_path);
  g_free (list->symbol_media_type);
  g_clear_pointer (&list->symbol_data, g_bytes_unref);
  g_free (list->filed_recorded_at);
  g_free (list->supports);
  g_ptr_array_unref (list->delegates);
  g_ptr_array_unref (list->signatories);
  g_ptr_array_unref (list->candidates);
  g_ptr_array_unref (list->documents);
  g_free (list);
}

CdoCandidacy *
cdo_candidacy_new (void)
{
  CdoCandidacy *candidacy = g_new0 (CdoCandidacy, 1);

  candidacy->terms = g_ptr_array_new_with_free_func (g_free);
  candidacy->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_candidate_list_free);
  candidacy->links = g_ptr_array_new_with_free_func (g_free);
  return candidacy;
}

void
cdo_candidacy_free (CdoCandidacy *candidacy)
{
  if (candidacy == NULL)
    return;
  g_free (candidacy->id);
  cdo_candidate_free (candidacy->mayor);
  g_ptr_array_unref (candidacy->terms);
  g_ptr_array_unref (candidacy->lists);
  g_ptr_array_unref (candidacy->links);
  g_free (candidacy);
}

CdoComuneRecord *
cdo_comune_record_new (void)
{
  CdoComuneRecord *comune = g_new0 (CdoComuneRecord, 1);

  comune->candidacies = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_candidacy_free);
  comune->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_candidate_list_free);
  return comune;
}

void
cdo_comune_record_free (CdoComuneRecord *comune)
{
  if (comune == NULL)
    return;
  g_free (comune->name);
  g_free (comune->province);
  g_free (comune->istat);
  g_free (comune->region);
  g_free (comune->population_source);
  g_ptr_array_unref (comune->candidacies);
  g_ptr_array_unref (comune->lists);
  g_free (comune);
}

CdoDistrict *
cdo_district_new (void)
{
  CdoDistrict *district = g_new0 (CdoDistrict, 1);

  g_date_clear (&district->first_day, 1);
  g_date_clear (&district->second_day, 1);
  g_date_clear (&district->runoff_first_day, 1);
  g_date_clear (&district->runoff_second_day, 1);
  district->comuni = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_comune_record_free);
  return district;
}

void
cdo_district_free (CdoDistrict *district)
{
  if (district == NULL)
    return;
  g_ptr_array_unref (district->comuni);
  g_free (district);
}

CdoComuneRecord *
cdo_district_find_comune (CdoDistrict *district,
                          const char  *name_or_istat)
{
  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      if (g_strcmp0 (comune->istat, name_or_istat) == 0
          || g_ascii_strcasecmp (comune->name, name_or_istat) == 0)
        return comune;
    }
  return NULL;
}

CdoCandidacy *
cdo_district_find_candidacy (CdoDistrict      *district,
                             const char       *id,
                             CdoComuneRecord **out_comune)
{
  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      for (guint c = 0; c < comune->candidacies->len; c++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, c);

          if (g_strcmp0 (candidacy->id, id) == 0)
            {
              if (out_comune != NULL)
                *out_comune = comune;
              return candidacy;
            }
        }
    }
  return NULL;
}

static CdoCandidateList *
find_list_in (GPtrArray  *lists,
              const char *id)
{
  for (guint i = 0; i < lists->len; i++)
    {
      CdoCandidateList *list = g_ptr_array_index (lists, i);

      if (g_strcmp0 (list->id, id) == 0)
        return list;
    }
  return NULL;
}

CdoCandidateList *
cdo_district_find_list (CdoDistrict      *district,
                        const char       *id,
                        CdoComuneRecord **out_comune)
{
  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);
      CdoCandidateList *list = find_list_in (comune->lists, id);

      for (guint c = 0; list == NULL && c < comune->candidacies->len; c++)
        list = find_list_in (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, c))->lists, id);
      if (list != NULL)
        {
          if (out_comune != NULL)
            *out_comune = comune;
          return list;
        }
    }
  return NULL;
}

CdoDocument *
cdo_documents_find (GPtrArray  *documents,
                    const char *kind)
{
  for (guint i = 0; i < documents->len; i++)
    {
      CdoDocument *document = g_ptr_array_index (documents, i);

      if (g_strcmp0 (document->kind, kind) == 0)
        return document;
    }
  return NULL;
}

const char *
cdo_sex_to_string (CdoSex sex)
{
  switch (sex)
    {
    case CDO_SEX_FEMALE:
      return "F";
    case CDO_SEX_MALE:
      return "M";
    case CDO_SEX_UNKNOWN:
    default:
      return NULL;
    }
}

gboolean
cdo_sex_from_string (const char *text,
                     CdoSex     *out_sex)
{
  if (g_strcmp0 (text, "F") == 0)
    *out_sex = CDO_SEX_FEMALE;
  else if (g_strcmp0 (text, "M") == 0)
    *out_sex = CDO_SEX_MALE;
  else
    return FALSE;
  return TRUE;
}

static const char *const term_end_names[] = { "natural", "voluntary-resignation", "other" };

const char *
cdo_term_end_to_string (CdoTermEnd ended)
{
  g_return_val_if_fail ((guint) ended < G_N_ELEMENTS (term_end_names), NULL);
  return term_end_names[ended];
}

gboolean
cdo_term_end_from_string (const char *text,
                          CdoTermEnd *out_ended)
{
  for (guint i = 0; i < G_N_ELEMENTS (term_end_names); i++)
    if (g_strcmp0 (text, term_end_names[i]) == 0)
      {
        *out_ended = (CdoTermEnd) i;
        return TRUE;
      }
  return FALSE;
}

/* "2021-09-03T09:12": the day and minute the papers arrived, local time. */
gboolean
cdo_filing_time_parse (const char    *text,
                       CdoFilingTime *out_time)
{
  g_autofree char *day = NULL;
  gint64 hours, minutes;

  if (text == NULL || strlen (text) != 16 || text[10] != 'T' || text[13] != ':')
    return FALSE;
  day = g_strndup (text, 10);
  if (!cdo_date_parse_iso (day, &out_time->date)
      || !g_ascii_isdigit (text[11]) || !g_ascii_isdigit (text[12])
      || !g_ascii_isdigit (text[14]) || !g_ascii_isdigit (text[15]))
    return FALSE;
  hours = (text[11] - '0') * 10 + (text[12] - '0');
  minutes = (text[14] - '0') * 10 + (text[15] - '0');
  if (hours > 23 || minutes > 59)
    return FALSE;
  out_time->minutes = (int) (hours * 60 + minutes);
  return TRUE;
}

char *
cdo_filing_time_format (const CdoFilingTime *time)
{
  g_autofree char *day = cdo_date_format_iso (&time->date);

  return g_strdup_printf ("%sT%02d:%02d", day, time->minutes / 60, time->minutes % 60);
}
