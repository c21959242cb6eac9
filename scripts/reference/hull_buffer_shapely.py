#!/usr/bin/env python3
"""Writes Tests/Fixtures/hullbuffer/bursa_automotive_shapely.json: the hull-buffer economic geography of the
bundled Bursa roster (data/examples/bursa-automotive.csv) computed with shapely and pyproj, for
KumeGeographyTests/HullBufferShapelyTests to compare with kume's HullBufferBuilder (relative 1e-6).

The same reading as kume, written out here independently:
  * the firms' points: lat/lon, or for a firm without them its district's interior point
    (data/tables/tr_district_points.csv, pos_lon/pos_lat);
  * a Lambert azimuthal equal-area projection on WGS84 centred on the median longitude and latitude, each
    rounded to 4 decimals (pyproj);
  * outliers by knn-fence: distance to the 3rd nearest other firm > max(Q3 + 3·IQR, 2·Q3, 10 km), quartiles
    of R's type 7, from 8 firms on; groups of firms linked within 50 km (single linkage) — the script asserts
    that this roster has no outlier and one group, so the hull is one concave hull of every firm;
  * shapely.concave_hull(ratio, allow_holes=False) (ratio 1: the convex hull), buffered with 8 segments per
    quarter circle; areas in the projection's square metres.

GEOS's concave hull changed after 3.11 (fixes in 3.12.1), so the wheel must bundle GEOS 3.11 like kume's
Debian 12 (libgeos 3.11.1): shapely 2.0.x bundles 3.11.

Run: python3 -m venv .venv-bench && .venv-bench/bin/pip install "shapely>=2.0,<2.1" pyproj numpy
     .venv-bench/bin/python scripts/reference/hull_buffer_shapely.py
"""
import csv
import json
import pathlib

import numpy as np
import pyproj
import shapely

ROOT = pathlib.Path(__file__).resolve().parents[2]
ROSTER = "data/examples/bursa-automotive.csv"
OUT = ROOT / "Tests/Fixtures/hullbuffer/bursa_automotive_shapely.json"
CONCAVITIES = [0.1, 0.3, 0.5, 1.0]
BUFFERS_KM = [0.0, 5.0, 10.0]

assert shapely.geos_version[:2] == (3, 11), f"needs a shapely bundling GEOS 3.11, got {shapely.geos_version}"


def fold(text):
    return text.replace("İ", "i").replace("I", "ı").lower()


def district_points():
    points = {}
    with open(ROOT / "data/tables/tr_district_points.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            points[(fold(row["adm1_tr"]), fold(row["adm2_tr"]))] = (float(row["pos_lon"]), float(row["pos_lat"]))
    return points


def firm_points():
    interior = district_points()
    points = []
    with open(ROOT / ROSTER, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["type"] != "firm":
                continue
            if row["lat"] and row["lon"]:
                points.append((float(row["lon"]), float(row["lat"])))
            else:
                points.append(interior[(fold(row["province"]), fold(row["district"]))])
    return points


def type7(sorted_values, p):
    h = (len(sorted_values) - 1) * p
    low = int(np.floor(h))
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (h - low) * (sorted_values[high] - sorted_values[low])


def main():
    lonlat = firm_points()
    lon0 = round(float(np.median([p[0] for p in lonlat])), 4)
    lat0 = round(float(np.median([p[1] for p in lonlat])), 4)
    definition = f"+proj=laea +lat_0={lat0} +lon_0={lon0} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs"
    to_plane = pyproj.Transformer.from_crs("EPSG:4326", pyproj.CRS.from_proj4(definition), always_xy=True)
    xy = np.array([to_plane.transform(lon, lat) for lon, lat in lonlat])

    distances = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
    third = np.sort(distances, axis=1)[:, 3]  # column 0 is the firm itself
    ordered = sorted(third)
    q1, q3 = type7(ordered, 0.25), type7(ordered, 0.75)
    limit = max(q3 + 3 * (q3 - q1), 2 * q3, 10_000)
    outliers = int((third > limit).sum()) if len(xy) >= 8 else 0
    assert outliers == 0, "this reference expects a roster without outliers"
    # One group: the minimum spanning tree's longest edge is under 50 km (single linkage).
    reached, frontier = {0}, [0]
    while frontier:
        i = frontier.pop()
        for j in np.nonzero(distances[i] <= 50_000)[0]:
            if int(j) not in reached:
                reached.add(int(j))
                frontier.append(int(j))
    assert len(reached) == len(xy), "this reference expects one group of firms"

    points = shapely.multipoints(xy)
    cases = []
    for ratio in CONCAVITIES:
        hull = shapely.convex_hull(points) if ratio >= 1 else shapely.concave_hull(points, ratio=ratio, allow_holes=False)
        assert shapely.is_valid(hull) and all(shapely.covers(hull, shapely.points(xy))), f"hull at {ratio} is unusable"
        for buffer_km in BUFFERS_KM:
            area = shapely.area(shapely.buffer(hull, buffer_km * 1000, quad_segs=8)) if buffer_km > 0 else shapely.area(hull)
            cases.append({"concavity": ratio, "buffer_km": buffer_km, "area_m2": float(area)})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "roster": ROSTER,
        "firms": len(xy),
        "projection": definition,
        "shapely": shapely.__version__,
        "geos": ".".join(map(str, shapely.geos_version)),
        "pyproj": pyproj.__version__,
        "proj": pyproj.proj_version_str,
        "cases": cases,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(cases)} cases, projection {definition}")


if __name__ == "__main__":
    main()
