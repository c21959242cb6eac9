#!/usr/bin/env python3
"""Writes ecomplexity's continuous proximity on EconGeo's 12 x 15 test matrix.

ecomplexity 0.5.3's `proximity(..., continuous=True)` is (1 + corrcoef(rca.T)) / 2, so
2 * proximity - 1 is the Pearson correlation of the sectors' location quotients across regions:
the co-location correlation kume computes on the LQ basis.

Usage (from the repository root, with ecomplexity 0.5.3 and pandas installed):
    python3 scripts/reference/ecomplexity_continuous_proximity.py
"""
import pathlib

import pandas as pd
from ecomplexity import proximity

root = pathlib.Path(__file__).resolve().parents[2]
fixtures = root / "Tests" / "Fixtures"
long = pd.read_csv(fixtures / "econgeo" / "econgeo_input_matrix_12x15_long.csv")
long["time"] = 2000
cols = {"time": "time", "loc": "region", "prod": "industry", "val": "employment"}
out = proximity(long, cols, presence_test="rca", continuous=True)
out.to_csv(fixtures / "ecomplexity" / "py_ecomplexity_proximity_continuous_12x15.csv",
           index=False, float_format="%.17g")
