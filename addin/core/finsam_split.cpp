#include "finsam_split.hpp"

#include "financing_rule.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

namespace finsam {

namespace {

using i128 = WideInt;

Problem fail(SplitArg arg, Fault fault) { return Problem{fault}.at(arg); }
Problem fail_cell(std::size_t i, Fault fault) { return Problem{fault}.at(kSplitKey, Where::index(i)); }

// llround for 0 <= x < 2^52, without the library call: the fraction of such a double is exact.
std::int64_t round_half_up(double x) {
    const auto whole = static_cast<std::int64_t>(x);
    return x - static_cast<double>(whole) >= 0.5 ? whole + 1 : whole;
}

// Largest remainder, in whole steps and exact 128-bit integers: part i's quota is numerator[i] /
// denominator steps (the total is `steps`, below 2^50; every numerator below 2^116: 10 000 keys of at most 2^51). Each quota is
// floored; the steps left over (fewer than there are parts) go one each to the largest remainders,
// ties to the part listed first.
std::vector<std::int64_t> largest_remainder(const std::vector<i128>& numerators, i128 denominator,
                                            std::int64_t steps) {
    const std::size_t parts = numerators.size();
    std::vector<std::int64_t> whole(parts);
    std::vector<i128> remainder(parts);
    std::int64_t left = steps;
    for (std::size_t i = 0; i < parts; ++i) {
        const i128 quota = numerators[i] / denominator;
        whole[i] = static_cast<std::int64_t>(quota);
        remainder[i] = numerators[i] - quota * denominator;
        left -= whole[i];
    }
    std::vector<std::size_t> order(parts);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    for (std::size_t k = 0; k < static_cast<std::size_t>(left); ++k) ++whole[order[k]];
    return whole;
}

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

    // Every key in [0, kMaxKeyValue] (NaN is not); if one is not, the first such names its fault.
    double largest = 0.0;
    bool all_valid = true;
    for (double k : spec.key) {
        all_valid &= k >= 0 && k <= kMaxKeyValue;
        largest = std::max(largest, k);
    }
    if (!all_valid)
        for (std::size_t i = 0; i < spec.key.size(); ++i) {
            const double k = spec.key[i];
            if (!std::isfinite(k)) return fail_cell(i, Fault::CellNotFinite);
            if (k < 0) return fail_cell(i, Fault::KeyNegative);
            if (k > kMaxKeyValue) return fail_cell(i, Fault::KeyTooLarge);
        }
    if (largest == 0.0) return fail(kSplitKey, Fault::KeyAllZero);

    // Everything below is in whole steps. The total is N steps (below 2^50 once checked).
    const i128 total_steps =
        static_cast<i128>(spec.amount.ore() / spec.step.ore()) * (spec.amount_is_state_allocation ? 2 : 1);
    if (total_steps * spec.step.ore() > Money::kMaxOre) return fail(kSplitTotal, Fault::TotalTooLarge);
    const auto steps = static_cast<std::int64_t>(total_steps);

    // Keys are weights: scaled by a power of two so the largest is about 2^50, each becomes an exact
    // integer with the double's own precision, whatever its size (populations, percentages,
    // 0,0000001 or 1e-300). The largest key is at most 1e9 < 2^30, so keys are only ever scaled up,
    // which is exact; below about 1e-293 the power of two is beyond a double's range, so it is
    // applied in two steps (each exact: no product leaves the range).
    const int shift = 50 - std::ilogb(largest);
    const int first = std::min(shift, std::numeric_limits<double>::max_exponent - 1);
    const double scale_a = std::ldexp(1.0, first), scale_b = std::ldexp(1.0, shift - first);
    using namespace financing_rule;
    std::vector<std::int64_t> weights;  // each below 2^51
    i128 key_sum = 0;
    for (double k : spec.key) {
        weights.push_back(round_half_up(k * scale_a * scale_b));
        key_sum += weights.back();
    }
    // Quotas over 4 × key_sum: the state's and the region's quarters × key_sum, each municipality's
    // its weight (its share of the municipalities' one quarter).
    static_assert(kMunicipalitiesQuarters == 1);
    std::vector<i128> numerators;
    if (spec.state_lines == 1) {
        numerators.push_back(i128{steps} * kStateQuarters * key_sum);
    } else {
        numerators.push_back(i128{steps} * kFkQuarters * key_sum);
        numerators.push_back(i128{steps} * kAfQuarters * key_sum);
    }
    numerators.push_back(i128{steps} * kRegionQuarters * key_sum);
    for (std::int64_t w : weights) numerators.push_back(i128{steps} * w);

    std::vector<Money> out;
    for (std::int64_t parts : largest_remainder(numerators, i128{kQuarters} * key_sum, steps))
        out.push_back(Money::from_ore(parts * spec.step.ore()));
    return out;
}

}  // namespace finsam
