/* cdo-district-check.h: the rules of the data that every way in must keep
 *
 * What the interchange format forbids must not enter the working file by any other door
 * either (the filing desk, the command line), or an export would write a file that import
 * refuses. These checks are shared by the XML reader and the store's edits; their
 * messages say what to fix, in the user's language.
 *
 * A record passes exactly when the district format (data/district/district.rng and the
 * reader's own checks) carries it unchanged: cdo_district_xml_write_bytes() then writes a
 * file that cdo_district_xml_read_bytes() reads back into the same record. Values the
 * format cannot hold at all (text that is not UTF-8 or holds control characters, a sex or
 * a way of ending a term outside its enumeration, a count of signatures below -1, a symbol
 * that is neither SVG nor PNG, voting days without a first one, a one-sided support
 * declared by a list nested in a candidacy) fail too, although the writer would drop them
 * rather than write them: dropping them would lose data without a word. Document kinds
 * come from the document catalogue; none is named in code.
 *
 * Not checked, because the writer settles them without losing anything: a list's symbol
 * path (kept only when it is a safe relative path and the image is embedded beside it), a
 * media type without an image, and a missing media type (declared from the image's bytes).
 */
#pragma once

#include <glib.h>

#include "cdo-district.h"

G_BEGIN_DECLS

#define CDO_DISTRICT_CHECK_ERROR (cdo_district_check_error_quark ())

typedef enum {
  CDO_DISTRICT_CHECK_ERROR_INVALID,
} CdoDistrictCheckError;

/* How much of a record is checked. */
typedef enum {
  CDO_DISTRICT_CHECK_DEFAULT  = 0,
  /* A filing being recorded: a value the filing desk fills in later may be absent (NULL)
   * where the format requires it: a candidacy's mayoral candidate, the surname and given
   * names of a person (mayoral candidate, candidate in a list, delegate, signatory), a
   * list's name. Whatever is given must still be right. A comune is always complete, and so
   * is a candidate checked on its own (cdo_district_check_candidate()). */
  CDO_DISTRICT_CHECK_UNFILLED = 1 << 0,
  /* Also the records nested in it: a comune's candidacies and lists (and then the links
   * between them, which must name a candidacy or list of the comune, and its ids, which
   * must differ), a candidacy's lists, a list's candidates. */
  CDO_DISTRICT_CHECK_NESTED   = 1 << 1,
} CdoDistrictCheckFlags;

/* Names, places and sources: at most this many characters, and not blank. */
#define CDO_DISTRICT_MAX_NAME_LENGTH 200

/* The most the format's patterns allow for the counts it carries; each is written with at
 * most as many digits as its maximum has. */
#define CDO_DISTRICT_MAX_POPULATION        G_GINT64_CONSTANT (999999999)
#define CDO_DISTRICT_MAX_SIGNATURES        999999
#define CDO_DISTRICT_MAX_CONSECUTIVE_TERMS 99

typedef enum {
  CDO_DISTRICT_NAME_OK,
  CDO_DISTRICT_NAME_BLANK,      /* empty, or only spaces, tabs and line breaks */
  CDO_DISTRICT_NAME_TOO_LONG,   /* more than CDO_DISTRICT_MAX_NAME_LENGTH characters */
} CdoDistrictNameProblem;

GQuark                 cdo_district_check_error_quark   (void);

/* The voting days of @district: none at all, or a first day; every other day given comes
 * after the one before it (first, second, run-off first, run-off second), and a run-off
 * second day needs a run-off first day. Each day's year has four digits at most. */
gboolean               cdo_district_check_election_days (const CdoDistrict       *district,
                                                         GError                 **error);

/* The comune's own values (name, province, ISTAT code, region, population and its source);
 * with CDO_DISTRICT_CHECK_NESTED also everything in it. */
gboolean               cdo_district_check_comune        (const CdoComuneRecord   *comune,
                                                         CdoDistrictCheckFlags    flags,
                                                         GError                 **error);
/* The candidacy's id, its mayoral candidate with his or her documents, the consecutive
 * terms and their list, and the ids its one-sided links name (each once); with
 * CDO_DISTRICT_CHECK_NESTED also its lists. Whether the links name lists of the comune is
 * cdo_district_check_links()'s to say. */
gboolean               cdo_district_check_candidacy     (const CdoCandidacy      *candidacy,
                                                         CdoDistrictCheckFlags    flags,
                                                         GError                 **error);
/* The list's id, name, filing time and its time of entry, declared signatures, symbol,
 * the id of the candidacy it supports, delegates, signatories and documents; with
 * CDO_DISTRICT_CHECK_NESTED also its candidates. */
gboolean               cdo_district_check_list          (const CdoCandidateList  *list,
                                                         CdoDistrictCheckFlags    flags,
                                                         GError                 **error);
/* A councillor candidate, complete: surname, given names, sex, birth date and place, EU
 * state and documents (each kind once, and one that a candidate files). */
gboolean               cdo_district_check_candidate     (const CdoCandidate      *candidate,
                                                         GError                 **error);

/* A list filed with a mayoral candidacy (nested in it) is linked both ways by that, and
 * declares no one-sided support (supports is NULL). */
gboolean               cdo_district_check_nested_list   (const CdoCandidateList  *list,
                                                         GError                 **error);
/* The one-sided declarations of a comune named @comune_name: every link of @candidacy
 * names one of @list_ids (a set of the ids of the comune's lists), and the candidacy a
 * one-sided @list supports, when it names one, is one of @candidacy_ids. */
gboolean               cdo_district_check_links         (const CdoCandidacy      *candidacy,
                                                         GHashTable              *list_ids,
                                                         const char              *comune_name,
                                                         GError                 **error);
gboolean               cdo_district_check_supports      (const CdoCandidateList  *list,
                                                         GHashTable              *candidacy_ids,
                                                         const char              *comune_name,
                                                         GError                 **error);

/* The whole district, as an export writes it: the voting days, every record complete,
 * ids unique in the district, each comune once (by name, whatever its case, and by ISTAT
 * code), and every one-sided link naming a record of its own comune. The message says in
 * which comune the problem is. */
gboolean               cdo_district_check               (const CdoDistrict       *district,
                                                         GError                 **error);

/* The values the reader checks itself and shares with the checks above. */

/* A name, place or source (@value not NULL). Inline: the reader asks it for every name of
 * a file, 120,000 times for a district of 30,000 candidates. */
static inline CdoDistrictNameProblem
cdo_district_check_name (const char *value)
{
  const char *p = value;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    return CDO_DISTRICT_NAME_BLANK;
  if (g_utf8_strlen (value, -1) > CDO_DISTRICT_MAX_NAME_LENGTH)
    return CDO_DISTRICT_NAME_TOO_LONG;
  return CDO_DISTRICT_NAME_OK;
}

/* "2026-04-24T09:15:42": the time a filing was typed in (filed-recorded-at). */
gboolean               cdo_district_check_recorded_at   (const char              *text);
/* "is-1-a": the id of a candidacy or list (and what supports= and <link list=> name): 1 to
 * 64 ASCII letters, digits, ".", "_" and "-", starting with a letter or a digit. */
gboolean               cdo_district_check_id            (const char              *text);
/* "AL": a province's two capital letters. */
gboolean               cdo_district_check_province      (const char              *text);
/* "006119": a comune's ISTAT code, six digits. */
gboolean               cdo_district_check_istat         (const char              *text);
/* "DE": the ISO 3166-1 code of an EU member state, two capital letters. */
gboolean               cdo_district_check_eu_state      (const char              *text);
/* A count as the format writes it: 1 or more ASCII digits, no sign, at most as many as
 * @max has (@max is one of the CDO_DISTRICT_MAX_* counts above, all nines). */
gboolean               cdo_district_check_count         (const char              *text,
                                                         gint64                   max);
/* "image/png" or "image/svg+xml": the media types a symbol may have. */
gboolean               cdo_district_check_media_type    (const char              *text);
/* TRUE when @bytes look like an image of @media_type ("image/png" or "image/svg+xml"):
 * enough to tell it from some other file; the renderer parses the image itself. */
gboolean               cdo_district_check_symbol_type   (GBytes                  *bytes,
                                                         const char              *media_type);

G_END_DECLS
