/* cdo-election-dialog.h: the district's voting days, seen and set
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-store.h"

G_BEGIN_DECLS

#define CDO_TYPE_ELECTION_DIALOG (cdo_election_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CdoElectionDialog, cdo_election_dialog, CDO, ELECTION_DIALOG, AdwWindow)

/* Shows the four voting days of @days (only those are read) and writes what is typed into
 * @store on Save. Emits ::saved once the days in the file have changed. */
CdoElectionDialog *cdo_election_dialog_new       (GtkWindow          *parent,
                                                  CdoStore           *store,
                                                  const CdoDistrict  *days);
/* Does what the Save button does: FALSE, with the reason shown in the dialog, when the
 * days are refused; otherwise the dialog closes. */
gboolean           cdo_election_dialog_save      (CdoElectionDialog  *self);
/* The reason shown under the days, or NULL when there is none. */
const char        *cdo_election_dialog_get_error (CdoElectionDialog  *self);

G_END_DECLS
