# po/gettext-common.sh: sourced by check-po.sh and update-translation.
#
# The xgettext options are those of meson's i18n.gettext(preset: 'glib'), so the catalogue
# built here matches the one `meson compile circondario-pot` writes.

GETTEXT_PACKAGE=circondario

XGETTEXT_ARGS=(
  --from-code=UTF-8
  --add-comments
  --force-po
  --package-name="$GETTEXT_PACKAGE"
  --keyword=_
  --keyword=N_
  --keyword=C_:1c,2
  --keyword=NC_:1c,2
  --keyword=g_dcgettext:2
  --keyword=g_dngettext:2,3
  --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format
  --flag=C_:2:pass-c-format
  --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format
  --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format
  --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format
  --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format
  --flag=g_log:3:c-format
  --flag=g_print:1:c-format
  --flag=g_printerr:1:c-format
  --flag=g_printf:1:c-format
  --flag=g_fprintf:2:c-format
  --flag=g_sprintf:2:c-format
  --flag=g_snprintf:3:c-format
)

# make_pot SRCROOT OUTPUT: extract the messages of every file in po/POTFILES.in.
make_pot ()
{
  local srcroot="$1" output="$2" list
  list="$(mktemp)"
  grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$srcroot/po/POTFILES.in" > "$list"
  # GETTEXTDATADIRS: xgettext reads the .its/.loc rules for data/documents/catalog.xml from
  # its/ below this folder (po/meson.build passes the same as data_dirs).
  (cd "$srcroot" && GETTEXTDATADIRS="$srcroot/data/documents" xgettext "${XGETTEXT_ARGS[@]}" \
     --files-from="$list" --output="$output")
  local rc=$?
  rm -f "$list"
  return $rc
}

# languages SRCROOT: the codes listed in po/LINGUAS.
languages ()
{
  sed -e 's/#.*//' "$1/po/LINGUAS" | tr -s '[:space:]' '\n' | grep -v '^$'
}
