/* cdo-district-writer.c: writing a CdoDistrict in the district interchange format
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The output is deterministic (attributes and children always in the same order, two spaces
 * per level, base64 in lines of 76), so that writing what was read gives the same bytes
 * again. Symbols are embedded as <symbol-data>; a list's symbol path is kept beside it as
 * the name of the file it came from, and dropped when there is no image to embed (a path
 * alone would not resolve beside the new file) or when the reader would refuse it (an
 * absolute path from a file chooser). A file is written only when cdo_district_check()
 * passes, which is what the reader accepts.
 */
#define G_LOG_DOMAIN "cdo-district-xml"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-district-reader-private.h"

#define BASE64_LINE 76

/* Characters XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF) are left out; tabs and
 * line breaks are written as references so that attribute normalisation keeps them. */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate (text, -1, NULL))
    {
      valid = g_utf8_make_valid (text, -1);
      text = valid;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\t':
          g_string_append (out, "&#9;");
          break;
        case '\n':
          g_string_append (out, "&#10;");
          break;
        case '\r':
          g_string_append (out, "&#13;");
          break;
        default:
          if (c >= 0x20 && c != 0xfffe && c != 0xffff)
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

static void
open_tag (GString    *out,
          int         depth,
          const char *name)
{
  for (int i = 0; i < depth; i++)
    g_string_append (out, "  ");
  g_string_append_c (out, '<');
  g_string_append (out, name);
}

static void
end_tag (GString    *out,
         int         depth,
         const char *name)
{
  for (int i = 0; i < depth; i++)
    g_string_append (out, "  ");
  g_string_append_printf (out, "</%s>\n", name);
}

static void
attr (GString    *out,
      const char *name,
      const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value);
  g_string_append_c (out, '"');
}

static void
attr_date (GString     *out,
           const char  *name,
           const GDate *date)
{
  g_autofree char *text = NULL;

  if (!g_date_valid (date))
    return;
  text = cdo_date_format_iso (date);
  attr (out, name, text);
}

static void
attr_number (GString    *out,
             const char *name,
             gint64      number)
{
  g_string_append_printf (out, " %s=\"%" G_GINT64_FORMAT "\"", name, number);
}

static void
write_documents (GString   *out,
                 int        depth,
                 GPtrArray *documents)
{
  for (guint i = 0; i < documents->len; i++)
    {
      CdoDocument *document = g_ptr_array_index (documents, i);

      open_tag (out, depth, "document");
      attr (out, "kind", document->kind);
      if (!document->complete)
        attr (out, "complete", "no");
      g_string_append (out, "/>\n");
    }
}

static void
write_person_attributes (GString      *out,
                         CdoCandidate *person)
{
  attr (out, "surname", person->surname);
  attr (out, "given-names", person->given_names);
  attr (out, "sex", cdo_sex_to_string (person->sex));
  attr_date (out, "born", &person->born);
  attr (out, "birthplace", person->birthplace);
  attr (out, "eu-state", person->eu_state);
}

static void
write_candidate (GString      *out,
                 int           depth,
                 CdoCandidate *candidate)
{
  open_tag (out, depth, "candidate");
  write_person_attributes (out, candidate);
  if (candidate->documents->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  write_documents (out, depth + 1, candidate->documents);
  end_tag (out, depth, "candidate");
}

static void
write_mayor (GString      *out,
             int           depth,
             CdoCandidacy *candidacy)
{
  CdoCandidate *mayor = candidacy->mayor;

  open_tag (out, depth, "mayor");
  write_person_attributes (out, mayor);
  attr_number (out, "consecutive-terms", candidacy->consecutive_terms);
  if (mayor->documents->len == 0 && candidacy->terms->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  for (guint i = 0; i < candidacy->terms->len; i++)
    {
      CdoMayorTerm *term = g_ptr_array_index (candidacy->terms, i);

      open_tag (out, depth + 1, "term");
      attr_date (out, "from", &term->from);
      attr_date (out, "to", &term->to);
      attr (out, "ended", cdo_term_end_to_string (term->ended));
      g_string_append (out, "/>\n");
    }
  write_documents (out, depth + 1, mayor->documents);
  end_tag (out, depth, "mayor");
}

/* The media type to declare for the embedded image, or NULL when it is neither format the
 * file can carry. */
static const char *
symbol_media_type (CdoCandidateList *list)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (list->symbol_data, &size);

  if (cdo_district_check_media_type (list->symbol_media_type))
    return list->symbol_media_type;
  if (list->symbol_media_type != NULL)
    return NULL;
  return size >= 4 && memcmp (data, "\x89PNG", 4) == 0 ? "image/png" : "image/svg+xml";
}

static void
write_symbol_data (GString          *out,
                   int               depth,
                   CdoCandidateList *list,
                   const char       *media_type)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (list->symbol_data, &size);
  g_autofree char *encoded = g_base64_encode (data, size);
  gsize length = strlen (encoded);

  open_tag (out, depth, "symbol-data");
  attr (out, "media-type", media_type);
  g_string_append (out, ">\n");
  for (gsize start = 0; start < length; start += BASE64_LINE)
    {
      for (int i = 0; i <= depth; i++)
        g_string_append (out, "  ");
      g_string_append_len (out, encoded + start, MIN (BASE64_LINE, length - start));
      g_string_append_c (out, '\n');
    }
  end_tag (out, depth, "symbol-data");
}

static void
write_list (GString          *out,
            int               depth,
            CdoCandidateList *list,
            gboolean          loose)
{
  const char *media_type = list->symbol_data ? symbol_media_type (list) : NULL;
  g_autofree char *filed = list->has_filed ? cdo_filing_time_format (&list->filed) : NULL;

  open_tag (out, depth, "list");
  attr (out, "id", list->id);
  attr (out, "name", list->name);
  if (media_type != NULL && _cdo_district_symbol_path_is_safe (list->symbol_path))
    attr (out, "symbol", list->symbol_path);
  attr (out, "filed", filed);
  attr (out, "filed-recorded-at", list->filed_recorded_at);
  if (list->signatures >= 0)
    attr_number (out, "signatures", list->signatures);
  if (list->party_symbol)
    attr (out, "party-symbol", "yes");
  if (loose)
    attr (out, "supports", list->supports);
  if (media_type == NULL && list->delegates->len == 0 && list->signatories->len == 0
      && list->documents->len == 0 && list->candidates->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  if (media_type != NULL)
    write_symbol_data (out, depth + 1, list, media_type);
  for (guint i = 0; i < list->delegates->len; i++)
    {
      CdoDelegate *delegate = g_ptr_array_index (list->delegates, i);

      open_tag (out, depth + 1, "delegate");
      attr (out, "surname", delegate->surname);
      attr (out, "given-names", delegate->given_names);
      g_string_append (out, "/>\n");
    }
  for (guint i = 0; i < list->signatories->len; i++)
    {
      CdoSignatory *signatory = g_ptr_array_index (list->signatories, i);

      open_tag (out, depth + 1, "signatory");
      attr (out, "surname", signatory->surname);
      attr (out, "given-names", signatory->given_names);
      attr_date (out, "born", &signatory->born);
      attr_date (out, "authenticated", &signatory->authenticated);
      g_string_append (out, "/>\n");
    }
  write_documents (out, depth + 1, list->documents);
  for (guint i = 0; i < list->candidates->len; i++)
    write_candidate (out, depth + 1, g_ptr_array_index (list->candidates, i));
  end_tag (out, depth, "list");
}

static void
write_candidacy (GString      *out,
                 int           depth,
                 CdoCandidacy *candidacy)
{
  open_tag (out, depth, "candidacy");
  attr (out, "id", candidacy->id);
  g_string_append (out, ">\n");
  if (candidacy->mayor != NULL)
    write_mayor (out, depth + 1, candidacy);
  for (guint i = 0; i < candidacy->lists->len; i++)
    write_list (out, depth + 1, g_ptr_array_index (candidacy->lists, i), FALSE);
  for (guint i = 0; i < candidacy->links->len; i++)
    {
      open_tag (out, depth + 1, "link");
      attr (out, "list", g_ptr_array_index (candidacy->links, i));
      g_string_append (out, "/>\n");
    }
  end_tag (out, depth, "candidacy");
}

static void
write_comune (GString         *out,
              int              depth,
              CdoComuneRecord *comune)
{
  open_tag (out, depth, "comune");
  attr (out, "name", comune->name);
  attr (out, "province", comune->province);
  attr (out, "istat", comune->istat);
  attr (out, "region", comune->region);
  attr_number (out, "population", comune->population);
  attr (out, "population-source", comune->population_source);
  if (comune->capoluogo)
    attr (out, "capoluogo", "yes");
  if (comune->candidacies->len == 0 && comune->lists->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  for (guint i = 0; i < comune->candidacies->len; i++)
    write_candidacy (out, depth + 1, g_ptr_array_index (comune->candidacies, i));
  for (guint i = 0; i < comune->lists->len; i++)
    write_list (out, depth + 1, g_ptr_array_index (comune->lists, i), TRUE);
  end_tag (out, depth, "comune");
}

GBytes *
cdo_district_xml_write_bytes (CdoDistrict *district)
{
  GString *out;

  g_return_val_if_fail (district != NULL, NULL);

  out = g_string_sized_new (64 * 1024);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<circondario format=\""
                        G_STRINGIFY (CDO_DISTRICT_XML_FORMAT_VERSION) "\">\n");
  if (g_date_valid (&district->first_day))
    {
      open_tag (out, 1, "election");
      attr_date (out, "first-day", &district->first_day);
      attr_date (out, "second-day", &district->second_day);
      attr_date (out, "runoff-first-day", &district->runoff_first_day);
      attr_date (out, "runoff-second-day", &district->runoff_second_day);
      g_string_append (out, "/>\n");
    }
  for (guint i = 0; i < district->comuni->len; i++)
    write_comune (out, 1, g_ptr_array_index (district->comuni, i));
  g_string_append (out, "</circondario>\n");
  return g_string_free_to_bytes (out);
}

gboolean
cdo_district_xml_write_file (CdoDistrict  *district,
                             const char   *path,
                             GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (district != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cdo_district_xml_write_bytes (district);
  data = g_bytes_get_data (bytes, &size);
  if (size > CDO_DISTRICT_XML_MAX_SIZE)
    {
      g_autofree char *actual = g_format_size (size);
      g_autofree char *limit = g_format_size (CDO_DISTRICT_XML_MAX_SIZE);

      g_set_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_TOO_LARGE,
                   _("%s was not written: the district would take %s, and a district file "
                     "may take at most %s. Replace the largest symbols with smaller images."),
                   path, actual, limit);
      return FALSE;
    }
  /* The last guard: what the reader would refuse is not written, so that an export can
   * always be imported again. The store's edits keep the same rules but let a filing in
   * progress miss the names typed in later, and a district may also come from an older
   * file or from code that filled it by hand. */
  if (!cdo_district_check (district, &local))
    {
      g_set_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_BAD_VALUE,
                   _("%s was not written, because the district could not be imported from "
                     "it. %s"), path, local->message);
      return FALSE;
    }
  /* A temporary file beside @path, synced, then renamed over it: a crash leaves either the
   * old file or the new one, never half of one. */
  if (!g_file_set_contents_full (path, data, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0666, &local))
    {
      g_set_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_IO,
                   _("Could not write %s: %s. Check that the folder exists and that you may "
                     "write in it."), path, local->message);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  CdoDistrict *district;   /* borrowed: unchanged until the callback */
  char        *path;
} WriteTask;

static void
write_task_free (WriteTask *data)
{
  g_free (data->path);
  g_free (data);
}

static void
write_file_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  WriteTask *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!cdo_district_xml_write_file (data->district, data->path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
cdo_district_xml_write_file_async (CdoDistrict         *district,
                                   const char          *path,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteTask *data;

  g_return_if_fail (district != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (WriteTask, 1);
  data->district = district;
  data->path = g_strdup (path);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cdo_district_xml_write_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_task_free);
  g_task_run_in_thread (task, write_file_thread);
}

gboolean
cdo_district_xml_write_file_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == cdo_district_xml_write_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
