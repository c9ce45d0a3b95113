/* cdo-application.h: the application: one window per activation, app-wide actions
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CDO_TYPE_APPLICATION (cdo_application_get_type ())

G_DECLARE_FINAL_TYPE (CdoApplication, cdo_application, CDO, APPLICATION, AdwApplication)

CdoApplication *cdo_application_new (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
