/* test-candidate-import-headers.c: headers over two rows, and nothing left out without a word
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading merged over sub-headers ("Nascita" over "Data" and "Luogo"), or a header typed
 * over two rows ("Data di" above "nascita"), is read as one header per column. A column
 * that holds values but goes nowhere is a notice, and a field the law needs that no column
 * holds stops every row. The fixtures are described in fixtures/README.md.
 */
#include "import-test-utils.h"

/* Stacked headers in real files. */

/* LibreOffice's own files: a title merged across row 1; "Nascita" merged over "Data" and
 * "Luogo" in rows 2 and 3, the other headers merged down over both; a "Telefono" column. */
static const char *const stacked_fixtures[] = {
  "libreoffice-stacked.ods", "libreoffice-stacked.xlsx", "libreoffice-stacked.csv",
};

static void
test_stacked_file (gconstpointer data)
{
  g_autoptr(CdoCandidateImport) self = import_fixture (data);
  g_autofree char *notices = NULL;

  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_first_header_row (self), ==, 2);
  g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 3);
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==, 4);
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==,
                   "Nascita Data");
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_BIRTHPLACE), ==, 5);
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTHPLACE), ==,
                   "Nascita Luogo");
  /* The headers merged down over both rows are read as written. */
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_SURNAME), ==, "Cognome");
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_EU_STATE), ==,
                   "Cittadinanza");

  g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 5);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 5);
  assert_candidate (row_numbered (self, 4), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);
  assert_candidate (row_numbered (self, 7), "Müller", "Anna", CDO_SEX_FEMALE, "1990-01-01",
                    "München", "DE");

  /* The telephone numbers are not imported, and the preview says so. */
  notices = notices_text (self);
  g_assert_cmpuint (n_notices (self), ==, 1);
  g_assert_true (g_str_has_prefix (notices, "Column H “Telefono” is not imported: "));

  g_assert_finalize_object (g_steal_pointer (&self));
}

/* "Data di" / "nascita" typed over two rows, "Sesso" over a note, and a column of
 * citizenships without a header. */
static void
test_stacked_split (void)
{
  g_autoptr(CdoCandidateImport) self = import_fixture ("stacked-split.csv");
  g_autofree char *notices = NULL;

  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_first_header_row (self), ==, 1);
  g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 2);
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==,
                   "Data di nascita");
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTHPLACE), ==,
                   "Luogo di nascita");
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_SEX), ==, "Sesso (M/F)");
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_EU_STATE), ==, -1);

  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 5);
  assert_candidate (row_numbered (self, 3), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);
  assert_candidate (row_numbered (self, 5), "Bianchi", "Maria Grazia", CDO_SEX_FEMALE,
                    "1968-02-29", "Milano", NULL);

  /* Anna Müller's German citizenship is in a column without a header: not imported, and
   * the preview says so. */
  notices = notices_text (self);
  g_assert_cmpuint (n_notices (self), ==, 1);
  g_assert_true (g_str_has_prefix (notices, "Column G holds values but has no header"));
}

/* Stacked headers, written in as many ways as lists arrive. */

typedef struct {
  const char *csv;        /* two header rows, then Rossi Mario */
  int         columns[CDO_IMPORT_N_FIELDS];
  const char *birth_date; /* the header as the preview shows it */
  const char *birthplace;
} StackedCase;

#define NO -1

static const StackedCase stacked_cases[] = {
  /* A heading written once over two sub-headers, as a merged cell is saved to CSV. */
  { "Cognome;Nome;Sesso;Nascita;\n;;;Data;Luogo\nRossi;Mario;M;12/05/1970;Roma\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Nascita Data", "Nascita Luogo" },
  { "Cognome;Nome;Sesso;Nato/a;\n;;;il;a\nRossi;Mario;M;12/05/1970;Roma\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Nato/a il", "Nato/a a" },
  { "Cognome;Nome;Sesso;Nata/o;\n;;;il;in\nRossi;Mario;M;12/05/1970;Roma\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Nata/o il", "Nata/o in" },
  /* Headings over every column; a date format in parentheses. */
  { "Candidato;;Sesso;Nascita;\nCognome;Nome;;Data (gg/mm/aaaa);Comune\n"
    "Rossi;Mario;M;12/05/1970;Roma\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Nascita Data (gg/mm/aaaa)", "Nascita Comune" },
  { "N.;Cognome;Nome;Sesso;Data e luogo di nascita;;Cittadinanza\n"
    ";;;;data;luogo;Stato\n1;Rossi;Mario;M;12/05/1970;Roma;Germania\n",
    { 0, 1, 2, NO, NO, 3, 4, 5, 6 }, "Data e luogo di nascita data",
    "Data e luogo di nascita luogo" },
  /* Headers typed over two rows. */
  { "Cognome;Nome;Sesso;Data di;Luogo di\n;;;nascita;nascita\nRossi;Mario;M;12/05/1970;Roma\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Data di nascita", "Luogo di nascita" },
  { "Cognome e;Sesso;Data di;Comune di\nnome;;nascita;nascita\nROSSI Mario;M;12/05/1970;Roma\n",
    { NO, NO, NO, 0, NO, 1, 2, 3, NO }, "Data di nascita", "Comune di nascita" },
  /* In English. */
  { "Surname;Given names;Sex;Birth;\n;;;Date;Place\nRossi;Mario;M;12/05/1970;Roma\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Birth Date", "Birth Place" },
  { "Surname;Given names;Sex;Date of;Place of\n;;;birth;birth\nRossi;Mario;M;12/05/1970;Roma\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Date of birth", "Place of birth" },
  /* A sub-header that names nothing is left out (with a notice, tested below). */
  { "Cognome;Nome;Sesso;Nascita;;\n;;;Data;Comune;Provincia\nRossi;Mario;M;12/05/1970;Roma;RM\n",
    { NO, 0, 1, NO, NO, 2, 3, 4, NO }, "Nascita Data", "Nascita Comune" },
};

static void
test_stacked_words (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (stacked_cases); i++)
    {
      const StackedCase *c = &stacked_cases[i];
      g_autoptr(CdoCandidateImport) self = NULL;

      g_test_message ("case %u: %s", i, c->csv);
      self = import_text (c->csv);
      g_assert_null (cdo_candidate_import_get_error (self));
      g_assert_cmpuint (cdo_candidate_import_get_first_header_row (self), ==, 1);
      g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 2);
      for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
        {
          g_test_message ("%s", cdo_import_field_to_string (f));
          g_assert_cmpint (cdo_candidate_import_get_column (self, f), ==, c->columns[f]);
        }
      g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==,
                       c->birth_date);
      g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTHPLACE), ==,
                       c->birthplace);
      g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 1);
      g_assert_nonnull (row_numbered (self, 3)->candidate);
      g_assert_cmpstr (row_numbered (self, 3)->candidate->birthplace, ==, "Roma");
    }
}

/* Two rows are one header only when they name more together than either alone: a title
 * above the header, a heading over complete headers, a header above the first candidate
 * stay one-row headers. */
static void
test_not_stacked (void)
{
  static const struct { const char *csv; guint header_row; guint first_data_row; } cases[] = {
    { "Lista civica Insieme per Roccaraso;;;;\nCognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
      "Rossi;Mario;M;12/05/1970;Roma\n", 2, 3 },
    { "Dati anagrafici;;;;\nCognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
      "Rossi;Mario;M;12/05/1970;Roma\n", 2, 3 },
    { "Candidati;;;;\nCognome;Nome;Sesso;Data di nascita;Luogo di nascita\n"
      "Rossi;Mario;M;12/05/1970;Roma\n", 2, 3 },
    { "Cognome;Nome;Sesso;Data di nascita;Luogo di nascita\nRossi;Mario;M;12/05/1970;Roma\n"
      "Verdi;Luca;M;01/02/1980;Bari\n", 1, 2 },
    /* Not adjacent: the blank row parts them. */
    { "Cognome;Nome;Sesso;Nascita;\n;;;;\n;;;Data;Luogo\nRossi;Mario;M;12/05/1970;Roma\n", 1, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CdoCandidateImport) self = NULL;

      g_test_message ("case %u: %s", i, cases[i].csv);
      self = import_text (cases[i].csv);
      g_assert_null (cdo_candidate_import_get_error (self));
      g_assert_cmpuint (cdo_candidate_import_get_first_header_row (self), ==, cases[i].header_row);
      g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, cases[i].header_row);
      g_assert_cmpuint (cdo_candidate_import_get_row (self, 0)->row, ==, cases[i].first_data_row);
    }
}

/* The caller's header row may be the lower row of a stacked header; the caller may also
 * choose a column by its stacked header. */
static void
test_stacked_chosen (void)
{
  g_autoptr(CdoCandidateImport) self =
    import_text ("Elenco;;;;\nCognome;Nome;Sesso;Nascita;\n;;;Quando;Luogo\n"
                 "Rossi;Mario;M;12/05/1970;Roma\n");

  g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 3);
  /* "Quando" under "Nascita" is not a header we know. */
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==, -1);
  assert_problem (row_numbered (self, 4), CDO_IMPORT_PROBLEM_NO_COLUMN, -1);
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_BIRTH_DATE, "nascita quando");
  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==, 3);
  g_assert_cmpstr (cdo_candidate_import_get_header (self, CDO_IMPORT_FIELD_BIRTH_DATE), ==,
                   "Nascita Quando");
  assert_candidate (row_numbered (self, 4), "Rossi", "Mario", CDO_SEX_MALE, "1970-05-12", "Roma", NULL);
  g_assert_cmpuint (n_notices (self), ==, 0);

  /* Choosing the lower row finds the upper one; choosing the upper row reads it alone. */
  cdo_candidate_import_set_header_row (self, 3);
  g_assert_cmpuint (cdo_candidate_import_get_first_header_row (self), ==, 2);
  g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 3);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 1);
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_BIRTH_DATE, NULL);
  cdo_candidate_import_set_header_row (self, 2);
  g_assert_cmpuint (cdo_candidate_import_get_first_header_row (self), ==, 2);
  g_assert_cmpuint (cdo_candidate_import_get_header_row (self), ==, 2);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 0);
  assert_problem (row_numbered (self, 4), CDO_IMPORT_PROBLEM_NO_COLUMN, -1);

  g_assert_finalize_object (g_steal_pointer (&self));
}

/* The fields the law needs. */

/* Without a column for the sex, the date or the place of birth, no candidate is made: each
 * row says which column is missing, and so does a notice. */
static void
test_missing_columns (void)
{
  g_autoptr(CdoCandidateImport) self = import_text ("Cognome;Nome\nRossi;Mario\nVerdi;Luca\n");
  const CdoImportRow *row;
  g_autofree char *notices = NULL;
  g_autofree char *text = NULL;
  CdoImportField found[3];

  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 2);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 0);
  g_assert_cmpuint (cdo_candidate_import_get_n_problems (self), ==, 6);
  row = row_numbered (self, 2);
  g_assert_cmpuint (row->problems->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const CdoImportProblem *problem = g_ptr_array_index (row->problems, i);

      g_assert_cmpint (problem->kind, ==, CDO_IMPORT_PROBLEM_NO_COLUMN);
      g_assert_cmpint (problem->column, ==, -1);
      g_assert_null (problem->header);
      found[i] = problem->field;
    }
  g_assert_cmpint (found[0], ==, CDO_IMPORT_FIELD_SEX);
  g_assert_cmpint (found[1], ==, CDO_IMPORT_FIELD_BIRTH_DATE);
  g_assert_cmpint (found[2], ==, CDO_IMPORT_FIELD_BIRTHPLACE);
  text = cdo_import_problem_format (g_ptr_array_index (row->problems, 1));
  g_assert_cmpstr (text, ==, "Row 2: No column holds the date of birth. Add a column headed "
                             "“Data di nascita” to the spreadsheet, or choose the column that "
                             "holds it.");

  notices = notices_text (self);
  g_assert_cmpuint (n_notices (self), ==, 3);
  g_assert_true (g_str_has_prefix (notices, "No column holds the sex. Every candidate needs it"));
  g_assert_nonnull (strstr (notices, "No column holds the date of birth."));
  g_assert_nonnull (strstr (notices, "“Luogo di nascita”"));

  /* Leaving a needed field out on purpose does not let the rows through either. */
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_SEX, "");
  g_assert_cmpuint (cdo_candidate_import_get_n_problems (self), ==, 6);
}

/* A column that holds values goes into a field or into a notice; a column with a header but
 * no values says nothing. */
static void
test_left_out_columns (void)
{
  g_autoptr(CdoCandidateImport) self =
    import_text ("Cognome e nome;Cognome;Nome;Nome;Sesso;Data di nascita;Luogo di nascita;"
                 "Cittadinanza;Telefono;Note;\n"
                 "ROSSI Mario;Rossi;Mario;Marco;M;12/05/1970;Roma;;333 000001;;x\n"
                 "VERDI Luca;Verdi;Luca;;M;01/02/1980;Bari;Germania;;;\n");
  g_autofree char *notices = NULL;
  const char *const *list;

  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 2);
  notices = notices_text (self);
  list = cdo_candidate_import_get_notices (self);
  g_assert_cmpuint (n_notices (self), ==, 4);
  g_assert_cmpstr (list[0], ==, "Column A “Cognome e nome” is not imported: the surname and the "
                                "given names are taken from columns B and C.");
  g_assert_cmpstr (list[1], ==, "Column D “Nome” is not imported: the field “Given names” is "
                                "taken from column C.");
  g_assert_true (g_str_has_prefix (list[2], "Column I “Telefono” is not imported: its header "
                                            "names none of the candidate's details."));
  g_assert_true (g_str_has_prefix (list[3], "Column K holds values but has no header"));
  /* "Note" holds nothing: nothing is said. */
  g_assert_null (strstr (notices, "Note"));

  /* A column the caller leaves out is said to be left out. */
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_EU_STATE, "");
  list = cdo_candidate_import_get_notices (self);
  g_assert_cmpuint (n_notices (self), ==, 5);
  g_assert_cmpstr (list[2], ==, "Column H “Cittadinanza” is not imported: its field “EU "
                                "citizenship” was left out.");

  /* Notices belong to a preview that can be read: none with a file-level error. */
  cdo_candidate_import_set_column (self, CDO_IMPORT_FIELD_SEX, "Genere");
  g_assert_nonnull (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (n_notices (self), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&self));
}

/* A surname column beside a whole-name column, without a given-names column: the whole name
 * is read, and the surname column said to be left out. */
static void
test_left_out_surname (void)
{
  g_autoptr(CdoCandidateImport) self =
    import_text ("Cognome e nome;Cognome;Sesso;Data di nascita;Luogo di nascita\n"
                 "ROSSI Mario;Rossi;M;12/05/1970;Roma\n");
  const char *const *list = NULL;
  g_autofree char *notices = notices_text (self);

  g_assert_cmpint (cdo_candidate_import_get_column (self, CDO_IMPORT_FIELD_SURNAME_AND_NAMES), ==, 0);
  list = cdo_candidate_import_get_notices (self);
  g_assert_cmpuint (n_notices (self), ==, 1);
  g_assert_cmpstr (list[0], ==, "Column B “Cognome” is not imported: the surname and the given "
                                "names are taken from column A.");
}

/* What the reviewer saw: before stacked headers were read, this file gave two candidates
 * without a date or place of birth, and said nothing. */
static void
test_no_silent_loss (void)
{
  g_autoptr(CdoCandidateImport) self =
    import_text ("Cognome;Nome;Sesso;Nascita;;Telefono\n"
                 ";;;Quando;Dove;\n"
                 "Rossi;Mario;M;12/05/1970;Roma;333 000001\n"
                 "Verdi;Anna;F;01/02/1980;Bari;333 000002\n");
  g_autofree char *notices = NULL;

  /* Neither "Quando" nor "Dove" is known: every row stops, and the notices say why. */
  g_assert_null (cdo_candidate_import_get_error (self));
  g_assert_cmpuint (cdo_candidate_import_get_n_rows (self), ==, 2);
  g_assert_cmpuint (cdo_candidate_import_get_n_valid (self), ==, 0);
  notices = notices_text (self);
  g_assert_nonnull (strstr (notices, "No column holds the date of birth."));
  g_assert_nonnull (strstr (notices, "No column holds the place of birth."));
  g_assert_nonnull (strstr (notices, "Column D “Nascita” is not imported"));
  g_assert_nonnull (strstr (notices, "Column E holds values but has no header"));
  g_assert_nonnull (strstr (notices, "Column F “Telefono” is not imported"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (stacked_fixtures); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/import/headers/stacked/%s", stacked_fixtures[i]);

      g_test_add_data_func (test_path, stacked_fixtures[i], test_stacked_file);
    }
  g_test_add_func ("/import/headers/stacked-split", test_stacked_split);
  g_test_add_func ("/import/headers/stacked-words", test_stacked_words);
  g_test_add_func ("/import/headers/not-stacked", test_not_stacked);
  g_test_add_func ("/import/headers/stacked-chosen", test_stacked_chosen);
  g_test_add_func ("/import/headers/missing-columns", test_missing_columns);
  g_test_add_func ("/import/headers/left-out-columns", test_left_out_columns);
  g_test_add_func ("/import/headers/left-out-surname", test_left_out_surname);
  g_test_add_func ("/import/headers/no-silent-loss", test_no_silent_loss);

  return g_test_run ();
}
