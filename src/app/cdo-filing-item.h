/* cdo-filing-item.h: one filing (a list with its mayoral candidacy) as a list item
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cdo-snapshot.h"

G_BEGIN_DECLS

#define CDO_TYPE_FILING_ITEM (cdo_filing_item_get_type ())

G_DECLARE_FINAL_TYPE (CdoFilingItem, cdo_filing_item, CDO, FILING_ITEM, GObject)

CdoFilingItem    *cdo_filing_item_new           (CdoSnapshot      *snapshot,
                                                 CdoComuneRecord  *comune,
                                                 CdoCandidacy     *candidacy,
                                                 CdoCandidateList *list) G_GNUC_WARN_UNUSED_RESULT;
void              cdo_filing_item_update        (CdoFilingItem    *self,
                                                 CdoSnapshot      *snapshot,
                                                 CdoComuneRecord  *comune,
                                                 CdoCandidacy     *candidacy,
                                                 CdoCandidateList *list);
/* The list's row id, or minus the candidacy's for a mayoral candidacy without lists. */
gint64            cdo_filing_item_get_key       (CdoFilingItem    *self);
gint64            cdo_filing_key                (CdoCandidacy     *candidacy,
                                                 CdoCandidateList *list);
CdoSnapshot      *cdo_filing_item_get_snapshot  (CdoFilingItem    *self);
CdoComuneRecord  *cdo_filing_item_get_comune    (CdoFilingItem    *self);
CdoCandidacy     *cdo_filing_item_get_candidacy (CdoFilingItem    *self);
CdoCandidateList *cdo_filing_item_get_list      (CdoFilingItem    *self);
const char       *cdo_filing_item_get_list_name (CdoFilingItem    *self);
const char       *cdo_filing_item_get_mayor_name (CdoFilingItem   *self);
gboolean          cdo_filing_item_get_late      (CdoFilingItem    *self);
/* "Incomplete: …" (cdo_snapshot_describe_incomplete()), or NULL when it is complete. */
const char       *cdo_filing_item_get_incomplete_text (CdoFilingItem *self);

G_END_DECLS
