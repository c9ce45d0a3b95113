/* test-comune-catalog.c: the sample comuni and the catalogue reader */
#include "cdo-comune-catalog.h"
#include "cdo-xml.h"

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) comuni = cdo_comune_catalog_load_sample (&error);
  gboolean saw_trieste = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (comuni), >=, 12);
  for (guint i = 0; i < g_list_model_get_n_items (comuni); i++)
    {
      g_autoptr(CdoComune) comune = g_list_model_get_item (comuni, i);

      g_assert_cmpuint (strlen (cdo_comune_get_province (comune)), ==, 2);
      if (g_str_equal (cdo_comune_get_name (comune), "Benevento"))
        {
          g_assert_cmpint (cdo_comune_get_population (comune), ==, 61489);
          g_assert_true (cdo_comune_get_capoluogo (comune));
          g_assert_cmpstr (cdo_comune_get_region (comune), ==, "Campania");
        }
      saw_trieste |= g_str_equal (cdo_comune_get_name (comune), "Trieste");
    }
  g_assert_true (saw_trieste);
}

static void
assert_refused (const char *xml,
                int         code)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) comuni = cdo_comune_catalog_load_bytes (bytes, "test.xml", &error);

  g_assert_null (comuni);
  g_assert_error (error, CDO_XML_ERROR, code);
  g_assert_nonnull (strstr (error->message, "test.xml"));
}

static void
test_refusals (void)
{
  assert_refused ("<comuni", CDO_XML_ERROR_MALFORMED);
  assert_refused ("", CDO_XML_ERROR_MALFORMED);
  assert_refused ("<comuni xmlns='https://circondario.it/ns/comuni/1' format='1'>"
                  "<comune name='X' province='XX' region='Lazio' population='-5' "
                  "population-source='s'/></comuni>", CDO_XML_ERROR_INVALID);
  assert_refused ("<?xml version='1.0'?><!DOCTYPE comuni [<!ENTITY a 'aaaa'>]>"
                  "<comuni xmlns='https://circondario.it/ns/comuni/1' format='1'/>",
                  CDO_XML_ERROR_FORBIDDEN);
  assert_refused ("<?xml version='1.0'?><!DOCTYPE comuni SYSTEM 'http://example.com/x.dtd'>"
                  "<comuni/>", CDO_XML_ERROR_FORBIDDEN);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/comune-catalog/sample", test_sample);
  g_test_add_func ("/comune-catalog/refusals", test_refusals);
  return g_test_run ();
}
