/* store-fixture.h: a district with every field set, temporary folders, raw SQL
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-district.h"
#include "cdo-store.h"
#include "district-compare.h"

G_BEGIN_DECLS

#define FIXTURE_ACTOR "Maria Segretaria"

/* Two comuni: one with ISTAT code, two candidacies (one without mayor), lists nested and
 * one-sided, symbol bytes, delegates, signatories, terms, links, documents, an EU citizen,
 * a candidate without birth date, and one person standing in two lists. */
CdoDistrict *fixture_district          (void);
/* A small district with other ids, for a second import. */
CdoDistrict *fixture_other_district    (void);
CdoCandidate *fixture_candidate        (const char        *surname,
                                        const char        *given_names,
                                        const char        *born);

/* A new empty folder, and "<folder>/<name>". */
char        *fixture_make_folder       (void);
char        *fixture_path              (const char        *folder,
                                        const char        *name);
/* Removes the folder and everything in it. */
void         fixture_remove_folder     (const char        *folder);
guint        fixture_count_files       (const char        *folder,
                                        const char        *prefix);

/* Runs SQL on a closed district file with plain sqlite3, as a hostile shell would. */
void         fixture_raw_exec          (const char        *path,
                                        const char        *sql);
gint64       fixture_raw_int           (const char        *path,
                                        const char        *sql);

/* A file created and filled with fixture_district(); returns the open store. */
CdoStore    *fixture_store_with_district (const char      *path);

CdoCandidateList *fixture_find_list    (CdoDistrict       *district,
                                        const char        *id);

G_END_DECLS
