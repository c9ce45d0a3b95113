/* district-compare.h: asserting that two districts hold the same data
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of the model except the store's row ids, so that a round trip through the
 * interchange format (or the store) is shown to lose nothing.
 */
#pragma once

#include "cdo-district.h"

G_BEGIN_DECLS

void assert_districts_equal (CdoDistrict *expected,
                             CdoDistrict *actual);

G_END_DECLS
