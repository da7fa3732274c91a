#include "financing_split.hpp"

#include "swedish_text.hpp"

#include <algorithm>
#include <cmath>
#include "function_table.hpp"

namespace finsam {

namespace {

using i128 = WideInt;

const meta::Function& split_meta() { return meta::function("finsamSplit"); }
std::string arg_name(std::size_t i) { return std::string(split_meta().params[i].name_sv); }

Error fail(std::size_t arg, const std::string& what) { return {"Fel i " + arg_name(arg) + ": " + what}; }

}  // namespace

Outcome<std::vector<Money>> split_contributions(const SplitSpec& spec) {
    constexpr std::size_t kAmount = 0, kKey = 1, kStep = 2, kStateLines = 3;
    if (spec.step.ore() <= 0) return fail(kStep, "avrundningssteget måste vara större än noll.");
    if (spec.state_lines != 1 && spec.state_lines != 2)
        return fail(kStateLines, "ange 1 (staten på en rad) eller 2 (FK och AF).");
    if (spec.amount.ore() <= 0) return fail(kAmount, "beloppet måste vara större än noll.");
    if (spec.amount.ore() % spec.step.ore() != 0)
        return fail(kAmount, format_amount(spec.amount) + " är inte jämnt delbart med avrundningssteget " +
                                 format_amount(spec.step) + ".");
    if (spec.key.empty()) return fail(kKey, "nyckeln är tom; ange minst en kommun.");
    if (spec.key.size() > kMaxKeyCount) return fail(kKey, "fler än 10 000 kommuner.");

    double largest = 0.0;
    for (std::size_t i = 0; i < spec.key.size(); ++i) {
        const double k = spec.key[i];
        const auto where = [i] { return "cell " + std::to_string(i + 1); };  // only for messages
        if (!std::isfinite(k)) return fail(kKey, where() + " är inte ett ändligt tal.");
        if (k < 0) return fail(kKey, where() + " är negativ; en nyckel kan inte vara mindre än noll.");
        if (k > kMaxKeyValue) return fail(kKey, where() + " är orimligt stor (över 1 000 000 000).");
        largest = std::max(largest, k);
    }
    if (largest == 0.0) return fail(kKey, "alla värden är noll; minst en kommun måste ha en andel.");
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
    // numerator / (4 * key_sum) steps.
    const i128 steps = spec.amount.ore() / spec.step.ore() * (spec.amount_is_state_allocation ? 2 : 1);
    if (steps * spec.step.ore() > Money::kMaxOre)
        return fail(kAmount, "totalen blir orimligt stor.");
    const i128 denominator = 4 * key_sum;
    std::vector<i128> numerators;
    if (spec.state_lines == 1) {
        numerators.push_back(steps * 2 * key_sum);
    } else {
        numerators.push_back(steps * key_sum);
        numerators.push_back(steps * key_sum);
    }
    numerators.push_back(steps * key_sum);  // region
    for (i128 w : weights) numerators.push_back(steps * w);

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
