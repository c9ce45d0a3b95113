/* cdo-test-utils.h: small helpers shared by the widget tests
 *
 * Copyright 2026 The Circondario authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Lets GTK lay out, map and run idle handlers, as a person would wait. */
static inline void
cdo_test_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The first descendant of @widget (depth first) of @type and, unless NULL, with
 * @css_class, so that a test can reach a template child the class keeps private,
 * as a user would by looking. */
static inline GtkWidget *
cdo_test_find_child (GtkWidget  *widget,
                     GType       type,
                     const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        return child;
      if ((found = cdo_test_find_child (child, type, css_class)) != NULL)
        return found;
    }

  return NULL;
}

/* The descendant of @widget whose widget name (the "name" property) is @name. */
static inline GtkWidget *
cdo_test_find_named (GtkWidget  *widget,
                     const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = cdo_test_find_named (child, name)) != NULL)
        return found;
    }

  return NULL;
}

static inline void
cdo_test_set_date (GDate *date,
                   int    year,
                   int    month,
                   int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static inline void
cdo_test_count_notify_cb (GObject    *object,
                          GParamSpec *pspec,
                          guint      *count)
{
  (*count)++;
}

G_END_DECLS
