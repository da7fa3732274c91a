// The audit's member contributions: the financing rule (financing_rule.hpp) and the shares that
// labels print ("Halmstads kommun, 8 %").
#include "audit_column.hpp"
#include "financing_rule.hpp"
#include "labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace finsam::audit {

namespace {

enum class Member { None, State, Fk, Af, Region, Municipality };

Member member_of(const LayoutRow& r) {
    const std::string l = normalize_label(r.label);
    const auto has = [&](std::string_view w) { return l.find(w) != std::string::npos; };
    if (has("försäkringskassan") && has("arbetsförmedlingen")) return Member::State;
    if (has("staten") || has("statens") || has("statlig")) return Member::State;
    if (has("försäkringskassan")) return Member::Fk;
    if (has("arbetsförmedlingen")) return Member::Af;
    if (has("region") || has("landsting")) return Member::Region;
    if (has("kommun") || has(" stad") || l.starts_with("stad")) return Member::Municipality;
    return Member::None;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The first share printed in a label: digits, an optional decimal comma and digits, an optional
// space, "%". A scanner: linear in the label and a flat stack.
struct PrintedShare {
    std::string text;  // as printed: "8 %", "3,5%"
    double percent;
};
std::optional<PrintedShare> printed_share(const std::string& label) {
    const std::size_t n = label.size();
    for (std::size_t start = 0; start < n; ++start) {
        if (!is_digit(label[start]) || (start > 0 && is_digit(label[start - 1]))) continue;
        std::size_t e = start;
        while (e < n && is_digit(label[e])) ++e;
        std::size_t number_end = e;
        if (e + 1 < n && label[e] == ',' && is_digit(label[e + 1])) {
            std::size_t f = e + 1;
            while (f < n && is_digit(label[f])) ++f;
            number_end = f;
        }
        std::size_t p = number_end;
        if (p < n && label[p] == ' ') ++p;
        if (p < n && label[p] == '%') {
            std::string digits = label.substr(start, number_end - start);
            std::replace(digits.begin(), digits.end(), ',', '.');
            // strtod never throws; a share that is no part of the total is no share.
            const double pct = std::strtod(digits.c_str(), nullptr);
            if (!(pct >= 0.0 && pct <= 100.0)) return std::nullopt;
            return PrintedShare{label.substr(start, p + 1 - start), pct};
        }
    }
    return std::nullopt;
}

}  // namespace

// Member contributions: a run of lines (between headings, blank rows, sums) naming the state, one
// region and municipalities.
void ColumnAuditor::check_members() {
    std::size_t p = 0;
    while (p < rows_.size()) {
        std::size_t end = p;
        while (end < rows_.size() && (rows_[end].kind == RowKind::Line || rows_[end].kind == RowKind::EquityDraw))
            ++end;
        if (end > p) check_member_run(p, end);
        p = end + 1;
    }
}

void ColumnAuditor::check_member_run(std::size_t from, std::size_t to) {
    std::vector<std::size_t> state, fk, af, region, municipalities;
    for (std::size_t p = from; p < to; ++p) {
        if (!has_value(rows_[p])) continue;
        switch (member_of(rows_[p])) {
            case Member::State: state.push_back(p); break;
            case Member::Fk: fk.push_back(p); break;
            case Member::Af: af.push_back(p); break;
            case Member::Region: region.push_back(p); break;
            case Member::Municipality: municipalities.push_back(p); break;
            case Member::None: break;
        }
    }
    const bool two_lines = state.empty() && fk.size() == 1 && af.size() == 1;
    if (!(state.size() == 1 || two_lines) || region.size() != 1 || municipalities.empty()) return;

    std::vector<std::size_t> all = two_lines ? std::vector<std::size_t>{fk[0], af[0]} : state;
    all.push_back(region[0]);
    all.insert(all.end(), municipalities.begin(), municipalities.end());
    // The base of every part: the printed total right below, when the run is the members alone
    // (more evidence: a part is then judged against the total as well as against the lines);
    // else the parts' own sum.
    const bool members_only = std::all_of(rows_.begin() + static_cast<std::ptrdiff_t>(from),
                                          rows_.begin() + static_cast<std::ptrdiff_t>(to), [&](const LayoutRow& r) {
                                              return !has_value(r) || member_of(r) != Member::None;
                                          });
    const std::optional<std::size_t> total_row =
        members_only && to < rows_.size() && is_subtotal(rows_[to]) ? std::optional(to) : std::nullopt;
    Money total;
    if (total_row) {
        total = value(rows_[*total_row]);
    } else {
        for (std::size_t p : all) total += value(rows_[p]);
    }
    // The terms of `weight` × the base, for the relations.
    const auto base_terms = [&](std::int64_t weight) {
        RowTerms t;
        if (total_row) t.emplace_back(*total_row, -weight);
        else
            for (std::size_t p : all) t.emplace_back(p, -weight);
        return t;
    };
    // The rounding step the document used: the largest of 1 000, 100, 10, 1 kr dividing every part.
    std::int64_t step = 1;
    for (std::int64_t s : {100000, 10000, 1000, 100}) {
        if (std::all_of(all.begin(), all.end(), [&](std::size_t p) { return value(rows_[p]).ore() % s == 0; })) {
            step = s;
            break;
        }
    }
    // Largest-remainder (or any honest) rounding keeps every part within one step of its quota.
    using namespace financing_rule;
    const auto check_quota = [&](std::size_t p, int quarters) {
        ++report_.checks;
        const WideInt exact = static_cast<WideInt>(total.ore()) * quarters;  // kQuarters × quota
        const WideInt diff = static_cast<WideInt>(value(rows_[p]).ore()) * kQuarters - exact;
        const WideInt tolerance = kQuarters * static_cast<WideInt>(step);
        const bool holds = diff < tolerance && diff > -tolerance;
        if (!holds) {
            AuditFinding& f = find(AuditCheck::Members, p, Money::from_ore(static_cast<std::int64_t>(exact / kQuarters)));
            f.base = total;
            f.quarters = quarters;
        }
        if (recording()) {
            RowTerms t = base_terms(quarters);
            t.emplace_back(p, kQuarters);
            record(AuditCheck::Members, p, t, tolerance - 1, !holds);
            if (recording()) log_->relations.back().quarters = quarters;
        }
    };
    if (two_lines) {
        check_quota(fk[0], kFkQuarters);
        check_quota(af[0], kAfQuarters);
    } else {
        check_quota(state[0], kStateQuarters);
    }
    check_quota(region[0], kRegionQuarters);

    check_populations(municipalities, total, step, base_terms);
    for (std::size_t p : municipalities) {
        const auto share = printed_share(rows_[p].label);
        if (!share) continue;
        const Money expected =
            Money::from_ore(static_cast<std::int64_t>(std::llround(total.ore() * share->percent / 100.0)));
        ++report_.checks;
        const bool holds = abs(value(rows_[p]) - expected).ore() < step;
        if (!holds) {
            AuditFinding& f = find(AuditCheck::Share, p, expected);
            f.base = total;
            f.share_text = share->text;
        }
        if (recording()) {
            // 100 000 × part − (1 000 × percent) × base, within 100 000 steps: shares are printed
            // to at most three decimals.
            const std::int64_t permille = std::llround(share->percent * 1000.0);
            RowTerms t = base_terms(permille);
            t.emplace_back(p, 100000);
            record(AuditCheck::Share, p, t, static_cast<WideInt>(100000) * step - 1, !holds);
            if (recording()) log_->relations.back().share_text = share->text;
        }
    }
}

// Each municipality's contribution against its population's share of the municipalities' quarter,
// when the table prints every municipality's population: 4 × P × part − population × base, within
// the rounding step (P the populations together).
void ColumnAuditor::check_populations(const std::vector<std::size_t>& municipalities, Money total, std::int64_t step,
                                      const std::function<RowTerms(std::int64_t)>& base_terms) {
    if (!populations_ || municipalities.size() < 2) return;
    std::int64_t together = 0;
    for (std::size_t p : municipalities) {
        const std::size_t row = rows_[p].source_row;
        if (row >= populations_->size() || (*populations_)[row] <= 0) return;  // not every one: none
        together += (*populations_)[row];
    }
    using namespace financing_rule;
    const WideInt scale = static_cast<WideInt>(kQuarters) * together;
    for (std::size_t p : municipalities) {
        const std::int64_t population = (*populations_)[rows_[p].source_row];
        ++report_.checks;
        const WideInt exact = static_cast<WideInt>(total.ore()) * population * kMunicipalitiesQuarters;  // scale × quota
        const WideInt diff = scale * value(rows_[p]).ore() - exact;
        const WideInt tolerance = scale * step;
        const bool holds = diff < tolerance && diff > -tolerance;
        if (!holds) {
            AuditFinding& f = find(AuditCheck::Population, p, Money::from_ore(static_cast<std::int64_t>(exact / scale)));
            f.base = total;
            f.population = population;
            f.population_total = together;
        }
        if (recording()) {
            RowTerms t = base_terms(population * kMunicipalitiesQuarters);
            t.emplace_back(p, static_cast<std::int64_t>(scale));
            record(AuditCheck::Population, p, t, tolerance - 1, !holds);
            if (recording()) {
                log_->relations.back().population = population;
                log_->relations.back().population_total = together;
            }
        }
    }
}

}  // namespace finsam::audit
