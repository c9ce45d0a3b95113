/* cdo-store-lock.h: one writer at a time, across processes and workstations
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CdoStoreLock CdoStoreLock;

/* Takes "<path>.lock", or refuses with CDO_STORE_ERROR_LOCKED naming who holds it, on
 * which computer, since when. A lock left by a process of this computer that no longer
 * runs is taken over. */
CdoStoreLock *cdo_store_lock_acquire         (const char    *path,
                                              const char    *actor,
                                              GError       **error);
/* Removes the lock file, if it is still ours. NULL is allowed. */
void          cdo_store_lock_release         (CdoStoreLock  *lock);
/* Sets CDO_STORE_ERROR_LOCKED, naming the holder from "<path>.lock" when there is one:
 * for a refusal that comes from SQLite's own lock. */
void          cdo_store_lock_set_busy_error  (const char    *path,
                                              GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoStoreLock, cdo_store_lock_release)

G_END_DECLS
