#!/usr/bin/env python3
"""Writes a synthetic registry CSV for the read benchmark (seeded, so every run writes the same file).

Columns: id,name,nace,lat,lon,employees,province. Names carry Turkish letters; about one in eight is
quoted because it holds a comma, and one in fifty also holds doubled quotes. Points are uniform in a box
around each row's province centre. Usage: make_registry.py ROWS OUTPUT.csv [SEED]
"""
import csv
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIRST = ["Özkan", "Yılmaz", "Şahin", "Çelik", "Doğan", "Güneş", "Aydın", "Öztürk", "Kılıç", "Erdoğan",
         "Koç", "Işık", "Ünal", "Çakır", "Gül", "Bozkurt", "Karagöz", "Şimşek", "Ağaoğlu", "İnce"]
TRADE = ["Otomotiv", "Tekstil", "Makine", "Mobilya", "Gıda", "Plastik", "Döküm", "Metal", "Kimya", "Elektrik",
         "Ambalaj", "Lojistik", "Yazılım", "İnşaat", "Kauçuk"]
FORM = ["Sanayi ve Ticaret A.Ş.", "Ltd. Şti.", "San. Tic. Ltd. Şti.", "A.Ş.", "Üretim Pazarlama A.Ş."]


def main() -> int:
    rows, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2017)
    classes = [r["code"] for r in csv.DictReader(open(ROOT / "data/tables/nace_rev2.csv", encoding="utf-8"))
               if r["level"] == "class"]
    provinces = [(r["name"], float(r["lat"]), float(r["lon"]))
                 for r in csv.DictReader(open(ROOT / "data/tables/tr_provinces.csv", encoding="utf-8"))]
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "name", "nace", "lat", "lon", "employees", "province"])
        for i in range(rows):
            province, lat, lon = provinces[rng.randrange(len(provinces))]
            name = f"{rng.choice(FIRST)} {rng.choice(TRADE)} ve {rng.choice(TRADE)} {province} {rng.choice(FORM)}"
            roll = rng.random()
            if roll < 0.02:
                name = f'{name}, "{rng.choice(TRADE)}" Şubesi'
            elif roll < 0.125:
                name = f"{rng.choice(FIRST)}, {name}"
            writer.writerow([f"F{i + 1:07d}", name, rng.choice(classes),
                             f"{lat + rng.uniform(-0.3, 0.3):.6f}", f"{lon + rng.uniform(-0.4, 0.4):.6f}",
                             int(rng.expovariate(1 / 25)), province])
    return 0


if __name__ == "__main__":
    sys.exit(main())
