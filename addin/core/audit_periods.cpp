#include "audit_periods.hpp"

#include <optional>
#include <string>

namespace finsam {

namespace {

bool names_a_year(const std::string& s) {
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        const bool starts = i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9');
        const bool ends = i + 4 == s.size() || !(s[i + 4] >= '0' && s[i + 4] <= '9');
        if (!starts || !ends) continue;
        bool digits = true;
        for (std::size_t k = i; k < i + 4; ++k) digits = digits && s[k] >= '0' && s[k] <= '9';
        if (digits && (s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0)) return true;
    }
    return false;
}

bool blank_row(const Grid& g, std::size_t r) {
    for (std::size_t c = 0; c < g.cols(); ++c)
        if (!g.at(r, c).is_empty()) return false;
    return true;
}

// The header of the table the cell (row, col) stands in, when it is one as the header says above.
std::optional<std::string> table_header(const Grid& g, std::size_t row, std::size_t col) {
    if (col >= g.cols() || row >= g.rows()) return std::nullopt;
    for (std::size_t r = row; r-- > 0;) {
        const Cell& cell = g.at(r, col);
        if (!cell.is_text()) continue;
        if ((r == 0 || blank_row(g, r - 1)) && names_a_year(cell.text)) return cell.text;
        return std::nullopt;
    }
    return std::nullopt;
}

void rename(const Grid& g, std::size_t row, std::size_t col, std::string& period) {
    if (period.empty()) return;  // named by its column letter: no header to improve on
    if (const auto header = table_header(g, row, col); header && *header != period) period = *header;
}

}  // namespace

void name_periods_by_their_tables(const Grid& g, AuditReport& report) {
    for (AuditFinding& f : report.findings) {
        rename(g, f.row, f.col, f.period);
        for (AuditFinding::Candidate& c : f.candidates) rename(g, c.row, c.col, c.period);
    }
}

}  // namespace finsam
