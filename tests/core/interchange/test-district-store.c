/* test-district-store.c: the district format through the store, both ways
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whole districts go in and come out unchanged; dossiers add to a comune the district has;
 * an id the district has is refused, by the reader with its line and by the store itself,
 * and the district is then exactly as it was.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "cdo-district-xml.h"
#include "cdo-store.h"
#include "district-compare.h"

typedef struct {
  char *dir;
  char *path;     /* the district file, not yet created */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-district-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "district.circondario", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  /* The store's file, its backup copies and anything else it left. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static char *
source_file (const char *relative)
{
  return g_test_build_filename (G_TEST_DIST, "..", relative, NULL);
}

static CdoDistrict *
read_source (const char  *relative,
             CdoDistrict *target)
{
  g_autofree char *path = source_file (relative);
  g_autoptr(GError) error = NULL;
  CdoDistrict *district = cdo_district_xml_read_file (path, target, &error);

  g_assert_no_error (error);
  return district;
}

/* A new district file holding @relative. */
static void
create_with (Fixture    *fixture,
             const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) district = read_source (relative, NULL);
  g_autoptr(CdoStore) store = cdo_store_create (fixture->path, "test", &error);

  g_assert_no_error (error);
  g_assert_true (cdo_store_import_district (store, district, "test import", &error));
  g_assert_no_error (error);
}

static CdoDistrict *
load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open_read_only (fixture->path, &error);
  CdoDistrict *district;

  g_assert_no_error (error);
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  return district;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *relative = data;
  g_autoptr(CdoDistrict) original = read_source (relative, NULL);
  g_autoptr(CdoDistrict) loaded = NULL;
  g_autoptr(CdoDistrict) reread = NULL;
  g_autoptr(GBytes) expected = cdo_district_xml_write_bytes (original);
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;

  create_with (fixture, relative);
  loaded = load (fixture);
  assert_districts_equal (original, loaded, FALSE);

  /* Export, import into a second file, export again: the same bytes. */
  exported = cdo_district_xml_write_bytes (loaded);
  g_assert_cmpmem (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected),
                   g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
  reread = cdo_district_xml_read_bytes (exported, "exported.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autofree char *second = g_build_filename (fixture->dir, "second.circondario", NULL);
    g_autoptr(CdoStore) store = cdo_store_create (second, "test", &error);
    g_autoptr(CdoDistrict) again = NULL;
    g_autoptr(GBytes) reexported = NULL;

    g_assert_no_error (error);
    g_assert_true (cdo_store_import_district (store, reread, "second import", &error));
    g_assert_no_error (error);
    again = cdo_store_load_district (store, &error);
    g_assert_no_error (error);
    reexported = cdo_district_xml_write_bytes (again);
    g_assert_cmpmem (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported),
                     g_bytes_get_data (reexported, NULL), g_bytes_get_size (reexported));
  }
}

static guint
count_candidacies (CdoDistrict *district,
                   const char  *comune)
{
  return cdo_district_find_comune (district, comune)->candidacies->len;
}

static void
import_dossier (Fixture    *fixture,
                const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, "test", &error);
  g_autoptr(CdoDistrict) target = NULL;
  g_autoptr(CdoDistrict) dossier = NULL;

  g_assert_no_error (error);
  target = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  dossier = read_source (relative, target);
  g_assert_true (cdo_store_import_district (store, dossier, "dossier", &error));
  g_assert_no_error (error);
}

static void
test_dossier_of_a_comune (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  CdoCandidacy *candidacy;
  CdoCandidateList *list;

  create_with (fixture, "tests/core/interchange/fixtures/minimal.xml");
  import_dossier (fixture, "tests/core/interchange/fixtures/dossier-comune.xml");
  /* Spelt "olivola", linking ol-1-a of the district. */
  import_dossier (fixture, "tests/core/interchange/fixtures/dossier-candidacy.xml");
  district = load (fixture);
  g_assert_cmpuint (district->comuni->len, ==, 1);
  g_assert_cmpuint (count_candidacies (district, "Olivola"), ==, 4);
  candidacy = cdo_district_find_candidacy (district, "ol-5", NULL);
  g_assert_cmpstr (g_ptr_array_index (candidacy->links, 0), ==, "ol-1-a");
  list = cdo_district_find_list (district, "ol-4-a", NULL);
  g_assert_cmpstr (list->supports, ==, "ol-1");
  g_assert_cmpstr (cdo_district_find_list (district, "ol-2-a", NULL)->symbol_media_type, ==,
                   "image/png");
}

static void
test_dossier_of_a_candidacy (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CdoDistrict) district = NULL;
  CdoCandidacy *candidacy;

  create_with (fixture, "data/samples/district.xml");
  import_dossier (fixture, "data/samples/dossier-isernia.xml");
  district = load (fixture);
  g_assert_cmpuint (district->comuni->len, ==, 5);
  g_assert_cmpuint (count_candidacies (district, "Isernia"), ==, 4);
  candidacy = cdo_district_find_candidacy (district, "is-6", NULL);
  g_assert_nonnull (candidacy);
  g_assert_cmpuint (((CdoCandidateList *) g_ptr_array_index (candidacy->lists, 0))->candidates->len,
                    ==, 22);
}

static void
test_existing_id_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = source_file ("tests/core/interchange/fixtures/exists-in-district.xml");
  g_autofree char *head = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) before = NULL;
  g_autoptr(CdoDistrict) after = NULL;
  g_autoptr(GBytes) before_bytes = NULL;
  g_autoptr(GBytes) after_bytes = NULL;
  gint64 length;

  create_with (fixture, "tests/core/interchange/fixtures/minimal.xml");
  before = load (fixture);
  before_bytes = cdo_district_xml_write_bytes (before);
  {
    g_autoptr(CdoStore) store = cdo_store_open (fixture->path, "test", &error);
    g_autoptr(CdoDistrict) target = NULL;
    g_autoptr(CdoDistrict) dossier = NULL;

    g_assert_no_error (error);
    head = g_strdup (cdo_store_get_journal_head (store));
    length = cdo_store_get_journal_length (store);
    target = cdo_store_load_district (store, &error);
    g_assert_no_error (error);

    /* Read against the district: refused with the line. */
    dossier = cdo_district_xml_read_file (path, target, &error);
    g_assert_null (dossier);
    g_assert_error (error, CDO_DISTRICT_XML_ERROR, CDO_DISTRICT_XML_ERROR_EXISTS);
    g_assert_nonnull (strstr (error->message, ", line 5: "));
    g_clear_error (&error);

    /* Read alone and handed to the store anyway: the store refuses it too. */
    dossier = cdo_district_xml_read_file (path, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (cdo_store_import_district (store, dossier, "again", &error));
    g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS);
    g_assert_cmpstr (cdo_store_get_journal_head (store), ==, head);
    g_assert_cmpint (cdo_store_get_journal_length (store), ==, length);
  }
  after = load (fixture);
  after_bytes = cdo_district_xml_write_bytes (after);
  g_assert_true (g_bytes_equal (before_bytes, after_bytes));
}

int
main (int   argc,
      char *argv[])
{
  static const char *const round_trips[] = {
    "data/samples/district.xml",
    "tests/core/interchange/fixtures/everything.xml",
    "tests/core/interchange/fixtures/minimal.xml",
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *name = g_path_get_basename (round_trips[i]);
      g_autofree char *test_path = g_strdup_printf ("/interchange/store/round-trip/%s", name);

      g_test_add (test_path, Fixture, round_trips[i], fixture_set_up, test_round_trip,
                  fixture_tear_down);
    }
  g_test_add ("/interchange/store/dossier-comune", Fixture, NULL, fixture_set_up,
              test_dossier_of_a_comune, fixture_tear_down);
  g_test_add ("/interchange/store/dossier-candidacy", Fixture, NULL, fixture_set_up,
              test_dossier_of_a_candidacy, fixture_tear_down);
  g_test_add ("/interchange/store/existing-id", Fixture, NULL, fixture_set_up,
              test_existing_id_refused, fixture_tear_down);
  return g_test_run ();
}
