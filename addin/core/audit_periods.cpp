#include "audit_periods.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

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

// The header of the table each cell of a column stands in, when it is one as the header says above:
// the nearest text above the cell, in one pass down the column (a finding per row of a long sheet
// would make a search up from each quadratic).
class TableHeaders {
public:
    explicit TableHeaders(const Grid& g) : g_(g) {}

    std::optional<std::string> of(std::size_t row, std::size_t col) {
        if (col >= g_.cols() || row >= g_.rows()) return std::nullopt;
        auto it = nearest_text_.find(col);
        if (it == nearest_text_.end()) it = nearest_text_.emplace(col, column(col)).first;
        const std::size_t r = it->second[row];
        if (r == kNone) return std::nullopt;
        const Cell& cell = g_.at(r, col);
        if ((r == 0 || blank_row(g_, r - 1)) && names_a_year(cell.text)) return cell.text;
        return std::nullopt;
    }

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    // Per row: the nearest row above it whose cell in `col` is text.
    std::vector<std::size_t> column(std::size_t col) const {
        std::vector<std::size_t> nearest(g_.rows(), kNone);
        std::size_t last = kNone;
        for (std::size_t r = 0; r < g_.rows(); ++r) {
            nearest[r] = last;
            if (g_.at(r, col).is_text()) last = r;
        }
        return nearest;
    }

    const Grid& g_;
    std::map<std::size_t, std::vector<std::size_t>> nearest_text_;
};

void rename(TableHeaders& headers, std::size_t row, std::size_t col, std::string& period) {
    if (period.empty()) return;  // named by its column letter: no header to improve on
    if (const auto header = headers.of(row, col); header && *header != period) period = *header;
}

}  // namespace

void name_periods_by_their_tables(const Grid& g, AuditReport& report) {
    TableHeaders headers(g);
    for (AuditFinding& f : report.findings) {
        rename(headers, f.row, f.col, f.period);
        for (AuditFinding::Candidate& c : f.candidates) rename(headers, c.row, c.col, c.period);
    }
}

}  // namespace finsam
