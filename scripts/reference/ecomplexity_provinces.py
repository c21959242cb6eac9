#!/usr/bin/env python3
"""Writes ecomplexity's complexity measures and proximity on a seeded 30 regions x 70 sectors table.

The table is drawn as the analytics benchmark draws its 81 x 615 one (gamma-Poisson employment, about
40 % zeros, every region and sector non-empty), small enough to commit. It has sectors of many different
ubiquities, which the 12 x 15 EconGeo matrix does not.

Usage (from the repository root, with ecomplexity 0.5.3 and pandas installed):
    python3 scripts/reference/ecomplexity_provinces.py
"""
import pathlib

import numpy as np
import pandas as pd
from ecomplexity import ecomplexity, proximity

root = pathlib.Path(__file__).resolve().parents[2]
out = root / "Tests" / "Fixtures" / "ecomplexity"

rng = np.random.default_rng(20260127)
regions, sectors = 30, 70
size = rng.gamma(0.6, 1.0, (regions, 1)) * 50 + 1
pop = rng.gamma(0.5, 1.0, (1, sectors)) * 30 + 0.1
lam = rng.gamma(0.4, 1.0 / 0.4, (regions, sectors)) * size * pop / 40
x = rng.poisson(lam)
x[:, x.sum(0) == 0] += 1
x[x.sum(1) == 0, :] += 1
rows = [(f"R{r + 1:02d}", f"S{s + 1:02d}", int(x[r, s]))
        for r in range(regions) for s in range(sectors) if x[r, s]]
long = pd.DataFrame(rows, columns=["region", "sector", "value"])
long.to_csv(out / "py_ecomplexity_input_30x70_long.csv", index=False)

long["time"] = 2000
cols = {"time": "time", "loc": "region", "prod": "sector", "val": "value"}
result = ecomplexity(long, cols, presence_test="rca", verbose=False)
fmt = "%.17g"
result.groupby("region")[["diversity", "eci", "coi"]].first().to_csv(
    out / "py_ecomplexity_regions_30x70.csv", float_format=fmt)
result.groupby("sector")[["ubiquity", "pci"]].first().to_csv(
    out / "py_ecomplexity_sectors_30x70.csv", float_format=fmt)
result[["region", "sector", "rca", "mcp", "density", "cog"]].to_csv(
    out / "py_ecomplexity_cells_30x70.csv", index=False, float_format=fmt)
proximity(long, cols, presence_test="rca")[["sector_1", "sector_2", "proximity"]].to_csv(
    out / "py_ecomplexity_proximity_rca_30x70.csv", index=False, float_format=fmt)
