/* cdo-receipt-print.c: the receipt of a filing, printed or saved as PDF
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * src/render lays the receipt out and draws it; this file fills it from the filing
 * shown, and hands the pages to GtkPrintOperation, in points on the whole page, as
 * cdo-receipt.h asks. The print dialog runs asynchronously: the snapshot and the
 * strings the receipt borrows live in a job freed when printing is done.
 */
#define G_LOG_DOMAIN "cdo-receipt-print"

#include <glib/gi18n.h>

#include "cdo-gtk-utils.h"
#include "cdo-receipt-print.h"
#include "cdo-receipt.h"

typedef struct {
  CdoSnapshot *snapshot;
  char        *journal_head;
  char        *district_file;
  char        *issued_by;
  GDateTime   *issued_at;
  CdoReceipt   receipt;
  GtkWindow   *parent;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->snapshot);
  g_free (job->journal_head);
  g_free (job->district_file);
  g_free (job->issued_by);
  g_clear_pointer (&job->issued_at, g_date_time_unref);
  g_clear_weak_pointer (&job->parent);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static Job *
job_new (const CdoReceiptRequest  *request,
         GError                  **error)
{
  CdoComuneRecord *comune = NULL;
  CdoCandidacy *candidacy = NULL;
  CdoCandidateList *list = NULL;
  Job *job;

  if (request->snapshot != NULL && request->key > 0)
    list = cdo_snapshot_find_list (request->snapshot, request->key, &comune, &candidacy);
  else if (request->snapshot != NULL && request->key < 0)
    candidacy = cdo_snapshot_find_candidacy (request->snapshot, -request->key, &comune);

  if (comune == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Choose a filing first: the receipt is for one filing."));
      return NULL;
    }

  job = g_new0 (Job, 1);
  job->snapshot = g_object_ref (request->snapshot);
  job->journal_head = g_strdup (cdo_snapshot_get_journal_head (request->snapshot));
  job->district_file = g_strdup (request->district_file);
  job->issued_by = g_strdup (request->issued_by);
  job->issued_at = g_date_time_new_now_local ();

  /* Shared with `circondario-cli receipt`. Without voting days or rules the receipt is
   * issued all the same, without a filing window, as the law never refuses papers. */
  (void) cdo_receipt_init_with_rules (&job->receipt, cdo_snapshot_get_district (request->snapshot),
                                      comune, candidacy, list, NULL);
  job->receipt.journal_head = job->journal_head;
  job->receipt.district_file = job->district_file;
  job->receipt.issued_by = job->issued_by;
  job->receipt.issued_at = job->issued_at;

  return job;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  int n_pages = cdo_receipt_get_n_pages (&job->receipt, gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Job               *job)
{
  cdo_receipt_draw_page (&job->receipt, gtk_print_context_get_cairo_context (context),
                         gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context), page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         Job                     *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      cdo_show_error_dialog (job->parent != NULL ? GTK_WIDGET (job->parent) : NULL,
                             _("The Receipt Was Not Printed"), error);
    }

  /* The reference taken before running: GTK emits ::done once, however the run ends. */
  g_object_unref (operation);
}

gboolean
cdo_receipt_print (GtkWindow               *parent,
                   const CdoReceiptRequest *request,
                   GError                 **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  GtkPrintOperationResult result;
  Job *job;

  g_return_val_if_fail (request != NULL, FALSE);

  job = job_new (request, error);
  if (job == NULL)
    return FALSE;
  g_set_weak_pointer (&job->parent, parent);

  paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  gtk_print_operation_set_job_name (operation, job->receipt.list != NULL && job->receipt.list->name
                                               ? job->receipt.list->name : _("Receipt"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "cdo-receipt-job", job, (GDestroyNotify) job_free);

  g_object_ref (operation);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
cdo_receipt_save_pdf (const CdoReceiptRequest *request,
                      const char              *path,
                      GError                 **error)
{
  g_autoptr(Job) job = NULL;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  job = job_new (request, error);
  if (job == NULL)
    return FALSE;

  return cdo_receipt_write_pdf (&job->receipt, path, error);
}

char *
cdo_receipt_suggest_file_name (const CdoReceiptRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Job) job = job_new (request, &error);
  g_autoptr(GString) name = NULL;
  const char *what;

  if (job == NULL)
    return g_strdup ("ricevuta.pdf");

  if (job->receipt.list != NULL && job->receipt.list->name != NULL)
    what = job->receipt.list->name;
  else if (job->receipt.candidacy != NULL && job->receipt.candidacy->mayor != NULL
           && job->receipt.candidacy->mayor->surname != NULL)
    what = job->receipt.candidacy->mayor->surname;
  else
    what = job->receipt.comune->name;

  /* The receipt is Italian legal text whatever the interface language: so is its name. */
  name = g_string_new ("Ricevuta - ");
  for (const char *p = what; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, c == '/' || c == '\\' || c == ':' ? '-' : c);
    }
  g_string_append (name, ".pdf");
  return g_string_free (g_steal_pointer (&name), FALSE);
}
