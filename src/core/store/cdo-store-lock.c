/* cdo-store-lock.c: the lock file beside a district file
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "<file>.lock" says who has the file open: the name given to Circondario, the account,
 * the computer, the process and since when, so that a refusal can name them. It is
 * written whole under a temporary name and hard-linked into place, which fails when the
 * lock exists (O_EXCL semantics that also hold on NFS) and never shows anyone a half
 * written lock. Where hard links are not supported (some shared folders) it falls back
 * to open (O_CREAT | O_EXCL).
 *
 * A lock left by a process that died is taken over, but only on the computer that wrote
 * it, where that can be known: the lock records the boot (a lock from before a restart is
 * stale) and the process's start time, so that a process id reused after a power cut, by
 * a process that has nothing to do with Circondario, does not keep the file locked.
 *
 * The lock file is the courteous part. The guarantee is SQLite's own lock, which the
 * store holds for as long as the file is open (locking_mode=EXCLUSIVE): should two
 * processes ever both think they hold the lock file, the second still cannot write.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cdo-date.h"
#include "cdo-store.h"
#include "cdo-store-lock.h"

#define LOCK_GROUP "Lock"
/* An unreadable lock file this old is the debris of a crash while it was written. */
#define UNREADABLE_LOCK_AGE_SECONDS 60

struct _CdoStoreLock {
  char *lock_path;
  char *content;
};

typedef struct {
  char   *actor;
  char   *host;
  gint64  pid;
  char   *since;
  char   *boot;       /* the boot it was written in; NULL from an older Circondario */
  gint64  started;    /* the process's start, in clock ticks after boot; 0 when unknown */
} Holder;

static void
holder_clear (Holder *holder)
{
  g_free (holder->actor);
  g_free (holder->host);
  g_free (holder->since);
  g_free (holder->boot);
}

/* The Linux kernel's id of this boot; NULL where there is none. */
static char *
boot_id (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &text, NULL, NULL))
    return NULL;
  return g_strdup (g_strstrip (text));
}

/* When process @pid started, in clock ticks after boot (field 22 of /proc/PID/stat);
 * 0 when it cannot be read. The command name before it may hold spaces and parentheses:
 * the fields are counted from the last ')'. */
static gint64
process_start_ticks (gint64 pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/stat", pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  gint64 ticks = 0;

  if (!g_file_get_contents (path, &text, NULL, NULL)
      || (after_name = strrchr (text, ')')) == NULL)
    return 0;
  /* Fields 3 (state) onwards; the start time is field 22. */
  fields = g_strsplit (after_name + 1, " ", 0);
  if (g_strv_length (fields) > 20)
    g_ascii_string_to_signed (fields[20], 10, 0, G_MAXINT64, &ticks, NULL);
  return ticks;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Holder, holder_clear)

static char *
lock_content (const char *actor)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *since = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *boot = boot_id ();
  gint64 started = process_start_ticks (getpid ());

  g_key_file_set_string (key_file, LOCK_GROUP, "actor", actor);
  g_key_file_set_string (key_file, LOCK_GROUP, "user", g_get_user_name ());
  g_key_file_set_string (key_file, LOCK_GROUP, "host", g_get_host_name ());
  g_key_file_set_int64 (key_file, LOCK_GROUP, "pid", getpid ());
  g_key_file_set_string (key_file, LOCK_GROUP, "since", since);
  if (boot != NULL)
    g_key_file_set_string (key_file, LOCK_GROUP, "boot", boot);
  if (started > 0)
    g_key_file_set_int64 (key_file, LOCK_GROUP, "started", started);
  return g_key_file_to_data (key_file, NULL, NULL);
}

static gboolean
read_holder (const char *lock_path,
             Holder     *holder)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  if (!g_key_file_load_from_file (key_file, lock_path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  holder->actor = g_key_file_get_string (key_file, LOCK_GROUP, "actor", NULL);
  if (holder->actor == NULL)
    holder->actor = g_key_file_get_string (key_file, LOCK_GROUP, "user", NULL);
  holder->host = g_key_file_get_string (key_file, LOCK_GROUP, "host", NULL);
  holder->pid = g_key_file_get_int64 (key_file, LOCK_GROUP, "pid", NULL);
  holder->since = g_key_file_get_string (key_file, LOCK_GROUP, "since", NULL);
  holder->boot = g_key_file_get_string (key_file, LOCK_GROUP, "boot", NULL);
  holder->started = g_key_file_get_int64 (key_file, LOCK_GROUP, "started", NULL);
  return holder->host != NULL && holder->pid > 0;
}

/* Only a process of this computer can be known to be gone: one of an earlier boot, one
 * whose id no process has, or one whose id now belongs to a process started at another
 * time. */
static gboolean
holder_is_alive (const Holder *holder)
{
  g_autofree char *boot = NULL;

  if (g_strcmp0 (holder->host, g_get_host_name ()) != 0)
    return TRUE;
  if (holder->pid == getpid ())
    return TRUE;
  if (holder->pid > G_MAXINT)
    return FALSE;
  boot = boot_id ();
  if (holder->boot != NULL && boot != NULL && !g_str_equal (holder->boot, boot))
    return FALSE;
  if (kill ((pid_t) holder->pid, 0) != 0 && errno != EPERM)
    return FALSE;
  if (holder->started > 0)
    {
      gint64 started = process_start_ticks (holder->pid);

      return started == 0 || started == holder->started;
    }
  return TRUE;
}

/* "domenica 3 ottobre 2021 at 09:12" */
static char *
format_since (const char *since)
{
  g_autoptr(GDateTime) parsed = since ? g_date_time_new_from_iso8601 (since, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  GDate date;

  if (parsed == NULL)
    return g_strdup (since != NULL ? since : _("an unknown time"));
  local = g_date_time_to_local (parsed);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  day = cdo_date_format_long (&date);
  time = g_date_time_format (local, "%H:%M");
  /* TRANSLATORS: a day and a time, "domenica 3 ottobre 2021 at 09:12" */
  return g_strdup_printf (_("%s at %s"), day, time);
}

static void
set_held_error (const char    *path,
                const char    *lock_path,
                const Holder  *holder,
                GError       **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *lock_name = g_path_get_basename (lock_path);
  g_autofree char *since = format_since (holder->since);
  const char *who = holder->actor != NULL ? holder->actor : _("someone");

  if (g_strcmp0 (holder->host, g_get_host_name ()) == 0)
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED,
                 _("“%s” is already open in Circondario on this computer, by %s since %s. "
                   "Use that window, or close the file there first. If no Circondario is "
                   "running, delete “%s” beside the file and try again."),
                 name, who, since, lock_name);
  else
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED,
                 _("“%s” is already open on the computer “%s”, by %s since %s. Close it "
                   "there first. If that computer stopped without closing it, delete “%s” "
                   "beside the file and try again."),
                 name, holder->host, who, since, lock_name);
}

static void
set_unreadable_error (const char  *path,
                      const char  *lock_path,
                      GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *lock_name = g_path_get_basename (lock_path);

  g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED,
               _("“%s” seems to be open elsewhere, but its lock file “%s” cannot be read. "
                 "If nobody has the file open, delete “%s” and try again."),
               name, lock_name, lock_name);
}

typedef enum {
  TAKE_ACQUIRED,
  TAKE_HELD,
  TAKE_FAILED,
} TakeResult;

static TakeResult
take_exclusive (const char  *lock_path,
                const char  *content,
                GError     **error)
{
  int fd = g_open (lock_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  gsize length = strlen (content);
  gboolean written;

  if (fd < 0 && errno == EEXIST)
    return TAKE_HELD;
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
                   _("The lock file “%s” cannot be created: %s."), lock_path, g_strerror (saved));
      return TAKE_FAILED;
    }
  written = write (fd, content, length) == (gssize) length;
  close (fd);
  if (!written)
    {
      g_unlink (lock_path);
      g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_IO,
                   _("The lock file “%s” cannot be written."), lock_path);
      return TAKE_FAILED;
    }
  return TAKE_ACQUIRED;
}

static TakeResult
take (const char  *lock_path,
      const char  *content,
      GError     **error)
{
  g_autofree char *temporary = g_strdup_printf ("%s.%s-%d.tmp", lock_path, g_get_host_name (),
                                                (int) getpid ());
  int linked, saved;

  if (!g_file_set_contents (temporary, content, -1, NULL))
    return take_exclusive (lock_path, content, error);
  linked = link (temporary, lock_path);
  saved = errno;
  g_unlink (temporary);
  if (linked == 0)
    return TAKE_ACQUIRED;
  if (saved == EEXIST)
    return TAKE_HELD;
  return take_exclusive (lock_path, content, error);
}

static gboolean
is_old_debris (const char *lock_path)
{
  GStatBuf buf;

  return g_stat (lock_path, &buf) == 0
         && (gint64) buf.st_mtime + UNREADABLE_LOCK_AGE_SECONDS < g_get_real_time () / G_USEC_PER_SEC;
}

CdoStoreLock *
cdo_store_lock_acquire (const char  *path,
                        const char  *actor,
                        GError     **error)
{
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  g_autofree char *content = lock_content (actor);

  /* A few rounds: a stale lock is removed, and then someone else may win the race. */
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_auto(Holder) holder = { 0 };
      CdoStoreLock *lock;

      switch (take (lock_path, content, error))
        {
        case TAKE_ACQUIRED:
          lock = g_new0 (CdoStoreLock, 1);
          lock->lock_path = g_steal_pointer (&lock_path);
          lock->content = g_steal_pointer (&content);
          return lock;
        case TAKE_FAILED:
          return NULL;
        case TAKE_HELD:
        default:
          break;
        }
      if (read_holder (lock_path, &holder))
        {
          if (holder_is_alive (&holder))
            {
              set_held_error (path, lock_path, &holder, error);
              return NULL;
            }
        }
      else if (g_file_test (lock_path, G_FILE_TEST_EXISTS) && !is_old_debris (lock_path))
        {
          set_unreadable_error (path, lock_path, error);
          return NULL;
        }
      /* Left by a crash (a process of this computer that no longer runs): taken over. */
      g_unlink (lock_path);
    }
  set_unreadable_error (path, lock_path, error);
  return NULL;
}

void
cdo_store_lock_release (CdoStoreLock *lock)
{
  g_autofree char *current = NULL;

  if (lock == NULL)
    return;
  if (g_file_get_contents (lock->lock_path, &current, NULL, NULL)
      && g_str_equal (current, lock->content))
    g_unlink (lock->lock_path);
  g_free (lock->lock_path);
  g_free (lock->content);
  g_free (lock);
}

void
cdo_store_lock_set_busy_error (const char  *path,
                               GError     **error)
{
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  g_autofree char *name = g_path_get_basename (path);
  g_auto(Holder) holder = { 0 };

  if (read_holder (lock_path, &holder))
    set_held_error (path, lock_path, &holder, error);
  else
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED,
                 _("“%s” is in use by another program. Close it there and try again."), name);
}
