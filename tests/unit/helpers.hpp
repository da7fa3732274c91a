#pragma once

#include "cells.hpp"
#include "messages.hpp"
#include "money.hpp"

#include <initializer_list>
#include <string>
#include <variant>
#include <vector>

namespace finsam::test {

inline Money kr(std::int64_t k) { return Money::kronor(k); }

// A cell written the short way in tests: a number, a text, or {} for empty.
struct C {
    Cell cell;
    C() = default;
    C(double v) : cell(Cell::of(v)) {}
    C(int v) : cell(Cell::of(static_cast<double>(v))) {}
    C(const char* s) : cell(Cell::of(std::string(s))) {}
};

inline Grid grid(std::initializer_list<std::initializer_list<C>> rows) {
    std::size_t cols = 0;
    for (auto& r : rows) cols = std::max(cols, r.size());
    Grid g(rows.size(), cols);
    std::size_t i = 0;
    for (auto& r : rows) {
        std::size_t j = 0;
        for (auto& c : r) g.at(i, j++) = c.cell;
        ++i;
    }
    return g;
}

// The same from rows built at run time.
inline Grid grid_of_rows(const std::vector<std::vector<C>>& rows) {
    std::size_t cols = 0;
    for (auto& r : rows) cols = std::max(cols, r.size());
    Grid g(rows.size(), cols);
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j) g.at(i, j) = rows[i][j].cell;
    return g;
}

inline Grid column(std::initializer_list<C> cells) {
    std::vector<Cell> v;
    for (auto& c : cells) v.push_back(c.cell);
    return Grid::column(std::move(v));
}

// Blocks of the same width one under the other, as they stand on a sheet.
inline Grid stacked(std::initializer_list<Grid> blocks) {
    std::size_t rows = 0, cols = 0;
    for (const Grid& b : blocks) {
        rows += b.rows();
        cols = std::max(cols, b.cols());
    }
    Grid g(rows, cols);
    std::size_t r0 = 0;
    for (const Grid& b : blocks) {
        for (std::size_t r = 0; r < b.rows(); ++r)
            for (std::size_t c = 0; c < b.cols(); ++c) g.at(r0 + r, c) = b.at(r, c);
        r0 += b.rows();
    }
    return g;
}

inline Grid row(std::initializer_list<C> cells) { return column(cells).transposed(); }
inline Grid one(C c) { return Grid::scalar(c.cell); }
inline Grid none() { return Grid::omitted_argument(); }

inline std::vector<double> numbers(const Grid& g) {
    std::vector<double> v;
    for (auto& c : g.cells()) v.push_back(c.is_number() ? c.number : -999999999.0);
    return v;
}
// The message a problem of function `method` shows in its cell.
template <class T>
std::string message(const Outcome<T>& o, std::string_view method) {
    return o ? std::string("(no problem)") : messages::problem(method, o.problem());
}

// The text a result shows: the one text that fills every cell (a message fills the whole result).
inline std::string text(const Grid& g) {
    if (g.size() == 0 || !g.at(0, 0).is_text()) return "";
    for (const Cell& c : g.cells())
        if (!c.is_text() || c.text != g.at(0, 0).text) return "";
    return g.at(0, 0).text;
}

}  // namespace finsam::test
