// The period a finding is named by, when one column holds tables stacked one under the other, each
// under a header of its own ("Budget 2024", a blank row, "Budget 2025"): the header of the table the
// cell stands in, not the column's first (issue 22).
#pragma once

#include "cells.hpp"
#include "finsam_audit.hpp"

namespace finsam {

// For each finding and candidate of `report` (positions in `g`): walking up its column from its
// cell, the first text met is its table's header when it starts a table (row 0, or a blank row above
// it) and names a year (four digits 1900–2099); a period other than the one given is then replaced by
// it. Anything else leaves the period as it is.
void name_periods_by_their_tables(const Grid& g, AuditReport& report);

}  // namespace finsam
