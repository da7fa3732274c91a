#include "arguments.hpp"

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

Outcome<NumberVector> read_number_vector(const Grid& g, int arg) {
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
        if (!c.is_number()) return cell_fault(c, arg, Where::index(i));
        v.values.push_back(c.number);
    }
    return v;
}

Outcome<AmountVector> read_amount_vector(const Grid& g, int arg) {
    auto numbers = read_number_vector(g, arg);
    if (!numbers) return numbers.problem();
    AmountVector v{{}, numbers->is_row};
    v.values.reserve(g.size());
    for (std::size_t i = 0; i < g.size(); ++i) {
        auto m = cell_amount(g.cells()[i], arg, Where::index(i));
        if (!m) return m.problem();
        v.values.push_back(*m);
    }
    return v;
}

}  // namespace finsam::calc
