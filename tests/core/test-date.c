/* test-date.c: dates typed by people and written by the law */
#include <math.h>

#include "cdo-date.h"

static void
assert_parses (gboolean (*parse) (const char *, GDate *),
               const char *text,
               const char *expected_iso)
{
  GDate date;
  g_autofree char *iso = NULL;

  if (expected_iso == NULL)
    {
      g_assert_false (parse (text, &date));
      return;
    }
  g_assert_true (parse (text, &date));
  iso = cdo_date_format_iso (&date);
  g_assert_cmpstr (iso, ==, expected_iso);
}

static void
test_iso (void)
{
  assert_parses (cdo_date_parse_iso, "2021-10-03", "2021-10-03");
  assert_parses (cdo_date_parse_iso, "2024-02-29", "2024-02-29");
  assert_parses (cdo_date_parse_iso, "2023-02-29", NULL);
  assert_parses (cdo_date_parse_iso, "2021-13-01", NULL);
  assert_parses (cdo_date_parse_iso, "2021-1-3", NULL);
  assert_parses (cdo_date_parse_iso, "03/10/2021", NULL);
  assert_parses (cdo_date_parse_iso, "", NULL);
  assert_parses (cdo_date_parse_iso, NULL, NULL);
  assert_parses (cdo_date_parse_iso, "2021-10-03x", NULL);
  assert_parses (cdo_date_parse_iso, "+021-10-03", NULL);
}

static void
test_user (void)
{
  assert_parses (cdo_date_parse_user, " 2021-10-03 ", "2021-10-03");
  assert_parses (cdo_date_parse_user, "3/10/2021", "2021-10-03");
  assert_parses (cdo_date_parse_user, "03/10/2021", "2021-10-03");
  assert_parses (cdo_date_parse_user, "3.10.2021", "2021-10-03");
  assert_parses (cdo_date_parse_user, "12/05/1970", "1970-05-12");
  assert_parses (cdo_date_parse_user, "31/02/2021", NULL);
  assert_parses (cdo_date_parse_user, "3/10/21", NULL);
  assert_parses (cdo_date_parse_user, "3/10", NULL);
  assert_parses (cdo_date_parse_user, "domenica", NULL);
  assert_parses (cdo_date_parse_user, "-3/10/2021", NULL);
}

static void
assert_serial (double      serial,
               gboolean    date1904,
               const char *expected_iso)
{
  GDate date;
  g_autofree char *iso = NULL;

  if (expected_iso == NULL)
    {
      g_assert_false (cdo_date_from_serial (serial, date1904, &date));
      return;
    }
  g_assert_true (cdo_date_from_serial (serial, date1904, &date));
  iso = cdo_date_format_iso (&date);
  g_assert_cmpstr (iso, ==, expected_iso);
}

static void
test_serial (void)
{
  assert_serial (25700, FALSE, "1970-05-12");
  assert_serial (25700.75, FALSE, "1970-05-12");
  assert_serial (24238, TRUE, "1970-05-12");
  assert_serial (0, TRUE, "1904-01-01");
  assert_serial (1, FALSE, "1900-01-01");
  assert_serial (59, FALSE, "1900-02-28");
  assert_serial (60, FALSE, NULL);  /* Excel's 29 February 1900, a day that never was */
  assert_serial (61, FALSE, "1900-03-01");
  assert_serial (0, FALSE, NULL);
  assert_serial (-1, TRUE, NULL);
  assert_serial (2958465, FALSE, "9999-12-31");
  assert_serial (2958466, FALSE, NULL);
  assert_serial (2958465, TRUE, NULL);
  assert_serial (NAN, FALSE, NULL);
  assert_serial (INFINITY, FALSE, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/iso", test_iso);
  g_test_add_func ("/date/user", test_user);
  g_test_add_func ("/date/serial", test_serial);
  return g_test_run ();
}
