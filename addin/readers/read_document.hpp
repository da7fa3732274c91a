// What the readers of documents give the audit, whatever the format: tables as Grids with the place
// of each row, and the paragraphs around them with their places, for run-in tables and totals stated
// in prose. Places are what a reader of the document finds: a page and line in a PDF, a table and
// row in a Word/Writer document, a line in a text file, a sheet and cell in a workbook.
#pragma once

#include "cells.hpp"

#include <string>
#include <vector>

namespace finsam {

struct PlacedTable {
    Grid grid;
    std::vector<std::string> row_place;  // per grid row: "sida 3, rad 12", "tabell 2, rad 5", "rad 245"
    std::string place;                   // the table as a whole: "sida 3, rad 10–24", "tabell 2", "rad 240–260"
    std::size_t order = 0;               // for sorting tables in document order (the reader's own count)
    std::string unit{};                  // "tkr", "mkr", "kr" as printed (note_units); empty: not noted
};

struct PlacedParagraph {
    std::string text;   // UTF-8, one paragraph: its lines joined by single spaces; a bullet kept as "• "
    std::string place;  // "sida 3, rad 12", "stycke 14", "rad 245"
    std::size_t order = 0;  // in the same count as PlacedTable::order (0 when the reader keeps none)
};

struct ReadDocument {
    std::vector<PlacedTable> tables;
    std::vector<PlacedParagraph> paragraphs;  // in document order, tables' own text excluded
};

}  // namespace finsam
