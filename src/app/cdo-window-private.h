/* cdo-window-private.h: what the window's files share
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cdo-snapshot.h"
#include "cdo-window.h"

G_BEGIN_DECLS

struct _CdoWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  CdoStore             *store;
  char                 *path;
  char                 *actor;
  CdoSnapshot          *snapshot;
  GListStore           *comuni;        /* CdoComune, with the row id as "cdo-row-id" */
  gint64                comune_row_id; /* the comune shown */
  char                 *file_title;
  GCancellable         *cancellable;   /* cancelled when the window closes */
  GtkFileChooserNative *chooser;       /* the one file chooser open, if any */
  GMenu                *recent_menu;
  gboolean              restoring;
  gboolean              paned_moved;   /* the person moved the handle: leave it there */
  gboolean              sizing_paned;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwSplitButton       *open_button;
  AdwWindowTitle       *file_title_widget;
  GtkSearchEntry       *search_entry;
  GtkListBox           *comune_list;
  GtkScrolledWindow    *comune_scroller;
  GtkLabel             *comune_placeholder;
  GtkFilterListModel   *filter_model;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkWidget            *days_banner;   /* shown while the district has no voting days */
  AdwViewSwitcherTitle *switcher_title;
  CdoDateEntry         *date_entry;
  AdwViewStack         *view_stack;
  GtkPaned             *filings_paned;
  CdoDistrictView      *district_view;
  CdoFilingEditor      *editor;
  CdoRulesPage         *rules_page;
};

/* cdo-window.c */
void             _cdo_window_reload             (CdoWindow       *self);
void             _cdo_window_toast              (CdoWindow       *self,
                                                 const char      *message);
void             _cdo_window_error              (CdoWindow       *self,
                                                 const char      *heading,
                                                 const GError    *error);
CdoComuneRecord *_cdo_window_get_comune         (CdoWindow       *self);
void             _cdo_window_show_filing        (CdoWindow       *self,
                                                 gint64           key);

/* cdo-window-actions.c */
void             _cdo_window_class_actions_init (GtkWidgetClass  *widget_class);
void             _cdo_window_update_actions     (CdoWindow       *self);

/* cdo-window-file.c */
typedef void   (*CdoActorReadyFunc)             (CdoWindow       *self,
                                                 gpointer         user_data);
void             _cdo_window_with_actor         (CdoWindow       *self,
                                                 CdoActorReadyFunc ready,
                                                 gpointer         user_data,
                                                 GDestroyNotify   destroy);
void             _cdo_window_choose_open        (CdoWindow       *self);
void             _cdo_window_choose_new         (CdoWindow       *self);
void             _cdo_window_choose_save_as     (CdoWindow       *self);
void             _cdo_window_choose_save_copy   (CdoWindow       *self);
/* Save a Copy without the file chooser (tests). */
gboolean         _cdo_window_save_copy          (CdoWindow       *self,
                                                 const char      *path);
void             _cdo_window_update_recent      (CdoWindow       *self);
void             _cdo_window_import_file        (CdoWindow       *self,
                                                 GFile           *file);
void             _cdo_window_choose_import      (CdoWindow       *self);

/* cdo-window-dnd.c */
void             _cdo_window_dnd_init           (CdoWindow       *self);

G_END_DECLS
