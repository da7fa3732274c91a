"""Flat ODF spreadsheets (.fods) for every generator in the project: the budget templates and
examples (templates/make_templates.py), the seed workbooks, the bad-input workbook, the typo
workbook and the benchmark workbooks (tests/).

    formula   formulas as typed in Calc -> OpenFormula; {row name} placeholders; column letters
    writer    the XML: document, tables, rows, cells, styles
    sheet     a sheet described row by row, with named rows
    ledger    the look of an ekonom's own sheet (row styles, typed inputs in blue): the seed and
              typo workbooks

Standard library only.  A generator outside templates/ puts templates/ on sys.path and imports
the package (from fods import writer).
"""
