"""Reads an .xlsx with openpyxl (Debian's python3-openpyxl) and prints what a user would see, as JSON:
the sheet's name, frozen pane, autofilter, column widths, and each cell's value, type, format and
whether it is bold. Used by test/contacts-xlsx.test.ts as an independent reader."""
import datetime
import json
import sys

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
print(json.dumps({
    "sheets": book.sheetnames,
    "freeze": sheet.freeze_panes,
    "filter": sheet.auto_filter.ref,
    "widths": {openpyxl.utils.get_column_letter(i): round(d.width, 1) for d in sheet.column_dimensions.values() if d.width for i in range(d.min, d.max + 1)},
    "created": book.properties.created.isoformat() if book.properties.created else None,
    "cells": cells,
}, ensure_ascii=False))
