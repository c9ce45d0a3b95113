/* cdo-store.h: a district's working file (.circondario), one SQLite database
 *
 * Every edit is one transaction that also appends, to the append-only journal table,
 * one entry per changed row: the row before and after (JSON images), and a SHA-256
 * chained over the previous entry; time, actor and description are the change set's,
 * stored once per change (change_set table) and hashed into each of its entries.
 * Nothing the caller was told is saved can be lost: synchronous=FULL, WAL off (rollback
 * journal), integrity_check on open. One writer at a time: a lock file names the
 * holder, SQLite's exclusive lock enforces it.
 *
 * Persons are rows of their own, apart from their candidacies: two candidacies whose
 * surname, given names, sex, birth date, birthplace and EU state are exactly the same
 * share one person (CdoCandidate.person_id), so that "one person in two lists" is
 * something the checker finds, not a failure of the store. Without a birth date nobody
 * is merged, and different spellings are never merged (that would lose one of them).
 * Documents are kept in their candidacy's or list's row: CdoDocument.row_id stays 0.
 *
 * Functions returning gboolean leave the file unchanged when they fail.
 */
#pragma once

#include <gio/gio.h>

#include "cdo-district.h"

G_BEGIN_DECLS

#define CDO_STORE_ERROR (cdo_store_error_quark ())

typedef enum {
  CDO_STORE_ERROR_IO,            /* cannot read/write the file */
  CDO_STORE_ERROR_NOT_A_DISTRICT,/* not a Circondario file */
  CDO_STORE_ERROR_NEWER_FORMAT,  /* written by a newer Circondario */
  CDO_STORE_ERROR_CORRUPT,       /* integrity_check failed */
  CDO_STORE_ERROR_LOCKED,        /* another instance holds it: message says who and since when */
  CDO_STORE_ERROR_EXISTS,        /* create/import onto an existing file or id */
  CDO_STORE_ERROR_NOT_FOUND,     /* no such row / comune */
  CDO_STORE_ERROR_INVALID,       /* the change breaks a rule of the data (bad position…) */
  CDO_STORE_ERROR_NOTHING_TO_UNDO,
  CDO_STORE_ERROR_READ_ONLY,     /* a change through a handle from cdo_store_open_read_only */
  CDO_STORE_ERROR_CONFLICT,      /* undo/redo of a row changed outside Circondario since */
} CdoStoreError;

GQuark cdo_store_error_quark (void);

typedef struct _CdoStore CdoStore;

/* A new, empty district file; refuses a path that exists. @actor is the workstation user
 * name recorded in the journal for every change made through this handle. */
CdoStore    *cdo_store_create            (const char   *path,
                                          const char   *actor,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* Opens an existing file: checks integrity, refuses newer formats, takes the one-writer
 * lock (refusing with who holds it and since when), first copies the file to
 * "<path>.backup-YYYYMMDD-HHMMSS" beside it (unless the newest copy is this file as it
 * is; the newest 5 copies are kept, and of older ones the last of each day), then
 * migrates an older format (journaled; refused when the data no longer matches the
 * journal). */
CdoStore    *cdo_store_open              (const char   *path,
                                          const char   *actor,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* Opens for reading only, as `circondario-cli verify` and export do: no lock file, no
 * backup copy, no migration, nothing written; every change is refused with
 * CDO_STORE_ERROR_READ_ONLY. It reads one consistent state and holds SQLite's read lock
 * until closed, so close it soon: meanwhile cdo_store_open is refused. Refused with
 * CDO_STORE_ERROR_LOCKED while a Circondario holds the file open, and when an interrupted
 * change must first be rolled back by cdo_store_open. */
CdoStore    *cdo_store_open_read_only    (const char   *path,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* Releases the lock. */
void         cdo_store_close             (CdoStore     *store);

const char  *cdo_store_get_path          (CdoStore     *store);
/* Hex SHA-256 of the newest journal entry ("0000…" for an empty journal): printed on
 * every document. */
const char  *cdo_store_get_journal_head  (CdoStore     *store);
gint64       cdo_store_get_journal_length (CdoStore    *store);
/* TRUE when the file lies on NFS, SMB/CIFS or another network file system, including one
 * mounted through FUSE (sshfs, GVfs, rclone…; a FUSE file system not known to be local
 * counts as network): the window warns that two workstations could then meet on it. */
gboolean     cdo_store_is_on_network_share (CdoStore   *store);

/* The whole district, as plain data with row ids filled in. */
CdoDistrict *cdo_store_load_district     (CdoStore     *store,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* Adds @incoming in one transaction: the election days when the file has none (and
 * refuses different ones), comuni that are new, and the candidacies and lists of comuni
 * already present. An incoming comune is "already present" when its ISTAT code, or
 * (when either has none) its name and province, match one in the file; its own fields
 * must then be the same, and an ISTAT code used by a different comune is refused. An
 * interchange id that exists is refused (never a silent overwrite) and then nothing is
 * written. Fills the row ids of @incoming (all 0 again on failure). An import is not
 * undone by cdo_store_undo: it ends the undo history (restore the copy made on open). */
gboolean     cdo_store_import_district   (CdoStore     *store,
                                          CdoDistrict  *incoming,
                                          const char   *description,
                                          GError      **error);

/* Sets the district's voting days from the four days of @days (nothing else of it is
 * read): the first day is required, the others optional, each after the one before
 * (cdo_district_check_election_days). One journaled change, undone like any edit; setting
 * the days the file already has changes nothing and journals nothing. */
gboolean     cdo_store_set_election      (CdoStore           *store,
                                          const CdoDistrict  *days,
                                          GError            **error);

/* The filing desk's edits, each one transaction and one journal change set. The add_
 * functions insert the record with everything nested in it and fill its row ids. */
gboolean     cdo_store_add_comune        (CdoStore         *store,
                                          CdoComuneRecord  *comune,
                                          GError          **error);
gboolean     cdo_store_add_candidacy     (CdoStore         *store,
                                          gint64            comune_row_id,
                                          CdoCandidacy     *candidacy,
                                          GError          **error);
/* A list of the comune, linked to the candidacy @candidacy_row_id, or to none (a
 * one-sided list, in CdoComuneRecord.lists) when that is 0. */
gboolean     cdo_store_add_list          (CdoStore         *store,
                                          gint64            comune_row_id,
                                          gint64            candidacy_row_id,
                                          CdoCandidateList *list,
                                          GError          **error);
/* Rewrites the candidacy's id, mayor (personal data and documents), consecutive terms,
 * terms and one-sided links (not its lists). */
gboolean     cdo_store_update_candidacy  (CdoStore         *store,
                                          CdoCandidacy     *candidacy,
                                          GError          **error);
/* Rewrites the list's own fields, delegates, signatories and documents (not candidates). */
gboolean     cdo_store_update_list       (CdoStore         *store,
                                          CdoCandidateList *list,
                                          GError          **error);
/* Inserts @candidate at @position (1-based; n+1 appends) of the list. */
gboolean     cdo_store_insert_candidate  (CdoStore         *store,
                                          gint64            list_row_id,
                                          int               position,
                                          CdoCandidate     *candidate,
                                          GError          **error);
/* Inserts @candidates (CdoCandidate), in order, from @position on: one change set, so one
 * undo step, and all or nothing (a spreadsheet of candidates). */
gboolean     cdo_store_insert_candidates (CdoStore         *store,
                                          gint64            list_row_id,
                                          int               position,
                                          GPtrArray        *candidates,
                                          GError          **error);
/* Rewrites the candidate's personal data and documents. When the new personal data are
 * those of another person in the file the candidacy is linked to that person; a person
 * shared with another candidacy is never changed under that candidacy (this one gets a
 * person of its own). */
gboolean     cdo_store_update_candidate  (CdoStore         *store,
                                          CdoCandidate     *candidate,
                                          GError          **error);
gboolean     cdo_store_remove_candidate  (CdoStore         *store,
                                          gint64            candidate_row_id,
                                          GError          **error);
/* Moves the candidate at position @from to position @to (1-based), shifting the others. */
gboolean     cdo_store_move_candidate    (CdoStore         *store,
                                          gint64            list_row_id,
                                          int               from,
                                          int               to,
                                          GError          **error);

/* Undo applies, as a new journaled change set, the inverse of the newest change set made
 * through the filing desk that is not itself undone; redo re-applies an undone one. A
 * new edit empties the redo history; an import or a migration ends both histories. The
 * history survives closing and reopening the file (it is read back from the journal).
 * Undo and redo refuse (CDO_STORE_ERROR_CONFLICT) a row changed outside Circondario. */
gboolean     cdo_store_can_undo          (CdoStore     *store);
gboolean     cdo_store_can_redo          (CdoStore     *store);
/* The description of the change that undo (redo) would revert (re-apply), for the
 * menu item; NULL when there is none. */
const char  *cdo_store_get_undo_description (CdoStore  *store);
const char  *cdo_store_get_redo_description (CdoStore  *store);
gboolean     cdo_store_undo              (CdoStore     *store,
                                          GError      **error);
gboolean     cdo_store_redo              (CdoStore     *store,
                                          GError      **error);

typedef struct {
  gboolean  chain_intact;
  gint64    first_broken_entry;   /* journal sequence number; 0 when intact */
  gboolean  data_match_journal;
  char     *first_mismatch;       /* "candidate row 12: …" when a row was edited outside; NULL */
  gint64    entries;
  char     *broken_reason;        /* why first_broken_entry is broken, in words; NULL */
} CdoStoreVerification;

/* Recomputes the chain and replays the journal against the data tables. Returns FALSE
 * with @error only when the check itself could not run; the findings are in @result. */
gboolean     cdo_store_verify            (CdoStore             *store,
                                          CdoStoreVerification *result,
                                          GError              **error);
void         cdo_store_verification_clear (CdoStoreVerification *result);
/* Where the journal head printed on a document (@hex_hash, 64 hexadecimal digits) is in
 * this file's journal: *out_seq is its entry's sequence number, or 0 when no entry has
 * that hash (the journal was cut after the document was printed, or the document is not
 * from this file). Together with an intact chain this shows that every change known when
 * the document was printed is still in the file. FALSE with @error
 * (CDO_STORE_ERROR_INVALID) when @hex_hash is not a hash. */
gboolean     cdo_store_find_journal_entry (CdoStore            *store,
                                           const char          *hex_hash,
                                           gint64              *out_seq,
                                           GError             **error);

/* One change set of the journal, as `circondario-cli history` lists them. */
typedef struct {
  gint64  number;         /* the change set's number, counting from 1 */
  char   *kind;           /* "edit", "import", "undo", "redo" or "migration" (the file's own
                           * word for a kind this version does not know) */
  gint64  reverts;        /* an undo's or redo's: the number of the change set it reverts; 0 */
  char   *at;             /* when, ISO 8601 with the offset: "2026-05-24T09:12:41+02:00" */
  char   *actor;          /* the workstation user recorded for it */
  char   *description;    /* "List “Olivola Viva” changed", "Undo: …" */
  gint64  first_entry;    /* its journal entries, by sequence number: first_entry to */
  gint64  last_entry;     /* last_entry (below first_entry when cut off the journal by hand) */
} CdoStoreChangeSet;

/* The journal's change sets, oldest first (CdoStoreChangeSet). A read: it works on a
 * handle from cdo_store_open_read_only. */
GPtrArray   *cdo_store_read_history      (CdoStore     *store,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
void         cdo_store_change_set_free   (CdoStoreChangeSet *change_set);

/* "Save a copy": VACUUM INTO @destination (refuses an existing file). The copy is
 * complete or absent: it is written beside @destination and renamed at the end. On a
 * handle from cdo_store_open_read_only the copy is exactly the state the handle reads
 * (its read lock keeps every writer out meanwhile), and nothing is written to the file. */
gboolean     cdo_store_save_copy         (CdoStore     *store,
                                          const char   *destination,
                                          GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoStore, cdo_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoStoreChangeSet, cdo_store_change_set_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CdoStoreVerification, cdo_store_verification_clear)

G_END_DECLS
