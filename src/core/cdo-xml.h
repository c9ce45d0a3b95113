/* cdo-xml.h: reading untrusted XML safely, with schema validation
 *
 * Every XML file Circondario reads goes through here: no network, no DTD, no entity
 * expansion, a size limit, and errors that name the file and line.
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

#define CDO_XML_ERROR (cdo_xml_error_quark ())

typedef enum {
  CDO_XML_ERROR_TOO_LARGE,
  CDO_XML_ERROR_MALFORMED,
  CDO_XML_ERROR_FORBIDDEN,   /* a DTD or entity declaration */
  CDO_XML_ERROR_INVALID,     /* breaks the schema */
} CdoXmlError;

GQuark  cdo_xml_error_quark (void);

/* Parse @bytes (at most @max_size bytes); @origin names the file in messages. */
xmlDoc *cdo_xml_parse      (GBytes      *bytes,
                            const char  *origin,
                            gsize        max_size,
                            GError     **error);
/* Validate against a RelaxNG schema stored as a resource (parsed once, then cached). */
gboolean cdo_xml_validate  (xmlDoc      *doc,
                            const char  *schema_resource,
                            const char  *origin,
                            GError     **error);
/* An attribute's value as a newly allocated string, or NULL. */
char    *cdo_xml_get_attr  (xmlNode     *node,
                            const char  *name);
gboolean cdo_xml_is_element (xmlNode    *node,
                             const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
