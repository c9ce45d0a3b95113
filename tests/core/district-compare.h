/* district-compare.h: asserting that two districts hold the same data
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of the model, so that a round trip through the interchange format or the
 * store is shown to lose nothing; the store's row ids too when @with_ids is TRUE.
 */
#pragma once

#include "cdo-district.h"

G_BEGIN_DECLS

void assert_districts_equal (CdoDistrict *expected,
                             CdoDistrict *actual,
                             gboolean     with_ids);

G_END_DECLS
