#!/usr/bin/env python3
"""Independent fixture for kume's located places: 300 GeoNames places with their district and province.

Reads Türkiye's district polygons (boundaries/tur_polbna_adm2.shp, the full-resolution file kume locates
points in) with pyshp and shapely, and the GeoNames populated places (tr_places_geonames.csv, GeoNames,
CC BY 4.0, from the shared data folder or the path given as the first argument). For every place:
  - the district whose polygon contains it (shapely `contains`; a place in none, or in two, is dropped);
  - its distance to the nearest district border (any border: between districts, between provinces, the
    coast and the land frontier), in km: the district's boundary projected with pyproj to an azimuthal
    equidistant projection centred on the place, whose distance from the origin is the geodesic distance.
Places at least 1 km from every border are kept, then 300 are chosen across the country: provinces in plate
order, round-robin, each province's places by population (largest first), so every province with such a
place is represented before any has a fourth. Writes Tests/Fixtures/boundaries/places_300.csv:
    geonameid, name, lon, lat, district_pcode, province_code (adm1, TUR + plate), adm1_tr, adm2_tr, border_km

Run:  scripts/fetch-boundaries && python3 -m venv .venv-bench && .venv-bench/bin/pip install shapely pyproj pyshp
      && .venv-bench/bin/python scripts/reference/boundaries_located_places.py [tr_places_geonames.csv]
"""
import csv
import pathlib
import sys
from collections import defaultdict

import pyproj
import shapefile  # pyshp
import shapely
from shapely.geometry import Point, shape
from shapely.ops import transform

ROOT = pathlib.Path(__file__).resolve().parents[2]
SRC = ROOT / "boundaries" / "tur_polbna_adm2"
OUT = ROOT / "Tests" / "Fixtures" / "boundaries" / "places_300.csv"
PLACES = pathlib.Path("/work/shared/data/tr_places_geonames.csv")
MIN_BORDER_KM = 1.0
COUNT = 300


def border_km(district, lon: float, lat: float) -> float:
    """Geodesic distance from (lon, lat) to the district's boundary, in km (AEQD centred on the point)."""
    aeqd = pyproj.Transformer.from_crs(
        "EPSG:4326", f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m", always_xy=True)
    projected = transform(aeqd.transform, district.boundary)
    return projected.distance(Point(0, 0)) / 1000


def main() -> int:
    places_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else PLACES
    reader = shapefile.Reader(str(SRC), encoding="utf-8")
    districts, records = [], []
    for sr in reader.iterShapeRecords():
        districts.append(shape(sr.shape.__geo_interface__))
        records.append(sr.record)
    tree = shapely.STRtree(districts)

    candidates = defaultdict(list)
    with open(places_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lon, lat = float(row["lon"]), float(row["lat"])
            point = Point(lon, lat)
            hits = [i for i in tree.query(point) if districts[i].contains(point)]
            if len(hits) != 1:
                continue
            index = hits[0]
            distance = border_km(districts[index], lon, lat)
            if distance < MIN_BORDER_KM:
                continue
            record = records[index]
            candidates[record["adm1"]].append({
                "geonameid": row["geonameid"], "name": row["name"], "lon": row["lon"], "lat": row["lat"],
                "district_pcode": record["pcode"], "province_code": record["adm1"],
                "adm1_tr": record["adm1_tr"], "adm2_tr": record["adm2_tr"], "border_km": f"{distance:.3f}",
                "population": int(row["population"] or 0),
            })
    for rows in candidates.values():
        rows.sort(key=lambda r: (-r["population"], int(r["geonameid"])))
    chosen, round_ = [], 0
    while len(chosen) < COUNT and any(len(rows) > round_ for rows in candidates.values()):
        for code in sorted(candidates):
            if len(candidates[code]) > round_ and len(chosen) < COUNT:
                chosen.append(candidates[code][round_])
        round_ += 1
    fields = ["geonameid", "name", "lon", "lat", "district_pcode", "province_code", "adm1_tr", "adm2_tr", "border_km"]
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(chosen)
    provinces = len({r["province_code"] for r in chosen})
    districts_hit = len({r["district_pcode"] for r in chosen})
    print(f"{len(chosen)} places in {provinces} provinces and {districts_hit} districts "
          f"(of {sum(len(r) for r in candidates.values())} at least {MIN_BORDER_KM} km from a border)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
