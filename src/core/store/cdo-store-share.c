/* cdo-store-share.c: does a file lie on a network share?
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a shared folder two workstations can meet on one district file, and the locks of
 * network file systems are not always honoured: the window warns. statfs tells the file
 * system by its magic number (linux/magic.h). FUSE carries both kinds: sshfs, rclone and
 * GVfs's smb:// and sftp:// folders are network shares, an NTFS or exFAT disk, an encrypted
 * folder or the Flatpak document portal are not. Its magic number says only "FUSE", so the
 * mount table gives the subtype ("fuse.sshfs"). A FUSE file system not known to be local
 * counts as network: a false warning costs one dialog, a missing one can cost a file.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <sys/vfs.h>
#include <gio/gunixmounts.h>

#include "cdo-store-private.h"

#define FUSE_MAGIC 0x65735546

static const guint32 network_file_systems[] = {
  0x6969,      /* NFS */
  0x517b,      /* SMB */
  0xff534d42,  /* CIFS */
  0xfe534d42,  /* SMB2 */
  0x564c,      /* NCP */
  0x73757245,  /* Coda */
  0x5346414f,  /* AFS */
  0x6b414653,  /* kAFS */
  0x01021997,  /* 9P */
  0x00c36400,  /* Ceph */
  0x47504653,  /* GPFS */
  0x0bd00bd0,  /* Lustre */
};

/* FUSE file systems whose files are on this machine, by the type the mount table gives. */
static const char *const local_fuse_types[] = {
  "fuseblk",             /* a block device: ntfs-3g, exfat-fuse */
  "fuse.ntfs-3g",
  "fuse.exfat",
  "fuse.encfs",
  "fuse.gocryptfs",
  "fuse.cryfs",
  "fuse.bindfs",
  "fuse.mergerfs",
  "fuse.fuse-overlayfs",
  "fuse.squashfuse",
  "fuse.portal",         /* the Flatpak document portal, /run/user/N/doc */
  "fuse.lxcfs",
};

gboolean
_cdo_store_file_system_is_network (guint32     magic,
                                   const char *fuse_type)
{
  if (magic == FUSE_MAGIC)
    return fuse_type == NULL || !g_strv_contains (local_fuse_types, fuse_type);
  for (guint i = 0; i < G_N_ELEMENTS (network_file_systems); i++)
    if (magic == network_file_systems[i])
      return TRUE;
  return FALSE;
}

/* The type the mount table gives the file system holding @folder ("fuse.sshfs"); NULL when
 * it cannot tell. */
static char *
mount_type (const char *folder)
{
  GUnixMountEntry *entry = g_unix_mount_for (folder, NULL);
  char *type;

  if (entry == NULL)
    return NULL;
  type = g_strdup (g_unix_mount_get_fs_type (entry));
  g_unix_mount_free (entry);
  return type;
}

gboolean
_cdo_store_path_is_on_network_share (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *fuse_type = NULL;
  struct statfs buf;

  if (statfs (folder, &buf) != 0)
    return FALSE;
  if ((guint32) buf.f_type == FUSE_MAGIC)
    fuse_type = mount_type (folder);
  return _cdo_store_file_system_is_network ((guint32) buf.f_type, fuse_type);
}
