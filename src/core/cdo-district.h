/* cdo-district.h: a district's candidacies as plain data
 *
 * The in-memory form shared by the store (load/save), the XML interchange (read/write),
 * the spreadsheet import and the window. Plain structs with owned children, so that a
 * thousand lists and thirty thousand candidates cost a few allocations each and no
 * signal machinery; the window wraps what it shows in GObjects of its own.
 *
 * Identity: every record carries `row_id`, its row in the store (0 when not stored yet).
 * Candidacies and lists also carry the interchange `id` (unique in the district).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CDO_SEX_UNKNOWN,
  CDO_SEX_FEMALE,  /* "F" */
  CDO_SEX_MALE,    /* "M" */
} CdoSex;

typedef enum {
  CDO_TERM_ENDED_NATURAL,
  CDO_TERM_ENDED_VOLUNTARY_RESIGNATION,
  CDO_TERM_ENDED_OTHER,
} CdoTermEnd;

/* A document filed for a person or a list; absent from the array means missing. Kinds are
 * the names of data/documents/catalog.xml ("acceptance", "registration-certificate"…). */
typedef struct {
  gint64  row_id;
  char   *kind;
  gboolean complete;   /* FALSE: filed but incomplete (complete="no") */
} CdoDocument;

/* A person standing as councillor or mayor, with the documents of this candidacy. */
typedef struct {
  gint64     row_id;      /* the candidacy's row (candidate or mayor) */
  gint64     person_id;   /* the person's row: one person may stand in two lists */
  char      *surname;
  char      *given_names;
  CdoSex     sex;
  GDate      born;        /* invalid when not given */
  char      *birthplace;
  char      *eu_state;    /* ISO 3166-1 alpha-2 of an EU citizen ("DE"); NULL for Italians */
  GPtrArray *documents;   /* CdoDocument */
} CdoCandidate;

typedef struct {
  gint64     row_id;
  GDate      from;
  GDate      to;
  CdoTermEnd ended;
} CdoMayorTerm;

typedef struct {
  gint64  row_id;
  char   *surname;
  char   *given_names;
} CdoDelegate;

typedef struct {
  gint64  row_id;
  char   *surname;
  char   *given_names;
  GDate   born;           /* invalid when not given */
  GDate   authenticated;  /* day of the authentication; invalid when not given */
} CdoSignatory;

/* Filing time as typed by the secretary, to the minute, local time: "2021-09-03T09:12". */
typedef struct {
  GDate date;
  int   minutes;          /* minutes after midnight */
} CdoFilingTime;

typedef struct {
  gint64        row_id;
  char         *id;                 /* interchange id, unique in the district */
  char         *name;
  char         *symbol_path;        /* as given in the dossier, relative to it; may be NULL */
  char         *symbol_media_type;  /* "image/svg+xml" or "image/png" when data is present */
  GBytes       *symbol_data;        /* the image itself; NULL when missing */
  gboolean      has_filed;          /* FALSE: filing time unknown */
  CdoFilingTime filed;
  char         *filed_recorded_at;  /* system time of entry, "YYYY-MM-DDTHH:MM:SS"; may be NULL */
  int           signatures;         /* declared count; -1 when not given */
  gboolean      party_symbol;       /* a parliamentary party's symbol (needs authorisation) */
  char         *supports;           /* one-sided declaration: the candidacy id it supports */
  GPtrArray    *delegates;          /* CdoDelegate */
  GPtrArray    *signatories;        /* CdoSignatory */
  GPtrArray    *candidates;         /* CdoCandidate, in list order: index 0 is position 1 */
  GPtrArray    *documents;          /* CdoDocument: programme, budget… */
} CdoCandidateList;

typedef struct {
  gint64        row_id;
  char         *id;                 /* interchange id, unique in the district */
  CdoCandidate *mayor;
  int           consecutive_terms;  /* consecutive terms as mayor of this comune just served */
  GPtrArray    *terms;              /* CdoMayorTerm counted in consecutive_terms */
  GPtrArray    *lists;              /* CdoCandidateList linked both ways (nested in the XML) */
  GPtrArray    *links;              /* char *: list ids the mayor alone declares (one-sided) */
} CdoCandidacy;

typedef struct {
  gint64     row_id;
  char      *name;
  char      *province;              /* two-letter code */
  char      *istat;                 /* six-digit ISTAT code; NULL when not given */
  char      *region;                /* NULL: an ordinary-statute region */
  gint64     population;
  char      *population_source;
  gboolean   capoluogo;
  GPtrArray *candidacies;           /* CdoCandidacy */
  GPtrArray *lists;                 /* CdoCandidateList not nested in a candidacy */
} CdoComuneRecord;

typedef struct {
  GDate      first_day;
  GDate      second_day;            /* invalid when not given */
  GDate      runoff_first_day;      /* invalid when not given */
  GDate      runoff_second_day;     /* invalid when not given */
  GPtrArray *comuni;                /* CdoComuneRecord */
} CdoDistrict;

CdoDistrict       *cdo_district_new              (void);
void               cdo_district_free             (CdoDistrict      *district);
CdoComuneRecord   *cdo_comune_record_new         (void);
void               cdo_comune_record_free        (CdoComuneRecord  *comune);
CdoCandidacy      *cdo_candidacy_new             (void);
void               cdo_candidacy_free            (CdoCandidacy     *candidacy);
CdoCandidateList  *cdo_candidate_list_new        (void);
void               cdo_candidate_list_free       (CdoCandidateList *list);
CdoCandidate      *cdo_candidate_new             (void);
void               cdo_candidate_free            (CdoCandidate     *candidate);
CdoDocument       *cdo_document_new              (const char       *kind,
                                                  gboolean          complete);
void               cdo_document_free             (CdoDocument      *document);
CdoMayorTerm      *cdo_mayor_term_new            (void);
CdoDelegate       *cdo_delegate_new              (void);
void               cdo_delegate_free             (CdoDelegate      *delegate);
CdoSignatory      *cdo_signatory_new             (void);
void               cdo_signatory_free            (CdoSignatory     *signatory);

/* Look-ups by interchange id across the whole district (NULL when absent). */
CdoComuneRecord   *cdo_district_find_comune      (CdoDistrict      *district,
                                                  const char       *name_or_istat);
CdoCandidacy      *cdo_district_find_candidacy   (CdoDistrict      *district,
                                                  const char       *id,
                                                  CdoComuneRecord **out_comune);
CdoCandidateList  *cdo_district_find_list        (CdoDistrict      *district,
                                                  const char       *id,
                                                  CdoComuneRecord **out_comune);
/* A candidate's document of @kind, or NULL when not filed. */
CdoDocument       *cdo_documents_find            (GPtrArray        *documents,
                                                  const char       *kind);

const char        *cdo_sex_to_string             (CdoSex            sex);
gboolean           cdo_sex_from_string           (const char       *text,
                                                  CdoSex           *out_sex);
const char        *cdo_term_end_to_string        (CdoTermEnd        ended);
gboolean           cdo_term_end_from_string      (const char       *text,
                                                  CdoTermEnd       *out_ended);
gboolean           cdo_filing_time_parse         (const char       *text,
                                                  CdoFilingTime    *out_time);
char              *cdo_filing_time_format        (const CdoFilingTime *time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoDistrict, cdo_district_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoComuneRecord, cdo_comune_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoCandidacy, cdo_candidacy_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoCandidateList, cdo_candidate_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CdoCandidate, cdo_candidate_free)

G_END_DECLS
