#include "finsam_split.hpp"

#include "financing_rule.hpp"

#include <algorithm>
#include <cmath>

namespace finsam {

namespace {

using i128 = WideInt;

Problem fail(SplitArg arg, Fault fault) { return Problem{fault}.at(arg); }
Problem fail_cell(std::size_t i, Fault fault) { return Problem{fault}.at(kSplitKey, Where::index(i)); }

}  // namespace

Outcome<std::vector<Money>> split_contributions(const SplitSpec& spec) {
    if (spec.step.ore() <= 0) return fail(kSplitStep, Fault::StepNotPositive);
    if (spec.state_lines != 1 && spec.state_lines != 2) return fail(kSplitStateLines, Fault::StateLinesChoice);
    if (spec.amount.ore() <= 0) return fail(kSplitTotal, Fault::AmountNotPositive);
    if (spec.amount.ore() % spec.step.ore() != 0) {
        Problem p = fail(kSplitTotal, Fault::NotDivisibleByStep);
        p.amount_ore = spec.amount.ore();
        p.limit_ore = spec.step.ore();
        return p;
    }
    if (spec.key.empty()) return fail(kSplitKey, Fault::KeyEmpty);
    if (spec.key.size() > kMaxKeyCount) {
        Problem p = fail(kSplitKey, Fault::KeyTooMany);
        p.count = static_cast<std::int64_t>(kMaxKeyCount);
        return p;
    }

    double largest = 0.0;
    for (std::size_t i = 0; i < spec.key.size(); ++i) {
        const double k = spec.key[i];
        if (!std::isfinite(k)) return fail_cell(i, Fault::CellNotFinite);
        if (k < 0) return fail_cell(i, Fault::KeyNegative);
        if (k > kMaxKeyValue) return fail_cell(i, Fault::KeyTooLarge);
        largest = std::max(largest, k);
    }
    if (largest == 0.0) return fail(kSplitKey, Fault::KeyAllZero);
    // Keys are weights: scaled so the largest is about 2^50, each becomes an exact integer with
    // the double's own precision, whatever its size (populations, percentages or 0,0000001).
    const double scale = std::ldexp(1.0, 50 - std::ilogb(largest));
    std::vector<i128> weights;
    weights.reserve(spec.key.size());
    i128 key_sum = 0;
    for (double k : spec.key) {
        weights.push_back(static_cast<i128>(std::llround(k * scale)));
        key_sum += weights.back();
    }

    // Everything below is in whole steps. The total is N steps; each part's quota is
    // numerator / (4 * key_sum) steps: quarters of the total, and a municipality's quarter shared by
    // its weight.
    const i128 steps = spec.amount.ore() / spec.step.ore() * (spec.amount_is_state_allocation ? 2 : 1);
    if (steps * spec.step.ore() > Money::kMaxOre)
        return fail(kSplitTotal, Fault::TotalTooLarge);
    using namespace financing_rule;
    const i128 denominator = kQuarters * key_sum;
    std::vector<i128> numerators;
    if (spec.state_lines == 1) {
        numerators.push_back(steps * kStateQuarters * key_sum);
    } else {
        numerators.push_back(steps * kFkQuarters * key_sum);
        numerators.push_back(steps * kAfQuarters * key_sum);
    }
    numerators.push_back(steps * kRegionQuarters * key_sum);
    for (i128 w : weights) numerators.push_back(steps * kMunicipalitiesQuarters * w);

    // Floor every quota; the steps left over (fewer than there are parts) go to the largest
    // remainders, ties to the part listed first. Only those few are selected, not a full sort.
    struct Part {
        i128 steps, remainder;
        std::size_t index;
    };
    std::vector<Part> parts;
    parts.reserve(numerators.size());
    i128 left = steps;
    for (std::size_t i = 0; i < numerators.size(); ++i) {
        parts.push_back({numerators[i] / denominator, numerators[i] % denominator, i});
        left -= parts.back().steps;
    }
    std::vector<Part> by_remainder = parts;
    const auto first = by_remainder.begin(), extra = first + static_cast<std::ptrdiff_t>(left);
    std::partial_sort(first, extra, by_remainder.end(), [](const Part& a, const Part& b) {
        return a.remainder != b.remainder ? a.remainder > b.remainder : a.index < b.index;
    });
    for (auto it = first; it != extra; ++it) ++parts[it->index].steps;

    std::vector<Money> out;
    out.reserve(parts.size());
    for (const Part& p : parts) out.push_back(Money::from_ore(static_cast<std::int64_t>(p.steps * spec.step.ore())));
    return out;
}

}  // namespace finsam
