/* cdo-store-documents.c: the documents of a candidacy or list as one column
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A filed document is a fact about its candidacy or list (which papers are in the file),
 * not a thing with a life of its own, so it is stored in its owner's row: the kinds in
 * order, separated by spaces, each followed by "=incomplete" when filed incomplete.
 * Kinds are catalogue names ("registration-certificate"); anything else is
 * percent-escaped, so that no kind is ever lost or split. Keeping them in the row makes
 * a candidate one row and one journal entry instead of three, which halves the journal
 * of an import. CdoDocument.row_id stays 0: a document has no row of its own.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <string.h>

#include "cdo-store-documents.h"

#define INCOMPLETE "=incomplete"
#define UNRESERVED "-._~"

static gboolean
needs_escape (const char *kind)
{
  for (const char *p = kind; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr (UNRESERVED, *p) == NULL)
      return TRUE;
  return *kind == '\0';
}

char *
_cdo_store_documents_encode (GPtrArray *documents)
{
  GString *text;

  if (documents == NULL || documents->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < documents->len; i++)
    {
      const CdoDocument *document = g_ptr_array_index (documents, i);
      const char *kind = document->kind != NULL ? document->kind : "";

      if (i > 0)
        g_string_append_c (text, ' ');
      if (needs_escape (kind))
        {
          g_autofree char *escaped = g_uri_escape_string (kind, NULL, FALSE);

          /* An empty kind would vanish between two spaces. */
          g_string_append (text, *escaped != '\0' ? escaped : "%00");
        }
      else
        g_string_append (text, kind);
      if (!document->complete)
        g_string_append (text, INCOMPLETE);
    }
  return g_string_free (text, FALSE);
}

static CdoDocument *
decode_one (const char *token,
            gsize       length)
{
  gboolean complete = TRUE;
  g_autofree char *kind = NULL;

  if (length >= strlen (INCOMPLETE)
      && memcmp (token + length - strlen (INCOMPLETE), INCOMPLETE, strlen (INCOMPLETE)) == 0)
    {
      complete = FALSE;
      length -= strlen (INCOMPLETE);
    }
  kind = g_strndup (token, length);
  if (g_str_equal (kind, "%00"))
    return cdo_document_new ("", complete);
  if (strchr (kind, '%') != NULL)
    {
      g_autofree char *unescaped = g_uri_unescape_string (kind, NULL);

      if (unescaped != NULL)
        return cdo_document_new (unescaped, complete);
    }
  return cdo_document_new (kind, complete);
}

void
_cdo_store_documents_decode (const char *text,
                             GPtrArray  *documents)
{
  const char *start = text;

  if (text == NULL || *text == '\0')
    return;
  for (const char *p = text;; p++)
    if (*p == ' ' || *p == '\0')
      {
        g_ptr_array_add (documents, decode_one (start, p - start));
        if (*p == '\0')
          break;
        start = p + 1;
      }
}
