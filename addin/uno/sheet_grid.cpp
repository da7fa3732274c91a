#include "sheet_grid.hpp"

#include "function_table.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/TypeClass.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace finsam::uno {

using rtl::OString;
using rtl::OUString;

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string utf8(const OUString& s) {
    const OString o = OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

// The value as the export writes it: at most 15 significant digits.
double as_exported(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return std::strtod(buf, nullptr);
}

// read_csv's rule for an unquoted field: a number if all of it reads as one, else text.
Cell from_export_text(const std::string& text) {
    if (text.empty()) return Cell::empty();
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end != nullptr && *end == '\0') return Cell::of(v);
    return Cell::of(text);
}

// How the export writes a number of this format type: as the value (0), or as text.
enum class Written { Value, Percent, Truth, InputLine };

Written written_as(sal_Int16 type) {
    namespace nf = css::util::NumberFormat;
    if (type & nf::LOGICAL) return Written::Truth;
    if (type & nf::PERCENT) return Written::Percent;
    if (type & (nf::DATE | nf::TIME)) return Written::InputLine;
    return Written::Value;
}

}  // namespace

std::string error_text(sal_Int32 code) {
    switch (code) {
        case 503: return "#NUM!";
        case 519: return "#VALUE!";
        case 521: return "#NULL!";
        case 524: return "#REF!";
        case 525: return "#NAME?";
        case 532: return "#DIV/0!";
        case 32767: return "#N/A";
        default: return "Err:" + std::to_string(code);
    }
}

namespace {

// The cells of the add-in's own array results in `area` (sheet positions): every cell of an array
// formula of more than one cell that calls one of the add-in's functions (FINSAM_SPLIT's parts,
// EQUITY_PROJECTION's years, FINSAM_AUDIT's rows, the #N/A that pads an array larger than its result).
// They are read as the figures they are (a budget's Medlemsbidrag may be FINSAM_SPLIT's parts, summed
// below), but they are what the add-in computed: never a slip of the user's. One formula of one cell
// (=BUDGET_RESULT(...) as the year's result) is the user's figure like any other.
std::set<std::pair<sal_Int32, sal_Int32>> own_array_results(const Reference<css::sheet::XSpreadsheet>& sheet,
                                                           const css::table::CellRangeAddress& area) {
    std::set<std::pair<sal_Int32, sal_Int32>> own;
    static const OUString call = [] {
        std::string name(meta::kImplementationName);
        for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return OUString::createFromAscii(("{=" + name + ".").c_str());
    }();
    namespace result = css::sheet::FormulaResult;
    const Reference<css::table::XCellRange> range =
        sheet->getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow);
    const Reference<css::sheet::XSheetCellRanges> formulas =
        Reference<css::sheet::XCellRangesQuery>(range, UNO_QUERY_THROW)
            ->queryFormulaCells(result::VALUE | result::STRING | result::ERROR);
    if (!formulas.is()) return own;
    for (const css::table::CellRangeAddress& f : formulas->getRangeAddresses()) {
        // a cell of an array, its formula shown in braces in every cell; more than one cell: a
        // neighbour shows the same (the array's own cells lie in one rectangle)
        const Reference<css::table::XCellRange> part =
            sheet->getCellRangeByPosition(f.StartColumn, f.StartRow, f.EndColumn, f.EndRow);
        const css::uno::Sequence<css::uno::Sequence<OUString>> text =
            Reference<css::sheet::XCellRangeFormula>(part, UNO_QUERY_THROW)->getFormulaArray();
        const auto at = [&](sal_Int32 r, sal_Int32 c) -> const OUString* {
            if (r < 0 || r >= text.getLength() || c < 0 || c >= text[r].getLength()) return nullptr;
            return &text[r][c];
        };
        for (sal_Int32 r = 0; r < text.getLength(); ++r)
            for (sal_Int32 c = 0; c < text[r].getLength(); ++c) {
                const OUString& t = text[r][c];
                if (!t.startsWithIgnoreAsciiCase(call)) continue;
                bool shared = false;
                for (const auto& [dr, dc] : {std::pair{-1, 0}, {1, 0}, {0, -1}, {0, 1}})
                    if (const OUString* n = at(r + dr, c + dc); n && *n == t) shared = true;
                // an array on the part's edge may go on beyond it: asked of the sheet
                if (!shared && (r == 0 || c == 0 || r + 1 == text.getLength() || c + 1 == text[r].getLength())) {
                    for (const auto& [dr, dc] : {std::pair{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
                        const sal_Int32 sr = f.StartRow + r + dr, sc = f.StartColumn + c + dc;
                        if (sr < 0 || sc < 0 || sr > 1048575 || sc > 16383) continue;
                        if (at(r + dr, c + dc) == nullptr &&
                            sheet->getCellByPosition(sc, sr)->getFormula() == t)
                            shared = true;
                    }
                }
                if (shared) own.emplace(f.StartRow + r, f.StartColumn + c);
            }
    }
    return own;
}

// One rectangle of the sheet, its cells as the export writes them, placed where they stand.
void read_range(const Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& area,
                const Reference<css::util::XNumberFormats>& formats,
                const Reference<css::util::XNumberFormatter>& formatter, std::vector<PlacedCell>& out,
                std::set<std::pair<std::size_t, std::size_t>>* own = nullptr) {
    const Reference<css::table::XCellRange> used =
        sheet->getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow);
    const css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data =
        Reference<css::sheet::XCellRangeData>(used, UNO_QUERY_THROW)->getDataArray();

    const std::size_t rows = static_cast<std::size_t>(area.EndRow - area.StartRow) + 1,
                      cols = static_cast<std::size_t>(area.EndColumn - area.StartColumn) + 1;
    Grid g(rows, cols);
    std::vector<bool> number(rows * cols, false);
    for (sal_Int32 r = 0; r < data.getLength() && static_cast<std::size_t>(r) < rows; ++r) {
        const css::uno::Sequence<css::uno::Any>& row = data[r];
        for (sal_Int32 c = 0; c < row.getLength() && static_cast<std::size_t>(c) < cols; ++c) {
            const css::uno::Any& a = row[c];
            Cell& cell = g.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c));
            double d = 0.0;
            if (!a.hasValue()) {  // getDataArray gives a cell showing an error as void
                cell = Cell::of(error_text(used->getCellByPosition(c, r)->getError()));
            } else if (a.getValueTypeClass() == css::uno::TypeClass_STRING) {
                const OUString s = *static_cast<const OUString*>(a.getValue());
                cell = s.isEmpty() ? Cell::empty() : Cell::of(utf8(s));
            } else if (a >>= d) {
                cell = Cell::of(as_exported(d));
                number[static_cast<std::size_t>(r) * cols + static_cast<std::size_t>(c)] = true;
            }
        }
    }

    // Numbers the export writes as the input line shows them: ranges of one format at a time.
    if (formats.is()) {
        const Reference<css::container::XIndexAccess> same_format =
            Reference<css::sheet::XCellFormatRangesSupplier>(used, UNO_QUERY_THROW)->getCellFormatRanges();
        std::map<sal_Int32, sal_Int16> type_of_key;
        for (sal_Int32 i = 0; i < same_format->getCount(); ++i) {
            const Reference<css::table::XCellRange> part(same_format->getByIndex(i), UNO_QUERY);
            const Reference<css::beans::XPropertySet> props(part, UNO_QUERY);
            if (!part.is() || !props.is()) continue;
            sal_Int32 key = 0;
            if (!(props->getPropertyValue("NumberFormat") >>= key)) continue;
            auto known = type_of_key.find(key);
            if (known == type_of_key.end()) {
                sal_Int16 type = 0;
                try {
                    formats->getByKey(key)->getPropertyValue("Type") >>= type;
                } catch (const css::uno::Exception&) {
                    type = 0;
                }
                known = type_of_key.emplace(key, type).first;
            }
            const Written how = written_as(known->second);
            if (how == Written::Value) continue;
            const css::table::CellRangeAddress at =
                Reference<css::sheet::XCellRangeAddressable>(part, UNO_QUERY_THROW)->getRangeAddress();
            // the part's address is the sheet's: made relative to the range
            for (sal_Int32 r = at.StartRow - area.StartRow; r <= at.EndRow - area.StartRow && r >= 0 &&
                                                            static_cast<std::size_t>(r) < rows; ++r)
                for (sal_Int32 c = at.StartColumn - area.StartColumn; c <= at.EndColumn - area.StartColumn && c >= 0 &&
                                                                     static_cast<std::size_t>(c) < cols; ++c) {
                    const std::size_t i_cell = static_cast<std::size_t>(r) * cols + static_cast<std::size_t>(c);
                    if (!number[i_cell]) continue;
                    Cell& cell = g.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c));
                    const double v = cell.number;
                    if (how == Written::Truth) {
                        cell = Cell::of(std::string(v != 0.0 ? "TRUE" : "FALSE"));
                    } else if (how == Written::Percent) {
                        char buf[40];
                        std::snprintf(buf, sizeof buf, "%.15g%%", v * 100.0);
                        cell = Cell::of(std::string(buf));
                    } else if (formatter.is()) {
                        // the value as the cell's own input line shows it; only ever text here
                        cell = from_export_text(utf8(formatter->getInputString(key, v)));
                    }
                }
        }
    }

    if (own != nullptr)
        for (const auto& [r, c] : own_array_results(sheet, area))
            own->emplace(static_cast<std::size_t>(r), static_cast<std::size_t>(c));
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c)
            if (!g.at(r, c).is_empty())
                out.push_back({static_cast<std::size_t>(area.StartRow) + r, static_cast<std::size_t>(area.StartColumn) + c,
                               std::move(g.at(r, c))});
}

}  // namespace

std::optional<CompactSheet> read_sheet(const Reference<css::sheet::XSpreadsheet>& sheet,
                                       const Reference<css::util::XNumberFormats>& formats,
                                       const Reference<css::util::XNumberFormatter>& formatter,
                                       std::set<std::pair<std::size_t, std::size_t>>* own_results) {
    // The filled cells (values, text, formulas), as rectangles: one stray cell far away is one more
    // small rectangle, not a used area of millions of empty cells.
    namespace flags = css::sheet::CellFlags;
    const Reference<css::sheet::XSheetCellRanges> filled =
        Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
            ->queryContentCells(flags::VALUE | flags::DATETIME | flags::STRING | flags::FORMULA);
    std::vector<PlacedCell> cells;
    if (filled.is())
        for (const css::table::CellRangeAddress& area : filled->getRangeAddresses())
            read_range(sheet, area, formats, formatter, cells, own_results);
    if (own_results != nullptr && !own_results->empty()) {
        // A column whose only figures are the add-in's results (FINSAM_SPLIT's parts set beside the
        // budget) is no column of the budget: read, it would be taken for one of its periods. In a
        // column with figures of the user's (Medlemsbidrag as FINSAM_SPLIT's parts, summed below),
        // they are read as the figures they are.
        std::set<std::size_t> users_figures;
        for (const PlacedCell& p : cells)
            if (p.cell.is_number() && !own_results->count({p.row, p.col})) users_figures.insert(p.col);
        std::vector<PlacedCell> kept;
        kept.reserve(cells.size());
        for (PlacedCell& p : cells)
            if (users_figures.count(p.col) || !own_results->count({p.row, p.col})) kept.push_back(std::move(p));
        cells = std::move(kept);
    }
    return compact_sheet(std::move(cells));
}

std::optional<CompactSheet> read_cells(const Reference<css::table::XCellRange>& range,
                                       const Reference<css::util::XNumberFormats>& formats,
                                       const Reference<css::util::XNumberFormatter>& formatter) {
    // The range's filled cells, read as read_sheet reads them, placed from its top-left cell and kept
    // as a compact sheet: A:Z with one stray cell in Z1048576 is its filled cells, not 27 million.
    const css::table::CellRangeAddress at =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const Reference<css::sheet::XSpreadsheet> sheet =
        Reference<css::sheet::XSheetCellRange>(range, UNO_QUERY_THROW)->getSpreadsheet();
    namespace flags = css::sheet::CellFlags;
    const Reference<css::sheet::XSheetCellRanges> filled =
        Reference<css::sheet::XCellRangesQuery>(range, UNO_QUERY_THROW)
            ->queryContentCells(flags::VALUE | flags::DATETIME | flags::STRING | flags::FORMULA);
    std::vector<PlacedCell> cells;
    if (filled.is())
        for (const css::table::CellRangeAddress& area : filled->getRangeAddresses())
            read_range(sheet, area, formats, formatter, cells);
    for (PlacedCell& p : cells) {
        p.row -= static_cast<std::size_t>(at.StartRow);
        p.col -= static_cast<std::size_t>(at.StartColumn);
    }
    return compact_sheet(std::move(cells));
}

}  // namespace finsam::uno
