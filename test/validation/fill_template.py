"""Fills a khcn template the way another program would: openpyxl, cells found BY DEFINED NAME.

Usage: /usr/bin/python3 fill_template.py <in.xlsx> <out.xlsx> <spec.json>

spec (every key optional):
  values:      {name: value | [values for the cells of the range, top to bottom]}
               a string starting with '=' is written as a formula (openpyxl stores no cached value)
  nameText:    {name: "reference text"}   rewrite a defined name ('#REF!' breaks it)
  deleteNames: [name]                      remove defined names
  identity:    {key: value}                set rows of the very hidden "_khcn" sheet
  merge:       ["E6:F6"]                   merge ranges on the data sheet
  deleteSheet: "Nhập liệu"                 remove a sheet (its names keep pointing at it)
  renameSheet: {"old": "new"}
  wholeColumnValidation: "J"               a data validation over a whole column
  tables:      {table name: [{header: value}]}  rows written under an Excel table's header BY THE
               TABLE'S NAME, the table grown to hold them; {"date": "2026-06-05"} is a date
Needs the Debian package python3-openpyxl (3.0.x) or openpyxl >= 3.0 from pip.
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.worksheet.datavalidation import DataValidation

DATA_SHEET = "Nhập liệu"


def defined_names(wb):
    return wb.defined_names


def get_name(wb, name):
    names = defined_names(wb)
    return names.get(name) if hasattr(names, "get") else names[name]


def cells_of(wb, name):
    dn = get_name(wb, name)
    if dn is None:
        raise KeyError(name)
    return cells_of_defined(wb, dn)


def cells_of_defined(wb, dn):
    """The cells a defined name points at, row by row (shared with consolidation/fill_units.py)."""
    out = []
    for sheet, ref in dn.destinations:
        rng = wb[sheet][ref.replace("$", "")]
        if isinstance(rng, tuple):
            for row in rng:
                for cell in row if isinstance(row, tuple) else (row,):
                    out.append(cell)
        else:
            out.append(rng)
    return out


def fill_table(wb, name, rows):
    """Writes rows (dicts by header text) under the table `name`, growing its range as Excel would."""
    for ws in wb.worksheets:
        if name not in ws.tables:
            continue
        table = ws.tables[name]
        (c1, r1), (c2, r2) = [openpyxl.utils.cell.coordinate_from_string(a) for a in table.ref.split(":")]
        first, last = openpyxl.utils.column_index_from_string(c1), openpyxl.utils.column_index_from_string(c2)
        headers = [ws.cell(row=r1, column=c).value for c in range(first, last + 1)]
        for i, values in enumerate(rows):
            for key, v in values.items():
                if isinstance(v, dict) and "date" in v:
                    v = datetime.datetime.strptime(v["date"], "%Y-%m-%d")
                cell = ws.cell(row=r1 + 1 + i, column=first + headers.index(key), value=v)
                if isinstance(v, datetime.datetime):
                    cell.number_format = "dd/mm/yyyy"
        table.ref = f"{c1}{r1}:{c2}{max(r2, r1 + len(rows))}"
        if table.autoFilter is not None:
            table.autoFilter.ref = table.ref
        return
    raise KeyError(name)


def main():
    src, dst, spec_path = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    wb = openpyxl.load_workbook(src)
    for name, value in spec.get("values", {}).items():
        values = value if isinstance(value, list) else [value]
        for cell, v in zip(cells_of(wb, name), values):
            cell.value = v
    for name, text in spec.get("nameText", {}).items():
        get_name(wb, name).attr_text = text
    for name in spec.get("deleteNames", []):
        names = defined_names(wb)
        if hasattr(names, "delete"):
            names.delete(name)
        else:
            del names[name]
    if "identity" in spec:
        ws = wb["_khcn"]
        for row in ws.iter_rows(min_row=1):
            key = row[0].value
            if key in spec["identity"]:
                row[1].value = spec["identity"][key]
    for rng in spec.get("merge", []):
        wb[DATA_SHEET].merge_cells(rng)
    if "wholeColumnValidation" in spec:
        col = spec["wholeColumnValidation"]
        dv = DataValidation(type="whole", operator="between", formula1="0", formula2="10")
        wb[DATA_SHEET].add_data_validation(dv)
        dv.add(f"{col}1:{col}1048576")
    for name, rows in spec.get("tables", {}).items():
        fill_table(wb, name, rows)
    for old, new in spec.get("renameSheet", {}).items():
        wb[old].title = new
    if "deleteSheet" in spec:
        del wb[spec["deleteSheet"]]
    wb.save(dst)


if __name__ == "__main__":
    main()
