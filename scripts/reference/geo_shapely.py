#!/usr/bin/env python3
"""Writes Tests/KumeGeoTests/Fixtures/geo_shapely.json: seeded input geometries (as WKT at full precision)
and what shapely 2 (with its bundled GEOS) computes for them. kume's KumeGeo tests read the inputs, run the
same GEOS operations through the Swift layer, and compare.

Run: python3 -m venv .venv-bench && .venv-bench/bin/pip install shapely numpy
     .venv-bench/bin/python scripts/reference/geo_shapely.py
"""
import json
import pathlib

import numpy as np
import shapely
from shapely import wkt as shapely_wkt

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/KumeGeoTests/Fixtures/geo_shapely.json"
rng = np.random.default_rng(20240611)


def full(geom):
    return shapely.to_wkt(geom, rounding_precision=-1, trim=True, output_dimension=2)


def describe(geom):
    return {
        "area": float(shapely.area(geom)),
        "length": float(shapely.length(geom)),
        "valid": bool(shapely.is_valid(geom)),
        "type": geom.geom_type,
        "bounds": [float(v) for v in shapely.bounds(geom)],
    }


cases = []


def case(name, operation, inputs, parameters, result, **extra):
    entry = {"name": name, "operation": operation, "inputs": [full(g) for g in inputs],
             "parameters": parameters, "expected": describe(result)}
    entry["expected"].update(extra)
    cases.append(entry)


# Planar points in metres (a 50 km square, as after a local projection).
points = shapely.multipoints(rng.uniform(0, 50_000, size=(1000, 2)))
case("convex hull of 1000 uniform points", "convexHull", [points], {}, shapely.convex_hull(points))

clustered = np.concatenate([
    rng.normal((10_000, 10_000), 2_000, size=(150, 2)),
    rng.normal((30_000, 12_000), 3_000, size=(150, 2)),
    rng.normal((20_000, 30_000), 2_500, size=(100, 2)),
])
clustered_points = shapely.multipoints(clustered)
for ratio in (0.1, 0.3, 0.6):
    hull = shapely.concave_hull(clustered_points, ratio=ratio, allow_holes=False)
    case(f"concave hull ratio {ratio} of 400 clustered points", "concaveHull", [clustered_points],
         {"ratio": ratio, "allowHoles": False}, hull,
         convexHullArea=float(shapely.area(shapely.convex_hull(clustered_points))))

point = shapely.Point(1234.5, -678.25)
case("buffer of a point by 2000 m, 8 segments", "buffer", [point], {"distance": 2000.0, "quadrantSegments": 8},
     shapely.buffer(point, 2000.0, quad_segs=8))
case("buffer of a point by 2000 m, 32 segments", "buffer", [point], {"distance": 2000.0, "quadrantSegments": 32},
     shapely.buffer(point, 2000.0, quad_segs=32))
line = shapely.LineString(rng.uniform(0, 10_000, size=(20, 2)))
case("buffer of a self-crossing line by 300 m", "buffer", [line], {"distance": 300.0, "quadrantSegments": 8},
     shapely.buffer(line, 300.0, quad_segs=8))
square_with_hole = shapely.Polygon([(0, 0), (100, 0), (100, 100), (0, 100)], [[(40, 40), (60, 40), (60, 60), (40, 60)]])
case("negative buffer of a square with a hole", "buffer", [square_with_hole],
     {"distance": -5.0, "quadrantSegments": 8}, shapely.buffer(square_with_hole, -5.0, quad_segs=8))

sites = shapely.multipoints(rng.uniform(0, 40_000, size=(200, 2)))
buffers = shapely.buffer(shapely.get_parts(sites), 2_000.0, quad_segs=8)
buffer_collection = shapely.multipolygons(buffers)
case("unary union of 200 overlapping 2 km buffers", "unaryUnion", [buffer_collection], {},
     shapely.unary_union(buffer_collection))

a = shapely.buffer(shapely.Point(0, 0), 10.0, quad_segs=16)
b = shapely.Polygon([(5, -20), (30, -20), (30, 20), (5, 20)])
case("union of a disc and a rectangle", "union", [a, b], {}, shapely.union(a, b))
case("intersection of a disc and a rectangle", "intersection", [a, b], {}, shapely.intersection(a, b))
case("difference of a disc and a rectangle", "difference", [a, b], {}, shapely.difference(a, b))

bowtie = shapely_wkt.loads("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")
case("make valid of a bowtie", "makeValid", [bowtie], {}, shapely.make_valid(bowtie),
     inputValid=False, inputReason=shapely.is_valid_reason(bowtie))

wiggly = shapely.Polygon([(x, 5 * np.sin(x / 7.0) + (0 if x < 100 else 50)) for x in np.arange(0, 101, 1.0)]
                         + [(100, 80), (0, 80)])
case("topology-preserving simplify with tolerance 2", "simplify", [wiggly],
     {"tolerance": 2.0, "preserveTopology": True}, shapely.simplify(wiggly, 2.0, preserve_topology=True),
     vertexCount=int(shapely.get_num_coordinates(shapely.simplify(wiggly, 2.0, preserve_topology=True))))
case("Douglas-Peucker simplify with tolerance 2", "simplify", [wiggly],
     {"tolerance": 2.0, "preserveTopology": False}, shapely.simplify(wiggly, 2.0, preserve_topology=False),
     vertexCount=int(shapely.get_num_coordinates(shapely.simplify(wiggly, 2.0, preserve_topology=False))))

lonlat = shapely.buffer(shapely.Point(29.06111, 40.18222), 0.05, quad_segs=8)
snapped = shapely.set_precision(lonlat, 1e-6)
case("snap a disc in degrees to a 1e-6 grid", "snappedToGrid", [lonlat], {"gridSize": 1e-6}, snapped)

# Measures and predicates between fixed shapes.
measures = []
for w1, w2 in [
    ("POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0))", "POINT (7 7)"),
    ("LINESTRING (0 0, 3 4, 6 0)", "POINT (3 0)"),
    ("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2))", "POINT (5 5)"),
    ("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POINT (10 5)"),
    ("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "LINESTRING (2 2, 8 8)"),
]:
    g1, g2 = shapely_wkt.loads(w1), shapely_wkt.loads(w2)
    centroid = shapely.centroid(g1)
    measures.append({
        "first": w1, "second": w2,
        "area": float(shapely.area(g1)), "length": float(shapely.length(g1)),
        "distance": float(shapely.distance(g1, g2)),
        "centroid": [float(centroid.x), float(centroid.y)],
        "intersects": bool(shapely.intersects(g1, g2)), "covers": bool(shapely.covers(g1, g2)),
        "contains": bool(shapely.contains(g1, g2)), "within": bool(shapely.within(g2, g1)),
        "wkbHex": shapely.to_wkb(g1, hex=True, output_dimension=2, byte_order=1),
    })

# Point in polygon: a 100-vertex star and 2000 points, 20 of them exactly on vertices (boundary).
pip_rng = np.random.default_rng(99)
angles = np.linspace(0, 2 * np.pi, 100, endpoint=False)
radii = np.where(np.arange(100) % 2 == 0, 10_000.0, 6_000.0) * pip_rng.uniform(0.9, 1.1, 100)
star_coords = np.column_stack([radii * np.cos(angles), radii * np.sin(angles)])
star = shapely.Polygon(star_coords)
pip_points = np.vstack([pip_rng.uniform(-11_000, 11_000, size=(1980, 2)), star_coords[::5]])
point_in_polygon = {
    "polygon": full(star),
    "points": pip_points.tolist(),
    "contains": shapely.contains_xy(star, pip_points[:, 0], pip_points[:, 1]).tolist(),
    "covers": shapely.covers(star, shapely.points(pip_points)).tolist(),
}

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({
    "producer": f"shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), numpy {np.__version__}, "
                "scripts/reference/geo_shapely.py",
    "cases": cases,
    "measures": measures,
    "pointInPolygon": point_in_polygon,
}, indent=1) + "\n")
print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(cases)} cases)")
