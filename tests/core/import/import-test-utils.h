/* import-test-utils.h: reading fixtures and checking preview rows, for the import tests
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "cdo-candidate-import.h"
#include "cdo-date.h"

static inline CdoCandidateImport *
import_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "import", "fixtures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CdoCandidateImport *self = cdo_candidate_import_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (CDO_IS_CANDIDATE_IMPORT (self));
  return self;
}

static inline CdoCandidateImport *
import_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CdoCandidateImport *self = cdo_candidate_import_new_from_bytes (bytes, "lista.csv", &error);

  g_assert_no_error (error);
  g_assert_true (CDO_IS_CANDIDATE_IMPORT (self));
  return self;
}

/* Finds the preview row for spreadsheet row @number. */
static inline const CdoImportRow *
row_numbered (CdoCandidateImport *self,
              guint               number)
{
  for (guint i = 0; i < cdo_candidate_import_get_n_rows (self); i++)
    {
      const CdoImportRow *row = cdo_candidate_import_get_row (self, i);

      if (row->row == number)
        return row;
    }
  g_error ("no row %u in the preview", number);
}

static inline void
assert_candidate (const CdoImportRow *row,
                  const char         *surname,
                  const char         *given_names,
                  CdoSex              sex,
                  const char         *born,
                  const char         *birthplace,
                  const char         *eu_state)
{
  g_autofree char *iso = NULL;

  for (guint i = 0; i < row->problems->len; i++)
    {
      g_autofree char *text = cdo_import_problem_format (g_ptr_array_index (row->problems, i));

      g_test_message ("unexpected: %s", text);
    }
  g_assert_cmpuint (row->problems->len, ==, 0);
  g_assert (row->candidate != NULL);
  g_assert_cmpstr (row->candidate->surname, ==, surname);
  g_assert_cmpstr (row->candidate->given_names, ==, given_names);
  g_assert_cmpint (row->candidate->sex, ==, sex);
  if (born != NULL)
    {
      g_assert_true (g_date_valid (&row->candidate->born));
      iso = cdo_date_format_iso (&row->candidate->born);
      g_assert_cmpstr (iso, ==, born);
    }
  else
    g_assert_false (g_date_valid (&row->candidate->born));
  g_assert_cmpstr (row->candidate->birthplace, ==, birthplace);
  g_assert_cmpstr (row->candidate->eu_state, ==, eu_state);
  g_assert_cmpint (row->candidate->row_id, ==, 0);
}

/* A problem of @row must be of @kind, in @column (-1: the whole row). */
static inline const CdoImportProblem *
assert_problem (const CdoImportRow   *row,
                CdoImportProblemKind  kind,
                int                   column)
{
  const CdoImportProblem *found = NULL;

  for (guint i = 0; i < row->problems->len; i++)
    {
      const CdoImportProblem *problem = g_ptr_array_index (row->problems, i);
      g_autofree char *text = cdo_import_problem_format (problem);

      g_test_message ("%s", text);
      g_assert_cmpuint (problem->row, ==, row->row);
      g_assert_nonnull (problem->message);
      g_assert_nonnull (problem->remedy);
      if (problem->kind == kind && problem->column == column)
        found = problem;
    }
  g_assert_null (row->candidate);
  g_assert (found != NULL);
  return found;
}

/* The notices of @self, one per line, for g_test_message and strstr. */
static inline char *
notices_text (CdoCandidateImport *self)
{
  const char *const *notices = cdo_candidate_import_get_notices (self);

  g_assert_nonnull (notices);
  for (guint i = 0; notices[i] != NULL; i++)
    g_test_message ("notice: %s", notices[i]);
  return g_strjoinv ("\n", (char **) notices);
}

static inline guint
n_notices (CdoCandidateImport *self)
{
  return g_strv_length ((char **) cdo_candidate_import_get_notices (self));
}
