/* fuzz-comune-catalog.c: libFuzzer target for the comuni catalogue reader
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a catalogue file (data/comuni/sample.xml and its kind). It goes through
 * cdo_comune_catalog_load_bytes() (parse, schema, population range); every comune read is
 * then looked at as the comune list of the Rules page does.
 */
#define G_LOG_DOMAIN "fuzz-comune-catalog"

#include <string.h>

#include "cdo-comune-catalog.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) comuni = cdo_comune_catalog_load_bytes (bytes, "fuzz.xml", &error);

  g_assert ((comuni == NULL) != (error == NULL));
  if (comuni == NULL)
    {
      g_assert (strstr (error->message, "fuzz.xml") != NULL);
      return 0;
    }
  g_assert (g_list_model_get_item_type (comuni) == CDO_TYPE_COMUNE);
  for (guint i = 0; i < g_list_model_get_n_items (comuni); i++)
    {
      g_autoptr(CdoComune) comune = g_list_model_get_item (comuni, i);

      g_assert (cdo_comune_get_name (comune) != NULL);
      g_assert (cdo_comune_get_province (comune) != NULL);
      g_assert (cdo_comune_get_region (comune) != NULL);
      g_assert (cdo_comune_get_population_source (comune) != NULL);
      g_assert (cdo_comune_get_population (comune) >= 0);
      (void) cdo_comune_get_capoluogo (comune);
    }
  return 0;
}
