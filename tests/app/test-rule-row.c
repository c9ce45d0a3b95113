/* test-rule-row.c: one parameter row
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "cdo-rule-book.h"
#include "cdo-rule-row.h"
#include "cdo-test-utils.h"

/* Olivola, 123 inhabitants, on 3 October 2021: ten seats (verified) and a
 * minimum list size of 7 that the data marks unverified. */
static void
lookup_olivola (CdoRuleAnswer *answer)
{
  g_autoptr(GError) error = NULL;
  CdoRuleQuery query = { .population = 123, .capoluogo = FALSE, .region = "Piemonte" };

  cdo_test_set_date (&query.election_date, 2021, 10, 3);
  g_assert_true (cdo_rule_book_lookup (cdo_rule_book_get_default (), &query, answer, &error));
  g_assert_no_error (error);
}

static void
test_verified_value (void)
{
  CdoRuleRow *row = g_object_ref_sink (CDO_RULE_ROW (cdo_rule_row_new (CDO_RULE_COUNCIL_SEATS)));
  const CdoRuleKeyInfo *info = cdo_rule_key_get_info (CDO_RULE_COUNCIL_SEATS);
  CdoRuleAnswer answer;
  GtkWidget *title_label;
  GtkWidget *value_label;
  GtkWidget *badge;
  guint n_notify = 0;

  g_signal_connect (row, "notify::value", G_CALLBACK (cdo_test_count_notify_cb), &n_notify);
  lookup_olivola (&answer);
  cdo_rule_row_show_answer (row, &answer);

  g_assert_cmpint (cdo_rule_row_get_key (row), ==, CDO_RULE_COUNCIL_SEATS);
  g_assert_cmpstr (cdo_rule_row_get_value (row), ==, "10");
  g_assert_true (cdo_rule_row_get_verified (row));
  g_assert_cmpstr (cdo_rule_row_get_citation (row), ==,
                   cdo_rule_answer_get (&answer, CDO_RULE_COUNCIL_SEATS)->citation);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, info->label);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   cdo_rule_row_get_citation (row));
  g_assert_cmpuint (n_notify, ==, 1);

  /* The value is a real label (what screen readers and dogtail read), shown in
   * the large figure style; no badge for a verified value. */
  value_label = cdo_test_find_child (GTK_WIDGET (row), GTK_TYPE_LABEL, "rule-value");
  g_assert_nonnull (value_label);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (value_label)), ==, "10");
  g_assert_true (gtk_widget_has_css_class (value_label, "figure"));
  badge = cdo_test_find_child (GTK_WIDGET (row), GTK_TYPE_LABEL, "unverified-badge");
  g_assert_false (gtk_widget_get_visible (badge));

  /* Accessibility tools name the row after its title. */
  title_label = cdo_test_find_child (GTK_WIDGET (row), GTK_TYPE_LABEL, "title");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title_label)), ==, info->label);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       title_label, NULL);

  /* Showing the same answer again notifies nothing. */
  cdo_rule_row_show_answer (row, &answer);
  g_assert_cmpuint (n_notify, ==, 1);

  g_assert_finalize_object (row);
}

static void
test_unverified_value (void)
{
  CdoRuleRow *row = g_object_ref_sink (CDO_RULE_ROW (cdo_rule_row_new (CDO_RULE_LIST_MIN)));
  const CdoRuleValue *value;
  g_autofree char *summary = NULL;
  CdoRuleAnswer answer;
  GtkWidget *badge;

  lookup_olivola (&answer);
  value = cdo_rule_answer_get (&answer, CDO_RULE_LIST_MIN);
  g_assert_false (value->verified);
  cdo_rule_row_show_answer (row, &answer);

  g_assert_false (cdo_rule_row_get_verified (row));
  /* The tests run in the C locale: the English note. */
  g_assert_cmpstr (cdo_rule_row_get_note (row), ==, value->note);

  badge = cdo_test_find_child (GTK_WIDGET (row), GTK_TYPE_LABEL, "unverified-badge");
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "Unverified");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (badge), ==, value->note);

  /* The note is on screen, under the citation, not only in a tooltip. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), value->note));

  /* A value copied into the minutes keeps its warning. */
  summary = cdo_rule_row_dup_summary (row);
  g_assert_true (g_str_has_suffix (summary, "[unverified]"));
  g_assert_nonnull (strstr (summary, cdo_rule_row_get_value (row)));

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/app/rule-row/verified-value", test_verified_value);
  g_test_add_func ("/app/rule-row/unverified-value", test_unverified_value);

  return g_test_run ();
}
