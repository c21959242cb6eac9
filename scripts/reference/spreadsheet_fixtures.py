#!/usr/bin/env python3
"""Writes the workbooks of Tests/Fixtures/spreadsheets/ from two bundled example rosters, their CSV twins.

Made with openpyxl (.xlsx) and odfpy (.ods), writers independent of GDAL and of kume, so the tests check that
kume reads what a spreadsheet program saves. Each workbook holds three sheets:

  1 "Açıklamalar"  notes only, no header row: kume's default skips it for the first sheet with a header row
  2 "Üyeler"       data/examples/konya-machinery-excel-1254.csv (Turkish headers, Windows-1254, ';'), under a
                   title merged across the columns; latitudes are number cells in odd rows and text with a
                   decimal comma ("37,938963") in even rows, longitudes the other way round; an empty row after
                   the tenth member; ids and employee counts are number cells, NACE codes text ("28.30")
  3 "Bursa"        data/examples/bursa-automotive.csv, coordinates and employees as number cells

So sheet 2 must get the verdict of konya-machinery-excel-1254.csv and sheet 3 (--sheet Bursa) that of
bursa-automotive.csv, row numbers counted as the spreadsheet shows them (the header is row 2 of "Üyeler").

Run:  python3 -m venv .venv-bench && .venv-bench/bin/pip install openpyxl odfpy
      .venv-bench/bin/python scripts/reference/spreadsheet_fixtures.py
"""
import csv
import io
import pathlib

import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
OUT = ROOT / "Tests" / "Fixtures" / "spreadsheets"
TITLE = "Konya Tarım Makineleri Kümesi — Üye Listesi (Başvuru Eki 2)"
NOTES = [
    ["Bu çalışma kitabı kümenin başvuru ekidir."],
    ["Üye listesi 'Üyeler' sayfasındadır; koordinatlar WGS84 enlem ve boylamdır."],
    ["Hazırlayan: Küme Koordinatörlüğü, Şubat 2026"],
]
EMPTY_ROW_AFTER = 10  # members


def rows(name, encoding, delimiter):
    with open(EXAMPLES / name, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def number(text):
    """A cell's number from CSV text (decimal comma or point): int when whole, else float."""
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() and "," not in text and "." not in text else value


def konya_cells():
    """The 'Üyeler' sheet as rows of cells (None: an empty cell); row 1 is the title, row 2 the header."""
    header, *members = rows("konya-machinery-excel-1254.csv", "cp1254", ";")
    latitude, longitude = header.index("Enlem"), header.index("Boylam")
    whole = {header.index("Sıra No"), header.index("Çalışan Sayısı")}
    sheet = [[TITLE] + [None] * (len(header) - 1), header]
    for number_in_file, member in enumerate(members, start=1):
        cells = []
        for column, text in enumerate(member):
            if text == "":
                cells.append(None)
            elif column in whole:
                cells.append(int(text))
            elif column in (latitude, longitude):
                # Odd rows: latitude a number, longitude text with its decimal comma; even rows the other way.
                as_number = (column == latitude) == (number_in_file % 2 == 1)
                cells.append(number(text) if as_number else text.replace(".", ","))
            else:
                cells.append(text)
        sheet.append(cells)
        if number_in_file == EMPTY_ROW_AFTER:
            sheet.append([None] * len(header))
    return sheet


def bursa_cells():
    header, *members = rows("bursa-automotive.csv", "utf-8", ",")
    numeric = {header.index(name) for name in ("lat", "lon", "employees")}
    return [header] + [
        [None if text == "" else number(text) if column in numeric else text for column, text in enumerate(member)]
        for member in members
    ]


def write_xlsx(path, sheets):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, cells, merged_title in sheets:
        sheet = book.create_sheet(name)
        for row in cells:
            sheet.append(row)
        if merged_title:
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cells[1]))
    book.save(path)


def write_ods(path, sheets):
    document = OpenDocumentSpreadsheet()
    for name, cells, merged_title in sheets:
        table = Table(name=name)
        for index, row in enumerate(cells):
            table_row = TableRow()
            if merged_title and index == 0:
                cell = TableCell(valuetype="string", numbercolumnsspanned=len(cells[1]))
                cell.addElement(P(text=row[0]))
                table_row.addElement(cell)
                for _ in range(len(cells[1]) - 1):
                    table_row.addElement(CoveredTableCell())
            else:
                for value in row:
                    if value is None:
                        table_row.addElement(TableCell())
                    elif isinstance(value, (int, float)):
                        cell = TableCell(valuetype="float", value=repr(value))
                        cell.addElement(P(text=str(value)))
                        table_row.addElement(cell)
                    else:
                        cell = TableCell(valuetype="string")
                        cell.addElement(P(text=value))
                        table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    sheets = [("Açıklamalar", NOTES, False), ("Üyeler", konya_cells(), True), ("Bursa", bursa_cells(), False)]
    write_xlsx(OUT / "konya-bursa.xlsx", sheets)
    write_ods(OUT / "konya-bursa.ods", sheets)
    for name in ("konya-bursa.xlsx", "konya-bursa.ods"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
