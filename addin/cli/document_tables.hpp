// Reading budgets that are not spreadsheets: the text of printed documents (pipe tables as in
// Markdown, tab-separated lines) and CSV exports of sheets, into Grids the audit can read.
#pragma once

#include "cells.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// "1 789 000", "-269 000", "−1 382", "2 054 tkr", "1 789 000 kr (fördelat på 3 HSN områden)",
// "12,50": the amount, or nullopt when the text is not an amount.
std::optional<double> parse_swedish_amount(std::string_view text);

struct TextTable {
    Grid grid;
    std::vector<std::size_t> line_of_row;  // 1-based line in the document for each grid row
};

// The tables of a document: runs of table lines with the same number of columns; blank lines and
// short lines between them (sub-headings) stay in as empty and heading rows.
std::vector<TextTable> read_text_tables(std::string_view document);

// A CSV file as written by Calc (comma, double quotes; numbers unformatted, en-US).
Grid read_csv(std::string_view csv);

}  // namespace finsam
