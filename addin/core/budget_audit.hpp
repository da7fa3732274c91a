// The audit: every figure in a budget block that does not add up, found and explained. It reads
// blocks through the same layout engine as BUDGET_RESULT (budget_layout.hpp), one period column
// at a time, and checks
//   - subtotals against their group's lines, totals against their subtotals,
//   - results against income − costs (money taken from equity apart),
//   - closing equity against opening equity + result, within a column and from column to column,
//   - member contributions against 50/25/25, and a share stated in a label ("Kommun X, 3 %").
#pragma once

#include "cells.hpp"
#include "money.hpp"

#include <string>
#include <vector>

namespace finsam {

enum class AuditCheck { Sum, Result, Equity, Chain, Members, Share };

struct AuditFinding {
    AuditCheck check;
    std::size_t row, col;  // the cell at fault, in the audited grid
    std::string label;     // its row's label
    std::string period;    // its column's name ("Budget 2021"), or "kolumn C"
    Money stated;          // what the sheet says
    Money computed;        // what its lines give
    std::string explanation;  // one Swedish sentence
};

struct AuditReport {
    std::vector<AuditFinding> findings;
    std::size_t checks = 0;   // comparisons made
    std::size_t columns = 0;  // period columns audited
    // Numbers the audit found but could not check (no label column, no sums): said, not passed.
    std::vector<std::string> not_understood;
};

// `g` is a block or a whole sheet: a label column (found by itself), period columns to its right.
AuditReport audit_grid(const Grid& g);

// "C" for column index 2, "AA" for 26.
std::string column_letters(std::size_t col);

}  // namespace finsam
