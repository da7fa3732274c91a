#include "any_conversion.hpp"

#include "function_table.hpp"

#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/TypeClass.hpp>
#include <rtl/string.hxx>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <utility>

namespace finsam::uno {

namespace {

std::string to_utf8(const OUString& s) {
    const OString o = OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), o.getLength());
}

// Calc passes an empty cell inside a range as an empty string, numbers as double and, through an
// `any` argument, TRUE/FALSE as 1/0.
Cell to_cell(const css::uno::Any& a) {
    switch (a.getValueTypeClass()) {
        case css::uno::TypeClass_VOID: return Cell::empty();
        case css::uno::TypeClass_STRING: {
            const OUString s = *static_cast<const OUString*>(a.getValue());
            return s.isEmpty() ? Cell::empty() : Cell::of(to_utf8(s));
        }
        case css::uno::TypeClass_BOOLEAN: return Cell::of(*static_cast<const sal_Bool*>(a.getValue()) ? 1.0 : 0.0);
        default: {
            double d = 0.0;
            if (a >>= d) return Cell::of(d);  // every numeric type widens to double
            return Cell::of(std::string("?"));
        }
    }
}

}  // namespace

namespace {

bool is_empty_any(const css::uno::Any& a) {
    return a.getValueTypeClass() == css::uno::TypeClass_STRING && static_cast<const OUString*>(a.getValue())->isEmpty();
}

// The rows and columns of `rows` up to its last filled cell (at least 1 × 1). Calc has already
// converted the whole range (a whole column is 1 048 576 rows); the core gets only this part, so
// the add-in adds nothing to what Calc spends.
std::pair<sal_Int32, sal_Int32> filled_part(const Rows& rows) {
    sal_Int32 last_row = 0, last_col = 0;
    for (sal_Int32 r = 0; r < rows.getLength(); ++r) {
        const css::uno::Any* cells = rows[r].getConstArray();
        for (sal_Int32 c = rows[r].getLength(); c-- > 0;)
            if (!is_empty_any(cells[c])) {
                last_row = r;
                last_col = std::max(last_col, c);
                break;
            }
    }
    return {last_row + 1, last_col + 1};
}

}  // namespace

Grid to_grid(const Rows& rows) {
    if (!rows.hasElements()) return Grid::omitted_argument();
    sal_Int32 cols = 0;
    for (const auto& row : rows) cols = std::max(cols, row.getLength());
    sal_Int32 nrows = rows.getLength();
    if (static_cast<long>(nrows) * cols > meta::kReadWholeCells) std::tie(nrows, cols) = filled_part(rows);
    Grid g(static_cast<std::size_t>(nrows), static_cast<std::size_t>(cols));
    for (sal_Int32 r = 0; r < nrows; ++r) {
        const css::uno::Any* cells = rows[r].getConstArray();
        for (sal_Int32 c = 0; c < rows[r].getLength() && c < cols; ++c) g.at(r, c) = to_cell(cells[c]);
    }
    return g;
}

Grid to_grid(const css::uno::Any& arg) {
    if (!arg.hasValue()) return Grid::omitted_argument();
    Rows rows;
    if (arg >>= rows) return to_grid(rows);
    return Grid::scalar(to_cell(arg));
}

namespace {

using css::table::CellRangeAddress;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

// The end of the sheet's used area (sheet positions of its last row and column) as Calc keeps it.
std::pair<sal_Int32, sal_Int32> used_area_end(const CellRange& range) {
    const Reference<css::sheet::XSheetCellCursor> cursor =
        Reference<css::sheet::XSheetCellRange>(range, UNO_QUERY_THROW)->getSpreadsheet()->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const CellRangeAddress used =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    return {used.EndRow, used.EndColumn};
}

// Grows rows × cols (from the range's top-left) to take in any filled cell of the range's part
// from (first_col, first_row) to (last_col, last_row), positions relative to the range.
void take_in_filled(const CellRange& range, const CellRangeAddress& at, sal_Int32 first_col, sal_Int32 first_row,
                    sal_Int32 last_col, sal_Int32 last_row, sal_Int32& rows, sal_Int32& cols) {
    if (first_col > last_col || first_row > last_row) return;
    namespace flags = css::sheet::CellFlags;
    const CellRange part = range->getCellRangeByPosition(first_col, first_row, last_col, last_row);
    const auto filled = Reference<css::sheet::XCellRangesQuery>(part, UNO_QUERY_THROW)
                            ->queryContentCells(static_cast<sal_Int16>(flags::VALUE | flags::DATETIME |
                                                                       flags::STRING | flags::FORMULA));
    for (const CellRangeAddress& f : filled->getRangeAddresses()) {
        rows = std::max(rows, f.EndRow - at.StartRow + 1);
        cols = std::max(cols, f.EndColumn - at.StartColumn + 1);
    }
}

// How many rows and columns of a large range to read: as far as the sheet is used, at least one of
// each. The parts of the range beyond that are asked for filled cells too (they have none unless
// Calc had not brought its used area up to date): a cell with content is never left out.
std::pair<sal_Int32, sal_Int32> used_part(const CellRange& range, const CellRangeAddress& at) {
    const sal_Int32 all_rows = at.EndRow - at.StartRow + 1, all_cols = at.EndColumn - at.StartColumn + 1;
    const auto [end_row, end_col] = used_area_end(range);
    sal_Int32 rows = std::clamp(end_row - at.StartRow + 1, sal_Int32(1), all_rows);
    sal_Int32 cols = std::clamp(end_col - at.StartColumn + 1, sal_Int32(1), all_cols);
    const sal_Int32 used_rows = rows, used_cols = cols;
    take_in_filled(range, at, 0, used_rows, all_cols - 1, all_rows - 1, rows, cols);     // below
    take_in_filled(range, at, used_cols, 0, all_cols - 1, used_rows - 1, rows, cols);    // to the right
    return {rows, cols};
}

}  // namespace

CellRange used_range(const CellRange& range) {
    const CellRangeAddress at =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const sal_Int32 all_rows = at.EndRow - at.StartRow + 1, all_cols = at.EndColumn - at.StartColumn + 1;
    if (static_cast<long>(all_rows) * all_cols <= meta::kReadWholeCells) return range;
    const auto [rows, cols] = used_part(range, at);
    return rows == all_rows && cols == all_cols ? range : range->getCellRangeByPosition(0, 0, cols - 1, rows - 1);
}

css::uno::Any error_any(sal_uInt16 code) {
    const std::uint64_t bits = 0x7FF8000000000000ULL | code;  // a quiet NaN, the code in its low bits
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return css::uno::Any(value);
}

OUString to_ustring(const std::string& utf8) {
    return OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

namespace {

css::uno::Any cell_any(const Cell& c) {
    switch (c.kind) {
        case Cell::Kind::Number: return css::uno::Any(c.number);
        case Cell::Kind::Text: return css::uno::Any(to_ustring(c.text));
        case Cell::Kind::Empty: break;
    }
    return css::uno::Any(OUString());
}

}  // namespace

css::uno::Any to_any(const Grid& result, bool always_array) {
    if (result.is_single_cell() && !always_array) return cell_any(result.at(0, 0));
    Rows rows(static_cast<sal_Int32>(result.rows()));
    auto* out = rows.getArray();
    for (std::size_t r = 0; r < result.rows(); ++r) {
        css::uno::Sequence<css::uno::Any> row(static_cast<sal_Int32>(result.cols()));
        auto* cells = row.getArray();
        for (std::size_t c = 0; c < result.cols(); ++c) cells[c] = cell_any(result.at(r, c));
        out[r] = row;
    }
    return css::uno::Any(rows);
}

}  // namespace finsam::uno
