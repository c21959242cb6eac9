#!/usr/bin/env python3
"""Independent fixture for kume's geography → places: a 15 km circle on the Kocaeli–Sakarya border.

The circle is centred at 30.1567 E, 40.6978 N (a point on the province border west of Lake Sapanca,
found with shapely as the border point nearest to 30.15 E, 40.70 N) and has 64 vertices placed with
the local spherical approximation that the Swift test writes out too:
    lat = lat0 + (r / R) · cos θ · 180/π,   lon = lon0 + (r / (R cos lat0)) · sin θ · 180/π,
    r = 15 km, R = 6371.0088 km, θ = 2πk/64 clockwise from north (k = 0…63), the first vertex repeated at the end.
Intersections with the districts and provinces are computed with shapely in longitude, latitude, and
their areas with pyproj's geodesic area on WGS84. Writes Tests/Fixtures/boundaries/:
    places_circle.csv    the circle's vertices
    places_sapanca.csv   level (province|district), code, name, area_km2, share of the circle's area

Run:  scripts/fetch-boundaries && .venv-bench/bin/python scripts/reference/boundaries_places.py
"""
import csv
import math
import pathlib
import sys
from collections import defaultdict

import pyproj
import shapefile  # pyshp
import shapely
from shapely.geometry import Polygon, shape

ROOT = pathlib.Path(__file__).resolve().parents[2]
SRC = ROOT / "boundaries" / "tur_polbna_adm2"
OUT = ROOT / "Tests" / "Fixtures" / "boundaries"
GEOD = pyproj.Geod(ellps="WGS84")
LON0, LAT0, RADIUS_KM, EARTH_KM, N = 30.1567, 40.6978, 15.0, 6371.0088, 64


def circle():
    ring = []
    for k in range(N):
        theta = 2 * math.pi * k / N
        lat = LAT0 + math.degrees(RADIUS_KM / EARTH_KM * math.cos(theta))
        lon = LON0 + math.degrees(RADIUS_KM / (EARTH_KM * math.cos(math.radians(LAT0))) * math.sin(theta))
        ring.append((lon, lat))
    ring.append(ring[0])
    return ring


def area_km2(geometry) -> float:
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6


def main() -> int:
    ring = circle()
    geography = Polygon(ring)
    total = area_km2(geography)
    with open(OUT / "places_circle.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["lon", "lat"])
        for lon, lat in ring:
            w.writerow([repr(lon), repr(lat)])
    reader = shapefile.Reader(str(SRC), encoding="utf-8")
    rows = []
    by_province = defaultdict(float)
    for sr in reader.iterShapeRecords():
        district = shape(sr.shape.__geo_interface__)
        if not district.intersects(geography):
            continue
        overlap = district.intersection(geography)
        area = area_km2(overlap)
        if area <= 0:
            continue
        rows.append(["district", sr.record["pcode"], sr.record["adm2_tr"], f"{area:.6f}", f"{area / total:.8f}"])
        by_province[(sr.record["adm1"], sr.record["adm1_tr"])] += area
    for (code, name), area in sorted(by_province.items()):
        rows.append(["province", code, name, f"{area:.6f}", f"{area / total:.8f}"])
    with open(OUT / "places_sapanca.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["level", "code", "name", "area_km2", "share"])
        w.writerow(["circle", "", "", f"{total:.6f}", "1"])
        w.writerows(rows)
    print(f"circle {total:.3f} km², {len(rows)} places", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
