/* cdo-document-catalog.h: the kinds of document a dossier may hold
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read from data/documents/catalog.xml (validated against catalog.rng): for each kind, the
 * elements that carry it, an English label (a gettext msgid), the Italian wording, the legal
 * basis and when it is required. The district reader, the checker and the window ask here
 * rather than naming kinds in code.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CDO_DOCUMENT_CATALOG_ERROR (cdo_document_catalog_error_quark ())

typedef enum {
  CDO_DOCUMENT_CATALOG_ERROR_INVALID,   /* a kind named twice, or a value out of range */
} CdoDocumentCatalogError;

/* Who files a document: the element of the district format that carries it. */
typedef enum {
  CDO_DOCUMENT_HOLDER_CANDIDATE = 1 << 0,
  CDO_DOCUMENT_HOLDER_MAYOR     = 1 << 1,
  CDO_DOCUMENT_HOLDER_LIST      = 1 << 2,
} CdoDocumentHolder;

typedef enum {
  CDO_DOCUMENT_REQUIRED_ALWAYS,
  CDO_DOCUMENT_REQUIRED_EU_CITIZEN,          /* the person has an eu-state */
  CDO_DOCUMENT_REQUIRED_POPULATION_OVER,     /* population > population_over */
  CDO_DOCUMENT_REQUIRED_OVER_15000_SYSTEM,   /* over 15,000, or a capoluogo (DL 7/2024) */
  CDO_DOCUMENT_REQUIRED_PARTY_SYMBOL,        /* the list uses a parliamentary party's symbol */
  CDO_DOCUMENT_REQUIRED_SIGNATURES,          /* the comune's lists need signatures */
} CdoDocumentRequirement;

typedef struct {
  const char             *name;             /* "acceptance" */
  CdoDocumentHolder       holders;          /* a set of CdoDocumentHolder bits */
  const char             *label;            /* English msgid: show cdo_document_kind_get_label() */
  const char             *label_it;         /* the Italian wording, as the law has it */
  const char             *citation;
  gboolean                verified;
  CdoDocumentRequirement  required;
  gint64                  population_over;  /* for CDO_DOCUMENT_REQUIRED_POPULATION_OVER */
  const char             *note;             /* may be NULL */
} CdoDocumentKind;

/* What decides whether a document is required; the checker fills it from the comune, the
 * rule book's answer, the person and the list. */
typedef struct {
  gint64   population;
  gboolean over_15000_system;
  gboolean signatures_required;
  gboolean eu_citizen;
  gboolean party_symbol;
} CdoDocumentContext;

typedef struct _CdoDocumentCatalog CdoDocumentCatalog;

GQuark                  cdo_document_catalog_error_quark (void);

/* The catalogue shipped in the program (loaded once; never freed). */
CdoDocumentCatalog     *cdo_document_catalog_get_default (void);
CdoDocumentCatalog     *cdo_document_catalog_load_bytes  (GBytes                   *xml,
                                                          const char               *origin,
                                                          GError                  **error)
                                                          G_GNUC_WARN_UNUSED_RESULT;
void                    cdo_document_catalog_free        (CdoDocumentCatalog       *self);

guint                   cdo_document_catalog_get_n_kinds (CdoDocumentCatalog       *self);
/* Kinds in catalogue order. */
const CdoDocumentKind  *cdo_document_catalog_get_kind    (CdoDocumentCatalog       *self,
                                                          guint                     index);
/* NULL when @name is not a kind. */
const CdoDocumentKind  *cdo_document_catalog_lookup      (CdoDocumentCatalog       *self,
                                                          const char               *name);
/* "acceptance, registration-certificate, …": the kinds @holder may carry, for messages. */
char                   *cdo_document_catalog_list_names  (CdoDocumentCatalog       *self,
                                                          CdoDocumentHolder         holder)
                                                          G_GNUC_WARN_UNUSED_RESULT;

/* The label in the user's language. */
const char             *cdo_document_kind_get_label      (const CdoDocumentKind    *kind);
gboolean                cdo_document_kind_applies_to     (const CdoDocumentKind    *kind,
                                                          CdoDocumentHolder         holder);
/* TRUE when @holder must file @kind in @context (FALSE when the kind does not apply). */
gboolean                cdo_document_kind_is_required    (const CdoDocumentKind    *kind,
                                                          CdoDocumentHolder         holder,
                                                          const CdoDocumentContext *context);

/* "candidate", "mayor", "list": the element names of the district format. */
const char             *cdo_document_holder_to_string    (CdoDocumentHolder         holder);
gboolean                cdo_document_holder_from_string  (const char               *text,
                                                          CdoDocumentHolder        *out_holder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoDocumentCatalog, cdo_document_catalog_free)

G_END_DECLS
