/* cdo-store-person.h: finding the person a candidacy belongs to
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-store-private.h"

G_BEGIN_DECLS

typedef struct _CdoStorePersons CdoStorePersons;

/* @preload: read every dated person now (an import), else day by day as asked. Lives
 * within one change set. */
CdoStorePersons *_cdo_store_persons_new           (CdoStore            *store,
                                                   gboolean             preload,
                                                   GError             **error);
void             _cdo_store_persons_free          (CdoStorePersons     *self);
/* *out_person_id is 0 when nobody in the file has @candidate's identity. */
gboolean         _cdo_store_persons_find          (CdoStorePersons     *self,
                                                   const CdoCandidate  *candidate,
                                                   gint64              *out_person_id,
                                                   GError             **error);
gboolean         _cdo_store_persons_insert        (CdoStorePersons     *self,
                                                   const CdoCandidate  *candidate,
                                                   gint64              *out_person_id,
                                                   GError             **error);
/* Find, or else insert. */
gboolean         _cdo_store_persons_resolve       (CdoStorePersons     *self,
                                                   const CdoCandidate  *candidate,
                                                   gint64              *out_person_id,
                                                   GError             **error);
gboolean         _cdo_store_persons_update        (CdoStorePersons     *self,
                                                   gint64               person_id,
                                                   const CdoCandidate  *candidate,
                                                   GError             **error);
gboolean         _cdo_store_persons_same_identity (CdoStorePersons     *self,
                                                   gint64               person_id,
                                                   const CdoCandidate  *candidate,
                                                   gboolean            *out_same,
                                                   GError             **error);
gboolean         _cdo_store_persons_settle        (CdoStorePersons     *self,
                                                   gint64               current,
                                                   const CdoCandidate  *candidate,
                                                   gint64              *out_person_id,
                                                   GError             **error);
gboolean         _cdo_store_persons_remove_if_unused (CdoStorePersons  *self,
                                                   gint64               person_id,
                                                   GError             **error);
char            *_cdo_store_person_name           (const char          *surname,
                                                   const char          *given_names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoStorePersons, _cdo_store_persons_free)

G_END_DECLS
