"""Reads an .xlsx with openpyxl (Debian's python3-openpyxl) and prints what a user would see, as JSON:
the sheet's name, frozen pane, autofilter, column widths, the names the workbook defines (the
filter's range, the printed header row), the page setup, and each cell's value, type, format and
whether it is bold. Used by test/contacts-xlsx.test.ts as an independent reader."""
import datetime
import json
import sys
import zipfile
from xml.etree import ElementTree

import openpyxl
import openpyxl.utils

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
cells = []
for row in sheet.iter_rows():
    for c in row:
        if c.value is None:
            continue
        value = c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value
        cells.append({"ref": c.coordinate, "value": value, "type": c.data_type, "date": c.is_date, "format": c.number_format, "bold": bool(c.font.b)})
# The defined names as the workbook holds them (openpyxl 3.0 drops the reserved _FilterDatabase
# when it reads): read with the standard library from xl/workbook.xml.
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
with zipfile.ZipFile(sys.argv[1]) as archive:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
names = {d.get("name"): d.text for d in workbook.iter(MAIN + "definedName")}
print(json.dumps({
    "sheets": book.sheetnames,
    "names": names,
    "print_titles": (sheet.print_title_rows or "").replace("$", ""),
    "paper": sheet.page_setup.paperSize,
    "orientation": sheet.page_setup.orientation,
    "fit_width": sheet.page_setup.fitToWidth,
    "fit": sheet.sheet_properties.pageSetUpPr.fitToPage if sheet.sheet_properties.pageSetUpPr else None,
    "freeze": sheet.freeze_panes,
    "filter": sheet.auto_filter.ref,
    "widths": {openpyxl.utils.get_column_letter(i): round(d.width, 1) for d in sheet.column_dimensions.values() if d.width for i in range(d.min, d.max + 1)},
    "created": book.properties.created.isoformat() if book.properties.created else None,
    "cells": cells,
}, ensure_ascii=False))
