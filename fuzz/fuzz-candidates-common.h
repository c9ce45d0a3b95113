/* fuzz-candidates-common.h: what the two candidate-import fuzz targets check
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by fuzz-candidates-csv.c and fuzz-candidates-ods-xlsx.c only: each is a single
 * translation unit, so the fuzz meson.build needs no extra source for them.
 */
#pragma once

#include <string.h>

#include "cdo-candidate-import.h"
#include "fuzz-common.h"

/* Everything the preview promises, for any input that reads. */
static void
check_preview (CdoCandidateImport *import)
{
  guint n_rows = cdo_candidate_import_get_n_rows (import);
  guint valid = 0, problems = 0, previous_row = 0;
  const GError *file_error = cdo_candidate_import_get_error (import);

  if (file_error != NULL)
    g_assert (file_error->domain == CDO_IMPORT_ERROR && file_error->message != NULL);
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    g_assert_cmpint (cdo_candidate_import_get_column (import, f), <, CDO_SHEET_MAX_COLUMNS);
  for (guint i = 0; i < n_rows; i++)
    {
      const CdoImportRow *row = cdo_candidate_import_get_row (import, i);

      g_assert ((row->candidate != NULL) == (row->problems->len == 0));
      g_assert (row->row > cdo_candidate_import_get_header_row (import));
      g_assert (row->row <= CDO_SHEET_MAX_ROW_NUMBER);
      /* Without a position column, rows keep the sheet's order. */
      if (cdo_candidate_import_get_column (import, CDO_IMPORT_FIELD_POSITION) < 0)
        g_assert (i == 0 || row->row > previous_row);
      previous_row = row->row;
      valid += row->candidate != NULL;
      if (row->candidate != NULL)
        {
          g_assert (row->candidate->surname != NULL && *row->candidate->surname != '\0');
          g_assert (row->candidate->given_names != NULL && *row->candidate->given_names != '\0');
          g_assert (g_utf8_validate (row->candidate->surname, -1, NULL));
          g_assert (g_utf8_validate (row->candidate->given_names, -1, NULL));
          g_assert (row->candidate->birthplace == NULL
                    || g_utf8_validate (row->candidate->birthplace, -1, NULL));
          g_assert (row->candidate->eu_state == NULL || strlen (row->candidate->eu_state) == 2);
          g_assert (!g_date_valid (&row->candidate->born)
                    || g_date_get_year (&row->candidate->born) >= 1900);
        }
      for (guint p = 0; p < row->problems->len; p++)
        {
          const CdoImportProblem *problem = g_ptr_array_index (row->problems, p);
          g_autofree char *text = cdo_import_problem_format (problem);

          g_assert (problem->row == row->row);
          g_assert (g_utf8_validate (text, -1, NULL));
          problems++;
        }
      for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
        g_assert (row->values[f] == NULL || g_utf8_validate (row->values[f], -1, NULL));
    }
  g_assert_cmpuint (valid, ==, cdo_candidate_import_get_n_valid (import));
  g_assert_cmpuint (problems, ==, cdo_candidate_import_get_n_problems (import));
}

/* Reads @data as the program does (cdo_candidate_import_new_from_bytes), checks the
 * preview, then chooses columns and a header row as a user would and checks it again. */
static int
fuzz_candidates (const uint8_t *data,
                 size_t         size,
                 const char    *origin)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoCandidateImport) import = cdo_candidate_import_new_from_bytes (bytes, origin, &error);

  g_assert ((import == NULL) != (error == NULL));
  if (import == NULL)
    {
      g_assert (error->domain == CDO_IMPORT_ERROR);
      g_assert (strstr (error->message, origin) != NULL);
      return 0;
    }
  check_preview (import);

  cdo_candidate_import_set_column (import, CDO_IMPORT_FIELD_SURNAME_AND_NAMES, "A");
  cdo_candidate_import_set_column (import, CDO_IMPORT_FIELD_BIRTH_DATE, "Data di nascita");
  cdo_candidate_import_set_column (import, CDO_IMPORT_FIELD_EU_STATE, "");
  check_preview (import);
  cdo_candidate_import_set_header_row (import, 1);
  check_preview (import);
  cdo_candidate_import_set_header_row (import, 0);
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    cdo_candidate_import_set_column (import, f, NULL);
  check_preview (import);
  return 0;
}
