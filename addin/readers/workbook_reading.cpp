#include "workbook_reading.hpp"

#include "file_access.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>

namespace finsam {

namespace fs = std::filesystem;

namespace {

// Values kept of one sheet: a printed plan is a few hundred kilobytes.
constexpr std::size_t kMaxTextBytes = 50u * 1024 * 1024;
// A sheet exported by LibreOffice is as wide and as long as its used area: one stray cell in column
// AMJ makes every row 1 023 commas, one in row 1 048 576 a million lines. The sheet's CSV is read in
// pieces and only its filled cells are kept (compact_sheet), so the size of the used area costs time
// but no memory. What is kept is bounded; a sheet beyond the bounds is said to be too large, never
// read in part.
constexpr std::uintmax_t kMaxSheetCsvBytes = 4ull * 1024 * 1024 * 1024;
constexpr std::size_t kMaxFilledCells = 5'000'000;

std::optional<CompactSheet> read_csv_compact(const fs::path& csv, std::string& why_not) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(csv, error);
    std::ifstream in(csv, std::ios::binary);
    if (error || !in) {
        why_not = "bladet kunde inte läsas";
        return std::nullopt;
    }
    if (size > kMaxSheetCsvBytes) {
        why_not = "bladet är för stort för att läsas helt (mer än 4 GB som CSV)";
        return std::nullopt;
    }
    std::vector<PlacedCell> cells;
    std::size_t row = 0, col = 0, kept_bytes = 0;
    std::string field;
    enum class Quote { Out, In, InAfterQuote } quote = Quote::Out;
    bool was_quoted = false;
    // The same cells as read_csv: quoted is text, unquoted a number when all of it is one.
    const auto end_field = [&] {
        if (!field.empty()) {
            char* end = nullptr;
            const double v = was_quoted ? 0.0 : std::strtod(field.c_str(), &end);
            kept_bytes += field.size();
            cells.push_back({row, col, !was_quoted && end && *end == '\0' ? Cell::of(v) : Cell::of(field)});
        }
        field.clear();
        was_quoted = false;
        ++col;
    };
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const std::size_t n = static_cast<std::size_t>(in.gcount());
        for (std::size_t i = 0; i < n; ++i) {
            const char c = buffer[i];
            if (quote == Quote::In) {
                if (c == '"') quote = Quote::InAfterQuote;
                else field += c;
                continue;
            }
            if (quote == Quote::InAfterQuote) {
                if (c == '"') {  // "" inside quotes: one quote
                    field += c;
                    quote = Quote::In;
                    continue;
                }
                quote = Quote::Out;
            }
            if (c == '"') {
                quote = Quote::In;
                was_quoted = true;
            } else if (c == ',') {
                end_field();
            } else if (c == '\n') {
                end_field();
                ++row;
                col = 0;
            } else if (c != '\r') {
                field += c;
            }
        }
        if (cells.size() > kMaxFilledCells || kept_bytes + field.size() > kMaxTextBytes) {
            why_not = "bladet har fler än 5 miljoner ifyllda celler eller mer än 50 MB värden och är för stort för "
                      "att läsas helt";
            return std::nullopt;
        }
    }
    if (in.bad()) {
        why_not = "bladet kunde inte läsas";
        return std::nullopt;
    }
    if (!field.empty() || col > 0) end_field();
    auto sheet = compact_sheet(std::move(cells));
    if (!sheet) why_not = "bladets ifyllda celler är för spridda för att läsas helt (över 10 miljoner celler)";
    return sheet;
}


// The report the menu command Granska budget (finsam) wrote, saved with the workbook: its title in
// A1 (addin/messages/command_texts.cpp). It is no budget.
bool is_own_report(const Grid& grid) {
    return grid.rows() > 0 && grid.cols() > 0 && grid.at(0, 0).is_text() &&
           (grid.at(0, 0).text == "Granskning av budgeten (finsam)" || grid.at(0, 0).text == "Budget audit (finsam)");
}

}  // namespace

ReadOutcome<CompactSheet> read_sheet_csv(const fs::path& csv) {
    std::string why_not;
    if (auto sheet = read_csv_compact(csv, why_not)) return std::move(*sheet);
    return ReadOutcome<CompactSheet>::failed(why_not);
}

ReadOutcome<ReadWorkbook> read_workbook(const fs::path& file, const fs::path& libexec_dir, const std::string& oxt,
                                        const std::function<void(const std::string& sheet, const CompactSheet&)>& each) {
    const fs::path dir = fresh_temporary_folder("finsam-audit-");
    const fs::path out = dir / "csv";
    const std::string cmd = shell_quote((libexec_dir / "recalc").string()) + " " + shell_quote(fs::absolute(file).string()) +
                            " --outdir " + shell_quote(out.string()) + " --oxt " + shell_quote(oxt) + " >" +
                            shell_quote((dir / "log").string()) + " 2>&1";
    ReadWorkbook read;
    std::optional<std::string> problem;
    if (run_command(cmd) == 0) {
        std::vector<fs::path> sheets;
        if (fs::is_directory(out))
            for (const auto& e : fs::directory_iterator(out)) sheets.push_back(e.path());
        std::sort(sheets.begin(), sheets.end());
        const std::string stem = file.stem().string() + "-";
        for (const fs::path& csv : sheets) {
            std::string sheet = csv.stem().string();
            if (sheet.starts_with(stem)) sheet = sheet.substr(stem.size());
            const auto compact = read_sheet_csv(csv);
            if (!compact) {
                // Never part of a sheet audited as if it were all of it.
                problem = "bladet " + sheet + ": " + compact.why_not();
                break;
            }
            if (is_own_report(compact->grid)) {
                read.own_reports.push_back(sheet);
                continue;
            }
            each(sheet, *compact);
            ++read.sheets;
        }
        if (sheets.empty() && !problem) problem = "LibreOffice gav inga blad";
    } else {
        problem = "LibreOffice kunde inte öppna och räkna om arbetsboken";
        if (auto log = slurp(dir / "log", 1 << 20)) std::cerr << *log;
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    if (problem) return ReadOutcome<ReadWorkbook>::failed(*problem);
    return read;
}

}  // namespace finsam
