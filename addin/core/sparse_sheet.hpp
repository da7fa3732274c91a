// A sheet read as its filled cells, not as its used rectangle (issue 22). One stray cell in column AMJ
// or row 1 048 576 makes the rectangle of a small budget 1 024 columns wide or a million rows long;
// a Grid of it costs gigabytes. Here every run of more than kKeptGap empty rows (or columns) between
// filled ones is kept as kKeptGap empty ones: the tables, and the blank space that separates them, are
// the same to the audit, and each grid row and column remembers where it stood in the sheet.
#pragma once

#include "cells.hpp"
#include "finsam_audit.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace finsam {

struct PlacedCell {
    std::size_t row = 0, col = 0;  // in the sheet, from 0
    Cell cell;
};

struct CompactSheet {
    Grid grid;
    std::vector<std::size_t> rows, cols;  // the sheet's row (column) of each grid row (column)
};

inline constexpr std::size_t kKeptGap = 8;
// About 480 MB of cells: beyond it a sheet is said to be too large to read whole, never read in part.
inline constexpr std::size_t kMaxCompactCells = 10'000'000;

// The filled cells (empty ones among them are ignored; two at one place: the last counts) as a compact
// grid; nullopt when even that grid would hold more than max_cells cells.
std::optional<CompactSheet> compact_sheet(std::vector<PlacedCell> cells, std::size_t max_cells = kMaxCompactCells);

// The report of audit_grid(sheet.grid) with every cell it names moved to where it stands in the sheet.
void to_sheet_positions(AuditReport& report, const CompactSheet& sheet);

}  // namespace finsam
