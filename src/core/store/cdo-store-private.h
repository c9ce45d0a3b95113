/* cdo-store-private.h: the store's handle and the functions its files share
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layers, bottom up: cdo-store-sql (statements, binding, errors), cdo-store-table (what
 * each data table looks like as a JSON row image), cdo-store-journal (change sets and the
 * hash chain), cdo-store-row (journaled insert/update/delete of one row), then the
 * district-level files (load, write, import, edit, undo, verify) on top.
 */
#pragma once

#include <sqlite3.h>

#include "cdo-store.h"
#include "cdo-store-lock.h"

G_BEGIN_DECLS

/* The data tables, parents before children: the order rows can be inserted in. */
typedef enum {
  CDO_STORE_TABLE_ELECTION,
  CDO_STORE_TABLE_COMUNE,
  CDO_STORE_TABLE_PERSON,
  CDO_STORE_TABLE_SYMBOL,
  CDO_STORE_TABLE_CANDIDACY,
  CDO_STORE_TABLE_MAYOR_TERM,
  CDO_STORE_TABLE_MAYOR_LINK,
  CDO_STORE_TABLE_LIST,
  CDO_STORE_TABLE_CANDIDATE,
  CDO_STORE_TABLE_DELEGATE,
  CDO_STORE_TABLE_SIGNATORY,
  CDO_STORE_N_TABLES,
} CdoStoreTable;

/* The SQL the generic row layer runs on one table, built from PRAGMA table_info so that
 * a migration that adds a column needs no change here. */
typedef struct {
  char      *image;        /* json_object('id', id, 'c', c, 'blob', hex(blob)…) */
  char      *insert_sql;   /* INSERT … VALUES (:c…) RETURNING id, image */
  char      *bulk_sql;     /* INSERT … VALUES (:c…), the image read afterwards */
  char      *restore_sql;  /* INSERT (id, c…) SELECT json_extract(?1, '$.c')… RETURNING image */
  char      *reset_sql;    /* UPDATE … SET c = json_extract(?1, '$.c')… WHERE id = ?2 RETURNING image */
  char      *delete_sql;   /* DELETE … WHERE id = ?1 RETURNING image */
  char      *select_sql;   /* SELECT image … WHERE id = ?1 */
  char      *all_sql;      /* SELECT id, image … ORDER BY id */
} CdoStoreTableSql;

typedef enum {
  CDO_STORE_CHANGE_EDIT,
  CDO_STORE_CHANGE_IMPORT,
  CDO_STORE_CHANGE_UNDO,
  CDO_STORE_CHANGE_REDO,
  CDO_STORE_CHANGE_MIGRATE,
} CdoStoreChangeKind;

/* One change set on the undo or redo history: its journal entries are contiguous. */
typedef struct {
  gint64  change_set;
  gint64  first_seq;
  gint64  last_seq;
  char   *description;
} CdoStoreStep;

/* One journal entry with its change set, as hashed: see _cdo_store_journal_hash. */
typedef struct {
  gint64      seq;
  gint64      change_set;
  const char *kind;
  gint64      reverts;        /* 0 when none */
  const char *at;
  const char *actor;
  const char *description;
  const char *table_name;
  gint64      row_id;
  const char *operation;      /* "insert", "update", "delete" */
  const char *before;         /* NULL for an insert */
  const char *after;          /* NULL for a delete */
  const char *prev_hash;      /* hex */
} CdoStoreJournalEntry;

/* A hash in hex, as printed, and as stored (BLOB). */
#define CDO_STORE_HASH_LENGTH 64
#define CDO_STORE_HASH_BYTES 32
/* PRAGMA application_id of every district file: "CDO1" in ASCII. */
#define CDO_STORE_APPLICATION_ID 1128550193

struct _CdoStore {
  sqlite3          *db;
  char             *path;
  char             *actor;
  gboolean          read_only;
  CdoStoreLock     *lock;
  gboolean          on_network_share;
  GHashTable       *statements;      /* SQL text → sqlite3_stmt */
  GChecksum        *checksum;
  GString          *hash_input;      /* the bytes of one entry, see _cdo_store_journal_hash */
  CdoStoreTableSql  tables[CDO_STORE_N_TABLES];

  /* What is committed. */
  char              head[CDO_STORE_HASH_LENGTH + 1];
  gint64            length;
  gint64            last_change_set;
  GPtrArray        *undo_steps;      /* CdoStoreStep, newest last */
  GPtrArray        *redo_steps;      /* CdoStoreStep, newest last */

  /* The change set of the open transaction. */
  struct {
    gboolean            active;
    gint64              set;
    CdoStoreChangeKind  kind;
    gint64              reverts;
    char               *at;
    char               *description;
    char                head[CDO_STORE_HASH_LENGTH + 1];
    gint64              length;
    /* An import only inserts, and journals its rows at the end (journal_new_rows in
     * cdo-store-journal.c). The largest row id of each table before it. */
    gboolean            bulk;
    gint64              max_ids[CDO_STORE_N_TABLES];
  } change;
};

/* cdo-store-sql.c */
gboolean      _cdo_store_register_functions   (CdoStore      *self,
                                               GError       **error);
void          _cdo_store_forget_statements    (CdoStore      *self);
void          _cdo_store_set_sqlite_error     (CdoStore      *self,
                                               int            rc,
                                               GError       **error);
sqlite3_stmt *_cdo_store_prepare              (CdoStore      *self,
                                               const char    *sql,
                                               GError       **error);
gboolean      _cdo_store_exec                 (CdoStore      *self,
                                               const char    *sql,
                                               GError       **error);
gboolean      _cdo_store_step_done            (CdoStore      *self,
                                               sqlite3_stmt  *stmt,
                                               GError       **error);
void          _cdo_store_bind_text            (sqlite3_stmt  *stmt,
                                               const char    *name,
                                               const char    *value);
void          _cdo_store_bind_int64           (sqlite3_stmt  *stmt,
                                               const char    *name,
                                               gint64         value);
void          _cdo_store_bind_id              (sqlite3_stmt  *stmt,
                                               const char    *name,
                                               gint64         row_id);
void          _cdo_store_bind_bytes           (sqlite3_stmt  *stmt,
                                               const char    *name,
                                               GBytes        *bytes);
void          _cdo_store_bind_date            (sqlite3_stmt  *stmt,
                                               const char    *name,
                                               const GDate   *date);
char         *_cdo_store_column_dup           (sqlite3_stmt  *stmt,
                                               int            column);
void          _cdo_store_column_date          (sqlite3_stmt  *stmt,
                                               int            column,
                                               GDate         *out_date);

/* cdo-store-table.c */
const char   *_cdo_store_table_name           (CdoStoreTable  table);
const char   *_cdo_store_table_label          (CdoStoreTable  table);
gboolean      _cdo_store_tables_describe      (CdoStore      *self,
                                               GError       **error);
void          _cdo_store_tables_clear         (CdoStore      *self);
gboolean      _cdo_store_table_from_name      (const char    *name,
                                               CdoStoreTable *out_table);

/* cdo-store-schema.c */
int           _cdo_store_schema_version       (void);
gboolean      _cdo_store_schema_create        (CdoStore      *self,
                                               GError       **error);
gboolean      _cdo_store_schema_upgrade       (CdoStore      *self,
                                               int            from_version,
                                               GError       **error);
/* Tests only: one more migration step after the real ones (NULL removes it). */
void          _cdo_store_schema_set_test_step (const char    *sql);

/* cdo-store-journal.c */
gboolean      _cdo_store_change_begin         (CdoStore      *self,
                                               CdoStoreChangeKind kind,
                                               gint64         reverts,
                                               const char    *description,
                                               GError       **error);
gboolean      _cdo_store_change_commit        (CdoStore      *self,
                                               GError       **error);
void          _cdo_store_change_rollback      (CdoStore      *self);
gboolean      _cdo_store_change_finish        (CdoStore      *self,
                                               gboolean       done,
                                               GError       **error);
gboolean      _cdo_store_journal_append       (CdoStore      *self,
                                               CdoStoreTable  table,
                                               gint64         row_id,
                                               const char    *operation,
                                               const char    *before,
                                               const char    *after,
                                               GError       **error);
void          _cdo_store_journal_hash         (CdoStore      *self,
                                               const CdoStoreJournalEntry *entry,
                                               guint8         out[CDO_STORE_HASH_BYTES]);
void          _cdo_store_hash_to_hex          (const guint8  *hash,
                                               char           out[CDO_STORE_HASH_LENGTH + 1]);
gboolean      _cdo_store_journal_read_state   (CdoStore      *self,
                                               GError       **error);

/* cdo-store-row.c */
void          _cdo_store_set_not_found        (CdoStoreTable  table,
                                               gint64         row_id,
                                               GError       **error);
sqlite3_stmt *_cdo_store_row_insert_prepare   (CdoStore      *self,
                                               CdoStoreTable  table,
                                               GError       **error);
gboolean      _cdo_store_row_insert_run       (CdoStore      *self,
                                               CdoStoreTable  table,
                                               sqlite3_stmt  *stmt,
                                               gint64        *out_row_id,
                                               GError       **error);
sqlite3_stmt *_cdo_store_row_update_prepare   (CdoStore      *self,
                                               CdoStoreTable  table,
                                               const char    *const *columns,
                                               GError       **error);
gboolean      _cdo_store_row_update_run       (CdoStore      *self,
                                               CdoStoreTable  table,
                                               sqlite3_stmt  *stmt,
                                               gint64         row_id,
                                               GError       **error);
gboolean      _cdo_store_row_set_int64        (CdoStore      *self,
                                               CdoStoreTable  table,
                                               gint64         row_id,
                                               const char    *column,
                                               gint64         value,
                                               GError       **error);
gboolean      _cdo_store_row_delete           (CdoStore      *self,
                                               CdoStoreTable  table,
                                               gint64         row_id,
                                               GError       **error);
/* *out_image is NULL when there is no such row. */
gboolean      _cdo_store_row_image            (CdoStore      *self,
                                               CdoStoreTable  table,
                                               gint64         row_id,
                                               char         **out_image,
                                               GError       **error);
gboolean      _cdo_store_row_restore          (CdoStore      *self,
                                               CdoStoreTable  table,
                                               gint64         row_id,
                                               const char    *expected,
                                               const char    *image,
                                               GError       **error);

/* cdo-store-verify.c: the journal replayed into one (row id → image) table per data table. */
typedef struct {
  GHashTable *rows[CDO_STORE_N_TABLES];   /* gint64 * → char * */
  gint64      entries;
  gint64      first_inconsistent;         /* an entry whose "before" the replay contradicts */
} CdoStoreReplay;

/* Also checks the hash chain into @chain when that is not NULL. */
gboolean      _cdo_store_replay               (CdoStore      *self,
                                               CdoStoreReplay *replay,
                                               CdoStoreVerification *chain,
                                               GError       **error);
void          _cdo_store_replay_clear         (CdoStoreReplay *replay);
/* *out_mismatch is NULL when every data table matches @replay, else the first
 * difference in words. Consumes @replay (its matched rows are removed). */
gboolean      _cdo_store_compare_with_replay  (CdoStore      *self,
                                               CdoStoreReplay *replay,
                                               char         **out_mismatch,
                                               GError       **error);
/* Journals, as one entry each, the differences between @replay and the data tables. */
gboolean      _cdo_store_journal_differences  (CdoStore      *self,
                                               CdoStoreReplay *replay,
                                               GError       **error);

/* cdo-store-undo.c */
void          _cdo_store_step_free            (gpointer       step);
void          _cdo_store_history_note         (CdoStore      *self,
                                               CdoStoreChangeKind kind,
                                               gint64         change_set,
                                               gint64         reverts,
                                               gint64         first_seq,
                                               gint64         last_seq,
                                               const char    *description);

/* cdo-store-backup.c */
gboolean      _cdo_store_backup_on_open       (CdoStore      *self,
                                               GError       **error);

/* cdo-store-share.c */
gboolean      _cdo_store_path_is_on_network_share (const char *path);
/* The decision itself, from statfs's magic number and, for FUSE, the mount table's type
 * ("fuse.sshfs"; NULL when unknown). */
gboolean      _cdo_store_file_system_is_network (guint32     magic,
                                                 const char *fuse_type);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CdoStoreReplay, _cdo_store_replay_clear)

G_END_DECLS
