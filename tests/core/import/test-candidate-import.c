/* test-candidate-import.c: header detection, column mapping and row problems of the preview
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures are described in fixtures/README.md; headers over two rows, notices and the
 * columns the law needs are tested in test-candidate-import-headers.c, applying against a
 * real store in test-candidate-import-apply.c.
 */
#include "cdo-import-private.h"
#include "import-test-utils.h"

/* Good files: every format and quirk gives the same five candidates. */

static const char *const good_fixtures[] = {
  "excel-it-utf8-bom.csv", "excel-it-windows-1252.csv", "libreoffice-comma-multiline.csv",
  "excel-unicode-text.txt", "libreoffice.ods", "libreoffice-merged-title.ods",
  "libreoffice.xlsx", "libreoffice-merged-title.xlsx", "excel-1900.xlsx", "excel-1904.xlsx",
  "inline-strings.xlsx", "impossible-zip-time.xlsx", "libreoffice-stacked.csv",
  "libreoffice-stacked.ods", "libreoffice-stacked.xlsx",
};

static void
test_good_file (gconstpointer data)
{
  const char *name = data;
  g_autoptr(CdoCandidateImport) self = import_fixture (name);
  gboolean multiline = g_str_equal (name, "libreoffice-comma-multiline.csv");

  g_assert_null (cdo_candidate_import_get_error (self));
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      gboolean combined = f == CDO_IMPORT_FIELD_SURNAME_AND_NAMES
                          || f == CDO_IMPORT_FIELD_NAMES_AND_SURNAME;

      g_assert_cmpint (cdo_candidate_import_get_column (self, f) >= 0, ==, !combined);
    }
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), >=, 5);

  assert_candidate (cdo_candidate_import_get_row (self, 0),
                    "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);
  assert_candidate (cdo_candidate_import_get_row (self, 1),
                    "D'Amico", "Niccolò", CDO_SEX_MALE, "1985-11-03", "Reggio nell'Emilia", NULL);
  assert_candidate (cdo_candidate_import_get_row (self, 2),
                    "Bianchi", "Maria Grazia", CDO_SEX_FEMALE, "1968-02-29",
                    multiline ? "Castel San Pietro Terme, BO" : "Milano", NULL);
  assert_candidate (cdo_candidate_import_get_row (self, 3),
                    "Müller", "Anna", CDO_SEX_FEMALE, "1990-01-01",
                    multiline ? "München \"Monaco di Baviera\"" : "München", "DE");
  assert_candidate (cdo_candidate_import_get_row (self, 4),
                    "De Luca", "Lucia", CDO_SEX_FEMALE, "1999-12-31", "Napoli", NULL);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (cdo_candidate_import_get_row (self, i)->position, ==, (int) i + 1);

  g_assert_finalize_object (g_steal_pointer (&self));
}

static void
test_excel_extra_row (void)
{
  g_autoptr(CdoCandidateImport) in1900 = import_fixture ("excel-1900.xlsx");
  g_autoptr(CdoCandidateImport) in1904 = import_fixture ("excel-1904.xlsx");
  const CdoImportProblem *problem;

  g_assert_cmpuint (cdo_candidate_import_get_header_row (in1900), ==, 2);
  g_assert_cmpstr (cdo_candidate_import_get_sheet_name (in1900), ==, "Foglio1");
  g_assert_cmpuint (cdo_candidate_import_get_n_rows (in1900), ==, 6);
  /* Serial 60 is Excel's 29 February 1900 in the 1900 system… */
  problem = assert_problem (row_numbered (in1900, 9), CDO_IMPORT_PROBLEM_INVALID, 4);
  g_assert_nonnull (strstr (problem->message, "1900"));
  g_assert_cmpint (problem->field, ==, CDO_IMPORT_FIELD_BIRTH_DATE);
  g_assert_cmpstr (problem->header, ==, "Data di nascita");
  /* …and 1 March 1904 in the 1904 system. */
  assert_candidate (row_numbered (in1904, 9), "Esposito", "Gino", CDO_SEX_MALE, "1904-03-01",
                    "Roma", NULL);
}

static void
test_apostrophes_and_accents (void)
{
  /* A typographic apostrophe, a no-break space, a decomposed "ò", a line break in a cell. */
  g_autoptr(CdoCandidateImport) self =
    import_text ("Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
                 "D\u2019Amico;Niccolo\xcc\x80;M;03/11/1985;Sant\u2019Angelo\u00a0Lodigiano\n"
                 "\"De  Luca\";\"Maria\nGrazia\";F;01/02/1980;L'Aquila\n");

  assert_candidate (row_numbered (self, 2), "D'Amico", "Niccolò", CDO_SEX_MALE, "1985-11-03",
                    "Sant'Angelo Lodigiano", NULL);
  assert_candidate (row_numbered (self, 3), "De Luca", "Maria Grazia", CDO_SEX_FEMALE,
                    "1980-02-01", "L'Aquila", NULL);
}

/* Header detection. */

static void
test_header_below_title (void)
{
  g_autoptr(CdoCandidateImport) self = import_fixture ("excel-it-utf8-bom.csv");

  /* Row 1 is the title, row 2 blank: the header is row 3 and data start at row 4. */
  g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 3);
  g_assert_cmpuint (row_numbered (self, 4)->position, ==, 1);
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==,
                   "Data di nascita");
  g_assert_cmpstr (row_numbered (self, 4)->values[CDO_IMPORT_FIELD_BIRTH_DATE], ==, "12/05/1970");
  g_assert_null (row_numbered (self, 4)->values[CDO_IMPORT_FIELD_EU_STATE]);
}

static void
test_header_words (void)
{
  static const struct { const char *header; CdoImportField field; } cases[] = {
    { "COGNOME", CDO_IMPORT_FIELD_SURNAME },
    { "Last name", CDO_IMPORT_FIELD_SURNAME },
    { "Nomi", CDO_IMPORT_FIELD_GIVEN_NAMES },
    { "Given names", CDO_IMPORT_FIELD_GIVEN_NAMES },
    { "N°", CDO_IMPORT_FIELD_POSITION },
    { "Nº", CDO_IMPORT_FIELD_POSITION },
    { "Posizione", CDO_IMPORT_FIELD_POSITION },
    { "Genere", CDO_IMPORT_FIELD_SEX },
    { "Gender", CDO_IMPORT_FIELD_SEX },
    { "Data di nascita (gg/mm/aaaa)", CDO_IMPORT_FIELD_BIRTH_DATE },
    { "Nato/a il", CDO_IMPORT_FIELD_BIRTH_DATE },
    { "Birth date", CDO_IMPORT_FIELD_BIRTH_DATE },
    { "Nato/a a", CDO_IMPORT_FIELD_BIRTHPLACE },
    { "Comune di nascita", CDO_IMPORT_FIELD_BIRTHPLACE },
    { "Place of birth", CDO_IMPORT_FIELD_BIRTHPLACE },
    { "Nazionalità", CDO_IMPORT_FIELD_EU_STATE },
    { "Stato UE", CDO_IMPORT_FIELD_EU_STATE },
    { "EU state", CDO_IMPORT_FIELD_EU_STATE },
    { "Cognome e nome", CDO_IMPORT_FIELD_SURNAME_AND_NAMES },
    { "Nome e cognome", CDO_IMPORT_FIELD_NAMES_AND_SURNAME },
    { "surname", CDO_IMPORT_FIELD_SURNAME },
    { "given-names", CDO_IMPORT_FIELD_GIVEN_NAMES },
    { "BIRTH-DATE", CDO_IMPORT_FIELD_BIRTH_DATE },
    { "Nascita - data", CDO_IMPORT_FIELD_BIRTH_DATE },
    { "Nascita: luogo", CDO_IMPORT_FIELD_BIRTHPLACE },
    { "Nascita comune", CDO_IMPORT_FIELD_BIRTHPLACE },
  };
  CdoImportField field;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].header);
      g_assert_true (cdo_import_field_from_string (cases[i].header, &field));
      g_assert_cmpint (field, ==, cases[i].field);
    }
  g_assert_false (cdo_import_field_from_string ("Residenza", &field));
  g_assert_false (cdo_import_field_from_string ("", &field));
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      g_assert_true (cdo_import_field_from_string (cdo_import_field_to_string (f), &field));
      g_assert_cmpint (field, ==, f);
      g_assert_nonnull (cdo_import_field_get_label (f));
    }
}

static void
test_header_plain_name (void)
{
  /* "Name" beside "Surname" is the given names; alone, the whole name, given names first. */
  g_autoptr(CdoCandidateImport) with_surname =
    import_text ("Surname;Name;Sex;Born on;Born in\nRossi;Mario;M;12/05/1970;Roma\n");
  g_autoptr(CdoCandidateImport) alone =
    import_text ("Name;Sex;Date of birth;Place of birth\nMario Rossi;M;12/05/1970;Roma\n");

  g_assert_cmpint (cdo_candidate_import_get_column (with_surname, CDO_IMPORT_FIELD_GIVEN_NAMES), ==, 1);
  assert_candidate (row_numbered (with_surname, 2), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12",
                    "Roma", NULL);
  g_assert_cmpint (cdo_candidate_import_get_column (alone, CDO_IMPORT_FIELD_NAMES_AND_SURNAME), ==, 0);
  assert_candidate (row_numbered (alone, 2), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma",
                    NULL);
}

static void
test_header_missing (void)
{
  g_autoptr(GString) late = g_string_new (NULL);
  g_autoptr(CdoCandidateImport) none = import_text ("Rossi;Mario;M\nVerdi;Luca;M\n");
  g_autoptr(CdoCandidateImport) far = NULL;
  g_autoptr(CdoCandidateImport) only_header = import_text ("Cognome;Nome\n;\n");
  g_autoptr(CdoCandidateImport) no_given = import_text ("Cognome;Sesso\nRossi;M\n");
  const GError *error;

  error = cdo_candidate_import_get_error (none);
  g_assert_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER);
  g_assert_nonnull (strstr (error->message, "lista.csv"));
  g_assert_cmpuint (cdo_candidate_import_get_n_rows (none), ==, 0);
  g_assert_cmpuint (cdo_candidate_import_get_header_row (none), ==, 0);

  /* A header below the first thirty rows is not looked for… */
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (late, "nota %u\n", i);
  g_string_append (late, "Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
                        "Rossi;Mario;M;12/05/1970;Roma\n");
  far = import_text (late->str);
  g_assert_error (cdo_candidate_import_get_error (far), CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER);
  /* …unless the caller names its row. */
  cdo_candidate_import_set_header_row (far, 31);
  g_assert_null (cdo_candidate_import_get_error (far));
  g_assert_cmpuint (cdo_candidate_import_get_first_header_row (far), ==, 31);
  assert_candidate (row_numbered (far, 32), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma",
                    NULL);
  cdo_candidate_import_set_header_row (far, 40);
  g_assert_error (cdo_candidate_import_get_error (far), CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER);
  cdo_candidate_import_set_header_row (far, 0);
  g_assert_error (cdo_candidate_import_get_error (far), CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER);

  g_assert_error (cdo_candidate_import_get_error (only_header), CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_EMPTY);
  g_assert_error (cdo_candidate_import_get_error (no_given), CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_COLUMN);
}

/* Choosing columns. */

static void
test_mapping_override (void)
{
  g_autoptr(CdoCandidateImport) self =
    import_text ("Persona;Giorno;Comune;Cittadinanza;Sesso\n"
                 "ROSSI Mario;12/05/1970;Roma;Svizzera;M\n");
  const CdoImportRow *row;

  /* Only the citizenship and the sex are recognised, and no name: no header. */
  g_assert_error (cdo_candidate_import_get_error (self), CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_HEADER);

  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_SURNAME_AND_NAMES, "persona");
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_BIRTH_DATE, "GIORNO");
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_BIRTHPLACE, "C");   /* a letter */
  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 1);
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_BIRTHPLACE), ==, 2);
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTHPLACE), ==, "Comune");
  /* Switzerland is not in the European Union. */
  row = row_numbered (self, 2);
  assert_problem (row, CDO_IMPORT_PROBLEM_NOT_EU, 3);

  /* Leaving the column out removes the problem. */
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_EU_STATE, "");
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_EU_STATE), ==, -1);
  assert_candidate (row_numbered (self, 2), "ROSSI", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);

  /* A header that is not there is a file-level error naming it and the headers found. */
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_SEX, "Genere");
  g_assert_error (cdo_candidate_import_get_error (self), CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_NO_COLUMN);
  g_assert_nonnull (strstr (cdo_candidate_import_get_error (self)->message, "Genere"));
  g_assert_nonnull (strstr (cdo_candidate_import_get_error (self)->message, "Persona"));
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_SEX, NULL);
  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&self));
}

static void
test_mapping_override_wins (void)
{
  /* Two "Nome" columns: the first wins; the caller may choose the other, and a column
   * chosen for one field is not taken by another. */
  g_autoptr(CdoCandidateImport) self =
    import_text ("Cognome;Nome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
                 "Rossi;Mario;Marco;M;12/05/1970;Roma\n");

  g_assert_cmpstr (row_numbered (self, 2)->candidate->given_names, ==, "Mario");
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_GIVEN_NAMES, "C");
  g_assert_cmpstr (row_numbered (self, 2)->candidate->given_names, ==, "Marco");
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_BIRTHPLACE, "B");
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_BIRTHPLACE), ==, 1);
  g_assert_cmpstr (row_numbered (self, 2)->candidate->birthplace, ==, "Mario");
}

/* Row problems. */

static void
test_row_errors (void)
{
  static const struct { guint row; CdoImportProblemKind kind; int column; } cases[] = {
    { 3, CDO_IMPORT_PROBLEM_MISSING, 1 },
    { 4, CDO_IMPORT_PROBLEM_AMBIGUOUS, 3 },
    { 5, CDO_IMPORT_PROBLEM_INVALID, 3 },
    { 6, CDO_IMPORT_PROBLEM_INVALID, 4 },
    { 7, CDO_IMPORT_PROBLEM_INVALID, 4 },
    { 8, CDO_IMPORT_PROBLEM_INVALID, 4 },
    { 9, CDO_IMPORT_PROBLEM_IMPLAUSIBLE, 4 },
    { 10, CDO_IMPORT_PROBLEM_IMPLAUSIBLE, 4 },
    { 11, CDO_IMPORT_PROBLEM_MISSING, 5 },
    { 12, CDO_IMPORT_PROBLEM_NOT_EU, 6 },
    { 13, CDO_IMPORT_PROBLEM_INVALID, 1 },
    { 13, CDO_IMPORT_PROBLEM_POSITION_DUPLICATE, 0 },
    { 14, CDO_IMPORT_PROBLEM_POSITION_DUPLICATE, 0 },
    { 15, CDO_IMPORT_PROBLEM_POSITION_GAP, 0 },
    { 16, CDO_IMPORT_PROBLEM_INVALID, 0 },
    { 17, CDO_IMPORT_PROBLEM_MISSING, 0 },
    { 18, CDO_IMPORT_PROBLEM_DUPLICATE_CANDIDATE, -1 },
    { 19, CDO_IMPORT_PROBLEM_MISSING, 3 },
    { 20, CDO_IMPORT_PROBLEM_MISSING, 4 },
  };
  g_autoptr(CdoCandidateImport) self = import_fixture ("errors.csv");
  guint n_problems = 0;
  const CdoImportProblem *problem;

  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 19);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 1);
  assert_candidate (row_numbered (self, 2), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("row %u", cases[i].row);
      assert_problem (row_numbered (self, cases[i].row), cases[i].kind, cases[i].column);
    }
  for (guint i = 0; i < cdo_candidate_import_get_n_rows (self); i++)
    n_problems += cdo_candidate_import_get_row (self, i)->problems->len;
  g_assert_cmpuint (n_problems, ==, G_N_ELEMENTS (cases));
  g_assert_cmpuint (cdo_candidate_import_get_n_problems (self), ==, G_N_ELEMENTS (cases));

  /* Sorted by position; rows without a readable position come last. */
  g_assert_cmpuint (cdo_candidate_import_get_row (self, 0)->row, ==, 2);
  g_assert_cmpint (cdo_candidate_import_get_row (self, 16)->position, ==, 18);
  g_assert_cmpuint (cdo_candidate_import_get_row (self, 17)->row, ==, 16);
  g_assert_cmpuint (cdo_candidate_import_get_row (self, 18)->row, ==, 17);

  /* Messages say where, what and what to do. */
  problem = assert_problem (row_numbered (self, 15), CDO_IMPORT_PROBLEM_POSITION_GAP, 0);
  g_assert_nonnull (strstr (problem->message, "13"));
  g_assert_nonnull (strstr (problem->message, "14"));
  problem = assert_problem (row_numbered (self, 7), CDO_IMPORT_PROBLEM_INVALID, 4);
  {
    g_autofree char *text = cdo_import_problem_format (problem);

    g_assert_true (g_str_has_prefix (text, "Row 7, column E (Data di nascita): "));
    g_assert_nonnull (strstr (text, "four digits"));
  }
  problem = assert_problem (row_numbered (self, 18), CDO_IMPORT_PROBLEM_DUPLICATE_CANDIDATE, -1);
  {
    g_autofree char *text = cdo_import_problem_format (problem);

    g_assert_true (g_str_has_prefix (text, "Row 18: "));
    g_assert_nonnull (strstr (text, "row 2"));
  }
}

/* Names and places longer than the district format holds stop their row, saying how long
 * they are and what to do: imported, they would make an export that import refuses. The
 * limit counts characters, not bytes, after runs of spaces are made one. */
static void
test_too_long (void)
{
  g_autoptr(GString) csv = g_string_new ("Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\n");
  g_autoptr(GString) full = g_string_new ("Cognome e nome;Sesso;Data di nascita;Luogo di nascita\n");
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(CdoCandidateImport) self = NULL;
  g_autoptr(CdoCandidateImport) whole = NULL;
  const CdoImportProblem *problem;
  g_autofree char *text = NULL;
  g_autofree char *a200 = g_strnfill (200, 'a');
  g_autofree char *a300 = g_strnfill (300, 'a');
  g_autofree char *spaces = g_strnfill (300, ' ');

  for (guint i = 0; i < 200; i++)
    g_string_append (longest, "à");
  /* Row 2: a surname of 201 characters; row 3: 200 "à" (400 bytes); row 4: given names of
   * 300; row 5: a birthplace of 201; row 6: given names padded with 300 spaces. */
  g_string_append_printf (csv, "R%s;Mario;M;12/05/1970;Roma\n", a200);
  g_string_append_printf (csv, "%s;Mario;M;12/05/1970;Roma\n", longest->str);
  g_string_append_printf (csv, "Rossi;%s;M;12/05/1970;Roma\n", a300);
  g_string_append_printf (csv, "Rossi;Mario;M;12/05/1970;R%s\n", a200);
  g_string_append_printf (csv, "Verdi;Maria%sGrazia;F;12/05/1970;Roma\n", spaces);
  self = import_text (csv->str);
  g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 5);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 2);

  problem = assert_problem (row_numbered (self, 2), CDO_IMPORT_PROBLEM_TOO_LONG, 0);
  g_assert_cmpuint (row_numbered (self, 2)->problems->len, ==, 1);
  g_assert_cmpint (problem->field, ==, CDO_IMPORT_FIELD_SURNAME);
  text = cdo_import_problem_format (problem);
  g_assert_true (g_str_has_prefix (text, "Row 2, column A (Cognome): "));
  g_assert_nonnull (strstr (text, "201 characters"));
  g_assert_nonnull (strstr (text, "at most 200"));
  g_assert_nonnull (strstr (text, "Shorten"));
  g_assert_cmpstr (row_numbered (self, 3)->candidate->surname, ==, longest->str);
  assert_problem (row_numbered (self, 4), CDO_IMPORT_PROBLEM_TOO_LONG, 1);
  assert_problem (row_numbered (self, 5), CDO_IMPORT_PROBLEM_TOO_LONG, 4);
  assert_candidate (row_numbered (self, 6), "Verdi", "Maria Grazia", CDO_SEX_FEMALE, "1970-05-12",
                    "Roma", NULL);

  /* A name in one column: each part as it would be stored. */
  g_string_append_printf (full, "ROSSI M%s;M;12/05/1970;Roma\n", a200);
  g_string_append_printf (full, "Rossi, M%s;M;12/05/1970;Roma\n", a200);
  g_string_append_printf (full, "ROSSI %s;M;12/05/1970;Roma\n", "Maria Grazia");
  whole = import_text (full->str);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (whole), ==, 1);
  problem = assert_problem (row_numbered (whole, 2), CDO_IMPORT_PROBLEM_TOO_LONG, 0);
  g_assert_cmpint (problem->field, ==, CDO_IMPORT_FIELD_SURNAME_AND_NAMES);
  assert_problem (row_numbered (whole, 3), CDO_IMPORT_PROBLEM_TOO_LONG, 0);
}

/* A character XML cannot carry (an XLSX may hold one as "_x0001_") cannot be written into a
 * district file: refused in a place, as names refuse anything but letters already. */
static void
test_control_character (void)
{
  static const char *const places[] = { "Ro\x01ma", "Roma\xef\xbf\xbe", "Roma\xef\xbf\xbf" };
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) _cdo_import_problem_free);
  CdoImportCell at = { 2, 4, CDO_IMPORT_FIELD_BIRTHPLACE, "Luogo di nascita", problems };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      CdoSheetCell cell = { 4, CDO_CELL_TEXT, (char *) places[i], 0, { 0 } };
      g_autofree char *place = NULL;

      g_assert_false (_cdo_import_read_place (&at, &cell, &place));
      g_assert_null (place);
      g_assert_cmpuint (problems->len, ==, i + 1);
      g_assert_cmpint (((CdoImportProblem *) g_ptr_array_index (problems, i))->kind, ==,
                       CDO_IMPORT_PROBLEM_INVALID);
    }
}

static void
test_full_name (void)
{
  g_autoptr(CdoCandidateImport) self = import_fixture ("full-name.csv");

  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_SURNAME_AND_NAMES), ==, 0);
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_SURNAME), ==, -1);
  assert_candidate (row_numbered (self, 2), "ROSSI", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);
  assert_candidate (row_numbered (self, 3), "DE LUCA", "Maria Grazia", CDO_SEX_FEMALE, "1980-02-01", "Napoli", NULL);
  assert_candidate (row_numbered (self, 4), "D'AMICO", "Niccolò", CDO_SEX_MALE, "1985-11-03", "Reggio nell'Emilia", NULL);
  assert_candidate (row_numbered (self, 5), "Bianchi", "Anna", CDO_SEX_FEMALE, "1968-02-29", "Milano", NULL);
  assert_candidate (row_numbered (self, 6), "De Luca", "Maria Grazia", CDO_SEX_FEMALE, "1980-02-02", "Napoli", NULL);
  assert_problem (row_numbered (self, 7), CDO_IMPORT_PROBLEM_AMBIGUOUS, 0);
  assert_problem (row_numbered (self, 8), CDO_IMPORT_PROBLEM_INVALID, 0);
  assert_candidate (row_numbered (self, 9), "DE LUCA", "Maria Grazia", CDO_SEX_FEMALE, "1980-02-04", "Napoli", NULL);
}

static void
test_values (void)
{
  g_autoptr(CdoCandidateImport) self =
    import_text ("N.;Cognome;Nome;Sesso;Data di nascita;Luogo di nascita;Cittadinanza\n"
                 "1.;Rossi;Mario;maschio;12.05.1970;Roma;Italia\n"
                 "2°;Verdi;Anna;Femmina;1970-05-12;Roma;Germania\n"
                 "3;Neri;Paolo;male;12/05/1970 00:00:00;Roma;cittadinanza francese\n"
                 "4);Gialli;Sara;F.;12-05-1970;Roma;EL\n"
                 "5;Blu;Ada;donna;1/5/1970;Roma;fr\n"
                 "6;Rosa;Eva;woman;01/05/1970;Roma;tedesca\n");

  assert_candidate (row_numbered (self, 2), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);
  assert_candidate (row_numbered (self, 3), "Verdi", "Anna", CDO_SEX_FEMALE, "1970-05-12", "Roma", "DE");
  assert_candidate (row_numbered (self, 4), "Neri", "Paolo", CDO_SEX_MALE, "1970-05-12", "Roma", "FR");
  assert_candidate (row_numbered (self, 5), "Gialli", "Sara", CDO_SEX_FEMALE, "1970-05-12", "Roma", "GR");
  assert_candidate (row_numbered (self, 6), "Blu", "Ada", CDO_SEX_FEMALE, "1970-05-01", "Roma", "FR");
  assert_candidate (row_numbered (self, 7), "Rosa", "Eva", CDO_SEX_FEMALE, "1970-05-01", "Roma", "DE");
  for (guint i = 0; i < 6; i++)
    g_assert_cmpint (cdo_candidate_import_get_row (self, i)->position, ==, (int) i + 1);
}

static void
test_number_cells (void)
{
  /* In a spreadsheet, a number in the date column is not guessed to be a date, and a
   * position must be a whole number. */
  g_autoptr(CdoCandidateImport) self = import_fixture ("repeats.ods");

  g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 4);
  assert_candidate (row_numbered (self, 2), "Rossi", "Maria Grazia", CDO_SEX_FEMALE, "1970-05-12", "Roma", NULL);
  /* The repeated row is the same person twice, at the same position. */
  assert_problem (row_numbered (self, 3), CDO_IMPORT_PROBLEM_POSITION_DUPLICATE, 0);
  assert_problem (row_numbered (self, 4), CDO_IMPORT_PROBLEM_DUPLICATE_CANDIDATE, -1);
  assert_problem (row_numbered (self, 1005), CDO_IMPORT_PROBLEM_POSITION_GAP, 0);
  g_assert_cmpstr (row_numbered (self, 1005)->values[CDO_IMPORT_FIELD_BIRTHPLACE], ==, "Castel\nSan Pietro");
}

static void
test_number_in_date_column (void)
{
  g_autoptr(CdoCandidateImport) self = NULL;

  /* Choosing the position column as the date: numbers there are refused, not guessed. */
  self = import_fixture ("libreoffice.ods");
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_BIRTH_DATE, "A");
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_POSITION, "");
  assert_problem (row_numbered (self, 4), CDO_IMPORT_PROBLEM_INVALID, 0);
  /* A date chosen as the position is not a position. */
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_BIRTH_DATE, NULL);
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_POSITION, "E");
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==, -1);
  assert_problem (row_numbered (self, 4), CDO_IMPORT_PROBLEM_INVALID, 4);
}

/* Reading a file in a thread. */

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  CdoCandidateImport **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = cdo_candidate_import_new_from_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
missing_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **out = user_data;

  g_assert_null (cdo_candidate_import_new_from_file_finish (result, out));
}

static void
test_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "import", "fixtures",
                                                 "excel-1900.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/lista.xlsx");
  CdoCandidateImport *self = NULL;
  GError *error = NULL;

  cdo_candidate_import_new_from_file_async (file, NULL, loaded_cb, &self);
  while (self == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (cdo_candidate_import_get_workbook (self)->origin, ==, "excel-1900.xlsx");
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 5);
  g_assert_finalize_object (self);

  cdo_candidate_import_new_from_file_async (missing, NULL, missing_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_refused_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "import", "fixtures",
                                                 "bomb.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoCandidateImport) self = cdo_candidate_import_new_from_file (file, NULL, &error);

  g_assert_null (self);
  g_assert_error (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_TOO_LARGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (good_fixtures); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/import/candidates/good/%s", good_fixtures[i]);

      g_test_add_data_func (test_path, good_fixtures[i], test_good_file);
    }
  g_test_add_func ("/import/candidates/excel-extra-row", test_excel_extra_row);
  g_test_add_func ("/import/candidates/apostrophes-and-accents", test_apostrophes_and_accents);
  g_test_add_func ("/import/candidates/header/below-title", test_header_below_title);
  g_test_add_func ("/import/candidates/header/words", test_header_words);
  g_test_add_func ("/import/candidates/header/plain-name", test_header_plain_name);
  g_test_add_func ("/import/candidates/header/missing", test_header_missing);
  g_test_add_func ("/import/candidates/mapping/override", test_mapping_override);
  g_test_add_func ("/import/candidates/mapping/override-wins", test_mapping_override_wins);
  g_test_add_func ("/import/candidates/rows/errors", test_row_errors);
  g_test_add_func ("/import/candidates/rows/too-long", test_too_long);
  g_test_add_func ("/import/candidates/rows/control-character", test_control_character);
  g_test_add_func ("/import/candidates/rows/full-name", test_full_name);
  g_test_add_func ("/import/candidates/rows/values", test_values);
  g_test_add_func ("/import/candidates/rows/repeats", test_number_cells);
  g_test_add_func ("/import/candidates/rows/number-in-date-column", test_number_in_date_column);
  g_test_add_func ("/import/candidates/async", test_async);
  g_test_add_func ("/import/candidates/refused-file", test_refused_file);

  return g_test_run ();
}
