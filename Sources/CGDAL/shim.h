#ifndef KUME_CGDAL_SHIM_H
#define KUME_CGDAL_SHIM_H
/* GDAL's C API for vector data (OGR): datasets, layers, features, spatial references, errors and
   string lists. Only the C headers: the C++ classes stay behind them. */
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#endif
