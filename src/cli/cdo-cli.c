/* cdo-cli.c: circondario-cli's command table
 *
 * Every operation the window offers has a command here, so that scripts, batch printing,
 * tests and benchmarks reach the same code.
 */
#include <glib/gi18n.h>

#include "cdo-cli.h"
#include "cdo-cli-candidates.h"
#include "cdo-cli-copy.h"
#include "cdo-cli-election.h"
#include "cdo-cli-export.h"
#include "cdo-cli-history.h"
#include "cdo-cli-import.h"
#include "cdo-cli-receipt.h"
#include "cdo-cli-rules.h"
#include "cdo-cli-undo.h"
#include "cdo-cli-verify.h"

typedef struct {
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv, GString *out, GString *err);
} Command;

static const Command commands[] = {
  { "rules", N_("What the law requires of a comune's candidacies on an election date"),
    cdo_cli_rules_run },
  { "import", N_("Import a district or a dossier (XML) into a district file"),
    cdo_cli_import_run },
  { "export", N_("Export a district file as XML, with its symbols inside"),
    cdo_cli_export_run },
  { "import-candidates", N_("Add a spreadsheet's candidates (CSV, ODS, XLSX) to a list"),
    cdo_cli_candidates_run },
  { "election", N_("Print or set a district file's voting days"),
    cdo_cli_election_run },
  { "receipt", N_("Write the filing receipt of a list as PDF"),
    cdo_cli_receipt_run },
  { "undo", N_("Undo the newest change of a district file"),
    cdo_cli_undo_run },
  { "redo", N_("Redo the newest undone change of a district file"),
    cdo_cli_redo_run },
  { "history", N_("List the changes recorded in a district file's journal"),
    cdo_cli_history_run },
  { "copy", N_("Save a copy of a district file under another name"),
    cdo_cli_copy_run },
  { "verify", N_("Check a district file's journal chain and its data against the journal"),
    cdo_cli_verify_run },
};

static void
append_usage (GString *out)
{
  g_string_append (out, _("Usage: circondario-cli COMMAND [OPTION…]\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append (out, _("\nRun “circondario-cli COMMAND --help” for a command's options.\n"));
}

int
cdo_cli_run (int       argc,
             char    **argv,
             GString  *out,
             GString  *err)
{
  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      append_usage (argc < 2 ? err : out);
      return argc < 2 ? 2 : 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1, out, err);
  g_string_append_printf (err, _("circondario-cli: “%s” is not a command. "
                                 "Run “circondario-cli --help” for the list.\n"), argv[1]);
  return 2;
}
