/* cdo-cli-actor.c: who the commands name in the journal and on documents
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same default as the window's (cdo-window-file.c), so that a change made from a
 * script is journaled under the name a change made in the window would carry.
 */
#define G_LOG_DOMAIN "cdo-cli-actor"

#include "cdo-cli-actor.h"

char *
cdo_cli_actor (const char *actor)
{
  const char *real = g_get_real_name ();

  if (actor != NULL && *actor != '\0')
    return g_strdup (actor);
  /* GLib says "Unknown" when the password database has no real name. */
  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}
