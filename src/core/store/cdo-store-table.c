/* cdo-store-table.c: each data table as the journal sees it, a JSON image per row
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal records rows as json_object('id', id, 'column', column…) over every column
 * in table order, BLOBs as upper-case hex. Building that SQL from PRAGMA table_info keeps
 * the journal, verify's replay and undo generic: none of them knows what a candidate is,
 * and a migration that adds a column changes the images without a line of code here.
 * Images are compared as text: json_object has written the same text for the same values
 * for years, and should a future SQLite write it otherwise, verify would name the first
 * row that differs, and nothing would be lost.
 */
#define G_LOG_DOMAIN "cdo-store"

#include <glib/gi18n-lib.h>

#include "cdo-store-private.h"

static const char *const table_names[CDO_STORE_N_TABLES] = {
  "election", "comune", "person", "symbol", "candidacy", "mayor_term", "mayor_link",
  "list", "candidate", "delegate", "signatory",
};

/* What a commission member calls a row of each table, in verify's findings. */
static const char *const table_labels[CDO_STORE_N_TABLES] = {
  N_("election"), N_("comune"), N_("person"), N_("list symbol"), N_("mayoral candidacy"),
  N_("mayor's term"), N_("mayor's one-sided link"), N_("list"), N_("candidate"),
  N_("list delegate"), N_("signatory"),
};

const char *
_cdo_store_table_name (CdoStoreTable table)
{
  g_return_val_if_fail (table < CDO_STORE_N_TABLES, NULL);
  return table_names[table];
}

const char *
_cdo_store_table_label (CdoStoreTable table)
{
  g_return_val_if_fail (table < CDO_STORE_N_TABLES, NULL);
  return _(table_labels[table]);
}

gboolean
_cdo_store_table_from_name (const char    *name,
                            CdoStoreTable *out_table)
{
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    if (g_strcmp0 (name, table_names[i]) == 0)
      {
        *out_table = (CdoStoreTable) i;
        return TRUE;
      }
  return FALSE;
}

typedef struct {
  GString *image;
  GString *names;       /* c1, c2 */
  GString *parameters;  /* :c1, :c2 */
  GString *extracts;    /* json_extract(?1, '$.c1'), … */
  GString *assigns;     /* c1 = json_extract(?1, '$.c1'), … */
} SqlParts;

static void
add_column (SqlParts   *parts,
            const char *column,
            gboolean    blob)
{
  const char *separator = parts->names->len > 0 ? ", " : "";

  if (blob)
    {
      g_string_append_printf (parts->image, ", '%s', iif(%s IS NULL, NULL, hex(%s))",
                              column, column, column);
      g_string_append_printf (parts->extracts, ", cdo_unhex(json_extract(?1, '$.%s'))", column);
      g_string_append_printf (parts->assigns, "%s%s = cdo_unhex(json_extract(?1, '$.%s'))",
                              separator, column, column);
    }
  else
    {
      g_string_append_printf (parts->image, ", '%s', %s", column, column);
      g_string_append_printf (parts->extracts, ", json_extract(?1, '$.%s')", column);
      g_string_append_printf (parts->assigns, "%s%s = json_extract(?1, '$.%s')",
                              separator, column, column);
    }
  g_string_append_printf (parts->names, "%s%s", separator, column);
  g_string_append_printf (parts->parameters, "%s:%s", separator, column);
}

static void
build_sql (CdoStoreTableSql *sql,
           const char       *table,
           SqlParts         *parts)
{
  g_string_append (parts->image, ")");
  sql->image = g_strdup (parts->image->str);
  sql->insert_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s) RETURNING id, %s",
                                     table, parts->names->str, parts->parameters->str,
                                     sql->image);
  sql->bulk_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                   table, parts->names->str, parts->parameters->str);
  sql->restore_sql = g_strdup_printf ("INSERT INTO %s (id, %s) SELECT json_extract(?1, '$.id')%s "
                                      "RETURNING %s",
                                      table, parts->names->str, parts->extracts->str, sql->image);
  sql->reset_sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?2 RETURNING %s",
                                    table, parts->assigns->str, sql->image);
  sql->delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1 RETURNING %s", table, sql->image);
  sql->select_sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", sql->image, table);
  sql->all_sql = g_strdup_printf ("SELECT id, %s FROM %s ORDER BY id", sql->image, table);
}

static gboolean
describe_table (CdoStore       *self,
                CdoStoreTable   table,
                GError        **error)
{
  const char *name = table_names[table];
  g_autofree char *pragma = g_strdup_printf ("PRAGMA table_info(%s)", name);
  sqlite3_stmt *stmt = _cdo_store_prepare (self, pragma, error);
  SqlParts parts = {
    g_string_new ("json_object('id', id"), g_string_new (NULL), g_string_new (NULL),
    g_string_new (NULL), g_string_new (NULL),
  };
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      const char *type = (const char *) sqlite3_column_text (stmt, 2);

      if (g_strcmp0 (column, "id") != 0)
        add_column (&parts, column, g_ascii_strcasecmp (type, "BLOB") == 0);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE && parts.names->len > 0)
    build_sql (&self->tables[table], name, &parts);
  else if (rc == SQLITE_DONE)
    g_set_error (error, CDO_STORE_ERROR, CDO_STORE_ERROR_NOT_A_DISTRICT,
                 _("The district file has no table “%s”: it is not a Circondario file, "
                   "or it was damaged."), name);
  else
    _cdo_store_set_sqlite_error (self, rc, error);
  g_string_free (parts.image, TRUE);
  g_string_free (parts.names, TRUE);
  g_string_free (parts.parameters, TRUE);
  g_string_free (parts.extracts, TRUE);
  g_string_free (parts.assigns, TRUE);
  return rc == SQLITE_DONE && self->tables[table].image != NULL;
}

gboolean
_cdo_store_tables_describe (CdoStore  *self,
                            GError   **error)
{
  _cdo_store_tables_clear (self);
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    if (!describe_table (self, (CdoStoreTable) i, error))
      return FALSE;
  return TRUE;
}

void
_cdo_store_tables_clear (CdoStore *self)
{
  for (guint i = 0; i < CDO_STORE_N_TABLES; i++)
    {
      CdoStoreTableSql *sql = &self->tables[i];

      g_clear_pointer (&sql->image, g_free);
      g_clear_pointer (&sql->insert_sql, g_free);
      g_clear_pointer (&sql->bulk_sql, g_free);
      g_clear_pointer (&sql->restore_sql, g_free);
      g_clear_pointer (&sql->reset_sql, g_free);
      g_clear_pointer (&sql->delete_sql, g_free);
      g_clear_pointer (&sql->select_sql, g_free);
      g_clear_pointer (&sql->all_sql, g_free);
    }
}
