/* test-store-kill.c: kill the writer anywhere; nothing it was told is saved is lost
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A forked writer opens the district and edits it in a loop (inserts, updates, moves),
 * reporting each edit to the parent through a pipe only after the call returned. The
 * parent kills it with SIGKILL after a random delay (so also while it opens, copies the
 * backup, takes the lock, or is in the middle of a commit), then reopens the file as the
 * next user would: it must open, the chain must verify, the data must match the journal,
 * and every reported edit must be there. CDO_KILL_TEST_KILLS sets the number of kills
 * (default 200).
 */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store-fixture.h"

enum {
  OP_READY = 0,
  OP_INSERT = 1,
  OP_UPDATE = 2,
  OP_MOVE = 3,
};

/* What the writer reports: fixed-size records, which a pipe delivers whole. */
typedef struct {
  gint32 op;
  gint32 cycle;
  gint32 n;
  gint32 position;
} Ack;

static char *
marker (const char *prefix,
        gint32      cycle,
        gint32      n)
{
  return g_strdup_printf ("%s%d_%d", prefix, cycle, n);
}

static CdoCandidateList *
writer_list (CdoStore *store,
             CdoDistrict **out_district)
{
  GError *error = NULL;

  *out_district = cdo_store_load_district (store, &error);
  if (*out_district == NULL)
    _exit (4);
  return cdo_district_find_list (*out_district, "L2", NULL);
}

static void
ack (int       fd,
     const Ack *record)
{
  if (write (fd, record, sizeof *record) != sizeof *record)
    _exit (5);
}

/* Runs until killed. */
static void
writer (const char *path,
        gint32      cycle,
        int         fd)
{
  GError *error = NULL;
  CdoStore *store = cdo_store_open (path, "Writer", &error);
  CdoDistrict *district = NULL;
  CdoCandidateList *list;
  int count;

  if (store == NULL)
    _exit (3);
  list = writer_list (store, &district);
  count = (int) list->candidates->len;
  ack (fd, &(Ack) { OP_READY, cycle, 0, 0 });
  for (gint32 n = 0;; n++)
    {
      char *surname = marker ("K", cycle, n);
      CdoCandidate *candidate = fixture_candidate (surname, "Scritto", "1980-01-01");
      Ack record = { OP_INSERT, cycle, n, count + 1 };

      if (!cdo_store_insert_candidate (store, list->row_id, count + 1, candidate, &error))
        _exit (6);
      ack (fd, &record);
      count++;
      if (n % 3 == 1)
        {
          g_free (candidate->given_names);
          candidate->given_names = marker ("U", cycle, n);
          if (!cdo_store_update_candidate (store, candidate, &error))
            _exit (7);
          record.op = OP_UPDATE;
          ack (fd, &record);
        }
      if (n % 4 == 2)
        {
          if (!cdo_store_move_candidate (store, list->row_id, count, count - 1, &error))
            _exit (8);
          record.op = OP_MOVE;
          ack (fd, &record);
        }
      cdo_candidate_free (candidate);
      g_free (surname);
    }
}

/* @while_opening: the delay runs from the fork, so the kill may come while the writer
 * opens the file; otherwise from the moment it has reported @edits edits, so that the
 * kill falls among edits whatever the speed of the disk (or of a sanitizer build). */
static GArray *
run_and_kill (const char *path,
              gint32      cycle,
              gboolean    while_opening,
              guint       edits,
              guint       delay_us)
{
  g_autoptr(GArray) acks = g_array_new (FALSE, FALSE, sizeof (Ack));
  int fds[2];
  pid_t pid;
  Ack record;
  int status;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      writer (path, cycle, fds[1]);
      _exit (0);
    }
  close (fds[1]);
  for (guint i = 0; !while_opening && i <= edits; i++)
    {
      g_assert_cmpint (read (fds[0], &record, sizeof record), ==, sizeof record);
      if (record.op != OP_READY)
        g_array_append_val (acks, record);
    }
  g_usleep (delay_us);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* Killed, not failed: an exit status would mean an edit returned an error. */
  if (!WIFSIGNALED (status))
    g_error ("the writer stopped by itself with status %d", WEXITSTATUS (status));
  while (read (fds[0], &record, sizeof record) == sizeof record)
    if (record.op != OP_READY)
      g_array_append_val (acks, record);
  close (fds[0]);
  return g_steal_pointer (&acks);
}

static CdoCandidate *
find_candidate (CdoCandidateList *list,
                const char       *surname)
{
  CdoCandidate *found = NULL;

  for (guint i = 0; i < list->candidates->len; i++)
    {
      CdoCandidate *candidate = g_ptr_array_index (list->candidates, i);

      if (g_strcmp0 (candidate->surname, surname) == 0)
        {
          g_assert_null (found);
          found = candidate;
        }
    }
  return found;
}

/* Every reported edit is in the file. Moves are checked by verify and by the positions:
 * the last reported move left its candidate one place up. */
static void
check_acks (CdoDistrict *district,
            GArray      *acks)
{
  CdoCandidateList *list = fixture_find_list (district, "L2");

  for (guint i = 0; i < acks->len; i++)
    {
      const Ack *record = &g_array_index (acks, Ack, i);
      g_autofree char *surname = marker ("K", record->cycle, record->n);
      g_autofree char *given = marker ("U", record->cycle, record->n);
      CdoCandidate *candidate = find_candidate (list, surname);

      if (candidate == NULL)
        g_error ("the reported insertion of %s is lost", surname);
      if (record->op == OP_UPDATE && g_strcmp0 (candidate->given_names, given) != 0)
        g_error ("the reported update of %s is lost", surname);
    }
}

static void
check_file (const char *path,
            GArray     *acks)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CdoStore) store = cdo_store_open (path, FIXTURE_ACTOR, &error);
  g_autoptr(CdoDistrict) district = NULL;
  g_auto(CdoStoreVerification) result = { 0 };

  g_assert_no_error (error);
  g_assert_true (cdo_store_verify (store, &result, &error));
  g_assert_no_error (error);
  if (!result.chain_intact || !result.data_match_journal)
    g_error ("after a kill: chain %s (entry %" G_GINT64_FORMAT "), data: %s",
             result.chain_intact ? "intact" : "broken", result.first_broken_entry,
             result.first_mismatch ? result.first_mismatch : "match");
  district = cdo_store_load_district (store, &error);
  g_assert_no_error (error);
  check_acks (district, acks);
}

static void
test_kill_anywhere (void)
{
  g_autofree char *folder = fixture_make_folder ();
  g_autofree char *path = fixture_path (folder, "district.circondario");
  g_autoptr(GArray) all_acks = g_array_new (FALSE, FALSE, sizeof (Ack));
  const char *kills_text = g_getenv ("CDO_KILL_TEST_KILLS");
  guint kills = kills_text != NULL ? (guint) g_ascii_strtoull (kills_text, NULL, 10) : 200;
  guint reported = 0;

  cdo_store_close (fixture_store_with_district (path));
  for (guint cycle = 0; cycle < kills; cycle++)
    {
      /* One writer in four may die while opening; the others while editing. */
      gboolean while_opening = cycle % 4 == 0;
      g_autoptr(GArray) acks = run_and_kill (path, (gint32) cycle, while_opening,
                                             (guint) g_test_rand_int_range (0, 4),
                                             (guint) g_test_rand_int_range (0, while_opening ? 30000
                                                                                             : 20000));

      g_array_append_vals (all_acks, acks->data, acks->len);
      reported += acks->len;
      check_file (path, all_acks);
    }
  g_test_message ("%u kills, %u edits reported before them, all found", kills, reported);
  /* An edit waits for the disk (synchronous=FULL), so a writer makes a few at most. */
  g_assert_cmpuint (reported, >=, kills / 2);
  fixture_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/kill/anywhere", test_kill_anywhere);
  return g_test_run ();
}
