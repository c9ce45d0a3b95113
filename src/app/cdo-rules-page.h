/* cdo-rules-page.h: what the law requires of one comune's candidacies on one date
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cdo-comune.h"
#include "cdo-rule-row.h"

G_BEGIN_DECLS

#define CDO_TYPE_RULES_PAGE (cdo_rules_page_get_type ())

G_DECLARE_FINAL_TYPE (CdoRulesPage, cdo_rules_page, CDO, RULES_PAGE, GtkWidget)

GtkWidget   *cdo_rules_page_new               (void);
CdoComune   *cdo_rules_page_get_comune        (CdoRulesPage *self);
void         cdo_rules_page_set_comune        (CdoRulesPage *self,
                                               CdoComune    *comune);
const GDate *cdo_rules_page_get_election_date (CdoRulesPage *self);
void         cdo_rules_page_set_election_date (CdoRulesPage *self,
                                               const GDate  *date);
const char  *cdo_rules_page_get_error         (CdoRulesPage *self);
CdoRuleRow  *cdo_rules_page_get_row           (CdoRulesPage *self,
                                               CdoRuleKey    key);

G_END_DECLS
