/* cdo-district-reader-private.h: what the reader's passes share
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cdo-district-reader.c builds the district; cdo-district-values.c checks values before the
 * schema runs; cdo-district-symbol.c reads and checks a list's symbol.
 */
#pragma once

#include <libxml/tree.h>

#include "cdo-district-xml.h"
#include "cdo-document-catalog.h"

G_BEGIN_DECLS

typedef struct {
  const char         *origin;
  const char         *base_dir;
  CdoDocumentCatalog *catalog;
  CdoDistrict        *target;
  GHashTable         *ids;          /* id → line of its first use (as a pointer) */
  GHashTable         *target_ids;   /* ids of @target; NULL without one */
  GHashTable         *comuni;       /* "name:casefolded" or "istat:code" → line */
} CdoDistrictReader;

/* Sets @error to "ORIGIN, line N: MESSAGE" in CDO_DISTRICT_XML_ERROR; returns FALSE. */
gboolean _cdo_district_reader_fail         (CdoDistrictReader  *self,
                                            GError            **error,
                                            int                 code,
                                            xmlNode            *node,
                                            const char         *format,
                                            ...) G_GNUC_PRINTF (5, 6);
/* Pass 1: the names and values of every element's attributes and the document kinds. */
gboolean _cdo_district_reader_check_values (CdoDistrictReader  *self,
                                            xmlNode            *root,
                                            GError            **error);
/* Fills the list's symbol_media_type and symbol_data from @data_node (a <symbol-data>, may
 * be NULL) or from the file its symbol_path names; @node is the <list>. */
gboolean _cdo_district_reader_read_symbol  (CdoDistrictReader  *self,
                                            xmlNode            *node,
                                            xmlNode            *data_node,
                                            CdoCandidateList   *list,
                                            GError            **error);

/* The longest symbol= the format allows, in characters (district.rng). */
#define CDO_DISTRICT_SYMBOL_PATH_MAX_LENGTH 255

/* TRUE when the reader accepts @path as a list's symbol attribute (the writer leaves out
 * any other, such as an absolute path from a file chooser). */
gboolean _cdo_district_symbol_path_is_safe (const char         *path);

G_END_DECLS
