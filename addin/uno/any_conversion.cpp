#include "any_conversion.hpp"

#include <com/sun/star/uno/TypeClass.hpp>
#include <rtl/string.hxx>

#include <algorithm>

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

Grid to_grid(const Rows& rows) {
    if (!rows.hasElements()) return Grid::omitted_argument();
    std::size_t cols = 0;
    for (const auto& row : rows) cols = std::max<std::size_t>(cols, row.getLength());
    Grid g(rows.getLength(), cols);
    for (sal_Int32 r = 0; r < rows.getLength(); ++r)
        for (sal_Int32 c = 0; c < rows[r].getLength(); ++c) g.at(r, c) = to_cell(rows[r][c]);
    return g;
}

Grid to_grid(const css::uno::Any& arg) {
    if (!arg.hasValue()) return Grid::omitted_argument();
    Rows rows;
    if (arg >>= rows) return to_grid(rows);
    return Grid::scalar(to_cell(arg));
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

css::uno::Any to_any(const Grid& result) {
    if (result.is_single_cell()) return cell_any(result.at(0, 0));
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
