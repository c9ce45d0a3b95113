/* cdo-district-xml.h: the district interchange format (data/district/district.rng)
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading is all or nothing: the file is parsed through cdo-xml (size limit, no DTD, no
 * network), its values are checked, it is validated against the schema, and it is turned
 * into a CdoDistrict with every semantic check done (real dates, ids unique in the file and
 * new to the target district, references that resolve, symbols that are safe to read and of
 * the declared type). Only a district that passed everything is returned, for the caller to
 * hand to cdo_store_import_district().
 *
 * Writing embeds every symbol as <symbol-data>, so that one file carries everything, and
 * replaces the destination only once the whole file is on disk.
 */
#pragma once

#include <gio/gio.h>

#include "cdo-district.h"

G_BEGIN_DECLS

#define CDO_DISTRICT_XML_ERROR (cdo_district_xml_error_quark ())

/* Parse and schema errors come in the CDO_XML_ERROR domain; these are the others. Every
 * message names the file and the line, and says what to correct. */
typedef enum {
  CDO_DISTRICT_XML_ERROR_BAD_VALUE,          /* a value not of its attribute's form, an
                                                unknown or misplaced element or attribute,
                                                a missing attribute */
  CDO_DISTRICT_XML_ERROR_DUPLICATE,          /* an id, comune, document or link given twice */
  CDO_DISTRICT_XML_ERROR_EXISTS,             /* an id the target district already has */
  CDO_DISTRICT_XML_ERROR_UNKNOWN_REFERENCE,  /* supports= or <link list=> names nothing */
  CDO_DISTRICT_XML_ERROR_SYMBOL,             /* symbol unsafe, missing, too large, bad data */
  CDO_DISTRICT_XML_ERROR_IO,                 /* the file cannot be read or written */
  CDO_DISTRICT_XML_ERROR_TOO_LARGE,          /* the district would not fit in one file */
  CDO_DISTRICT_XML_ERROR_NEWER_FORMAT,       /* written by a newer Circondario (format > 1) */
} CdoDistrictXmlError;

/* A district of a thousand lists and 30,000 candidates, with simple symbols, takes 8 MB;
 * scanned symbols of about 150 KB each (200 KB in base64) take 200 MB for a thousand
 * lists, 40 MB for the two hundred of a usual circondario. The bound keeps a hostile file
 * from taking the memory of a commission's laptop (the parsed tree takes two or three
 * times the file) while leaving room for several hundred scanned symbols. Reading
 * refuses larger files; writing refuses to make one. */
#define CDO_DISTRICT_XML_MAX_SIZE        (128 * 1024 * 1024)
#define CDO_DISTRICT_XML_MAX_SYMBOL_SIZE (1024 * 1024)
/* The version of the format this Circondario reads and writes (<circondario format="1">). */
#define CDO_DISTRICT_XML_FORMAT_VERSION  1
#define CDO_DISTRICT_XML_SCHEMA_RESOURCE "/it/circondario/Circondario/district/district.rng"

GQuark       cdo_district_xml_error_quark (void);

/* Reads @xml; @origin names it in messages. Symbol paths are resolved in @base_dir (NULL:
 * a symbol path is refused). @target is the district the result will be imported into, or
 * NULL: its ids count as taken, and references may name its candidacies and lists. */
CdoDistrict *cdo_district_xml_read_bytes  (GBytes       *xml,
                                           const char   *origin,
                                           const char   *base_dir,
                                           CdoDistrict  *target,
                                           GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* Reads @path (refusing files over CDO_DISTRICT_XML_MAX_SIZE before reading them), with
 * symbol paths relative to its folder. */
CdoDistrict *cdo_district_xml_read_file   (const char   *path,
                                           CdoDistrict  *target,
                                           GError      **error) G_GNUC_WARN_UNUSED_RESULT;

/* The same in a worker thread (cdo_district_xml_read_file). @target must not change until
 * the callback has run. */
void         cdo_district_xml_read_file_async   (const char           *path,
                                                 CdoDistrict          *target,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
CdoDistrict *cdo_district_xml_read_file_finish  (GAsyncResult         *result,
                                                 GError              **error)
                                                 G_GNUC_WARN_UNUSED_RESULT;

/* The file's bytes: UTF-8, deterministic (the same district always gives the same bytes).
 * The caller checks the district first (cdo_district_check): these bytes are whatever the
 * district holds. */
GBytes      *cdo_district_xml_write_bytes (CdoDistrict  *district) G_GNUC_WARN_UNUSED_RESULT;
/* Writes a temporary file beside @path, syncs it and renames it over @path. Refuses
 * (CDO_DISTRICT_XML_ERROR_BAD_VALUE) a district the reader would refuse, such as a filing
 * still being recorded with no mayoral candidate's name, naming the comune and the record,
 * and (CDO_DISTRICT_XML_ERROR_TOO_LARGE) a file larger than the reader accepts; @path is
 * then left as it was. */
gboolean     cdo_district_xml_write_file  (CdoDistrict  *district,
                                           const char   *path,
                                           GError      **error);
/* The same in a worker thread. @district must not change until the callback has run. */
void         cdo_district_xml_write_file_async  (CdoDistrict          *district,
                                                 const char           *path,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean     cdo_district_xml_write_file_finish (GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
