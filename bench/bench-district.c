/* bench-district.c: importing and opening a district of 1,000 lists and 30,000 candidates
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   _build/bench/bench-district [LISTS [CANDIDATES-PER-LIST]]      (default 1000 30)
 *
 * Generates the district as XML (every list with its symbol embedded, as an export writes
 * it) in a temporary folder, then reports, each the best of a few runs:
 *
 *   read        the whole reader: parse, value checks, schema, build (cdo_district_xml_read_file),
 *               with its parse and schema steps timed on their own beside it;
 *   store       cdo_store_create + cdo_store_import_district into a new file;
 *   import      read + store: what `circondario-cli import` does (target: under 1 s);
 *   open        cdo_store_open (integrity check, lock, backup copy) + cdo_store_load_district
 *               (target: under 0.2 s), and the same read-only;
 *   export      cdo_district_xml_write_bytes of the loaded district;
 *   xmllint     `xmllint --noout` of the same file, and with --relaxng, for comparison.
 */
#define G_LOG_DOMAIN "bench-district"

#include <glib/gstdio.h>
#include <stdio.h>
#include <time.h>

#include "cdo-district-xml.h"
#include "cdo-document-catalog.h"
#include "cdo-store.h"
#include "cdo-xml.h"

#define RUNS 3

static const char symbol[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"200\" viewBox=\"0 0 200 200\">\n"
  "  <circle cx=\"100\" cy=\"100\" r=\"98\" fill=\"#1f4e9c\"/>\n"
  "  <circle cx=\"100\" cy=\"100\" r=\"88\" fill=\"#ffffff\"/>\n"
  "  <path d=\"M100 30 L112 64 L148 64 L119 85 L130 119 L100 98 L70 119 L81 85 L52 64 L88 64 Z\" "
  "fill=\"#fbc02d\"/>\n"
  "  <text x=\"100\" y=\"150\" text-anchor=\"middle\" font-family=\"sans-serif\" font-weight=\"bold\" "
  "font-size=\"17\" fill=\"#283593\">LISTA</text>\n"
  "</svg>\n";

static const char *const surnames[] = {
  "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
  "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
  "Lombardi", "Moretti",
};
static const char *const women[] = { "Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara" };
static const char *const men[] = { "Marco", "Luca", "Giuseppe", "Andrea", "Paolo", "Davide" };
static const char *const mayor_documents[] = {
  "acceptance", "registration-certificate", "no-other-candidacy", "link-declaration",
};

/* The district as an export would write it: 10 candidacies of 2 lists per comune. */
static CdoDistrict *
generate (guint n_lists,
          guint per_list)
{
  CdoDistrict *district = cdo_district_new ();
  g_autoptr(GBytes) image = g_bytes_new_static (symbol, sizeof symbol - 1);
  guint made = 0;

  g_date_set_dmy (&district->first_day, 24, G_DATE_MAY, 2026);
  g_date_set_dmy (&district->second_day, 25, G_DATE_MAY, 2026);
  for (guint c = 0; made < n_lists; c++)
    {
      CdoComuneRecord *comune = cdo_comune_record_new ();

      comune->name = g_strdup_printf ("Comune %u", c + 1);
      comune->province = g_strdup ("BN");
      comune->region = g_strdup ("Campania");
      comune->population = 20000 + c * 1000;
      comune->population_source = g_strdup ("Censimento 2011");
      g_ptr_array_add (district->comuni, comune);
      for (guint k = 0; k < 10 && made < n_lists; k++)
        {
          CdoCandidacy *candidacy = cdo_candidacy_new ();

          candidacy->id = g_strdup_printf ("c%u-%u", c + 1, k + 1);
          candidacy->mayor = cdo_candidate_new ();
          candidacy->mayor->surname = g_strdup (surnames[k % G_N_ELEMENTS (surnames)]);
          candidacy->mayor->given_names = g_strdup (women[k % G_N_ELEMENTS (women)]);
          candidacy->mayor->sex = CDO_SEX_FEMALE;
          g_date_set_dmy (&candidacy->mayor->born, 1 + k, G_DATE_MARCH, 1970);
          for (guint d = 0; d < G_N_ELEMENTS (mayor_documents); d++)
            g_ptr_array_add (candidacy->mayor->documents,
                             cdo_document_new (mayor_documents[d], TRUE));
          g_ptr_array_add (comune->candidacies, candidacy);
          for (guint l = 0; l < 2 && made < n_lists; l++, made++)
            {
              CdoCandidateList *list = cdo_candidate_list_new ();

              list->id = g_strdup_printf ("%s-%c", candidacy->id, 'a' + l);
              list->name = g_strdup_printf ("Lista %u", made + 1);
              list->symbol_media_type = g_strdup ("image/svg+xml");
              list->symbol_data = g_bytes_ref (image);
              list->has_filed = TRUE;
              g_date_set_dmy (&list->filed.date, 24, G_DATE_APRIL, 2026);
              list->filed.minutes = 8 * 60 + (int) (made % 600);
              list->signatures = 300;
              for (guint d = 0; d < 2; d++)
                {
                  CdoDelegate *delegate = cdo_delegate_new ();

                  delegate->surname = g_strdup (surnames[(made + d) % G_N_ELEMENTS (surnames)]);
                  delegate->given_names = g_strdup (men[d]);
                  g_ptr_array_add (list->delegates, delegate);
                }
              g_ptr_array_add (list->documents, cdo_document_new ("programme", TRUE));
              g_ptr_array_add (list->documents,
                               cdo_document_new ("signatories-certificates", TRUE));
              for (guint p = 0; p < per_list; p++)
                {
                  CdoCandidate *candidate = cdo_candidate_new ();
                  guint n = made * per_list + p;

                  candidate->surname = g_strdup_printf ("%s %u",
                                                        surnames[n % G_N_ELEMENTS (surnames)], n);
                  candidate->given_names = g_strdup (p % 2 ? women[n % G_N_ELEMENTS (women)]
                                                           : men[n % G_N_ELEMENTS (men)]);
                  candidate->sex = p % 2 ? CDO_SEX_FEMALE : CDO_SEX_MALE;
                  g_date_set_dmy (&candidate->born, 1 + n % 28, 1 + n % 12, 1950 + n % 50);
                  candidate->birthplace = g_strdup ("Benevento");
                  g_ptr_array_add (candidate->documents, cdo_document_new ("acceptance", TRUE));
                  g_ptr_array_add (candidate->documents,
                                   cdo_document_new ("registration-certificate", TRUE));
                  g_ptr_array_add (list->candidates, candidate);
                }
              g_ptr_array_add (candidacy->lists, list);
            }
        }
    }
  return district;
}

/* Milliseconds since @started, wall clock. */
static double
since (gint64 started)
{
  return (double) (g_get_monotonic_time () - started) / 1000.0;
}

/* This thread's CPU time in milliseconds: on a busy machine it says what the work costs
 * when the wall clock says mostly how long it waited for a core. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (double) now.tv_sec * 1000.0 + (double) now.tv_nsec / 1e6;
}

static double
time_xmllint (const char *path,
              const char *schema)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "xmllint", "--noout", "--nonet", path, NULL, NULL, NULL };
  gint64 started;
  int status;

  if (schema != NULL)
    {
      argv[4] = "--relaxng";
      argv[5] = schema;
    }
  started = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error))
    return -1;
  return since (started);
}

static void
remove_store (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "district.circondario"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
}

int
main (int   argc,
      char *argv[])
{
  guint n_lists = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 1000;
  guint per_list = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 30;
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoDistrict) generated = generate (n_lists, per_list);
  g_autoptr(GBytes) xml = cdo_district_xml_write_bytes (generated);
  g_autofree char *dir = g_dir_make_tmp ("bench-district-XXXXXX", &error);
  g_autofree char *xml_path = g_build_filename (dir, "district.xml", NULL);
  g_autofree char *store_path = g_build_filename (dir, "district.circondario", NULL);
  g_autofree char *schema = g_build_filename (dir, "district.rng", NULL);
  g_autoptr(GBytes) schema_bytes = NULL;
  double best[9], best_cpu[9];
  guint64 checksum = 0;

  /* Registers the core resources, where the schema is. */
  (void) cdo_document_catalog_get_default ();
  if (dir == NULL || !g_file_set_contents (xml_path, g_bytes_get_data (xml, NULL),
                                           (gssize) g_bytes_get_size (xml), &error))
    g_error ("cannot write the generated district: %s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (best); i++)
    best[i] = best_cpu[i] = G_MAXDOUBLE;

  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(CdoDistrict) read = NULL;
      g_autoptr(CdoDistrict) loaded = NULL;
      g_autoptr(xmlDoc) doc = NULL;
      g_autoptr(GBytes) written = NULL;
      double t[9], c[9] = { 0 };
      gint64 started;
      double cpu;

      /* The reader's first two steps alone, then the whole reader. */
      started = g_get_monotonic_time ();
      cpu = cpu_ms ();
      doc = cdo_xml_parse (xml, "district.xml", CDO_DISTRICT_XML_MAX_SIZE, &error);
      t[0] = since (started);
      c[0] = cpu_ms () - cpu;
      started = g_get_monotonic_time ();
      cpu = cpu_ms ();
      if (doc == NULL
          || !cdo_xml_validate (doc, CDO_DISTRICT_XML_SCHEMA_RESOURCE, "district.xml", &error))
        g_error ("%s", error->message);
      t[1] = since (started);
      c[1] = cpu_ms () - cpu;

      started = g_get_monotonic_time ();
      cpu = cpu_ms ();
      read = cdo_district_xml_read_file (xml_path, NULL, &error);
      if (read == NULL)
        g_error ("%s", error->message);
      t[2] = since (started);
      c[2] = cpu_ms () - cpu;

      remove_store (dir);
      started = g_get_monotonic_time ();
      cpu = cpu_ms ();
      {
        g_autoptr(CdoStore) store = cdo_store_create (store_path, "bench", &error);

        if (store == NULL || !cdo_store_import_district (store, read, "bench", &error))
          g_error ("%s", error->message);
      }
      t[3] = since (started);
      c[3] = cpu_ms () - cpu;
      t[4] = t[2] + t[3];
      c[4] = c[2] + c[3];

      started = g_get_monotonic_time ();
      cpu = cpu_ms ();
      {
        g_autoptr(CdoStore) store = cdo_store_open (store_path, "bench", &error);

        loaded = store ? cdo_store_load_district (store, &error) : NULL;
        if (loaded == NULL)
          g_error ("%s", error->message);
      }
      t[5] = since (started);
      c[5] = cpu_ms () - cpu;
      started = g_get_monotonic_time ();
      cpu = cpu_ms ();
      {
        g_autoptr(CdoStore) store = cdo_store_open_read_only (store_path, &error);
        g_autoptr(CdoDistrict) again = store ? cdo_store_load_district (store, &error) : NULL;

        if (again == NULL)
          g_error ("%s", error->message);
      }
      t[6] = since (started);
      c[6] = cpu_ms () - cpu;

      started = g_get_monotonic_time ();
      cpu = cpu_ms ();
      written = cdo_district_xml_write_bytes (loaded);
      t[7] = since (started);
      c[7] = cpu_ms () - cpu;
      checksum += g_bytes_get_size (written);
      

      for (guint i = 0; i < G_N_ELEMENTS (best); i++)
        {
          best[i] = MIN (best[i], t[i]);
          best_cpu[i] = MIN (best_cpu[i], c[i]);
        }
    }

  schema_bytes = g_resources_lookup_data (CDO_DISTRICT_XML_SCHEMA_RESOURCE,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_file_set_contents (schema, g_bytes_get_data (schema_bytes, NULL),
                       (gssize) g_bytes_get_size (schema_bytes), NULL);

  printf ("district: %u lists, %u candidates, %.1f MB of XML (symbols embedded)\n",
          n_lists, n_lists * per_list, (double) g_bytes_get_size (xml) / 1e6);
  printf ("best of %d runs, milliseconds, wall clock (CPU time of this thread):\n", RUNS);
  printf ("  read (parse + checks + schema + build)   %8.1f (%6.1f)\n", best[2], best_cpu[2]);
  printf ("    of which parse                         %8.1f (%6.1f)\n", best[0], best_cpu[0]);
  printf ("    of which schema validation             %8.1f (%6.1f)\n", best[1], best_cpu[1]);
  printf ("  store (create + import_district)         %8.1f (%6.1f)\n", best[3], best_cpu[3]);
  printf ("  import = read + store                    %8.1f (%6.1f)   target < 1000\n",
          best[4], best_cpu[4]);
  printf ("  open (cdo_store_open + load_district)    %8.1f (%6.1f)   target < 200\n",
          best[5], best_cpu[5]);
  printf ("  open read-only + load_district           %8.1f (%6.1f)\n", best[6], best_cpu[6]);
  printf ("  export (write_bytes)                     %8.1f (%6.1f)\n", best[7], best_cpu[7]);
  printf ("  xmllint --noout                          %8.1f\n", time_xmllint (xml_path, NULL));
  printf ("  xmllint --noout --relaxng district.rng   %8.1f\n", time_xmllint (xml_path, schema));
  printf ("checksum: %" G_GUINT64_FORMAT "\n", checksum);

  remove_store (dir);
  g_unlink (xml_path);
  g_unlink (schema);
  g_rmdir (dir);
  return 0;
}
