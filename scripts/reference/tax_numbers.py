#!/usr/bin/env python3
"""Writes Tests/Fixtures/stdnum/tax_numbers.csv: Turkish tax numbers and whether python-stdnum calls them
valid (stdnum.tr.vkn for 10-digit VKNs, stdnum.tr.tckimlik for 11-digit TCKNs), for kume's TaxNumber tests.

Seeded: 200 VKNs and 200 TCKNs, each a random body completed with its valid check digits half of the time and
with one check digit changed the other half, plus an 11-digit number starting with 0.

Run: python3 -m venv .venv-ref && .venv-ref/bin/pip install python-stdnum==2.2 && .venv-ref/bin/python scripts/reference/tax_numbers.py
"""
import csv
import pathlib
import random

from stdnum.tr import tckimlik, vkn

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/Fixtures/stdnum/tax_numbers.csv"

rng = random.Random(17)
rows = []
for _ in range(200):
    body = "".join(rng.choice("0123456789") for _ in range(9))
    number = body + vkn.calc_check_digit(body)
    if rng.random() < 0.5:
        number = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
    rows.append(("vkn", number, vkn.is_valid(number)))
for _ in range(200):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    number = body + tckimlik.calc_check_digits(body)
    if rng.random() < 0.5:
        position = rng.choice([9, 10])
        number = number[:position] + str((int(number[position]) + rng.randint(1, 9)) % 10) + number[position + 1:]
    rows.append(("tckn", number, tckimlik.is_valid(number)))
rows.append(("tckn", "01234567890", tckimlik.is_valid("01234567890")))

OUT.parent.mkdir(parents=True, exist_ok=True)
with open(OUT, "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["kind", "number", "valid"])
    for kind, number, valid in rows:
        writer.writerow([kind, number, "yes" if valid else "no"])
print(OUT, len(rows), "rows")
