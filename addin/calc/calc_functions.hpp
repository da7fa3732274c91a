// The Calc functions as Calc calls them: cells in, cells out. This layer reads the arguments into
// the core's figures, calls the maths (addin/core/<function>.hpp) and turns its answer, or its
// typed problem, into cells (messages.hpp). The UNO layer only converts to and from these Grids,
// so every behaviour a user sees in a cell is decided and tested here.
//
// Every function returns either its figures or a single text cell with a Swedish message; none of
// them throws.
#pragma once

#include <cstddef>

#include "cells.hpp"
#include "sparse_sheet.hpp"

#include <optional>

namespace finsam::calc {

Grid finsam_split(const Grid& total, const Grid& key, const Grid& step, const Grid& state_lines,
                  const Grid& base);
Grid budget_result(const Grid& income, const Grid& costs);
Grid equity_projection(const Grid& opening, const Grid& results, const Grid& periods);
Grid finsam_check(const Grid& lines, const Grid& total, const Grid& tolerance, const Grid& unit);
Grid equity_ceiling(const Grid& contributions, const Grid& staircase);
Grid equity_ceiling_check(const Grid& equity, const Grid& contributions, const Grid& staircase, const Grid& unit);
// FINSAM_AUDIT's answer has at least this many rows (empty text below the findings), so that a
// selection of up to that many rows shows no #N/A; the function wizard's text says 20.
inline constexpr std::size_t kAuditMinRows = 20;
Grid finsam_audit(const Grid& range);
// The same for a range read as its filled cells (sheet_grid's read_cells), each place named where it
// stands in the range; nullopt (cells spread too far to read whole): the out-of-memory message.
Grid finsam_audit(const std::optional<CompactSheet>& range);

}  // namespace finsam::calc
