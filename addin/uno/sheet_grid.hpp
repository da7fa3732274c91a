// A whole sheet of the open workbook as the command line sees it. `finsam-audit` recalculates a
// workbook, exports each sheet as CSV (scripts/recalc: en-US, text cells quoted, values unformatted)
// and reads that back (read_csv); this reads the same cells through the API so that the menu command
// finds what the command line finds:
//   - only the filled cells are read (XCellRangesQuery::queryContentCells), kept as a compact sheet
//     (sparse_sheet.hpp: the export's grid from A1 to the last cell with content, with every run of
//     more than 8 empty rows or columns cut to 8), so that one stray cell in AMJ1 or row 1 048 576
//     costs nothing;
//   - a text cell is text as it stands ("1 000" stays text), an empty string is empty;
//   - a number is the value as the CSV writes it (15 significant digits), except where the export
//     writes what the input line shows: a percentage ("25.5%"), a date or time, TRUE/FALSE, which
//     are text then, as they are to read_csv;
//   - a cell showing an error is its English error text ("#DIV/0!", "Err:502"), as the export writes
//     it, whatever the UI language;
//   - the cells of the add-in's own array results (an array formula of more than one cell calling
//     FINSAM_SPLIT, EQUITY_PROJECTION, ...) are told apart (`own_results`, sheet positions): in a
//     column with figures of the user's they are read as the figures they are, in a column of no
//     other figures not at all (no period of the budget beside it); what the add-in computed is
//     never the user's slip, and the #N/A padding an array larger than its result is no amount.
#pragma once

#include "cells.hpp"
#include "sparse_sheet.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/util/XNumberFormatter.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>

#include <optional>
#include <set>
#include <utility>
#include <string>

namespace finsam::uno {

// `formats` and `formatter` are the document's (for percentages, dates and truth values). nullopt:
// the filled cells are spread too far to read whole (compact_sheet's bound).
std::optional<CompactSheet> read_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                const css::uno::Reference<css::util::XNumberFormats>& formats,
                const css::uno::Reference<css::util::XNumberFormatter>& formatter,
                std::set<std::pair<std::size_t, std::size_t>>* own_results = nullptr);

// Any range of cells read the same way, its filled cells placed from its top-left cell, compact
// (FINSAM_AUDIT's Område, so that the function and the menu command see the same cells alike);
// nullopt as for read_sheet.
std::optional<CompactSheet> read_cells(const css::uno::Reference<css::table::XCellRange>& range,
                const css::uno::Reference<css::util::XNumberFormats>& formats,
                const css::uno::Reference<css::util::XNumberFormatter>& formatter);

// The text the CSV export writes for a cell showing the error `code` (FormulaError): "#DIV/0!",
// "#N/A", "Err:502".
std::string error_text(sal_Int32 code);

}  // namespace finsam::uno
