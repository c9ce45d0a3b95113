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

/* The interchange format's longest id (the "id" pattern of data/district/district.rng). */
#define CDO_SNAPSHOT_MAX_ID_LENGTH 64

G_DECLARE_FINAL_TYPE (CdoSnapshot, cdo_snapshot, CDO, SNAPSHOT, GObject)

/* Whether a filing was late, or why that cannot be told. */
typedef enum {
  CDO_LATENESS_ON_TIME,          /* filed before the filing window closed */
  CDO_LATENESS_LATE,             /* filed after it closed: received, and marked */
  CDO_LATENESS_NO_FILING_TIME,   /* no day and minute of filing (a list imported without) */
  CDO_LATENESS_NO_VOTING_DAY,    /* the district has no voting days yet */
  CDO_LATENESS_NO_RULES,         /* the rule book has no filing window for the comune */
} CdoLateness;

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
/* The same, saying why lateness cannot be told; @error says it in words for
 * CDO_LATENESS_NO_RULES (the rule book's reason). @out_closes is set whenever the filing
 * window is known, so always for CDO_LATENESS_ON_TIME and CDO_LATENESS_LATE. */
CdoLateness       cdo_snapshot_check_late       (CdoSnapshot       *self,
                                                 CdoComuneRecord   *comune,
                                                 CdoCandidacy      *candidacy,
                                                 CdoCandidateList  *list,
                                                 CdoFilingTime     *out_closes,
                                                 GError           **error);
/* What keeps the filing of @candidacy and @list (either may be NULL, as in
 * CdoFilingItem) out of an export, in words ("Incomplete: …"), or NULL when nothing does.
 * The filing desk saves a filing whose names are still to be typed
 * (CDO_DISTRICT_CHECK_UNFILLED); an export checks it complete (CDO_DISTRICT_CHECK_DEFAULT):
 * the candidacy's own values with its mayoral candidate, the list's with its delegates,
 * signatories and candidates. The one place the window asks. */
G_GNUC_WARN_UNUSED_RESULT
char             *cdo_snapshot_describe_incomplete (CdoCandidacy     *candidacy,
                                                    CdoCandidateList *list);
/* A new interchange id for a candidacy (@prefix NULL) or a list of @prefix: unique in the
 * district, and valid by data/district/district.rng (1 to CDO_SNAPSHOT_MAX_ID_LENGTH
 * letters, digits, ".", "_" and "-", starting with a letter or digit), however long the
 * comune's name or @prefix. */
G_GNUC_WARN_UNUSED_RESULT
char             *cdo_snapshot_new_id           (CdoSnapshot       *self,
                                                 CdoComuneRecord   *comune,
                                                 const char        *prefix);

G_END_DECLS
