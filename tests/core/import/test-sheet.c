/* test-sheet.c: reading CSV, ODS and XLSX files as Excel and LibreOffice write them
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures are described in fixtures/README.md.
 */
#include <string.h>

#include "cdo-date.h"
#include "cdo-sheet.h"

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "import", "fixtures", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

static CdoWorkbook *
read_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = load_fixture (name);
  g_autoptr(GError) error = NULL;
  CdoWorkbook *workbook = cdo_workbook_read (bytes, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workbook);
  return workbook;
}

static CdoWorkbook *
read_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CdoWorkbook *workbook = cdo_workbook_read (bytes, "inline.csv", &error);

  g_assert_no_error (error);
  return workbook;
}

static const CdoSheetRow *
find_row (const CdoSheet *sheet,
          guint           number)
{
  for (guint i = 0; i < sheet->rows->len; i++)
    {
      const CdoSheetRow *row = g_ptr_array_index (sheet->rows, i);

      if (row->number == number)
        return row;
    }
  return NULL;
}

/* The cell at "C5" of the first sheet, or NULL. */
static const CdoSheetCell *
cell (const CdoWorkbook *workbook,
      const char        *reference)
{
  const CdoSheet *sheet = g_ptr_array_index (workbook->sheets, 0);
  gsize letters = strspn (reference, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  g_autofree char *column_name = g_strndup (reference, letters);
  const CdoSheetRow *row = find_row (sheet, (guint) g_ascii_strtoull (reference + letters, NULL, 10));
  guint column;

  g_assert_true (cdo_sheet_column_parse (column_name, &column));
  return row ? cdo_sheet_row_get_cell (row, column) : NULL;
}

static void
assert_text (const CdoWorkbook *workbook,
             const char        *reference,
             const char        *expected)
{
  const CdoSheetCell *found = cell (workbook, reference);

  if (expected == NULL)
    {
      g_assert_null (found);
      return;
    }
  g_assert_nonnull (found);
  g_assert_cmpstr (found->text, ==, expected);
}

static void
assert_date (const CdoWorkbook *workbook,
             const char        *reference,
             const char        *expected_iso)
{
  const CdoSheetCell *found = cell (workbook, reference);
  g_autofree char *iso = NULL;

  g_assert_nonnull (found);
  g_assert_cmpint (found->kind, ==, CDO_CELL_DATE);
  g_assert_true (g_date_valid (&found->date));
  iso = cdo_date_format_iso (&found->date);
  g_assert_cmpstr (iso, ==, expected_iso);
}

static void
assert_row_numbers (const CdoWorkbook *workbook,
                    const guint       *expected,
                    guint              n_expected)
{
  const CdoSheet *sheet = g_ptr_array_index (workbook->sheets, 0);

  g_assert_cmpuint (sheet->rows->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpuint (((CdoSheetRow *) g_ptr_array_index (sheet->rows, i))->number, ==, expected[i]);
}

static void
test_column_names (void)
{
  static const struct { guint column; const char *name; } cases[] = {
    { 0, "A" }, { 25, "Z" }, { 26, "AA" }, { 51, "AZ" }, { 52, "BA" }, { 255, "IV" },
  };
  guint column;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = cdo_sheet_column_name (cases[i].column);

      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_true (cdo_sheet_column_parse (cases[i].name, &column));
      g_assert_cmpuint (column, ==, cases[i].column);
    }
  g_assert_true (cdo_sheet_column_parse ("iv", &column));
  g_assert_cmpuint (column, ==, 255);
  g_assert_false (cdo_sheet_column_parse ("IW", &column));   /* beyond the column limit */
  g_assert_false (cdo_sheet_column_parse ("", &column));
  g_assert_false (cdo_sheet_column_parse ("A1", &column));
  g_assert_false (cdo_sheet_column_parse ("ABCD", &column));
  g_assert_false (cdo_sheet_column_parse (NULL, &column));
}

/* CSV. */

static void
test_csv_excel_bom_semicolon (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("excel-it-utf8-bom.csv");
  static const guint rows[] = { 1, 3, 4, 5, 6, 7, 8 };

  g_assert_cmpint (workbook->format, ==, CDO_SHEET_FORMAT_CSV);
  g_assert_cmpstr (workbook->encoding, ==, "UTF-8");
  g_assert_cmpint (workbook->separator, ==, ';');
  g_assert_cmpuint (workbook->sheets->len, ==, 1);
  /* Row 2 holds only separators: numbered, but not kept. */
  assert_row_numbers (workbook, rows, G_N_ELEMENTS (rows));
  assert_text (workbook, "A3", "N.");   /* no byte order mark left in front */
  assert_text (workbook, "C5", "Niccolò");
  assert_text (workbook, "E4", "12/05/1970");
  assert_text (workbook, "G4", NULL);
  assert_text (workbook, "G7", "DE");
  g_assert_cmpint (cell (workbook, "A4")->kind, ==, CDO_CELL_TEXT);
}

static void
test_csv_windows_1252 (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("excel-it-windows-1252.csv");

  g_assert_cmpstr (workbook->encoding, ==, "WINDOWS-1252");
  g_assert_cmpint (workbook->separator, ==, ';');
  assert_text (workbook, "B3", "D\u2019Amico");
  assert_text (workbook, "C3", "Niccolò");
  assert_text (workbook, "F5", "München");
}

static void
test_csv_multiline (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("libreoffice-comma-multiline.csv");
  static const guint rows[] = { 1, 2, 3, 4, 5, 6 };

  g_assert_cmpint (workbook->separator, ==, ',');
  /* A record spanning two lines is one row. */
  assert_row_numbers (workbook, rows, G_N_ELEMENTS (rows));
  assert_text (workbook, "C4", "Maria\nGrazia");
  assert_text (workbook, "F4", "Castel San Pietro Terme, BO");
  assert_text (workbook, "F5", "München \"Monaco di Baviera\"");
  assert_text (workbook, "G5", "Germany");
}

static void
test_csv_tab (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("tab-separated.tsv");
  static const guint rows[] = { 1, 2, 4 };

  g_assert_cmpint (workbook->separator, ==, '\t');
  assert_row_numbers (workbook, rows, G_N_ELEMENTS (rows));
  assert_text (workbook, "E4", "Milano");   /* the last line has no line break */
}

static void
test_csv_utf16 (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("excel-unicode-text.txt");

  g_assert_cmpstr (workbook->encoding, ==, "UTF-16");
  g_assert_cmpint (workbook->separator, ==, '\t');
  assert_text (workbook, "A1", "N.");
  assert_text (workbook, "C3", "Niccolò");
}

static void
test_csv_line_ends (void)
{
  static const guint crlf_rows[] = { 1, 4, 5 };
  static const guint cr_rows[] = { 1, 3 };
  g_autoptr(CdoWorkbook) crlf = read_text ("a;b\r\n\r\n\r\nc;d\r\n\"e\r\nf\";g\r\n");
  g_autoptr(CdoWorkbook) cr = read_text ("a;b\r\rc;d\r");

  assert_row_numbers (crlf, crlf_rows, G_N_ELEMENTS (crlf_rows));
  assert_text (crlf, "A5", "e\nf");
  assert_row_numbers (cr, cr_rows, G_N_ELEMENTS (cr_rows));
}

static void
test_csv_sniff (void)
{
  /* Semicolons inside quoted fields do not fool the sniffer, nor does one title line. */
  g_autoptr(CdoWorkbook) comma = read_text ("Lista X\nCognome,Nome\n\"Rossi; detto Bob\",Mario\nVerdi,Luca\n");
  g_autoptr(CdoWorkbook) semicolon = read_text ("Cognome;Nome;Luogo\nRossi;Mario;Roma, RM\nVerdi;Luca;Bari\n");
  g_autoptr(CdoWorkbook) tab = read_text ("Cognome\tNome\nDe Luca, detto X\tMaria;Grazia\n");

  g_assert_cmpint (comma->separator, ==, ',');
  assert_text (comma, "A3", "Rossi; detto Bob");
  g_assert_cmpint (semicolon->separator, ==, ';');
  assert_text (semicolon, "C2", "Roma, RM");
  g_assert_cmpint (tab->separator, ==, '\t');
}

static void
test_csv_wide (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(CdoWorkbook) workbook = NULL;
  const CdoSheetRow *row;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "c%u;", i);
  workbook = read_text (text->str);
  row = g_ptr_array_index (((CdoSheet *) g_ptr_array_index (workbook->sheets, 0))->rows, 0);
  /* Cells beyond the column limit are ignored. */
  g_assert_cmpuint (row->cells->len, ==, CDO_SHEET_MAX_COLUMNS);
}

/* ODS. */

static void
test_ods_libreoffice (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("libreoffice.ods");
  const CdoSheet *sheet = g_ptr_array_index (workbook->sheets, 0);

  g_assert_cmpint (workbook->format, ==, CDO_SHEET_FORMAT_ODS);
  g_assert_cmpstr (sheet->name, ==, "lista");
  assert_text (workbook, "A1", "Lista civica Insieme per Roccaraso - candidati al consiglio comunale");
  assert_text (workbook, "B3", "Cognome");
  g_assert_cmpint (cell (workbook, "A4")->kind, ==, CDO_CELL_NUMBER);
  g_assert_cmpfloat (cell (workbook, "A4")->number, ==, 1);
  assert_date (workbook, "E4", "1970-05-12");
  assert_date (workbook, "E6", "1968-02-29");
  assert_text (workbook, "C5", "Niccolò");
}

static void
test_ods_merged_title (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("libreoffice-merged-title.ods");
  const CdoSheetRow *title = find_row (g_ptr_array_index (workbook->sheets, 0), 1);

  /* The merged cell is one cell; the covered ones hold nothing. */
  g_assert (title != NULL);
  g_assert_cmpuint (title->cells->len, ==, 1);
  assert_text (workbook, "A2", "N.");
  assert_date (workbook, "E3", "1970-05-12");
}

/* Cells merged across and down, as the stacked-header fixtures have them (in ODS, XLSX and
 * LibreOffice's CSV): only the first cell of a merge holds its text. */
static void
test_merged_stacked (gconstpointer data)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture (data);

  assert_text (workbook, "E2", "Nascita");
  assert_text (workbook, "F2", NULL);   /* merged into E2 */
  assert_text (workbook, "A2", "N.");
  assert_text (workbook, "A3", NULL);   /* merged into A2 */
  assert_text (workbook, "E3", "Data");
  assert_text (workbook, "F3", "Luogo");
  assert_text (workbook, "H3", NULL);
  assert_text (workbook, "H4", "0864 000001");
}

static void
test_ods_repeats (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("repeats.ods");
  static const guint rows[] = { 1, 2, 3, 4, 1005 };

  /* A million empty rows and sixteen thousand empty cells cost nothing; a repeated row
   * with values is copied, and numbering goes on after the empty ones. */
  assert_row_numbers (workbook, rows, G_N_ELEMENTS (rows));
  assert_text (workbook, "B2", "Rossi");            /* spans joined, the comment left out */
  assert_text (workbook, "C2", "Maria   Grazia");   /* text:s with text:c="3" */
  assert_date (workbook, "E2", "1970-05-12");       /* a date-value with a time */
  assert_text (workbook, "B3", "Verdi");
  assert_text (workbook, "B4", "Verdi");
  assert_text (workbook, "F1005", "Castel\nSan Pietro");   /* two paragraphs */
  assert_text (workbook, "G1005", "Castel\nSan Pietro");   /* a repeated filled cell */
}

/* XLSX. */

static void
check_excel_workbook (const char *name,
                      gboolean    date1904)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture (name);

  g_assert_cmpint (workbook->format, ==, CDO_SHEET_FORMAT_XLSX);
  g_assert_cmpint (workbook->date1904, ==, date1904);
  g_assert_cmpstr (((CdoSheet *) g_ptr_array_index (workbook->sheets, 0))->name, ==, "Foglio1");
  assert_text (workbook, "A1", "Lista civica Insieme per Roccaraso - candidati al consiglio comunale");
  assert_text (workbook, "B1", NULL);   /* merged into A1 */
  assert_text (workbook, "E2", "Data di nascita");
  assert_date (workbook, "E3", "1970-05-12");   /* built-in format 14 */
  assert_date (workbook, "E4", "1985-11-03");   /* custom "[$-410]dd/mm/yyyy;@" */
  assert_date (workbook, "E5", "1968-02-29");
  assert_text (workbook, "G3", NULL);   /* no <c> for an empty cell: a gap */
  assert_text (workbook, "G6", "DE");
  assert_text (workbook, "B9", "Esposito");   /* rich text, phonetic guide left out */
  assert_text (workbook, "C9", "Gino");       /* a formula's cached text */
  g_assert_cmpfloat (cell (workbook, "A9")->number, ==, 6);
  g_assert_null (find_row (g_ptr_array_index (workbook->sheets, 0), 8));
  g_assert_cmpint (cell (workbook, "E9")->kind, ==, CDO_CELL_DATE);
  if (date1904)
    assert_date (workbook, "E9", "1904-03-01");
  else
    g_assert_false (g_date_valid (&cell (workbook, "E9")->date));   /* 29 February 1900 */
}

static void
test_xlsx_excel_1900 (void)
{
  check_excel_workbook ("excel-1900.xlsx", FALSE);
}

static void
test_xlsx_excel_1904 (void)
{
  check_excel_workbook ("excel-1904.xlsx", TRUE);
}

static void
test_xlsx_inline_strings (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("inline-strings.xlsx");

  /* No r= attributes: rows and cells follow one another. */
  assert_text (workbook, "A1", "N.");
  assert_text (workbook, "G1", "Cittadinanza");
  g_assert_cmpint (cell (workbook, "A2")->kind, ==, CDO_CELL_NUMBER);
  assert_text (workbook, "E2", "12/05/1970");
  assert_text (workbook, "G2", NULL);
  assert_text (workbook, "G5", "DE");
}

static void
test_xlsx_libreoffice (void)
{
  g_autoptr(CdoWorkbook) workbook = read_fixture ("libreoffice.xlsx");
  g_autoptr(CdoWorkbook) merged = read_fixture ("libreoffice-merged-title.xlsx");

  assert_text (workbook, "B3", "Cognome");
  assert_date (workbook, "E4", "1970-05-12");
  assert_date (workbook, "E8", "1999-12-31");
  assert_text (merged, "A2", "N.");
  assert_date (merged, "E5", "1968-02-29");
}

/* What is refused. */

static void
assert_refused (GBytes         *bytes,
                const char     *name,
                CdoImportError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoWorkbook) workbook = cdo_workbook_read (bytes, name, &error);

  g_assert_null (workbook);
  g_assert_error (error, CDO_IMPORT_ERROR, (int) code);
  /* Every message names the file, for the commission member reading it. */
  g_assert_nonnull (strstr (error->message, name));
}

static void
test_refused_fixtures (void)
{
  static const struct { const char *name; CdoImportError code; } cases[] = {
    { "bomb.xlsx", CDO_IMPORT_ERROR_TOO_LARGE },
    { "lying-size.xlsx", CDO_IMPORT_ERROR_DAMAGED },
    { "hostile-repeat.ods", CDO_IMPORT_ERROR_TOO_LARGE },
    { "dtd.ods", CDO_IMPORT_ERROR_DAMAGED },
    { "dtd.xlsx", CDO_IMPORT_ERROR_DAMAGED },
    { "not-a-zip.xlsx", CDO_IMPORT_ERROR_NOT_A_SPREADSHEET },
    { "truncated.xlsx", CDO_IMPORT_ERROR_DAMAGED },
    { "scan.pdf.xlsx", CDO_IMPORT_ERROR_NOT_A_SPREADSHEET },
    { "libreoffice-excel97.xls", CDO_IMPORT_ERROR_NOT_A_SPREADSHEET },
    { "text-document.ods", CDO_IMPORT_ERROR_NOT_A_SPREADSHEET },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = load_fixture (cases[i].name);

      g_test_message ("%s", cases[i].name);
      assert_refused (bytes, cases[i].name, cases[i].code);
    }
}

static void
test_refused_dtd_message (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("dtd.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoWorkbook) workbook = cdo_workbook_read (bytes, "dtd.xlsx", &error);

  g_assert_null (workbook);
  g_assert_nonnull (strstr (error->message, "xl/sharedStrings.xml"));
  g_assert_nonnull (strstr (error->message, "DOCTYPE"));
}

/* A literal and its size, without the terminating NUL. */
#define BYTES(literal) literal, sizeof (literal) - 1

static void
test_refused_inline (void)
{
  static const struct { const char *data; gsize size; CdoImportError code; } cases[] = {
    { BYTES (""), CDO_IMPORT_ERROR_EMPTY },
    { BYTES (";;;\r\n;;\r\n"), CDO_IMPORT_ERROR_EMPTY },
    { BYTES ("\xef\xbb\xbf"), CDO_IMPORT_ERROR_EMPTY },
    { BYTES ("Cognome;Nome\nRossi\0;Mario\n"), CDO_IMPORT_ERROR_NOT_A_SPREADSHEET },
    { BYTES ("Cognome;Nome\nRossi\x01;Mario\n"), CDO_IMPORT_ERROR_NOT_A_SPREADSHEET },
    /* 0x81 is neither UTF-8 nor a Windows-1252 character */
    { BYTES ("Cognome;Nome\nRossi\x81;Mario\n"), CDO_IMPORT_ERROR_ENCODING },
    /* UTF-16 with an unpaired surrogate */
    { BYTES ("\xff\xfe" "a\0\x00\xd8"), CDO_IMPORT_ERROR_ENCODING },
    { BYTES ("PK\x03\x04garbage"), CDO_IMPORT_ERROR_DAMAGED },
    /* an empty ZIP archive */
    { BYTES ("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"), CDO_IMPORT_ERROR_DAMAGED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].data, cases[i].size);

      g_test_message ("case %u", i);
      assert_refused (bytes, "lista.csv", cases[i].code);
    }
}

static void
test_refused_too_large (void)
{
  gsize size = CDO_SHEET_MAX_FILE_SIZE + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) big = NULL;
  g_autoptr(GString) rows = g_string_new ("Cognome;Nome\n");
  g_autoptr(GBytes) many = NULL;

  memset (data, 'a', size);
  big = g_bytes_new_take (data, size);
  assert_refused (big, "enorme.csv", CDO_IMPORT_ERROR_TOO_LARGE);

  for (guint i = 0; i < CDO_SHEET_MAX_ROWS + 1; i++)
    g_string_append_printf (rows, "Rossi;Mario %u\n", i);
  many = g_string_free_to_bytes (g_steal_pointer (&rows));
  assert_refused (many, "molte.csv", CDO_IMPORT_ERROR_TOO_LARGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/sheet/column-names", test_column_names);
  g_test_add_func ("/import/sheet/csv/excel-bom-semicolon", test_csv_excel_bom_semicolon);
  g_test_add_func ("/import/sheet/csv/windows-1252", test_csv_windows_1252);
  g_test_add_func ("/import/sheet/csv/multiline", test_csv_multiline);
  g_test_add_func ("/import/sheet/csv/tab", test_csv_tab);
  g_test_add_func ("/import/sheet/csv/utf16", test_csv_utf16);
  g_test_add_func ("/import/sheet/csv/line-ends", test_csv_line_ends);
  g_test_add_func ("/import/sheet/csv/sniff", test_csv_sniff);
  g_test_add_func ("/import/sheet/csv/wide", test_csv_wide);
  g_test_add_func ("/import/sheet/ods/libreoffice", test_ods_libreoffice);
  g_test_add_func ("/import/sheet/ods/merged-title", test_ods_merged_title);
  g_test_add_func ("/import/sheet/ods/repeats", test_ods_repeats);
  g_test_add_data_func ("/import/sheet/merged-stacked/ods", "libreoffice-stacked.ods",
                        test_merged_stacked);
  g_test_add_data_func ("/import/sheet/merged-stacked/xlsx", "libreoffice-stacked.xlsx",
                        test_merged_stacked);
  g_test_add_data_func ("/import/sheet/merged-stacked/csv", "libreoffice-stacked.csv",
                        test_merged_stacked);
  g_test_add_func ("/import/sheet/xlsx/excel-1900", test_xlsx_excel_1900);
  g_test_add_func ("/import/sheet/xlsx/excel-1904", test_xlsx_excel_1904);
  g_test_add_func ("/import/sheet/xlsx/inline-strings", test_xlsx_inline_strings);
  g_test_add_func ("/import/sheet/xlsx/libreoffice", test_xlsx_libreoffice);
  g_test_add_func ("/import/sheet/refused/fixtures", test_refused_fixtures);
  g_test_add_func ("/import/sheet/refused/dtd-message", test_refused_dtd_message);
  g_test_add_func ("/import/sheet/refused/inline", test_refused_inline);
  g_test_add_func ("/import/sheet/refused/too-large", test_refused_too_large);

  return g_test_run ();
}
