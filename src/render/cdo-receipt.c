/* cdo-receipt.c: the receipt's facts, the filing window, and saving it
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages themselves are built in cdo-receipt-layout.c. cdo_receipt_init_with_rules is
 * the one way the window and `circondario-cli receipt` fill a receipt, so that both state
 * the same facts and the same filing window.
 */
#define G_LOG_DOMAIN "cdo-receipt"

#include <glib/gi18n-lib.h>

#include "cdo-pdf-writer.h"
#include "cdo-receipt.h"
#include "cdo-rule-book.h"

void
cdo_receipt_init (CdoReceipt             *self,
                  const CdoDistrict      *district,
                  const CdoComuneRecord  *comune,
                  const CdoCandidacy     *candidacy,
                  const CdoCandidateList *list)
{
  const CdoCandidateList *filed_with = list;

  g_return_if_fail (self != NULL);
  g_return_if_fail (district != NULL);
  g_return_if_fail (comune != NULL);
  g_return_if_fail (candidacy != NULL || list != NULL);

  *self = (CdoReceipt) { 0 };
  self->comune = comune;
  self->candidacy = candidacy;
  self->list = list;
  self->first_day = district->first_day;
  self->second_day = district->second_day;

  /* A mayoral candidacy has no filing time of its own: it is filed with its lists. */
  if (filed_with == NULL && candidacy->lists != NULL)
    for (guint i = 0; i < candidacy->lists->len && filed_with == NULL; i++)
      {
        const CdoCandidateList *linked = g_ptr_array_index (candidacy->lists, i);

        if (linked->has_filed)
          filed_with = linked;
      }
  if (filed_with != NULL && filed_with->has_filed)
    {
      self->has_filed = TRUE;
      self->filed = filed_with->filed;
      self->filed_recorded_at = filed_with->filed_recorded_at;
    }
}

static void
day_and_time (const CdoRuleAnswer *answer,
              CdoRuleKey           key,
              CdoFilingTime       *out_time)
{
  const CdoRuleValue *value = cdo_rule_answer_get (answer, key);

  out_time->date = answer->election_date;
  if (value->number >= 0)
    g_date_add_days (&out_time->date, (guint) value->number);
  else
    g_date_subtract_days (&out_time->date, (guint) -value->number);
  out_time->minutes = value->minutes;
}

void
cdo_receipt_apply_rules (CdoReceipt          *self,
                         const CdoRuleAnswer *answer)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (answer != NULL);
  g_return_if_fail (g_date_valid (&answer->election_date));

  day_and_time (answer, CDO_RULE_FILING_OPENS, &self->window_opens);
  day_and_time (answer, CDO_RULE_FILING_CLOSES, &self->window_closes);
  self->has_window = TRUE;
  self->over_15000_system = g_strcmp0 (cdo_rule_answer_get_choice (answer, CDO_RULE_ELECTORAL_SYSTEM),
                                       "over-15000") == 0;
  self->signatures_required = cdo_rule_answer_get_number (answer, CDO_RULE_SIGNATURES_MIN) > 0;
}

gboolean
cdo_receipt_init_with_rules (CdoReceipt             *self,
                             const CdoDistrict      *district,
                             const CdoComuneRecord  *comune,
                             const CdoCandidacy     *candidacy,
                             const CdoCandidateList *list,
                             GError                **error)
{
  CdoRuleQuery query = { 0 };
  CdoRuleAnswer answer;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (district != NULL, FALSE);
  g_return_val_if_fail (comune != NULL, FALSE);
  g_return_val_if_fail (candidacy != NULL || list != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cdo_receipt_init (self, district, comune, candidacy, list);
  if (!g_date_valid (&district->first_day))
    {
      g_set_error_literal (error, CDO_RULES_ERROR, CDO_RULES_ERROR_INVALID_QUERY,
                           _("The district has no voting days yet, so there is no filing "
                             "window to state."));
      return FALSE;
    }
  query.population = comune->population;
  query.capoluogo = comune->capoluogo;
  query.region = comune->region;
  query.election_date = district->first_day;
  if (!cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, &answer, error))
    return FALSE;
  cdo_receipt_apply_rules (self, &answer);
  return TRUE;
}

static int
compare_times (const CdoFilingTime *a,
               const CdoFilingTime *b)
{
  int days = g_date_compare (&a->date, &b->date);

  return days != 0 ? days : (a->minutes > b->minutes) - (a->minutes < b->minutes);
}

gboolean
cdo_receipt_is_late (const CdoReceipt *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_filed && self->has_window && g_date_valid (&self->filed.date)
         && compare_times (&self->filed, &self->window_closes) > 0;
}

gboolean
cdo_receipt_is_early (const CdoReceipt *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_filed && self->has_window && g_date_valid (&self->filed.date)
         && compare_times (&self->filed, &self->window_opens) < 0;
}

int
cdo_receipt_get_n_pages (const CdoReceipt *self,
                         double            width_pt,
                         double            height_pt)
{
  g_autoptr(CdoPageLayout) layout = NULL;

  g_return_val_if_fail (self != NULL, 0);

  layout = cdo_receipt_build_layout (self, width_pt, height_pt);
  return layout ? (int) cdo_page_layout_get_n_pages (layout) : 0;
}

void
cdo_receipt_draw_page (const CdoReceipt *self,
                       cairo_t          *cr,
                       double            width_pt,
                       double            height_pt,
                       int               page)
{
  g_autoptr(CdoPageLayout) layout = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page >= 0);

  layout = cdo_receipt_build_layout (self, width_pt, height_pt);
  if (layout != NULL)
    cdo_page_layout_draw_page (layout, cr, (guint) page);
}

static void
draw_page_cb (cairo_t  *cr,
              guint     page,
              gpointer  user_data)
{
  cdo_page_layout_draw_page (user_data, cr, page);
}

gboolean
cdo_receipt_write_pdf (const CdoReceipt  *self,
                       const char        *path,
                       GError           **error)
{
  g_autoptr(CdoPageLayout) layout = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  CdoPdfMetadata metadata = { 0 };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->comune != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  layout = cdo_receipt_build_layout (self, CDO_A4_WIDTH_PT, CDO_A4_HEIGHT_PT);
  if (self->list != NULL && self->list->name != NULL)
    title = g_strdup_printf ("Ricevuta di presentazione – Comune di %s – lista «%s»",
                             self->comune->name, self->list->name);
  else
    title = g_strdup_printf ("Ricevuta di presentazione – Comune di %s", self->comune->name);
  if (self->journal_head != NULL)
    subject = g_strdup_printf ("Registro delle operazioni, impronta SHA-256 %s",
                               self->journal_head);
  metadata.title = title;
  metadata.author = self->issued_by;
  metadata.subject = subject;
  metadata.created = self->issued_at;
  return cdo_pdf_write (path, CDO_A4_WIDTH_PT, CDO_A4_HEIGHT_PT,
                        cdo_page_layout_get_n_pages (layout), draw_page_cb, layout,
                        &metadata, error);
}
