#ifndef KUME_CLAPACK_SHIM_H
#define KUME_CLAPACK_SHIM_H
/* The few LAPACK routines kume calls, declared as the Fortran library exports them (Debian's liblapack-dev
   ships no C header; LAPACKE's would add a second library for three prototypes). Every argument is passed
   by address; a CHARACTER argument carries its length as a hidden trailing size_t, as gfortran's calling
   convention (and LAPACKE's lapack.h with LAPACK_FORTRAN_STRLEN_END) passes it. Matrices are column-major. */
#include <stddef.h>

/* Selected eigenvalues and eigenvectors of a real symmetric matrix (MRRR, or bisection and inverse
   iteration when RANGE selects a subset). */
void dsyevr_(const char *jobz, const char *range, const char *uplo, const int *n, double *a, const int *lda,
             const double *vl, const double *vu, const int *il, const int *iu, const double *abstol, int *m,
             double *w, double *z, const int *ldz, int *isuppz, double *work, const int *lwork, int *iwork,
             const int *liwork, int *info, size_t jobz_len, size_t range_len, size_t uplo_len);

/* LU factorisation of a general matrix with partial pivoting, and the solve with its factors. */
void dgetrf_(const int *m, const int *n, double *a, const int *lda, int *ipiv, int *info);
void dgetrs_(const char *trans, const int *n, const int *nrhs, const double *a, const int *lda,
             const int *ipiv, double *b, const int *ldb, int *info, size_t trans_len);

/* Machine parameters ("S": the safe minimum, whose double is the absolute tolerance dsyevr recommends). */
double dlamch_(const char *cmach, size_t cmach_len);
#endif
