/* cdo-store-share.c: does a file lie on a network share?
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a shared folder two workstations can meet on one district file, and the locks of
 * network file systems are not always honoured: the window warns. statfs tells the file
 * system by its magic number (linux/magic.h). FUSE counts as network because sshfs and
 * GVfs's smb:// and sftp:// folders come through it; a false warning costs one dialog,
 * a missing one can cost a file.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <sys/vfs.h>

#include "cdo-store-private.h"

static const guint32 network_file_systems[] = {
  0x6969,      /* NFS */
  0x517b,      /* SMB */
  0xff534d42,  /* CIFS */
  0xfe534d42,  /* SMB2 */
  0x65735546,  /* FUSE */
  0x564c,      /* NCP */
  0x73757245,  /* Coda */
  0x5346414f,  /* AFS */
  0x6b414653,  /* kAFS */
  0x01021997,  /* 9P */
  0x00c36400,  /* Ceph */
  0x47504653,  /* GPFS */
  0x0bd00bd0,  /* Lustre */
};

gboolean
_cdo_store_path_is_on_network_share (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  struct statfs buf;

  if (statfs (folder, &buf) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (network_file_systems); i++)
    if ((guint32) buf.f_type == network_file_systems[i])
      return TRUE;
  return FALSE;
}
