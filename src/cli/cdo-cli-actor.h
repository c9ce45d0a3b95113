/* cdo-cli-actor.h: who the commands name in the journal and on documents
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @actor when the command line gave one (--actor NAME), else what the window suggests
 * when it first asks for the workstation user's name: the user's real name, or the login
 * name when the system knows no real name. */
char *cdo_cli_actor (const char *actor) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
