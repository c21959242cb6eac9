#!/usr/bin/env Rscript
# Reference K and L of one type and across two types (spatstat), for kume pattern k|l --mark.
#
# Set up once (Debian 12):   apt-get install -y r-cran-spatstat
# Run from the repository root:   Rscript scripts/reference/spatstat_marked.R
#
# Writes Tests/Fixtures/spatstat/ (amacrine: 294 points of types "on" and "off" in [0, 1.6012085] x [0, 1]):
#   spatstat_Kest_amacrine_on_r0-0.25by0.005.csv    Kest(amacrine[marks == "on"], r, correction = ...)
#   spatstat_Lest_amacrine_on_r0-0.25by0.005.csv    Lest(...) of the same subset
#   spatstat_Kcross_amacrine_on_off_r0-0.25by0.005.csv   Kcross(amacrine, "on", "off", r, correction = ...)
#   spatstat_Lcross_amacrine_on_off_r0-0.25by0.005.csv   Lcross(amacrine, "on", "off", r, correction = ...)
#   versions_R_spatstat_marked.txt
# with r = seq(0, 0.25, by = 0.005) and correction = c("none", "border", "translate", "isotropic").
# The subset keeps amacrine's window (spatstat's `[` on a ppp keeps it), as dbmss's Khat(X, r,
# ReferenceType) does. Columns: r, theo, un (none), border, trans (translate), iso (isotropic); 15
# significant digits (R's write.csv).
suppressPackageStartupMessages(library(spatstat))
out <- file.path("Tests", "Fixtures", "spatstat")
r <- seq(0, 0.25, by = 0.005)
corrections <- c("none", "border", "translate", "isotropic")
on <- amacrine[marks(amacrine) == "on"]
write_fv <- function(fv, name) {
  df <- as.data.frame(fv)[, c("r", "theo", "un", "border", "trans", "iso")]
  write.csv(df, file.path(out, name), row.names = FALSE)
}
write_fv(Kest(unmark(on), r = r, correction = corrections), "spatstat_Kest_amacrine_on_r0-0.25by0.005.csv")
write_fv(Lest(unmark(on), r = r, correction = corrections), "spatstat_Lest_amacrine_on_r0-0.25by0.005.csv")
write_fv(Kcross(amacrine, "on", "off", r = r, correction = corrections),
         "spatstat_Kcross_amacrine_on_off_r0-0.25by0.005.csv")
write_fv(Lcross(amacrine, "on", "off", r = r, correction = corrections),
         "spatstat_Lcross_amacrine_on_off_r0-0.25by0.005.csv")
writeLines(c(R.version.string, paste("spatstat", packageVersion("spatstat")),
             paste("spatstat.explore", packageVersion("spatstat.explore")),
             paste("points on:", npoints(on), "off:", sum(marks(amacrine) == "off"))),
           file.path(out, "versions_R_spatstat_marked.txt"))
