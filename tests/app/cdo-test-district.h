/* cdo-test-district.h: district files for the widget tests, in a temporary folder
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A district made of the sample comuni of data/comuni (so that the tests of the rules
 * page keep their figures), voting on Sunday 24 May 2026, through the same doors as
 * the program: the district XML reader and the store's import.
 */
#pragma once

#include <string.h>

#include <glib/gstdio.h>

#include "cdo-comune-catalog.h"
#include "cdo-district-xml.h"
#include "cdo-store.h"

G_BEGIN_DECLS

#define CDO_TEST_ACTOR "Test Secretary"

typedef struct {
  char *dir;
  char *path;
} CdoTestDistrict;

/* The district XML of the sample comuni (or only @only, when not NULL). */
static inline char *
cdo_test_district_xml (const char *only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) comuni = cdo_comune_catalog_load_sample (&error);
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<circondario format=\"1\">\n"
                               "  <election first-day=\"2026-05-24\"\n"
                               "            second-day=\"2026-05-25\"/>\n");

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (comuni); i++)
    {
      g_autoptr(CdoComune) comune = g_list_model_get_item (comuni, i);
      g_autofree char *line = NULL;

      if (only != NULL && g_strcmp0 (cdo_comune_get_name (comune), only) != 0)
        continue;
      line = g_markup_printf_escaped ("  <comune name=\"%s\" province=\"%s\" region=\"%s\" "
                                      "population=\"%" G_GINT64_FORMAT "\" "
                                      "population-source=\"%s\"",
                                      cdo_comune_get_name (comune),
                                      cdo_comune_get_province (comune),
                                      cdo_comune_get_region (comune),
                                      cdo_comune_get_population (comune),
                                      cdo_comune_get_population_source (comune));
      g_string_append (xml, line);
      g_string_append (xml, cdo_comune_get_capoluogo (comune) ? " capoluogo=\"yes\"/>\n" : "/>\n");
    }
  g_string_append (xml, "</circondario>\n");
  return g_string_free (xml, FALSE);
}

/* Creates the district file from the district XML @xml (closed again: the test opens it
 * as the program does). */
static inline void
cdo_test_district_init_xml (CdoTestDistrict *self,
                            const char      *xml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(CdoDistrict) district = NULL;
  CdoStore *store;

  self->dir = g_dir_make_tmp ("circondario-test-XXXXXX", &error);
  g_assert_no_error (error);
  self->path = g_build_filename (self->dir, "district.circondario", NULL);

  district = cdo_district_xml_read_bytes (bytes, "test district", NULL, NULL, &error);
  g_assert_no_error (error);
  store = cdo_store_create (self->path, CDO_TEST_ACTOR, &error);
  g_assert_no_error (error);
  g_assert_true (cdo_store_import_district (store, district, "Test district", &error));
  g_assert_no_error (error);
  cdo_store_close (store);
}

/* Creates the district file of the sample comuni (or only @only, when not NULL). */
static inline void
cdo_test_district_init (CdoTestDistrict *self,
                        const char      *only)
{
  g_autofree char *xml = cdo_test_district_xml (only);

  cdo_test_district_init_xml (self, xml);
}

static inline void
cdo_test_district_clear (CdoTestDistrict *self)
{
  g_autoptr(GDir) dir = g_dir_open (self->dir, 0, NULL);
  const char *name;

  /* The store leaves its lock and backups beside the file. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (self->dir);
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->path, g_free);
}

/* The district as the file holds it now, read without taking the lock. */
static inline CdoDistrict *
cdo_test_district_read (CdoStore *store)
{
  g_autoptr(GError) error = NULL;
  CdoDistrict *district = cdo_store_load_district (store, &error);

  g_assert_no_error (error);
  return district;
}

G_END_DECLS
