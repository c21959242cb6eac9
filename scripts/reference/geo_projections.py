#!/usr/bin/env python3
"""Writes Tests/KumeGeoTests/Fixtures/geo_projections.json: known answers from pyproj (its bundled PROJ)
for kume's Transformer, Geodesic and LocalProjection tests.

Every transformation uses always_xy=True, i.e. longitude, latitude and easting, northing order, which is the
order kume's Transformer normalises to. The local equal-area centre follows kume's documented rule (median
longitude and median latitude, rounded to 4 decimals) so the test checks the rule and the projection together.

Run: .venv-bench/bin/pip install pyproj numpy && .venv-bench/bin/python scripts/reference/geo_projections.py
"""
import json
import pathlib

import numpy as np
import pyproj

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/KumeGeoTests/Fixtures/geo_projections.json"

places = {
    "Bursa": (29.06111, 40.18222),
    "Ankara": (32.85411, 39.92077),
    "Istanbul": (28.97953, 41.01513),
    "Izmir": (27.14283, 38.42372),
    "Gaziantep": (37.37811, 37.06622),
    "Trabzon": (39.71676, 41.00145),
    "Van": (43.38379, 38.50120),
    "Edirne": (26.55597, 41.67719),
}
targets = ["EPSG:32635", "EPSG:32636", "EPSG:32637", "EPSG:3035", "EPSG:3857", "EPSG:5254",
           "+proj=laea +lat_0=39 +lon_0=35 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs"]

transforms = []
for target in targets:
    transformer = pyproj.Transformer.from_crs("EPSG:4326", target, always_xy=True)
    for name, (lon, lat) in places.items():
        x, y = transformer.transform(lon, lat)
        transforms.append({"target": target, "place": name, "lonLat": [lon, lat], "xy": [x, y]})

geod = pyproj.Geod(ellps="WGS84")
geodesics = []
names = list(places)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        (lon1, lat1), (lon2, lat2) = places[a], places[b]
        _, _, metres = geod.inv(lon1, lat1, lon2, lat2)
        geodesics.append({"from": [lon1, lat1], "to": [lon2, lat2], "metres": metres, "pair": f"{a}-{b}"})

# A local equal-area projection around a seeded cloud of firms near Bursa, with two far outliers.
rng = np.random.default_rng(7)
cloud = np.column_stack([rng.normal(29.1, 0.15, 300), rng.normal(40.2, 0.1, 300)])
cloud = np.vstack([cloud, [[44.0, 39.9], [26.0, 42.0]]])
lon0 = round(float(np.median(cloud[:, 0])), 4)
lat0 = round(float(np.median(cloud[:, 1])), 4)
definition = (f"+proj=laea +lat_0={lat0} +lon_0={lon0} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs "
              "+type=crs")
local = pyproj.Transformer.from_crs("EPSG:4326", definition, always_xy=True)
lx, ly = local.transform(cloud[:, 0], cloud[:, 1])
local_case = {"points": cloud.tolist(), "centre": [lon0, lat0],
              "projected": np.column_stack([lx, ly]).tolist()}

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({
    "producer": f"pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str}), "
                "scripts/reference/geo_projections.py",
    "transforms": transforms, "geodesics": geodesics, "local": local_case,
}, indent=1) + "\n")
print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
