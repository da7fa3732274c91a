// Reading budgets that are not spreadsheets: the text of printed documents (pipe tables as in
// Markdown, tab-separated lines) and CSV exports of sheets, into Grids the audit can read.
#pragma once

#include "cells.hpp"
#include "read_document.hpp"

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

// The unit a heading names for the figures under it: "tkr" (tkr, Tkr, t.kr, tsek, ksek, kkr, tusen
// kronor, tusentals kronor), "mkr" (mkr, Mkr, m.kr, mnkr, msek, miljoner kronor) or "kr" (kr, kronor,
// sek), as a word of its own ("omkring" names none); nullopt when it names none. With
// `not_after_amount`, a unit that follows a figure other than a year ("uppgår till 2 054 tkr") is an
// amount, not a heading, and names none.
std::optional<std::string> printed_unit(std::string_view text, bool not_after_amount = false);

// The unit the text cells of a table name: the first "tkr" or "mkr" among them, else "kr".
std::string unit_in_headings(const Grid& g);

// Notes each table's unit (PlacedTable::unit): what its headings name ("Tkr", "Belopp (tkr)"); when
// they name none, what a short line right above the table names ("Belopp i tkr", "Tabell 3.
// Kostnader 2021 (mkr)", "Alla belopp i tusentals kronor"), a line with nothing but blank lines
// between it and the table (PlacedParagraph::order and PlacedTable::order in one count); else "kr".
void note_units(ReadDocument& doc);

// A CSV file as written by Calc (comma, double quotes; numbers unformatted, en-US).
Grid read_csv(std::string_view csv);

}  // namespace finsam
