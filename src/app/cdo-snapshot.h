/* cdo-snapshot.h: the district as last read from its file, shared by what the window shows
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cdo-district.h"
#include "cdo-rule-answer.h"

G_BEGIN_DECLS

#define CDO_TYPE_SNAPSHOT (cdo_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (CdoSnapshot, cdo_snapshot, CDO, SNAPSHOT, GObject)

G_GNUC_WARN_UNUSED_RESULT
CdoSnapshot      *cdo_snapshot_new              (CdoDistrict       *district,
                                                 const char        *journal_head);
CdoDistrict      *cdo_snapshot_get_district     (CdoSnapshot       *self);
const char       *cdo_snapshot_get_journal_head (CdoSnapshot       *self);
CdoComuneRecord  *cdo_snapshot_find_comune      (CdoSnapshot       *self,
                                                 gint64             row_id);
CdoCandidacy     *cdo_snapshot_find_candidacy   (CdoSnapshot       *self,
                                                 gint64             row_id,
                                                 CdoComuneRecord  **out_comune);
CdoCandidateList *cdo_snapshot_find_list        (CdoSnapshot       *self,
                                                 gint64             row_id,
                                                 CdoComuneRecord  **out_comune,
                                                 CdoCandidacy     **out_candidacy);
gboolean          cdo_snapshot_lookup_rules     (CdoSnapshot       *self,
                                                 CdoComuneRecord   *comune,
                                                 CdoRuleAnswer     *answer);
gboolean          cdo_snapshot_is_late          (CdoSnapshot       *self,
                                                 CdoComuneRecord   *comune,
                                                 CdoCandidacy      *candidacy,
                                                 CdoCandidateList  *list,
                                                 CdoFilingTime     *out_closes);
/* A new interchange id for a candidacy (@prefix NULL) or a list of @prefix. */
G_GNUC_WARN_UNUSED_RESULT
char             *cdo_snapshot_new_id           (CdoSnapshot       *self,
                                                 CdoComuneRecord   *comune,
                                                 const char        *prefix);

G_END_DECLS
