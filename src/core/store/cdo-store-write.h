/* cdo-store-write.h: writing district records as journaled rows
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-store-person.h"

G_BEGIN_DECLS

/* What one change set needs to write records: who is who, which symbols exist. */
typedef struct {
  CdoStore        *store;
  CdoStorePersons *persons;
  GHashTable      *symbols;   /* SHA-256 → gint64 * symbol row; the ones met so far */
  gboolean         preloaded;
} CdoStoreWriter;

/* @preload: read the persons and symbols of the file at once (an import). */
gboolean _cdo_store_writer_init         (CdoStoreWriter     *writer,
                                         CdoStore           *store,
                                         gboolean            preload,
                                         GError            **error);
void     _cdo_store_writer_clear        (CdoStoreWriter     *writer);

/* The insert functions write the record with everything nested in it and fill in the
 * row ids (and person ids). */
gboolean _cdo_store_write_election      (CdoStoreWriter     *writer,
                                         const CdoDistrict  *district,
                                         GError            **error);
gboolean _cdo_store_write_comune        (CdoStoreWriter     *writer,
                                         CdoComuneRecord    *comune,
                                         GError            **error);
/* The candidacies and lists of a comune whose row exists (comune->row_id is set). */
gboolean _cdo_store_write_comune_content (CdoStoreWriter    *writer,
                                         CdoComuneRecord    *comune,
                                         GError            **error);
gboolean _cdo_store_write_candidacy     (CdoStoreWriter     *writer,
                                         gint64              comune_id,
                                         CdoCandidacy       *candidacy,
                                         GError            **error);
gboolean _cdo_store_write_list          (CdoStoreWriter     *writer,
                                         gint64              comune_id,
                                         gint64              candidacy_id,
                                         CdoCandidateList   *list,
                                         GError            **error);
gboolean _cdo_store_write_candidate     (CdoStoreWriter     *writer,
                                         gint64              list_id,
                                         int                 position,
                                         CdoCandidate       *candidate,
                                         GError            **error);
/* The symbol row holding the list's image (inserted when new); 0 without an image. */
gboolean _cdo_store_write_symbol        (CdoStoreWriter     *writer,
                                         const CdoCandidateList *list,
                                         gint64             *out_symbol_id,
                                         GError            **error);
/* Binds the list's own columns (not comune, candidacy); shared by insert and update. */
void     _cdo_store_bind_list_fields    (sqlite3_stmt       *stmt,
                                         const CdoCandidateList *list,
                                         gint64              symbol_id);
extern const char *const cdo_store_list_fields[];

/* Back to 0: the row ids of a record whose change failed. */
void     _cdo_store_forget_comune_ids    (CdoComuneRecord    *comune);
void     _cdo_store_forget_candidacy_ids (CdoCandidacy       *candidacy);
void     _cdo_store_forget_list_ids      (CdoCandidateList   *list);
void     _cdo_store_forget_candidate_ids (CdoCandidate       *candidate);

G_END_DECLS
