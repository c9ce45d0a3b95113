/* test-store-file.c: the district file itself: lock, formats, damage, copies, upgrades
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cdo-store-private.h"
#include "store-fixture.h"

typedef struct {
  char *folder;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = fixture_make_folder ();
  fixture->path = fixture_path (fixture->folder, "district.circondario");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static void
make_district (Fixture *fixture)
{
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
}

static void
assert_open_fails (Fixture    *fixture,
                   int         code,
                   const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);

  g_assert_null (store);
  g_assert_error (error, CDO_STORE_ERROR, code);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
}

/* ---- the lock ---- */

static void
test_lock_same_process (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autoptr(CdoStore) reader = NULL;
  g_autofree char *lock = g_strconcat (fixture->path, ".lock", NULL);

  make_district (fixture);
  store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  assert_open_fails (fixture, CDO_STORE_ERROR_LOCKED, "on this computer, by " FIXTURE_ACTOR " since ");
  /* A reader is refused too, with the same words: SQLite's lock is held. */
  reader = cdo_store_open_read_only (fixture->path, &error);
  g_assert_null (reader);
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, FIXTURE_ACTOR));
  g_clear_error (&error);
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_clear_pointer (&store, cdo_store_close);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

  /* While a reader has it, a writer waits its turn (and leaves no lock file behind). */
  reader = cdo_store_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  assert_open_fails (fixture, CDO_STORE_ERROR_LOCKED, "is being read by another program");
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

/* Another process, as a second instance would be: it reports what it was told. */
static char *
open_in_child (const char *path)
{
  int fds[2];
  pid_t pid;
  char buffer[1024];
  gssize got;
  GString *told = g_string_new (NULL);
  int status;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      GError *error = NULL;
      CdoStore *store = cdo_store_open (path, "Second Workstation", &error);
      const char *message = store != NULL ? "opened" : error->message;

      close (fds[0]);
      if (write (fds[1], message, strlen (message)) < 0)
        _exit (2);
      _exit (0);
    }
  close (fds[1]);
  while ((got = read (fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (told, buffer, got);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return g_string_free (told, FALSE);
}

static void
test_lock_other_process (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autofree char *told = NULL;

  make_district (fixture);
  store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  told = open_in_child (fixture->path);
  g_assert_nonnull (strstr (told, "is already open in Circondario on this computer, by "
                                  FIXTURE_ACTOR " since "));
}

static void
write_lock (Fixture    *fixture,
            const char *host,
            gint64      pid)
{
  g_autofree char *lock = g_strconcat (fixture->path, ".lock", NULL);
  g_autofree char *content = g_strdup_printf ("[Lock]\nactor=Giulia Altrove\nuser=giulia\n"
                                              "host=%s\npid=%" G_GINT64_FORMAT "\n"
                                              "since=2021-09-03T09:12:00+02:00\n", host, pid);

  g_assert_true (g_file_set_contents (lock, content, -1, NULL));
}

static void
test_lock_other_computer (Fixture       *fixture,
                          gconstpointer  data)
{
  make_district (fixture);
  write_lock (fixture, "pc-protocollo", 4242);
  assert_open_fails (fixture, CDO_STORE_ERROR_LOCKED,
                     "is already open on the computer “pc-protocollo”, by Giulia Altrove since ");
  assert_open_fails (fixture, CDO_STORE_ERROR_LOCKED, "2021");
  assert_open_fails (fixture, CDO_STORE_ERROR_LOCKED, "delete “district.circondario.lock”");
}

static void
test_lock_stale_is_taken_over (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  pid_t dead = fork ();

  if (dead == 0)
    _exit (0);
  g_assert_cmpint (waitpid (dead, NULL, 0), ==, dead);
  make_district (fixture);
  write_lock (fixture, g_get_host_name (), dead);
  store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
}

/* Field 22 of /proc/PID/stat, as the lock records it. */
static gint64
start_ticks (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  fields = g_strsplit (strrchr (text, ')') + 2, " ", 0);
  return g_ascii_strtoll (fields[19], NULL, 10);
}

static char *
this_boot (void)
{
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &text, NULL, NULL));
  return g_strdup (g_strstrip (text));
}

static void
write_lock_of_process (Fixture    *fixture,
                       const char *boot,
                       pid_t       pid,
                       gint64      started)
{
  g_autofree char *lock = g_strconcat (fixture->path, ".lock", NULL);
  g_autofree char *content = g_strdup_printf ("[Lock]\nactor=Giulia Altrove\nuser=giulia\n"
                                              "host=%s\npid=%d\nsince=2021-09-03T09:12:00+02:00\n"
                                              "boot=%s\nstarted=%" G_GINT64_FORMAT "\n",
                                              g_get_host_name (), (int) pid, boot, started);

  g_assert_true (g_file_set_contents (lock, content, -1, NULL));
}

/* After a power cut the process id in the lock may belong to any process: the boot and
 * the start time tell. The parent process (the test runner) stands for that stranger. */
static void
test_lock_reused_pid_is_taken_over (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *boot = this_boot ();
  pid_t stranger = getppid ();
  gint64 started = start_ticks (stranger);

  make_district (fixture);
  write_lock_of_process (fixture, boot, stranger, started);
  assert_open_fails (fixture, CDO_STORE_ERROR_LOCKED, "If no Circondario is running, delete "
                                                      "“district.circondario.lock”");

  write_lock_of_process (fixture, boot, stranger, started + 1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);

    g_assert_no_error (error);
  }
  write_lock_of_process (fixture, "00000000-0000-0000-0000-000000000000", stranger, started);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);

    g_assert_no_error (error);
  }
}

/* ---- formats and damage ---- */

static void
test_create_refuses_existing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "keep me", -1, NULL));
  store = cdo_store_create (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_null (store);
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_unlink (fixture->path);
  assert_open_fails (fixture, CDO_STORE_ERROR_IO, "does not exist");
}

static void
test_newer_format (Fixture       *fixture,
                   gconstpointer  data)
{
  make_district (fixture);
  fixture_raw_exec (fixture->path, "PRAGMA user_version = 99; "
                                   "UPDATE meta SET value = '7.3' WHERE key = 'written_by'");
  assert_open_fails (fixture, CDO_STORE_ERROR_NEWER_FORMAT,
                     "was written by Circondario 7.3, which is newer than this one (" PACKAGE_VERSION
                     "). Update Circondario");
  /* Refused before anything was copied or written. */
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario.backup-"), ==, 0);
}

static void
test_not_a_district (Fixture       *fixture,
                     gconstpointer  data)
{
  guint8 garbage[8192];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (guint8) g_test_rand_int ();
  g_assert_true (g_file_set_contents (fixture->path, (const char *) garbage, sizeof garbage, NULL));
  assert_open_fails (fixture, CDO_STORE_ERROR_NOT_A_DISTRICT, "is not a Circondario district file");
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  assert_open_fails (fixture, CDO_STORE_ERROR_NOT_A_DISTRICT, "is not a Circondario district file");
  g_unlink (fixture->path);
  fixture_raw_exec (fixture->path, "CREATE TABLE IF NOT EXISTS other (x)");
  assert_open_fails (fixture, CDO_STORE_ERROR_NOT_A_DISTRICT, "is not a Circondario district file");
}

static void
damage (const char *path,
        gsize       keep,
        gboolean    scribble)
{
  g_autofree char *content = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &content, &length, NULL));
  g_assert_cmpuint (keep, <, length);
  if (scribble)
    {
      /* Pages in the middle overwritten, the header intact. */
      memset (content + keep, 0x5a, MIN (12288, length - keep));
      g_assert_true (g_file_set_contents (path, content, length, NULL));
    }
  else
    g_assert_true (g_file_set_contents (path, content, keep, NULL));
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  gsize length;
  g_autofree char *content = NULL;

  make_district (fixture);
  g_assert_true (g_file_get_contents (fixture->path, &content, &length, NULL));
  damage (fixture->path, length / 2, FALSE);
  assert_open_fails (fixture, CDO_STORE_ERROR_CORRUPT, "is damaged");
  store = cdo_store_open_read_only (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_CORRUPT);
}

static void
test_scribbled (Fixture       *fixture,
                gconstpointer  data)
{
  make_district (fixture);
  damage (fixture->path, 8192, TRUE);
  assert_open_fails (fixture, CDO_STORE_ERROR_CORRUPT, "Open the newest copy beside it");
}

/* A program dies in the middle of a transaction: its journal is left "hot". */
static void
die_while_writing (const char *path)
{
  pid_t pid = fork ();

  if (pid == 0)
    {
      sqlite3 *db = NULL;

      if (sqlite3_open (path, &db) != SQLITE_OK
          || sqlite3_exec (db, "PRAGMA cache_size = 10; BEGIN; "
                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 3000) INSERT INTO delegate (list, surname) "
                               "SELECT 1, hex(randomblob(500)) FROM n;", NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
}

static void
test_interrupted_change (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_auto(CdoStoreVerification) result = { 0 };

  make_district (fixture);
  die_while_writing (fixture->path);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));

  /* A reader cannot roll it back, and says so; opening for writing recovers. */
  store = cdo_store_open_read_only (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "interrupted"));
  g_clear_error (&error);
  store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  g_assert_true (cdo_store_verify (store, &result, &error));
  g_assert_true (result.chain_intact);
  g_assert_true (result.data_match_journal);
}

/* ---- copies ---- */

/* Opens the file and changes its voting day to the @day-th of October, so that the next
 * open has something new to copy. */
static void
open_and_change (Fixture *fixture,
                 guint    day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_autoptr(CdoDistrict) days = cdo_district_new ();

  g_assert_no_error (error);
  g_date_set_dmy (&days->first_day, (GDateDay) day, G_DATE_OCTOBER, 2021);
  g_assert_true (cdo_store_set_election (store, days, &error));
  g_assert_no_error (error);
}

static void
write_old_backup (Fixture    *fixture,
                  const char *stamp)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_strconcat ("district.circondario.backup-", stamp, NULL);
  g_autofree char *copy = fixture_path (fixture->folder, name);
  gsize length;

  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
}

static gboolean
backup_exists (Fixture    *fixture,
               const char *stamp)
{
  g_autofree char *name = g_strconcat ("district.circondario.backup-", stamp, NULL);
  g_autofree char *copy = fixture_path (fixture->folder, name);

  return g_file_test (copy, G_FILE_TEST_EXISTS);
}

static void
test_backup_on_open (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *partial = g_strconcat (fixture->path, ".backup-20000101-000000.partial", NULL);
  const char *entry;

  make_district (fixture);
  g_assert_true (g_file_set_contents (partial, "left by a crash", -1, NULL));
  /* Copies of earlier days: of each day, the last stays. */
  write_old_backup (fixture, "20000101-080000");
  write_old_backup (fixture, "20000101-180000");
  write_old_backup (fixture, "20000102-090000");
  for (guint i = 1; i <= 7; i++)
    open_and_change (fixture, i);
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario.backup-"), ==, 7);
  g_assert_false (backup_exists (fixture, "20000101-080000"));
  g_assert_true (backup_exists (fixture, "20000101-180000"));
  g_assert_true (backup_exists (fixture, "20000102-090000"));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  /* Opened with nothing changed since the last copy: no new copy, none pushed out. */
  {
    g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);

    g_assert_no_error (error);
  }
  {
    g_autoptr(CdoStore) store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpuint (fixture_count_files (fixture->folder, "district.circondario.backup-"), ==, 7);

  /* Each copy is a whole district file whose journal verifies. */
  dir = g_dir_open (fixture->folder, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (entry, "district.circondario.backup-"))
      {
        g_autofree char *copy = fixture_path (fixture->folder, entry);
        g_autoptr(CdoStore) store = cdo_store_open_read_only (copy, &error);
        g_auto(CdoStoreVerification) result = { 0 };

        g_assert_no_error (error);
        g_assert_true (cdo_store_verify (store, &result, &error));
        g_assert_true (result.chain_intact && result.data_match_journal);
      }
}

static void
test_save_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = fixture_store_with_district (fixture->path);
  g_autoptr(CdoStore) copy = NULL;
  g_autoptr(CdoDistrict) expected = cdo_store_load_district (store, &error);
  g_autoptr(CdoDistrict) loaded = NULL;
  g_autofree char *destination = fixture_path (fixture->folder, "copy.circondario");
  g_auto(CdoStoreVerification) result = { 0 };

  g_assert_true (cdo_store_save_copy (store, destination, &error));
  g_assert_no_error (error);
  g_assert_false (cdo_store_save_copy (store, destination, &error));
  g_assert_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  copy = cdo_store_open_read_only (destination, &error);
  g_assert_no_error (error);
  loaded = cdo_store_load_district (copy, &error);
  assert_districts_equal (expected, loaded, TRUE);
  g_assert_cmpstr (cdo_store_get_journal_head (copy), ==, cdo_store_get_journal_head (store));
  g_assert_true (cdo_store_verify (copy, &result, &error));
  g_assert_true (result.chain_intact && result.data_match_journal);
  g_assert_false (cdo_store_is_on_network_share (store));
}

/* ---- network shares ---- */

/* FUSE carries network shares and local disks alike: the mount table's subtype decides. */
static void
test_network_share_kinds (Fixture       *fixture,
                          gconstpointer  data)
{
  static const struct {
    guint32     magic;
    const char *fuse_type;
    gboolean    network;
  } cases[] = {
    { 0xef53, NULL, FALSE },                       /* ext4 */
    { 0x01021994, NULL, FALSE },                   /* tmpfs */
    { 0x6969, NULL, TRUE },                        /* NFS */
    { 0xff534d42, NULL, TRUE },                    /* CIFS */
    { 0xfe534d42, NULL, TRUE },                    /* SMB2 */
    { 0x65735546, "fuse.sshfs", TRUE },
    { 0x65735546, "fuse.gvfsd-fuse", TRUE },       /* GVfs smb://, sftp:// */
    { 0x65735546, "fuse.rclone", TRUE },
    { 0x65735546, "fuse.something-new", TRUE },    /* unknown: warn */
    { 0x65735546, NULL, TRUE },                    /* no mount entry: warn */
    { 0x65735546, "fuseblk", FALSE },              /* NTFS, exFAT disks */
    { 0x65735546, "fuse.gocryptfs", FALSE },
    { 0x65735546, "fuse.portal", FALSE },          /* Flatpak document portal */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u: %s", i, cases[i].fuse_type ? cases[i].fuse_type : "-");
      g_assert_cmpint (_cdo_store_file_system_is_network (cases[i].magic, cases[i].fuse_type),
                       ==, cases[i].network);
    }
  /* The test's own folder is local. */
  g_assert_false (_cdo_store_path_is_on_network_share (fixture->path));
}

/* ---- upgrades ---- */

static void
test_upgrade (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = NULL;
  g_auto(CdoStoreVerification) result = { 0 };
  gint64 length;

  make_district (fixture);
  length = fixture_raw_int (fixture->path, "SELECT count(*) FROM journal");
  _cdo_store_schema_set_test_step ("ALTER TABLE comune ADD COLUMN note TEXT DEFAULT 'nessuna'");
  store = cdo_store_open (fixture->path, FIXTURE_ACTOR, &error);
  g_assert_no_error (error);
  /* One journaled update per comune row, in a change set of its own. */
  g_assert_cmpint (cdo_store_get_journal_length (store), ==, length + 2);
  g_assert_true (cdo_store_verify (store, &result, &error));
  g_assert_true (result.chain_intact);
  g_assert_cmpstr (result.first_mismatch, ==, NULL);
  g_assert_false (cdo_store_can_undo (store));
  g_clear_pointer (&store, cdo_store_close);
  g_assert_cmpint (fixture_raw_int (fixture->path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (fixture_raw_int (fixture->path,
                                    "SELECT count(*) FROM change_set WHERE kind = 'migrate'"), ==, 1);
  _cdo_store_schema_set_test_step (NULL);
}

static void
test_upgrade_refused_after_outside_edit (Fixture       *fixture,
                                         gconstpointer  data)
{
  make_district (fixture);
  fixture_raw_exec (fixture->path, "UPDATE comune SET population = 1 WHERE istat = '012001'");
  _cdo_store_schema_set_test_step ("ALTER TABLE comune ADD COLUMN note TEXT");
  assert_open_fails (fixture, CDO_STORE_ERROR_CORRUPT, "population is “1” in the file");
  _cdo_store_schema_set_test_step (NULL);
  g_assert_cmpint (fixture_raw_int (fixture->path, "PRAGMA user_version"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
  } tests[] = {
    { "/store/file/lock-same-process", test_lock_same_process },
    { "/store/file/lock-other-process", test_lock_other_process },
    { "/store/file/lock-other-computer", test_lock_other_computer },
    { "/store/file/lock-stale", test_lock_stale_is_taken_over },
    { "/store/file/lock-reused-pid", test_lock_reused_pid_is_taken_over },
    { "/store/file/create-refuses-existing", test_create_refuses_existing },
    { "/store/file/newer-format", test_newer_format },
    { "/store/file/not-a-district", test_not_a_district },
    { "/store/file/truncated", test_truncated },
    { "/store/file/scribbled", test_scribbled },
    { "/store/file/interrupted-change", test_interrupted_change },
    { "/store/file/backup-on-open", test_backup_on_open },
    { "/store/file/save-copy", test_save_copy },
    { "/store/file/network-share-kinds", test_network_share_kinds },
    { "/store/file/upgrade", test_upgrade },
    { "/store/file/upgrade-refused", test_upgrade_refused_after_outside_edit },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);
  return g_test_run ();
}
