# The Python UNO component: the same service (se.finsamcalc.Functions) and interface (XFunctions,
# from the same .rdb) as the C++ component, for LibreOffice on Windows, whose C++ UNO bridge needs
# MSVC. It only converts: Calc's arguments become grids for the C interface (addin/capi), whose
# library (finsam-capi.dll, or libfinsam-capi.so in the Linux test build) lies beside this file;
# the maths, the argument reading and every sentence are the C++ core's. Its methods come from the
# function table (pythonpath/finsamcalc_table.py, generated from idl/function_table.hpp).
import os
import sys

import uno
import unohelper
from com.sun.star.lang import XServiceInfo, XServiceName
from com.sun.star.sheet import XVolatileResult
from se.finsamcalc import XFunctions

import finsamcalc_capi as capi
import finsamcalc_table as table

_ADDIN_SERVICE = "com.sun.star.sheet.AddIn"
_LIBRARY = {"win32": "finsam-capi.dll", "darwin": "libfinsam-capi.dylib"}.get(sys.platform, "libfinsam-capi.so")
# com.sun.star.sheet.CellFlags VALUE | DATETIME | STRING | FORMULA
_CONTENT_FLAGS = 1 | 2 | 4 | 16

_library = None


def library():
    global _library
    if _library is None:
        _library = capi.Library(os.path.join(os.path.dirname(os.path.abspath(__file__)), _LIBRARY))
    return _library


# --- Calc's arguments as grids (lists of rows), as addin/uno/any_conversion.cpp reads UNO values ----

def _used_part(rng, at):
    """Rows and columns of a large range to read: as far as the sheet is used (at least one of each),
    taking in any filled cell beyond that (any_conversion.cpp, used_part)."""
    all_rows, all_cols = at.EndRow - at.StartRow + 1, at.EndColumn - at.StartColumn + 1
    cursor = rng.getSpreadsheet().createCursor()
    cursor.gotoEndOfUsedArea(False)
    used = cursor.getRangeAddress()
    rows = min(max(used.EndRow - at.StartRow + 1, 1), all_rows)
    cols = min(max(used.EndColumn - at.StartColumn + 1, 1), all_cols)
    used_rows, used_cols = rows, cols
    for first_col, first_row, last_col, last_row in ((0, used_rows, all_cols - 1, all_rows - 1),
                                                     (used_cols, 0, all_cols - 1, used_rows - 1)):
        if first_col > last_col or first_row > last_row:
            continue
        part = rng.getCellRangeByPosition(first_col, first_row, last_col, last_row)
        for f in part.queryContentCells(_CONTENT_FLAGS).getRangeAddresses():
            rows = max(rows, f.EndRow - at.StartRow + 1)
            cols = max(cols, f.EndColumn - at.StartColumn + 1)
    return rows, cols


# The text the CSV export writes for a cell showing an error, as the C++ component reads a
# reference (addin/uno/sheet_grid.cpp, error_text): FINSAM_AUDIT names such a cell, it is no answer.
_ERROR_TEXTS = {503: "#NUM!", 519: "#VALUE!", 521: "#NULL!", 524: "#REF!", 525: "#NAME?", 532: "#DIV/0!",
                32767: "#N/A"}


def _error_text(code):
    return _ERROR_TEXTS.get(code, "Err:%d" % code)


def _range_grid(rng):
    """A reference argument (FINSAM_AUDIT's Område): its cells as the C++ component reads them, a
    large range only as far as the sheet is used; a cell showing an error is its error's text."""
    at = rng.getRangeAddress()
    all_rows, all_cols = at.EndRow - at.StartRow + 1, at.EndColumn - at.StartColumn + 1
    rows, cols = all_rows, all_cols
    if all_rows * all_cols > table.READ_WHOLE_CELLS:
        rows, cols = _used_part(rng, at)
    part = rng if (rows, cols) == (all_rows, all_cols) else rng.getCellRangeByPosition(0, 0, cols - 1, rows - 1)
    data = part.getDataArray()
    if all_rows == 1 and all_cols == 1:
        value = data[0][0] if data and data[0] else None
        if value is None:  # getDataArray gives a cell showing an error as void
            return [[_error_text(rng.getCellByPosition(0, 0).getError())]]
        if value == "" and rng.getCellByPosition(0, 0).getType().value == "EMPTY":
            return [[0.0]]  # as Calc passes a single empty cell
        return [[value]]
    return [[_error_text(part.getCellByPosition(c, r).getError()) if v is None else v for c, v in enumerate(row)]
            for r, row in enumerate(data)]


def to_grid(value):
    """Any argument: a range (XCellRange), an array (tuple of row tuples), a single value, or None
    for an omitted argument."""
    if value is None:
        return None
    if isinstance(value, (tuple, list)):
        return [list(row) if isinstance(row, (tuple, list)) else [row] for row in value]
    if isinstance(value, (str, float, int, bool)):
        return [[value]]
    # anything else Calc passes is a range (XCellRange); asking the object first would cost calls
    # through the bridge on every argument
    return _range_grid(value)


# --- The library's answer as what Calc shows -----------------------------------------------------
# One value goes back as itself, as from the C++ component. An array must reach Calc typed as
# sequence<sequence<any>>, which a Python method returning `any` cannot give: pyuno turns a tuple
# into sequence<any> (Calc shows #VALUE!) and refuses uno.Any for a return value. A struct built by
# pyuno does take uno.Any, so an array goes back the way Calc takes results it is told about later: a
# volatile result that tells its listener the rows at once. (Declaring the methods as returning
# sequence<sequence<any>> instead would give every single value as a 1 × 1 array, whose text Calc
# 7.4 no longer finds equal to the same text, which breaks checks such as FINSAM_CHECK(...)="OK".)
# A function of table.ARRAY_RESULTS answers a 1 × 1 array too, as the C++ component does, so that
# INDEX(F(...); 1) reads a one-period answer.

class _Rows(unohelper.Base, XVolatileResult):
    def __init__(self, rows):
        self.rows = rows

    def addResultListener(self, listener):
        listener.modified(uno.createUnoStruct("com.sun.star.sheet.ResultEvent", Source=self,
                                              Value=uno.Any("[][]any", self.rows)))

    def removeResultListener(self, listener):
        pass


def to_calc(rows, always_array=False):
    """The C interface's rows as the C++ component's to_any gives them; an empty cell as empty text."""
    rows = tuple(tuple("" if v is None else v for v in row) for row in rows)
    if len(rows) == 1 and len(rows[0]) == 1 and not always_array:
        return rows[0][0]
    return _Rows(rows)


def call(method, args):
    try:
        lib = library()
    except OSError as e:  # the one answer that cannot come from the library: it is not there
        return "finsam-calc: biblioteket %s kunde inte laddas (%s). Installera om tillägget." % (_LIBRARY, e)
    try:
        return to_calc(lib.call(method, [to_grid(a) for a in args]), method in table.ARRAY_RESULTS)
    except capi.CalcError as e:
        return capi.error_value(e.code)


# --- The component ------------------------------------------------------------------------------

class Functions(unohelper.Base, XFunctions, XServiceInfo, XServiceName):
    def __init__(self, ctx):
        self.ctx = ctx

    def getImplementationName(self):
        return table.IMPLEMENTATION_NAME

    def supportsService(self, name):
        return name in self.getSupportedServiceNames()

    def getSupportedServiceNames(self):
        return (table.IMPLEMENTATION_NAME, _ADDIN_SERVICE)

    def getServiceName(self):
        return table.IMPLEMENTATION_NAME


def _method(name, arity):
    def m(self, *args):
        return call(name, args[:arity])
    m.__name__ = name
    return m


for _name, _params in table.FUNCTIONS.items():
    setattr(Functions, _name, _method(_name, len(_params)))

g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(Functions, table.IMPLEMENTATION_NAME,
                                         (table.IMPLEMENTATION_NAME, _ADDIN_SERVICE))
