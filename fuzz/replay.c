/* replay.c: run a fuzz target once on each given file, without libFuzzer
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   fuzz-<thing>-replay FILE-OR-DIRECTORY…
 *
 * The seed corpus and every input that once crashed (fuzz/regressions/<thing>/) run as a
 * meson test in every build, sanitizer build included, and with any compiler. Output is TAP.
 * Each input is copied into a buffer of exactly its size, as libFuzzer does, so that
 * AddressSanitizer sees a read one past the end.
 */
#define G_LOG_DOMAIN "fuzz-replay"

#include <stdio.h>
#include <string.h>

#include "fuzz-common.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* g_ptr_array_sort() passes pointers to the elements */
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_build_filename (path, g_ptr_array_index (names, i), NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    collect (argv[i], files);

  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree guint8 *exact = NULL;
      gsize size = 0;

      if (!g_file_get_contents (path, &contents, &size, &error))
        {
          printf ("not ok %u - %s: %s\n", i + 1, path, error->message);
          return 1;
        }
      exact = g_malloc (MAX (size, 1));
      memcpy (exact, contents, size);
      printf ("# %s (%" G_GSIZE_FORMAT " bytes)\n", path, size);
      fflush (stdout);
      LLVMFuzzerTestOneInput (exact, size);
      printf ("ok %u - %s\n", i + 1, path);
    }
  return files->len > 0 ? 0 : 1;
}
