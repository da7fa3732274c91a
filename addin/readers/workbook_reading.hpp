// A workbook (.ods .fods .xlsx .xls .ots) read as the audit reads it: recalculated by headless
// LibreOffice with the extension (libexec/recalc, in the run's private folder), each sheet exported
// as CSV and read as its filled cells (sparse_sheet.hpp: long empty runs kept short, every cell
// remembering its place), so that one stray cell far away costs nothing. Bounded: a sheet beyond
// 4 GB of CSV, 5 million filled cells or 50 MB of values is said too large, never read in part.
#pragma once

#include "read_document.hpp"
#include "sparse_sheet.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace finsam {

struct ReadWorkbook {
    std::size_t sheets = 0;                 // sheets given to `each`
    std::vector<std::string> own_reports;   // sheets skipped: the menu command's own report sheet
};

// Each sheet, in order, given to `each` as it is read (one at a time in memory). Else why the
// workbook, or one of its sheets, could not be read whole.
ReadOutcome<ReadWorkbook> read_workbook(const std::filesystem::path& file, const std::filesystem::path& libexec_dir,
                                        const std::string& oxt,
                                        const std::function<void(const std::string& sheet, const CompactSheet&)>& each);

// One sheet's CSV export read as its filled cells.
ReadOutcome<CompactSheet> read_sheet_csv(const std::filesystem::path& csv);

}  // namespace finsam
