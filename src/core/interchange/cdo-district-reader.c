/* cdo-district-reader.c: reading the district interchange format into a CdoDistrict
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three passes over the parsed tree, each of which may refuse the file:
 *
 *  1. values: every element in its place, every attribute known, present when required and
 *     of its form (with the rules shared in cdo-district-check.h), the document kinds, and
 *     the format's version first, so that the message names the element, the attribute and
 *     the value and says what to write (the schema would only say "failed to validate
 *     attributes");
 *  2. the schema (data/district/district.rng), for the shape;
 *  3. the build: ids unique in the file and new to the target district, one <comune> per
 *     comune, documents and links named once, references resolved within the comune, symbols
 *     safe to read, present, bounded and of the declared type.
 *
 * Nothing is handed out until all three passed, so a refused file changes nothing. Pass 1
 * lives in cdo-district-values.c and the symbols in cdo-district-symbol.c.
 */
#define G_LOG_DOMAIN "cdo-district-xml"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-district-reader-private.h"
#include "cdo-rule-book-private.h"
#include "cdo-xml.h"

G_DEFINE_QUARK (cdo-district-xml-error-quark, cdo_district_xml_error)

typedef CdoDistrictReader Reader;

typedef enum {
  REFERENCE_SUPPORTS,   /* a loose list's supports= */
  REFERENCE_LINK,       /* a candidacy's <link list=…/> */
} ReferenceKind;

typedef struct {
  ReferenceKind  kind;
  const char    *from;    /* the id of the list or candidacy declaring it, owned by the model */
  const char    *to;      /* the id it names, owned by the model */
  long           line;
} Reference;

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->target_ids, g_hash_table_unref);
  g_clear_pointer (&self->comuni, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

gboolean
_cdo_district_reader_fail (CdoDistrictReader  *self,
                           GError            **error,
                           int                 code,
                           xmlNode            *node,
                           const char         *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, CDO_DISTRICT_XML_ERROR, code,
               /* Translators: file name, line number, and what is wrong there */
               _("%s, line %ld: %s"), self->origin, node ? xmlGetLineNo (node) : 0L, message);
  return FALSE;
}

/* The short name the passes use for it. */
#define fail _cdo_district_reader_fail

/* Pass 3: the build. Values were checked in pass 1 and the shape in pass 2. */

static void
get_date (xmlNode    *node,
          const char *name,
          GDate      *out_date)
{
  g_autofree char *text = cdo_xml_get_attr (node, name);

  g_date_clear (out_date, 1);
  if (text != NULL && !cdo_date_parse_iso (text, out_date))
    g_date_clear (out_date, 1);
}

static gint64
get_number (xmlNode    *node,
            const char *name,
            gint64      absent)
{
  g_autofree char *text = cdo_xml_get_attr (node, name);
  gint64 number;

  /* The schema allows at most nine digits. */
  if (text == NULL || !g_ascii_string_to_signed (text, 10, 0, G_MAXINT32, &number, NULL))
    return absent;
  return number;
}

static gboolean
get_yes (xmlNode    *node,
         const char *name)
{
  g_autofree char *text = cdo_xml_get_attr (node, name);

  return g_strcmp0 (text, "yes") == 0;
}

static gboolean
register_id (Reader      *self,
             xmlNode     *node,
             const char  *id,
             GError     **error)
{
  gpointer first_line;

  if (g_hash_table_lookup_extended (self->ids, id, NULL, &first_line))
    return fail (self, error, CDO_DISTRICT_XML_ERROR_DUPLICATE, node,
                 _("the id “%s” is already used on line %ld. Every candidacy and list needs "
                   "an id of its own: change one of them."),
                 id, (long) GPOINTER_TO_SIZE (first_line));
  if (self->target_ids != NULL && g_hash_table_contains (self->target_ids, id))
    return fail (self, error, CDO_DISTRICT_XML_ERROR_EXISTS, node,
                 _("the district already has a candidacy or list with the id “%s”. If this "
                   "dossier was imported before, leave it out; otherwise give it a new id."),
                 id);
  g_hash_table_insert (self->ids, g_strdup (id), GSIZE_TO_POINTER (xmlGetLineNo (node)));
  return TRUE;
}

static gboolean
read_document (Reader     *self,
               xmlNode    *node,
               GPtrArray  *documents,
               GError    **error)
{
  g_autofree char *kind = cdo_xml_get_attr (node, "kind");
  g_autofree char *complete = cdo_xml_get_attr (node, "complete");

  if (cdo_documents_find (documents, kind) != NULL)
    return fail (self, error, CDO_DISTRICT_XML_ERROR_DUPLICATE, node,
                 _("the document “%s” is listed twice here. Keep one <document> for it "
                   "(with complete=\"no\" if it is incomplete)."), kind);
  g_ptr_array_add (documents, cdo_document_new (kind, g_strcmp0 (complete, "no") != 0));
  return TRUE;
}

static CdoCandidate *
read_person (Reader   *self,
             xmlNode  *node,
             GError  **error)
{
  g_autoptr(CdoCandidate) person = cdo_candidate_new ();
  g_autofree char *sex = cdo_xml_get_attr (node, "sex");

  person->surname = cdo_xml_get_attr (node, "surname");
  person->given_names = cdo_xml_get_attr (node, "given-names");
  if (sex == NULL || !cdo_sex_from_string (sex, &person->sex))
    person->sex = CDO_SEX_UNKNOWN;
  get_date (node, "born", &person->born);
  person->birthplace = cdo_xml_get_attr (node, "birthplace");
  person->eu_state = cdo_xml_get_attr (node, "eu-state");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (cdo_xml_is_element (child, "document")
        && !read_document (self, child, person->documents, error))
      return NULL;
  return g_steal_pointer (&person);
}

static gboolean
read_mayor (Reader        *self,
            xmlNode       *node,
            CdoCandidacy  *candidacy,
            GError       **error)
{
  candidacy->mayor = read_person (self, node, error);
  if (candidacy->mayor == NULL)
    return FALSE;
  candidacy->consecutive_terms = (int) get_number (node, "consecutive-terms", 0);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *ended = NULL;
      CdoMayorTerm *term;

      if (!cdo_xml_is_element (child, "term"))
        continue;
      term = cdo_mayor_term_new ();
      get_date (child, "from", &term->from);
      get_date (child, "to", &term->to);
      ended = cdo_xml_get_attr (child, "ended");
      if (!cdo_term_end_from_string (ended, &term->ended))
        term->ended = CDO_TERM_ENDED_NATURAL;
      g_ptr_array_add (candidacy->terms, term);
    }
  return TRUE;
}

static CdoCandidateList *
read_list (Reader   *self,
           xmlNode  *node,
           GError  **error)
{
  g_autoptr(CdoCandidateList) list = cdo_candidate_list_new ();
  g_autofree char *filed = cdo_xml_get_attr (node, "filed");
  xmlNode *data_node = NULL;

  list->id = cdo_xml_get_attr (node, "id");
  if (!register_id (self, node, list->id, error))
    return NULL;
  list->name = cdo_xml_get_attr (node, "name");
  list->symbol_path = cdo_xml_get_attr (node, "symbol");
  list->has_filed = filed != NULL && cdo_filing_time_parse (filed, &list->filed);
  list->filed_recorded_at = cdo_xml_get_attr (node, "filed-recorded-at");
  list->signatures = (int) get_number (node, "signatures", -1);
  list->party_symbol = get_yes (node, "party-symbol");
  list->supports = cdo_xml_get_attr (node, "supports");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (cdo_xml_is_element (child, "candidate"))
        {
          CdoCandidate *candidate = read_person (self, child, error);

          if (candidate == NULL)
            return NULL;
          g_ptr_array_add (list->candidates, candidate);
        }
      else if (cdo_xml_is_element (child, "document"))
        {
          if (!read_document (self, child, list->documents, error))
            return NULL;
        }
      else if (cdo_xml_is_element (child, "delegate"))
        {
          CdoDelegate *delegate = cdo_delegate_new ();

          delegate->surname = cdo_xml_get_attr (child, "surname");
          delegate->given_names = cdo_xml_get_attr (child, "given-names");
          g_ptr_array_add (list->delegates, delegate);
        }
      else if (cdo_xml_is_element (child, "signatory"))
        {
          CdoSignatory *signatory = cdo_signatory_new ();

          signatory->surname = cdo_xml_get_attr (child, "surname");
          signatory->given_names = cdo_xml_get_attr (child, "given-names");
          get_date (child, "born", &signatory->born);
          get_date (child, "authenticated", &signatory->authenticated);
          g_ptr_array_add (list->signatories, signatory);
        }
      else if (cdo_xml_is_element (child, "symbol-data"))
        {
          if (data_node != NULL)
            {
              fail (self, error, CDO_DISTRICT_XML_ERROR_DUPLICATE, child,
                    _("the list “%s” has a second <symbol-data> (the first is on line %ld). "
                      "A list has one symbol: remove the other."),
                    list->id, xmlGetLineNo (data_node));
              return NULL;
            }
          data_node = child;
        }
    }
  if (!_cdo_district_reader_read_symbol (self, node, data_node, list, error))
    return NULL;
  return g_steal_pointer (&list);
}

static CdoCandidacy *
read_candidacy (Reader   *self,
                xmlNode  *node,
                GArray   *references,
                GError  **error)
{
  g_autoptr(CdoCandidacy) candidacy = cdo_candidacy_new ();

  candidacy->id = cdo_xml_get_attr (node, "id");
  if (!register_id (self, node, candidacy->id, error))
    return NULL;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (cdo_xml_is_element (child, "mayor"))
        {
          if (!read_mayor (self, child, candidacy, error))
            return NULL;
        }
      else if (cdo_xml_is_element (child, "list"))
        {
          CdoCandidateList *list = read_list (self, child, error);

          if (list == NULL)
            return NULL;
          g_ptr_array_add (candidacy->lists, list);
        }
      else if (cdo_xml_is_element (child, "link"))
        {
          char *to = cdo_xml_get_attr (child, "list");
          Reference reference = { REFERENCE_LINK, NULL, to, xmlGetLineNo (child) };

          for (guint i = 0; i < candidacy->links->len; i++)
            if (g_str_equal (g_ptr_array_index (candidacy->links, i), to))
              {
                fail (self, error, CDO_DISTRICT_XML_ERROR_DUPLICATE, child,
                      _("the candidacy “%s” declares its link with the list “%s” twice. "
                        "Remove one <link>."), candidacy->id, to);
                g_free (to);
                return NULL;
              }
          g_ptr_array_add (candidacy->links, to);
          reference.from = candidacy->id;
          g_array_append_val (references, reference);
        }
    }
  return g_steal_pointer (&candidacy);
}

/* The target's record of @comune, matched as the store matches an imported comune: by
 * ISTAT code when both have one, otherwise by name (ignoring case) and province. */
static CdoComuneRecord *
find_target_comune (Reader          *self,
                    CdoComuneRecord *comune)
{
  g_autofree char *folded = NULL;

  if (self->target == NULL)
    return NULL;
  folded = g_utf8_casefold (comune->name, -1);
  for (guint i = 0; i < self->target->comuni->len; i++)
    {
      CdoComuneRecord *candidate = g_ptr_array_index (self->target->comuni, i);
      g_autofree char *candidate_folded = NULL;

      if (comune->istat != NULL && candidate->istat != NULL)
        {
          if (g_str_equal (comune->istat, candidate->istat))
            return candidate;
          continue;
        }
      candidate_folded = g_utf8_casefold (candidate->name ? candidate->name : "", -1);
      if (g_str_equal (folded, candidate_folded)
          && g_strcmp0 (comune->province, candidate->province) == 0)
        return candidate;
    }
  return NULL;
}

static gboolean
comune_has_candidacy (CdoComuneRecord *comune,
                      const char      *id)
{
  for (guint i = 0; comune != NULL && i < comune->candidacies->len; i++)
    if (g_strcmp0 (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
lists_have (GPtrArray  *lists,
            const char *id)
{
  for (guint i = 0; i < lists->len; i++)
    if (g_strcmp0 (((CdoCandidateList *) g_ptr_array_index (lists, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
comune_has_list (CdoComuneRecord *comune,
                 const char      *id)
{
  if (comune == NULL)
    return FALSE;
  if (lists_have (comune->lists, id))
    return TRUE;
  for (guint i = 0; i < comune->candidacies->len; i++)
    if (lists_have (((CdoCandidacy *) g_ptr_array_index (comune->candidacies, i))->lists, id))
      return TRUE;
  return FALSE;
}

/* A link joins a mayor and a list of the same comune: in this file, or already in the
 * district when this is a dossier for a comune it has. */
static gboolean
resolve_references (Reader           *self,
                    CdoComuneRecord  *comune,
                    GArray           *references,
                    GError          **error)
{
  CdoComuneRecord *existing = find_target_comune (self, comune);

  for (guint i = 0; i < references->len; i++)
    {
      const Reference *reference = &g_array_index (references, Reference, i);
      g_autoptr(GError) local = NULL;

      if (reference->kind == REFERENCE_SUPPORTS
          && !comune_has_candidacy (comune, reference->to)
          && !comune_has_candidacy (existing, reference->to))
        local = g_error_new (CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_UNKNOWN_REFERENCE,
                             _("the list “%s” supports “%s”, but %s has no candidacy with "
                               "that id. Correct supports=, or remove it if the list "
                               "supports no mayoral candidate."),
                             reference->from, reference->to, comune->name);
      else if (reference->kind == REFERENCE_LINK
               && !comune_has_list (comune, reference->to)
               && !comune_has_list (existing, reference->to))
        local = g_error_new (CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_UNKNOWN_REFERENCE,
                             _("the candidacy “%s” declares a link with the list “%s”, but "
                               "%s has no list with that id. Correct <link list=…>, or "
                               "remove it."),
                             reference->from, reference->to, comune->name);
      if (local != NULL)
        {
          g_set_error (error, CDO_DISTRICT_XML_ERROR, local->code, _("%s, line %ld: %s"),
                       self->origin, reference->line, local->message);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
register_comune (Reader           *self,
                 xmlNode          *node,
                 CdoComuneRecord  *comune,
                 GError          **error)
{
  g_autofree char *folded = g_utf8_casefold (comune->name, -1);
  char *keys[2] = { g_strconcat ("name:", folded, NULL),
                    comune->istat ? g_strconcat ("istat:", comune->istat, NULL) : NULL };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gpointer first_line;

      if (keys[i] != NULL
          && g_hash_table_lookup_extended (self->comuni, keys[i], NULL, &first_line))
        {
          fail (self, error, CDO_DISTRICT_XML_ERROR_DUPLICATE, node,
                i == 0 ? _("the comune %s is already on line %ld. Put all its candidacies and "
                           "lists in one <comune>.")
                       : _("the ISTAT code of %s is already given to the comune on line %ld. "
                           "Correct istat=, or put all its candidacies in one <comune>."),
                comune->name, (long) GPOINTER_TO_SIZE (first_line));
          g_free (keys[0]);
          g_free (keys[1]);
          return FALSE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i] != NULL)
      g_hash_table_insert (self->comuni, keys[i], GSIZE_TO_POINTER (xmlGetLineNo (node)));
  return TRUE;
}

static CdoComuneRecord *
read_comune (Reader   *self,
             xmlNode  *node,
             GError  **error)
{
  g_autoptr(CdoComuneRecord) comune = cdo_comune_record_new ();
  g_autoptr(GArray) references = g_array_new (FALSE, FALSE, sizeof (Reference));

  comune->name = cdo_xml_get_attr (node, "name");
  comune->province = cdo_xml_get_attr (node, "province");
  comune->istat = cdo_xml_get_attr (node, "istat");
  comune->region = cdo_xml_get_attr (node, "region");
  comune->population = get_number (node, "population", 0);
  comune->population_source = cdo_xml_get_attr (node, "population-source");
  comune->capoluogo = get_yes (node, "capoluogo");
  if (!register_comune (self, node, comune, error))
    return NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (cdo_xml_is_element (child, "candidacy"))
        {
          CdoCandidacy *candidacy = read_candidacy (self, child, references, error);

          if (candidacy == NULL)
            return NULL;
          g_ptr_array_add (comune->candidacies, candidacy);
        }
      else if (cdo_xml_is_element (child, "list"))
        {
          CdoCandidateList *list = read_list (self, child, error);

          if (list == NULL)
            return NULL;
          g_ptr_array_add (comune->lists, list);
          if (list->supports != NULL)
            {
              Reference reference = { REFERENCE_SUPPORTS, list->id, list->supports,
                                      xmlGetLineNo (child) };

              g_array_append_val (references, reference);
            }
        }
    }
  if (!resolve_references (self, comune, references, error))
    return NULL;
  return g_steal_pointer (&comune);
}

static void
add_list_ids (GHashTable *ids,
              GPtrArray  *lists)
{
  for (guint i = 0; i < lists->len; i++)
    {
      CdoCandidateList *list = g_ptr_array_index (lists, i);

      if (list->id != NULL)
        g_hash_table_add (ids, list->id);
    }
}

static GHashTable *
collect_ids (CdoDistrict *district)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      add_list_ids (ids, comune->lists);
      for (guint c = 0; c < comune->candidacies->len; c++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, c);

          if (candidacy->id != NULL)
            g_hash_table_add (ids, candidacy->id);
          add_list_ids (ids, candidacy->lists);
        }
    }
  return ids;
}

CdoDistrict *
cdo_district_xml_read_bytes (GBytes       *xml,
                             const char   *origin,
                             const char   *base_dir,
                             CdoDistrict  *target,
                             GError      **error)
{
  g_auto(Reader) self = { 0 };
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(GError) days_error = NULL;
  xmlNode *root;

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cdo_core_ensure_resources ();
  self.origin = origin;
  self.base_dir = base_dir;
  self.catalog = cdo_document_catalog_get_default ();
  self.target = target;
  self.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.comuni = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (target != NULL)
    self.target_ids = collect_ids (target);

  doc = cdo_xml_parse (xml, origin, CDO_DISTRICT_XML_MAX_SIZE, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (!_cdo_district_reader_check_values (&self, root, error)
      || !cdo_xml_validate (doc, CDO_DISTRICT_XML_SCHEMA_RESOURCE, origin, error))
    return NULL;

  district = cdo_district_new ();
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      if (cdo_xml_is_element (node, "election"))
        {
          get_date (node, "first-day", &district->first_day);
          get_date (node, "second-day", &district->second_day);
          get_date (node, "runoff-first-day", &district->runoff_first_day);
          get_date (node, "runoff-second-day", &district->runoff_second_day);
          if (!cdo_district_check_election_days (district, &days_error))
            {
              fail (&self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node, "%s",
                    days_error->message);
              return NULL;
            }
        }
      else if (cdo_xml_is_element (node, "comune"))
        {
          CdoComuneRecord *comune = read_comune (&self, node, error);

          if (comune == NULL)
            return NULL;
          g_ptr_array_add (district->comuni, comune);
        }
    }
  return g_steal_pointer (&district);
}

CdoDistrict *
cdo_district_xml_read_file (const char   *path,
                            CdoDistrict  *target,
                            GError      **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *base_dir = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  GStatBuf info;
  gsize size;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Refuse a huge file before reading any of it. */
  if (g_stat (path, &info) == 0 && info.st_size > CDO_DISTRICT_XML_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (CDO_DISTRICT_XML_MAX_SIZE);

      g_set_error (error, CDO_XML_ERROR, CDO_XML_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %s and was not read. "
                     "Check that it is the right file."), path, limit);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &size, &local))
    {
      g_set_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_IO,
                   _("Could not read %s: %s"), path, local->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), size);
  base_dir = g_path_get_dirname (path);
  return cdo_district_xml_read_bytes (bytes, path, base_dir, target, error);
}

typedef struct {
  char        *path;
  CdoDistrict *target;
} ReadTask;

static void
read_task_free (ReadTask *data)
{
  g_free (data->path);
  g_free (data);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ReadTask *data = task_data;
  GError *error = NULL;
  CdoDistrict *district;

  if (g_task_return_error_if_cancelled (task))
    return;
  district = cdo_district_xml_read_file (data->path, data->target, &error);
  if (district == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, district, (GDestroyNotify) cdo_district_free);
}

void
cdo_district_xml_read_file_async (const char          *path,
                                  CdoDistrict         *target,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadTask *data;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ReadTask, 1);
  data->path = g_strdup (path);
  data->target = target;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cdo_district_xml_read_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) read_task_free);
  g_task_run_in_thread (task, read_file_thread);
}

CdoDistrict *
cdo_district_xml_read_file_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == cdo_district_xml_read_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
