/* cdo-filing-editor-private.h: what the editor's files share
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-document-checks.h"
#include "cdo-filing-editor.h"
#include "cdo-person-fields.h"

G_BEGIN_DECLS

/* Groups of fields typed but not yet saved; each is saved by one store call. */
typedef enum {
  PENDING_MAYOR     = 1 << 0,  /* cdo_store_update_candidacy() */
  PENDING_LIST      = 1 << 1,  /* cdo_store_update_list() */
  PENDING_CANDIDATE = 1 << 2,  /* cdo_store_update_candidate() of the chosen candidate */
} Pending;

struct _CdoFilingEditor
{
  GtkWidget           parent_instance;

  CdoStore           *store;
  CdoSnapshot        *snapshot;
  gint64              key;
  CdoComuneRecord    *comune;
  CdoCandidacy       *candidacy;
  CdoCandidateList   *list;
  CdoDocumentContext  context;
  gboolean            late;

  GListStore         *candidates;
  GtkSingleSelection *candidate_selection;
  gint64              editing_candidate;   /* row id of the candidate in the form; 0: a new one */

  Pending             pending;
  guint               commit_source;
  gboolean            syncing;
  gboolean            quiet;      /* saving because typing paused: no message for half-typed text */
  gboolean            changed_while_showing;
  GtkFileChooserNative *symbol_chooser;

  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkWidget          *late_banner;
  GtkLabel           *late_label;
  AdwActionRow       *filed_row;
  GtkEntry           *filed_day;
  GtkEntry           *filed_minute;
  AdwPreferencesGroup *mayor_group;
  CdoPersonFields    *mayor_fields;
  CdoDocumentChecks  *mayor_documents;
  AdwPreferencesGroup *list_group;
  AdwEntryRow        *list_name_row;
  AdwActionRow       *symbol_row;
  GtkDrawingArea     *symbol_area;
  AdwEntryRow        *signatures_row;
  GtkSwitch          *party_switch;
  CdoDocumentChecks  *list_documents;
  AdwPreferencesGroup *candidates_group;
  GtkWidget          *candidate_form;
  GtkLabel           *candidate_form_title;
  CdoPersonFields    *candidate_fields;
  CdoDocumentChecks  *candidate_documents;
  GtkWidget          *candidate_done_button;
  GtkWidget          *add_candidate_button;
  GtkScrolledWindow  *candidates_scroller;
  GtkColumnView      *candidates_view;
  GtkLabel           *candidates_hint;
  AdwPreferencesGroup *delegates_group;
  GtkListBox         *delegates_list;
};

/* cdo-filing-editor.c */
void     _cdo_filing_editor_schedule          (CdoFilingEditor *self,
                                               Pending          what);
void     _cdo_filing_editor_saved             (CdoFilingEditor *self);
void     _cdo_filing_editor_store_failed      (CdoFilingEditor *self,
                                               const char      *heading,
                                               const GError    *error);
void     _cdo_filing_editor_toast             (CdoFilingEditor *self,
                                               const char      *message);
void     _cdo_filing_editor_invalid           (CdoFilingEditor *self,
                                               Pending          what,
                                               const char      *message);
gboolean _cdo_filing_editor_documents_equal   (GPtrArray       *a,
                                               GPtrArray       *b);
void     _cdo_filing_editor_update_actions    (CdoFilingEditor *self);

/* cdo-filing-editor-candidates.c */
void     _cdo_filing_editor_class_candidates_init (GtkWidgetClass  *widget_class);
void     _cdo_filing_editor_candidates_init   (CdoFilingEditor *self);
void     _cdo_filing_editor_sync_candidates   (CdoFilingEditor *self);
gboolean _cdo_filing_editor_commit_candidate  (CdoFilingEditor *self);
void     _cdo_filing_editor_candidate_changed (CdoFilingEditor *self);
void     _cdo_filing_editor_candidate_activate (CdoFilingEditor *self);

G_END_DECLS
