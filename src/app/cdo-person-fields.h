/* cdo-person-fields.h: a person's particulars on one line: surname, names, sex, birth
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cdo-district.h"

G_BEGIN_DECLS

#define CDO_TYPE_PERSON_FIELDS (cdo_person_fields_get_type ())

G_DECLARE_FINAL_TYPE (CdoPersonFields, cdo_person_fields, CDO, PERSON_FIELDS, GtkWidget)

GtkWidget *cdo_person_fields_new         (void);
/* Shows @person (NULL: empty fields) without emitting ::changed. */
void       cdo_person_fields_set_person  (CdoPersonFields *self,
                                          CdoCandidate    *person);
/* Writes the fields into @person. Fails, leaving @person as it was, when the birth date
 * is not a date or the EU state not a two-letter code. */
gboolean   cdo_person_fields_apply       (CdoPersonFields *self,
                                          CdoCandidate    *person,
                                          GError         **error);
/* TRUE when the fields say something other than @person (NULL: anything typed). */
gboolean   cdo_person_fields_differs     (CdoPersonFields *self,
                                          CdoCandidate    *person);
void       cdo_person_fields_focus       (CdoPersonFields *self);
gboolean   cdo_person_fields_has_focus   (CdoPersonFields *self);

G_END_DECLS
