/* cdo-pdf-writer.c: saving drawn pages as a PDF file, all or nothing
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cdo-pdf-writer"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cdo-pdf-writer.h"

typedef struct {
  int fd;
  int saved_errno;   /* 0 until a write fails */
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t      *surface,
              const CdoPdfMetadata *metadata)
{
  if (metadata == NULL)
    return;
  if (metadata->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, metadata->title);
  if (metadata->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, metadata->author);
  if (metadata->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, metadata->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Circondario");
  if (metadata->created != NULL)
    {
      g_autofree char *date = g_date_time_format (metadata->created, "%Y-%m-%dT%H:%M:%S%:z");

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
}

/* Draws every page into @sink; a cairo or write error is turned into @error. */
static gboolean
draw_pdf (Sink                  *sink,
          const char            *path,
          double                 width_pt,
          double                 height_pt,
          guint                  n_pages,
          CdoPdfDrawPageFunc     draw_page,
          gpointer               user_data,
          const CdoPdfMetadata  *metadata,
          GError               **error)
{
  g_autofree char *display = g_filename_display_name (path);
  cairo_surface_t *surface;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, width_pt, height_pt);
  set_metadata (surface, metadata);
  for (guint page = 0; page < n_pages && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS;
       page++)
    {
      cairo_t *cr = cairo_create (surface);

      draw_page (cr, page, user_data);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          cairo_surface_destroy (surface);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not draw “%s”: %s"), display, cairo_status_to_string (status));
          return FALSE;
        }
      cairo_surface_show_page (surface);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink->saved_errno != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (sink->saved_errno),
                   _("Could not write “%s”: %s"), display, g_strerror (sink->saved_errno));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
cdo_pdf_write (const char            *path,
               double                 width_pt,
               double                 height_pt,
               guint                  n_pages,
               CdoPdfDrawPageFunc     draw_page,
               gpointer               user_data,
               const CdoPdfMetadata  *metadata,
               GError               **error)
{
  g_autofree char *display = NULL;
  g_autofree char *temporary = NULL;
  Sink sink = { -1, 0 };
  int saved_errno;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width_pt > 0 && height_pt > 0, FALSE);
  g_return_val_if_fail (draw_page != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  /* Beside the target, so that the rename stays on one file system and is atomic. */
  temporary = g_strconcat (path, ".XXXXXX", NULL);
  sink.fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  if (!draw_pdf (&sink, path, width_pt, height_pt, n_pages, draw_page, user_data, metadata,
                 error))
    {
      close (sink.fd);
      g_unlink (temporary);
      return FALSE;
    }
  saved_errno = fsync (sink.fd) == 0 ? 0 : errno;
  if (close (sink.fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (saved_errno == 0 && g_rename (temporary, path) != 0)
    saved_errno = errno;
  if (saved_errno != 0)
    {
      g_unlink (temporary);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
