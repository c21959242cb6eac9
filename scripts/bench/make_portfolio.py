#!/usr/bin/env python3
"""Writes a synthetic portfolio for the portfolio benchmark (seeded: every run writes the same files).

Usage: make_portfolio.py FOLDER [CLUSTERS] [MEMBERS] [ROWS] [SEED]   (defaults 500, 200, 100000, 2017)

FOLDER gets CLUSTERS rosters (c0001.csv, …) of MEMBERS members each — a coordinator (accredited in four
clusters of five), one to three universities drawn from a pool of 200, a chamber, and firms — and
monitoring.csv with ROWS rows over 2019–2023 (cooperation 45 %, product 40 %, facility 15 %). Firms come
from a pool: about one in six firm places is filled by a firm already in another cluster, written with
another legal form or in capitals; two in three firms carry a valid VKN (10 digits with its check digit).
Columns: id,name,type,nace,lat,lon,province,committed,role,accredited,active,tax_id.
"""
import csv
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIRST = ["Özkan", "Yılmaz", "Şahin", "Çelik", "Doğan", "Güneş", "Aydın", "Öztürk", "Kılıç", "Erdoğan",
         "Koç", "Işık", "Ünal", "Çakır", "Gül", "Bozkurt", "Karagöz", "Şimşek", "Ağaoğlu", "İnce"]
TRADE = ["Otomotiv", "Tekstil", "Makine", "Mobilya", "Gıda", "Plastik", "Döküm", "Metal", "Kimya", "Elektrik",
         "Ambalaj", "Lojistik", "Yazılım", "İnşaat", "Kauçuk", "Kalıp", "Hidrolik", "Boya", "Cam", "Seramik"]
FORMS = ["Sanayi ve Ticaret A.Ş.", "Ltd. Şti.", "San. Tic. Ltd. Şti.", "A.Ş.", "San. ve Tic. A.Ş."]
NACE = ["29.32", "29.31", "28.41", "28.22", "25.62", "25.11", "22.29", "13.10", "13.92", "31.09", "30.20",
        "27.12", "10.89", "20.30", "23.41"]
YEARS = range(2019, 2024)


def vkn(nine: str) -> str:
    """A 10-digit VKN: nine digits and the Revenue Administration's check digit."""
    total = 0
    for i, ch in enumerate(nine, start=1):
        t = (int(ch) + 10 - i) % 10
        total += 9 if t == 9 else (t * 2 ** (10 - i)) % 9
    return nine + str((10 - total % 10) % 10)


def main() -> int:
    folder = pathlib.Path(sys.argv[1])
    clusters = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    members = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 2017)
    provinces = [(r["name"], float(r["lat"]), float(r["lon"]))
                 for r in csv.DictReader(open(ROOT / "data/tables/tr_provinces.csv", encoding="utf-8"))]
    folder.mkdir(parents=True, exist_ok=True)
    universities = [(f"{rng.choice(FIRST)} {rng.choice(TRADE)} Üniversitesi", rng.choice(provinces)) for _ in range(200)]
    pool = []  # firms already placed: (stem, tax_id, nace)
    firm_ids = {}  # cluster -> ids of its firms
    other_ids = {}
    for c in range(clusters):
        name = f"c{c + 1:04d}"
        province, plat, plon = provinces[c % len(provinces)]
        rows_out = []
        accredited = "yes" if c % 5 else "no"
        rows_out.append(["K01", f"{province} {rng.choice(TRADE)} Kümesi {c + 1} Derneği", "association", "",
                         plat, plon, province, "yes", "coordinator", accredited, "yes", ""])
        for u in range(1 + c % 3):
            uname, (uprov, ulat, ulon) = universities[rng.randrange(len(universities))]
            written = uname if rng.random() < 0.7 else uname.replace("Üniversitesi", "Üniv.")
            rows_out.append([f"U{u + 1:02d}", written, "university", "", ulat, ulon, uprov, "yes", "", "",
                             "yes" if rng.random() < 0.8 else "no", ""])
        rows_out.append(["C01", f"{province} Ticaret ve Sanayi Odası", "chamber_of_commerce_and_industry", "",
                         plat, plon, province, "yes", "", "", "", ""])
        ids = []
        for f in range(members - len(rows_out)):
            if pool and rng.random() < 0.17:
                stem, tax, nace = pool[rng.randrange(len(pool))]
                written = f"{stem} {rng.choice(FORMS)}"
                if rng.random() < 0.3:
                    written = written.upper()
            else:
                stem = f"{rng.choice(FIRST)} {rng.choice(TRADE)} {rng.choice(TRADE)} {len(pool) + 1}"
                tax = vkn(f"{rng.randrange(10 ** 9):09d}") if rng.random() < 2 / 3 else ""
                nace = rng.choice(NACE)
                pool.append((stem, tax, nace))
                written = f"{stem} {rng.choice(FORMS)}"
            fid = f"F{f + 1:04d}"
            ids.append(fid)
            committed = "yes" if rng.random() < 0.85 else "no"
            active = "" if rng.random() < 0.5 else ("yes" if rng.random() < 0.9 else "no")
            rows_out.append([fid, written, "firm", nace, f"{plat + rng.uniform(-0.15, 0.15):.6f}",
                             f"{plon + rng.uniform(-0.2, 0.2):.6f}", province, committed, "", "", active,
                             tax if rng.random() < 0.95 else ""])
        firm_ids[name] = ids
        other_ids[name] = [r[0] for r in rows_out if r[2] != "firm"]
        with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["id", "name", "type", "nace", "lat", "lon", "province", "committed", "role",
                             "accredited", "active", "tax_id"])
            writer.writerows(rows_out)
    names = sorted(firm_ids)
    facilities = [(f"Ortak Tesis {i + 1}", names[rng.randrange(len(names))]) for i in range(clusters * 2)]
    seen_products = set()
    with open(folder / "monitoring.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["cluster", "year", "indicator", "member_id", "value"])
        for name, owner in facilities:  # each facility's creation row, under its cluster
            writer.writerow([owner, rng.choice(YEARS), "facility", "", name])
        written = len(facilities)
        while written < rows:
            cluster = names[rng.randrange(len(names))]
            year = rng.choice(YEARS)
            member = rng.choice(firm_ids[cluster])
            roll = rng.random()
            if roll < 0.45:
                writer.writerow([cluster, year, "cooperation", member, ""])
            elif roll < 0.85:
                key = (cluster, year, member)
                if key in seen_products:
                    continue
                seen_products.add(key)
                writer.writerow([cluster, year, "product", member, rng.randrange(0, 6)])
            else:
                writer.writerow([cluster, year, "facility", member, facilities[rng.randrange(len(facilities))][0]])
            written += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
