/* cdo-store-documents.h: the documents of a candidacy or list as one column
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-district.h"

G_BEGIN_DECLS

/* "acceptance registration-certificate=incomplete"; NULL for none. */
char     *_cdo_store_documents_encode (GPtrArray  *documents);
/* Appends the CdoDocuments of @text (NULL: none) to @documents. */
void      _cdo_store_documents_decode (const char *text,
                                       GPtrArray  *documents);

G_END_DECLS
