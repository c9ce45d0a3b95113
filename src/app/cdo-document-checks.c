/* cdo-document-checks.c: a check box per document of the catalogue, plus "incomplete"
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kinds come from the document catalogue (data/documents/catalog.xml): a kind
 * added there shows up here with no change to the window. Each kind is one line: a
 * check box "filed" with the kind's label and, beside it, "incomplete" for papers that
 * were handed in but are defective (a missing authentication, say), which the receipt
 * lists as such. Papers are never refused, so "incomplete" is recorded, not enforced.
 */
#define G_LOG_DOMAIN "cdo-document-checks"

#include <glib/gi18n.h>

#include "cdo-check-button.h"
#include "cdo-district.h"
#include "cdo-document-checks.h"

typedef struct {
  const CdoDocumentKind *kind;
  GtkCheckButton        *filed;
  GtkCheckButton        *incomplete;
  GtkLabel              *required;
} KindLine;

struct _CdoDocumentChecks
{
  GtkWidget           parent_instance;

  CdoDocumentHolder   holder;
  GArray             *lines;       /* KindLine */
  GtkWidget          *box;
  GtkWidget          *grid;
  GtkWidget          *more_button;
  CdoDocumentContext  context;
  gboolean            has_context;
  gboolean            show_all;
  gboolean            syncing;
};

enum {
  PROP_0,
  PROP_HOLDER,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (CdoDocumentChecks, cdo_document_checks, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_sensitivity (KindLine *line)
{
  gboolean filed = gtk_check_button_get_active (line->filed);

  gtk_widget_set_sensitive (GTK_WIDGET (line->incomplete), filed);
}

/* Papers the law asks of this person or list are always shown, and so is whatever was
 * filed; the others (an EU citizen's, a party's…) wait behind "Show more", so that the
 * secretary reads a short checklist. Nothing is ever out of reach: papers that are not
 * required may still be handed in, and are recorded like the others. */
static void
update_visibility (CdoDocumentChecks *self)
{
  guint hidden = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < self->lines->len; i++)
    {
      KindLine *line = &g_array_index (self->lines, KindLine, i);
      gboolean required = self->has_context
                          && cdo_document_kind_is_required (line->kind, self->holder,
                                                            &self->context);
      gboolean visible = !self->has_context || self->show_all || required
                         || gtk_check_button_get_active (line->filed);

      if (!visible)
        hidden++;
      gtk_widget_set_visible (GTK_WIDGET (line->filed), visible);
      gtk_widget_set_visible (GTK_WIDGET (line->required), visible);
      gtk_widget_set_visible (GTK_WIDGET (line->incomplete), visible);
    }

  if (self->show_all)
    label = g_strdup (_("Show only the documents required"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u more document",
                                          "Show %u more documents", hidden),
                             hidden);
  gtk_button_set_label (GTK_BUTTON (self->more_button), label);
  gtk_widget_set_visible (self->more_button, hidden > 0 || self->show_all);
}

static void
more_clicked_cb (CdoDocumentChecks *self)
{
  g_assert (CDO_IS_DOCUMENT_CHECKS (self));

  self->show_all = !self->show_all;
  update_visibility (self);
}

static void
check_toggled_cb (CdoDocumentChecks *self,
                  GtkCheckButton    *button)
{
  g_assert (CDO_IS_DOCUMENT_CHECKS (self));

  for (guint i = 0; i < self->lines->len; i++)
    {
      KindLine *line = &g_array_index (self->lines, KindLine, i);

      if (line->filed != button && line->incomplete != button)
        continue;
      /* Papers no longer filed cannot be incomplete either. */
      if (line->filed == button && !gtk_check_button_get_active (button) &&
          gtk_check_button_get_active (line->incomplete))
        {
          gboolean was_syncing = self->syncing;

          self->syncing = TRUE;
          gtk_check_button_set_active (line->incomplete, FALSE);
          self->syncing = was_syncing;
        }
      update_sensitivity (line);
    }

  if (!self->syncing)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
build_lines (CdoDocumentChecks *self)
{
  CdoDocumentCatalog *catalog = cdo_document_catalog_get_default ();
  int row = 0;

  for (guint i = 0; i < cdo_document_catalog_get_n_kinds (catalog); i++)
    {
      const CdoDocumentKind *kind = cdo_document_catalog_get_kind (catalog, i);
      const char *label = cdo_document_kind_get_label (kind);
      g_autofree char *incomplete_name = NULL;
      g_autofree char *tooltip = NULL;
      KindLine line = { kind, NULL, NULL, NULL };
      GtkWidget *title;

      if (!cdo_document_kind_applies_to (kind, self->holder))
        continue;

      line.filed = GTK_CHECK_BUTTON (cdo_check_button_new (NULL));
      title = gtk_label_new (label);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_set_hexpand (title, TRUE);
      gtk_check_button_set_child (line.filed, title);
      gtk_widget_set_hexpand (GTK_WIDGET (line.filed), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (line.filed),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      /* The Italian wording and the law, as the commission quotes them. */
      tooltip = g_strdup_printf ("%s\n%s", kind->label_it, kind->citation);
      gtk_widget_set_tooltip_text (GTK_WIDGET (line.filed), tooltip);

      line.required = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_add_css_class (GTK_WIDGET (line.required), "caption");
      gtk_widget_add_css_class (GTK_WIDGET (line.required), "dim-label");
      gtk_widget_set_valign (GTK_WIDGET (line.required), GTK_ALIGN_CENTER);

      line.incomplete = GTK_CHECK_BUTTON (cdo_check_button_new (_("Incomplete")));
      gtk_widget_set_valign (GTK_WIDGET (line.incomplete), GTK_ALIGN_CENTER);
      /* Translators: the accessible name of the "Incomplete" check box beside a document. */
      incomplete_name = g_strdup_printf (_("Incomplete: %s"), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (line.incomplete),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, incomplete_name, -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (line.incomplete),
                                   _("Handed in, but defective: the receipt says so and the "
                                     "commission decides"));

      g_signal_connect_object (line.filed, "toggled", G_CALLBACK (check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (line.incomplete, "toggled", G_CALLBACK (check_toggled_cb), self,
                               G_CONNECT_SWAPPED);

      gtk_grid_attach (GTK_GRID (self->grid), GTK_WIDGET (line.filed), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), GTK_WIDGET (line.required), 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), GTK_WIDGET (line.incomplete), 2, row, 1, 1);
      row++;

      g_array_append_val (self->lines, line);
      update_sensitivity (&g_array_index (self->lines, KindLine, self->lines->len - 1));
    }
}

static void
cdo_document_checks_dispose (GObject *object)
{
  CdoDocumentChecks *self = CDO_DOCUMENT_CHECKS (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (cdo_document_checks_parent_class)->dispose (object);
}

static void
cdo_document_checks_finalize (GObject *object)
{
  CdoDocumentChecks *self = CDO_DOCUMENT_CHECKS (object);

  g_clear_pointer (&self->lines, g_array_unref);

  G_OBJECT_CLASS (cdo_document_checks_parent_class)->finalize (object);
}

static void
cdo_document_checks_constructed (GObject *object)
{
  CdoDocumentChecks *self = CDO_DOCUMENT_CHECKS (object);

  G_OBJECT_CLASS (cdo_document_checks_parent_class)->constructed (object);

  build_lines (self);
}

static void
cdo_document_checks_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CdoDocumentChecks *self = CDO_DOCUMENT_CHECKS (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      g_value_set_uint (value, self->holder);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_document_checks_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CdoDocumentChecks *self = CDO_DOCUMENT_CHECKS (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      self->holder = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cdo_document_checks_class_init (CdoDocumentChecksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cdo_document_checks_constructed;
  object_class->dispose = cdo_document_checks_dispose;
  object_class->finalize = cdo_document_checks_finalize;
  object_class->get_property = cdo_document_checks_get_property;
  object_class->set_property = cdo_document_checks_set_property;

  /* Whose documents: one CdoDocumentHolder bit (1 candidate, 2 mayor, 4 list). */
  properties[PROP_HOLDER] =
    g_param_spec_uint ("holder", NULL, NULL, CDO_DOCUMENT_HOLDER_CANDIDATE,
                       CDO_DOCUMENT_HOLDER_LIST, CDO_DOCUMENT_HOLDER_CANDIDATE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CdoDocumentChecks::changed:
   *
   * The person ticked or unticked a box.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cdo-document-checks");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cdo_document_checks_init (CdoDocumentChecks *self)
{
  self->lines = g_array_new (FALSE, TRUE, sizeof (KindLine));
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 2);
  self->more_button = gtk_button_new ();
  gtk_widget_set_halign (self->more_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->more_button, "flat");
  gtk_widget_add_css_class (self->more_button, "caption");
  gtk_widget_set_visible (self->more_button, FALSE);
  g_signal_connect_object (self->more_button, "clicked", G_CALLBACK (more_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), self->grid);
  gtk_box_append (GTK_BOX (self->box), self->more_button);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
cdo_document_checks_new (CdoDocumentHolder holder)
{
  return g_object_new (CDO_TYPE_DOCUMENT_CHECKS, "holder", (guint) holder, NULL);
}

void
cdo_document_checks_set_documents (CdoDocumentChecks *self,
                                   GPtrArray         *documents)
{
  g_return_if_fail (CDO_IS_DOCUMENT_CHECKS (self));

  self->syncing = TRUE;
  for (guint i = 0; i < self->lines->len; i++)
    {
      KindLine *line = &g_array_index (self->lines, KindLine, i);
      CdoDocument *document = documents != NULL ? cdo_documents_find (documents, line->kind->name)
                                                : NULL;

      gtk_check_button_set_active (line->filed, document != NULL);
      gtk_check_button_set_active (line->incomplete, document != NULL && !document->complete);
      update_sensitivity (line);
    }
  self->syncing = FALSE;
  update_visibility (self);
}

GPtrArray *
cdo_document_checks_dup_documents (CdoDocumentChecks *self)
{
  GPtrArray *documents;

  g_return_val_if_fail (CDO_IS_DOCUMENT_CHECKS (self), NULL);

  documents = g_ptr_array_new_with_free_func ((GDestroyNotify) cdo_document_free);
  for (guint i = 0; i < self->lines->len; i++)
    {
      KindLine *line = &g_array_index (self->lines, KindLine, i);

      if (gtk_check_button_get_active (line->filed))
        g_ptr_array_add (documents,
                         cdo_document_new (line->kind->name,
                                           !gtk_check_button_get_active (line->incomplete)));
    }

  return documents;
}

void
cdo_document_checks_set_context (CdoDocumentChecks        *self,
                                 const CdoDocumentContext *context)
{
  g_return_if_fail (CDO_IS_DOCUMENT_CHECKS (self));
  g_return_if_fail (context != NULL);

  self->context = *context;
  self->has_context = TRUE;
  for (guint i = 0; i < self->lines->len; i++)
    {
      KindLine *line = &g_array_index (self->lines, KindLine, i);
      gboolean required = cdo_document_kind_is_required (line->kind, self->holder, context);

      /* Translators: beside a document the law requires of this person or list. */
      gtk_label_set_label (line->required, required ? _("required") : _("not required here"));
    }
  update_visibility (self);
}

static KindLine *
find_line (CdoDocumentChecks *self,
           const char        *kind_name)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      KindLine *line = &g_array_index (self->lines, KindLine, i);

      if (g_strcmp0 (line->kind->name, kind_name) == 0)
        return line;
    }

  return NULL;
}

GtkCheckButton *
cdo_document_checks_get_check (CdoDocumentChecks *self,
                               const char        *kind_name)
{
  KindLine *line;

  g_return_val_if_fail (CDO_IS_DOCUMENT_CHECKS (self), NULL);

  line = find_line (self, kind_name);
  return line != NULL ? line->filed : NULL;
}

GtkCheckButton *
cdo_document_checks_get_incomplete_check (CdoDocumentChecks *self,
                                          const char        *kind_name)
{
  KindLine *line;

  g_return_val_if_fail (CDO_IS_DOCUMENT_CHECKS (self), NULL);

  line = find_line (self, kind_name);
  return line != NULL ? line->incomplete : NULL;
}
