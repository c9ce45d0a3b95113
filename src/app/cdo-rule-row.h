/* cdo-rule-row.h: one parameter of the rules, its value and its legal source
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-rule-answer.h"

G_BEGIN_DECLS

#define CDO_TYPE_RULE_ROW (cdo_rule_row_get_type ())

G_DECLARE_FINAL_TYPE (CdoRuleRow, cdo_rule_row, CDO, RULE_ROW, AdwActionRow)

GtkWidget  *cdo_rule_row_new          (CdoRuleKey           key);
CdoRuleKey  cdo_rule_row_get_key      (CdoRuleRow          *self);
const char *cdo_rule_row_get_value    (CdoRuleRow          *self);
const char *cdo_rule_row_get_citation (CdoRuleRow          *self);
const char *cdo_rule_row_get_note     (CdoRuleRow          *self);
gboolean    cdo_rule_row_get_verified (CdoRuleRow          *self);
void        cdo_rule_row_show_answer  (CdoRuleRow          *self,
                                       const CdoRuleAnswer *answer);
char       *cdo_rule_row_dup_summary  (CdoRuleRow          *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
