#include "equity_projection.hpp"

#include "labels.hpp"

#include <array>
#include <string_view>

namespace finsam {

namespace {

enum class PeriodKind { Other, Budget, Forecast };

struct PeriodName {
    PeriodKind kind = PeriodKind::Other;
    std::string year;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The first "budget", "prognos", "utfall" or "bokslut" followed (past anything but digits) by a
// year of four digits. A scanner, not a regex: linear time and a flat stack for any text. Once a
// word's scan meets a run of digits that is no year, every word before that run meets it too.
PeriodName parse_period(const std::string& name) {
    static constexpr std::array<std::string_view, 4> kWords = {"budget", "prognos", "utfall", "bokslut"};
    const std::string n = normalize_label(name);
    for (std::size_t pos = 0; pos < n.size(); ++pos) {
        for (std::size_t w = 0; w < kWords.size(); ++w) {
            if (n.compare(pos, kWords[w].size(), kWords[w]) != 0) continue;
            std::size_t d = pos + kWords[w].size();
            while (d < n.size() && !is_digit(n[d])) ++d;
            if (d == n.size()) return {};
            std::size_t e = d;
            while (e < n.size() && e - d < 4 && is_digit(n[e])) ++e;
            if (e - d == 4) return {w == 0 ? PeriodKind::Budget : PeriodKind::Forecast, n.substr(d, 4)};
            pos = d;  // the loop's ++pos steps past this run's first digit
            break;
        }
    }
    return {};
}

}  // namespace

PeriodRoles period_roles(const std::vector<std::string>& period_names) {
    std::vector<PeriodName> names;
    for (const std::string& n : period_names) names.push_back(parse_period(n));
    PeriodRoles roles{std::vector<bool>(names.size(), false), std::vector<std::optional<std::size_t>>(names.size())};
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = 0; j < names.size(); ++j) {
            if (names[i].year.empty() || names[j].year != names[i].year) continue;
            if (j > i && names[i].kind == PeriodKind::Budget && names[j].kind == PeriodKind::Forecast)
                roles.superseded[i] = true;
            if (j < i && names[i].kind == PeriodKind::Forecast && names[j].kind == PeriodKind::Budget)
                roles.replaces[i] = j;
        }
    }
    return roles;
}

Outcome<std::vector<Money>> equity_projection(const std::vector<EquityPeriod>& periods) {
    std::vector<std::string> names;
    for (const EquityPeriod& p : periods) names.push_back(p.name);
    const PeriodRoles roles = period_roles(names);

    std::vector<Money> openings(periods.size()), closing(periods.size());
    std::optional<Money> carry;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const bool superseded = roles.superseded[i];
        const std::optional<std::size_t> budget_of_year = roles.replaces[i];
        if (periods[i].opening) openings[i] = *periods[i].opening;
        else if (budget_of_year) openings[i] = openings[*budget_of_year];
        else if (carry) openings[i] = *carry;
        else
            return Problem{Fault::OpeningMissing}.at(kProjectionOpening);
        closing[i] = openings[i] + periods[i].result;
        if (!superseded) carry = closing[i];
    }
    return closing;
}

}  // namespace finsam
