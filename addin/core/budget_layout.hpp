// The layout engine: reads a block of a budget as ekonomer lay it out (an optional label column,
// one or more period columns, an optional header row, group headings, lines, subtotal and total
// rows, rows that take money from equity) and says what each row is. BUDGET_RESULT, FINSAM_CHECK
// and the audit all read budgets through this one engine.
#pragma once

#include "cells.hpp"
#include "money.hpp"
#include "problem.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// What a label alone says about its row (see classify_label for the exact words).
enum class LabelKind {
    None,        // no label
    Plain,       // an ordinary line or heading
    EquityDraw,  // money taken from equity: Eget kapital, Balanserat resultat, Egna medel, ...
    Subtotal,    // Summa ..., Delsumma ..., Totalt, Totala kostnader, ... (summa)
    Result,      // Resultat, Årets resultat, Prel balanserat resultat, ... (derived, not a line)
    Part,        // varav ..., därav ...: a part of the line above, not another line
};
LabelKind classify_label(std::string_view label);
// A Result label that states closing equity (Prel balanserat resultat, Eget kapital efter ...)
// rather than the result of the year.
bool is_closing_equity_label(std::string_view label);

// A cell of a period header above (or beside) figures: a text naming a period or the column
// ("Budget 2025", "Prognos 2024", "2 024", "tkr", "Invånare 2024"), or, with `numbers` (a header
// line that stands apart from the figures), a whole year or a date (its serial, 45 292 for
// 2024-01-01). Never an empty cell, a number typed as text or a text such as a municipality's name.
bool is_period_header_cell(const Cell& cell, bool numbers);
// A period's name from its header cell: the text, the year, or the date ("2024-01-01").
std::string period_name(const Cell& cell);

enum class RowKind {
    Blank,       // nothing in it
    Heading,     // a label and no amount
    Line,        // an amount that counts
    EquityDraw,  // an income line that takes money from equity (only when asked to tell them apart)
    Subtotal,    // by its label, or an unlabelled amount row after lines in a labelled block
    Result,      // a derived result or closing-equity row
    ColumnText,  // lenient reading only: text where amounts stand (a table's own header row)
    Part,        // a varav / därav row: a part of the line above it, never an addend of a sum
};

struct LayoutRow {
    std::size_t source_row;  // 0-based row inside the argument range
    std::string label;       // as typed, UTF-8
    RowKind kind;
    std::vector<std::optional<Money>> amounts;   // one per period; nullopt for an empty cell
    std::string column_text;                     // ColumnText rows: the text in the first period
    // The Part rows right below are all of this row's parts ("Staten (50 %)" over FK and AF), not a
    // partial varav breakdown: they must add up to it.
    bool whole = false;
};

// A cell where an amount stands that lenient reading could not take as one: said, never dropped.
struct UnreadCell {
    enum class Why { NotFinite, TooLarge, NumberAsText, ShowsError };
    std::size_t row, col;  // in the block
    Why why;
    std::string text;      // the cell's text, if any
};

struct Layout {
    bool labelled = false;                // first column holds labels
    std::optional<std::size_t> header_row;
    std::vector<std::string> period_names;  // from the header row, else empty strings
    std::vector<LayoutRow> rows;          // every row but the header, in order
    std::vector<UnreadCell> unread;       // lenient reading only
    std::size_t periods() const { return period_names.size(); }
};

struct LayoutOptions {
    bool equity_draws_apart = false;  // income blocks: label equity draws as such
    // For the audit of sheets and texts built without us: text or a non-money number where an
    // amount stands is not an error; a row of such text is a ColumnText row, other cells are empty.
    // Cells that look like amounts but cannot be read as money (a number typed as text, a figure
    // beyond 10 000 miljarder, an error shown in the cell) are listed in Layout::unread.
    bool lenient = false;
};

// Fails, naming the argument `arg` and the cell, on text in an amount cell and on amounts that are
// not exact money.
Outcome<Layout> read_layout(const Grid& block, int arg, LayoutOptions options = {});

// Sum of the amounts of the rows of the given kind in one period.
Money sum_of(const Layout& layout, RowKind kind, std::size_t period);

}  // namespace finsam
