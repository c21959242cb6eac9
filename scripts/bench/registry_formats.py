#!/usr/bin/env python3
"""Saves a registry CSV (from make_registry.py) as an .xlsx workbook and a GeoPackage, for scripts/bench/read.

The workbook (openpyxl through pandas) has one sheet 'Firmalar' with the CSV's columns, NACE codes as text and
coordinates and employees as numbers. The GeoPackage (geopandas/pyogrio) has one layer 'firms' of points in
EPSG:4326 from lon/lat, with the other columns as fields. Usage: registry_formats.py REGISTRY.csv OUT.xlsx OUT.gpkg
"""
import sys

import geopandas
import pandas


def main() -> int:
    source, xlsx, gpkg = sys.argv[1:4]
    frame = pandas.read_csv(source, dtype={"nace": str, "id": str})
    frame.to_excel(xlsx, sheet_name="Firmalar", index=False)
    points = geopandas.GeoDataFrame(
        frame.drop(columns=["lat", "lon"]), geometry=geopandas.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326")
    points.to_file(gpkg, layer="firms", driver="GPKG")
    return 0


if __name__ == "__main__":
    sys.exit(main())
