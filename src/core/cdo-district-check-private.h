/* cdo-district-check-private.h: what the data checks' two files share
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cdo-district-check.c checks each record's own values and names records in messages;
 * cdo-district-check-district.c checks the rules between records (ids, one-sided links,
 * comuni told apart) and the whole district.
 */
#pragma once

#include "cdo-district-check.h"
#include "cdo-document-catalog.h"

G_BEGIN_DECLS

/* A record named in a message: worked out only when there is a message to write. */
typedef enum {
  CDO_CHECK_SUBJECT_COMUNE,
  CDO_CHECK_SUBJECT_CANDIDACY,
  CDO_CHECK_SUBJECT_MAYOR,       /* record: the candidacy */
  CDO_CHECK_SUBJECT_TERM,        /* record: the candidacy */
  CDO_CHECK_SUBJECT_LIST,
  CDO_CHECK_SUBJECT_CANDIDATE,   /* parent: the list, or NULL */
  CDO_CHECK_SUBJECT_DELEGATE,    /* parent: the list */
  CDO_CHECK_SUBJECT_SIGNATORY,   /* parent: the list */
} CdoCheckSubjectKind;

typedef struct {
  CdoCheckSubjectKind  kind;
  gconstpointer        record;
  gconstpointer        parent;
  guint                number;   /* 1-based place among its kind, for the kinds with a parent */
} CdoCheckSubject;

typedef struct {
  CdoDocumentCatalog    *catalog;
  CdoDistrictCheckFlags  flags;
} CdoChecker;

void      _cdo_district_check_init           (CdoChecker              *self,
                                              CdoDistrictCheckFlags    flags);
/* "the list “Civica”", "candidate 3 of the list “Civica” (Rossi Maria)"… */
char     *_cdo_district_check_describe       (const CdoCheckSubject   *subject);
/* @text fit to be quoted in a message; NULL when there is nothing to show. */
char     *_cdo_district_check_shown_text     (const char              *text);
/* Sets @error in CDO_DISTRICT_CHECK_ERROR; returns FALSE. */
gboolean  _cdo_district_check_refuse         (GError                 **error,
                                              const char              *format,
                                              ...) G_GNUC_PRINTF (2, 3);

/* A record's own values (cdo-district-check.c); the candidacy and the list with what is
 * nested in them when self->flags has CDO_DISTRICT_CHECK_NESTED. */
gboolean  _cdo_district_check_comune_fields  (const CdoChecker        *self,
                                              const CdoComuneRecord   *comune,
                                              GError                 **error);
gboolean  _cdo_district_check_candidacy      (const CdoChecker        *self,
                                              const CdoCandidacy      *candidacy,
                                              GError                 **error);
gboolean  _cdo_district_check_list           (const CdoChecker        *self,
                                              const CdoCandidateList  *list,
                                              GError                 **error);

G_END_DECLS
