/* cdo-district-symbol.c: a list's symbol, from a file beside the XML or from base64
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A path must stay in the XML file's folder (no absolute path, no "..", no backslash, no
 * symbolic link anywhere along it), name an ordinary file of at most 1 MiB and be a PNG or SVG as
 * its extension says. Base64 is decoded strictly. Either way the image must be of the
 * declared type.
 */
#define G_LOG_DOMAIN "cdo-district-xml"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cdo-district-check.h"
#include "cdo-district-reader-private.h"
#include "cdo-xml.h"

/* The short name the passes use (cdo-district-reader.c). */
#define fail _cdo_district_reader_fail

typedef CdoDistrictReader Reader;

static const char *
media_type_of_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".svg"))
    return "image/svg+xml";
  if (g_str_has_suffix (lower, ".png"))
    return "image/png";
  return NULL;
}

typedef enum {
  PATH_SAFE,
  PATH_BAD_CHARACTER,
  PATH_ABSOLUTE,
  PATH_LEAVES_FOLDER,
  PATH_NOT_AN_IMAGE,
} PathProblem;

static PathProblem
symbol_path_problem (const char *path)
{
  g_auto(GStrv) parts = NULL;

  for (const char *p = path; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f || *p == '\\')
      return PATH_BAD_CHARACTER;
  if (g_path_is_absolute (path) || path[0] == '/'
      || (g_ascii_isalpha (path[0]) && path[1] == ':'))
    return PATH_ABSOLUTE;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return PATH_LEAVES_FOLDER;
  if (media_type_of_path (path) == NULL)
    return PATH_NOT_AN_IMAGE;
  return PATH_SAFE;
}

gboolean
_cdo_district_symbol_path_is_safe (const char *path)
{
  return path != NULL && path[0] != '\0' && strlen (path) <= CDO_DISTRICT_SYMBOL_PATH_MAX_LENGTH
         && symbol_path_problem (path) == PATH_SAFE;
}

static gboolean
check_symbol_path (Reader      *self,
                   xmlNode     *node,
                   const char  *path,
                   GError     **error)
{
  switch (symbol_path_problem (path))
    {
    case PATH_BAD_CHARACTER:
      return fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
                   _("the symbol path “%s” contains a backslash or a control character. "
                     "Separate folders with “/”, for example symbols/civica.svg."), path);
    case PATH_ABSOLUTE:
      return fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
                   _("the symbol path “%s” is absolute. Put the image in the folder of this "
                     "file (or below it) and write the path from there, for example "
                     "symbols/civica.svg."), path);
    case PATH_LEAVES_FOLDER:
      return fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
                   _("the symbol path “%s” leaves the folder of this file (“..”). Put the "
                     "image in that folder or below it and correct the path."), path);
    case PATH_NOT_AN_IMAGE:
      return fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
                   _("the symbol “%s” is neither an SVG (.svg) nor a PNG (.png) image. "
                     "Convert it to one of them."), path);
    case PATH_SAFE:
    default:
      return TRUE;
    }
}

/* Opens @path below @base_dir one folder at a time, following no symbolic link on the way:
 * a folder "symbols" that is a link to elsewhere would otherwise carry a symbol path, and
 * with it any file the user can read, out of the dossier's folder. Returns the descriptor,
 * or -1 with errno set (ELOOP or ENOTDIR where a link was met). */
static int
open_beneath (const char *base_dir,
              const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  guint n_parts = g_strv_length (parts);
  int folder = g_open (base_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  for (guint i = 0; folder >= 0 && i + 1 < n_parts; i++)
    {
      int next;

      if (parts[i][0] == '\0' || g_str_equal (parts[i], "."))
        continue;
      next = openat (folder, parts[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      close (folder);
      folder = next;
    }
  if (folder < 0)
    return -1;
  {
    int fd = openat (folder, parts[n_parts - 1], O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    int saved = errno;

    close (folder);
    errno = saved;
    return fd;
  }
}

/* Reads a regular file of at most the symbol limit, without following a link anywhere in
 * its path and without blocking on a FIFO. */
static GBytes *
read_symbol_file (Reader      *self,
                  xmlNode     *node,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *limit = g_format_size (CDO_DISTRICT_XML_MAX_SYMBOL_SIZE);
  g_autofree guint8 *data = NULL;
  struct stat info;
  gsize done = 0;
  int fd;

  if (self->base_dir == NULL)
    {
      fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
            _("the symbol “%s” is a path, but this text was not read from a file. Embed the "
              "image as <symbol-data> instead."), path);
      return NULL;
    }
  fd = open_beneath (self->base_dir, path);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == ELOOP || saved == ENOTDIR)
        fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
              _("the symbol “%s” is, or lies in a folder that is, a symbolic link. Copy the "
                "image itself into place."), path);
      else
        fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
              _("the symbol file “%s” cannot be read (%s). It must be beside this file, at "
                "that path."), path, g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      close (fd);
      fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
            _("the symbol “%s” is not an ordinary file. Give the path of the image."), path);
      return NULL;
    }
  if (info.st_size > CDO_DISTRICT_XML_MAX_SYMBOL_SIZE)
    {
      close (fd);
      fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
            _("the symbol “%s” is larger than %s. Save it smaller (a symbol is printed "
              "3 cm wide)."), path, limit);
      return NULL;
    }
  data = g_malloc (MAX (info.st_size, 1));
  while (done < (gsize) info.st_size)
    {
      gssize n = read (fd, data + done, (gsize) info.st_size - done);

      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n <= 0)
        break;
      done += (gsize) n;
    }
  close (fd);
  if (done != (gsize) info.st_size)
    {
      fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
            _("the symbol file “%s” could not be read to its end. Copy it again."), path);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), done);
}

/* Strict base64: the alphabet, whitespace anywhere, "=" only as final padding. */
static GBytes *
decode_symbol_data (Reader   *self,
                    xmlNode  *node,
                    GError  **error)
{
  g_autofree char *limit = g_format_size (CDO_DISTRICT_XML_MAX_SYMBOL_SIZE);
  g_autofree char *text = (char *) xmlNodeGetContent (node);
  gsize length = 0, padding = 0, decoded_length;
  guchar *decoded;

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      char c = *p;

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        continue;
      if (c == '=')
        padding++;
      else if (padding > 0 || !(g_ascii_isalnum (c) || c == '+' || c == '/'))
        {
          fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
                padding > 0
                ? _("the symbol data has text after its “=” padding. It is not valid base64: "
                    "encode the image again.")
                : _("the symbol data is not valid base64 (it contains a character outside "
                    "A–Z, a–z, 0–9, “+” and “/”). Encode the image again."));
          return NULL;
        }
      text[length++] = c;
    }
  if (length == 0 || length % 4 != 0 || padding > 2)
    {
      fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
            length == 0 ? _("the symbol data is empty. Embed the image, or remove "
                            "<symbol-data>.")
                        : _("the symbol data is not valid base64 (its length is wrong: it "
                            "was cut short or padded badly). Encode the image again."));
      return NULL;
    }
  if (length / 4 * 3 - padding > CDO_DISTRICT_XML_MAX_SYMBOL_SIZE)
    {
      fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
            _("the symbol is larger than %s. Save it smaller (a symbol is printed 3 cm "
              "wide)."), limit);
      return NULL;
    }
  text[length] = '\0';
  decoded = g_base64_decode_inplace (text, &decoded_length);
  return g_bytes_new ((const guint8 *) decoded, decoded_length);
}

gboolean
_cdo_district_reader_read_symbol (CdoDistrictReader  *self,
                                  xmlNode            *node,
                                  xmlNode            *data_node,
                                  CdoCandidateList   *list,
                                  GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *media_type = NULL;

  if (list->symbol_path != NULL && !check_symbol_path (self, node, list->symbol_path, error))
    return FALSE;
  if (data_node != NULL)
    {
      media_type = cdo_xml_get_attr (data_node, "media-type");
      bytes = decode_symbol_data (self, data_node, error);
      node = data_node;
    }
  else if (list->symbol_path != NULL)
    {
      media_type = g_strdup (media_type_of_path (list->symbol_path));
      bytes = read_symbol_file (self, node, list->symbol_path, error);
    }
  else
    return TRUE;
  if (bytes == NULL)
    return FALSE;
  if (!cdo_district_check_symbol_type (bytes, media_type))
    return fail (self, error, CDO_DISTRICT_XML_ERROR_SYMBOL, node,
                 g_str_equal (media_type, "image/png")
                 ? _("the symbol of the list “%s” is not a PNG image. Give a PNG file, or "
                     "declare its real type.")
                 : _("the symbol of the list “%s” is not an SVG image. Give an SVG file, or "
                     "declare its real type."), list->id);
  list->symbol_media_type = g_steal_pointer (&media_type);
  list->symbol_data = g_steal_pointer (&bytes);
  return TRUE;
}
