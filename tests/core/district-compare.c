/* district-compare.c: asserting that two districts hold the same data
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the store tests (which also compare the store's row ids) and the interchange
 * tests (where a round trip through XML gives new ones).
 */
#include "district-compare.h"

static void
assert_dates_equal (const GDate *a,
                    const GDate *b)
{
  g_assert_cmpint (g_date_valid (a), ==, g_date_valid (b));
  if (g_date_valid (a))
    g_assert_cmpint (g_date_compare (a, b), ==, 0);
}

static void
assert_ids_equal (gint64   a,
                  gint64   b,
                  gboolean with_ids)
{
  if (with_ids)
    g_assert_cmpint (a, ==, b);
}

static void
assert_documents_equal (GPtrArray *a,
                        GPtrArray *b,
                        gboolean   with_ids)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      CdoDocument *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      assert_ids_equal (x->row_id, y->row_id, with_ids);
      g_assert_cmpstr (x->kind, ==, y->kind);
      g_assert_cmpint (x->complete, ==, y->complete);
    }
}

static void
assert_people_equal (CdoCandidate *a,
                     CdoCandidate *b,
                     gboolean      with_ids)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  assert_ids_equal (a->row_id, b->row_id, with_ids);
  assert_ids_equal (a->person_id, b->person_id, with_ids);
  g_assert_cmpstr (a->surname, ==, b->surname);
  g_assert_cmpstr (a->given_names, ==, b->given_names);
  g_assert_cmpint (a->sex, ==, b->sex);
  assert_dates_equal (&a->born, &b->born);
  g_assert_cmpstr (a->birthplace, ==, b->birthplace);
  g_assert_cmpstr (a->eu_state, ==, b->eu_state);
  assert_documents_equal (a->documents, b->documents, with_ids);
}

static void
assert_lists_equal (GPtrArray *a,
                    GPtrArray *b,
                    gboolean   with_ids)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      CdoCandidateList *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      assert_ids_equal (x->row_id, y->row_id, with_ids);
      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->symbol_path, ==, y->symbol_path);
      g_assert_cmpstr (x->symbol_media_type, ==, y->symbol_media_type);
      g_assert_true ((x->symbol_data == NULL) == (y->symbol_data == NULL));
      if (x->symbol_data != NULL)
        g_assert_true (g_bytes_equal (x->symbol_data, y->symbol_data));
      g_assert_cmpint (x->has_filed, ==, y->has_filed);
      if (x->has_filed)
        {
          assert_dates_equal (&x->filed.date, &y->filed.date);
          g_assert_cmpint (x->filed.minutes, ==, y->filed.minutes);
        }
      g_assert_cmpstr (x->filed_recorded_at, ==, y->filed_recorded_at);
      g_assert_cmpint (x->signatures, ==, y->signatures);
      g_assert_cmpint (x->party_symbol, ==, y->party_symbol);
      g_assert_cmpstr (x->supports, ==, y->supports);
      g_assert_cmpuint (x->delegates->len, ==, y->delegates->len);
      for (guint d = 0; d < x->delegates->len; d++)
        {
          CdoDelegate *p = g_ptr_array_index (x->delegates, d);
          CdoDelegate *q = g_ptr_array_index (y->delegates, d);

          assert_ids_equal (p->row_id, q->row_id, with_ids);
          g_assert_cmpstr (p->surname, ==, q->surname);
          g_assert_cmpstr (p->given_names, ==, q->given_names);
        }
      g_assert_cmpuint (x->signatories->len, ==, y->signatories->len);
      for (guint s = 0; s < x->signatories->len; s++)
        {
          CdoSignatory *p = g_ptr_array_index (x->signatories, s);
          CdoSignatory *q = g_ptr_array_index (y->signatories, s);

          assert_ids_equal (p->row_id, q->row_id, with_ids);
          g_assert_cmpstr (p->surname, ==, q->surname);
          g_assert_cmpstr (p->given_names, ==, q->given_names);
          assert_dates_equal (&p->born, &q->born);
          assert_dates_equal (&p->authenticated, &q->authenticated);
        }
      g_assert_cmpuint (x->candidates->len, ==, y->candidates->len);
      for (guint c = 0; c < x->candidates->len; c++)
        assert_people_equal (g_ptr_array_index (x->candidates, c),
                             g_ptr_array_index (y->candidates, c), with_ids);
      assert_documents_equal (x->documents, y->documents, with_ids);
    }
}

void
assert_districts_equal (CdoDistrict *expected,
                        CdoDistrict *actual,
                        gboolean     with_ids)
{
  assert_dates_equal (&expected->first_day, &actual->first_day);
  assert_dates_equal (&expected->second_day, &actual->second_day);
  assert_dates_equal (&expected->runoff_first_day, &actual->runoff_first_day);
  assert_dates_equal (&expected->runoff_second_day, &actual->runoff_second_day);
  g_assert_cmpuint (expected->comuni->len, ==, actual->comuni->len);
  for (guint i = 0; i < expected->comuni->len; i++)
    {
      CdoComuneRecord *a = g_ptr_array_index (expected->comuni, i);
      CdoComuneRecord *b = g_ptr_array_index (actual->comuni, i);

      assert_ids_equal (a->row_id, b->row_id, with_ids);
      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpstr (a->province, ==, b->province);
      g_assert_cmpstr (a->istat, ==, b->istat);
      g_assert_cmpstr (a->region, ==, b->region);
      g_assert_cmpint (a->population, ==, b->population);
      g_assert_cmpstr (a->population_source, ==, b->population_source);
      g_assert_cmpint (a->capoluogo, ==, b->capoluogo);
      g_assert_cmpuint (a->candidacies->len, ==, b->candidacies->len);
      for (guint c = 0; c < a->candidacies->len; c++)
        {
          CdoCandidacy *x = g_ptr_array_index (a->candidacies, c);
          CdoCandidacy *y = g_ptr_array_index (b->candidacies, c);

          assert_ids_equal (x->row_id, y->row_id, with_ids);
          g_assert_cmpstr (x->id, ==, y->id);
          assert_people_equal (x->mayor, y->mayor, with_ids);
          g_assert_cmpint (x->consecutive_terms, ==, y->consecutive_terms);
          g_assert_cmpuint (x->terms->len, ==, y->terms->len);
          for (guint t = 0; t < x->terms->len; t++)
            {
              CdoMayorTerm *p = g_ptr_array_index (x->terms, t);
              CdoMayorTerm *q = g_ptr_array_index (y->terms, t);

              assert_ids_equal (p->row_id, q->row_id, with_ids);
              assert_dates_equal (&p->from, &q->from);
              assert_dates_equal (&p->to, &q->to);
              g_assert_cmpint (p->ended, ==, q->ended);
            }
          assert_lists_equal (x->lists, y->lists, with_ids);
          g_assert_cmpuint (x->links->len, ==, y->links->len);
          for (guint l = 0; l < x->links->len; l++)
            g_assert_cmpstr (g_ptr_array_index (x->links, l), ==, g_ptr_array_index (y->links, l));
        }
      assert_lists_equal (a->lists, b->lists, with_ids);
    }
}
