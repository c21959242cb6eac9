#ifndef KUME_CGEOS_SHIM_H
#define KUME_CGEOS_SHIM_H
/* Only the reentrant (_r) API: the global one is not thread-safe and its
   variadic message handler cannot be called from Swift. */
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#endif
