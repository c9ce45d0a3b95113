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

/* Groups of fields typed but not yet saved. The mayor, the chosen candidate and the list
 * are each saved by one store call; the list's signatures and filing time are groups of
 * their own inside that call, because they are the list's fields that can hold text which
 * is not a value (half-typed): a refused one is kept apart from the fields saved with it.
 *
 * A group is pending from a change typed in it until the next save (a pause in typing,
 * Enter, the focus leaving the editor, cdo_filing_editor_flush()), which saves what is
 * valid and says what is not. Text refused after a mere pause stays pending, so that
 * Enter says what is wrong. A pending group is left alone when the editor shows the file
 * again after its own save; any other reload of the file (undo, redo, another filing, an
 * import) shows the file and forgets what was pending, so that an undone edit is never
 * written back. */
typedef enum {
  PENDING_MAYOR      = 1 << 0,  /* cdo_store_update_candidacy() */
  PENDING_LIST       = 1 << 1,  /* cdo_store_update_list(): name, party symbol, documents,
                                 * delegates */
  PENDING_CANDIDATE  = 1 << 2,  /* cdo_store_update_candidate() of the chosen candidate */
  PENDING_SIGNATURES = 1 << 3,  /* cdo_store_update_list(): the declared signatures */
  PENDING_FILED      = 1 << 4,  /* cdo_store_update_list(): the day and minute of filing */
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
  CdoLateness         lateness;

  GListStore         *candidates;
  GtkSingleSelection *candidate_selection;
  gint64              editing_candidate;   /* row id of the candidate in the form; 0: a new one */

  Pending             pending;
  Pending             kept;       /* refused by the file on Enter and the like: the fields keep
                                   * what was typed (marked) until typed in again, or until the
                                   * file is shown anew (undo, another filing) */
  guint               commit_source;
  gboolean            syncing;
  gboolean            quiet;      /* saving because typing paused: no message for half-typed text */
  gboolean            own_change; /* emitting ::changed: the reload that follows is of our save */
  gboolean            refused;    /* the last save refused something typed */
  gboolean            changed_while_showing;
  GtkFileChooserNative *symbol_chooser;

  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkLabel           *incomplete_label;
  GtkWidget          *late_banner;
  GtkLabel           *late_label;
  GtkWidget          *lateness_box;
  GtkLabel           *lateness_label;
  GtkWidget          *voting_days_button;
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
void     _cdo_filing_editor_refused           (CdoFilingEditor *self,
                                               Pending          what,
                                               const char      *heading,
                                               const GError    *error);
gboolean _cdo_filing_editor_holds             (CdoFilingEditor *self,
                                               Pending          what);
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
