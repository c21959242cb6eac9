#!/usr/bin/env python3
"""Independent fixtures for kume's boundary reader and administrative boundaries.

Reads the district polygons fetched by scripts/fetch-boundaries with pyshp (a pure-Python shapefile
reader), shapely (GEOS) and pyproj (geodesic areas on the WGS84 ellipsoid), and writes three CSV files
to Tests/Fixtures/boundaries/:

  boundaries_records.csv    every record: p-codes, names, OBJECTID, Shape_Area, parts, points, the first
                            and last vertex, the record's bounding box (from the .shp record header)
  boundaries_fields.csv     the DBF field descriptors (name, type, length, decimals)
  boundaries_provinces.csv  the 81 provinces (union of their districts by adm1): geodesic area in km²,
                            number of districts, validity
  boundaries_summary.csv    counts, header bounding box, validity of the districts, total area

Run:  python3 -m venv .venv-bench && .venv-bench/bin/pip install pyshp shapely pyproj
      scripts/fetch-boundaries && .venv-bench/bin/python scripts/reference/boundaries_reader.py
"""
import csv
import pathlib
import sys
from collections import defaultdict

import pyproj
import shapefile  # pyshp
import shapely
from shapely.geometry import shape

ROOT = pathlib.Path(__file__).resolve().parents[2]
SRC = ROOT / "boundaries" / "tur_polbna_adm2"
OUT = ROOT / "Tests" / "Fixtures" / "boundaries"
GEOD = pyproj.Geod(ellps="WGS84")


def geodesic_area_km2(geometry) -> float:
    area, _ = GEOD.geometry_area_perimeter(geometry)
    return abs(area) / 1e6


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    reader = shapefile.Reader(str(SRC), encoding="utf-8")
    fields = reader.fields[1:]  # drop the DeletionFlag pseudo-field
    with open(OUT / "boundaries_fields.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "type", "length", "decimals"])
        for name, kind, length, decimals in fields:
            w.writerow([name, kind, length, decimals])

    by_province = defaultdict(list)
    invalid = 0
    vertices = 0
    with open(OUT / "boundaries_records.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["index", "pcode", "adm1", "adm1_tr", "adm2_tr", "adm2_en", "objectid", "shape_area",
                    "parts", "points", "first_x", "first_y", "last_x", "last_y",
                    "min_x", "min_y", "max_x", "max_y"])
        for i, sr in enumerate(reader.iterShapeRecords()):
            s, r = sr.shape, sr.record
            assert s.shapeType == shapefile.POLYGON
            geom = shape(s.__geo_interface__)
            if not geom.is_valid:
                invalid += 1
            vertices += len(s.points)
            by_province[r["adm1"]].append(geom)
            w.writerow([i, r["pcode"], r["adm1"], r["adm1_tr"], r["adm2_tr"], r["adm2_en"], r["OBJECTID"],
                        repr(r["Shape_Area"]), len(s.parts), len(s.points),
                        repr(s.points[0][0]), repr(s.points[0][1]),
                        repr(s.points[-1][0]), repr(s.points[-1][1]),
                        *(repr(v) for v in s.bbox)])

    total = 0.0
    with open(OUT / "boundaries_provinces.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["adm1", "plate", "districts", "area_km2", "valid", "polygons"])
        for adm1 in sorted(by_province):
            union = shapely.union_all(by_province[adm1])
            area = geodesic_area_km2(union)
            total += area
            parts = len(union.geoms) if hasattr(union, "geoms") else 1
            w.writerow([adm1, int(adm1[3:]), len(by_province[adm1]), f"{area:.3f}", union.is_valid, parts])

    with open(OUT / "boundaries_summary.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "value"])
        w.writerow(["records", len(reader)])
        w.writerow(["shape_type", reader.shapeType])
        w.writerow(["vertices", vertices])
        for key, value in zip(["min_x", "min_y", "max_x", "max_y"], reader.bbox):
            w.writerow([key, repr(value)])
        w.writerow(["invalid_districts", invalid])
        w.writerow(["provinces", len(by_province)])
        w.writerow(["total_area_km2", f"{total:.3f}"])
        w.writerow(["pyshp", shapefile.__version__])
        w.writerow(["shapely", shapely.__version__])
        w.writerow(["geos", ".".join(map(str, shapely.geos_version))])
        w.writerow(["pyproj", pyproj.__version__])
    print(f"{len(reader)} records, {len(by_province)} provinces, {total:.1f} km², {invalid} invalid", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
