/* cdo-store-ids.h: checking interchange ids before anything is written
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-store-private.h"

G_BEGIN_DECLS

/* The ids the file has (candidacies and lists): the @taken set of the claims below. */
GHashTable *_cdo_store_ids_read             (CdoStore          *self,
                                             GError           **error);
/* Each claims the ids of a record and of everything nested in it, refusing one that
 * is missing, in the file, or claimed before in the same change. */
gboolean    _cdo_store_ids_claim_comune     (CdoStore          *self,
                                             GHashTable        *taken,
                                             CdoComuneRecord   *comune,
                                             GError           **error);
gboolean    _cdo_store_ids_claim_candidacy  (CdoStore          *self,
                                             GHashTable        *taken,
                                             CdoCandidacy      *candidacy,
                                             GError           **error);
gboolean    _cdo_store_ids_claim_list       (CdoStore          *self,
                                             GHashTable        *taken,
                                             CdoCandidateList  *list,
                                             GError           **error);
/* @id for the existing row @row_id of @table (candidacy or list), which may keep its own. */
gboolean    _cdo_store_ids_check_rename     (CdoStore          *self,
                                             CdoStoreTable      table,
                                             gint64             row_id,
                                             const char        *id,
                                             const char        *what,
                                             GError           **error);

G_END_DECLS
