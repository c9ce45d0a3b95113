/* cli-fixture.c: a district file to run circondario-cli on, in-process
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cdo-cli.h"
#include "cli-fixture.h"

void
cli_fixture_set_up (CliFixture    *fixture,
                    gconstpointer  data)
{
  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
  fixture->out = g_string_new (NULL);
  fixture->err = g_string_new (NULL);
  cdo_store_close (fixture_store_with_district (fixture->path));
}

void
cli_fixture_tear_down (CliFixture    *fixture,
                       gconstpointer  data)
{
  fixture_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_string_free (fixture->out, TRUE);
  g_string_free (fixture->err, TRUE);
}

int
cli_fixture_run (CliFixture *fixture,
                 const char *first,
                 ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char **argv = NULL;
  va_list ap;
  int status;

  g_string_truncate (fixture->out, 0);
  g_string_truncate (fixture->err, 0);
  g_ptr_array_add (args, g_strdup ("circondario-cli"));
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (g_str_equal (arg, "@") ? fixture->path : arg));
  va_end (ap);
  /* The option parser rearranges argv: hand it a copy of the pointers. */
  argv = g_new0 (char *, args->len + 1);
  memcpy (argv, args->pdata, sizeof (char *) * args->len);
  status = cdo_cli_run ((int) args->len, argv, fixture->out, fixture->err);
  g_test_message ("status %d\nout:\n%s\nerr:\n%s", status, fixture->out->str,
                  fixture->err->str);
  return status;
}

char *
cli_fixture_digest (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
cli_fixture_assert_one_line (GString *text)
{
  g_assert_cmpuint (text->len, >, 1);
  g_assert_true (strchr (text->str, '\n') == text->str + text->len - 1);
}
