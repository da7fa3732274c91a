"""Which checks on Kontroller follow from which: derived from the workbook's own formulas.

One typo often turns several checks red: a wrong cost line makes its group's sum disagree with the
stated one, and the year's result, and the equity chain built on it.  A later red check that reads
an input (a yellow cell) which an earlier check tests can be a knock-on of that earlier one, and its
explanation says so (controls.py).  The table (knock_on_table) is computed here, never listed by hand:

- a check's *tested* cells are the references in the conditions that decide between "OK" and a red
  message; the guards that leave a check empty or waiting, and the references that only build a
  message's text (joined with &), are left out: they say how a check reads, not whether it fails;
- every formula cell among them is followed to the inputs it reads, through its whole formula
  (the sums and helper rows), a range between two named rows taking in every row between them;
- check B follows from the earlier check A when the inputs they test meet.
Rows are followed, not cells: the period columns of a row share their formula's pattern.
"""
import re
from fods.formula import fill

FIELDS = {"c": "B", "p": "A", "k": 1}      # a period column's placeholders: any column will do for rows
ROWREF = re.compile(r"\{(?:([^{}:]+):)?([^{}:]+)\}")
# the text between two row placeholders that makes them a range: {a}:$F${b}, or the growing range
# {a}:INDEX(B$1:B{b};ROW(...)-1) of budget.between
RANGE_GAP = re.compile(r"""^:(INDEX\()?('[^']*'!|[^'!;(){}"&]*!)?\$?[A-Z]+\$?(1:\$?[A-Z]+\$?)?$""")
# a row placeholder that ends a range from row 1 (INDEX(B$1:B{x};n) picks a row for a message)
BASE_END = re.compile(r"\$1:\$?[A-Z]+\$?$")


def _top(text, sep):
    """text split at sep outside strings and parentheses."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _call(text):
    """(NAME, arguments) when text is one function call as a whole, else None."""
    m = re.match(r"^([A-Z_.]+)\(", text)
    if not m or not text.endswith(")"):
        return None
    inner = text[m.end():-1]
    depth, quoted = 0, False
    for ch in inner:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if depth < 0:
                return None         # the first ( closes before the end: not one call
    return m.group(1), _top(inner, ";")


def _can_pass(text):
    """A branch that can say OK: the word itself, FINSAM_CHECK's answer, or another cell's message."""
    return '"OK"' in text or "FINSAM_CHECK(" in text or '"' not in text


def tested_parts(formula):
    """The parts of a check's message formula whose references decide whether it is red."""
    e = formula.strip().lstrip("=").strip()
    if len(_top(e, "&")) > 1 or e.startswith('"'):
        return []                               # a message's text
    call = _call(e)
    if call and call[0] == "IFERROR":
        return tested_parts(call[1][0])
    if call and call[0] == "IF":
        args = call[1] + ["FALSE()"] * (3 - len(call[1]))
        cond, a, b = (x.strip() for x in args[:3])
        pa, pb = _can_pass(a), _can_pass(b)
        if not pa and not pb:
            return []                           # chooses between two messages
        if pa and pb:
            return tested_parts(a) + tested_parts(b)    # chooses how to test
        ok, other = (a, b) if pa else (b, a)
        if other == '""' or other.startswith('"Väntar'):
            return tested_parts(ok)             # a guard: nothing to check yet, or waiting
        return [cond] + tested_parts(ok)        # the test: OK, or a red message
    return [e]


CONST = re.compile(r'^(-?[0-9]+(,[0-9]+)?|"[^"]*")$')


def value_parts(formula):
    """The parts of a helper cell's formula its value is taken from: a condition that only leaves
    the cell empty (a guard) or chooses between two values is left out; a condition whose branches
    are both constants (IF(x=y;1;0)) is the value."""
    e = formula.strip().lstrip("=").strip()
    call = _call(e)
    if call and call[0] == "IFERROR":
        return [p for x in call[1] for p in value_parts(x)]
    if call and call[0] == "IF" and len(call[1]) == 3:
        cond, a, b = (x.strip() for x in call[1])
        consts = [x for x in (a, b) if CONST.match(x)]
        if len(consts) == 2:
            return [cond]
        return [p for x in (a, b) if not CONST.match(x) for p in value_parts(x)]
    return [e]


def row_refs(text, own):
    """The rows (sheet, row name or number) a formula text refers to, ranges between named rows
    as every row between them."""
    text = fill(text, FIELDS)
    ms = list(ROWREF.finditer(text))
    out, i = [], 0
    while i < len(ms):
        m = ms[i]
        sheet = m.group(1) or own
        if i + 1 < len(ms) and RANGE_GAP.match(text[m.end():ms[i + 1].start()]):
            out.append((sheet, m.group(2), ms[i + 1].group(2)))
            i += 2
            continue
        if not BASE_END.search(text[:m.start()]):
            out.append((sheet, m.group(2), m.group(2)))
        i += 1
    return out


class Rows:
    """The sheets' rows as nodes: for each (sheet, row number) the inputs it holds or reads."""

    def __init__(self, sheets):
        self.sheets = {s.name: s for s in sheets}
        self.memo = {}

    def span(self, sheet, a, b):
        s = self.sheets.get(sheet)
        if s is None or a not in s.names or b not in s.names:
            return []
        lo, hi = sorted((s.names[a], s.names[b]))
        return [(sheet, r) for r in range(lo, hi + 1)]

    def nodes(self, text, own):
        return [n for sheet, a, b in row_refs(text, own) for n in self.span(sheet, a, b)]

    def inputs(self, node):
        """The input rows (a yellow cell) node is or reads, through every formula on the way."""
        if node in self.memo:
            return self.memo[node]
        self.memo[node] = set()                 # a cycle (none expected) ends here
        sheet, r = node
        cells = self.sheets[sheet].rows[r - 1][0]
        found = set()
        for cell in cells:
            kind = type(cell).__name__
            if kind == "In":
                found.add(node)
            elif kind == "F":
                for part in value_parts(fill(cell.formula, cell.fields or {})):
                    for n in self.nodes(part, sheet):
                        found |= self.inputs(n)
        self.memo[node] = found
        return found


def check_inputs(check, rows, own="Kontroller"):
    """The input rows a check tests (see tested_parts)."""
    formulas = check.each if check.each else [check.overall]
    found = set()
    for f in set(formulas):
        for part in tested_parts(f):
            for n in rows.nodes(part, own):
                found |= rows.inputs(n)
    return found


def knock_on_table(checks, sheets, skip=(1,)):
    """{check number: [earlier check numbers it can follow from]}, numbers from 1; skip: checks
    left out (the add-in check: without the add-in every other check waits for it)."""
    rows = Rows(sheets)
    tested = [check_inputs(c, rows) for c in checks]
    table = {}
    for b in range(1, len(checks) + 1):
        table[b] = [a for a in range(1, b) if a not in skip and b not in skip and tested[a - 1] & tested[b - 1]]
    return table, tested
