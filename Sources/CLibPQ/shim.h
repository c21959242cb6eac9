#ifndef KUME_CLIBPQ_SHIM_H
#define KUME_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
