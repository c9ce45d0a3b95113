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
/* Checks what is typed against the data rules (cdo-district-check.h) of a mayoral
 * candidate in a filing being recorded (@mayor: the names may still be missing) or of a
 * candidate (complete). When they refuse it, marks the field concerned, says why under
 * the fields and returns FALSE; the message goes once the fields pass. */
gboolean   cdo_person_fields_check       (CdoPersonFields *self,
                                          gboolean         mayor,
                                          GError         **error);
/* Says @message (why the file refused what is typed) under the fields, and marks the field
 * the data rules refuse, if one is. Goes with cdo_person_fields_set_person(), or once what
 * is typed passes the rules. */
void       cdo_person_fields_show_refusal (CdoPersonFields *self,
                                          gboolean         mayor,
                                          const char      *message);
/* The refusal shown under the fields, or NULL. */
const char *cdo_person_fields_get_message (CdoPersonFields *self);
void       cdo_person_fields_focus       (CdoPersonFields *self);
gboolean   cdo_person_fields_has_focus   (CdoPersonFields *self);

G_END_DECLS
