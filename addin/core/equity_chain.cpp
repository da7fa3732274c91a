#include "equity_chain.hpp"

#include "amount_reading.hpp"
#include "swedish_text.hpp"

#include <regex>

namespace finsam {

std::vector<Money> equity_chain(Money opening, const std::vector<Money>& results) {
    std::vector<EquityPeriod> periods;
    for (std::size_t i = 0; i < results.size(); ++i)
        periods.push_back({i == 0 ? std::optional<Money>(opening) : std::nullopt, results[i], {}});
    return equity_projection(periods, "").value();
}

namespace {

enum class PeriodKind { Other, Budget, Forecast };

struct PeriodName {
    PeriodKind kind = PeriodKind::Other;
    std::string year;
};

PeriodName parse_period(const std::string& name) {
    static const std::regex pattern("(budget|prognos|utfall|bokslut)\\D*(\\d{4})");
    std::smatch m;
    const std::string n = normalize_label(name);
    if (!std::regex_search(n, m, pattern)) return {};
    return {m[1] == "budget" ? PeriodKind::Budget : PeriodKind::Forecast, m[2]};
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

Outcome<std::vector<Money>> equity_projection(const std::vector<EquityPeriod>& periods,
                                              std::string_view opening_name) {
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
            return argument_error(opening_name, "ingående eget kapital saknas för den första perioden.");
        closing[i] = openings[i] + periods[i].result;
        if (!superseded) carry = closing[i];
    }
    return closing;
}

}  // namespace finsam
