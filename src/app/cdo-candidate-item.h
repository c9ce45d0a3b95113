/* cdo-candidate-item.h: a candidate of the list being edited, as a list item
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cdo-document-catalog.h"
#include "cdo-snapshot.h"

G_BEGIN_DECLS

#define CDO_TYPE_CANDIDATE_ITEM (cdo_candidate_item_get_type ())

G_DECLARE_FINAL_TYPE (CdoCandidateItem, cdo_candidate_item, CDO, CANDIDATE_ITEM, GObject)

G_GNUC_WARN_UNUSED_RESULT
CdoCandidateItem *cdo_candidate_item_new          (CdoSnapshot              *snapshot,
                                                   CdoCandidate             *candidate,
                                                   guint                     position,
                                                   const CdoDocumentContext *context);
void              cdo_candidate_item_update       (CdoCandidateItem         *self,
                                                   CdoSnapshot              *snapshot,
                                                   CdoCandidate             *candidate,
                                                   guint                     position,
                                                   const CdoDocumentContext *context);
CdoCandidate     *cdo_candidate_item_get_candidate (CdoCandidateItem        *self);
/* 1-based, as the list numbers its candidates. */
guint             cdo_candidate_item_get_position (CdoCandidateItem         *self);
gint64            cdo_candidate_item_get_row_id   (CdoCandidateItem         *self);
/* "Complete", "1 missing", "1 incomplete"… and whether nothing is missing. */
const char       *cdo_candidate_item_get_documents (CdoCandidateItem        *self);
gboolean          cdo_candidate_item_get_complete (CdoCandidateItem         *self);

/* The same summary for any holder's documents. */
G_GNUC_WARN_UNUSED_RESULT
char             *cdo_documents_summarize         (GPtrArray                *documents,
                                                   CdoDocumentHolder         holder,
                                                   const CdoDocumentContext *context,
                                                   gboolean                 *out_complete);

G_END_DECLS
