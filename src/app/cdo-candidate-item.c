/* cdo-candidate-item.c: a candidate of the list being edited, as a list item
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The candidates table binds its cells to these properties. Like the filing items, an
 * item points into a snapshot and is handed the same candidate in the next one after an
 * edit, so that the table keeps its selection while the list is edited.
 */
#define G_LOG_DOMAIN "cdo-candidate-item"

#include <glib/gi18n.h>

#include "cdo-candidate-item.h"
#include "cdo-format.h"

struct _CdoCandidateItem
{
  GObject             parent_instance;

  CdoSnapshot        *snapshot;
  CdoCandidate       *candidate;
  guint               position;
  CdoDocumentContext  context;

  char               *name;
  char               *born;
  char               *documents;
  gboolean            complete;
};

enum {
  PROP_0,
  PROP_POSITION,
  PROP_SURNAME,
  PROP_GIVEN_NAMES,
  PROP_NAME,
  PROP_SEX,
  PROP_BORN,
  PROP_BIRTHPLACE,
  PROP_DOCUMENTS,
  PROP_COMPLETE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (CdoCandidateItem, cdo_candidate_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

char *
cdo_documents_summarize (GPtrArray                *documents,
                         CdoDocumentHolder         holder,
                         const CdoDocumentContext *context,
                         gboolean                 *out_complete)
{
  CdoDocumentCatalog *catalog = cdo_document_catalog_get_default ();
  guint missing = 0, incomplete = 0;

  for (guint i = 0; i < cdo_document_catalog_get_n_kinds (catalog); i++)
    {
      const CdoDocumentKind *kind = cdo_document_catalog_get_kind (catalog, i);
      CdoDocument *document;

      if (!cdo_document_kind_applies_to (kind, holder))
        continue;
      document = documents != NULL ? cdo_documents_find (documents, kind->name) : NULL;
      if (document == NULL)
        {
          if (cdo_document_kind_is_required (kind, holder, context))
            missing++;
        }
      else if (!document->complete)
        incomplete++;
    }

  if (out_complete != NULL)
    *out_complete = missing == 0 && incomplete == 0;

  if (missing > 0 && incomplete > 0)
    /* Translators: a summary of a candidate's papers, e.g. "1 missing, 1 incomplete". */
    return g_strdup_printf (_("%u missing, %u incomplete"), missing, incomplete);
  if (missing > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u missing", "%u missing", missing),
                            missing);
  if (incomplete > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u incomplete", "%u incomplete",
                                         incomplete),
                            incomplete);
  /* Translators: every document required of the candidate was filed. */
  return g_strdup (_("Complete"));
}

static void
compute (CdoCandidateItem *self)
{
  CdoDocumentContext context = self->context;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->born, g_free);
  g_clear_pointer (&self->documents, g_free);

  self->name = cdo_format_person (self->candidate->surname, self->candidate->given_names);
  self->born = cdo_format_day (&self->candidate->born);
  context.eu_citizen = self->candidate->eu_state != NULL && self->candidate->eu_state[0] != '\0';
  self->documents = cdo_documents_summarize (self->candidate->documents,
                                             CDO_DOCUMENT_HOLDER_CANDIDATE, &context,
                                             &self->complete);
}

static void
cdo_candidate_item_finalize (GObject *object)
{
  CdoCandidateItem *self = CDO_CANDIDATE_ITEM (object);

  g_clear_object (&self->snapshot);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->born, g_free);
  g_clear_pointer (&self->documents, g_free);

  G_OBJECT_CLASS (cdo_candidate_item_parent_class)->finalize (object);
}

static void
cdo_candidate_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CdoCandidateItem *self = CDO_CANDIDATE_ITEM (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_SURNAME:
      g_value_set_string (value, self->candidate->surname);
      break;

    case PROP_GIVEN_NAMES:
      g_value_set_string (value, self->candidate->given_names);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SEX:
      g_value_set_string (value, self->candidate->sex == CDO_SEX_UNKNOWN
                                 ? "" : cdo_sex_to_string (self->candidate->sex));
      break;

    case PROP_BORN:
      g_value_set_string (value, self->born);
      break;

    case PROP_BIRTHPLACE:
      g_value_set_string (value, self->candidate->birthplace);
      break;

    case PROP_DOCUMENTS:
      g_value_set_string (value, self->documents);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_candidate_item_class_init (CdoCandidateItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = cdo_candidate_item_finalize;
  object_class->get_property = cdo_candidate_item_get_property;

  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_SURNAME] = g_param_spec_string ("surname", NULL, NULL, NULL, flags);
  properties[PROP_GIVEN_NAMES] = g_param_spec_string ("given-names", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SEX] = g_param_spec_string ("sex", NULL, NULL, NULL, flags);
  properties[PROP_BORN] = g_param_spec_string ("born", NULL, NULL, NULL, flags);
  properties[PROP_BIRTHPLACE] = g_param_spec_string ("birthplace", NULL, NULL, NULL, flags);
  properties[PROP_DOCUMENTS] = g_param_spec_string ("documents", NULL, NULL, NULL, flags);
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cdo_candidate_item_init (CdoCandidateItem *self)
{
}

CdoCandidateItem *
cdo_candidate_item_new (CdoSnapshot              *snapshot,
                        CdoCandidate             *candidate,
                        guint                     position,
                        const CdoDocumentContext *context)
{
  CdoCandidateItem *self;

  g_return_val_if_fail (CDO_IS_SNAPSHOT (snapshot), NULL);
  g_return_val_if_fail (candidate != NULL, NULL);
  g_return_val_if_fail (context != NULL, NULL);

  self = g_object_new (CDO_TYPE_CANDIDATE_ITEM, NULL);
  self->snapshot = g_object_ref (snapshot);
  self->candidate = candidate;
  self->position = position;
  self->context = *context;
  compute (self);
  return self;
}

void
cdo_candidate_item_update (CdoCandidateItem         *self,
                           CdoSnapshot              *snapshot,
                           CdoCandidate             *candidate,
                           guint                     position,
                           const CdoDocumentContext *context)
{
  g_return_if_fail (CDO_IS_CANDIDATE_ITEM (self));
  g_return_if_fail (CDO_IS_SNAPSHOT (snapshot));
  g_return_if_fail (candidate != NULL);
  g_return_if_fail (context != NULL);

  g_set_object (&self->snapshot, snapshot);
  self->candidate = candidate;
  self->position = position;
  self->context = *context;
  compute (self);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_POSITION; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

CdoCandidate *
cdo_candidate_item_get_candidate (CdoCandidateItem *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_ITEM (self), NULL);

  return self->candidate;
}

guint
cdo_candidate_item_get_position (CdoCandidateItem *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_ITEM (self), 0);

  return self->position;
}

gint64
cdo_candidate_item_get_row_id (CdoCandidateItem *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_ITEM (self), 0);

  return self->candidate->row_id;
}

const char *
cdo_candidate_item_get_documents (CdoCandidateItem *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_ITEM (self), NULL);

  return self->documents;
}

gboolean
cdo_candidate_item_get_complete (CdoCandidateItem *self)
{
  g_return_val_if_fail (CDO_IS_CANDIDATE_ITEM (self), FALSE);

  return self->complete;
}
