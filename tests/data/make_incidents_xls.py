#!/usr/bin/python3
"""Writes incidents.xls, an old-style Excel workbook (BIFF8, Excel 97-2003) for the import tests.

Three incidents in central Stockholm, as a police or municipal export would give them: a header
row, dates as real Excel date cells (not text), coordinates as numbers and Swedish text with
å, ä and ö in both the values and a column name.

Run from anywhere with Debian's Python and python3-xlwt (`apt-get install python3-xlwt`):

    /usr/bin/python3 tests/data/make_incidents_xls.py

The output is deterministic; commit it when it changes.
"""

import datetime
import pathlib

import xlwt

HEADER = ["id", "datum", "kategori", "lat", "lon", "område", "beskrivning"]

# Local Swedish times. A1 is the published reference point 59.3293 N, 18.0686 E.
ROWS = [
    ("A1", datetime.datetime(2023, 3, 29, 14, 5), "Klotter", 59.3293, 18.0686, "Södermalm",
     "Klotter på gården vid Åsögatan, Älvsjö"),
    ("A2", datetime.datetime(2023, 3, 30, 23, 45), "Skadegörelse", 59.33, 18.07, "Östermalm",
     "Krossad ruta i busskuret vid Ölandsgatan"),
    ("A3", datetime.datetime(2023, 1, 15, 8, 0), "klotter", 59.34, 18.05, "Årsta",
     "Målat på väggen, ärende öppnat"),
]


def main():
    book = xlwt.Workbook()
    sheet = book.add_sheet("Händelser")
    date_time = xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM")
    for col, name in enumerate(HEADER):
        sheet.write(0, col, name)
    for r, row in enumerate(ROWS, start=1):
        for col, value in enumerate(row):
            if isinstance(value, datetime.datetime):
                sheet.write(r, col, value, date_time)
            else:
                sheet.write(r, col, value)
    out = pathlib.Path(__file__).resolve().with_name("incidents.xls")
    book.save(str(out))
    print(out)


if __name__ == "__main__":
    main()
