/* receipt-sample.c: a district with filings to print, for the render tests and the bench */
#include <cairo.h>

#include "cdo-rule-book.h"
#include "receipt-sample.h"

static const char *const surnames[SAMPLE_N_CANDIDATES] = {
  "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Schneider",
  "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
  "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani",
  "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile",
  "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo",
};

static const char *const given_names[] = {
  "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Jürgen",
  "Elena", "Matteo", "Anna Maria", "Giovanni",
};

static const char symbol_svg[] =
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 200'>"
  "<circle cx='100' cy='100' r='98' fill='#1565c0'/>"
  "<path d='M20 120 Q100 60 180 120 L180 140 Q100 90 20 140 Z' fill='#ffffff'/>"
  "<circle cx='100' cy='70' r='26' fill='#ffca28'/>"
  "<text x='100' y='175' font-family='DejaVu Sans' font-size='24' font-weight='bold' "
  "text-anchor='middle' fill='#ffffff'>PONTE</text></svg>";

const char *
sample_surname (guint index)
{
  g_assert (index < SAMPLE_N_CANDIDATES);
  return surnames[index];
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A green tree on white, 240 pixels square: a PNG symbol as a scanner would give it. */
static GBytes *
make_png_symbol (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 240);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.5, 0.2);
  cairo_move_to (cr, 120, 30);
  cairo_line_to (cr, 200, 170);
  cairo_line_to (cr, 40, 170);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.45, 0.3, 0.15);
  cairo_rectangle (cr, 108, 170, 24, 45);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, png), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static CdoCandidate *
make_person (const char *surname,
             const char *given,
             CdoSex      sex,
             int         year,
             const char *birthplace)
{
  CdoCandidate *person = cdo_candidate_new ();

  person->surname = g_strdup (surname);
  person->given_names = g_strdup (given);
  person->sex = sex;
  g_date_set_dmy (&person->born, 1 + (GDateDay) (year % 28), 1 + (GDateMonth) (year % 12),
                  (GDateYear) year);
  person->birthplace = g_strdup (birthplace);
  return person;
}

static void
file_all (CdoCandidate *person)
{
  g_ptr_array_add (person->documents, cdo_document_new ("acceptance", TRUE));
  g_ptr_array_add (person->documents, cdo_document_new ("registration-certificate", TRUE));
}

static CdoCandidacy *
make_candidacy (const char *id,
                const char *surname,
                const char *given,
                CdoSex      sex)
{
  CdoCandidacy *candidacy = cdo_candidacy_new ();

  candidacy->id = g_strdup (id);
  candidacy->mayor = make_person (surname, given, sex, 1968, "Padova");
  file_all (candidacy->mayor);
  g_ptr_array_add (candidacy->mayor->documents, cdo_document_new ("no-other-candidacy", TRUE));
  return candidacy;
}

static CdoCandidateList *
make_list (const char *id,
           const char *name,
           guint       n_candidates,
           const char *filed)
{
  CdoCandidateList *list = cdo_candidate_list_new ();

  list->id = g_strdup (id);
  list->name = g_strdup (name);
  list->signatures = 212;
  list->has_filed = cdo_filing_time_parse (filed, &list->filed);
  g_assert_true (list->has_filed);
  list->filed_recorded_at = g_strdup_printf ("%s:41", filed);
  for (guint i = 0; i < 2; i++)
    {
      CdoDelegate *delegate = cdo_delegate_new ();

      delegate->surname = g_strdup (i == 0 ? "Pellegrini" : "Fabbri");
      delegate->given_names = g_strdup (i == 0 ? "Paola" : "Stefano");
      g_ptr_array_add (list->delegates, delegate);
    }
  for (guint i = 0; i < 180; i++)
    g_ptr_array_add (list->signatories, cdo_signatory_new ());
  g_ptr_array_add (list->documents, cdo_document_new ("programme", TRUE));
  for (guint i = 0; i < n_candidates; i++)
    {
      CdoCandidate *candidate = make_person (surnames[i], given_names[i % G_N_ELEMENTS (given_names)],
                                             i % 2 ? CDO_SEX_MALE : CDO_SEX_FEMALE,
                                             1950 + (int) i, i % 3 ? "Padova" : "Abano Terme");

      file_all (candidate);
      g_ptr_array_add (list->candidates, candidate);
    }
  return list;
}

CdoDistrict *
sample_district_new (void)
{
  CdoDistrict *district = cdo_district_new ();
  CdoComuneRecord *comune = cdo_comune_record_new ();
  CdoCandidacy *first, *second, *alone;
  CdoCandidateList *list;
  CdoCandidate *candidate;

  g_date_set_dmy (&district->first_day, 3, G_DATE_OCTOBER, 2021);
  g_date_set_dmy (&district->second_day, 4, G_DATE_OCTOBER, 2021);
  comune->name = g_strdup ("Ponte San Nicolò");
  comune->province = g_strdup ("PD");
  comune->istat = g_strdup ("028069");
  comune->population = 22000;
  comune->population_source = g_strdup ("ISTAT 2011");
  g_ptr_array_add (district->comuni, comune);

  /* On time, SVG symbol, 40 candidates: an EU citizen, documents missing and incomplete. */
  first = make_candidacy ("mayor-1", "Zanon", "Maria Grazia", CDO_SEX_FEMALE);
  list = make_list ("list-svg", "Ponte Futuro – Insieme per Ponte San Nicolò",
                    SAMPLE_N_CANDIDATES, "2021-09-03T09:12");
  list->symbol_media_type = g_strdup ("image/svg+xml");
  list->symbol_data = g_bytes_new_static (symbol_svg, sizeof symbol_svg - 1);
  g_ptr_array_add (list->documents, cdo_document_new ("signatories-certificates", TRUE));
  candidate = g_ptr_array_index (list->candidates, 7);
  candidate->eu_state = g_strdup ("DE");
  g_ptr_array_add (candidate->documents, cdo_document_new ("eu-citizen-declaration", TRUE));
  ((CdoDocument *) g_ptr_array_index (((CdoCandidate *) g_ptr_array_index (list->candidates, 3))->documents, 0))->complete = FALSE;
  g_ptr_array_remove_index (((CdoCandidate *) g_ptr_array_index (list->candidates, 12))->documents, 1);
  g_ptr_array_remove_index (((CdoCandidate *) g_ptr_array_index (list->candidates, 33))->documents, 0);
  g_ptr_array_add (first->lists, list);
  g_ptr_array_add (comune->candidacies, first);

  /* Late, PNG symbol. */
  second = make_candidacy ("mayor-2", "Bortolami", "Enrico", CDO_SEX_MALE);
  g_ptr_array_add (second->mayor->documents, cdo_document_new ("link-declaration", FALSE));
  list = make_list ("list-png", "Alberi & Persone", 16, "2021-09-04T12:07");
  list->symbol_media_type = g_strdup ("image/png");
  list->symbol_data = make_png_symbol ();
  list->party_symbol = TRUE;
  g_ptr_array_add (second->lists, list);
  g_ptr_array_add (comune->candidacies, second);

  /* A list alone with a broken symbol. */
  list = make_list ("list-broken", "Lista <Civica> Nord", 12, "2021-09-04T08:30");
  list->symbol_media_type = g_strdup ("image/png");
  list->symbol_data = g_bytes_new_static ("not a picture", 13);
  g_ptr_array_add (comune->lists, list);

  /* A mayoral candidacy with no list yet, no symbol. */
  alone = make_candidacy ("mayor-alone", "Quaggio", "Alvise", CDO_SEX_UNKNOWN);
  g_ptr_array_add (comune->candidacies, alone);
  return district;
}

void
sample_receipt_init (CdoReceipt  *receipt,
                     CdoDistrict *district,
                     const char  *id,
                     GDateTime   *issued_at)
{
  CdoComuneRecord *comune = g_ptr_array_index (district->comuni, 0);
  CdoCandidacy *candidacy = NULL;
  CdoCandidateList *list = cdo_district_find_list (district, id, NULL);
  CdoRuleQuery query = { comune->population, comune->capoluogo, NULL, district->first_day };
  CdoRuleAnswer answer;
  g_autoptr(GError) error = NULL;

  if (list == NULL)
    candidacy = cdo_district_find_candidacy (district, id, NULL);
  for (guint i = 0; list != NULL && i < comune->candidacies->len; i++)
    {
      CdoCandidacy *owner = g_ptr_array_index (comune->candidacies, i);
      guint index;

      if (g_ptr_array_find (owner->lists, list, &index))
        candidacy = owner;
    }
  g_assert_true (list != NULL || candidacy != NULL);

  cdo_receipt_init (receipt, district, comune, candidacy, list);
  g_assert_true (cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, &answer, &error));
  g_assert_no_error (error);
  cdo_receipt_apply_rules (receipt, &answer);
  receipt->journal_head = SAMPLE_JOURNAL_HEAD;
  receipt->district_file = "circondario-padova-2021.circondario";
  receipt->issued_by = "dott.ssa Lucia Benetton";
  receipt->issued_at = issued_at;
}
