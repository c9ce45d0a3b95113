/* cdo-cli-candidates.c: a list's candidates from a party's spreadsheet
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   circondario-cli import-candidates DISTRICT --list LIST-ID FILE [--dry-run]
 *                                     [--skip-errors] [--column FIELD=HEADER…] [--header-row N]
 *
 * Prints the preview (how the columns were understood, the notices about the whole file,
 * such as columns that are not imported, then one line per row, rows with errors marked and
 * their problems below them), then appends the candidates to the list unless --dry-run.
 * Rows with errors stop the import unless --skip-errors leaves them out.
 */
#define G_LOG_DOMAIN "cdo-cli-candidates"

#include <glib/gi18n.h>
#include <string.h>

#include "cdo-candidate-import.h"
#include "cdo-cli-actor.h"
#include "cdo-cli-candidates.h"
#include "cdo-date.h"
#include "cdo-store.h"

#define MAX_WIDTH 28

typedef struct {
  char      *list;
  gboolean   dry_run;
  gboolean   skip_errors;
  char     **columns;
  int        header_row;
  gboolean   help;
  char      *help_text;
} CandidatesOptions;

static void
candidates_options_clear (CandidatesOptions *options)
{
  g_free (options->list);
  g_strfreev (options->columns);
  g_free (options->help_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CandidatesOptions, candidates_options_clear)

static gboolean
parse_options (int                *argc,
               char             ***argv,
               CandidatesOptions  *options,
               GError            **error)
{
  const GOptionEntry entries[] = {
    { "list", 'l', 0, G_OPTION_ARG_STRING, &options->list,
      N_("The list to add the candidates to, by its id"), N_("LIST-ID") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &options->dry_run,
      N_("Show the preview only; write nothing"), NULL },
    { "skip-errors", 0, 0, G_OPTION_ARG_NONE, &options->skip_errors,
      N_("Import the good rows and leave out those with errors"), NULL },
    { "column", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &options->columns,
      N_("Take FIELD from the column headed HEADER, or with that letter; an empty HEADER leaves "
         "the field out (repeatable)"), N_("FIELD=HEADER") },
    { "header-row", 0, 0, G_OPTION_ARG_INT, &options->header_row,
      N_("The row that holds the column headers, when it is not found by itself"), "N" },
    /* Our own --help, which returns the text instead of printing it and exiting, so that
     * the command runs in-process like the others. */
    { "help", 'h', 0, G_OPTION_ARG_NONE, &options->help, N_("Show this help"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("DISTRICT FILE"));
  g_autoptr(GString) fields = g_string_new (NULL);

  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    g_string_append_printf (fields, "%s%s", f == 0 ? "" : ", ", cdo_import_field_to_string (f));
  g_option_context_set_summary (context, _("Add the candidates of a spreadsheet (CSV, ODS or "
                                           "XLSX) to a list of a district file, after showing "
                                           "how each row was read."));
  {
    g_autofree char *description = g_strdup_printf (_("Fields: %s."), fields->str);

    g_option_context_set_description (context, description);
  }
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;
  if (options->help)
    {
      options->help_text = g_option_context_get_help (context, TRUE, NULL);
      return TRUE;
    }
  if (*argc != 3)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("give the district file and the spreadsheet, for example: "
                             "import-candidates district.circondario --list lista-1 lista.xlsx"));
      return FALSE;
    }
  if (options->list == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("say which list the candidates belong to with --list, for "
                             "example --list lista-1"));
      return FALSE;
    }
  if (options->header_row < 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--header-row takes a row number as the spreadsheet shows it, "
                             "for example --header-row 3"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_columns (CdoCandidateImport  *import,
               char               **columns,
               GError             **error)
{
  for (guint i = 0; columns != NULL && columns[i] != NULL; i++)
    {
      const char *equals = strchr (columns[i], '=');
      g_autofree char *name = NULL;
      CdoImportField field;

      if (equals == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is not FIELD=HEADER: write for example --column "
                         "surname=Cognome or --column birth-date=E."), columns[i]);
          return FALSE;
        }
      name = g_strstrip (g_strndup (columns[i], (gsize) (equals - columns[i])));
      if (!cdo_import_field_from_string (name, &field))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is not a field. The fields are position, surname, given-names, "
                         "surname-and-names, names-and-surname, sex, birth-date, birthplace "
                         "and eu-state."), name);
          return FALSE;
        }
      cdo_candidate_import_set_column (import, field, equals + 1);
    }
  return TRUE;
}

/* Table. */

static char *
cell_text (const char *text)
{
  g_autofree char *flat = NULL;

  if (text == NULL)
    return g_strdup ("");
  flat = g_strdup (text);
  g_strdelimit (flat, "\n\t\r", ' ');
  if (g_utf8_strlen (flat, -1) > MAX_WIDTH)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, MAX_WIDTH - 1);

      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&flat);
}

static void
append_padded (GString    *out,
               const char *text,
               glong       width)
{
  g_string_append (out, text);
  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    g_string_append_c (out, ' ');
}

enum { COL_ROW, COL_POSITION, COL_SURNAME, COL_GIVEN, COL_SEX, COL_BORN, COL_PLACE, COL_EU, N_COLS };

/* What a row shows: the candidate as it will be stored, or the cells as typed. */
static void
row_cells (const CdoImportRow *row,
           char               *cells[N_COLS])
{
  const CdoCandidate *candidate = row->candidate;

  cells[COL_ROW] = g_strdup_printf ("%u", row->row);
  cells[COL_POSITION] = row->position > 0 ? g_strdup_printf ("%d", row->position)
                                          : cell_text (row->values[CDO_IMPORT_FIELD_POSITION]);
  if (candidate != NULL)
    {
      cells[COL_SURNAME] = cell_text (candidate->surname);
      cells[COL_GIVEN] = cell_text (candidate->given_names);
      cells[COL_SEX] = g_strdup (cdo_sex_to_string (candidate->sex) ? cdo_sex_to_string (candidate->sex) : "");
      cells[COL_BORN] = g_date_valid (&candidate->born) ? cdo_date_format_iso (&candidate->born) : g_strdup ("");
      cells[COL_PLACE] = cell_text (candidate->birthplace);
      cells[COL_EU] = g_strdup (candidate->eu_state ? candidate->eu_state : "");
      return;
    }
  cells[COL_SURNAME] = cell_text (row->values[CDO_IMPORT_FIELD_SURNAME]
                                  ? row->values[CDO_IMPORT_FIELD_SURNAME]
                                  : row->values[CDO_IMPORT_FIELD_SURNAME_AND_NAMES]
                                  ? row->values[CDO_IMPORT_FIELD_SURNAME_AND_NAMES]
                                  : row->values[CDO_IMPORT_FIELD_NAMES_AND_SURNAME]);
  cells[COL_GIVEN] = cell_text (row->values[CDO_IMPORT_FIELD_GIVEN_NAMES]);
  cells[COL_SEX] = cell_text (row->values[CDO_IMPORT_FIELD_SEX]);
  cells[COL_BORN] = cell_text (row->values[CDO_IMPORT_FIELD_BIRTH_DATE]);
  cells[COL_PLACE] = cell_text (row->values[CDO_IMPORT_FIELD_BIRTHPLACE]);
  cells[COL_EU] = cell_text (row->values[CDO_IMPORT_FIELD_EU_STATE]);
}

static void
append_mapping (GString            *out,
                CdoCandidateImport *import)
{
  const CdoWorkbook *workbook = cdo_candidate_import_get_workbook (import);
  const char *sheet = cdo_candidate_import_get_sheet_name (import);
  guint first = cdo_candidate_import_get_first_header_row (import);
  guint last = cdo_candidate_import_get_header_row (import);
  gboolean combined = cdo_candidate_import_get_column (import, CDO_IMPORT_FIELD_SURNAME_AND_NAMES) >= 0
                      || cdo_candidate_import_get_column (import, CDO_IMPORT_FIELD_NAMES_AND_SURNAME) >= 0;
  glong width = 0;

  /* Headers stacked over two rows name both. */
  if (sheet != NULL && first != 0 && first != last)
    /* Translators: "lista.xlsx (XLSX, sheet “Foglio1”), headers in rows 2 and 3" */
    g_string_append_printf (out, _("%s (%s, sheet “%s”), headers in rows %u and %u:\n"),
                            workbook->origin, cdo_sheet_format_to_string (workbook->format),
                            sheet, first, last);
  else if (sheet != NULL)
    /* Translators: "lista.xlsx (XLSX, sheet “Foglio1”), headers in row 2" */
    g_string_append_printf (out, _("%s (%s, sheet “%s”), headers in row %u:\n"), workbook->origin,
                            cdo_sheet_format_to_string (workbook->format), sheet, last);
  else if (first != 0 && first != last)
    g_string_append_printf (out, _("%s (%s), headers in rows %u and %u:\n"), workbook->origin,
                            cdo_sheet_format_to_string (workbook->format), first, last);
  else
    g_string_append_printf (out, _("%s (%s), headers in row %u:\n"), workbook->origin,
                            cdo_sheet_format_to_string (workbook->format), last);
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    width = MAX (width, g_utf8_strlen (cdo_import_field_get_label (f), -1));
  for (guint f = 0; f < CDO_IMPORT_N_FIELDS; f++)
    {
      int column = cdo_candidate_import_get_column (import, f);
      g_autofree char *letter = column >= 0 ? cdo_sheet_column_name ((guint) column) : NULL;
      const char *header = cdo_candidate_import_get_header (import, f);
      gboolean separate = f == CDO_IMPORT_FIELD_SURNAME || f == CDO_IMPORT_FIELD_GIVEN_NAMES;
      gboolean whole = f == CDO_IMPORT_FIELD_SURNAME_AND_NAMES
                       || f == CDO_IMPORT_FIELD_NAMES_AND_SURNAME;

      /* The name is read one way or the other: show only the way used. */
      if ((combined && separate) || (whole && column < 0))
        continue;
      g_string_append (out, "  ");
      append_padded (out, cdo_import_field_get_label (f), width + 2);
      if (column < 0)
        g_string_append (out, _("— no column"));
      else
        g_string_append_printf (out, "%s  %s", letter, header ? header : "");
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* What the preview says about the whole file: columns left out, fields no column holds. */
static void
append_notices (GString            *out,
                CdoCandidateImport *import)
{
  const char *const *notices = cdo_candidate_import_get_notices (import);

  if (notices[0] == NULL)
    return;
  for (guint i = 0; notices[i] != NULL; i++)
    /* Translators: a notice about the whole spreadsheet, before the table of rows. */
    g_string_append_printf (out, _("Note: %s\n"), notices[i]);
  g_string_append_c (out, '\n');
}

static void
append_table (GString            *out,
              CdoCandidateImport *import)
{
  const char *titles[N_COLS] = {
    /* Translators: column titles of the import preview; keep them short */
    C_("preview", "Row"), C_("preview", "Pos."), C_("preview", "Surname"),
    C_("preview", "Given names"), C_("preview", "Sex"), C_("preview", "Born"),
    C_("preview", "Place of birth"), C_("preview", "EU"),
  };
  guint n_rows = cdo_candidate_import_get_n_rows (import);
  g_autofree char **cells = g_new0 (char *, (gsize) n_rows * N_COLS + 1);
  glong widths[N_COLS];
  const char *marker = _("ERROR");

  for (guint c = 0; c < N_COLS; c++)
    widths[c] = g_utf8_strlen (titles[c], -1);
  for (guint i = 0; i < n_rows; i++)
    {
      row_cells (cdo_candidate_import_get_row (import, i), cells + (gsize) i * N_COLS);
      for (guint c = 0; c < N_COLS; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (cells[(gsize) i * N_COLS + c], -1));
    }

  for (guint c = 0; c < N_COLS; c++)
    append_padded (out, titles[c], c + 1 < N_COLS ? widths[c] + 2 : 0);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < n_rows; i++)
    {
      const CdoImportRow *row = cdo_candidate_import_get_row (import, i);

      for (guint c = 0; c < N_COLS; c++)
        append_padded (out, cells[(gsize) i * N_COLS + c], c + 1 < N_COLS || row->problems->len > 0 ? widths[c] + 2 : 0);
      if (row->problems->len > 0)
        g_string_append (out, marker);
      /* No trailing spaces on good rows. */
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
      for (guint p = 0; p < row->problems->len; p++)
        {
          g_autofree char *text = cdo_import_problem_format (g_ptr_array_index (row->problems, p));

          g_string_append_printf (out, "    %s\n", text);
        }
    }
  for (gsize i = 0; i < (gsize) n_rows * N_COLS; i++)
    g_free (cells[i]);
}

static CdoCandidateList *
find_list (CdoDistrict  *district,
           const char   *id,
           const char   *path,
           GError      **error)
{
  CdoCandidateList *list = cdo_district_find_list (district, id, NULL);

  if (list == NULL)
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_FOUND,
                 _("%s has no list “%s”. Check the list's id (circondario-cli export shows "
                   "them)."), path, id);
  return list;
}

int
cdo_cli_candidates_run (int       argc,
                        char    **argv,
                        GString  *out,
                        GString  *err)
{
  g_auto(CandidatesOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoDistrict) district = NULL;
  g_autoptr(CdoCandidateImport) import = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *actor = cdo_cli_actor (NULL);
  CdoCandidateList *list = NULL;
  guint n_rows, n_valid, inserted = 0;
  const char *command = "circondario-cli import-candidates";

  if (!parse_options (&argc, &argv, &options, &error))
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 2;
    }
  if (options.help_text != NULL)
    {
      g_string_append (out, options.help_text);
      return 0;
    }

  /* The spreadsheet first: a file that cannot be read should not even open the district. */
  file = g_file_new_for_commandline_arg (argv[2]);
  import = cdo_candidate_import_new_from_file (file, NULL, &error);
  if (import == NULL)
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 1;
    }
  if (!apply_columns (import, options.columns, &error))
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 2;
    }
  if (options.header_row > 0)
    cdo_candidate_import_set_header_row (import, (guint) options.header_row);

  /* A dry run reads the district without locking it or leaving a backup copy. */
  store = options.dry_run ? cdo_store_open_read_only (argv[1], &error)
                          : cdo_store_open (argv[1], actor, &error);
  if (store != NULL)
    district = cdo_store_load_district (store, &error);
  if (district != NULL)
    list = find_list (district, options.list, argv[1], &error);
  if (list == NULL)
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      return 1;
    }

  if (cdo_candidate_import_get_error (import) != NULL)
    {
      if (cdo_candidate_import_get_header_row (import) > 0)
        append_mapping (out, import);
      g_string_append_printf (err, "%s: %s\n", command, cdo_candidate_import_get_error (import)->message);
      return 1;
    }

  append_mapping (out, import);
  append_notices (out, import);
  append_table (out, import);
  n_rows = cdo_candidate_import_get_n_rows (import);
  n_valid = cdo_candidate_import_get_n_valid (import);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u row: %u ready, %u with errors.\n",
                                            "%u rows: %u ready, %u with errors.\n", n_rows),
                          n_rows, n_valid, n_rows - n_valid);

  if (options.dry_run)
    {
      g_string_append (out, _("Dry run: nothing was written.\n"));
      if (n_valid < n_rows && !options.skip_errors)
        {
          g_string_append_printf (err, _("%s: correct the rows marked ERROR, or add "
                                         "--skip-errors to import the others.\n"), command);
          return 1;
        }
      return n_valid > 0 ? 0 : 1;
    }

  if (!cdo_candidate_import_apply (import, store, list->row_id, (int) list->candidates->len + 1,
                                   options.skip_errors ? CDO_IMPORT_APPLY_SKIP_ERRORS
                                                       : CDO_IMPORT_APPLY_DEFAULT,
                                   &inserted, &error))
    {
      g_string_append_printf (err, "%s: %s\n", command, error->message);
      if (g_error_matches (error, CDO_IMPORT_ERROR, CDO_IMPORT_ERROR_ROW_ERRORS))
        g_string_append_printf (err, _("%s: correct the rows marked ERROR, or add "
                                       "--skip-errors to import the others.\n"), command);
      return 1;
    }
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "Imported %u candidate into list “%s” of %s",
                                            "Imported %u candidates into list “%s” of %s",
                                            inserted),
                          inserted, list->name ? list->name : list->id, argv[1]);
  if (inserted == 1)
    g_string_append_printf (out, _(", at position %d.\n"), (int) list->candidates->len + 1);
  else
    g_string_append_printf (out, _(", at positions %d to %d.\n"), (int) list->candidates->len + 1,
                            (int) (list->candidates->len + inserted));
  return 0;
}
