/* cdo-store-children.h: the small records hanging off a row (delegates, terms…)
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-store-private.h"

G_BEGIN_DECLS

/* How one kind of child record is stored: its table, its own columns (the owner's
 * excluded) and how to bind an item to them. */
typedef struct {
  CdoStoreTable       table;
  const char *const  *columns;
  void              (*bind)   (sqlite3_stmt *stmt,
                               gconstpointer item);
  gint64           *(*row_id) (gpointer      item);   /* NULL: the items have none */
} CdoStoreChildKind;

extern const CdoStoreChildKind cdo_store_delegates;
extern const CdoStoreChildKind cdo_store_signatories;
extern const CdoStoreChildKind cdo_store_mayor_terms;
extern const CdoStoreChildKind cdo_store_mayor_links;

/* Inserts every item, in order, as children of @owner_id through @owner_column (the
 * owner's column, e.g. "list"), and fills their row ids. */
gboolean _cdo_store_children_insert (CdoStore                *self,
                                     const CdoStoreChildKind *kind,
                                     const char              *owner_column,
                                     gint64                   owner_id,
                                     GPtrArray               *items,
                                     GError                 **error);
/* Makes the children of @owner_id equal to @items: the i-th stored child (by row id) is
 * rewritten with the i-th item when they differ, extra items are inserted, surplus
 * children removed. Order is row id order, so it survives. */
gboolean _cdo_store_children_sync   (CdoStore                *self,
                                     const CdoStoreChildKind *kind,
                                     const char              *owner_column,
                                     gint64                   owner_id,
                                     GPtrArray               *items,
                                     GError                 **error);

G_END_DECLS
