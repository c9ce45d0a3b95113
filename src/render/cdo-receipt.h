/* cdo-receipt.h: the detailed receipt (ricevuta) for a filing
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The municipal secretary issues a detailed receipt of the papers filed, stating the day
 * and hour of presentation (DPR 570/1960 artt. 28 e 32). Papers are never refused: a
 * filing outside the window is received and the receipt says so. The receipt lists the
 * mayoral candidate, the list and every councillor candidate with each document of the
 * catalogue that applies to them, marked presentato, incompleto or mancante; every page
 * carries the journal head as text and as a QR code.
 *
 * The text is Italian legal text whatever the interface language. The same pages are
 * saved as PDF and drawn for GtkPrintOperation (set its unit to GTK_UNIT_POINTS and
 * use_full_page to TRUE, then pass the context's width and height): in begin-print call
 * cdo_receipt_build_layout() once, or cdo_receipt_get_n_pages(), and in draw-page
 * cdo_page_layout_draw_page() or cdo_receipt_draw_page().
 */
#pragma once

#include <cairo.h>

#include "cdo-district.h"
#include "cdo-page-layout.h"
#include "cdo-rule-answer.h"

G_BEGIN_DECLS

/* What the receipt states. Pointers are borrowed and must outlive every call below. */
typedef struct {
  const CdoComuneRecord  *comune;
  const CdoCandidacy     *candidacy;          /* NULL: a list filed alone */
  const CdoCandidateList *list;               /* NULL: only a mayoral candidacy filed */
  GDate                   first_day;          /* the election's first voting day */
  GDate                   second_day;         /* invalid when voting lasts one day */
  gboolean                has_filed;          /* FALSE: blanks for the hour, to fill by hand */
  CdoFilingTime           filed;              /* day and minute as typed by the secretary */
  const char             *filed_recorded_at;  /* system time of entry, "YYYY-MM-DDTHH:MM:SS" */
  gboolean                has_window;         /* FALSE: no late-filing notice is possible */
  CdoFilingTime           window_opens;
  CdoFilingTime           window_closes;
  gboolean                over_15000_system;  /* for the documents required */
  gboolean                signatures_required;
  const char             *journal_head;       /* hex SHA-256 of the store's journal */
  const char             *district_file;      /* the district file's name, as shown */
  const char             *issued_by;          /* who issues it; NULL: a blank to fill */
  GDateTime              *issued_at;          /* when; NULL: not printed */
} CdoReceipt;

/* Fills @self from the district: the voting days, and the filing time of @list (or of the
 * candidacy's first list that has one). Everything else is cleared. */
void            cdo_receipt_init         (CdoReceipt             *self,
                                          const CdoDistrict      *district,
                                          const CdoComuneRecord  *comune,
                                          const CdoCandidacy     *candidacy,
                                          const CdoCandidateList *list);
/* What the window prints and `circondario-cli receipt` writes: cdo_receipt_init, then
 * cdo_receipt_apply_rules with the default rule book's answer for @comune (population,
 * capoluogo, region) on the district's first voting day. Returns FALSE, with @error saying
 * why, when there is no filing window to state (the district has no voting days yet, or
 * the rule book refuses the comune, as for a special-statute region): @self is filled all
 * the same, without a window, so that the receipt can still be issued. The journal head,
 * file name, issuer and time are left for the caller. */
gboolean        cdo_receipt_init_with_rules (CdoReceipt             *self,
                                             const CdoDistrict      *district,
                                             const CdoComuneRecord  *comune,
                                             const CdoCandidacy     *candidacy,
                                             const CdoCandidateList *list,
                                             GError                **error);
/* Takes the filing window, the electoral system and whether signatures are needed from
 * the rule book's answer for the comune and the election. */
void            cdo_receipt_apply_rules  (CdoReceipt             *self,
                                          const CdoRuleAnswer    *answer);
/* TRUE when the filing time is after the window closes (or before it opens). */
gboolean        cdo_receipt_is_late      (const CdoReceipt       *self);
gboolean        cdo_receipt_is_early     (const CdoReceipt       *self);

/* The receipt laid out on pages of @width_pt × @height_pt points (A4: CDO_A4_WIDTH_PT,
 * CDO_A4_HEIGHT_PT). */
CdoPageLayout  *cdo_receipt_build_layout (const CdoReceipt       *self,
                                          double                  width_pt,
                                          double                  height_pt) G_GNUC_WARN_UNUSED_RESULT;
int             cdo_receipt_get_n_pages  (const CdoReceipt       *self,
                                          double                  width_pt,
                                          double                  height_pt);
/* @page counts from 0. */
void            cdo_receipt_draw_page    (const CdoReceipt       *self,
                                          cairo_t                *cr,
                                          double                  width_pt,
                                          double                  height_pt,
                                          int                     page);
/* A4 PDF, written to a temporary file beside @path and renamed over it; on failure
 * nothing is left behind. */
gboolean        cdo_receipt_write_pdf    (const CdoReceipt       *self,
                                          const char             *path,
                                          GError                **error);

G_END_DECLS
