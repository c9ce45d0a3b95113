/* test-rule-book.c: the rules reproduce the Ministry's tables, every band edge and every
 * change of law by date (seed 003 = Ministero dell'Interno, guida elezioni 2021). */
#include "cdo-date.h"
#include "cdo-rule-book.h"

static CdoRuleAnswer
look_up (gint64      population,
         gboolean    capoluogo,
         const char *date)
{
  CdoRuleQuery query = { population, capoluogo, NULL, { 0 } };
  CdoRuleAnswer answer;
  g_autoptr(GError) error = NULL;

  g_assert_true (cdo_date_parse_iso (date, &query.election_date));
  g_assert_true (cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, &answer, &error));
  g_assert_no_error (error);
  return answer;
}

static gint64
number (gint64 population, gboolean capoluogo, const char *date, CdoRuleKey key)
{
  CdoRuleAnswer answer = look_up (population, capoluogo, date);
  return cdo_rule_answer_get_number (&answer, key);
}

static const char *
choice (gint64 population, gboolean capoluogo, const char *date, CdoRuleKey key)
{
  CdoRuleAnswer answer = look_up (population, capoluogo, date);
  return cdo_rule_answer_get_choice (&answer, key);
}

#define ELECTION_2021 "2021-10-03"

/* Seed 003 §1.2, with the band edges ("fino a 3.000", "da 3.001 a 10.000"…). */
static void
test_council_seats_2021 (void)
{
  static const struct { gint64 population; gboolean capoluogo; gint64 seats; } rows[] = {
    { 0, FALSE, 10 }, { 123, FALSE, 10 }, { 3000, FALSE, 10 }, { 3001, FALSE, 12 },
    { 10000, FALSE, 12 }, { 10001, FALSE, 16 }, { 30000, FALSE, 16 }, { 30001, FALSE, 24 },
    { 100000, FALSE, 24 }, { 100001, FALSE, 32 }, { 250000, FALSE, 32 }, { 250001, FALSE, 36 },
    { 500000, FALSE, 36 }, { 500001, FALSE, 40 }, { 1000000, FALSE, 40 }, { 1000001, FALSE, 48 },
    { 2617175, FALSE, 48 },
    /* capoluoghi di provincia: 32 below 100,000 (TUOEL art. 37), by band above */
    { 22025, TRUE, 32 }, { 14000, TRUE, 32 }, { 61489, TRUE, 32 }, { 371337, TRUE, 36 },
    { 962003, TRUE, 40 }, { 1242123, TRUE, 48 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpint (number (rows[i].population, rows[i].capoluogo, ELECTION_2021,
                             CDO_RULE_COUNCIL_SEATS), ==, rows[i].seats);
}

/* Seed 003 §4.3.1: "da un minimo di … a un massimo di", both tables. */
static void
test_list_sizes_2021 (void)
{
  static const struct { gint64 population; gboolean capoluogo; gint64 min, max; } rows[] = {
    { 3000, FALSE, 7, 10 }, { 3001, FALSE, 9, 12 }, { 10000, FALSE, 9, 12 },
    { 10001, FALSE, 12, 16 }, { 15000, FALSE, 12, 16 }, { 15001, FALSE, 11, 16 },
    { 30000, FALSE, 11, 16 }, { 30001, FALSE, 16, 24 }, { 100000, FALSE, 16, 24 },
    { 100001, FALSE, 21, 32 }, { 250000, FALSE, 21, 32 }, { 61489, TRUE, 21, 32 },
    { 250001, FALSE, 24, 36 }, { 500000, FALSE, 24, 36 }, { 500001, FALSE, 27, 40 },
    { 1000000, FALSE, 27, 40 }, { 1000001, FALSE, 32, 48 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      CdoRuleAnswer answer = look_up (rows[i].population, rows[i].capoluogo, ELECTION_2021);

      g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MIN), ==, rows[i].min);
      g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MAX), ==, rows[i].max);
    }
}

/* Seed 003 §4.3.2 worked table: quotas "more / less" on the maximum and the minimum list. */
static void
test_gender_worked_table (void)
{
  static const struct {
    gint64 population; gboolean capoluogo;
    gint64 max, more_on_max, less_on_max, min, more_on_min, less_on_min;
  } rows[] = {
    { 5001, FALSE, 12, 8, 4, 9, 6, 3 },
    { 10001, FALSE, 16, 10, 6, 12, 8, 4 },
    { 15001, FALSE, 16, 10, 6, 11, 7, 4 },
    { 30001, FALSE, 24, 16, 8, 16, 10, 6 },
    { 100001, FALSE, 32, 21, 11, 21, 14, 7 },
    { 61489, TRUE, 32, 21, 11, 21, 14, 7 },
    { 250001, FALSE, 36, 24, 12, 24, 16, 8 },
    { 500001, FALSE, 40, 26, 14, 27, 18, 9 },
    { 1000001, FALSE, 48, 32, 16, 32, 21, 11 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      CdoRuleAnswer answer = look_up (rows[i].population, rows[i].capoluogo, ELECTION_2021);
      gint64 list_max = cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MAX);
      gint64 list_min = cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MIN);
      gint64 less, more;

      g_assert_cmpstr (cdo_rule_answer_get_choice (&answer, CDO_RULE_GENDER_RULE), ==, "one-third");
      g_assert_cmpint (list_max, ==, rows[i].max);
      g_assert_cmpint (list_min, ==, rows[i].min);
      cdo_rule_answer_gender_quota (&answer, list_max, &less, &more);
      g_assert_cmpint (more, ==, rows[i].more_on_max);
      g_assert_cmpint (less, ==, rows[i].less_on_max);
      cdo_rule_answer_gender_quota (&answer, list_min, &less, &more);
      g_assert_cmpint (more, ==, rows[i].more_on_min);
      g_assert_cmpint (less, ==, rows[i].less_on_min);
    }
}

typedef struct { gint64 population; gint64 min, max; } SignatureRow;

static void
assert_signatures (const char         *date,
                   const SignatureRow *rows,
                   guint               n_rows,
                   gboolean            verified)
{
  for (guint i = 0; i < n_rows; i++)
    {
      CdoRuleAnswer answer = look_up (rows[i].population, FALSE, date);

      g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_SIGNATURES_MIN), ==, rows[i].min);
      g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_SIGNATURES_MAX), ==, rows[i].max);
      if (rows[i].population >= 1000)
        g_assert_cmpint (cdo_rule_answer_is_verified (&answer, CDO_RULE_SIGNATURES_MIN), ==, verified);
      else
        g_assert_true (cdo_rule_answer_is_verified (&answer, CDO_RULE_SIGNATURES_MIN));
    }
}

/* Seed 003 §4.3.3: the 2021 table, minima cut to a third and rounded up, maxima unchanged. */
static const SignatureRow signatures_2021[] = {
  { 0, 0, 0 }, { 999, 0, 0 }, { 1000, 9, 50 }, { 2000, 9, 50 }, { 2001, 10, 60 },
  { 5000, 10, 60 }, { 5001, 20, 120 }, { 10000, 20, 120 }, { 10001, 34, 200 },
  { 20000, 34, 200 }, { 20001, 59, 350 }, { 40000, 59, 350 }, { 40001, 67, 400 },
  { 100000, 67, 400 }, { 100001, 117, 700 }, { 500000, 117, 700 }, { 500001, 167, 1000 },
  { 1000000, 167, 1000 }, { 1000001, 334, 1500 },
};

/* legal.md §1/§5: l. 81/1993 art. 3 c. 1 as rewritten by l. 120/1999. */
static const SignatureRow signatures_ordinary[] = {
  { 999, 0, 0 }, { 1000, 25, 50 }, { 2000, 25, 50 }, { 2001, 30, 60 }, { 3000, 30, 60 },
  { 4999, 30, 60 }, { 5000, 30, 60 }, { 5001, 60, 120 }, { 10000, 60, 120 },
  { 10001, 100, 200 }, { 20000, 100, 200 }, { 20001, 175, 350 }, { 40000, 175, 350 },
  { 40001, 200, 400 }, { 100000, 200, 400 }, { 100001, 350, 700 }, { 500000, 350, 700 },
  { 500001, 500, 1000 }, { 1000000, 500, 1000 }, { 1000001, 1000, 1500 },
};

static void
test_signatures_2021 (void)
{
  assert_signatures (ELECTION_2021, signatures_2021, G_N_ELEMENTS (signatures_2021), TRUE);
  assert_signatures ("2021-01-01", signatures_2021, G_N_ELEMENTS (signatures_2021), TRUE);
  assert_signatures ("2021-12-31", signatures_2021, G_N_ELEMENTS (signatures_2021), TRUE);
}

static void
test_signatures_reductions_by_year (void)
{
  /* 2022 (DL 41/2022) is verified; 2020 (DL 26/2020) was not read, so it is marked. */
  assert_signatures ("2022-06-12", signatures_2021, G_N_ELEMENTS (signatures_2021), TRUE);
  assert_signatures ("2020-09-20", signatures_2021, G_N_ELEMENTS (signatures_2021), FALSE);
  /* Ordinary values before 2020; after 2022 ordinary too, unverified (no decree found). */
  assert_signatures ("2019-05-26", signatures_ordinary, G_N_ELEMENTS (signatures_ordinary), TRUE);
  assert_signatures ("2019-12-31", signatures_ordinary, G_N_ELEMENTS (signatures_ordinary), TRUE);
  assert_signatures ("2023-01-01", signatures_ordinary, G_N_ELEMENTS (signatures_ordinary), FALSE);
  assert_signatures ("2026-05-24", signatures_ordinary, G_N_ELEMENTS (signatures_ordinary), FALSE);
}

static void
test_electoral_system_edges (void)
{
  g_assert_cmpstr (choice (15000, FALSE, ELECTION_2021, CDO_RULE_ELECTORAL_SYSTEM), ==, "up-to-15000");
  g_assert_cmpstr (choice (15001, FALSE, ELECTION_2021, CDO_RULE_ELECTORAL_SYSTEM), ==, "over-15000");
  /* A capoluogo under 15,000: by population before DL 7/2024, over-15,000 system after. */
  g_assert_cmpstr (choice (14000, TRUE, ELECTION_2021, CDO_RULE_ELECTORAL_SYSTEM), ==, "up-to-15000");
  g_assert_cmpstr (choice (14000, TRUE, "2024-01-28", CDO_RULE_ELECTORAL_SYSTEM), ==, "up-to-15000");
  g_assert_cmpstr (choice (14000, TRUE, "2024-01-29", CDO_RULE_ELECTORAL_SYSTEM), ==, "over-15000");
  g_assert_cmpstr (choice (14000, TRUE, "2024-06-09", CDO_RULE_ELECTORAL_SYSTEM), ==, "over-15000");
  g_assert_cmpstr (choice (14000, FALSE, "2024-06-09", CDO_RULE_ELECTORAL_SYSTEM), ==, "up-to-15000");
}

/* DL 7/2024 moves a small capoluogo to the over-15,000 regime for every parameter
 * that depends on the system: lists of 2/3, refusal of single-sex lists, its ballot. */
static void
test_small_capoluogo_after_dl_7_2024 (void)
{
  CdoRuleAnswer before = look_up (14000, TRUE, ELECTION_2021);
  CdoRuleAnswer after = look_up (14000, TRUE, "2024-06-09");

  g_assert_cmpint (cdo_rule_answer_get_number (&before, CDO_RULE_COUNCIL_SEATS), ==, 32);
  g_assert_cmpint (cdo_rule_answer_get_number (&before, CDO_RULE_LIST_MIN), ==, 24);
  g_assert_false (cdo_rule_answer_get_number (&before, CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_cmpstr (cdo_rule_answer_get_choice (&before, CDO_RULE_BALLOT_MODEL), ==, "5000-15000");

  g_assert_cmpint (cdo_rule_answer_get_number (&after, CDO_RULE_COUNCIL_SEATS), ==, 32);
  g_assert_cmpint (cdo_rule_answer_get_number (&after, CDO_RULE_LIST_MIN), ==, 21);
  g_assert_cmpint (cdo_rule_answer_get_number (&after, CDO_RULE_LIST_MAX), ==, 32);
  g_assert_true (cdo_rule_answer_get_number (&after, CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_cmpstr (cdo_rule_answer_get_choice (&after, CDO_RULE_GENDER_RULE), ==, "one-third");
  g_assert_cmpint (cdo_rule_answer_get_number (&after, CDO_RULE_PREFERENCES), ==, 2);
  g_assert_cmpstr (cdo_rule_answer_get_choice (&after, CDO_RULE_BALLOT_MODEL), ==, "over-15000");
  g_assert_cmpstr (cdo_rule_answer_get_choice (&after, CDO_RULE_RUNOFF_BALLOT_MODEL), ==,
                   "over-15000-runoff");
  /* the term limit of a small capoluogo is read by population, and flagged */
  g_assert_cmpint (cdo_rule_answer_get_number (&after, CDO_RULE_MAYOR_TERM_LIMIT), ==, 3);
  g_assert_false (cdo_rule_answer_is_verified (&after, CDO_RULE_MAYOR_TERM_LIMIT));
}

static void
test_gender_and_preferences_edges (void)
{
  /* "compresa tra 5.000 e 15.000": exactly 5,000 is in the one-third band */
  g_assert_cmpstr (choice (4999, FALSE, ELECTION_2021, CDO_RULE_GENDER_RULE), ==, "both-sexes");
  g_assert_cmpstr (choice (5000, FALSE, ELECTION_2021, CDO_RULE_GENDER_RULE), ==, "one-third");
  g_assert_cmpstr (choice (15001, FALSE, ELECTION_2021, CDO_RULE_GENDER_RULE), ==, "one-third");
  g_assert_cmpint (number (4999, FALSE, ELECTION_2021, CDO_RULE_PREFERENCES), ==, 1);
  g_assert_cmpint (number (5000, FALSE, ELECTION_2021, CDO_RULE_PREFERENCES), ==, 2);
  g_assert_cmpint (number (15001, FALSE, ELECTION_2021, CDO_RULE_PREFERENCES), ==, 2);
}

/* Corte cost. 62/2022: single-sex lists refused under 5,000; over 15,000 the reduction
 * takes them below the minimum; between, the reduction stops at the minimum. */
static void
test_single_sex_lists (void)
{
  g_assert_false (number (4999, FALSE, ELECTION_2021, CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_true (number (4999, FALSE, "2022-06-12", CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_true (number (123, FALSE, "2026-05-24", CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_false (number (5000, FALSE, "2022-06-12", CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_false (number (15000, FALSE, "2026-05-24", CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_true (number (15001, FALSE, ELECTION_2021, CDO_RULE_SINGLE_SEX_LIST_REFUSED));
  g_assert_true (number (15001, FALSE, "2026-05-24", CDO_RULE_SINGLE_SEX_LIST_REFUSED));
}

/* TUOEL art. 51 c. 2 in its four regimes (legal.md §7). */
static void
test_mayor_term_limit_regimes (void)
{
  static const struct { const char *date; gint64 population; gint64 terms; } rows[] = {
    { "2013-05-26", 1000, 2 }, { "2013-05-26", 100000, 2 },
    /* l. 56/2014 c. 138: three terms up to 3,000 */
    { "2019-05-26", 3000, 3 }, { "2019-05-26", 3001, 2 }, { "2022-05-13", 3000, 3 },
    /* l. 35/2022, in force 14 May 2022: three terms under 5,000 */
    { "2022-05-14", 3000, 3 }, { "2022-06-12", 4999, 3 }, { "2022-06-12", 5000, 2 },
    { "2023-05-14", 4000, 3 },
    /* DL 7/2024: none up to 5,000, three up to 15,000, two above */
    { "2024-06-09", 5000, 0 }, { "2024-06-09", 5001, 3 }, { "2024-06-09", 15000, 3 },
    { "2024-06-09", 15001, 2 }, { "2026-05-24", 123, 0 }, { "2026-05-24", 1242123, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpint (number (rows[i].population, FALSE, rows[i].date, CDO_RULE_MAYOR_TERM_LIMIT),
                     ==, rows[i].terms);
}

/* A date for which the start of a regime is uncertain is answered, and marked. */
static void
test_uncertain_start_dates (void)
{
  CdoRuleAnswer window = look_up (10000, FALSE, "2024-02-15");
  CdoRuleAnswer settled = look_up (10000, FALSE, "2024-06-09");
  g_autofree char *explanation = NULL;

  g_assert_cmpint (cdo_rule_answer_get_number (&window, CDO_RULE_MAYOR_TERM_LIMIT), ==, 3);
  g_assert_false (cdo_rule_answer_is_verified (&window, CDO_RULE_MAYOR_TERM_LIMIT));
  g_assert_true (cdo_rule_answer_get (&window, CDO_RULE_MAYOR_TERM_LIMIT)->start_uncertain);
  explanation = cdo_rule_answer_explain (&window, CDO_RULE_MAYOR_TERM_LIMIT);
  g_assert_nonnull (strstr (explanation, "2024-03-29"));
  g_assert_true (cdo_rule_answer_is_verified (&settled, CDO_RULE_MAYOR_TERM_LIMIT));
}

/* DL 138/2011 (6/7/10) until l. 56/2014 restored 10/12. */
static void
test_council_seats_2011_and_2014 (void)
{
  static const struct { const char *date; gint64 population; gint64 seats, list_min; } rows[] = {
    { "2013-05-26", 3000, 6, 4 }, { "2013-05-26", 3001, 7, 5 }, { "2013-05-26", 5000, 7, 5 },
    { "2013-05-26", 5001, 10, 7 }, { "2013-05-26", 10000, 10, 7 }, { "2013-05-26", 10001, 16, 12 },
    { "2014-04-07", 3000, 6, 4 },
    { "2014-05-25", 3000, 10, 7 }, { "2014-05-25", 3001, 12, 9 }, { "2014-05-25", 5001, 12, 9 },
    { "2014-05-25", 10000, 12, 9 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      CdoRuleAnswer answer = look_up (rows[i].population, FALSE, rows[i].date);

      g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_COUNCIL_SEATS), ==, rows[i].seats);
      g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_LIST_MIN), ==, rows[i].list_min);
    }
}

static void
assert_formatted (const CdoRuleAnswer *answer,
                  CdoRuleKey           key,
                  const char          *expected)
{
  g_autofree char *text = cdo_rule_answer_format_value (answer, key);

  g_assert_cmpstr (text, ==, expected);
}

/* Seed 003 §4.3.1 and §4.3.5: vote on 3 October 2021 → filing 3 Sept 08:00 to 4 Sept 12:00,
 * manifesto by 25 September. */
static void
test_deadlines (void)
{
  CdoRuleAnswer answer = look_up (10372, FALSE, ELECTION_2021);
  CdoRuleAnswer leap = look_up (10372, FALSE, "2024-03-30");

  assert_formatted (&answer, CDO_RULE_FILING_OPENS, "2021-09-03T08:00");
  assert_formatted (&answer, CDO_RULE_FILING_CLOSES, "2021-09-04T12:00");
  assert_formatted (&answer, CDO_RULE_MANIFESTO_DEADLINE, "2021-09-25");
  assert_formatted (&answer, CDO_RULE_APPEAL_DAYS, "3");
  assert_formatted (&leap, CDO_RULE_FILING_OPENS, "2024-02-29T08:00");
  assert_formatted (&leap, CDO_RULE_FILING_CLOSES, "2024-03-01T12:00");
}

static void
test_ballot_models (void)
{
  static const struct { gint64 population; const char *first, *runoff; } rows[] = {
    { 4999, "under-5000", "up-to-15000-runoff" }, { 5000, "5000-15000", "up-to-15000-runoff" },
    { 15000, "5000-15000", "up-to-15000-runoff" }, { 15001, "over-15000", "over-15000-runoff" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_cmpstr (choice (rows[i].population, FALSE, ELECTION_2021, CDO_RULE_BALLOT_MODEL),
                       ==, rows[i].first);
      g_assert_cmpstr (choice (rows[i].population, FALSE, ELECTION_2021, CDO_RULE_RUNOFF_BALLOT_MODEL),
                       ==, rows[i].runoff);
    }
}

static void
test_unverified_marks (void)
{
  CdoRuleAnswer small = look_up (5000, FALSE, ELECTION_2021);
  CdoRuleAnswer large = look_up (20000, FALSE, ELECTION_2021);

  /* ≤15,000 minimum: the rounding clause's place in art. 71 c. 3 is [R] */
  g_assert_false (cdo_rule_answer_is_verified (&small, CDO_RULE_LIST_MIN));
  g_assert_nonnull (cdo_rule_answer_get (&small, CDO_RULE_LIST_MIN)->note);
  g_assert_true (cdo_rule_answer_is_verified (&large, CDO_RULE_LIST_MIN));
  g_assert_true (cdo_rule_answer_is_verified (&large, CDO_RULE_COUNCIL_SEATS));
  for (guint key = 0; key < CDO_RULE_KEY_COUNT; key++)
    g_assert_nonnull (cdo_rule_answer_get (&large, key)->citation);
}

static void
assert_lookup_fails (gint64      population,
                     const char *region,
                     const char *date,
                     int         code)
{
  CdoRuleQuery query = { population, FALSE, region, { 0 } };
  CdoRuleAnswer answer;
  g_autoptr(GError) error = NULL;

  g_date_clear (&query.election_date, 1);
  if (date != NULL)
    g_assert_true (cdo_date_parse_iso (date, &query.election_date));
  g_assert_false (cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, &answer, &error));
  g_assert_error (error, CDO_RULES_ERROR, code);
  g_test_message ("%s", error->message);
}

static void
test_refusals (void)
{
  assert_lookup_fails (-1, NULL, ELECTION_2021, CDO_RULES_ERROR_INVALID_QUERY);
  assert_lookup_fails (1000, NULL, NULL, CDO_RULES_ERROR_INVALID_QUERY);
  assert_lookup_fails (1000, NULL, "2012-12-25", CDO_RULES_ERROR_NOT_COVERED);
  assert_lookup_fails (1000, NULL, "1990-05-06", CDO_RULES_ERROR_NOT_COVERED);
  assert_lookup_fails (1000, "Sicilia", ELECTION_2021, CDO_RULES_ERROR_SPECIAL_STATUTE);
  assert_lookup_fails (1000, "friuli-venezia giulia", ELECTION_2021, CDO_RULES_ERROR_SPECIAL_STATUTE);
  assert_lookup_fails (1000, "Valle d’Aosta", ELECTION_2021, CDO_RULES_ERROR_SPECIAL_STATUTE);
  assert_lookup_fails (1000, "Trentino-Alto Adige/Südtirol", ELECTION_2021, CDO_RULES_ERROR_SPECIAL_STATUTE);
  assert_lookup_fails (1000, "Sardegna", ELECTION_2021, CDO_RULES_ERROR_SPECIAL_STATUTE);
  assert_lookup_fails (1000, "Atlantide", ELECTION_2021, CDO_RULES_ERROR_UNKNOWN_REGION);
}

static void
test_ordinary_regions_answer (void)
{
  const char *const *regions = cdo_rule_book_get_regions (cdo_rule_book_get_default ());
  CdoRuleQuery query = { 10372, FALSE, "emilia romagna", { 0 } };
  CdoRuleAnswer answer;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_strv_length ((char **) regions), ==, 20);
  g_assert_true (cdo_date_parse_iso (ELECTION_2021, &query.election_date));
  g_assert_true (cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, &answer, &error));
  g_assert_cmpint (cdo_rule_answer_get_number (&answer, CDO_RULE_COUNCIL_SEATS), ==, 16);
  g_assert_cmpstr (answer.ruleset, ==, "national");
}

static void
test_coverage (void)
{
  GDate first, last;
  g_autofree char *text = NULL;

  cdo_rule_book_get_coverage (cdo_rule_book_get_default (), &first, &last);
  text = cdo_date_format_iso (&first);
  g_assert_cmpstr (text, ==, "2012-12-26");
  g_assert_false (g_date_valid (&last));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/council-seats-2021", test_council_seats_2021);
  g_test_add_func ("/rules/list-sizes-2021", test_list_sizes_2021);
  g_test_add_func ("/rules/gender-worked-table", test_gender_worked_table);
  g_test_add_func ("/rules/signatures-2021", test_signatures_2021);
  g_test_add_func ("/rules/signatures-reductions-by-year", test_signatures_reductions_by_year);
  g_test_add_func ("/rules/electoral-system-edges", test_electoral_system_edges);
  g_test_add_func ("/rules/small-capoluogo-after-dl-7-2024", test_small_capoluogo_after_dl_7_2024);
  g_test_add_func ("/rules/gender-and-preferences-edges", test_gender_and_preferences_edges);
  g_test_add_func ("/rules/single-sex-lists", test_single_sex_lists);
  g_test_add_func ("/rules/mayor-term-limit-regimes", test_mayor_term_limit_regimes);
  g_test_add_func ("/rules/uncertain-start-dates", test_uncertain_start_dates);
  g_test_add_func ("/rules/council-seats-2011-and-2014", test_council_seats_2011_and_2014);
  g_test_add_func ("/rules/deadlines", test_deadlines);
  g_test_add_func ("/rules/ballot-models", test_ballot_models);
  g_test_add_func ("/rules/unverified-marks", test_unverified_marks);
  g_test_add_func ("/rules/refusals", test_refusals);
  g_test_add_func ("/rules/ordinary-regions-answer", test_ordinary_regions_answer);
  g_test_add_func ("/rules/coverage", test_coverage);
  return g_test_run ();
}
