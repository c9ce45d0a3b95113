/* cdo-import-values.c: column headers and cell values of a list of candidates
 *
 * Copyright 2025 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headers are recognised in Italian and English whatever their case and accents. Values are
 * read as people type them, and refused rather than guessed whenever two readings are
 * possible: "U" for sex (uomo? unknown?), a two-digit year, "Maria Grazia De Luca" in one
 * column. Every refusal says what is wrong and what to type instead.
 */
#define G_LOG_DOMAIN "cdo-candidate-import"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-import-private.h"

/* Fields. */

typedef struct {
  const char *id;
  const char *label;
  const char *headers;   /* keys, separated by "|" */
  const char *missing;
  const char *no_column; /* for the fields the law needs besides the names; else NULL */
  const char *example;   /* the header to add for them, as an Italian list writes it */
} FieldInfo;

static const FieldInfo fields[CDO_IMPORT_N_FIELDS] = {
  [CDO_IMPORT_FIELD_POSITION] = { "position", N_("Position"),
    "n|no|nr|num|numero|numero d ordine|numero di ordine|n ordine|ordine|numero progressivo|"
    "n progressivo|progressivo|prog|posizione|pos|numero in lista|posizione in lista|"
    "position|number|order|list position",
    N_("The position is missing.") },
  [CDO_IMPORT_FIELD_SURNAME] = { "surname", N_("Surname"),
    "cognome|cognomi|surname|surnames|last name|lastname|family name",
    N_("The surname is missing.") },
  [CDO_IMPORT_FIELD_GIVEN_NAMES] = { "given-names", N_("Given names"),
    "nome|nomi|nome i|prenome|given name|given names|first name|first names|firstname|"
    "forename|forenames",
    N_("The given names are missing.") },
  [CDO_IMPORT_FIELD_SURNAME_AND_NAMES] = { "surname-and-names", N_("Surname and given names"),
    "cognome e nome|cognome e nomi|cognome nome|cognome nomi|nominativo|candidato|candidata|"
    "candidato a|candidati|surname and name|surname and given names|surname name",
    N_("The surname and given names are missing.") },
  [CDO_IMPORT_FIELD_NAMES_AND_SURNAME] = { "names-and-surname", N_("Given names and surname"),
    "nome e cognome|nomi e cognome|nome cognome|full name|name and surname|"
    "first and last name",
    N_("The given names and surname are missing.") },
  [CDO_IMPORT_FIELD_SEX] = { "sex", N_("Sex"),
    "sesso|sex|genere|gender|m f|s",
    N_("The sex is missing."),
    N_("No column holds the sex."), "Sesso" },
  [CDO_IMPORT_FIELD_BIRTH_DATE] = { "birth-date", N_("Date of birth"),
    "data di nascita|data nascita|nascita data|nato il|nata il|nato a il|nata o il|"
    "date of birth|birth date|birthdate|date born|born on|dob",
    N_("The date of birth is missing."),
    N_("No column holds the date of birth."), "Data di nascita" },
  [CDO_IMPORT_FIELD_BIRTHPLACE] = { "birthplace", N_("Place of birth"),
    "luogo di nascita|luogo nascita|comune di nascita|comune nascita|nato a|nata a|nato a a|"
    "nata o a|nato in|luogo e provincia di nascita|comune o stato estero di nascita|"
    "comune o stato di nascita|nascita luogo|nascita comune|place of birth|birthplace|"
    "birth place|born in",
    N_("The place of birth is missing."),
    N_("No column holds the place of birth."), "Luogo di nascita" },
  [CDO_IMPORT_FIELD_EU_STATE] = { "eu-state", N_("EU citizenship"),
    "cittadinanza|stato ue|stato membro|stato membro ue|stato ue di cittadinanza|"
    "stato dell unione europea|nazionalita|citizenship|nationality|eu state|"
    "eu member state|eu citizenship",
    N_("The citizenship is missing.") },
};

const char *
cdo_import_field_to_string (CdoImportField field)
{
  g_return_val_if_fail ((guint) field < CDO_IMPORT_N_FIELDS, NULL);
  return fields[field].id;
}

const char *
cdo_import_field_get_label (CdoImportField field)
{
  g_return_val_if_fail ((guint) field < CDO_IMPORT_N_FIELDS, NULL);
  return _(fields[field].label);
}

static gboolean
key_in (const char *key,
        const char *keys)
{
  gsize length = strlen (key);

  for (const char *at = keys; at != NULL; at = strchr (at, '|'))
    {
      if (*at == '|')
        at++;
      if (strncmp (at, key, length) == 0 && (at[length] == '|' || at[length] == '\0'))
        return TRUE;
    }
  return FALSE;
}

gboolean
_cdo_import_field_for_key (const char     *key,
                           CdoImportField *out_field,
                           gboolean       *out_plain_name)
{
  *out_plain_name = FALSE;
  if (key == NULL || *key == '\0')
    return FALSE;
  if (g_str_equal (key, "name") || g_str_equal (key, "names"))
    {
      *out_plain_name = TRUE;
      *out_field = CDO_IMPORT_FIELD_GIVEN_NAMES;
      return TRUE;
    }
  for (guint i = 0; i < CDO_IMPORT_N_FIELDS; i++)
    if (key_in (key, fields[i].headers))
      {
        *out_field = i;
        return TRUE;
      }
  return FALSE;
}

/* Headers stacked over two rows: a heading above (merged over its columns, or written once
 * with empty cells to its right) and the sub-headers below it. The two keys joined ("data di
 * nascita", "nascita data") are looked up among the fields' headers first; these are the
 * sub-headers that name a field only under their heading. Under any other heading ("Dati
 * anagrafici", "Candidato") a sub-header is read by itself. */
#define BIRTH_HEADINGS "nascita|dati di nascita|data e luogo di nascita|luogo e data di nascita|" \
                       "nato|nata|nato a|nata o|nati|born|birth|date and place of birth|"   \
                       "place and date of birth|birth details"

typedef struct {
  const char     *above;  /* keys of the heading, separated by "|" */
  const char     *below;  /* keys of the sub-header */
  CdoImportField  field;
} StackedHeader;

static const StackedHeader stacked_headers[] = {
  { BIRTH_HEADINGS,
    "data|il|giorno|data gg mm aaaa|gg mm aaaa|date|on|day|date dd mm yyyy",
    CDO_IMPORT_FIELD_BIRTH_DATE },
  { BIRTH_HEADINGS,
    "luogo|a|in|comune|citta|localita|comune o stato estero|comune o stato|luogo e provincia|"
    "comune e provincia|stato estero|place|town|city|where",
    CDO_IMPORT_FIELD_BIRTHPLACE },
  { "luogo di nascita|luogo nascita|comune di nascita|comune nascita|place of birth|birthplace",
    "comune|luogo|citta|localita|comune o stato estero|comune o stato|place|town|city",
    CDO_IMPORT_FIELD_BIRTHPLACE },
  { "cittadinanza|nazionalita|citizenship|nationality",
    "stato|stato ue|stato membro|paese|state|country|eu state",
    CDO_IMPORT_FIELD_EU_STATE },
};

gboolean
_cdo_import_field_for_stacked_keys (const char     *above,
                                    gboolean        above_own,
                                    const char     *below,
                                    CdoImportField *out_field,
                                    gboolean       *out_plain_name)
{
  g_autofree char *joined = NULL;

  *out_plain_name = FALSE;
  if (above == NULL || *above == '\0')
    return _cdo_import_field_for_key (below, out_field, out_plain_name);
  if (below == NULL || *below == '\0')
    /* A heading merged down over both rows ("Cognome"), or one alone over its columns. */
    return above_own && _cdo_import_field_for_key (above, out_field, out_plain_name);

  joined = g_strconcat (above, " ", below, NULL);
  if (_cdo_import_field_for_key (joined, out_field, out_plain_name))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (stacked_headers); i++)
    if (key_in (above, stacked_headers[i].above) && key_in (below, stacked_headers[i].below))
      {
        *out_field = stacked_headers[i].field;
        return TRUE;
      }
  /* A group heading ("Dati anagrafici") over headers that say it all. */
  if (_cdo_import_field_for_key (below, out_field, out_plain_name))
    return TRUE;
  /* A header with a note below it ("Cognome" over "in stampatello"). */
  return above_own && _cdo_import_field_for_key (above, out_field, out_plain_name);
}

gboolean
_cdo_import_field_is_required (CdoImportField field)
{
  g_return_val_if_fail ((guint) field < CDO_IMPORT_N_FIELDS, FALSE);
  return fields[field].no_column != NULL;
}

gboolean
cdo_import_field_from_string (const char     *text,
                              CdoImportField *out_field)
{
  g_autofree char *key = NULL;
  gboolean plain_name;

  g_return_val_if_fail (out_field != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < CDO_IMPORT_N_FIELDS; i++)
    if (g_ascii_strcasecmp (text, fields[i].id) == 0)
      {
        *out_field = i;
        return TRUE;
      }
  key = _cdo_import_key (text);
  return _cdo_import_field_for_key (key, out_field, &plain_name);
}

/* Keys. */

static gboolean
is_separator (gunichar c)
{
  /* "º" and "ª" are letters to Unicode, but in "Nº" they mean "number". */
  return c == 0x00ba || c == 0x00aa || c == 0x00b0 || !g_unichar_isalnum (c);
}

char *
_cdo_import_key (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *out;
  int depth = 0;
  gboolean space = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  out = g_string_new (NULL);
  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == '[')
        depth++;
      else if ((c == ')' || c == ']') && depth > 0)
        depth--;
      else if (depth > 0 || g_unichar_ismark (c))
        continue;
      else if (is_separator (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, g_unichar_tolower (c));
        }
    }
  return g_string_free (out, FALSE);
}

/* Problems. */

CdoImportProblem *
_cdo_import_problem_new (CdoImportProblemKind  kind,
                         guint                 row,
                         int                   column,
                         CdoImportField        field,
                         const char           *header,
                         char                 *message,
                         char                 *remedy)
{
  CdoImportProblem *problem = g_new0 (CdoImportProblem, 1);

  problem->kind = kind;
  problem->row = row;
  problem->column = column;
  problem->field = field;
  problem->header = column >= 0 ? g_strdup (header) : NULL;
  problem->message = message;
  problem->remedy = remedy;
  return problem;
}

void
_cdo_import_problem_free (CdoImportProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->header);
  g_free (problem->message);
  g_free (problem->remedy);
  g_free (problem);
}

char *
cdo_import_problem_format (const CdoImportProblem *problem)
{
  g_autofree char *column = NULL;

  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->column < 0)
    /* Translators: "Row 7: <what is wrong> <what to do>" */
    return g_strdup_printf (_("Row %u: %s %s"), problem->row, problem->message, problem->remedy);
  column = cdo_sheet_column_name ((guint) problem->column);
  if (problem->header != NULL && *problem->header != '\0')
    /* Translators: "Row 7, column D (Data di nascita): <what is wrong> <what to do>" */
    return g_strdup_printf (_("Row %u, column %s (%s): %s %s"), problem->row, column,
                            problem->header, problem->message, problem->remedy);
  return g_strdup_printf (_("Row %u, column %s: %s %s"), problem->row, column,
                          problem->message, problem->remedy);
}

static gboolean
add_problem (const CdoImportCell  *at,
             CdoImportProblemKind  kind,
             char                 *message,
             char                 *remedy)
{
  g_ptr_array_add (at->problems, _cdo_import_problem_new (kind, at->row, at->column, at->field,
                                                          at->header, message, remedy));
  return FALSE;
}

static gboolean
missing (const CdoImportCell *at,
         const char          *remedy)
{
  return add_problem (at, CDO_IMPORT_PROBLEM_MISSING,
                      g_strdup (_(fields[at->field].missing)), g_strdup (remedy));
}

CdoImportProblem *
_cdo_import_no_column_problem (guint          row,
                               CdoImportField field)
{
  g_return_val_if_fail (_cdo_import_field_is_required (field), NULL);

  return _cdo_import_problem_new (CDO_IMPORT_PROBLEM_NO_COLUMN, row, -1, field, NULL,
                                  g_strdup (_(fields[field].no_column)),
                                  /* Translators: %s is a column header as an Italian list
                                   * writes it ("Data di nascita"); keep it in Italian. */
                                  g_strdup_printf (_("Add a column headed “%s” to the "
                                                     "spreadsheet, or choose the column that "
                                                     "holds it."), fields[field].example));
}

char *
_cdo_import_no_column_notice (CdoImportField field)
{
  g_return_val_if_fail (_cdo_import_field_is_required (field), NULL);

  /* Translators: the first %s is a sentence such as "No column holds the sex."; the second
   * a column header as an Italian list writes it ("Sesso"); keep it in Italian. */
  return g_strdup_printf (_("%s Every candidate needs it, so no row can be imported until a "
                            "column headed “%s” is added to the spreadsheet or chosen."),
                          _(fields[field].no_column), fields[field].example);
}

/* Names and places longer than the district format holds stop their row: imported, they
 * would be exported into a file that import refuses. */
static gboolean
check_length (const CdoImportCell *at,
              const char          *value)
{
  glong length = g_utf8_strlen (value, -1);
  g_autofree char *start = NULL;

  if (length <= CDO_IMPORT_MAX_NAME_LENGTH)
    return TRUE;
  start = g_utf8_substring (value, 0, 30);
  return add_problem (at, CDO_IMPORT_PROBLEM_TOO_LONG,
                      /* Translators: "“Rossi Rossi Rossi…” has 300 characters; a name or a
                       * place may have at most 200." */
                      g_strdup_printf (_("“%s…” has %ld characters; a name or a place may "
                                         "have at most %d."),
                                       g_strstrip (start), length, CDO_IMPORT_MAX_NAME_LENGTH),
                      g_strdup_printf (_("Shorten the cell to %d characters at most, leaving "
                                         "out anything that is not the name or the place."),
                                       CDO_IMPORT_MAX_NAME_LENGTH));
}

/* Text. */

/* NFC, typographic apostrophes as "'", any run of white space (no-break spaces and line
 * breaks inside a cell included) as one space, trimmed. */
static char *
clean_text (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = composed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x2018 || c == 0x02bc || c == 0x0060 || c == 0x00b4)
        c = '\'';
      if (g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The first character that does not belong in a name, or 0. */
static gunichar
foreign_character (const char *name,
                   gboolean   *out_has_letter)
{
  *out_has_letter = FALSE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        *out_has_letter = TRUE;
      else if (!g_unichar_ismark (c) && c != ' ' && c != '\'' && c != '-' && c != '.')
        return c;
    }
  return 0;
}

static gboolean
check_name (const CdoImportCell *at,
            const char          *name,
            const char          *shown)
{
  gboolean has_letter;
  gunichar c = foreign_character (name, &has_letter);

  if (c != 0)
    {
      char character[8] = { 0 };

      g_unichar_to_utf8 (c, character);
      return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                          g_strdup_printf (_("“%s” contains “%s”, which is not part of a name."),
                                           shown, character),
                          g_strdup (_("Write only the name: letters, spaces, apostrophes and "
                                      "hyphens.")));
    }
  if (!has_letter)
    return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                        g_strdup_printf (_("“%s” is not a name."), shown),
                        g_strdup (_("Write the name in letters.")));
  return TRUE;
}

gboolean
_cdo_import_read_name (const CdoImportCell  *at,
                       const CdoSheetCell   *cell,
                       char                **out_name)
{
  g_autofree char *name = cell ? clean_text (cell->text) : NULL;

  if (name == NULL || *name == '\0')
    return missing (at, _("Fill in the cell, or leave the row out."));
  if (!check_name (at, name, name) || !check_length (at, name))
    return FALSE;
  *out_name = g_steal_pointer (&name);
  return TRUE;
}

/* A word written in capitals, as Italian forms write surnames ("DE LUCA", "D'AMICO"). */
static gboolean
is_capitals (const char *word)
{
  guint letters = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters += g_unichar_isupper (c) != 0;
    }
  return letters >= 2 || (letters == 1 && strchr (word, '\'') != NULL);
}

static gboolean
has_lower (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

gboolean
_cdo_import_read_full_name (const CdoImportCell  *at,
                            const CdoSheetCell   *cell,
                            gboolean              surname_first,
                            char                **out_surname,
                            char                **out_given_names)
{
  g_autofree char *name = cell ? clean_text (cell->text) : NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *surname = NULL;
  g_autofree char *given = NULL;
  guint n, leading = 0, trailing = 0;

  if (name == NULL || *name == '\0')
    return missing (at, _("Fill in the cell, or leave the row out."));
  if (!check_name (at, name, name))
    {
      /* A comma is the one punctuation mark a full name may carry. */
      const char *comma = strchr (name, ',');

      if (comma == NULL || strchr (comma + 1, ',') != NULL)
        return FALSE;
      g_ptr_array_remove_index (at->problems, at->problems->len - 1);
      surname = g_strstrip (g_strndup (name, (gsize) (comma - name)));
      given = g_strstrip (g_strdup (comma + 1));
      if (*surname == '\0' || *given == '\0')
        return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                            g_strdup_printf (_("“%s” has a comma but not both the surname and "
                                               "the given names around it."), name),
                            g_strdup (_("Write the surname, a comma, then the given names "
                                        "(De Luca, Maria Grazia).")));
      if (!check_name (at, surname, name) || !check_name (at, given, name)
          || !check_length (at, surname) || !check_length (at, given))
        return FALSE;
      *out_surname = g_steal_pointer (&surname);
      *out_given_names = g_steal_pointer (&given);
      return TRUE;
    }

  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  while (leading < n && is_capitals (words[leading]))
    leading++;
  while (trailing < n && is_capitals (words[n - 1 - trailing]))
    trailing++;

  if (n < 2)
    return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                        g_strdup_printf (_("“%s” is a single word, not a surname and given "
                                           "names."), name),
                        g_strdup (_("Write both the surname and the given names.")));
  if (leading > 0 && leading < n && !is_capitals (words[n - 1]))
    {
      gboolean rest_lower = TRUE;

      for (guint i = leading; i < n; i++)
        rest_lower = rest_lower && has_lower (words[i]);
      if (rest_lower)
        {
          char *saved = words[leading];

          words[leading] = NULL;
          surname = g_strjoinv (" ", words);
          words[leading] = saved;
          given = g_strjoinv (" ", words + leading);
        }
    }
  else if (trailing > 0 && trailing < n && !is_capitals (words[0]))
    {
      gboolean rest_lower = TRUE;

      for (guint i = 0; i < n - trailing; i++)
        rest_lower = rest_lower && has_lower (words[i]);
      if (rest_lower)
        {
          char *saved = words[n - trailing];

          words[n - trailing] = NULL;
          given = g_strjoinv (" ", words);
          words[n - trailing] = saved;
          surname = g_strjoinv (" ", words + (n - trailing));
        }
    }
  if (surname == NULL && n == 2)
    {
      surname = g_strdup (words[surname_first ? 0 : 1]);
      given = g_strdup (words[surname_first ? 1 : 0]);
    }
  if (surname == NULL)
    return add_problem (at, CDO_IMPORT_PROBLEM_AMBIGUOUS,
                        g_strdup_printf (_("“%s” can be split into surname and given names in "
                                           "more than one way."), name),
                        g_strdup (_("Write the surname in capitals (DE LUCA Maria Grazia), or "
                                    "put a comma after it (De Luca, Maria Grazia), or give "
                                    "surname and given names separate columns.")));
  if (!check_length (at, surname) || !check_length (at, given))
    return FALSE;
  *out_surname = g_steal_pointer (&surname);
  *out_given_names = g_steal_pointer (&given);
  return TRUE;
}

gboolean
_cdo_import_read_place (const CdoImportCell  *at,
                        const CdoSheetCell   *cell,
                        char                **out_place)
{
  g_autofree char *place = cell ? clean_text (cell->text) : NULL;
  gboolean has_letter = FALSE;

  if (place == NULL || *place == '\0')
    return missing (at, _("Write the comune of birth, or the state for those born abroad."));
  for (const char *p = place; *p != '\0' && !has_letter; p = g_utf8_next_char (p))
    has_letter = g_unichar_isalpha (g_utf8_get_char (p));
  if (!has_letter)
    return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                        g_strdup_printf (_("“%s” is not the name of a place."), place),
                        g_strdup (_("Write the comune of birth, or the state for those born "
                                    "abroad.")));
  /* What XML 1.0 cannot carry (C0 controls, U+FFFE, U+FFFF; line breaks and tabs are
   * spaces by now) cannot go into a district file: an XLSX may hold them as "_x0001_". */
  for (const char *p = place; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0xfffe || c == 0xffff)
        return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                            g_strdup (_("The place of birth holds a control character, which "
                                        "is not text.")),
                            g_strdup (_("Type the place again in the cell.")));
    }
  if (!check_length (at, place))
    return FALSE;
  *out_place = g_steal_pointer (&place);
  return TRUE;
}

/* Sex. */

gboolean
_cdo_import_read_sex (const CdoImportCell *at,
                      const CdoSheetCell  *cell,
                      CdoSex              *out_sex)
{
  static const char male[] = "m|maschio|maschile|masc|uomo|male|man";
  static const char female[] = "f|femmina|femminile|fem|donna|female|woman";
  g_autofree char *key = cell ? _cdo_import_key (cell->text) : NULL;
  const char *remedy = _("Write M or F.");

  if (key == NULL || *key == '\0')
    return missing (at, remedy);
  if (key_in (key, male))
    *out_sex = CDO_SEX_MALE;
  else if (key_in (key, female))
    *out_sex = CDO_SEX_FEMALE;
  else if (g_str_equal (key, "u") || g_str_equal (key, "d"))
    return add_problem (at, CDO_IMPORT_PROBLEM_AMBIGUOUS,
                        g_strdup_printf (_("“%s” could mean more than one thing (“U” may be "
                                           "uomo or unknown, “D” donna or another language's "
                                           "letter)."), cell->text),
                        g_strdup (remedy));
  else
    return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                        g_strdup_printf (_("“%s” is not a sex."), cell->text),
                        g_strdup (remedy));
  return TRUE;
}

/* Dates. */

/* "12/05/1970 00:00:00", as some programs export dates: the time is dropped. */
static char *
strip_time (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *space = strchr (copy, ' ');

  if (space != NULL && space[1 + strspn (space + 1, "0123456789:.")] == '\0')
    *space = '\0';
  return g_steal_pointer (&copy);
}

gboolean
_cdo_import_read_birth_date (const CdoImportCell *at,
                             const CdoSheetCell  *cell,
                             gboolean             date1904,
                             const GDate         *today,
                             GDate               *out_date)
{
  const char *remedy = _("Write the date as day/month/year, e.g. 12/05/1970.");
  g_autofree char *text = NULL;
  GDate date;

  if (cell == NULL)
    return missing (at, remedy);

  switch (cell->kind)
    {
    case CDO_CELL_DATE:
      if (!g_date_valid (&cell->date))
        return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                            !date1904 && cell->number >= 60 && cell->number < 61
                            ? g_strdup (_("The cell holds 29 February 1900, a day that never "
                                          "was (a known error of Excel)."))
                            : g_strdup_printf (_("The cell holds a date the calendar does not "
                                                 "have (%s)."), cell->text),
                            g_strdup (remedy));
      date = cell->date;
      break;

    case CDO_CELL_NUMBER:
    case CDO_CELL_BOOLEAN:
    case CDO_CELL_ERROR:
      return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                          g_strdup_printf (_("“%s” is a number, not a date."), cell->text),
                          g_strdup (_("Format the column as dates in the spreadsheet, or type "
                                      "the date as day/month/year, e.g. 12/05/1970.")));

    case CDO_CELL_TEXT:
    default:
      text = strip_time (cell->text);
      if (*text == '\0')
        return missing (at, remedy);
      if (!cdo_date_parse_user (text, &date))
        {
          g_auto(GStrv) parts = g_strsplit_set (text, "/.-", -1);
          guint64 middle;

          if (g_strv_length (parts) == 3 && strlen (parts[2]) == 2 && strlen (parts[0]) <= 2)
            return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                                g_strdup_printf (_("“%s” has a two-digit year, which could "
                                                   "mean two centuries."), cell->text),
                                g_strdup (_("Write the year with four digits, e.g. "
                                            "12/05/1970.")));
          if (g_strv_length (parts) == 3 && strlen (parts[2]) == 4
              && g_ascii_string_to_unsigned (parts[1], 10, 13, 31, &middle, NULL))
            return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                                g_strdup_printf (_("“%s” is not a date read day first: there "
                                                   "is no month %s."), cell->text, parts[1]),
                                g_strdup (_("Write the day first, then the month, e.g. "
                                            "12/05/1970 for 12 May 1970.")));
          return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                              g_strdup_printf (_("“%s” is not a date."), cell->text),
                              g_strdup (remedy));
        }
      break;
    }

  if (g_date_get_year (&date) < 1900 || g_date_compare (&date, today) > 0)
    {
      g_autofree char *iso = cdo_date_format_iso (&date);

      return add_problem (at, CDO_IMPORT_PROBLEM_IMPLAUSIBLE,
                          g_strdup_printf (_("%s cannot be a candidate's date of birth."), iso),
                          g_strdup (_("Check the date against the candidate's documents.")));
    }
  *out_date = date;
  return TRUE;
}

/* Citizenship. */

/* Each member state: its code, then the keys of its Italian and English names and the
 * Italian and English words for its citizens. Greece is also "EL" in EU usage. */
static const char *const eu_states[] = {
  "AT|austria|austriaca|austriaco|austrian",
  "BE|belgio|belgium|belga|belgian",
  "BG|bulgaria|bulgara|bulgaro|bulgarian",
  "HR|croazia|croatia|croata|croato|croatian",
  "CY|cipro|cyprus|cipriota|cypriot",
  "CZ|repubblica ceca|cechia|czech republic|czechia|ceca|ceco|czech",
  "DK|danimarca|denmark|danese|danish",
  "EE|estonia|estone|estonian",
  "FI|finlandia|finland|finlandese|finnish",
  "FR|francia|france|francese|french",
  "DE|germania|germany|tedesca|tedesco|german",
  "GR|el|grecia|greece|greca|greco|greek",
  "HU|ungheria|hungary|ungherese|hungarian",
  "IE|irlanda|ireland|irlandese|irish",
  "LV|lettonia|latvia|lettone|latvian",
  "LT|lituania|lithuania|lituana|lituano|lithuanian",
  "LU|lussemburgo|luxembourg|lussemburghese|luxembourgish",
  "MT|malta|maltese",
  "NL|paesi bassi|olanda|netherlands|the netherlands|olandese|neerlandese|dutch",
  "PL|polonia|poland|polacca|polacco|polish",
  "PT|portogallo|portugal|portoghese|portuguese",
  "RO|romania|romena|romeno|rumena|rumeno|romanian",
  "SK|slovacchia|slovakia|slovacca|slovacco|slovak",
  "SI|slovenia|slovena|sloveno|slovenian|slovene",
  "ES|spagna|spain|spagnola|spagnolo|spanish",
  "SE|svezia|sweden|svedese|swedish",
};

gboolean
_cdo_import_read_eu_state (const CdoImportCell  *at,
                           const CdoSheetCell   *cell,
                           char                **out_state)
{
  static const char italian[] = "it|ita|italia|italy|italiana|italiano|italian|"
                                "repubblica italiana|no|none|nessuna";
  g_autofree char *key = cell ? _cdo_import_key (cell->text) : NULL;
  const char *name;

  *out_state = NULL;
  if (key == NULL || *key == '\0' || key_in (key, italian))
    return TRUE;
  /* "cittadinanza tedesca", "cittadino tedesco", "stato ue germania" */
  name = key;
  for (guint i = 0; i < 3; i++)
    {
      static const char *const prefixes[] = { "cittadinanza ", "cittadino ", "cittadina ",
                                              "stato ue ", "stato ", "ue " };

      for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
        if (g_str_has_prefix (name, prefixes[p]))
          name += strlen (prefixes[p]);
    }
  if (key_in (name, italian))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (eu_states); i++)
    if ((strlen (name) == 2 && g_ascii_strncasecmp (name, eu_states[i], 2) == 0)
        || key_in (name, eu_states[i] + 3))
      {
        *out_state = g_strndup (eu_states[i], 2);
        return TRUE;
      }
  return add_problem (at, CDO_IMPORT_PROBLEM_NOT_EU,
                      g_strdup_printf (_("“%s” is neither Italy nor a member state of the "
                                         "European Union; only their citizens may stand in "
                                         "municipal elections."), cell->text),
                      g_strdup (_("Check the candidate's citizenship; for another EU state "
                                  "write its name or two-letter code (DE, FR…), for an Italian "
                                  "leave the cell empty.")));
}

/* Position. */

gboolean
_cdo_import_read_position (const CdoImportCell *at,
                           const CdoSheetCell  *cell,
                           int                 *out_position)
{
  const char *remedy = _("Write the candidate's number in the list: 1, 2, 3…");
  guint64 position;

  if (cell == NULL)
    return missing (at, remedy);
  if (cell->kind == CDO_CELL_NUMBER)
    {
      if (cell->number >= 1 && cell->number <= 9999 && cell->number == (double) (gint64) cell->number)
        {
          *out_position = (int) cell->number;
          return TRUE;
        }
    }
  else if (cell->kind == CDO_CELL_TEXT)
    {
      g_autofree char *text = g_strstrip (g_strdup (cell->text));
      gsize digits = strspn (text, "0123456789");
      const char *rest = text + digits;

      /* "3", "3.", "3)", "3°", "3º" */
      if (digits > 0 && digits <= 4
          && (*rest == '\0' || g_str_equal (rest, ".") || g_str_equal (rest, ")")
              || g_str_equal (rest, "°") || g_str_equal (rest, "º")))
        {
          text[digits] = '\0';
          if (g_ascii_string_to_unsigned (text, 10, 1, 9999, &position, NULL))
            {
              *out_position = (int) position;
              return TRUE;
            }
        }
    }
  return add_problem (at, CDO_IMPORT_PROBLEM_INVALID,
                      g_strdup_printf (_("“%s” is not a position in the list."), cell->text),
                      g_strdup (remedy));
}
