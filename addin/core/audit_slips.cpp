#include "audit_slips.hpp"

#include <string>

namespace finsam {

namespace {

// The digits people typed: whole kronor when both figures are whole kronor, else öre.
std::pair<std::string, std::string> typed_digits(Money a, Money b) {
    std::int64_t x = a.ore() < 0 ? -a.ore() : a.ore(), y = b.ore() < 0 ? -b.ore() : b.ore();
    if (x % 100 == 0 && y % 100 == 0) {
        x /= 100;
        y /= 100;
    }
    return {std::to_string(x), std::to_string(y)};
}

}  // namespace

SlipKind digit_slip(Money printed, Money correct) {
    if (printed == correct) return SlipKind::None;
    if (!printed.is_zero() && printed == -correct) return SlipKind::SignFlipped;
    if (printed.is_negative() != correct.is_negative() && !printed.is_zero() && !correct.is_zero())
        return SlipKind::None;
    const auto [p, c] = typed_digits(printed, correct);
    if (!printed.is_zero() && !correct.is_zero()) {
        const WideInt x = printed.ore(), y = correct.ore();  // × 1 000 may not fit in 64 bits
        if (x == y * 1000 || y == x * 1000) return SlipKind::Thousandfold;
    }
    if (p.size() != c.size()) return SlipKind::None;
    std::size_t first = p.size(), count = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] != c[i]) {
            if (count == 0) first = i;
            ++count;
        }
    if (count == 1) return SlipKind::OneDigit;
    if (count == 2 && first + 1 < p.size() && p[first] == c[first + 1] && p[first + 1] == c[first])
        return SlipKind::Transposed;
    return SlipKind::None;
}

std::vector<std::pair<Money, SlipKind>> digit_slips_of(Money figure) {
    std::vector<std::pair<Money, SlipKind>> out;
    const bool negative = figure.is_negative();
    std::int64_t x = negative ? -figure.ore() : figure.ore();
    const bool kronor = x % 100 == 0;
    const std::string d = std::to_string(kronor ? x / 100 : x);
    const auto add = [&](const std::string& s, SlipKind k) {
        if (s.size() > 1 && s[0] == '0') return;  // a leading zero is no figure anyone typed
        WideInt v = 0;
        for (char c : s) v = v * 10 + (c - '0');  // at most 19 digits: no overflow in 128 bits
        if (kronor) v *= 100;
        if (v > Money::kMaxOre) return;  // beyond any amount the audit reads
        const auto ore = static_cast<std::int64_t>(v);
        out.emplace_back(Money::from_ore(negative ? -ore : ore), k);
    };
    for (std::size_t i = 0; i + 1 < d.size(); ++i) {
        if (d[i] == d[i + 1]) continue;
        std::string s = d;
        std::swap(s[i], s[i + 1]);
        add(s, SlipKind::Transposed);
    }
    for (std::size_t i = 0; i < d.size(); ++i)
        for (char c = '0'; c <= '9'; ++c) {
            if (c == d[i]) continue;
            std::string s = d;
            s[i] = c;
            add(s, SlipKind::OneDigit);
        }
    return out;
}

int slip_weight(SlipKind kind) {
    switch (kind) {
        case SlipKind::None: return 0;
        case SlipKind::OneDigit: return 2;
        case SlipKind::CountedTwice:
        case SlipKind::LeftOut: return 3;
        case SlipKind::CopiedFromNeighbour:  // the very figure of the next column: rarely chance
        case SlipKind::Transposed:
        case SlipKind::SignFlipped:
        case SlipKind::Thousandfold:
        case SlipKind::MistypedBase:
        case SlipKind::CopiedFromCell: return 4;
    }
    return 0;
}

}  // namespace finsam
