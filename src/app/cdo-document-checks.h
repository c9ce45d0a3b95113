/* cdo-document-checks.h: a check box per document of the catalogue, plus "incomplete"
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cdo-document-catalog.h"

G_BEGIN_DECLS

#define CDO_TYPE_DOCUMENT_CHECKS (cdo_document_checks_get_type ())

G_DECLARE_FINAL_TYPE (CdoDocumentChecks, cdo_document_checks, CDO, DOCUMENT_CHECKS, GtkWidget)

GtkWidget *cdo_document_checks_new           (CdoDocumentHolder         holder);
/* Shows @documents (CdoDocument; NULL: none filed) without emitting ::changed. */
void       cdo_document_checks_set_documents (CdoDocumentChecks        *self,
                                              GPtrArray                *documents);
/* The documents ticked, as a new array of CdoDocument in catalogue order. */
G_GNUC_WARN_UNUSED_RESULT
GPtrArray *cdo_document_checks_dup_documents (CdoDocumentChecks        *self);
/* Marks which kinds are required in @context ("required" beside them). */
void       cdo_document_checks_set_context   (CdoDocumentChecks        *self,
                                              const CdoDocumentContext *context);
/* The check box of @kind_name, for tests and for focus. */
GtkCheckButton *cdo_document_checks_get_check (CdoDocumentChecks       *self,
                                               const char              *kind_name);
GtkCheckButton *cdo_document_checks_get_incomplete_check (CdoDocumentChecks *self,
                                                          const char        *kind_name);

G_END_DECLS
