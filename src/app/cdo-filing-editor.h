/* cdo-filing-editor.h: one filing as the secretary records it
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-snapshot.h"
#include "cdo-store.h"

G_BEGIN_DECLS

#define CDO_TYPE_FILING_EDITOR (cdo_filing_editor_get_type ())

G_DECLARE_FINAL_TYPE (CdoFilingEditor, cdo_filing_editor, CDO, FILING_EDITOR, GtkWidget)

GtkWidget        *cdo_filing_editor_new            (void);
/* The file edits go to (borrowed: the window owns it and outlives the editor's use). */
void              cdo_filing_editor_set_store      (CdoFilingEditor *self,
                                                    CdoStore        *store);
/* Shows the filing @key (cdo_filing_item_get_key()) of @snapshot; 0 or an unknown key
 * shows none. Commit pending edits first with cdo_filing_editor_flush(). */
void              cdo_filing_editor_show_filing    (CdoFilingEditor *self,
                                                    CdoSnapshot     *snapshot,
                                                    gint64           key);
gint64            cdo_filing_editor_get_key        (CdoFilingEditor *self);
/* Saves what was typed and not yet saved (edits are saved a moment after typing stops,
 * on Enter and when the focus leaves). Emits ::changed when something was saved;
 * returns FALSE when something could not be (the person was told why). */
gboolean          cdo_filing_editor_flush          (CdoFilingEditor *self);
gboolean          cdo_filing_editor_has_pending    (CdoFilingEditor *self);
void              cdo_filing_editor_focus_mayor    (CdoFilingEditor *self);
CdoComuneRecord  *cdo_filing_editor_get_comune     (CdoFilingEditor *self);
CdoCandidacy     *cdo_filing_editor_get_candidacy  (CdoFilingEditor *self);
CdoCandidateList *cdo_filing_editor_get_list       (CdoFilingEditor *self);
/* CdoCandidateItem, in list order. */
GListModel       *cdo_filing_editor_get_candidates (CdoFilingEditor *self);
/* Chooses the candidate at @position (1-based; 0 for none, to type a new one). */
void              cdo_filing_editor_select_candidate (CdoFilingEditor *self,
                                                      guint            position);
gboolean          cdo_filing_editor_get_late       (CdoFilingEditor *self);

G_END_DECLS
