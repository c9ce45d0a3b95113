/* fuzz-district-xml.c: libFuzzer target for the district interchange format
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a district or dossier file (data/district/district.rng). It goes through
 * cdo_district_xml_read_bytes(), the reader `circondario-cli import` and the window use,
 * with symbol paths resolved in a folder holding the symbols the seed corpus names. A
 * district that is read must then:
 *
 *  - write out and read back to the same bytes (the writer never produces a file its own
 *    reader refuses, and loses nothing);
 *  - import into a new store and load back to the same bytes.
 *
 * The store lives in a temporary folder (in /dev/shm when there is one, since SQLite syncs
 * every transaction), removed when the process ends.
 */
#define G_LOG_DOMAIN "fuzz-district-xml"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "cdo-district-xml.h"
#include "cdo-store.h"
#include "fuzz-common.h"

static char *folder;

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_folder (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
remove_folder_at_exit (void)
{
  remove_folder (folder);
}

/* The symbols the seed corpus refers to (tests/core/interchange/fixtures/symbols). */
static const char *
get_folder (void)
{
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde,
  };
  static const char svg[] =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\">"
    "<circle cx=\"100\" cy=\"100\" r=\"98\"/></svg>\n";
  g_autofree char *symbols = NULL;
  g_autofree char *template = NULL;

  if (folder != NULL)
    return folder;
  template = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm"
                                                                            : g_get_tmp_dir (),
                               "fuzz-district-xml-XXXXXX", NULL);
  folder = g_mkdtemp (g_steal_pointer (&template));
  g_assert (folder != NULL);
  atexit (remove_folder_at_exit);
  symbols = g_build_filename (folder, "symbols", NULL);
  g_assert (g_mkdir (symbols, 0700) == 0);
  {
    g_autofree char *ok_svg = g_build_filename (symbols, "ok.svg", NULL);
    g_autofree char *ok_png = g_build_filename (symbols, "ok.png", NULL);
    g_autofree char *not_png = g_build_filename (symbols, "not-really.png", NULL);

    g_assert (g_file_set_contents (ok_svg, svg, -1, NULL));
    g_assert (g_file_set_contents (ok_png, (const char *) png, sizeof png, NULL));
    g_assert (g_file_set_contents (not_png, svg, -1, NULL));
  }
  return folder;
}

static void
remove_store (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  /* The file, its lock, journal and backup copies. */
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, base))
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
}

static void
check_store (CdoDistrict *district,
             GBytes      *written)
{
  g_autofree char *path = g_build_filename (get_folder (), "fuzz.circondario", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) loaded = NULL;
  g_autoptr(GBytes) exported = NULL;

  remove_store (path);
  {
    g_autoptr(CdoStore) store = cdo_store_create (path, "fuzz", &error);

    g_assert (store != NULL);
    /* Everything the reader accepts, the store takes whole. */
    if (!cdo_store_import_district (store, district, "fuzz", &error))
      g_error ("the store refused what the reader accepted: %s", error->message);
    loaded = cdo_store_load_district (store, &error);
    g_assert (loaded != NULL);
  }
  exported = cdo_district_xml_write_bytes (loaded);
  g_assert (g_bytes_equal (written, exported));
  remove_store (path);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoDistrict) reread = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;

  district = cdo_district_xml_read_bytes (bytes, "fuzz.xml", get_folder (), NULL, &error);
  g_assert ((district == NULL) != (error == NULL));
  if (district == NULL)
    {
      /* Every refusal names the file. */
      g_assert (g_str_has_prefix (error->message, "fuzz.xml"));
      return 0;
    }

  written = cdo_district_xml_write_bytes (district);
  reread = cdo_district_xml_read_bytes (written, "written.xml", NULL, NULL, &error);
  if (reread == NULL)
    g_error ("the writer produced a file the reader refuses: %s", error->message);
  rewritten = cdo_district_xml_write_bytes (reread);
  g_assert (g_bytes_equal (written, rewritten));

  check_store (district, written);
  return 0;
}
