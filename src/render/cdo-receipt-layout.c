/* cdo-receipt-layout.c: the receipt's pages
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Italian legal text, never translated. Document names come from the document catalogue
 * (label_it), and which ones are listed from its rules: a kind appears for a holder when
 * it is required in the comune's context or when it was filed anyway.
 */
#define G_LOG_DOMAIN "cdo-receipt"

#include <pango/pangocairo.h>

#include "cdo-document-catalog.h"
#include "cdo-italian-text.h"
#include "cdo-receipt.h"
#include "cdo-symbol-image.h"

#define MARK_PRESENT    "✔"
#define MARK_INCOMPLETE "incompleto"
#define MARK_MISSING    "<b>mancante</b>"
#define MARK_NONE       "—"

typedef struct {
  guint present;
  guint incomplete;
  guint missing;
} Counts;

typedef struct {
  const CdoReceipt   *receipt;
  CdoPageLayout      *layout;
  CdoDocumentCatalog *catalog;
  Counts              counts;
} Builder;

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* "ROSSI Mario": surnames in capitals, as electoral lists print them. */
static char *
person_name (const char *surname,
             const char *given_names)
{
  g_autofree char *upper = g_utf8_strup (or_empty (surname), -1);

  return g_markup_printf_escaped ("%s %s", upper, or_empty (given_names));
}

/* "Padova, 12/03/1970"; either part may be missing. */
static char *
birth_text (const CdoCandidate *person)
{
  g_autofree char *date = g_date_valid (&person->born) ? cdo_italian_date_short (&person->born)
                                                       : NULL;
  const char *place = person->birthplace && *person->birthplace ? person->birthplace : NULL;

  if (place != NULL && date != NULL)
    return g_markup_printf_escaped ("%s, %s", place, date);
  if (place != NULL || date != NULL)
    return g_markup_printf_escaped ("%s", place ? place : date);
  return g_strdup ("non indicati");
}

static CdoDocumentContext
context_for (const Builder          *builder,
             const CdoCandidate     *person,
             const CdoCandidateList *list)
{
  const CdoReceipt *receipt = builder->receipt;

  return (CdoDocumentContext) {
    .population = receipt->comune->population,
    .over_15000_system = receipt->over_15000_system,
    .signatures_required = receipt->signatures_required,
    .eu_citizen = person != NULL && person->eu_state != NULL && *person->eu_state != '\0',
    .party_symbol = list != NULL && list->party_symbol,
  };
}

/* Marks one document and counts it; MARK_NONE for a kind neither required nor filed. */
static const char *
mark_document (Builder               *builder,
               GPtrArray             *documents,
               const CdoDocumentKind *kind,
               gboolean               required)
{
  CdoDocument *document = documents ? cdo_documents_find (documents, kind->name) : NULL;

  if (document != NULL && document->complete)
    {
      builder->counts.present++;
      return MARK_PRESENT;
    }
  if (document != NULL)
    {
      builder->counts.incomplete++;
      return MARK_INCOMPLETE;
    }
  if (required)
    {
      builder->counts.missing++;
      return MARK_MISSING;
    }
  return MARK_NONE;
}

static const char *
long_mark (const char *mark)
{
  if (g_str_equal (mark, MARK_PRESENT))
    /* A no-break space: the mark and its word stay on one line. */
    return MARK_PRESENT "\u00a0presentato";
  return mark;
}

/* The two-column table of a mayor's or a list's documents. */
static void
add_documents_table (Builder                  *builder,
                     CdoDocumentHolder         holder,
                     GPtrArray                *documents,
                     const CdoDocumentContext *context)
{
  static const double weights[] = { 1, 0 };
  static const char *const header[] = { "Documento", "Esito" };
  CdoTable *table = NULL;

  for (guint i = 0; i < cdo_document_catalog_get_n_kinds (builder->catalog); i++)
    {
      const CdoDocumentKind *kind = cdo_document_catalog_get_kind (builder->catalog, i);
      gboolean required = cdo_document_kind_is_required (kind, holder, context);
      g_autofree char *label = NULL;
      const char *cells[2];

      if (!cdo_document_kind_applies_to (kind, holder)
          || (!required && (documents == NULL || cdo_documents_find (documents, kind->name) == NULL)))
        continue;
      if (table == NULL)
        {
          table = cdo_page_layout_add_table (builder->layout, CDO_TEXT_TABLE, 2, weights);
          cdo_table_set_header (table, header);
        }
      label = g_markup_escape_text (kind->label_it, -1);
      cells[0] = label;
      cells[1] = long_mark (mark_document (builder, documents, kind, required));
      cdo_table_add_row (table, cells);
    }
  if (table == NULL)
    cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, "Nessun documento richiesto.");
}

static void
add_title (Builder *builder)
{
  const CdoReceipt *receipt = builder->receipt;
  g_autofree char *comune = g_utf8_strup (or_empty (receipt->comune->name), -1);
  g_autofree char *title = NULL;
  g_autofree char *days = NULL;
  g_autofree char *election = NULL;
  const char *subject;

  if (receipt->comune->province != NULL && *receipt->comune->province != '\0')
    title = g_markup_printf_escaped ("COMUNE DI %s (%s)", comune, receipt->comune->province);
  else
    title = g_markup_printf_escaped ("COMUNE DI %s", comune);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_TITLE, title);

  if (g_date_valid (&receipt->first_day))
    {
      days = cdo_italian_date_pair (&receipt->first_day, &receipt->second_day);
      election = g_strdup_printf ("Elezione diretta del sindaco e del consiglio comunale di %s",
                                  days);
      cdo_page_layout_add_text (builder->layout, CDO_TEXT_SUBTITLE, election);
    }
  cdo_page_layout_add_space (builder->layout, 14);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_TITLE,
                            "RICEVUTA DI PRESENTAZIONE DELLA CANDIDATURA");
  if (receipt->candidacy != NULL && receipt->list != NULL)
    subject = "alla carica di sindaco e della lista collegata di candidati al consiglio comunale";
  else if (receipt->candidacy != NULL)
    subject = "alla carica di sindaco";
  else
    subject = "della lista di candidati al consiglio comunale";
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_SUBTITLE, subject);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_SUBTITLE,
                            "<span size='small'>(d.P.R. 16 maggio 1960, n. 570, artt. 28 e 32)</span>");
  cdo_page_layout_add_space (builder->layout, 10);
}

static char *
what_was_filed (const CdoReceipt *receipt)
{
  g_autofree char *mayor = NULL;
  g_autofree char *list = NULL;

  if (receipt->candidacy != NULL && receipt->candidacy->mayor != NULL)
    {
      const CdoCandidate *person = receipt->candidacy->mayor;
      g_autofree char *name = person_name (person->surname, person->given_names);

      mayor = g_strdup_printf ("la candidatura alla carica di sindaco di <b>%s</b>", name);
    }
  else if (receipt->candidacy != NULL)
    mayor = g_strdup ("la candidatura alla carica di sindaco");
  if (receipt->list != NULL)
    list = g_markup_printf_escaped ("la lista di candidati alla carica di consigliere comunale "
                                    "contraddistinta dal contrassegno «<b>%s</b>»",
                                    or_empty (receipt->list->name));
  if (mayor != NULL && list != NULL)
    return g_strdup_printf ("%s e %s", mayor, list);
  return g_strdup (mayor ? mayor : list);
}

static void
add_declaration (Builder *builder)
{
  const CdoReceipt *receipt = builder->receipt;
  g_autofree char *who = NULL;
  g_autofree char *when = NULL;
  g_autofree char *what = what_was_filed (receipt);
  g_autofree char *text = NULL;
  g_autofree char *recorded = cdo_italian_timestamp (receipt->filed_recorded_at);

  if (receipt->issued_by != NULL && *receipt->issued_by != '\0')
    who = g_markup_printf_escaped ("<b>%s</b>", receipt->issued_by);
  else
    who = g_strdup ("______________________________");
  if (receipt->has_filed && g_date_valid (&receipt->filed.date))
    {
      g_autofree char *day = cdo_italian_date_long (&receipt->filed.date);
      g_autofree char *time = cdo_italian_time (receipt->filed.minutes);

      when = g_strdup_printf ("il giorno <b>%s</b> alle ore <b>%s</b>", day, time);
    }
  else
    when = g_strdup ("il giorno ______________________ alle ore ________");

  text = g_strdup_printf ("Il/La sottoscritto/a %s, segretario comunale, dichiara di aver "
                          "ricevuto %s %s, con gli atti e i documenti di seguito elencati.",
                          who, when, what);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, text);
  if (recorded != NULL)
    {
      g_autofree char *entry = g_strdup_printf ("Presentazione registrata nel sistema il %s "
                                                "(ora dell'elaboratore).", recorded);

      cdo_page_layout_add_text (builder->layout, CDO_TEXT_SMALL, entry);
    }
}

static void
add_window_notice (Builder *builder)
{
  const CdoReceipt *receipt = builder->receipt;
  const CdoFilingTime *limit;
  g_autofree char *day = NULL;
  g_autofree char *hour = NULL;
  g_autofree char *text = NULL;
  const char *what;

  if (cdo_receipt_is_late (receipt))
    {
      limit = &receipt->window_closes;
      what = "PRESENTATA OLTRE IL TERMINE";
    }
  else if (cdo_receipt_is_early (receipt))
    {
      limit = &receipt->window_opens;
      what = "PRESENTATA PRIMA DELL'INIZIO DEL TERMINE";
    }
  else
    return;

  day = cdo_italian_date_long (&limit->date);
  hour = cdo_italian_hour (limit->minutes);
  text = g_strdup_printf ("%s delle ore %s di %s.\n"
                          "<span weight='normal'>Gli atti sono ricevuti comunque, con "
                          "l'annotazione del giorno e dell'ora di presentazione; ogni "
                          "valutazione spetta alla Commissione elettorale circondariale.</span>",
                          what, hour, day);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_NOTICE, text);
}

static void
add_mayor (Builder *builder)
{
  const CdoCandidacy *candidacy = builder->receipt->candidacy;
  const CdoCandidate *mayor;
  CdoDocumentContext context;
  g_autofree char *name = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *text = NULL;
  const char *born;

  if (candidacy == NULL)
    return;
  mayor = candidacy->mayor;
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_HEADING,
                            mayor && mayor->sex == CDO_SEX_FEMALE
                            ? "CANDIDATA ALLA CARICA DI SINDACO"
                            : "CANDIDATO ALLA CARICA DI SINDACO");
  if (mayor == NULL)
    {
      cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, "Candidato non indicato.");
      return;
    }

  name = person_name (mayor->surname, mayor->given_names);
  born = mayor->sex == CDO_SEX_FEMALE ? "nata" : mayor->sex == CDO_SEX_MALE ? "nato" : "nato/a";
  if (mayor->birthplace != NULL && g_date_valid (&mayor->born))
    {
      g_autofree char *date = cdo_italian_date_short (&mayor->born);

      birth = g_markup_printf_escaped (", %s a %s il %s", born, mayor->birthplace, date);
    }
  else
    birth = g_strdup (", luogo e data di nascita non indicati");
  text = g_strdup_printf ("<b>%s</b>%s.", name, birth);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, text);

  context = context_for (builder, mayor, NULL);
  add_documents_table (builder, CDO_DOCUMENT_HOLDER_MAYOR, mayor->documents, &context);
}

/* The list's facts beside its symbol, drawn as one block. */
typedef struct {
  CdoSymbolImage *symbol;
  PangoLayout    *facts;
  double          diameter;
} SymbolBlock;

static void
symbol_block_free (gpointer data)
{
  SymbolBlock *block = data;

  cdo_symbol_image_free (block->symbol);
  g_object_unref (block->facts);
  g_free (block);
}

static void
symbol_block_draw (cairo_t  *cr,
                   double    x,
                   double    y,
                   double    width,
                   double    height,
                   gpointer  user_data)
{
  SymbolBlock *block = user_data;
  double radius = block->diameter / 2;

  cdo_symbol_image_draw (block->symbol, cr, x + radius + 1, y + radius + 1, block->diameter);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, x + block->diameter + CDO_MM_TO_PT (8), y);
  pango_cairo_show_layout (cr, block->facts);
}

static char *
names_of_delegates (GPtrArray *delegates)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; delegates != NULL && i < delegates->len; i++)
    {
      const CdoDelegate *delegate = g_ptr_array_index (delegates, i);
      g_autofree char *name = person_name (delegate->surname, delegate->given_names);

      if (names->len > 0)
        g_string_append (names, "; ");
      g_string_append (names, name);
    }
  if (names->len == 0)
    g_string_append (names, "nessuno indicato");
  return g_string_free (names, FALSE);
}

static void
add_list_facts (Builder *builder)
{
  const CdoCandidateList *list = builder->receipt->list;
  SymbolBlock *block = g_new0 (SymbolBlock, 1);
  g_autofree char *delegates = names_of_delegates (list->delegates);
  g_autofree char *signatures = NULL;
  GString *facts = g_string_new (NULL);
  const char *note;
  double text_width;
  int height;

  block->diameter = CDO_MM_TO_PT (CDO_SYMBOL_DIAMETER_MM);
  block->symbol = cdo_symbol_image_new (list->symbol_data, list->symbol_media_type);
  note = cdo_symbol_image_get_note (block->symbol);

  g_string_append_printf (facts, "<b>Contrassegno:</b> %s\n",
                          note ? note
                          : g_str_equal (or_empty (list->symbol_media_type), "image/png")
                          ? "presentato (immagine PNG)" : "presentato (immagine SVG)");
  if (list->signatures >= 0)
    signatures = g_strdup_printf ("%d", list->signatures);
  else
    signatures = g_strdup (builder->receipt->signatures_required ? "non indicate" : "non richieste");
  g_string_append_printf (facts, "<b>Sottoscrizioni dichiarate:</b> %s\n", signatures);
  g_string_append_printf (facts, "<b>Sottoscrittori elencati:</b> %u\n",
                          list->signatories ? list->signatories->len : 0);
  g_string_append_printf (facts, "<b>Delegati di lista:</b> %s", delegates);
  if (list->party_symbol)
    g_string_append (facts, "\nContrassegno di partito o gruppo politico rappresentato in "
                            "Parlamento o nel Parlamento europeo");

  text_width = cdo_page_layout_get_content_width (builder->layout) - block->diameter
               - CDO_MM_TO_PT (8);
  block->facts = cdo_page_layout_create_text (builder->layout, CDO_TEXT_BODY, facts->str,
                                              text_width);
  pango_layout_set_justify (block->facts, FALSE);
  g_string_free (facts, TRUE);
  pango_layout_get_size (block->facts, NULL, &height);
  cdo_page_layout_add_block (builder->layout,
                             MAX (block->diameter + 2, pango_units_to_double (height)) + 6,
                             symbol_block_draw, block, symbol_block_free);
}

static void
add_list (Builder *builder)
{
  const CdoCandidateList *list = builder->receipt->list;
  CdoDocumentContext context;
  g_autofree char *name = NULL;

  if (list == NULL)
    return;
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_HEADING,
                            "LISTA DI CANDIDATI ALLA CARICA DI CONSIGLIERE COMUNALE");
  name = g_markup_printf_escaped ("«<b>%s</b>»", or_empty (list->name));
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, name);
  cdo_page_layout_keep_with_next (builder->layout);
  add_list_facts (builder);
  context = context_for (builder, NULL, list);
  add_documents_table (builder, CDO_DOCUMENT_HOLDER_LIST, list->documents, &context);
}

/* Whether any candidate of @list has @kind required or filed: only those get a column. */
static gboolean
kind_in_use (Builder                *builder,
             const CdoCandidateList *list,
             const CdoDocumentKind  *kind)
{
  for (guint i = 0; i < list->candidates->len; i++)
    {
      const CdoCandidate *candidate = g_ptr_array_index (list->candidates, i);
      CdoDocumentContext context = context_for (builder, candidate, list);

      if (cdo_document_kind_is_required (kind, CDO_DOCUMENT_HOLDER_CANDIDATE, &context)
          || (candidate->documents && cdo_documents_find (candidate->documents, kind->name)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_eu_citizen (const CdoCandidateList *list)
{
  for (guint i = 0; i < list->candidates->len; i++)
    {
      const CdoCandidate *candidate = g_ptr_array_index (list->candidates, i);

      if (candidate->eu_state != NULL && *candidate->eu_state != '\0')
        return TRUE;
    }
  return FALSE;
}

static void
add_candidates (Builder *builder)
{
  const CdoCandidateList *list = builder->receipt->list;
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (double));
  GString *legend;
  gboolean eu;
  CdoTable *table;
  guint first_document;

  if (list == NULL)
    return;
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_HEADING,
                            "CANDIDATI ALLA CARICA DI CONSIGLIERE COMUNALE");
  if (list->candidates == NULL || list->candidates->len == 0)
    {
      cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, "Nessun candidato indicato.");
      return;
    }

  for (guint i = 0; i < cdo_document_catalog_get_n_kinds (builder->catalog); i++)
    {
      const CdoDocumentKind *kind = cdo_document_catalog_get_kind (builder->catalog, i);

      if (cdo_document_kind_applies_to (kind, CDO_DOCUMENT_HOLDER_CANDIDATE)
          && kind_in_use (builder, list, kind))
        g_ptr_array_add (kinds, (gpointer) kind);
    }

  /* Document names are too long for column heads: letters, explained above the table. */
  legend = g_string_new ("Documenti: ");
  for (guint i = 0; i < kinds->len; i++)
    {
      const CdoDocumentKind *kind = g_ptr_array_index (kinds, i);
      g_autofree char *label = g_markup_escape_text (kind->label_it, -1);

      g_string_append_printf (legend, "%s<b>%c</b> = %s", i > 0 ? "; " : "", 'A' + i, label);
    }
  g_string_append (legend, ".\n" MARK_PRESENT " presentato; <i>incompleto</i>: presentato ma "
                           "incompleto; <b>mancante</b>: richiesto e non presentato; "
                           MARK_NONE " non richiesto.");
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_SMALL, legend->str);
  cdo_page_layout_keep_with_next (builder->layout);
  g_string_free (legend, TRUE);

  eu = any_eu_citizen (list);
  g_ptr_array_add (header, g_strdup ("N."));
  g_array_append_val (weights, (double) { 0 });
  g_ptr_array_add (header, g_strdup ("Cognome e nome"));
  g_array_append_val (weights, (double) { 1 });
  g_ptr_array_add (header, g_strdup ("Luogo e data di nascita"));
  g_array_append_val (weights, (double) { 1 });
  if (eu)
    {
      g_ptr_array_add (header, g_strdup ("Stato UE"));
      g_array_append_val (weights, (double) { 0 });
    }
  first_document = header->len;
  for (guint i = 0; i < kinds->len; i++)
    {
      g_ptr_array_add (header, g_strdup_printf ("%c", 'A' + i));
      g_array_append_val (weights, (double) { 0.25 });
    }

  table = cdo_page_layout_add_table (builder->layout, CDO_TEXT_TABLE, header->len,
                                     (const double *) (gpointer) weights->data);
  cdo_table_set_alignment (table, 0, PANGO_ALIGN_RIGHT);
  if (eu)
    cdo_table_set_alignment (table, 3, PANGO_ALIGN_CENTER);
  for (guint i = first_document; i < header->len; i++)
    cdo_table_set_alignment (table, i, PANGO_ALIGN_CENTER);
  cdo_table_set_equal_widths (table, first_document, kinds->len);
  g_ptr_array_add (header, NULL);
  cdo_table_set_header (table, (const char *const *) header->pdata);

  for (guint row = 0; row < list->candidates->len; row++)
    {
      const CdoCandidate *candidate = g_ptr_array_index (list->candidates, row);
      CdoDocumentContext context = context_for (builder, candidate, list);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup_printf ("%u", row + 1));
      g_ptr_array_add (cells, person_name (candidate->surname, candidate->given_names));
      g_ptr_array_add (cells, birth_text (candidate));
      if (eu)
        g_ptr_array_add (cells, g_markup_escape_text (or_empty (candidate->eu_state), -1));
      for (guint i = 0; i < kinds->len; i++)
        {
          const CdoDocumentKind *kind = g_ptr_array_index (kinds, i);
          gboolean required = cdo_document_kind_is_required (kind, CDO_DOCUMENT_HOLDER_CANDIDATE,
                                                             &context);
          const char *mark = mark_document (builder, candidate->documents, kind, required);

          g_ptr_array_add (cells, g_strdup (g_str_equal (mark, MARK_INCOMPLETE)
                                            ? "<i>" MARK_INCOMPLETE "</i>" : mark));
        }
      cdo_table_add_row (table, (const char *const *) cells->pdata);
    }
}

static void
add_summary (Builder *builder)
{
  const CdoReceipt *receipt = builder->receipt;
  guint candidates = receipt->list && receipt->list->candidates ? receipt->list->candidates->len : 0;
  GString *text = g_string_new ("<b>Riepilogo.</b> ");

  if (receipt->candidacy != NULL)
    g_string_append (text, "Candidature alla carica di sindaco: 1. ");
  if (receipt->list != NULL)
    g_string_append_printf (text, "Candidati alla carica di consigliere comunale: %u. ", candidates);
  g_string_append_printf (text, "Documenti presentati: %u; incompleti: %u; mancanti: %u.",
                          builder->counts.present, builder->counts.incomplete,
                          builder->counts.missing);
  cdo_page_layout_add_space (builder->layout, 6);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, text->str);
  g_string_free (text, TRUE);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_SMALL,
                            "Le indicazioni «presentato», «incompleto» e «mancante» descrivono gli "
                            "atti materialmente consegnati e non costituiscono giudizio sulla loro "
                            "regolarità, che spetta alla Commissione elettorale circondariale.");
}

/* "Il presentatore" and "Il segretario comunale" with lines to sign on. */
typedef struct {
  PangoLayout *left;
  PangoLayout *right;
} SignatureBlock;

static void
signature_block_free (gpointer data)
{
  SignatureBlock *block = data;

  g_object_unref (block->left);
  g_object_unref (block->right);
  g_free (block);
}

static void
signature_block_draw (cairo_t  *cr,
                      double    x,
                      double    y,
                      double    width,
                      double    height,
                      gpointer  user_data)
{
  SignatureBlock *block = user_data;
  double column = width * 0.42;
  double line_y = y + height - 4;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, block->left);
  cairo_move_to (cr, x + width - column, y);
  pango_cairo_show_layout (cr, block->right);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, line_y);
  cairo_rel_line_to (cr, column, 0);
  cairo_move_to (cr, x + width - column, line_y);
  cairo_rel_line_to (cr, column, 0);
  cairo_stroke (cr);
}

static void
add_signatures (Builder *builder)
{
  const CdoReceipt *receipt = builder->receipt;
  SignatureBlock *block = g_new0 (SignatureBlock, 1);
  double column = cdo_page_layout_get_content_width (builder->layout) * 0.42;
  g_autofree char *place = NULL;
  g_autofree char *secretary = NULL;

  if (receipt->issued_at != NULL)
    {
      GDate today;
      g_autofree char *day = NULL;

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (receipt->issued_at),
                      (GDateMonth) g_date_time_get_month (receipt->issued_at),
                      (GDateYear) g_date_time_get_year (receipt->issued_at));
      day = cdo_italian_date_short (&today);
      place = g_markup_printf_escaped ("%s, %s", or_empty (receipt->comune->name), day);
    }
  else
    place = g_markup_printf_escaped ("%s, ____________", or_empty (receipt->comune->name));
  cdo_page_layout_add_space (builder->layout, 8);
  cdo_page_layout_add_text (builder->layout, CDO_TEXT_BODY, place);
  cdo_page_layout_keep_with_next (builder->layout);

  if (receipt->issued_by != NULL && *receipt->issued_by != '\0')
    secretary = g_markup_printf_escaped ("Il segretario comunale\n<span size='small'>%s</span>",
                                         receipt->issued_by);
  else
    secretary = g_strdup ("Il segretario comunale");
  block->left = cdo_page_layout_create_text (builder->layout, CDO_TEXT_BODY,
                                             "Il presentatore\n<span size='small'>(per ricevuta)</span>",
                                             column);
  block->right = cdo_page_layout_create_text (builder->layout, CDO_TEXT_BODY, secretary, column);
  pango_layout_set_alignment (block->left, PANGO_ALIGN_CENTER);
  pango_layout_set_alignment (block->right, PANGO_ALIGN_CENTER);
  cdo_page_layout_add_block (builder->layout, 62, signature_block_draw, block,
                             signature_block_free);
}

static void
set_page_furniture (Builder *builder)
{
  const CdoReceipt *receipt = builder->receipt;
  g_autofree char *header = NULL;
  GString *footer = g_string_new (NULL);

  if (receipt->list != NULL)
    header = g_markup_printf_escaped ("Comune di %s — Ricevuta di presentazione — lista «%s»",
                                      or_empty (receipt->comune->name),
                                      or_empty (receipt->list->name));
  else
    header = g_markup_printf_escaped ("Comune di %s — Ricevuta di presentazione",
                                      or_empty (receipt->comune->name));
  cdo_page_layout_set_running_header (builder->layout, header);

  g_string_append (footer, "Registro delle operazioni, impronta SHA-256:\n");
  if (receipt->journal_head != NULL)
    {
      g_autofree char *hash = g_markup_printf_escaped ("<span font_family='DejaVu Sans Mono, Monospace'>%s</span>\n",
                                                       receipt->journal_head);

      g_string_append (footer, hash);
    }
  else
    g_string_append (footer, "non disponibile\n");
  if (receipt->district_file != NULL)
    {
      g_autofree char *file = g_markup_printf_escaped ("File del circondario: %s\n",
                                                       receipt->district_file);

      g_string_append (footer, file);
    }
  if (receipt->issued_at != NULL)
    {
      g_autofree char *stamp = g_date_time_format (receipt->issued_at, "%Y-%m-%dT%H:%M:%S");
      g_autofree char *when = cdo_italian_timestamp (stamp);

      g_string_append_printf (footer, "Ricevuta emessa il %s", when);
    }
  cdo_page_layout_set_footer (builder->layout, footer->str, receipt->journal_head);
  g_string_free (footer, TRUE);
}

CdoPageLayout *
cdo_receipt_build_layout (const CdoReceipt *self,
                          double            width_pt,
                          double            height_pt)
{
  Builder builder = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->comune != NULL, NULL);
  g_return_val_if_fail (self->candidacy != NULL || self->list != NULL, NULL);

  builder.receipt = self;
  builder.catalog = cdo_document_catalog_get_default ();
  builder.layout = cdo_page_layout_new (width_pt, height_pt);
  if (builder.layout == NULL)
    return NULL;

  set_page_furniture (&builder);
  add_title (&builder);
  add_declaration (&builder);
  add_window_notice (&builder);
  add_mayor (&builder);
  add_list (&builder);
  add_candidates (&builder);
  add_summary (&builder);
  add_signatures (&builder);
  return builder.layout;
}
