#ifndef KUME_CPROJ_SHIM_H
#define KUME_CPROJ_SHIM_H
#include <proj.h>
#include <geodesic.h>
#endif
