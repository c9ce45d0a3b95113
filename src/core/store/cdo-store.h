/* cdo-store.h: a district's working file (.circondario), one SQLite database
 *
 * Every edit is one transaction that also appends, to the append-only journal table,
 * one entry per changed row: time, actor, what changed, the row before and after, and a
 * SHA-256 chained over the previous entry. Nothing the caller was told is saved can be
 * lost: synchronous=FULL, WAL off (rollback journal), integrity_check on open.
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
} CdoStoreError;

GQuark cdo_store_error_quark (void);

typedef struct _CdoStore CdoStore;

/* A new, empty district file; refuses a path that exists. @actor is the workstation user
 * name recorded in the journal for every change made through this handle. */
CdoStore    *cdo_store_create            (const char   *path,
                                          const char   *actor,
                                          GError      **error);
/* Opens an existing file: checks integrity, refuses newer formats, migrates older ones
 * (journaled), takes the one-writer lock, and first copies the file to
 * "<path>.backup-YYYYMMDD-HHMMSS" beside it (the last few copies are kept). */
CdoStore    *cdo_store_open              (const char   *path,
                                          const char   *actor,
                                          GError      **error);
/* Releases the lock. */
void         cdo_store_close             (CdoStore     *store);

const char  *cdo_store_get_path          (CdoStore     *store);
/* Hex SHA-256 of the newest journal entry ("0000…" for an empty journal): printed on
 * every document. */
const char  *cdo_store_get_journal_head  (CdoStore     *store);
gint64       cdo_store_get_journal_length (CdoStore    *store);
/* TRUE when the file lies on NFS, SMB/CIFS or another network file system: the window
 * warns that two workstations could then meet on it. */
gboolean     cdo_store_is_on_network_share (CdoStore   *store);

/* The whole district, as plain data with row ids filled in. */
CdoDistrict *cdo_store_load_district     (CdoStore     *store,
                                          GError      **error);
/* Adds @incoming in one transaction: the election days when the file has none (and
 * refuses different ones), comuni that are new, and the candidacies and lists of comuni
 * already present. An interchange id or ISTAT code that exists is refused (never a silent
 * overwrite) and then nothing is written. Fills the row ids of @incoming. */
gboolean     cdo_store_import_district   (CdoStore     *store,
                                          CdoDistrict  *incoming,
                                          const char   *description,
                                          GError      **error);

/* The filing desk's edits, each one transaction and one journal change set. */
gboolean     cdo_store_add_comune        (CdoStore         *store,
                                          CdoComuneRecord  *comune,
                                          GError          **error);
gboolean     cdo_store_add_candidacy     (CdoStore         *store,
                                          gint64            comune_row_id,
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
/* Rewrites the candidate's personal data and documents. */
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
 * through the filing desk that is not itself undone; redo re-applies an undone one. */
gboolean     cdo_store_can_undo          (CdoStore     *store);
gboolean     cdo_store_can_redo          (CdoStore     *store);
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
} CdoStoreVerification;

/* Recomputes the chain and replays the journal against the data tables. Returns FALSE
 * with @error only when the check itself could not run; the findings are in @result. */
gboolean     cdo_store_verify            (CdoStore             *store,
                                          CdoStoreVerification *result,
                                          GError              **error);
void         cdo_store_verification_clear (CdoStoreVerification *result);

/* "Save a copy": VACUUM INTO @destination (refuses an existing file). */
gboolean     cdo_store_save_copy         (CdoStore     *store,
                                          const char   *destination,
                                          GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoStore, cdo_store_close)

G_END_DECLS
