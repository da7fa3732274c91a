// What a Calc argument looks like once the UNO glue has unpacked it: a rectangle of cells that are
// empty, a number or a text. An omitted optional argument is an empty rectangle marked `omitted`.
// Results go back the same way.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace finsam {

struct Cell {
    enum class Kind { Empty, Number, Text };
    Kind kind = Kind::Empty;
    double number = 0.0;
    std::string text;  // UTF-8

    static Cell empty() { return {}; }
    static Cell of(double v) { return {Kind::Number, v, {}}; }
    static Cell of(std::string s) { return {Kind::Text, 0.0, std::move(s)}; }
    bool is_empty() const { return kind == Kind::Empty; }
    bool is_number() const { return kind == Kind::Number; }
    bool is_text() const { return kind == Kind::Text; }
};

class Grid {
public:
    Grid() = default;
    Grid(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), cells_(rows * cols) {}
    static Grid omitted_argument() {
        Grid g;
        g.omitted_ = true;
        return g;
    }
    static Grid scalar(Cell c) {
        Grid g(1, 1);
        g.at(0, 0) = std::move(c);
        return g;
    }
    static Grid column(std::vector<Cell> cells) {
        Grid g(cells.size(), 1);
        g.cells_ = std::move(cells);
        return g;
    }

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }
    std::size_t size() const { return cells_.size(); }
    bool omitted() const { return omitted_; }
    bool is_single_cell() const { return rows_ == 1 && cols_ == 1; }
    Cell& at(std::size_t r, std::size_t c) { return cells_[r * cols_ + c]; }
    const Cell& at(std::size_t r, std::size_t c) const { return cells_[r * cols_ + c]; }
    const std::vector<Cell>& cells() const { return cells_; }  // row by row

    // The same cells laid out the other way round (a column becomes a row).
    Grid transposed() const {
        Grid t(cols_, rows_);
        for (std::size_t r = 0; r < rows_; ++r)
            for (std::size_t c = 0; c < cols_; ++c) t.at(c, r) = at(r, c);
        return t;
    }

private:
    std::size_t rows_ = 0, cols_ = 0;
    std::vector<Cell> cells_;
    bool omitted_ = false;
};

}  // namespace finsam
