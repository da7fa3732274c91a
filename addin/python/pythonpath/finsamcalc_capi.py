# The C interface (addin/capi/finsam_capi.h) through ctypes: Calc's arguments as Python sees them
# become C grids, the library's result comes back as Python values. No UNO here, so that it can be
# tested with plain python3 (tests/python).
import ctypes
import struct

EMPTY, NUMBER, TEXT, ERROR = 0, 1, 2, 3
VERSION = 1  # finsam_capi_version() this module is written for


class Cell(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_int), ("number", ctypes.c_double), ("text", ctypes.c_char_p),
                ("error", ctypes.c_int)]


class Grid(ctypes.Structure):
    _fields_ = [("rows", ctypes.c_size_t), ("cols", ctypes.c_size_t), ("cells", ctypes.POINTER(Cell))]


class Result(ctypes.Structure):
    _fields_ = [("error", ctypes.c_int), ("rows", ctypes.c_size_t), ("cols", ctypes.c_size_t),
                ("cells", ctypes.POINTER(Cell))]


class CalcError(Exception):
    """An error Calc shows instead of an answer: 502 = Err:502, 504 = Err:504, 532 = #DIV/0! ..."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def error_value(code):
    """The double that makes Calc show error `code`: a quiet NaN carrying it, as Calc encodes errors
    (the C++ component's error_any, addin/uno/any_conversion.cpp)."""
    return struct.unpack("<d", struct.pack("<Q", 0x7FF8000000000000 | code))[0]


def cell(value):
    """One value as Calc passes it: float (or int, bool), str (an empty text is an empty cell),
    None for an empty or omitted cell, CalcError for an error cell."""
    if value is None:
        return (EMPTY, 0.0, None, 0)
    if isinstance(value, str):
        return (TEXT, 0.0, value.encode("utf-8"), 0) if value else (EMPTY, 0.0, None, 0)
    if isinstance(value, CalcError):
        return (ERROR, 0.0, None, value.code)
    if isinstance(value, (bool, int, float)):
        return (NUMBER, float(value), None, 0)
    return (TEXT, 0.0, b"?", 0)  # what the C++ glue makes of a type it does not know


class Library:
    def __init__(self, path):
        lib = ctypes.CDLL(path)
        lib.finsam_call.argtypes = [ctypes.c_char_p, ctypes.POINTER(Grid), ctypes.c_size_t]
        lib.finsam_call.restype = ctypes.POINTER(Result)
        lib.finsam_result_free.argtypes = [ctypes.POINTER(Result)]
        lib.finsam_result_free.restype = None
        lib.finsam_capi_version.restype = ctypes.c_int
        if lib.finsam_capi_version() != VERSION:
            raise OSError("%s: C interface version %d, expected %d" % (path, lib.finsam_capi_version(), VERSION))
        self._lib = lib

    def call(self, method, grids):
        """Calls `method` with `grids`, each a list of rows (lists of values) or None for an omitted
        argument. Returns a list of rows of values (float, str, None for empty), or raises CalcError."""
        args = (Grid * max(len(grids), 1))()
        keep = []  # the cell arrays and texts must outlive the call
        for i, rows in enumerate(grids):
            if rows is None or not rows:
                continue
            cols = max(len(r) for r in rows)
            if cols == 0:
                continue
            cells = (Cell * (len(rows) * cols))()
            k = 0
            for r in rows:
                for v in r:
                    cells[k] = cell(v)
                    k += 1
                k += cols - len(r)  # a short row is padded with empty cells
            keep.append(cells)
            args[i] = Grid(len(rows), cols, cells)
        result = self._lib.finsam_call(method.encode("ascii"), args, len(grids))
        if not result:
            raise MemoryError("finsam-calc: out of memory")
        try:
            r = result.contents
            if r.error:
                raise CalcError(r.error)
            out, k = [], 0
            for _ in range(r.rows):
                row = []
                for _ in range(r.cols):
                    c = r.cells[k]
                    k += 1
                    if c.kind == NUMBER:
                        row.append(c.number)
                    elif c.kind == TEXT:
                        row.append(c.text.decode("utf-8"))
                    else:
                        row.append(None)
                out.append(row)
            return out
        finally:
            self._lib.finsam_result_free(result)
