#include "arguments.hpp"

#include "budget_layout.hpp"
#include "units.hpp"

#include <cmath>

namespace finsam::calc {

Problem cell_fault(const Cell& cell, int arg, Where where, Fault number_fault) {
    if (cell.is_text()) {
        Problem p{Fault::CellText};
        p.text = cell.text;
        return std::move(p).at(arg, where);
    }
    return Problem{cell.is_empty() ? Fault::CellEmpty : number_fault}.at(arg, where);
}

namespace {

Outcome<const Cell*> single_cell(const Grid& g, int arg) {
    if (g.omitted() || g.size() == 0) return Problem{Fault::ValueMissing}.at(arg);
    if (!g.is_single_cell()) {
        Problem p{Fault::NotSingleCell};
        p.count = static_cast<std::int64_t>(g.rows());
        p.other_count = static_cast<std::int64_t>(g.cols());
        return std::move(p).at(arg);
    }
    return &g.at(0, 0);
}

Outcome<Money> cell_amount(const Cell& c, int arg, Where where) {
    if (!c.is_number()) return cell_fault(c, arg, where);
    auto m = Money::from_double(c.number);
    if (!m) return std::move(m.problem()).at(arg, where);
    return m;
}

}  // namespace

Outcome<Money> read_single_amount(const Grid& g, int arg) {
    auto cell = single_cell(g, arg);
    if (!cell) return cell.problem();
    return cell_amount(**cell, arg, Where::value());
}

Outcome<std::optional<double>> read_optional_number(const Grid& g, int arg) {
    if (g.omitted()) return std::optional<double>{};
    auto cell = single_cell(g, arg);
    if (!cell) return cell.problem();
    const Cell& c = **cell;
    if (!c.is_number() || !std::isfinite(c.number)) return cell_fault(c, arg, Where::value());
    return std::optional<double>{c.number};
}

Outcome<std::optional<Money>> read_optional_amount(const Grid& g, int arg) {
    if (g.omitted()) return std::optional<Money>{};
    auto m = read_single_amount(g, arg);
    if (!m) return m.problem();
    return std::optional<Money>{*m};
}

namespace {

// A line of cells (a row or a column of g) as a one-column grid.
Grid line_of(const Grid& g, bool row, std::size_t at) {
    std::vector<Cell> cells;
    const std::size_t n = row ? g.cols() : g.rows();
    for (std::size_t i = 0; i < n; ++i) cells.push_back(row ? g.at(at, i) : g.at(i, at));
    Grid column = Grid::column(std::move(cells));
    return row ? column.transposed() : column;
}

// A period header line: header cells and empty cells (merged), at least one header cell, all of one
// kind (texts, years or dates: a line mixing them is figures); its numbers increasing.
bool header_line(const Grid& line) {
    enum { None, Texts, Years, Dates } kind = None;
    double last = -1;
    for (const Cell& c : line.cells()) {
        if (c.is_empty()) continue;
        if (!is_period_header_cell(c, true)) return false;
        const auto k = c.is_text() ? Texts : is_year(c.number) ? Years : Dates;
        if (kind != None && k != kind) return false;
        kind = k;
        if (c.is_number()) {
            if (c.number <= last) return false;
            last = c.number;
        }
    }
    return kind != None;
}

// The figures' line of a two-line block: at least one number (a text among them is then named
// where it stands, as a figure that is not a number).
bool figures_line(const Grid& line) {
    for (const Cell& c : line.cells())
        if (c.is_number()) return true;
    return false;
}

}  // namespace

Where Figures::where(std::size_t i) const {
    const bool row = along_row || (cells.rows() == 1 && cells.cols() > 1);
    if (from_block) return row ? Where::row_col(first_row, first_col + i) : Where::row_col(first_row + i, first_col);
    return Where::index((row ? first_col : first_row) + i);
}

Figures figures_of(const Grid& g, bool leading_year) {
    Figures f{g, {}, 0, 0, false, false};
    if (g.omitted() || g.size() < 2) return f;
    // a two-line block: the header across (rows first, as budgets lay periods out; a 2 × 2 block that
    // reads both ways is read so), or down
    for (const bool across : {true, false}) {
        const std::size_t lines = across ? g.rows() : g.cols(), length = across ? g.cols() : g.rows();
        if (lines != 2 || length < 2) continue;
        const Grid head = line_of(g, across, 0), body = line_of(g, across, 1);
        if (!header_line(head) || !figures_line(body)) continue;
        f.cells = body;
        f.from_block = true;
        f.along_row = across;
        (across ? f.first_row : f.first_col) = 1;
        for (const Cell& c : head.cells()) f.names.push_back(c.is_empty() ? std::string() : period_name(c));
        return f;
    }
    if (g.rows() > 1 && g.cols() > 1) return f;
    // a single row or column: header cells before the figures
    std::size_t skip = 0;
    bool header = false;
    for (; skip < g.size(); ++skip) {
        const Cell& c = g.cells()[skip];
        if (c.is_empty()) continue;
        if (!is_period_header_cell(c, false) && !(leading_year && !header && c.is_number() && is_year(c.number)))
            break;
        header = true;
    }
    if (!header || skip == g.size() || !g.cells()[skip].is_number()) return f;
    std::vector<Cell> rest(g.cells().begin() + static_cast<std::ptrdiff_t>(skip), g.cells().end());
    const bool row = g.rows() == 1;
    f.cells = row ? Grid::column(std::move(rest)).transposed() : Grid::column(std::move(rest));
    (row ? f.first_col : f.first_row) = skip;
    f.along_row = row;
    return f;
}

Outcome<NumberVector> read_number_vector(const Grid& g, int arg) { return read_number_vector(Figures{g}, arg); }

Outcome<NumberVector> read_number_vector(const Figures& f, int arg) {
    const Grid& g = f.cells;
    if (g.omitted() || g.size() == 0) return Problem{Fault::ValuesMissing}.at(arg);
    if (g.rows() > 1 && g.cols() > 1) {
        Problem p{Fault::NotVector};
        p.count = static_cast<std::int64_t>(g.rows());
        p.other_count = static_cast<std::int64_t>(g.cols());
        return std::move(p).at(arg);
    }
    NumberVector v{{}, g.rows() == 1 && g.cols() > 1};
    v.values.reserve(g.size());
    for (std::size_t i = 0; i < g.size(); ++i) {
        const Cell& c = g.cells()[i];
        if (!c.is_number()) return cell_fault(c, arg, f.where(i));
        v.values.push_back(c.number);
    }
    return v;
}

Outcome<AmountVector> read_amount_vector(const Grid& g, int arg) { return read_amount_vector(Figures{g}, arg); }

Outcome<AmountVector> read_amount_vector(const Figures& f, int arg) {
    auto numbers = read_number_vector(f, arg);
    if (!numbers) return numbers.problem();
    AmountVector v{{}, numbers->is_row};
    v.values.reserve(f.cells.size());
    for (std::size_t i = 0; i < f.cells.size(); ++i) {
        auto m = cell_amount(f.cells.cells()[i], arg, f.where(i));
        if (!m) return m.problem();
        v.values.push_back(*m);
    }
    return v;
}

}  // namespace finsam::calc
