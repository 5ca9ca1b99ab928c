"""Edits an .xlsx file in LibreOffice the way a person would, then saves it as .xlsx.

    /usr/bin/python3 lo_edit.py IN.xlsx OUT.xlsx OPS.json

OPS.json is a list of edits, applied in order (rows and columns are zero-based indexes):
    {"op": "set", "sheet": "Bergen", "cell": "G12", "value": 4}      a number or a text, as typed
    {"op": "clear", "sheet": "Bergen", "cell": "G12"}
    {"op": "insertRows" | "deleteRows", "sheet": "Bergen", "at": 11, "count": 1}
    {"op": "insertColumns" | "deleteColumns", "sheet": "Bergen", "at": 3, "count": 1}
    {"op": "copySheet", "sheet": "Bergen", "to": "Bergen (kopi)"}
    {"op": "renameSheet", "sheet": "Bergen", "to": "Bergen 2024"}
    {"op": "sort", "sheet": "Bergen", "range": "A9:U43", "column": 0, "descending": true}

LibreOffice moves formulas, sheet-scoped names and tables with inserted and deleted rows and columns
the way Excel does, so the result is what a colleague's edited workbook looks like. Needs Debian's
python3-uno (for /usr/bin/python3) and libreoffice-calc-nogui.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import TableSortField


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def apply(doc, op):
    sheets = doc.Sheets
    sheet = sheets.getByName(op["sheet"])
    kind = op["op"]
    if kind == "set":
        cell = sheet.getCellRangeByName(op["cell"])
        value = op["value"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            cell.setString(str(value))
        else:
            cell.setValue(value)
    elif kind == "clear":
        sheet.getCellRangeByName(op["cell"]).setString("")
    elif kind == "insertRows":
        sheet.Rows.insertByIndex(op["at"], op.get("count", 1))
    elif kind == "deleteRows":
        sheet.Rows.removeByIndex(op["at"], op.get("count", 1))
    elif kind == "insertColumns":
        sheet.Columns.insertByIndex(op["at"], op.get("count", 1))
    elif kind == "deleteColumns":
        sheet.Columns.removeByIndex(op["at"], op.get("count", 1))
    elif kind == "copySheet":
        sheets.copyByName(op["sheet"], op["to"], sheets.getCount())
    elif kind == "renameSheet":
        sheet.setName(op["to"])
    elif kind == "sort":
        rng = sheet.getCellRangeByName(op["range"])
        field = TableSortField()
        field.Field = op.get("column", 0)
        field.IsAscending = not op.get("descending", False)
        descriptor = list(rng.createSortDescriptor())
        for i, p in enumerate(descriptor):
            if p.Name == "SortFields":
                descriptor[i] = prop(
                    "SortFields", uno.Any("[]com.sun.star.table.TableSortField", (field,))
                )
            elif p.Name == "ContainsHeader":
                descriptor[i] = prop("ContainsHeader", False)
        uno.invoke(rng, "sort", (tuple(descriptor),))
    else:
        raise ValueError("unknown op " + kind)


def main():
    source, target, ops_file = sys.argv[1:4]
    with open(ops_file, encoding="utf-8") as f:
        ops = json.load(f)
    profile = tempfile.mkdtemp(prefix="citynet-uno-")
    pipe = "citynet" + uuid.uuid4().hex
    office = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=" + url(profile),
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(300):
            try:
                context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
                )
                break
            except Exception:
                time.sleep(0.1)
        if context is None:
            raise RuntimeError("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        doc = desktop.loadComponentFromURL(url(source), "_blank", 0, (prop("Hidden", True),))
        for op in ops:
            apply(doc, op)
        # The file holds CityNet's cached values: calculate everything afresh, as the checks compare
        # LibreOffice's own results with them.
        doc.calculateAll()
        doc.storeToURL(url(target), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as the office quits
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
