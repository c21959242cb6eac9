#!/usr/bin/env python3
"""Saves every roster kume reads as CSV or GeoJSON as an Excel workbook, an OpenDocument spreadsheet and a
GeoPackage: Tests/Fixtures/roster-formats/, for the test that each gets its source's verdict.

The rosters: every CSV of data/examples/ and data/examples/portfolio/ whose header names an id and a type
column (so not the plans or the monitoring table), data/examples/bursa-automotive.geojson, and the rosters of
Tests/Fixtures/rosters/ (written here first: the Manisa example as a UTF-16 "Unicode Text" export). Each source is decoded as kume decodes it (UTF-8 with or without BOM, UTF-16 by its
byte order mark, else Windows-1254; ',', ';' or tab), so the converted files carry the decoded text:
Turkish letters as letters, never as mojibake.

Written as a spreadsheet program saves a roster typed by hand, with writers independent of kume:
  .xlsx  openpyxl      first sheet "Üyeler"
  .ods   odfpy         first sheet "Üyeler"
  .gpkg  GDAL ogr2ogr  layer named after the roster, a point geometry (EPSG:4326) instead of the lat/lon
                       columns (a member without coordinates has no geometry), typed fields from a .csvt
Cells (sheets) and fields (GeoPackage) are typed by column:
  lat, lon, employees      numbers (a decimal comma read as the decimal point: 40,1875 is 40.1875)
  id, tax_id               numbers when all digits without a leading zero (as Excel types them), else text
  committed, accredited,   booleans for yes/no words (yes, evet, true, 1 / no, hayır, false, 0), text for
  active                   other words ("X"); in the GeoPackage integer fields of subtype Boolean
  nace and the rest        text (a NACE code "28.30" must not become the number 28.3)
  empty                    an empty cell, a NULL field
Headers stay as the source writes them (Turkish headers too).

The GeoPackages are compacted (page size 1024, VACUUM) and committed gzipped (NAME.gpkg.gz, 4 kB instead of
74 kB: mostly empty pages of GeoPackage's metadata tables); the test unpacks them with gzip.

Run:  python3 -m venv .venv-bench && .venv-bench/bin/pip install openpyxl odfpy
      .venv-bench/bin/python scripts/reference/roster_formats.py        (needs ogr2ogr from gdal-bin)
"""
import csv
import datetime
import gzip
import io
import json
import pathlib
import re
import shutil
import sqlite3
import subprocess
import tempfile
import unicodedata

import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "data" / "examples", ROOT / "data" / "examples" / "portfolio", ROOT / "Tests" / "Fixtures" / "rosters"]
OUT = ROOT / "Tests" / "Fixtures" / "roster-formats"
SHEET = "Üyeler"

# kume's header aliases (Sources/KumeData/Reading/MemberColumn.swift) for the columns typed here.
ALIASES = {
    "id": ["id", "no", "kimlik", "sira_no", "sira", "numara", "uye_no", "kayit_no"],
    "type": ["type", "tur", "tip", "uye_turu", "uye_tipi", "kurum_turu", "kurulus_turu"],
    "lat": ["lat", "latitude", "enlem"],
    "lon": ["lon", "longitude", "lng", "boylam"],
    "employees": ["employees", "calisan", "calisan_sayisi", "istihdam", "istihdam_sayisi", "personel_sayisi"],
    "flag": ["committed", "taahhut", "taahhut_verdi", "taahhut_durumu", "isbirligi_taahhudu", "taahhutname",
             "accredited", "akredite", "akreditasyon", "akredite_mi", "active", "aktif", "aktif_mi", "faal"],
    "tax_id": ["tax_id", "vergi_no", "vkn", "vergi_kimlik_no", "vergi_numarasi", "tckn", "vkn_tckn"],
}
YES = {"yes", "evet", "true", "1", "y", "e", "var"}
NO = {"no", "hayir", "false", "0", "n", "h", "yok"}


def folded(text):
    """Turkish case folding without diacritics, as kume's HeaderKey compares headers."""
    text = text.replace("İ", "i").replace("I", "ı").lower().replace("ı", "i")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def column_of(header):
    key = re.sub(r"_\(.*$", "", folded(header))
    for column, aliases in ALIASES.items():
        if key in aliases:
            return column
    return None


def decoded(path):
    """The file's text as kume decodes it."""
    data = path.read_bytes()
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1254")


def table(path):
    """(header, rows) of a CSV roster, or None when it is not one."""
    text = decoded(path)
    first = text.split("\n", 1)[0]
    delimiter = max(["\t", ";", ","], key=first.count)
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    columns = [column_of(h) for h in header]
    if "id" not in columns or "type" not in columns:
        return None
    return header, rows


def geojson_table(path):
    """(header, rows) of a GeoJSON roster: its properties, then lat and lon from its point geometries."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    keys = []  # every property of any feature, in order of first appearance
    for feature in features:
        keys += [k for k in feature["properties"] or {} if k not in ("lat", "lon") and k not in keys]
    rows = []
    for feature in features:
        properties = feature["properties"] or {}
        point = (feature.get("geometry") or {}).get("coordinates")
        cells = ["" if properties.get(k) is None else str(properties[k]) for k in keys]
        rows.append(cells + ([repr(point[1]), repr(point[0])] if point else ["", ""]))
    return keys + ["lat", "lon"], rows


def number(text):
    value = float(text.strip().replace(",", "."))
    return int(value) if value.is_integer() and not re.search(r"[.,]", text) else value


def typed(column, text):
    """A cell's value as a spreadsheet program types it: None, bool, int, float or str."""
    if text.strip() == "":
        return None
    if column in ("lat", "lon", "employees"):
        return number(text)
    if column in ("id", "tax_id") and text.isdigit() and not text.startswith("0"):
        return int(text)
    if column == "flag" and folded(text) in YES | NO:
        return folded(text) in YES
    return text


def write_xlsx(path, header, rows, columns):
    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = datetime.datetime(2026, 1, 1)  # the same bytes each run
    sheet = book.active
    sheet.title = SHEET
    sheet.append(header)
    for row in rows:
        sheet.append([typed(c, t) for c, t in zip(columns, row)])
    book.save(path)


def write_ods(path, header, rows, columns):
    document = OpenDocumentSpreadsheet()
    sheet = Table(name=SHEET)
    for values in [header] + [[typed(c, t) for c, t in zip(columns, row)] for row in rows]:
        table_row = TableRow()
        for value in values:
            if value is None:
                cell = TableCell()
            elif isinstance(value, bool):
                cell = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
                cell.addElement(P(text="TRUE" if value else "FALSE"))
            elif isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=repr(value))
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            table_row.addElement(cell)
        sheet.addElement(table_row)
    document.spreadsheet.addElement(sheet)
    document.save(str(path))


def write_gpkg(path, layer, header, rows, columns):
    """Through ogr2ogr from a UTF-8 CSV with a .csvt of the field types; lat/lon become the geometry."""
    latitude, longitude = columns.index("lat"), columns.index("lon")
    kept = [i for i in range(len(header)) if i not in (latitude, longitude)]
    kinds = []
    for i in kept:
        values = [typed(columns[i], row[i]) for row in rows if i < len(row)]
        values = [v for v in values if v is not None]
        if values and all(isinstance(v, bool) for v in values):
            kinds.append("Integer(Boolean)")
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kinds.append("Integer64" if any(abs(v) > 2**31 for v in values) else "Integer")
        elif values and columns[i] == "employees":
            kinds.append("Real")
        else:
            kinds.append("String")
    with tempfile.TemporaryDirectory() as work:
        source = pathlib.Path(work) / f"{layer}.csv"
        with open(source, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow([header[i] for i in kept] + ["WKT"])
            for row in rows:
                cells = []
                for i, kind in zip(kept, kinds):
                    value = typed(columns[i], row[i]) if i < len(row) else None
                    cells.append("" if value is None else str(int(value)) if kind.startswith("Integer") else
                                 row[i] if kind == "String" else str(value))
                lat = row[latitude].strip() if latitude < len(row) else ""
                lon = row[longitude].strip() if longitude < len(row) else ""
                wkt = f"POINT ({number(lon)!r} {number(lat)!r})" if lat and lon else ""
                writer.writerow(cells + [wkt])
        (pathlib.Path(work) / f"{layer}.csvt").write_text(",".join(f'"{k}"' for k in kinds) + ',"WKT"\n')
        if path.exists():
            path.unlink()
        subprocess.run(["ogr2ogr", "-f", "GPKG", str(path), str(source), "-nln", layer, "-a_srs", "EPSG:4326",
                        "-nlt", "POINT", "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO",
                        "-lco", "SPATIAL_INDEX=NO", "-lco", "GEOMETRY_NAME=geom"], check=True)
    with sqlite3.connect(path) as database:
        database.execute("PRAGMA page_size=1024")
    database = sqlite3.connect(path, isolation_level=None)
    database.execute("VACUUM")
    database.close()
    with open(path, "rb") as source, gzip.GzipFile(f"{path}.gz", "wb", compresslevel=9, mtime=0) as packed:
        shutil.copyfileobj(source, packed)
    path.unlink()


def rosters():
    for folder in SOURCES:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".csv", ".txt", ".tsv"):
                found = table(path)
                if found:
                    yield path, found
            elif path.suffix == ".geojson":
                yield path, geojson_table(path)


def write_utf16_twin():
    """Tests/Fixtures/rosters/manisa-white-goods-utf16.txt: the Manisa example as Excel's "Unicode Text"
    saves it (UTF-16 little-endian with its byte order mark, tab-delimited, CRLF), decimal commas kept."""
    source = ROOT / "data" / "examples" / "manisa-white-goods-1254.csv"
    rows = list(csv.reader(io.StringIO(decoded(source)), delimiter=";"))
    folder = ROOT / "Tests" / "Fixtures" / "rosters"
    folder.mkdir(parents=True, exist_ok=True)
    text = "".join("\t".join(row) + "\r\n" for row in rows)
    (folder / "manisa-white-goods-utf16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))


def main():
    write_utf16_twin()
    if OUT.exists():
        shutil.rmtree(OUT)
    for path, (header, rows) in rosters():
        folder = OUT / path.parent.relative_to(ROOT)
        folder.mkdir(parents=True, exist_ok=True)
        columns = [column_of(h) for h in header]
        stem = path.name
        write_xlsx(folder / f"{stem}.xlsx", header, rows, columns)
        write_ods(folder / f"{stem}.ods", header, rows, columns)
        write_gpkg(folder / f"{stem}.gpkg", path.stem, header, rows, columns)
        sizes = ", ".join(f"{(folder / f'{stem}.{e}').stat().st_size} B .{e}" for e in ("xlsx", "ods", "gpkg.gz"))
        print(f"{path.relative_to(ROOT)}: {len(rows)} members; {sizes}")


if __name__ == "__main__":
    main()
