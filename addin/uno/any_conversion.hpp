// The only place where UNO values meet the core's cells: Calc's arguments become Grids, the
// core's result Grids become what Calc shows.
#pragma once

#include "cells.hpp"

#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

namespace finsam::uno {

using rtl::OString;
using rtl::OUString;

using Rows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
using CellRange = css::uno::Reference<css::table::XCellRange>;

// A required data argument (meta::Kind::Array): a range, a number, an inline or a computed array,
// as Calc converted it. One of more than meta::kReadWholeCells cells (a whole column) is cut after
// its last filled row and column: the core never holds the empty rest.
Grid to_grid(const Rows& rows);
Grid to_grid(const css::uno::Any& arg);  // an optional argument: void means omitted
// A result as Calc shows it: an array, or for a 1 × 1 result a plain value unless `always_array`
// (meta::Function::array_result says which functions answer arrays always, and why).
css::uno::Any to_any(const Grid& result, bool always_array);

// The part of a reference (meta::Kind::Reference, FINSAM_AUDIT's Område) the add-in reads: all of
// it up to meta::kReadWholeCells cells, else only down to the sheet's last used row and across to
// its last used column (never less than one of each), never leaving out a cell with content. So a
// whole column costs what its used part costs.
CellRange used_range(const CellRange& range);

// An error Calc shows in place of the add-in's answer: a FormulaError code (502 = Err:502, 504 =
// Err:504, 532 = #DIV/0!, 32767 = #N/A, …).
struct CalcError {
    sal_uInt16 code;
};
inline constexpr sal_uInt16 kErrIllegalArgument = 502;   // Err:502, e.g. a required argument omitted
inline constexpr sal_uInt16 kErrIllegalParameter = 504;  // Err:504, e.g. an error inside a range

// The value that makes Calc show that error: a NaN carrying the code, as Calc encodes errors in
// doubles (formula/errorcodes.hxx, CreateDoubleError), which it decodes from an add-in's result.
css::uno::Any error_any(sal_uInt16 code);

OUString to_ustring(const std::string& utf8);

}  // namespace finsam::uno
