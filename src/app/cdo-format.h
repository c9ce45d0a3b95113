/* cdo-format.h: numbers as the window shows them
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates are parsed and printed by the core's cdo-date.h.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *cdo_format_population (gint64 population) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
