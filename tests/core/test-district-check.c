/* test-district-check.c: the data checks say what the district format says
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each sample changes one value of a district that the format carries whole, writes the
 * district as XML and reads it back. cdo_district_check() must pass exactly when the reader
 * accepts the file and gives back the same district; a record's own check must fail with it
 * unless the rule is one between records (ids, links, comuni told apart). Samples marked
 * ALTERED are values the writer would drop or change rather than write (control characters,
 * a sex outside F and M…): the reader accepts what it is given, but not the value the
 * district held, so the checks refuse them. Every kind of the document catalogue is tried
 * on every holder, so that the catalogue and the schema are shown to agree too.
 */
#include <stdio.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-district-xml.h"
#include "cdo-document-catalog.h"
#include "district-compare.h"

/* The district every sample starts from */

static const char svg_image[] =
  "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>\n";
static const guint8 png_image[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
};

static void
set_day (GDate *date,
         int    year,
         int    month,
         int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static CdoCandidate *
person (const char *surname,
        const char *given_names,
        CdoSex      sex,
        int         born_year)
{
  CdoCandidate *person = cdo_candidate_new ();

  person->surname = g_strdup (surname);
  person->given_names = g_strdup (given_names);
  person->sex = sex;
  set_day (&person->born, born_year, 5, 12);
  person->birthplace = g_strdup ("Isernia");
  g_ptr_array_add (person->documents, cdo_document_new ("acceptance", TRUE));
  g_ptr_array_add (person->documents, cdo_document_new ("registration-certificate", FALSE));
  return person;
}

static CdoCandidateList *
list_new (const char *id,
          const char *name)
{
  CdoCandidateList *list = cdo_candidate_list_new ();

  list->id = g_strdup (id);
  list->name = g_strdup (name);
  return list;
}

/* Two comuni; in the first a candidacy with a term, a link to the one-sided list, and a
 * nested list with every field set; the one-sided list supports the candidacy. */
static CdoDistrict *
sample_district (void)
{
  CdoDistrict *district = cdo_district_new ();
  CdoComuneRecord *isernia = cdo_comune_record_new ();
  CdoComuneRecord *campobasso = cdo_comune_record_new ();
  CdoCandidacy *candidacy = cdo_candidacy_new ();
  CdoCandidacy *other = cdo_candidacy_new ();
  CdoCandidateList *list = list_new ("is-1-a", "Lista Civica");
  CdoCandidateList *loose = list_new ("is-2", "Lista Libera");
  CdoMayorTerm *term = cdo_mayor_term_new ();
  CdoDelegate *delegate = cdo_delegate_new ();
  CdoSignatory *signatory = cdo_signatory_new ();
  CdoCandidate *eu_citizen = person ("Müller", "Jürgen", CDO_SEX_MALE, 1975);

  set_day (&district->first_day, 2026, 5, 24);
  set_day (&district->second_day, 2026, 5, 25);

  isernia->name = g_strdup ("Isernia");
  isernia->province = g_strdup ("IS");
  isernia->istat = g_strdup ("094023");
  isernia->region = g_strdup ("Molise");
  isernia->population = 22025;
  isernia->population_source = g_strdup ("Censimento 2011");
  isernia->capoluogo = TRUE;

  candidacy->id = g_strdup ("is-1");
  candidacy->mayor = person ("Rossi", "Maria", CDO_SEX_FEMALE, 1970);
  g_ptr_array_add (candidacy->mayor->documents, cdo_document_new ("no-other-candidacy", TRUE));
  candidacy->consecutive_terms = 1;
  set_day (&term->from, 2016, 6, 5);
  set_day (&term->to, 2021, 10, 3);
  term->ended = CDO_TERM_ENDED_NATURAL;
  g_ptr_array_add (candidacy->terms, term);
  g_ptr_array_add (candidacy->links, g_strdup ("is-2"));

  list->symbol_path = g_strdup ("symbols/civica.svg");
  list->symbol_media_type = g_strdup ("image/svg+xml");
  list->symbol_data = g_bytes_new_static (svg_image, sizeof svg_image - 1);
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse ("2026-04-24T09:12", &list->filed));
  list->filed_recorded_at = g_strdup ("2026-04-24T09:13:05");
  list->signatures = 300;
  list->party_symbol = TRUE;
  delegate->surname = g_strdup ("Verdi");
  delegate->given_names = g_strdup ("Anna");
  g_ptr_array_add (list->delegates, delegate);
  signatory->surname = g_strdup ("Gialli");
  signatory->given_names = g_strdup ("Paolo");
  set_day (&signatory->born, 1950, 1, 2);
  set_day (&signatory->authenticated, 2026, 4, 20);
  g_ptr_array_add (list->signatories, signatory);
  g_ptr_array_add (list->documents, cdo_document_new ("programme", TRUE));
  g_ptr_array_add (list->candidates, person ("Bianchi", "Luca", CDO_SEX_MALE, 1980));
  eu_citizen->eu_state = g_strdup ("DE");
  g_ptr_array_add (eu_citizen->documents, cdo_document_new ("eu-citizen-declaration", TRUE));
  g_ptr_array_add (list->candidates, eu_citizen);
  g_ptr_array_add (candidacy->lists, list);
  g_ptr_array_add (isernia->candidacies, candidacy);

  loose->supports = g_strdup ("is-1");
  g_ptr_array_add (loose->candidates, person ("Conti", "Sara", CDO_SEX_UNKNOWN, 1990));
  g_ptr_array_add (isernia->lists, loose);
  g_ptr_array_add (district->comuni, isernia);

  campobasso->name = g_strdup ("Campobasso");
  campobasso->province = g_strdup ("CB");
  campobasso->istat = g_strdup ("070006");
  campobasso->population = 49000;
  other->id = g_strdup ("cb-1");
  other->mayor = person ("Neri", "Carlo", CDO_SEX_MALE, 1965);
  g_ptr_array_add (other->lists, list_new ("cb-1-a", "Lista Campobasso"));
  g_ptr_array_add (campobasso->candidacies, other);
  g_ptr_array_add (district->comuni, campobasso);
  return district;
}

/* Samples */

typedef enum {
  VALID,      /* passes, and comes back from the XML as it was */
  INVALID,    /* refused by the checks and by the reader */
  ALTERED,    /* refused by the checks; the reader accepts what the writer made of it */
  NOT_WRITTEN /* refused by the checks; the writer cannot even write it */
} Outcome;

typedef enum {
  RECORD,     /* the record's own check refuses it too */
  BETWEEN,    /* a rule between records: only the whole district's check refuses it */
} Scope;

typedef struct {
  const char *field;
  const char *value;     /* NULL sets NULL; "REPEAT:n:text" repeats text n times */
  Outcome     outcome;
  Scope       scope;
  gboolean    unfilled;  /* accepted while a filing is typed in (CDO_DISTRICT_CHECK_UNFILLED) */
  const char *says;      /* a piece of the check's message */
} Sample;

#define OK(field, value) { field, value, VALID, RECORD, TRUE, NULL }
#define BAD(field, value, says) { field, value, INVALID, RECORD, FALSE, says }
#define LATER(field, value, says) { field, value, INVALID, RECORD, TRUE, says }
#define CROSS(field, value, says) { field, value, INVALID, BETWEEN, TRUE, says }
#define ALTER(field, value, says) { field, value, ALTERED, RECORD, FALSE, says }
#define UNWRITABLE(field, value, says) { field, value, NOT_WRITTEN, RECORD, FALSE, says }

static const Sample samples[] = {
  /* Names, places and sources: present, not blank, at most 200 characters, text XML holds. */
  OK ("comune.name", "REPEAT:200:a"),
  OK ("comune.name", "REPEAT:200:è"),
  OK ("comune.name", " Isernia "),
  OK ("comune.name", "Isernia\tNord\r\nSud"),
  BAD ("comune.name", NULL, "is empty"),
  BAD ("comune.name", "", "holds only spaces"),
  BAD ("comune.name", " \t\r\n", "holds only spaces"),
  BAD ("comune.name", "REPEAT:201:a", "longer than 200"),
  BAD ("comune.name", "REPEAT:201:è", "longer than 200"),
  ALTER ("comune.name", "Iser\001nia", "control character"),
  ALTER ("comune.name", "Iser\357\277\276nia", "control character"),
  ALTER ("comune.name", "Iser\377nia", "UTF-8"),
  OK ("comune.region", NULL),
  BAD ("comune.region", "  ", "holds only spaces"),
  BAD ("comune.region", "REPEAT:201:r", "longer than 200"),
  OK ("comune.source", NULL),
  BAD ("comune.source", "", "holds only spaces"),
  BAD ("comune.source", "REPEAT:201:s", "longer than 200"),
  /* Province and ISTAT code. */
  BAD ("comune.province", NULL, "is empty"),
  BAD ("comune.province", "is", "two capital letters"),
  BAD ("comune.province", "ISE", "two capital letters"),
  BAD ("comune.province", "I", "two capital letters"),
  BAD ("comune.province", "I1", "two capital letters"),
  BAD ("comune.province", "", "two capital letters"),
  OK ("comune.istat", NULL),
  BAD ("comune.istat", "94023", "six"),
  BAD ("comune.istat", "0940231", "six"),
  BAD ("comune.istat", "09402a", "six"),
  BAD ("comune.istat", "", "six"),
  OK ("comune.population", "0"),
  OK ("comune.population", "999999999"),
  BAD ("comune.population", "1000000000", "999,999,999"),
  BAD ("comune.population", "-1", "999,999,999"),
  /* Ids of candidacies and lists, and the ids links name. */
  OK ("candidacy.id", "9"),
  OK ("candidacy.id", "A.b_c-9"),
  OK ("candidacy.id", "REPEAT:64:x"),
  BAD ("candidacy.id", NULL, "An id is missing"),
  BAD ("candidacy.id", "", "is not an id"),
  BAD ("candidacy.id", "-a", "is not an id"),
  BAD ("candidacy.id", ".a", "is not an id"),
  BAD ("candidacy.id", "a b", "is not an id"),
  BAD ("candidacy.id", "a/b", "is not an id"),
  BAD ("candidacy.id", "è", "is not an id"),
  BAD ("candidacy.id", "REPEAT:65:x", "is not an id"),
  CROSS ("candidacy.id", "cb-1", "is given both to"),
  CROSS ("candidacy.id", "is-1-a", "is given both to"),
  BAD ("list.id", NULL, "An id is missing"),
  BAD ("list.id", "a:b", "is not an id"),
  CROSS ("list.id", "is-2", "is given both to"),
  CROSS ("list.id", "cb-1-a", "is given both to"),
  CROSS ("loose.id", "is-1", "is given both to"),
  /* The mayoral candidate, whom the filing desk types in after recording the filing. */
  LATER ("candidacy.mayor", NULL, "No mayoral candidate is given"),
  LATER ("mayor.surname", NULL, "is empty"),
  LATER ("mayor.given", NULL, "is empty"),
  BAD ("mayor.surname", "", "holds only spaces"),
  BAD ("mayor.given", "REPEAT:201:g", "longer than 200"),
  OK ("mayor.sex", "0"),
  ALTER ("mayor.sex", "7", "neither F nor M"),
  OK ("mayor.born", NULL),
  OK ("mayor.born", "0001-01-01"),
  OK ("mayor.born", "9999-12-31"),
  BAD ("mayor.born", "10000-01-01", "four digits"),
  OK ("mayor.birthplace", NULL),
  BAD ("mayor.birthplace", "", "holds only spaces"),
  OK ("mayor.eu", "FR"),
  BAD ("mayor.eu", "fr", "EU state"),
  BAD ("mayor.eu", "FRA", "EU state"),
  BAD ("mayor.eu", "", "EU state"),
  /* Terms as mayor. */
  OK ("candidacy.terms", "0"),
  OK ("candidacy.terms", "99"),
  BAD ("candidacy.terms", "100", "0 to 99"),
  BAD ("candidacy.terms", "-1", "0 to 99"),
  BAD ("term.from", NULL, "is empty"),
  BAD ("term.from", "10000-06-05", "four digits"),
  OK ("term.to", NULL),
  BAD ("term.to", "10000-10-03", "four digits"),
  OK ("term.ended", "2"),
  UNWRITABLE ("term.ended", "3", "natural end"),
  /* One-sided links: an id of a list of the same comune, each once. */
  OK ("candidacy.link", "is-1-a"),
  BAD ("candidacy.link", NULL, "is not the id of a list"),
  BAD ("candidacy.link", "is 2", "is not the id of a list"),
  BAD ("candidacy.link+", "is-2", "declared twice"),
  CROSS ("candidacy.link", "zz", "names no list of Isernia"),
  CROSS ("candidacy.link", "cb-1-a", "names no list of Isernia"),
  OK ("loose.supports", NULL),
  BAD ("loose.supports", "is 1", "is not the id of a mayoral candidacy"),
  CROSS ("loose.supports", "zz", "is not one of Isernia"),
  CROSS ("loose.supports", "cb-1", "is not one of Isernia"),
  ALTER ("list.supports", "is-1", "Remove the declaration"),
  /* The list: name, filing time, time of entry, signatures, symbol. */
  LATER ("list.name", NULL, "is empty"),
  LATER ("loose.name", NULL, "is empty"),
  BAD ("list.name", " ", "holds only spaces"),
  BAD ("list.name", "REPEAT:201:n", "longer than 200"),
  OK ("list.filed", NULL),
  OK ("list.filed-minutes", "0"),
  OK ("list.filed-minutes", "1439"),
  BAD ("list.filed-minutes", "1440", "minute of the day"),
  BAD ("list.filed-minutes", "-1", "minute of the day"),
  BAD ("list.filed-day", "10000-04-24", "four digits"),
  UNWRITABLE ("list.filed-day", NULL, "is empty"),
  OK ("list.recorded", NULL),
  OK ("list.recorded", "2026-04-24T23:59:59"),
  BAD ("list.recorded", "2026-04-24T09:13:60", "YYYY-MM-DDTHH:MM:SS"),
  BAD ("list.recorded", "2026-04-24T24:00:00", "YYYY-MM-DDTHH:MM:SS"),
  BAD ("list.recorded", "2026-02-30T09:13:05", "YYYY-MM-DDTHH:MM:SS"),
  BAD ("list.recorded", "2026-04-24 09:13:05", "YYYY-MM-DDTHH:MM:SS"),
  BAD ("list.recorded", "2026-04-24T09:13", "YYYY-MM-DDTHH:MM:SS"),
  BAD ("list.recorded", "", "YYYY-MM-DDTHH:MM:SS"),
  OK ("list.signatures", "-1"),
  OK ("list.signatures", "0"),
  OK ("list.signatures", "999999"),
  BAD ("list.signatures", "1000000", "0 to 999,999"),
  ALTER ("list.signatures", "-2", "0 to 999,999"),
  OK ("list.party", "0"),
  OK ("list.symbol", "none"),
  OK ("list.symbol", "png"),
  OK ("list.symbol", "png-1MiB"),
  BAD ("list.symbol", "png-1MiB+1", "larger than"),
  BAD ("list.symbol", "empty", "empty file"),
  BAD ("list.symbol", "svg-as-png", "not a PNG image"),
  BAD ("list.symbol", "png-as-svg", "not an SVG image"),
  BAD ("list.symbol", "text-as-svg", "not an SVG image"),
  ALTER ("list.symbol", "jpeg", "SVG and PNG images only"),
  /* Delegates and signatories, typed in as the papers are read. */
  LATER ("delegate.surname", NULL, "is empty"),
  LATER ("delegate.given", NULL, "is empty"),
  BAD ("delegate.surname", "", "holds only spaces"),
  BAD ("delegate.given", "REPEAT:201:d", "longer than 200"),
  LATER ("signatory.surname", NULL, "is empty"),
  LATER ("signatory.given", NULL, "is empty"),
  BAD ("signatory.surname", "\t", "holds only spaces"),
  OK ("signatory.born", NULL),
  BAD ("signatory.born", "10000-01-02", "four digits"),
  OK ("signatory.authenticated", NULL),
  BAD ("signatory.authenticated", "10000-04-20", "four digits"),
  /* Candidates, complete when checked on their own (test_unfilled). */
  OK ("candidate.surname", "REPEAT:200:s"),
  OK ("candidate.surname", "D'Amico-De Luca"),
  LATER ("candidate.surname", NULL, "is empty"),
  LATER ("candidate.given", NULL, "is empty"),
  BAD ("candidate.surname", "", "holds only spaces"),
  BAD ("candidate.surname", "   ", "holds only spaces"),
  BAD ("candidate.surname", "REPEAT:201:s", "longer than 200"),
  ALTER ("candidate.surname", "Bian\001chi", "control character"),
  ALTER ("candidate.given", "Lu\377ca", "UTF-8"),
  OK ("candidate.sex", "1"),
  ALTER ("candidate.sex", "5", "neither F nor M"),
  OK ("candidate.born", NULL),
  BAD ("candidate.born", "12026-01-01", "four digits"),
  OK ("candidate.birthplace", NULL),
  BAD ("candidate.birthplace", "", "holds only spaces"),
  BAD ("candidate.birthplace", "REPEAT:201:b", "longer than 200"),
  OK ("candidate.eu", NULL),
  OK ("candidate.eu", "AT"),
  BAD ("candidate.eu", "at", "EU state"),
  BAD ("candidate.eu", "D", "EU state"),
  BAD ("candidate.eu", "DE ", "EU state"),
  /* Documents: each kind once per holder (the kinds themselves: test_document_kinds). */
  BAD ("candidate.doc", "acceptance", "listed twice"),
  BAD ("candidate.doc", NULL, "has no kind"),
  BAD ("mayor.doc", "no-other-candidacy", "listed twice"),
  BAD ("list.doc", "programme", "listed twice"),
  BAD ("list.doc", "criminal record", "is not a kind of document"),
  /* The voting days. */
  OK ("election.second", NULL),
  OK ("election.second", "9999-05-25"),
  BAD ("election.second", "2026-05-23", "must come after"),
  BAD ("election.runoff2", "2026-06-08", "without the"),
  BAD ("election.second", "10000-05-25", "four digits"),
  ALTER ("election.first", NULL, "without the"),
  /* Each comune once, by name whatever its capitals and by ISTAT code. */
  CROSS ("comune2.name", "ISERNIA", "two comuni called"),
  CROSS ("comune2.name", "isernia", "two comuni called"),
  OK ("comune2.name", "Isernia Nord"),
  CROSS ("comune2.istat", "094023", "same ISTAT code"),
  OK ("comune2.istat", NULL),
};

static char *
expand (const char *value)
{
  g_auto(GStrv) parts = NULL;
  GString *out;
  guint64 times;

  if (value == NULL || !g_str_has_prefix (value, "REPEAT:"))
    return g_strdup (value);
  parts = g_strsplit (value, ":", 3);
  times = g_ascii_strtoull (parts[1], NULL, 10);
  out = g_string_new (NULL);
  for (guint64 i = 0; i < times; i++)
    g_string_append (out, parts[2]);
  return g_string_free (out, FALSE);
}

/* "10000-01-01" too, which cdo_date_parse_iso() refuses: GDate holds years up to 65535. */
static void
parse_day (const char *text,
           GDate      *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (text == NULL)
    return;
  g_assert_cmpint (sscanf (text, "%d-%d-%d", &year, &month, &day), ==, 3);
  set_day (date, year, month, day);
}

static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = expand (value);
}

static GBytes *
symbol_of (const char  *kind,
           char       **out_media_type)
{
  gsize size = 0;
  guint8 *data;

  if (g_str_equal (kind, "png") || g_str_equal (kind, "png-as-svg"))
    {
      *out_media_type = g_strdup (g_str_equal (kind, "png") ? "image/png" : "image/svg+xml");
      return g_bytes_new_static (png_image, sizeof png_image);
    }
  if (g_str_equal (kind, "svg-as-png") || g_str_equal (kind, "jpeg"))
    {
      *out_media_type = g_strdup (g_str_equal (kind, "jpeg") ? "image/jpeg" : "image/png");
      return g_bytes_new_static (svg_image, sizeof svg_image - 1);
    }
  if (g_str_equal (kind, "text-as-svg"))
    {
      *out_media_type = g_strdup ("image/svg+xml");
      return g_bytes_new_static ("just text", 9);
    }
  if (g_str_equal (kind, "empty"))
    {
      *out_media_type = g_strdup ("image/png");
      return g_bytes_new_static ("", 0);
    }
  if (g_str_equal (kind, "png-1MiB"))
    size = 1024 * 1024;
  else if (g_str_equal (kind, "png-1MiB+1"))
    size = 1024 * 1024 + 1;
  else
    g_assert_not_reached ();
  data = g_malloc0 (size);
  memcpy (data, png_image, sizeof png_image);
  *out_media_type = g_strdup ("image/png");
  return g_bytes_new_take (data, size);
}

static void
apply (CdoDistrict *district,
       const char  *field,
       const char  *value)
{
  CdoComuneRecord *comune = g_ptr_array_index (district->comuni, 0);
  CdoComuneRecord *comune2 = g_ptr_array_index (district->comuni, 1);
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
  CdoMayorTerm *term = g_ptr_array_index (candidacy->terms, 0);
  CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);
  CdoCandidateList *loose = g_ptr_array_index (comune->lists, 0);
  CdoDelegate *delegate = g_ptr_array_index (list->delegates, 0);
  CdoSignatory *signatory = g_ptr_array_index (list->signatories, 0);
  CdoCandidate *candidate = g_ptr_array_index (list->candidates, 0);
  CdoCandidate *mayor = candidacy->mayor;
  gint64 number = value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;

  /* A candidacy's id is renamed where the one-sided list names it too. */
  if (g_str_equal (field, "candidacy.id"))
    {
      set_text (&candidacy->id, value);
      set_text (&loose->supports, value);
    }
  else if (g_str_equal (field, "comune.name"))
    set_text (&comune->name, value);
  else if (g_str_equal (field, "comune.province"))
    set_text (&comune->province, value);
  else if (g_str_equal (field, "comune.istat"))
    set_text (&comune->istat, value);
  else if (g_str_equal (field, "comune.region"))
    set_text (&comune->region, value);
  else if (g_str_equal (field, "comune.source"))
    set_text (&comune->population_source, value);
  else if (g_str_equal (field, "comune.population"))
    comune->population = number;
  else if (g_str_equal (field, "comune2.name"))
    set_text (&comune2->name, value);
  else if (g_str_equal (field, "comune2.istat"))
    set_text (&comune2->istat, value);
  else if (g_str_equal (field, "candidacy.mayor"))
    g_clear_pointer (&candidacy->mayor, cdo_candidate_free);
  else if (g_str_equal (field, "candidacy.terms"))
    candidacy->consecutive_terms = (int) number;
  else if (g_str_equal (field, "candidacy.link"))
    set_text ((char **) &g_ptr_array_index (candidacy->links, 0), value);
  else if (g_str_equal (field, "candidacy.link+"))
    g_ptr_array_add (candidacy->links, expand (value));
  else if (g_str_equal (field, "mayor.surname"))
    set_text (&mayor->surname, value);
  else if (g_str_equal (field, "mayor.given"))
    set_text (&mayor->given_names, value);
  else if (g_str_equal (field, "mayor.sex"))
    mayor->sex = (CdoSex) number;
  else if (g_str_equal (field, "mayor.born"))
    parse_day (value, &mayor->born);
  else if (g_str_equal (field, "mayor.birthplace"))
    set_text (&mayor->birthplace, value);
  else if (g_str_equal (field, "mayor.eu"))
    set_text (&mayor->eu_state, value);
  else if (g_str_equal (field, "mayor.doc"))
    g_ptr_array_add (mayor->documents, cdo_document_new (value, TRUE));
  else if (g_str_equal (field, "term.from"))
    parse_day (value, &term->from);
  else if (g_str_equal (field, "term.to"))
    parse_day (value, &term->to);
  else if (g_str_equal (field, "term.ended"))
    term->ended = (CdoTermEnd) number;
  else if (g_str_equal (field, "list.id"))
    set_text (&list->id, value);
  else if (g_str_equal (field, "list.name"))
    set_text (&list->name, value);
  else if (g_str_equal (field, "list.supports"))
    set_text (&list->supports, value);
  else if (g_str_equal (field, "list.filed"))
    list->has_filed = FALSE;
  else if (g_str_equal (field, "list.filed-minutes"))
    list->filed.minutes = (int) number;
  else if (g_str_equal (field, "list.filed-day"))
    parse_day (value, &list->filed.date);
  else if (g_str_equal (field, "list.recorded"))
    set_text (&list->filed_recorded_at, value);
  else if (g_str_equal (field, "list.signatures"))
    list->signatures = (int) number;
  else if (g_str_equal (field, "list.party"))
    list->party_symbol = number != 0;
  else if (g_str_equal (field, "list.symbol"))
    {
      g_clear_pointer (&list->symbol_data, g_bytes_unref);
      g_clear_pointer (&list->symbol_media_type, g_free);
      if (g_str_equal (value, "none"))
        g_clear_pointer (&list->symbol_path, g_free);
      else
        list->symbol_data = symbol_of (value, &list->symbol_media_type);
    }
  else if (g_str_equal (field, "list.doc"))
    g_ptr_array_add (list->documents, cdo_document_new (value, TRUE));
  else if (g_str_equal (field, "loose.id"))
    set_text (&loose->id, value);
  else if (g_str_equal (field, "loose.name"))
    set_text (&loose->name, value);
  else if (g_str_equal (field, "loose.supports"))
    set_text (&loose->supports, value);
  else if (g_str_equal (field, "delegate.surname"))
    set_text (&delegate->surname, value);
  else if (g_str_equal (field, "delegate.given"))
    set_text (&delegate->given_names, value);
  else if (g_str_equal (field, "signatory.surname"))
    set_text (&signatory->surname, value);
  else if (g_str_equal (field, "signatory.given"))
    set_text (&signatory->given_names, value);
  else if (g_str_equal (field, "signatory.born"))
    parse_day (value, &signatory->born);
  else if (g_str_equal (field, "signatory.authenticated"))
    parse_day (value, &signatory->authenticated);
  else if (g_str_equal (field, "candidate.surname"))
    set_text (&candidate->surname, value);
  else if (g_str_equal (field, "candidate.given"))
    set_text (&candidate->given_names, value);
  else if (g_str_equal (field, "candidate.sex"))
    candidate->sex = (CdoSex) number;
  else if (g_str_equal (field, "candidate.born"))
    parse_day (value, &candidate->born);
  else if (g_str_equal (field, "candidate.birthplace"))
    set_text (&candidate->birthplace, value);
  else if (g_str_equal (field, "candidate.eu"))
    set_text (&candidate->eu_state, value);
  else if (g_str_equal (field, "candidate.doc"))
    g_ptr_array_add (candidate->documents, cdo_document_new (value, TRUE));
  else if (g_str_equal (field, "election.first"))
    parse_day (value, &district->first_day);
  else if (g_str_equal (field, "election.second"))
    parse_day (value, &district->second_day);
  else if (g_str_equal (field, "election.runoff2"))
    parse_day (value, &district->runoff_second_day);
  else
    g_error ("no such sample field: %s", field);
}

/* Every record's own check (not the rules between records). */
static gboolean
records_pass (CdoDistrict           *district,
              CdoDistrictCheckFlags  flags)
{
  g_autoptr(GError) error = NULL;

  if (!cdo_district_check_election_days (district, NULL))
    return FALSE;
  for (guint i = 0; i < district->comuni->len; i++)
    {
      CdoComuneRecord *comune = g_ptr_array_index (district->comuni, i);

      if (!cdo_district_check_comune (comune, flags, NULL))
        return FALSE;
      for (guint c = 0; c < comune->candidacies->len; c++)
        {
          CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, c);

          if (!cdo_district_check_candidacy (candidacy, flags, NULL))
            return FALSE;
          for (guint l = 0; l < candidacy->lists->len; l++)
            if (!cdo_district_check_nested_list (g_ptr_array_index (candidacy->lists, l), NULL)
                || !cdo_district_check_list (g_ptr_array_index (candidacy->lists, l),
                                             flags | CDO_DISTRICT_CHECK_NESTED, NULL))
              return FALSE;
        }
      for (guint l = 0; l < comune->lists->len; l++)
        if (!cdo_district_check_list (g_ptr_array_index (comune->lists, l),
                                      flags | CDO_DISTRICT_CHECK_NESTED, NULL))
          return FALSE;
    }
  return TRUE;
}

static void
test_sample_agrees (gconstpointer data)
{
  const Sample *sample = data;
  g_autoptr(CdoDistrict) district = sample_district ();
  g_autoptr(CdoDistrict) back = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) check_error = NULL;
  g_autoptr(GError) read_error = NULL;
  gboolean checked;

  apply (district, sample->field, sample->value);
  checked = cdo_district_check (district, &check_error);
  if (sample->outcome == VALID)
    {
      g_assert_no_error (check_error);
      g_assert_true (records_pass (district, CDO_DISTRICT_CHECK_DEFAULT));
      g_assert_true (records_pass (district, CDO_DISTRICT_CHECK_UNFILLED));
    }
  else
    {
      g_assert_false (checked);
      g_assert_error (check_error, CDO_DISTRICT_CHECK_ERROR, CDO_DISTRICT_CHECK_ERROR_INVALID);
      g_test_message ("%s", check_error->message);
      g_assert_nonnull (strstr (check_error->message, sample->says));
      g_assert_null (strstr (check_error->message, "(null)"));
      g_assert_cmpint (records_pass (district, CDO_DISTRICT_CHECK_DEFAULT), ==,
                       sample->scope == BETWEEN);
      g_assert_cmpint (records_pass (district, CDO_DISTRICT_CHECK_UNFILLED), ==,
                       sample->scope == BETWEEN || sample->unfilled);
    }
  if (sample->outcome == NOT_WRITTEN)
    return;

  xml = cdo_district_xml_write_bytes (district);
  back = cdo_district_xml_read_bytes (xml, "sample.xml", NULL, NULL, &read_error);
  switch (sample->outcome)
    {
    case VALID:
      g_assert_no_error (read_error);
      assert_districts_equal (district, back, FALSE);
      break;
    case INVALID:
      g_assert_null (back);
      g_assert_nonnull (read_error);
      g_test_message ("the reader: %s", read_error->message);
      break;
    case ALTERED:
      /* Read, but not as it was: the comparison fails (in a child, as it asserts). */
      g_assert_no_error (read_error);
      if (g_test_subprocess ())
        {
          assert_districts_equal (district, back, FALSE);
          return;
        }
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_failed ();
      break;
    case NOT_WRITTEN:
    default:
      g_assert_not_reached ();
    }
}

/* The kinds of document the catalogue names, and one it does not, on every holder. */
static void
test_document_kinds (void)
{
  CdoDocumentCatalog *catalog = cdo_document_catalog_get_default ();
  static const CdoDocumentHolder holders[] = {
    CDO_DOCUMENT_HOLDER_CANDIDATE, CDO_DOCUMENT_HOLDER_MAYOR, CDO_DOCUMENT_HOLDER_LIST,
  };
  guint n_kinds = cdo_document_catalog_get_n_kinds (catalog);

  g_assert_cmpuint (n_kinds, >, 0);
  for (guint k = 0; k <= n_kinds; k++)
    for (guint h = 0; h < G_N_ELEMENTS (holders); h++)
      {
        const CdoDocumentKind *kind = k < n_kinds ? cdo_document_catalog_get_kind (catalog, k)
                                                  : NULL;
        const char *name = kind != NULL ? kind->name : "letter-of-intent";
        g_autoptr(CdoDistrict) district = sample_district ();
        g_autoptr(CdoDistrict) back = NULL;
        g_autoptr(GBytes) xml = NULL;
        g_autoptr(GError) error = NULL;
        CdoComuneRecord *comune = g_ptr_array_index (district->comuni, 0);
        CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
        CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);
        CdoCandidate *candidate = g_ptr_array_index (list->candidates, 0);
        GPtrArray *documents = holders[h] == CDO_DOCUMENT_HOLDER_CANDIDATE ? candidate->documents
                               : holders[h] == CDO_DOCUMENT_HOLDER_MAYOR ? candidacy->mayor->documents
                               : list->documents;
        gboolean applies = kind != NULL && cdo_document_kind_applies_to (kind, holders[h]);
        CdoDocument *present = cdo_documents_find (documents, name);
        gboolean checked;

        if (present != NULL)
          g_ptr_array_remove (documents, present);
        g_ptr_array_add (documents, cdo_document_new (name, FALSE));
        checked = cdo_district_check (district, &error);
        g_test_message ("%s on a %s: %s", name, cdo_document_holder_to_string (holders[h]),
                        error ? error->message : "accepted");
        g_assert_cmpint (checked, ==, applies);
        g_clear_error (&error);
        xml = cdo_district_xml_write_bytes (district);
        back = cdo_district_xml_read_bytes (xml, "kinds.xml", NULL, NULL, &error);
        g_assert_cmpint (back != NULL, ==, applies);
        if (back != NULL)
          assert_districts_equal (district, back, FALSE);
      }
}

/* What the format leaves to the writer, without losing anything, is not refused. */
static void
test_writer_settles (void)
{
  g_autoptr(CdoDistrict) district = sample_district ();
  g_autoptr(CdoDistrict) back = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  CdoComuneRecord *comune = g_ptr_array_index (district->comuni, 0);
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
  CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);
  CdoCandidateList *loose = g_ptr_array_index (comune->lists, 0);
  CdoCandidateList *read;

  /* A path from a file chooser, an image of no declared type, a type without an image. */
  g_free (list->symbol_path);
  list->symbol_path = g_strdup ("/home/segreteria/civica.svg");
  g_clear_pointer (&list->symbol_media_type, g_free);
  loose->symbol_media_type = g_strdup ("image/png");
  g_assert_true (cdo_district_check (district, &error));
  g_assert_no_error (error);
  xml = cdo_district_xml_write_bytes (district);
  back = cdo_district_xml_read_bytes (xml, "settled.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  read = g_ptr_array_index (((CdoCandidacy *) g_ptr_array_index (
    ((CdoComuneRecord *) g_ptr_array_index (back->comuni, 0))->candidacies, 0))->lists, 0);
  g_assert_null (read->symbol_path);
  g_assert_cmpstr (read->symbol_media_type, ==, "image/svg+xml");
  g_assert_true (g_bytes_equal (read->symbol_data, list->symbol_data));
}

/* A filing as New Filing records it, before anything is typed: passes while unfilled,
 * and is refused for an export with what is missing. */
static void
test_unfilled (void)
{
  g_autoptr(CdoCandidacy) candidacy = cdo_candidacy_new ();
  g_autoptr(GError) error = NULL;
  CdoCandidateList *list = list_new ("is-9-a", NULL);
  CdoDelegate *delegate = cdo_delegate_new ();
  CdoSignatory *signatory = cdo_signatory_new ();

  candidacy->id = g_strdup ("is-9");
  candidacy->mayor = cdo_candidate_new ();
  list->has_filed = TRUE;
  g_assert_true (cdo_filing_time_parse ("2026-04-24T10:00", &list->filed));
  list->filed_recorded_at = g_strdup ("2026-04-24T10:00:31");
  delegate->surname = g_strdup ("Daglio");
  g_ptr_array_add (list->delegates, delegate);
  signatory->given_names = g_strdup ("Ada");
  g_ptr_array_add (list->signatories, signatory);
  g_ptr_array_add (candidacy->lists, list);

  g_assert_true (cdo_district_check_candidacy (candidacy, CDO_DISTRICT_CHECK_UNFILLED
                                               | CDO_DISTRICT_CHECK_NESTED, &error));
  g_assert_no_error (error);
  g_assert_true (cdo_district_check_list (list, CDO_DISTRICT_CHECK_UNFILLED, &error));
  g_assert_no_error (error);

  g_assert_false (cdo_district_check_candidacy (candidacy, CDO_DISTRICT_CHECK_NESTED, &error));
  g_assert_cmpstr (error->message, ==, "The field “surname” of the mayoral candidate of the "
                   "candidacy “is-9” is empty. Fill it in.");
  g_clear_error (&error);
  g_assert_false (cdo_district_check_list (list, CDO_DISTRICT_CHECK_DEFAULT, &error));
  g_assert_nonnull (strstr (error->message, "“name” of the list “is-9-a” is empty"));
  g_clear_error (&error);

  /* A candidate in a filing being recorded may miss a name too, but not one checked on
   * its own, as the candidates table adds and changes them. */
  g_ptr_array_add (list->candidates, cdo_candidate_new ());
  ((CdoCandidate *) g_ptr_array_index (list->candidates, 0))->surname = g_strdup ("Rossi");
  g_assert_true (cdo_district_check_candidacy (candidacy, CDO_DISTRICT_CHECK_UNFILLED
                                               | CDO_DISTRICT_CHECK_NESTED, &error));
  g_assert_no_error (error);
  g_assert_false (cdo_district_check_candidate (g_ptr_array_index (list->candidates, 0), &error));
  g_assert_cmpstr (error->message, ==, "The field “given names” of the candidate Rossi is empty. "
                   "Fill it in.");
  g_clear_error (&error);
  /* Without CDO_DISTRICT_CHECK_NESTED the candidates are not looked at. */
  ((CdoCandidate *) g_ptr_array_index (list->candidates, 0))->eu_state = g_strdup ("de");
  g_assert_false (cdo_district_check_list (list, CDO_DISTRICT_CHECK_UNFILLED
                                           | CDO_DISTRICT_CHECK_NESTED, &error));
  g_assert_nonnull (strstr (error->message, "“de” is not the code of an EU state"));
  g_clear_error (&error);
  g_assert_true (cdo_district_check_list (list, CDO_DISTRICT_CHECK_UNFILLED, &error));
  g_assert_no_error (error);
  g_free (list->name);
  list->name = g_strdup ("Lista");

  /* A value that is given must be right even then. */
  g_free (delegate->surname);
  delegate->surname = g_strdup ("  ");
  g_assert_false (cdo_district_check_list (list, CDO_DISTRICT_CHECK_UNFILLED, &error));
  g_assert_nonnull (strstr (error->message, "“surname” of delegate 1 of the list “Lista”"));
}

/* The message names the record, and the comune for the whole district's check. */
static void
test_messages (void)
{
  g_autoptr(CdoDistrict) district = sample_district ();
  g_autoptr(GError) error = NULL;
  CdoComuneRecord *comune = g_ptr_array_index (district->comuni, 0);
  CdoCandidacy *candidacy = g_ptr_array_index (comune->candidacies, 0);
  CdoCandidateList *list = g_ptr_array_index (candidacy->lists, 0);
  CdoCandidate *candidate = g_ptr_array_index (list->candidates, 1);
  CdoCandidate *alone = cdo_candidate_new ();

  g_free (candidate->given_names);
  candidate->given_names = g_strdup ("Hans");
  g_free (candidate->eu_state);
  candidate->eu_state = g_strdup ("Germania");
  g_assert_false (cdo_district_check (district, &error));
  g_assert_cmpstr (error->message, ==,
                   "Comune Isernia. “Germania” is not the code of an EU state (the citizenship "
                   "of candidate 2 of the list “Lista Civica” (Müller Hans)). Type the state's "
                   "two capital letters, such as DE or FR, or leave it empty for an Italian "
                   "citizen.");
  g_clear_error (&error);

  g_assert_false (cdo_district_check_candidate (candidate, &error));
  g_assert_nonnull (strstr (error->message, "(the citizenship of the candidate Müller Hans)"));
  g_clear_error (&error);

  /* A name too long to quote is cut short in the message. */
  alone->surname = expand ("REPEAT:300:x");
  alone->given_names = g_strdup ("Ada");
  g_assert_false (cdo_district_check_candidate (alone, &error));
  g_assert_nonnull (strstr (error->message, "(it has 300). Shorten it."));
  g_assert_nonnull (strstr (error->message, "xxx…"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 200);
  g_clear_error (&error);
  cdo_candidate_free (alone);

  /* The comune's own fields are named without the comune in front. */
  g_free (comune->province);
  comune->province = g_strdup ("ISE");
  g_assert_false (cdo_district_check (district, &error));
  g_assert_true (g_str_has_prefix (error->message, "“ISE” is not the code of a province (the "
                                                   "province of the comune Isernia)"));
}

/* The value checks the reader shares. */
static void
test_shared_values (void)
{
  g_autoptr(GBytes) png = g_bytes_new_static (png_image, sizeof png_image);
  g_autoptr(GBytes) svg = g_bytes_new_static (svg_image, sizeof svg_image - 1);
  g_autoptr(GBytes) bom = g_bytes_new_static ("\xef\xbb\xbf  <svg/>", 11);
  g_autoptr(GBytes) nul = g_bytes_new_static ("<svg\0/>", 7);

  g_assert_cmpint (cdo_district_check_name ("a"), ==, CDO_DISTRICT_NAME_OK);
  g_assert_cmpint (cdo_district_check_name (" \t\n\r\f"), ==, CDO_DISTRICT_NAME_BLANK);
  g_assert_cmpint (cdo_district_check_name (""), ==, CDO_DISTRICT_NAME_BLANK);

  g_assert_true (cdo_district_check_recorded_at ("2026-04-24T09:16:05"));
  g_assert_true (cdo_district_check_recorded_at ("2026-04-24T00:00:59"));
  g_assert_false (cdo_district_check_recorded_at ("2026-04-24T09:16:65"));
  g_assert_false (cdo_district_check_recorded_at ("2026-04-24T09:16:5"));
  g_assert_false (cdo_district_check_recorded_at (NULL));

  g_assert_true (cdo_district_check_symbol_type (png, "image/png"));
  g_assert_false (cdo_district_check_symbol_type (png, "image/svg+xml"));
  g_assert_true (cdo_district_check_symbol_type (svg, "image/svg+xml"));
  g_assert_false (cdo_district_check_symbol_type (svg, "image/png"));
  g_assert_true (cdo_district_check_symbol_type (bom, "image/svg+xml"));
  g_assert_false (cdo_district_check_symbol_type (nul, "image/svg+xml"));

  g_assert_true (cdo_district_check_id ("ol-1.a_2"));
  g_assert_true (cdo_district_check_id ("9"));
  g_assert_false (cdo_district_check_id ("ol 1"));
  g_assert_false (cdo_district_check_id ("-ol"));
  g_assert_false (cdo_district_check_id (""));
  g_assert_false (cdo_district_check_id (NULL));
  g_assert_true (cdo_district_check_province ("AL"));
  g_assert_false (cdo_district_check_province ("al"));
  g_assert_false (cdo_district_check_province ("ALS"));
  g_assert_false (cdo_district_check_province ("A"));
  g_assert_true (cdo_district_check_istat ("006119"));
  g_assert_false (cdo_district_check_istat ("6119"));
  g_assert_false (cdo_district_check_istat ("0061190"));
  g_assert_true (cdo_district_check_eu_state ("DE"));
  g_assert_false (cdo_district_check_eu_state ("de"));
  g_assert_true (cdo_district_check_count ("0", CDO_DISTRICT_MAX_CONSECUTIVE_TERMS));
  g_assert_true (cdo_district_check_count ("99", CDO_DISTRICT_MAX_CONSECUTIVE_TERMS));
  g_assert_true (cdo_district_check_count ("01", CDO_DISTRICT_MAX_CONSECUTIVE_TERMS));
  g_assert_false (cdo_district_check_count ("100", CDO_DISTRICT_MAX_CONSECUTIVE_TERMS));
  g_assert_true (cdo_district_check_count ("999999999", CDO_DISTRICT_MAX_POPULATION));
  g_assert_false (cdo_district_check_count ("0999999999", CDO_DISTRICT_MAX_POPULATION));
  g_assert_false (cdo_district_check_count ("-5", CDO_DISTRICT_MAX_POPULATION));
  g_assert_false (cdo_district_check_count ("1.000", CDO_DISTRICT_MAX_SIGNATURES));
  g_assert_false (cdo_district_check_count ("", CDO_DISTRICT_MAX_SIGNATURES));
  g_assert_true (cdo_district_check_media_type ("image/png"));
  g_assert_true (cdo_district_check_media_type ("image/svg+xml"));
  g_assert_false (cdo_district_check_media_type ("image/jpeg"));
  g_assert_false (cdo_district_check_media_type (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_strdup_printf ("/district-check/agrees/%s/%u", samples[i].field, i);

      g_test_add_data_func (path, &samples[i], test_sample_agrees);
    }
  g_test_add_func ("/district-check/document-kinds", test_document_kinds);
  g_test_add_func ("/district-check/writer-settles", test_writer_settles);
  g_test_add_func ("/district-check/unfilled", test_unfilled);
  g_test_add_func ("/district-check/messages", test_messages);
  g_test_add_func ("/district-check/shared-values", test_shared_values);
  return g_test_run ();
}
