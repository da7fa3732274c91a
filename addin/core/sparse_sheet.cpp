#include "sparse_sheet.hpp"

#include <algorithm>

namespace finsam {

namespace {

// The kept indices: each filled index, with at most kKeptGap of the empty ones before it.
std::vector<std::size_t> kept_indices(std::vector<std::size_t> filled) {
    std::sort(filled.begin(), filled.end());
    filled.erase(std::unique(filled.begin(), filled.end()), filled.end());
    std::vector<std::size_t> kept;
    std::size_t next = 0;  // the first index not yet considered
    for (const std::size_t f : filled) {
        const std::size_t gap = f - next;
        for (std::size_t i = 0; i < std::min(gap, kKeptGap); ++i) kept.push_back(next + i);
        kept.push_back(f);
        next = f + 1;
    }
    return kept;
}

std::size_t position_in(const std::vector<std::size_t>& kept, std::size_t index) {
    return static_cast<std::size_t>(std::lower_bound(kept.begin(), kept.end(), index) - kept.begin());
}

}  // namespace

std::optional<CompactSheet> compact_sheet(std::vector<PlacedCell> cells, std::size_t max_cells) {
    cells.erase(std::remove_if(cells.begin(), cells.end(), [](const PlacedCell& c) { return c.cell.is_empty(); }),
                cells.end());
    std::vector<std::size_t> rows, cols;
    rows.reserve(cells.size());
    cols.reserve(cells.size());
    for (const PlacedCell& c : cells) {
        rows.push_back(c.row);
        cols.push_back(c.col);
    }
    CompactSheet sheet;
    sheet.rows = kept_indices(std::move(rows));
    sheet.cols = kept_indices(std::move(cols));
    if (!sheet.rows.empty() && sheet.cols.size() > max_cells / sheet.rows.size()) return std::nullopt;
    sheet.grid = Grid(sheet.rows.size(), sheet.cols.size());
    for (PlacedCell& c : cells)
        sheet.grid.at(position_in(sheet.rows, c.row), position_in(sheet.cols, c.col)) = std::move(c.cell);
    return sheet;
}

void to_sheet_positions(AuditReport& report, const CompactSheet& sheet) {
    const auto row = [&](std::size_t& r) {
        if (r < sheet.rows.size()) r = sheet.rows[r];
    };
    const auto col = [&](std::size_t& c) {
        if (c < sheet.cols.size()) c = sheet.cols[c];
    };
    for (AuditFinding& f : report.findings) {
        row(f.row);
        col(f.col);
        col(f.prior_col);
        for (AuditFinding::Candidate& c : f.candidates) {
            row(c.row);
            col(c.col);
        }
    }
    for (NotUnderstood& n : report.not_understood) {
        if (!n.at_cell) continue;
        row(n.row);
        col(n.col);
    }
}

}  // namespace finsam
