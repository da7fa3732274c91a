#include "finsam_split.hpp"

#include "financing_rule.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

namespace finsam {

namespace {

using i128 = WideInt;

Problem fail(SplitArg arg, Fault fault) { return Problem{fault}.at(arg); }
Problem fail_cell(std::size_t i, Fault fault) { return Problem{fault}.at(kSplitKey, Where::index(i)); }

// Working space for one split: on the stack for the usual number of parts (Sweden has 290
// municipalities), on the heap beyond.
constexpr std::size_t kOnStack = 320;
template <class T, std::size_t N>
class Scratch {
public:
    explicit Scratch(std::size_t n) {
        if (n > N) {
            heap_.resize(n);
            data_ = heap_.data();
        }
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    T& operator[](std::size_t i) { return data_[i]; }
    T* data() { return data_; }

private:
    T local_[N];
    std::vector<T> heap_;
    T* data_ = local_;
};

// llround for 0 <= x < 2^52, without the library call: the fraction of such a double is exact.
std::int64_t round_half_up(double x) {
    const auto whole = static_cast<std::int64_t>(x);
    return x - static_cast<double>(whole) >= 0.5 ? whole + 1 : whole;
}

// steps × weight − q × denominator, exactly. With a 64-bit denominator (below 2^62) the result is
// known to lie in (−2^63, 2^63) (see share_by_remainders), so arithmetic modulo 2^64 gives it.
std::int64_t minus_multiple(std::int64_t steps, std::int64_t weight, std::int64_t q, std::int64_t denominator) {
    using u64 = std::uint64_t;
    return static_cast<std::int64_t>(static_cast<u64>(steps) * static_cast<u64>(weight) -
                                     static_cast<u64>(q) * static_cast<u64>(denominator));
}
i128 minus_multiple(std::int64_t steps, std::int64_t weight, std::int64_t q, i128 denominator) {
    return static_cast<i128>(steps) * weight - static_cast<i128>(q) * denominator;
}

// The k-th largest of values[0..n) (1 <= k <= n), and how many values are larger than it;
// values are reordered.
template <class Wide>
std::pair<Wide, std::size_t> nth_largest_in_place(Wide* values, std::size_t n, std::size_t k) {
    Wide* const nth = values + (k - 1);
    std::nth_element(values, nth, values + n, std::greater<Wide>());
    // nth_element leaves the larger ones before it.
    return {*nth, static_cast<std::size_t>(std::count_if(values, nth, [&](Wide v) { return v > *nth; }))};
}

// The same without reordering, every value in [0, bound).
template <class Wide>
std::pair<Wide, std::size_t> nth_largest(const Wide* values, std::size_t n, std::size_t k, Wide bound) {
    Scratch<Wide, kOnStack> pool(n);
    Wide* const copy = pool.data();
    if constexpr (std::is_same_v<Wide, std::int64_t>) {
        if (n >= 64) {
            // A histogram by the top 8 bits narrows it to one bucket (of a few values, as
            // remainders spread over [0, bound)) in two passes free of unpredictable branches,
            // where nth_element's partitions mispredict about every other comparison.
            const int shift = std::max(0, static_cast<int>(std::bit_width(static_cast<std::uint64_t>(bound))) - 8);
            std::array<std::uint32_t, 256> count{};
            for (std::size_t i = 0; i < n; ++i) ++count[static_cast<std::size_t>(values[i] >> shift)];
            std::size_t bucket = 255, larger = 0;
            while (larger + count[bucket] < k) larger += count[bucket--];
            std::size_t size = 0;
            for (std::size_t i = 0; i < n; ++i)
                if (static_cast<std::size_t>(values[i] >> shift) == bucket) copy[size++] = values[i];
            const auto [value, within] = nth_largest_in_place(copy, size, k - larger);
            return {value, larger + within};
        }
    }
    std::copy(values, values + n, copy);
    return nth_largest_in_place(copy, n, k);
}

// Everything in whole steps: the total is `steps` (below 2^50), the parts are out[0..] (the state
// on one or two lines, the region, the municipalities by weight), each part's quota is
// numerator / (4 × key_sum) steps. Every quota is floored; the steps left over (fewer than there
// are parts) go one each to the largest remainders, ties to the part listed first. `Wide` holds
// remainders and the denominator: int64 when 4 × key_sum < 2^62 (up to 512 municipalities at any
// weight), else 128 bits. `out` holds whole steps until the last pass makes them money.
template <class Wide>
void share_by_remainders(std::vector<Money>& out, const SplitSpec& spec, std::int64_t steps,
                         const std::int64_t* weights, std::size_t keys, i128 key_sum_wide) {
    using namespace financing_rule;
    const Wide key_sum = static_cast<Wide>(key_sum_wide), denominator = kQuarters * key_sum;
    const std::size_t fixed = static_cast<std::size_t>(spec.state_lines) + 1, parts = fixed + keys;
    Scratch<Wide, kOnStack> remainders(parts);
    std::int64_t left = steps;
    // The state's and the region's quotas: steps × quarters × key_sum / (4 × key_sum).
    const auto quarters_of = [&](std::size_t i, int quarters) {
        const std::int64_t q = steps * quarters;
        out[i] = Money::from_ore(q / kQuarters);
        remainders[i] = (q % kQuarters) * key_sum;
        left -= q / kQuarters;
    };
    if (spec.state_lines == 1) {
        quarters_of(0, kStateQuarters);
    } else {
        quarters_of(0, kFkQuarters);
        quarters_of(1, kAfQuarters);
    }
    quarters_of(fixed - 1, kRegionQuarters);
    // A municipality's: steps × weight / (4 × key_sum), its quarter shared by weight. The quotient
    // (at most steps / 4 < 2^48) is estimated in doubles, off by less than 0.1 (three roundings of
    // 2^-53 each), so its floor is off by at most one and the remainder lies in (−denominator,
    // 2 × denominator); one correction makes both exact, with no 128-bit division.
    static_assert(kMunicipalitiesQuarters == 1);
    const double per_weight = static_cast<double>(steps) / static_cast<double>(denominator);
    for (std::size_t j = 0; j < keys; ++j) {
        auto q = static_cast<std::int64_t>(static_cast<double>(weights[j]) * per_weight);
        Wide r = minus_multiple(steps, weights[j], q, denominator);
        while (r < 0) {
            --q;
            r += denominator;
        }
        while (r >= denominator) {
            ++q;
            r -= denominator;
        }
        out[fixed + j] = Money::from_ore(q);
        remainders[fixed + j] = r;
        left -= q;
    }
    // The `left`-th largest remainder: every part above it gets a step, and as many of the parts
    // at it as are still due, first listed first.
    Wide threshold = denominator;  // none: no remainder reaches the denominator
    std::int64_t at_threshold = 0;
    if (left > 0) {
        const auto [t, larger] = nth_largest(remainders.data(), parts, static_cast<std::size_t>(left), denominator);
        threshold = t;
        at_threshold = left - static_cast<std::int64_t>(larger);
    }
    const std::int64_t step = spec.step.ore();
    for (std::size_t i = 0; i < parts; ++i) {  // without branches: remainders are in no order
        const bool above = remainders[i] > threshold, at = remainders[i] == threshold;
        const bool extra = above || (at && at_threshold > 0);
        at_threshold -= at;
        out[i] = Money::from_ore((out[i].ore() + extra) * step);
    }
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
    const std::size_t keys = spec.key.size();
    Scratch<std::int64_t, kOnStack> weights(keys);  // each below 2^51
    i128 key_sum = 0;
    for (std::size_t j = 0; j < keys; ++j) {
        weights[j] = round_half_up(spec.key[j] * scale_a * scale_b);
        key_sum += weights[j];
    }

    std::vector<Money> out(static_cast<std::size_t>(spec.state_lines) + 1 + keys);
    if (financing_rule::kQuarters * key_sum < (i128{1} << 62))
        share_by_remainders<std::int64_t>(out, spec, steps, weights.data(), keys, key_sum);
    else
        share_by_remainders<i128>(out, spec, steps, weights.data(), keys, key_sum);
    return out;
}

}  // namespace finsam
