/* cdo-core-resources.c: registering the data compiled into the core library
 *
 * The resource is registered by hand: in a static library the generated constructor
 * would be dropped by the linker whenever nothing else references its object file.
 */
#include "cdo-core-data.h"
#include "cdo-rule-book-private.h"

void
cdo_core_ensure_resources (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      cdo_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
