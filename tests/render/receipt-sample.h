/* receipt-sample.h: a district with filings to print, for the render tests and the bench */
#pragma once

#include "cdo-district.h"
#include "cdo-receipt.h"

G_BEGIN_DECLS

#define SAMPLE_JOURNAL_HEAD "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
#define SAMPLE_N_CANDIDATES 40

/* One comune of 22,000 inhabitants voting on 3–4 October 2021, with four filings:
 *   "list-svg"    candidacy + list of 40 (an EU citizen, missing and incomplete documents),
 *                 SVG symbol, filed on time (venerdì 3 settembre 2021, 9:12);
 *   "list-png"    candidacy + list, PNG symbol, filed late (4 settembre 2021, 12:07);
 *   "list-broken" a list alone, with a symbol that is no image;
 *   "mayor-alone" a candidacy with no list. */
CdoDistrict *sample_district_new  (void) G_GNUC_WARN_UNUSED_RESULT;
/* A receipt for the filing @id ("list-svg"…) of the sample district, with the rules of the
 * default rule book applied, issued on 4 October… by a named secretary. @issued_at is
 * owned by the caller. */
void         sample_receipt_init  (CdoReceipt  *receipt,
                                   CdoDistrict *district,
                                   const char  *id,
                                   GDateTime   *issued_at);
/* The 40 surnames, in list order. */
const char  *sample_surname       (guint        index);

G_END_DECLS
