"""The Python component's ctypes layer (addin/python/pythonpath/finsamcalc_capi.py) against the Linux
build of the C interface, without LibreOffice: values as pyuno hands them over in, rows out, Calc's
own errors as CalcError. Usage: test_capi_ctypes.py LIBRARY PYTHONPATH_DIR"""
import math
import struct
import sys
import unittest

sys.path.insert(0, sys.argv.pop(2))
import finsamcalc_capi as capi  # noqa: E402

LIBRARY = sys.argv.pop(1)


class CapiThroughCtypes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lib = capi.Library(LIBRARY)

    def test_split_as_a_column(self):
        rows = self.lib.call("finsamSplit", [[[7156000.0]], [[1341.0], [323.0], [125.0]], [[1000.0]], [[2.0]], None])
        self.assertEqual(rows, [[1789000.0], [1789000.0], [1789000.0], [1341000.0], [323000.0], [125000.0]])

    def test_labels_and_short_rows(self):
        income = [("Medlemsbidrag", 7156000.0), ("ESF",)]  # a short row is padded with an empty cell
        costs = [("Kansli", 2000000.0), ("Insatser", 5000000.0)]
        self.assertEqual(self.lib.call("budgetResult", [income, costs]), [[156000.0]])

    def test_swedish_message_in_utf8(self):
        rows = self.lib.call("finsamSplit", [[["sju miljoner"]], [[1341.0], [323.0]], None, None, None])
        self.assertEqual(rows[0][0], 'Fel i Belopp: värdet är text ("sju miljoner"), inte ett tal.')
        self.assertTrue(all(r == rows[0] for r in rows))

    def test_empty_text_is_an_empty_cell(self):
        rows = self.lib.call("finsamSplit", [[[100.0]], [[10.0], [""]], None, None, None])
        self.assertEqual(rows[0][0], "Fel i Nyckel: cell 2 är tom.")

    def test_calc_errors(self):
        with self.assertRaises(capi.CalcError) as e:
            self.lib.call("finsamSplit", [[[100.0]], [[10.0], [capi.CalcError(532)]]])
        self.assertEqual(e.exception.code, 504)
        with self.assertRaises(capi.CalcError) as e:
            self.lib.call("finsamSplit", [[[capi.CalcError(532)]], [[10.0]]])
        self.assertEqual(e.exception.code, 532)
        with self.assertRaises(capi.CalcError) as e:
            self.lib.call("budgetResult", [None, [[1.0]]])
        self.assertEqual(e.exception.code, 502)

    def test_audit_rows(self):
        table = [["", "2021"], ["Medlemsbidrag", 1000.0], ["ESF", 200.0], ["Summa intäkter", 1300.0]]
        rows = self.lib.call("finsamAudit", [table])
        self.assertEqual(len(rows[0]), 6)
        self.assertEqual(rows[0][0], "Summa intäkter")
        self.assertEqual(rows[0][2:5], [1300.0, 1200.0, 100.0])

    def test_error_value_carries_the_code(self):
        v = capi.error_value(504)
        self.assertTrue(math.isnan(v))
        self.assertEqual(struct.unpack("<Q", struct.pack("<d", v))[0] & 0xFFFF, 504)


if __name__ == "__main__":
    unittest.main(verbosity=1)
