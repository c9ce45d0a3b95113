/* cdo-district-values.c: the reader's first pass, over every element and attribute of the file
 *
 * Copyright 2026 The Circondario authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs before the schema so that a file it would refuse is refused with a message that names
 * the element, the attribute and the value, and says what to write instead: the schema alone
 * would say "Element comune failed to validate attributes" or "Element list failed to
 * validate content". Every attribute of district.rng is checked here against the same rule
 * (the shared ones from cdo-district-check.h), every element against the elements it may be
 * inside, and the format's version first of all, so that a file from a newer Circondario
 * says so. It also checks what the schema leaves to the reader: the length of names (see the
 * comment in district.rng), days that exist, and document kinds from the catalogue.
 *
 * The schema stays the authority and runs after this pass: what is left to it is the order
 * and the number of elements (the mayor first in a candidacy, one <election>). Values are
 * taken as they are written, without the schema's trimming of spaces around yes, no, F, M
 * and the other words, because the reader builds the district from them as they are.
 */
#define G_LOG_DOMAIN "cdo-district-xml"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cdo-date.h"
#include "cdo-district-check.h"
#include "cdo-district-reader-private.h"
#include "cdo-xml.h"

/* The short name the passes use (cdo-district-reader.c). */
#define fail _cdo_district_reader_fail

typedef CdoDistrictReader Reader;

/* The forms an attribute's value takes, one per rule of district.rng. */
typedef enum {
  FORM_NAME,         /* names, places, sources: 1 to 200 characters, not blank */
  FORM_DATE,         /* YYYY-MM-DD, a day that exists */
  FORM_MINUTE,       /* filed: YYYY-MM-DDTHH:MM */
  FORM_SECOND,       /* filed-recorded-at: YYYY-MM-DDTHH:MM:SS */
  FORM_SEX,
  FORM_YES_NO,
  FORM_ID,
  FORM_PROVINCE,
  FORM_ISTAT,
  FORM_EU_STATE,
  FORM_POPULATION,
  FORM_SIGNATURES,
  FORM_TERMS,
  FORM_FORMAT,
  FORM_ENDED,
  FORM_MEDIA_TYPE,
  FORM_PATH,
  FORM_KIND,         /* checked with its holder, in check_document_kind() */
} Form;

typedef enum {
  ELEMENT_CIRCONDARIO,
  ELEMENT_ELECTION,
  ELEMENT_COMUNE,
  ELEMENT_CANDIDACY,
  ELEMENT_MAYOR,
  ELEMENT_TERM,
  ELEMENT_LIST,
  ELEMENT_LINK,
  ELEMENT_SYMBOL_DATA,
  ELEMENT_DELEGATE,
  ELEMENT_SIGNATORY,
  ELEMENT_DOCUMENT,
  ELEMENT_CANDIDATE,
  N_ELEMENTS,
} ElementId;

#define INSIDE(element) (1u << ELEMENT_##element)

typedef enum {
  ATTRIBUTE_REQUIRED   = 1 << 0,
  /* Only on a <list> directly in <comune> (supports=). */
  ATTRIBUTE_LOOSE_LIST = 1 << 1,
} AttributeFlags;

typedef struct {
  const char *name;
  guint8      form;
  guint8      flags;
} AttributeRule;

#define MAX_ATTRIBUTES 8

typedef struct {
  const char    *name;
  guint          inside;       /* INSIDE() bits of the elements it may be in; 0: the root */
  gboolean       holds_text;
  AttributeRule  attributes[MAX_ATTRIBUTES];   /* the required ones first, as messages list them */
} ElementRule;

#define REQUIRED(name, form) { name, form, ATTRIBUTE_REQUIRED }
#define OPTIONAL(name, form) { name, form, 0 }

/* The elements and attributes of district.rng, element by element. The schema stays the
 * authority; test-district-xml reads a file that uses every attribute of the format, and one
 * refusal per form. */
static const ElementRule elements[N_ELEMENTS] = {
  [ELEMENT_CIRCONDARIO] = { "circondario", 0, FALSE, {
    REQUIRED ("format", FORM_FORMAT) } },
  [ELEMENT_ELECTION] = { "election", INSIDE (CIRCONDARIO), FALSE, {
    REQUIRED ("first-day", FORM_DATE), OPTIONAL ("second-day", FORM_DATE),
    OPTIONAL ("runoff-first-day", FORM_DATE), OPTIONAL ("runoff-second-day", FORM_DATE) } },
  [ELEMENT_COMUNE] = { "comune", INSIDE (CIRCONDARIO), FALSE, {
    REQUIRED ("name", FORM_NAME), REQUIRED ("province", FORM_PROVINCE),
    REQUIRED ("population", FORM_POPULATION), OPTIONAL ("istat", FORM_ISTAT),
    OPTIONAL ("region", FORM_NAME), OPTIONAL ("population-source", FORM_NAME),
    OPTIONAL ("capoluogo", FORM_YES_NO) } },
  [ELEMENT_CANDIDACY] = { "candidacy", INSIDE (COMUNE), FALSE, {
    REQUIRED ("id", FORM_ID) } },
  [ELEMENT_MAYOR] = { "mayor", INSIDE (CANDIDACY), FALSE, {
    REQUIRED ("surname", FORM_NAME), REQUIRED ("given-names", FORM_NAME),
    OPTIONAL ("sex", FORM_SEX), OPTIONAL ("born", FORM_DATE),
    OPTIONAL ("birthplace", FORM_NAME), OPTIONAL ("eu-state", FORM_EU_STATE),
    OPTIONAL ("consecutive-terms", FORM_TERMS) } },
  [ELEMENT_TERM] = { "term", INSIDE (MAYOR), FALSE, {
    REQUIRED ("from", FORM_DATE), REQUIRED ("ended", FORM_ENDED), OPTIONAL ("to", FORM_DATE) } },
  [ELEMENT_LIST] = { "list", INSIDE (COMUNE) | INSIDE (CANDIDACY), FALSE, {
    REQUIRED ("id", FORM_ID), REQUIRED ("name", FORM_NAME), OPTIONAL ("symbol", FORM_PATH),
    OPTIONAL ("filed", FORM_MINUTE), OPTIONAL ("filed-recorded-at", FORM_SECOND),
    OPTIONAL ("signatures", FORM_SIGNATURES), OPTIONAL ("party-symbol", FORM_YES_NO),
    { "supports", FORM_ID, ATTRIBUTE_LOOSE_LIST } } },
  [ELEMENT_LINK] = { "link", INSIDE (CANDIDACY), FALSE, {
    REQUIRED ("list", FORM_ID) } },
  [ELEMENT_SYMBOL_DATA] = { "symbol-data", INSIDE (LIST), TRUE, {
    REQUIRED ("media-type", FORM_MEDIA_TYPE) } },
  [ELEMENT_DELEGATE] = { "delegate", INSIDE (LIST), FALSE, {
    REQUIRED ("surname", FORM_NAME), REQUIRED ("given-names", FORM_NAME) } },
  [ELEMENT_SIGNATORY] = { "signatory", INSIDE (LIST), FALSE, {
    REQUIRED ("surname", FORM_NAME), REQUIRED ("given-names", FORM_NAME),
    OPTIONAL ("born", FORM_DATE), OPTIONAL ("authenticated", FORM_DATE) } },
  [ELEMENT_DOCUMENT] = { "document", INSIDE (MAYOR) | INSIDE (LIST) | INSIDE (CANDIDATE), FALSE, {
    REQUIRED ("kind", FORM_KIND), OPTIONAL ("complete", FORM_YES_NO) } },
  [ELEMENT_CANDIDATE] = { "candidate", INSIDE (LIST), FALSE, {
    REQUIRED ("surname", FORM_NAME), REQUIRED ("given-names", FORM_NAME),
    OPTIONAL ("sex", FORM_SEX), OPTIONAL ("born", FORM_DATE),
    OPTIONAL ("birthplace", FORM_NAME), OPTIONAL ("eu-state", FORM_EU_STATE) } },
};

/* How much of a value a message quotes, in characters. */
#define SHOWN_LENGTH 60

static const ElementRule *
find_element (const char *name)
{
  for (guint i = 0; i < N_ELEMENTS; i++)
    if (elements[i].name[0] == name[0] && strcmp (elements[i].name, name) == 0)
      return &elements[i];
  return NULL;
}

/* The index of @name among @rule's attributes, or -1. */
static int
find_attribute (const ElementRule *rule,
                const char        *name)
{
  for (int i = 0; i < MAX_ATTRIBUTES && rule->attributes[i].name != NULL; i++)
    if (rule->attributes[i].name[0] == name[0] && strcmp (rule->attributes[i].name, name) == 0)
      return i;
  return -1;
}

/* @value fit to be quoted in a message: at most SHOWN_LENGTH characters, on one line. The
 * parser has made it valid UTF-8. */
static char *
shown_value (const char *value)
{
  const char *end = value;
  char *shown;

  for (guint n = 0; *end != '\0' && n < SHOWN_LENGTH; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    shown = g_strdup (value);
  else
    shown = g_strdup_printf ("%.*s…", (int) (end - value), value);
  for (char *p = shown; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  return shown;
}

/* "name, province, population": the attributes @rule allows inside @parent (-1: the root). */
static char *
list_attributes (const ElementRule *rule,
                 int                parent)
{
  GString *listed = g_string_new (NULL);

  for (int i = 0; i < MAX_ATTRIBUTES && rule->attributes[i].name != NULL; i++)
    if (!(rule->attributes[i].flags & ATTRIBUTE_LOOSE_LIST) || parent == ELEMENT_COMUNE)
      g_string_append_printf (listed, "%s%s", listed->len ? ", " : "", rule->attributes[i].name);
  return g_string_free (listed, FALSE);
}

/* "election, comune": the elements that may be inside @parent. */
static char *
list_children (ElementId parent)
{
  GString *listed = g_string_new (NULL);

  for (guint i = 0; i < N_ELEMENTS; i++)
    if (elements[i].inside & (1u << parent))
      g_string_append_printf (listed, "%s%s", listed->len ? ", " : "", elements[i].name);
  return g_string_free (listed, FALSE);
}

/* "<mayor>, <list>": the elements @rule may be inside. */
static char *
list_parents (const ElementRule *rule)
{
  GString *listed = g_string_new (NULL);

  for (guint i = 0; i < N_ELEMENTS; i++)
    if (rule->inside & (1u << i))
      g_string_append_printf (listed, "%s<%s>", listed->len ? ", " : "", elements[i].name);
  return g_string_free (listed, FALSE);
}

/* "<comune>, <list>": the elements that have an attribute @name; NULL when none has. */
static char *
list_owners (const char *name)
{
  GString *listed = g_string_new (NULL);

  for (guint i = 0; i < N_ELEMENTS; i++)
    if (find_attribute (&elements[i], name) >= 0)
      g_string_append_printf (listed, "%s<%s>", listed->len ? ", " : "", elements[i].name);
  if (listed->len == 0)
    {
      g_string_free (listed, TRUE);
      return NULL;
    }
  return g_string_free (listed, FALSE);
}

static gboolean
check_document_kind (Reader   *self,
                     xmlNode  *node,
                     GError  **error)
{
  g_autofree char *kind_name = cdo_xml_get_attr (node, "kind");
  g_autofree char *names = NULL;
  const CdoDocumentKind *kind;
  CdoDocumentHolder holder;

  /* Only a holder may be its parent (the element rules above). */
  if (kind_name == NULL || node->parent == NULL || node->parent->type != XML_ELEMENT_NODE
      || !cdo_document_holder_from_string ((const char *) node->parent->name, &holder))
    return TRUE;
  kind = cdo_document_catalog_lookup (self->catalog, kind_name);
  if (kind != NULL && cdo_document_kind_applies_to (kind, holder))
    return TRUE;
  names = cdo_document_catalog_list_names (self->catalog, holder);
  if (kind == NULL)
    return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                 _("“%s” is not a kind of document. The kinds a <%s> can file are: %s."),
                 kind_name, (const char *) node->parent->name, names);
  return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
               _("a <%s> does not file the document “%s”. Its kinds are: %s."),
               (const char *) node->parent->name, kind_name, names);
}

/* The format's version comes first: a newer file may hold anything. */
static gboolean
check_format (Reader      *self,
              xmlNode     *node,
              const char  *value,
              GError     **error)
{
  g_autofree char *shown = NULL;
  gboolean digits = value[0] >= '1' && value[0] <= '9';

  if (strcmp (value, G_STRINGIFY (CDO_DISTRICT_XML_FORMAT_VERSION)) == 0)
    return TRUE;
  for (const char *p = value; digits && *p != '\0'; p++)
    digits = g_ascii_isdigit (*p);
  shown = shown_value (value);
  if (digits)
    return fail (self, error, CDO_DISTRICT_XML_ERROR_NEWER_FORMAT, node,
                 _("this file was written by a newer version of Circondario (format %s); this "
                   "version reads format %d: update Circondario to read it."),
                 shown, CDO_DISTRICT_XML_FORMAT_VERSION);
  return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
               _("format=\"%s\" on <circondario> is not a version of the district format, "
                 "which is a whole number. Write format=\"%d\" if the file follows version %d."),
               shown, CDO_DISTRICT_XML_FORMAT_VERSION, CDO_DISTRICT_XML_FORMAT_VERSION);
}

static gboolean
is_yes_no (const char *value)
{
  return strcmp (value, "yes") == 0 || strcmp (value, "no") == 0;
}

/* TRUE when @value has the form @form; names, the format and document kinds have checks of
 * their own. */
static gboolean
has_form (Form        form,
          const char *value)
{
  CdoFilingTime time;
  GDate date;
  CdoSex sex;
  CdoTermEnd ended;

  switch (form)
    {
    case FORM_DATE:
      return cdo_date_parse_iso (value, &date);
    case FORM_MINUTE:
      return cdo_filing_time_parse (value, &time);
    case FORM_SECOND:
      return cdo_district_check_recorded_at (value);
    case FORM_SEX:
      return cdo_sex_from_string (value, &sex);
    case FORM_YES_NO:
      return is_yes_no (value);
    case FORM_ID:
      return cdo_district_check_id (value);
    case FORM_PROVINCE:
      return cdo_district_check_province (value);
    case FORM_ISTAT:
      return cdo_district_check_istat (value);
    case FORM_EU_STATE:
      return cdo_district_check_eu_state (value);
    case FORM_POPULATION:
      return cdo_district_check_count (value, CDO_DISTRICT_MAX_POPULATION);
    case FORM_SIGNATURES:
      return cdo_district_check_count (value, CDO_DISTRICT_MAX_SIGNATURES);
    case FORM_TERMS:
      return cdo_district_check_count (value, CDO_DISTRICT_MAX_CONSECUTIVE_TERMS);
    case FORM_ENDED:
      return cdo_term_end_from_string (value, &ended);
    case FORM_MEDIA_TYPE:
      return cdo_district_check_media_type (value);
    case FORM_PATH:
      return value[0] != '\0'
             && g_utf8_strlen (value, CDO_DISTRICT_SYMBOL_PATH_MAX_LENGTH * 4 + 1)
                <= CDO_DISTRICT_SYMBOL_PATH_MAX_LENGTH;
    case FORM_NAME:
    case FORM_FORMAT:
    case FORM_KIND:
    default:
      return TRUE;
    }
}

/* @value is not of @form: says what @name on @node should be. */
static gboolean
refuse_value (Reader      *self,
              xmlNode     *node,
              const char  *name,
              Form         form,
              const char  *value,
              GError     **error)
{
  g_autofree char *shown = shown_value (value);
  const char *element = (const char *) node->name;

#define REFUSE(...) fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node, __VA_ARGS__)
  switch (form)
    {
    case FORM_DATE:
      return REFUSE (_("%s=\"%s\" on <%s> is not a day of the calendar. Write the date as "
                       "YYYY-MM-DD, for example 1980-01-31."), name, shown, element);
    case FORM_MINUTE:
      return REFUSE (_("filed=\"%s\" on <list> is not a filing time. Write the day and the "
                       "minute as YYYY-MM-DDTHH:MM, for example 2026-04-24T09:15."), shown);
    case FORM_SECOND:
      return REFUSE (_("filed-recorded-at=\"%s\" on <list> is not a time. Write it as "
                       "YYYY-MM-DDTHH:MM:SS, for example 2026-04-24T09:16:05."), shown);
    case FORM_SEX:
      return REFUSE (_("sex=\"%s\" on <%s> is not accepted. Write F or M, or leave sex out "
                       "when it is not known."), shown, element);
    case FORM_YES_NO:
      return REFUSE (_("%s=\"%s\" on <%s> is not accepted. Write yes or no, in lower case."),
                     name, shown, element);
    case FORM_ID:
      return REFUSE (_("%s=\"%s\" on <%s> is not an id. An id has 1 to 64 letters, digits, "
                       "“.”, “_” and “-”, without spaces, and starts with a letter or a digit, "
                       "for example ol-1-a."), name, shown, element);
    case FORM_PROVINCE:
      return REFUSE (_("province=\"%s\" on <comune> is not a province. Write the province's "
                       "two capital letters, for example AL."), shown);
    case FORM_ISTAT:
      return REFUSE (_("istat=\"%s\" on <comune> is not an ISTAT code. Write the code's six "
                       "digits, for example 006119, or leave istat out."), shown);
    case FORM_EU_STATE:
      return REFUSE (_("eu-state=\"%s\" on <%s> is not the code of an EU state. Write the "
                       "state's two capital letters, for example DE, or leave eu-state out for "
                       "an Italian citizen."), shown, element);
    case FORM_POPULATION:
      return REFUSE (_("population=\"%s\" on <comune> is not a population. Write the legal "
                       "population as a whole number of at most nine digits, without points "
                       "or spaces, for example 22025."), shown);
    case FORM_SIGNATURES:
      return REFUSE (_("signatures=\"%s\" on <list> is not a number of signatures. Write the "
                       "number declared, a whole number of at most six digits without points "
                       "or spaces, for example 350, or leave signatures out when none was "
                       "declared."), shown);
    case FORM_TERMS:
      return REFUSE (_("consecutive-terms=\"%s\" on <mayor> is not a number of terms. Write a "
                       "whole number from 0 to 99, for example 1, or leave consecutive-terms "
                       "out for none."), shown);
    case FORM_ENDED:
      return REFUSE (_("ended=\"%s\" on <term> is not accepted. Write natural, "
                       "voluntary-resignation or other."), shown);
    case FORM_MEDIA_TYPE:
      return REFUSE (_("media-type=\"%s\" on <symbol-data> is not accepted. Write image/png "
                       "for a PNG image or image/svg+xml for an SVG image."), shown);
    case FORM_PATH:
      if (value[0] == '\0')
        return REFUSE (_("symbol=\"\" on <list> is empty. Write the path of the symbol's "
                         "file, for example symbols/civica.svg, or leave symbol out."));
      return REFUSE (_("symbol on <list> is longer than %d characters. Put the symbol's file "
                       "in a folder with a shorter path, and correct symbol."),
                     CDO_DISTRICT_SYMBOL_PATH_MAX_LENGTH);
    case FORM_NAME:
    case FORM_FORMAT:
    case FORM_KIND:
    default:
      g_assert_not_reached ();
    }
#undef REFUSE
}

/* The attribute's value without a copy when it is one text node, as the parser leaves it;
 * otherwise a copy in @copy. */
static const char *
attribute_value (xmlAttr  *attribute,
                 char    **copy)
{
  xmlNode *text = attribute->children;

  if (text != NULL && text->next == NULL && text->type == XML_TEXT_NODE && text->content != NULL)
    return (const char *) text->content;
  *copy = (char *) xmlNodeListGetString (attribute->doc, attribute->children, 1);
  return *copy ? *copy : "";
}

static gboolean
check_value (Reader              *self,
             xmlNode             *node,
             const char          *name,
             const AttributeRule *rule,
             const char          *value,
             GError             **error)
{
  g_autofree char *shown = NULL;

  switch ((Form) rule->form)
    {
    case FORM_NAME:
      switch (cdo_district_check_name (value))
        {
        case CDO_DISTRICT_NAME_BLANK:
          shown = shown_value (value);
          return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                       _("%s=\"%s\" on <%s> is empty. Fill it in."), name, shown,
                       (const char *) node->name);
        case CDO_DISTRICT_NAME_TOO_LONG:
          return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                       _("%s on <%s> is longer than %d characters. Shorten it."), name,
                       (const char *) node->name, CDO_DISTRICT_MAX_NAME_LENGTH);
        case CDO_DISTRICT_NAME_OK:
        default:
          return TRUE;
        }
    case FORM_FORMAT:
      return check_format (self, node, value, error);
    case FORM_KIND:
      /* With its holder, once the element's attributes are known. */
      return TRUE;
    default:
      if (has_form (rule->form, value))
        return TRUE;
      return refuse_value (self, node, name, rule->form, value, error);
    }
}

static gboolean
check_attributes (Reader             *self,
                  xmlNode            *node,
                  const ElementRule  *rule,
                  int                 parent,
                  GError            **error)
{
  const char *element = (const char *) node->name;
  guint seen = 0;

  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      const char *name = (const char *) attribute->name;
      int index = attribute->ns == NULL ? find_attribute (rule, name) : -1;
      g_autofree char *copy = NULL;
      g_autofree char *listed = NULL;
      g_autofree char *shown = NULL;
      const char *value;

      if (index < 0)
        {
          g_autofree char *owners = attribute->ns == NULL ? list_owners (name) : NULL;

          listed = list_attributes (rule, parent);
          if (owners != NULL)
            return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                         _("<%s> has no attribute “%s”, which belongs on %s. Its attributes "
                           "are: %s. Move it there, or remove it."),
                         element, name, owners, listed);
          return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                       _("<%s> has no attribute “%s”. Its attributes are: %s. Correct the "
                         "name, or remove the attribute."), element, name, listed);
        }
      value = attribute_value (attribute, &copy);
      if ((rule->attributes[index].flags & ATTRIBUTE_LOOSE_LIST) && parent != ELEMENT_COMUNE)
        {
          shown = shown_value (value);
          return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                       _("%s=\"%s\" is on a <list> inside a <candidacy>, which links the list "
                         "with that candidacy already. Remove %s, or move the list directly "
                         "into the <comune> to declare a one-sided support."),
                       name, shown, name);
        }
      if (!check_value (self, node, name, &rule->attributes[index], value, error))
        return FALSE;
      seen |= 1u << index;
    }
  for (int i = 0; i < MAX_ATTRIBUTES && rule->attributes[i].name != NULL; i++)
    if ((rule->attributes[i].flags & ATTRIBUTE_REQUIRED) && !(seen & (1u << i)))
      return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                   _("<%s> needs the attribute %s=\"…\". Add it."), element,
                   rule->attributes[i].name);
  return TRUE;
}

/* Where an element of @node's name may be, and whether it is one of the format at all;
 * @parent is -1 for the root. */
static gboolean
check_place (Reader             *self,
             xmlNode            *node,
             const ElementRule  *rule,
             int                 parent,
             GError            **error)
{
  const char *element = (const char *) node->name;
  g_autofree char *listed = NULL;

  if (parent < 0)
    {
      if (rule == &elements[ELEMENT_CIRCONDARIO])
        return TRUE;
      return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                   _("the file starts with <%s>, but a district file starts with "
                     "<circondario format=\"%d\">. Check that this is a district file."),
                   element, CDO_DISTRICT_XML_FORMAT_VERSION);
    }
  if (rule != NULL && (rule->inside & (1u << parent)))
    return TRUE;
  listed = list_children ((ElementId) parent);
  if (listed[0] == '\0')
    return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                 _("<%s> cannot be inside <%s>, which holds no elements. Remove it."),
                 element, elements[parent].name);
  if (rule == NULL)
    return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                 _("<%s> is not an element of the district format. Inside <%s> the elements "
                   "are: %s. Correct its name, or remove it."),
                 element, elements[parent].name, listed);
  if (rule->inside == 0)
    return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
                 _("<%s> cannot be inside <%s>: it is the root of a file, and comes once. "
                   "Remove this one."), element, elements[parent].name);
  g_clear_pointer (&listed, g_free);
  listed = list_parents (rule);
  return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, node,
               _("<%s> cannot be inside <%s>. It belongs inside %s: move it there, or remove "
                 "it."), element, elements[parent].name, listed);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (*text == ' ' || *text == '\n' || *text == '\t' || *text == '\r')
    text++;
  return *text == '\0';
}

/* @node and everything in it. An element is only entered once it is known to be in its place,
 * so the recursion is as deep as the format (six levels) at most. */
static gboolean
check_element (Reader   *self,
               xmlNode  *node,
               int       parent,
               GError  **error)
{
  const ElementRule *rule = find_element ((const char *) node->name);
  ElementId id;

  if (!check_place (self, node, rule, parent, error))
    return FALSE;
  id = (ElementId) (rule - elements);
  if (id == ELEMENT_CIRCONDARIO)
    {
      xmlAttr *format = xmlHasNsProp (node, (const xmlChar *) "format", NULL);
      g_autofree char *copy = NULL;

      if (format != NULL && !check_format (self, node, attribute_value (format, &copy), error))
        return FALSE;
    }
  if (!check_attributes (self, node, rule, parent, error))
    return FALSE;
  if (id == ELEMENT_DOCUMENT && !check_document_kind (self, node, error))
    return FALSE;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      g_autofree char *shown = NULL;

      switch (child->type)
        {
        case XML_ELEMENT_NODE:
          /* A namespaced element is the schema's to refuse. */
          if (child->ns == NULL && !check_element (self, child, id, error))
            return FALSE;
          break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (rule->holds_text || is_blank ((const char *) child->content))
            break;
          text = g_strstrip (g_strdup ((const char *) child->content));
          shown = shown_value (text);
          return fail (self, error, CDO_DISTRICT_XML_ERROR_BAD_VALUE, child,
                       _("<%s> holds the text “%s”, but only <symbol-data> holds text. "
                         "Remove the text."), rule->name, shown);
        default:
          break;
        }
    }
  return TRUE;
}

gboolean
_cdo_district_reader_check_values (CdoDistrictReader  *self,
                                   xmlNode            *root,
                                   GError            **error)
{
  /* A namespaced file is the schema's to refuse. */
  if (root == NULL || root->ns != NULL)
    return TRUE;
  return check_element (self, root, -1, error);
}
