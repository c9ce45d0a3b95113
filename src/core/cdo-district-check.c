/* cdo-district-check.c: the rules of the data that every way in must keep
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are those of data/district/district.rng and of the reader's own checks
 * (src/core/interchange/cdo-district-values.c, cdo-district-reader.c and
 * cdo-district-symbol.c); tests/core/test-district-check.c writes sample records to XML
 * and reads them back to show that the two agree. The value checks the reader makes
 * itself (names, the time of entry, the symbol's type) live here and the reader calls
 * them. The checks run over every record of a district before each export, so a record
 * that passes costs no allocation: what names a record in a message is only worked out
 * when there is a message to write.
 */
#define G_LOG_DOMAIN "cdo-core"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-district-check-private.h"
#include "cdo-district-xml.h"

G_DEFINE_QUARK (cdo-district-check-error-quark, cdo_district_check_error)

typedef CdoChecker Checker;
typedef CdoCheckSubject Subject;

/* The short names the checks use (cdo-district-check-private.h). */
#define checker_init        _cdo_district_check_init
#define describe            _cdo_district_check_describe
#define shown_text          _cdo_district_check_shown_text
#define refuse              _cdo_district_check_refuse
#define check_candidacy     _cdo_district_check_candidacy
#define check_list          _cdo_district_check_list
#define check_comune_fields _cdo_district_check_comune_fields

/* The most the format's patterns allow. */
#define MAX_ID_LENGTH          64
#define MAX_YEAR               9999
#define MAX_POPULATION         CDO_DISTRICT_MAX_POPULATION
#define MAX_CONSECUTIVE_TERMS  CDO_DISTRICT_MAX_CONSECUTIVE_TERMS
#define MAX_SIGNATURES         CDO_DISTRICT_MAX_SIGNATURES
#define MAX_SYMBOL_SIZE        CDO_DISTRICT_XML_MAX_SYMBOL_SIZE
/* How much of a name a message quotes. */
#define SHOWN_LENGTH           60

/* Labels of the four voting days, in their order. */
static const char *const election_day_labels[] = {
  N_("first voting day"), N_("second voting day"), N_("first run-off day"),
  N_("second run-off day"),
};

gboolean
cdo_district_check_election_days (const CdoDistrict  *district,
                                  GError            **error)
{
  const GDate *days[] = {
    &district->first_day, &district->second_day, &district->runoff_first_day,
    &district->runoff_second_day,
  };
  int previous = -1;

  g_return_val_if_fail (district != NULL, FALSE);

  for (int i = 0; i < (int) G_N_ELEMENTS (days); i++)
    {
      g_autofree char *day = NULL;
      g_autofree char *before = NULL;

      if (!g_date_valid (days[i]))
        continue;
      day = cdo_date_format_iso (days[i]);
      if (g_date_get_year (days[i]) > MAX_YEAR)
        {
          g_set_error (error, CDO_DISTRICT_CHECK_ERROR, CDO_DISTRICT_CHECK_ERROR_INVALID,
                       _("The %s (%s) has a year of more than four digits: correct the day."),
                       _(election_day_labels[i]), day);
          return FALSE;
        }
      if (!g_date_valid (days[0]) || (i == 3 && !g_date_valid (days[2])))
        {
          g_set_error (error, CDO_DISTRICT_CHECK_ERROR, CDO_DISTRICT_CHECK_ERROR_INVALID,
                       _("The %s (%s) is given without the %s: give that day too, or leave "
                         "this one out."), _(election_day_labels[i]), day,
                       _(election_day_labels[i == 3 ? 2 : 0]));
          return FALSE;
        }
      if (previous >= 0 && g_date_compare (days[i], days[previous]) <= 0)
        {
          before = cdo_date_format_iso (days[previous]);
          g_set_error (error, CDO_DISTRICT_CHECK_ERROR, CDO_DISTRICT_CHECK_ERROR_INVALID,
                       _("The %s (%s) must come after the %s (%s): correct one of the two "
                         "days."), _(election_day_labels[i]), day,
                       _(election_day_labels[previous]), before);
          return FALSE;
        }
      previous = i;
    }
  return TRUE;
}

/* Values shared with the reader */

gboolean
cdo_district_check_recorded_at (const char *text)
{
  g_autofree char *minute = NULL;
  CdoFilingTime time;

  if (text == NULL || strlen (text) != 19 || text[16] != ':'
      || !g_ascii_isdigit (text[17]) || !g_ascii_isdigit (text[18]) || text[17] > '5')
    return FALSE;
  minute = g_strndup (text, 16);
  return cdo_filing_time_parse (minute, &time);
}

/* @text is @length characters, each one of @first to @last. */
static gboolean
is_chars_in (const char *text,
             gsize       length,
             char        first,
             char        last)
{
  gsize i;

  if (text == NULL)
    return FALSE;
  for (i = 0; text[i] != '\0'; i++)
    if (i >= length || text[i] < first || text[i] > last)
      return FALSE;
  return i == length;
}

gboolean
cdo_district_check_id (const char *text)
{
  gsize length = 0;

  if (text == NULL || !g_ascii_isalnum (text[0]))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++, length++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;
  return length <= MAX_ID_LENGTH;
}

gboolean
cdo_district_check_province (const char *text)
{
  return is_chars_in (text, 2, 'A', 'Z');
}

gboolean
cdo_district_check_istat (const char *text)
{
  return is_chars_in (text, 6, '0', '9');
}

gboolean
cdo_district_check_eu_state (const char *text)
{
  return is_chars_in (text, 2, 'A', 'Z');
}

gboolean
cdo_district_check_count (const char *text,
                          gint64      max)
{
  gsize digits = 1;
  gsize length = 0;

  g_return_val_if_fail (max >= 0, FALSE);

  for (gint64 rest = max; rest >= 10; rest /= 10)
    digits++;
  if (text == NULL || text[0] == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++, length++)
    if (length >= digits || !g_ascii_isdigit (*p))
      return FALSE;
  return g_ascii_strtoll (text, NULL, 10) <= max;
}

gboolean
cdo_district_check_media_type (const char *text)
{
  return text != NULL && (g_str_equal (text, "image/png") || g_str_equal (text, "image/svg+xml"));
}

gboolean
cdo_district_check_symbol_type (GBytes     *bytes,
                                const char *media_type)
{
  static const guint8 png_signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size;
  const char *data;
  gsize head;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (media_type != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  head = MIN (size, 64 * 1024);
  if (g_str_equal (media_type, "image/png"))
    return size > sizeof png_signature && memcmp (data, png_signature, sizeof png_signature) == 0;
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      head -= 3;
    }
  while (head > 0 && g_ascii_isspace (*data))
    {
      data++;
      head--;
    }
  return head > 0 && data[0] == '<' && memchr (data, '\0', head) == NULL
         && g_strstr_len (data, (gssize) head, "<svg") != NULL;
}

/* Naming the record in a message */

/* @text fit to be quoted: valid, on one line, at most SHOWN_LENGTH characters; NULL when
 * there is nothing to show. */
char *
_cdo_district_check_shown_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  out = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_utf8_strlen (out->str, -1) >= SHOWN_LENGTH)
        {
          g_string_append (out, "…");
          break;
        }
      if (c < 0x20 || c == 0x7f || c == 0xfffe || c == 0xffff)
        c = ' ';
      g_string_append_unichar (out, c);
    }
  g_strstrip (out->str);
  if (out->str[0] == '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* "Rossi Maria", or whichever of the two is given; NULL when neither is. */
static char *
shown_person (const CdoCandidate *person)
{
  g_autofree char *surname = person ? shown_text (person->surname) : NULL;
  g_autofree char *given = person ? shown_text (person->given_names) : NULL;

  if (surname != NULL && given != NULL)
    return g_strdup_printf ("%s %s", surname, given);
  return surname != NULL ? g_steal_pointer (&surname) : g_steal_pointer (&given);
}

static char *
describe_list (const CdoCandidateList *list)
{
  g_autofree char *name = shown_text (list->name);

  if (name == NULL)
    name = shown_text (list->id);
  if (name == NULL)
    return g_strdup (_("a list"));
  /* Translators: a list named in a message, e.g. "the field “name” of the list “Civica”" */
  return g_strdup_printf (_("the list “%s”"), name);
}

static char *
describe_candidacy (const CdoCandidacy *candidacy)
{
  g_autofree char *mayor = shown_person (candidacy->mayor);
  g_autofree char *id = NULL;

  if (mayor != NULL)
    return g_strdup_printf (_("the mayoral candidacy of %s"), mayor);
  id = shown_text (candidacy->id);
  if (id != NULL)
    return g_strdup_printf (_("the mayoral candidacy “%s”"), id);
  return g_strdup (_("a mayoral candidacy"));
}

static char *
describe_mayor (const CdoCandidacy *candidacy)
{
  g_autofree char *mayor = shown_person (candidacy->mayor);
  g_autofree char *id = NULL;

  if (mayor != NULL)
    return g_strdup_printf (_("the mayoral candidate %s"), mayor);
  id = shown_text (candidacy->id);
  if (id != NULL)
    return g_strdup_printf (_("the mayoral candidate of the candidacy “%s”"), id);
  return g_strdup (_("a mayoral candidate"));
}

char *
_cdo_district_check_describe (const Subject *subject)
{
  g_autofree char *name = NULL;
  g_autofree char *parent = NULL;

  switch (subject->kind)
    {
    case CDO_CHECK_SUBJECT_COMUNE:
      name = shown_text (((const CdoComuneRecord *) subject->record)->name);
      return name != NULL ? g_strdup_printf (_("the comune %s"), name) : g_strdup (_("a comune"));
    case CDO_CHECK_SUBJECT_CANDIDACY:
      return describe_candidacy (subject->record);
    case CDO_CHECK_SUBJECT_MAYOR:
      return describe_mayor (subject->record);
    case CDO_CHECK_SUBJECT_TERM:
      parent = describe_mayor (subject->record);
      /* Translators: "term 2 of the mayoral candidate Rossi Maria" */
      return g_strdup_printf (_("term %u of %s"), subject->number, parent);
    case CDO_CHECK_SUBJECT_LIST:
      return describe_list (subject->record);
    case CDO_CHECK_SUBJECT_CANDIDATE:
      name = shown_person (subject->record);
      if (subject->parent == NULL)
        return name != NULL ? g_strdup_printf (_("the candidate %s"), name)
                            : g_strdup (_("a candidate"));
      parent = describe_list (subject->parent);
      if (name != NULL)
        /* Translators: "candidate 3 of the list “Civica” (Rossi Maria)" */
        return g_strdup_printf (_("candidate %u of %s (%s)"), subject->number, parent, name);
      return g_strdup_printf (_("candidate %u of %s"), subject->number, parent);
    case CDO_CHECK_SUBJECT_DELEGATE:
      parent = describe_list (subject->parent);
      /* Translators: "delegate 2 of the list “Civica”" */
      return g_strdup_printf (_("delegate %u of %s"), subject->number, parent);
    case CDO_CHECK_SUBJECT_SIGNATORY:
      parent = describe_list (subject->parent);
      /* Translators: "signatory 12 of the list “Civica”" */
      return g_strdup_printf (_("signatory %u of %s"), subject->number, parent);
    default:
      g_assert_not_reached ();
    }
}

gboolean
_cdo_district_check_refuse (GError    **error,
                            const char *format,
                            ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (CDO_DISTRICT_CHECK_ERROR,
                                                CDO_DISTRICT_CHECK_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

/* The checks */

void
_cdo_district_check_init (Checker               *self,
                          CdoDistrictCheckFlags  flags)
{
  self->catalog = cdo_document_catalog_get_default ();
  self->flags = flags;
}

typedef enum {
  NEED_OPTIONAL,
  NEED_REQUIRED,
  NEED_LATER,      /* required, but the filing desk may fill it in later */
} Need;

/* Characters XML 1.0 cannot carry at all: C0 controls other than tab, line feed and
 * carriage return, U+FFFE and U+FFFF. The writer would leave them out. */
static gboolean
has_foreign_character (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return TRUE;
      if (p[0] == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf))
        return TRUE;
    }
  return FALSE;
}

/* A name, place or source: @field is its label (a msgid). */
static gboolean
check_text (const Checker  *self,
            const Subject  *subject,
            const char     *field,
            const char     *value,
            Need            need,
            GError        **error)
{
  g_autofree char *what = NULL;

  if (value == NULL)
    {
      if (need == NEED_OPTIONAL || (need == NEED_LATER && (self->flags & CDO_DISTRICT_CHECK_UNFILLED)))
        return TRUE;
      what = describe (subject);
      /* Translators: "The field “surname” of the candidate Maria is empty. Fill it in." */
      return refuse (error, _("The field “%s” of %s is empty. Fill it in."), _(field), what);
    }
  if (!g_utf8_validate (value, -1, NULL))
    {
      what = describe (subject);
      return refuse (error, _("The field “%s” of %s is not valid text (it is not UTF-8). Type "
                              "it again."), _(field), what);
    }
  if (has_foreign_character (value))
    {
      what = describe (subject);
      return refuse (error, _("The field “%s” of %s holds a control character, which a "
                              "district file cannot hold. Type it again without it."),
                     _(field), what);
    }
  switch (cdo_district_check_name (value))
    {
    case CDO_DISTRICT_NAME_BLANK:
      what = describe (subject);
      return refuse (error, _("The field “%s” of %s holds only spaces. Fill it in."),
                     _(field), what);
    case CDO_DISTRICT_NAME_TOO_LONG:
      what = describe (subject);
      return refuse (error, _("The field “%s” of %s is longer than %d characters (it has "
                              "%ld). Shorten it."), _(field), what,
                     CDO_DISTRICT_MAX_NAME_LENGTH, g_utf8_strlen (value, -1));
    case CDO_DISTRICT_NAME_OK:
    default:
      return TRUE;
    }
}

/* A day the format can carry: a valid day with a year of four digits at most. */
static gboolean
check_date (const Subject  *subject,
            const char     *field,
            const GDate    *date,
            gboolean        required,
            GError        **error)
{
  g_autofree char *what = NULL;
  g_autofree char *day = NULL;

  if (!g_date_valid (date))
    {
      if (!required)
        return TRUE;
      what = describe (subject);
      return refuse (error, _("The field “%s” of %s is empty. Fill it in."), _(field), what);
    }
  if (g_date_get_year (date) <= MAX_YEAR)
    return TRUE;
  what = describe (subject);
  day = cdo_date_format_iso (date);
  return refuse (error, _("The field “%s” of %s (%s) has a year of more than four digits. "
                          "Correct the day."), _(field), what, day);
}

static gboolean
check_id (const Subject  *subject,
          const char     *id,
          GError        **error)
{
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;

  if (cdo_district_check_id (id))
    return TRUE;
  what = describe (subject);
  if (id == NULL)
    return refuse (error, _("An id is missing for %s. Give it one of 1 to 64 letters, digits, "
                            "“.”, “_” and “-”, starting with a letter or a digit."), what);
  shown = shown_text (id);
  return refuse (error, _("“%s” is not an id (the id of %s). An id has 1 to 64 letters, "
                          "digits, “.”, “_” and “-”, and starts with a letter or a digit."),
                 shown ? shown : "", what);
}

/* Each kind once, and one that @holder files. */
static gboolean
check_documents (const Checker      *self,
                 const Subject      *subject,
                 GPtrArray          *documents,
                 CdoDocumentHolder   holder,
                 GError            **error)
{
  for (guint i = 0; i < documents->len; i++)
    {
      const CdoDocument *document = g_ptr_array_index (documents, i);
      const CdoDocumentKind *kind = cdo_document_catalog_lookup (self->catalog, document->kind);
      g_autofree char *what = NULL;
      g_autofree char *names = NULL;
      g_autofree char *shown = NULL;

      if (kind != NULL && cdo_document_kind_applies_to (kind, holder))
        {
          if (cdo_documents_find (documents, document->kind) == document)
            continue;
          what = describe (subject);
          return refuse (error, _("The document “%s” of %s is listed twice. Keep it once "
                                  "(marked incomplete if it is)."),
                         cdo_document_kind_get_label (kind), what);
        }
      what = describe (subject);
      if (document->kind == NULL)
        return refuse (error, _("A document of %s has no kind. Choose its kind, or remove "
                                "it."), what);
      names = cdo_document_catalog_list_names (self->catalog, holder);
      shown = shown_text (document->kind);
      if (kind == NULL)
        return refuse (error, _("“%s” is not a kind of document (a document of %s). The kinds "
                                "it can file are: %s."), shown ? shown : "", what, names);
      return refuse (error, _("The document “%s” is not one that %s files. Its kinds are: %s."),
                     cdo_document_kind_get_label (kind), what, names);
    }
  return TRUE;
}

/* A candidate (@mayor FALSE) or a mayoral candidate. The names are required, but may come
 * later in a filing being recorded (a candidate checked on its own is checked without
 * CDO_DISTRICT_CHECK_UNFILLED). */
static gboolean
check_person (const Checker       *self,
              const Subject       *subject,
              const CdoCandidate  *person,
              gboolean             mayor,
              GError             **error)
{
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;

  if (!check_text (self, subject, N_("surname"), person->surname, NEED_LATER, error)
      || !check_text (self, subject, N_("given names"), person->given_names, NEED_LATER, error)
      || !check_date (subject, N_("date of birth"), &person->born, FALSE, error)
      || !check_text (self, subject, N_("place of birth"), person->birthplace, NEED_OPTIONAL,
                      error))
    return FALSE;
  if (person->sex != CDO_SEX_UNKNOWN && person->sex != CDO_SEX_FEMALE
      && person->sex != CDO_SEX_MALE)
    {
      what = describe (subject);
      return refuse (error, _("The sex of %s is neither F nor M. Choose one, or leave it "
                              "unknown."), what);
    }
  if (person->eu_state != NULL && !cdo_district_check_eu_state (person->eu_state))
    {
      what = describe (subject);
      shown = shown_text (person->eu_state);
      return refuse (error, _("“%s” is not the code of an EU state (the citizenship of %s). "
                              "Type the state's two capital letters, such as DE or FR, or "
                              "leave it empty for an Italian citizen."), shown ? shown : "", what);
    }
  return check_documents (self, subject, person->documents,
                          mayor ? CDO_DOCUMENT_HOLDER_MAYOR : CDO_DOCUMENT_HOLDER_CANDIDATE,
                          error);
}

static gboolean
check_candidate_at (const Checker           *self,
                    const CdoCandidateList  *list,
                    guint                    number,
                    const CdoCandidate      *candidate,
                    GError                 **error)
{
  Subject subject = { CDO_CHECK_SUBJECT_CANDIDATE, candidate, list, number };

  return check_person (self, &subject, candidate, FALSE, error);
}

/* The media type the writer declares for the list's image; NULL when it would drop it. */
static const char *
symbol_media_type (const CdoCandidateList *list)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (list->symbol_data, &size);

  if (list->symbol_media_type == NULL)
    return size >= 4 && memcmp (data, "\x89PNG", 4) == 0 ? "image/png" : "image/svg+xml";
  if (cdo_district_check_media_type (list->symbol_media_type))
    return list->symbol_media_type;
  return NULL;
}

static gboolean
check_symbol (const Subject           *subject,
              const CdoCandidateList  *list,
              GError                 **error)
{
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *limit = NULL;
  const char *media_type;
  gsize size;

  if (list->symbol_data == NULL)
    return TRUE;
  media_type = symbol_media_type (list);
  size = g_bytes_get_size (list->symbol_data);
  if (media_type != NULL && size > 0 && size <= MAX_SYMBOL_SIZE
      && cdo_district_check_symbol_type (list->symbol_data, media_type))
    return TRUE;
  what = describe (subject);
  if (media_type == NULL)
    {
      shown = shown_text (list->symbol_media_type);
      return refuse (error, _("The symbol of %s is of the type “%s”. A district file holds SVG "
                              "and PNG images only: choose the symbol as an SVG or PNG file."),
                     what, shown ? shown : "");
    }
  if (size == 0)
    return refuse (error, _("The symbol of %s is an empty file. Choose the image again."), what);
  if (size > MAX_SYMBOL_SIZE)
    {
      limit = g_format_size (MAX_SYMBOL_SIZE);
      return refuse (error, _("The symbol of %s is larger than %s. Ask for a smaller image, or "
                              "save it again at a lower resolution."), what, limit);
    }
  if (g_str_equal (media_type, "image/png"))
    return refuse (error, _("The symbol of %s is not a PNG image, although it is declared as "
                            "one. Choose the image again."), what);
  return refuse (error, _("The symbol of %s is not an SVG image, although it is declared as "
                          "one. Choose the image again."), what);
}

static gboolean
check_list_fields (const Checker           *self,
                   const CdoCandidateList  *list,
                   GError                 **error)
{
  Subject subject = { CDO_CHECK_SUBJECT_LIST, list, NULL, 0 };
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;

  if (!check_id (&subject, list->id, error)
      || !check_text (self, &subject, N_("name"), list->name, NEED_LATER, error))
    return FALSE;
  if (list->has_filed
      && (!check_date (&subject, N_("filing day"), &list->filed.date, TRUE, error)))
    return FALSE;
  if (list->has_filed && (list->filed.minutes < 0 || list->filed.minutes >= 24 * 60))
    {
      what = describe (&subject);
      return refuse (error, _("The filing time of %s is not a minute of the day. Type it again "
                              "as HH:MM."), what);
    }
  if (list->filed_recorded_at != NULL && !cdo_district_check_recorded_at (list->filed_recorded_at))
    {
      what = describe (&subject);
      shown = shown_text (list->filed_recorded_at);
      return refuse (error, _("The time of entry of %s, “%s”, is not a time a district file "
                              "accepts. Write it as YYYY-MM-DDTHH:MM:SS, for example "
                              "2026-04-24T09:16:05."), what, shown ? shown : "");
    }
  if (list->signatures < -1 || list->signatures > MAX_SIGNATURES)
    {
      what = describe (&subject);
      return refuse (error, _("%d is not a number of signatures (those declared for %s). Type "
                              "a number from 0 to 999,999, or leave it empty if none was "
                              "declared."), list->signatures, what);
    }
  if (list->supports != NULL && !cdo_district_check_id (list->supports))
    {
      what = describe (&subject);
      shown = shown_text (list->supports);
      return refuse (error, _("“%s” is not the id of a mayoral candidacy (the one %s supports). "
                              "An id has 1 to 64 letters, digits, “.”, “_” and “-”, and starts "
                              "with a letter or a digit."), shown ? shown : "", what);
    }
  if (!check_symbol (&subject, list, error))
    return FALSE;
  for (guint i = 0; i < list->delegates->len; i++)
    {
      const CdoDelegate *delegate = g_ptr_array_index (list->delegates, i);
      Subject person = { CDO_CHECK_SUBJECT_DELEGATE, delegate, list, i + 1 };

      if (!check_text (self, &person, N_("surname"), delegate->surname, NEED_LATER, error)
          || !check_text (self, &person, N_("given names"), delegate->given_names, NEED_LATER,
                          error))
        return FALSE;
    }
  for (guint i = 0; i < list->signatories->len; i++)
    {
      const CdoSignatory *signatory = g_ptr_array_index (list->signatories, i);
      Subject person = { CDO_CHECK_SUBJECT_SIGNATORY, signatory, list, i + 1 };

      if (!check_text (self, &person, N_("surname"), signatory->surname, NEED_LATER, error)
          || !check_text (self, &person, N_("given names"), signatory->given_names, NEED_LATER,
                          error)
          || !check_date (&person, N_("date of birth"), &signatory->born, FALSE, error)
          || !check_date (&person, N_("day of authentication"), &signatory->authenticated,
                          FALSE, error))
        return FALSE;
    }
  return check_documents (self, &subject, list->documents, CDO_DOCUMENT_HOLDER_LIST, error);
}

gboolean
_cdo_district_check_list (const Checker           *self,
                          const CdoCandidateList  *list,
                          GError                 **error)
{
  if (!check_list_fields (self, list, error))
    return FALSE;
  if (self->flags & CDO_DISTRICT_CHECK_NESTED)
    for (guint i = 0; i < list->candidates->len; i++)
      if (!check_candidate_at (self, list, i + 1, g_ptr_array_index (list->candidates, i), error))
        return FALSE;
  return TRUE;
}

static gboolean
check_candidacy_fields (const Checker       *self,
                        const CdoCandidacy  *candidacy,
                        GError             **error)
{
  Subject subject = { CDO_CHECK_SUBJECT_CANDIDACY, candidacy, NULL, 0 };
  Subject mayor = { CDO_CHECK_SUBJECT_MAYOR, candidacy, NULL, 0 };
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;

  if (!check_id (&subject, candidacy->id, error))
    return FALSE;
  if (candidacy->mayor == NULL && !(self->flags & CDO_DISTRICT_CHECK_UNFILLED))
    {
      what = describe (&subject);
      return refuse (error, _("No mayoral candidate is given for %s. Type the candidate's "
                              "particulars."), what);
    }
  if (candidacy->mayor != NULL && !check_person (self, &mayor, candidacy->mayor, TRUE, error))
    return FALSE;
  if (candidacy->consecutive_terms < 0 || candidacy->consecutive_terms > MAX_CONSECUTIVE_TERMS)
    {
      what = describe (&mayor);
      return refuse (error, _("%d is not a number of consecutive terms (those of %s). Type a "
                              "number from 0 to 99."), candidacy->consecutive_terms, what);
    }
  for (guint i = 0; i < candidacy->terms->len; i++)
    {
      const CdoMayorTerm *term = g_ptr_array_index (candidacy->terms, i);
      Subject about = { CDO_CHECK_SUBJECT_TERM, candidacy, NULL, i + 1 };

      if (!check_date (&about, N_("first day"), &term->from, TRUE, error)
          || !check_date (&about, N_("last day"), &term->to, FALSE, error))
        return FALSE;
      if ((guint) term->ended > CDO_TERM_ENDED_OTHER)
        {
          what = describe (&about);
          return refuse (error, _("The end of %s is not one the district format knows. Choose "
                                  "a natural end, a voluntary resignation or another end."), what);
        }
    }
  for (guint i = 0; i < candidacy->links->len; i++)
    {
      const char *link = g_ptr_array_index (candidacy->links, i);

      if (!cdo_district_check_id (link))
        {
          what = describe (&subject);
          shown = shown_text (link);
          return refuse (error, _("“%s” is not the id of a list (a link declared by %s). An id "
                                  "has 1 to 64 letters, digits, “.”, “_” and “-”, and starts "
                                  "with a letter or a digit."), shown ? shown : "", what);
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (link, g_ptr_array_index (candidacy->links, j)))
          {
            what = describe (&subject);
            return refuse (error, _("The link with the list “%s” is declared twice by %s. "
                                    "Remove one of the two."), link, what);
          }
    }
  return TRUE;
}

gboolean
cdo_district_check_nested_list (const CdoCandidateList  *list,
                                GError                 **error)
{
  Subject subject = { CDO_CHECK_SUBJECT_LIST, list, NULL, 0 };
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (list != NULL, FALSE);

  if (list->supports == NULL)
    return TRUE;
  what = describe (&subject);
  shown = shown_text (list->supports);
  return refuse (error, _("The mayoral candidacy “%s” is one that %s declares it supports, "
                          "but the list is filed with a mayoral candidacy already, which links "
                          "them both ways. Remove the declaration."), shown ? shown : "", what);
}

gboolean
_cdo_district_check_candidacy (const Checker       *self,
                               const CdoCandidacy  *candidacy,
                               GError             **error)
{
  if (!check_candidacy_fields (self, candidacy, error))
    return FALSE;
  if (!(self->flags & CDO_DISTRICT_CHECK_NESTED))
    return TRUE;
  for (guint i = 0; i < candidacy->lists->len; i++)
    {
      const CdoCandidateList *list = g_ptr_array_index (candidacy->lists, i);

      if (!check_list (self, list, error))
        return FALSE;
      if (!cdo_district_check_nested_list (list, error))
        return FALSE;
    }
  return TRUE;
}


gboolean
_cdo_district_check_comune_fields (const Checker          *self,
                                   const CdoComuneRecord  *comune,
                                   GError                **error)
{
  Subject subject = { CDO_CHECK_SUBJECT_COMUNE, comune, NULL, 0 };
  g_autofree char *what = NULL;
  g_autofree char *shown = NULL;

  if (!check_text (self, &subject, N_("name"), comune->name, NEED_REQUIRED, error))
    return FALSE;
  if (comune->province == NULL)
    return check_text (self, &subject, N_("province"), NULL, NEED_REQUIRED, error);
  if (!cdo_district_check_province (comune->province))
    {
      what = describe (&subject);
      shown = shown_text (comune->province);
      return refuse (error, _("“%s” is not the code of a province (the province of %s). Type "
                              "the province's two capital letters, such as AL or IS."),
                     shown ? shown : "", what);
    }
  if (comune->istat != NULL && !cdo_district_check_istat (comune->istat))
    {
      what = describe (&subject);
      shown = shown_text (comune->istat);
      return refuse (error, _("“%s” is not an ISTAT code (the code of %s). Type the code's six "
                              "digits, such as 006119, or leave it out."),
                     shown ? shown : "", what);
    }
  if (comune->population < 0 || comune->population > MAX_POPULATION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, comune->population);

      what = describe (&subject);
      return refuse (error, _("%s is not a population (that of %s). Type the legal "
                              "population, a whole number from 0 to 999,999,999."),
                     number, what);
    }
  return check_text (self, &subject, N_("region"), comune->region, NEED_OPTIONAL, error)
         && check_text (self, &subject, N_("source of the population"),
                        comune->population_source, NEED_OPTIONAL, error);
}

/* Public entry points */

gboolean
cdo_district_check_candidacy (const CdoCandidacy     *candidacy,
                              CdoDistrictCheckFlags   flags,
                              GError                **error)
{
  Checker self;

  g_return_val_if_fail (candidacy != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  checker_init (&self, flags);
  return check_candidacy (&self, candidacy, error);
}

gboolean
cdo_district_check_list (const CdoCandidateList  *list,
                         CdoDistrictCheckFlags    flags,
                         GError                 **error)
{
  Checker self;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  checker_init (&self, flags);
  return check_list (&self, list, error);
}

gboolean
cdo_district_check_candidate (const CdoCandidate  *candidate,
                              GError             **error)
{
  Subject subject = { CDO_CHECK_SUBJECT_CANDIDATE, candidate, NULL, 0 };
  Checker self;

  g_return_val_if_fail (candidate != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  checker_init (&self, CDO_DISTRICT_CHECK_DEFAULT);
  return check_person (&self, &subject, candidate, FALSE, error);
}
