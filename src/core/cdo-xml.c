/* cdo-xml.c: safe XML reading on top of libxml2
 *
 * libxml2 2.9 resolves nothing from the network with XML_PARSE_NONET and expands no
 * entity unless XML_PARSE_NOENT is given; we also refuse any document that carries a
 * DTD at all, so that "billion laughs" and external entities cannot even be declared.
 */
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "cdo-xml.h"

G_DEFINE_QUARK (cdo-xml-error-quark, cdo_xml_error)

typedef struct {
  int   line;
  char *message;
} FirstError;

static void
remember_first_error (void        *user_data,
                      xmlErrorPtr  xml_error)
{
  FirstError *first = user_data;

  if (first->message != NULL || xml_error == NULL)
    return;
  first->line = xml_error->line;
  first->message = g_strchomp (g_strdup (xml_error->message ? xml_error->message : "?"));
}

/* libxml2 keeps no line for a DTD node: count the lines before "<!DOCTYPE" ourselves. */
static int
doctype_line (const char *data,
              gsize       size)
{
  const char *doctype = data ? g_strstr_len (data, (gssize) size, "<!DOCTYPE") : NULL;
  int line = 1;

  for (const char *p = data; doctype != NULL && p < doctype; p++)
    line += *p == '\n';
  return line;
}

xmlDoc *
cdo_xml_parse (GBytes      *bytes,
               const char  *origin,
               gsize        max_size,
               GError     **error)
{
  /* BIG_LINES: elements past line 65535 keep their true line for messages. */
  const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOWARNING
                      | XML_PARSE_BIG_LINES;
  FirstError first = { 0, NULL };
  xmlParserCtxt *context;
  xmlDoc *doc;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size > max_size || size > G_MAXINT)
    {
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, CDO_XML_ERROR, CDO_XML_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %s and was not read. "
                     "Check that it is the right file."), origin, limit);
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    g_error ("libxml2 could not allocate a parser");
  xmlSetStructuredErrorFunc (&first, remember_first_error);
  doc = xmlCtxtReadMemory (context, data ? data : "", (int) size, origin, NULL, options);
  xmlSetStructuredErrorFunc (NULL, NULL);

  if ((doc == NULL || !context->wellFormed) && first.message == NULL)
    remember_first_error (&first, xmlCtxtGetLastError (context));
  if (doc == NULL || !context->wellFormed)
    {
      g_set_error (error, CDO_XML_ERROR, CDO_XML_ERROR_MALFORMED,
                   _("%s, line %d: this is not well-formed XML (%s). "
                     "Open the file in an editor and correct that line."),
                   origin, first.line, first.message ? first.message : _("empty document"));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, CDO_XML_ERROR, CDO_XML_ERROR_FORBIDDEN,
                   _("%s, line %d: the file declares a DTD (<!DOCTYPE …>), which is not "
                     "accepted for safety. Remove the declaration."),
                   origin, doctype_line (data, size));
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  g_free (first.message);
  xmlFreeParserCtxt (context);
  return doc;
}

static xmlRelaxNG *
load_schema (const char *schema_resource)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *schema;
  gsize size;
  const char *data;

  bytes = g_resources_lookup_data (schema_resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("Schema %s is missing from the program: %s", schema_resource, error->message);
  data = g_bytes_get_data (bytes, &size);
  parser = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  if (schema == NULL)
    g_error ("Schema %s shipped with the program does not compile", schema_resource);
  return schema;
}

/* Schemas are few and live as long as the program: parse each once. */
static xmlRelaxNG *
get_schema (const char *schema_resource)
{
  static GMutex lock;
  static GHashTable *schemas;
  xmlRelaxNG *schema;

  g_mutex_lock (&lock);
  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  schema = g_hash_table_lookup (schemas, schema_resource);
  if (schema == NULL)
    {
      schema = load_schema (schema_resource);
      g_hash_table_insert (schemas, g_strdup (schema_resource), schema);
    }
  g_mutex_unlock (&lock);
  return schema;
}

gboolean
cdo_xml_validate (xmlDoc      *doc,
                  const char  *schema_resource,
                  const char  *origin,
                  GError     **error)
{
  FirstError first = { 0, NULL };
  xmlRelaxNGValidCtxt *validator;
  int status;

  validator = xmlRelaxNGNewValidCtxt (get_schema (schema_resource));
  xmlRelaxNGSetValidStructuredErrors (validator, remember_first_error, &first);
  status = xmlRelaxNGValidateDoc (validator, doc);
  xmlRelaxNGFreeValidCtxt (validator);

  if (status != 0)
    {
      g_set_error (error, CDO_XML_ERROR, CDO_XML_ERROR_INVALID,
                   _("%s, line %d: the file does not follow its schema (%s). "
                     "Correct that line; the format is described in the help."),
                   origin, first.line, first.message ? first.message : _("unknown reason"));
      g_free (first.message);
      return FALSE;
    }
  g_free (first.message);
  return TRUE;
}

char *
cdo_xml_get_attr (xmlNode    *node,
                  const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

gboolean
cdo_xml_is_element (xmlNode    *node,
                    const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, (const xmlChar *) name) == 0;
}
