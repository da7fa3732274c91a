#include "swedish_text.hpp"

#include <cstdlib>

namespace finsam {

std::string format_amount(Money m) {
    const std::int64_t ore = m.ore();
    // Magnitude as unsigned so that the most negative value needs no special case.
    const std::uint64_t mag = ore < 0 ? 0 - static_cast<std::uint64_t>(ore) : static_cast<std::uint64_t>(ore);
    const std::string digits = std::to_string(mag / 100);
    std::string out = ore < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    if (const std::uint64_t frac = mag % 100; frac != 0) {
        out += ',';
        out += static_cast<char>('0' + frac / 10);
        out += static_cast<char>('0' + frac % 10);
    }
    return out;
}

namespace {

// UTF-8 two-byte upper-case Latin-1 letters (U+00C0..U+00DE) lower-case by adding 0x20 to the
// second byte; that covers Å Ä Ö É Ü and the rest of Latin-1 Swedish labels use.
void append_lower(std::string& out, std::string_view s, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        ++i;
    } else if (c == 0xC3 && i + 1 < s.size()) {
        unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (d >= 0x80 && d <= 0x9E && d != 0x97) d += 0x20;  // 0x97 is ×, not a letter
        out += static_cast<char>(c);
        out += static_cast<char>(d);
        i += 2;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        out += ' ';  // no-break space, common in pasted figures and labels
        i += 2;
    } else {
        out += static_cast<char>(c);
        ++i;
    }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string normalize_label(std::string_view label) {
    std::string lower;
    lower.reserve(label.size());
    for (std::size_t i = 0; i < label.size();) append_lower(lower, label, i);
    std::string out;
    out.reserve(lower.size());
    for (char c : lower) {
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == '.')) out.pop_back();
    return out;
}

std::string quote_text(std::string_view text) {
    constexpr std::size_t kMax = 30;
    std::string t(text.substr(0, kMax));
    if (text.size() > kMax) {
        // Do not cut a UTF-8 sequence in half.
        while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back();
        if (!t.empty() && static_cast<unsigned char>(t.back()) >= 0xC0) t.pop_back();
        t += "…";
    }
    return "\"" + t + "\"";
}

std::string cell_position(std::size_t row, std::size_t col, std::size_t rows, std::size_t cols) {
    if (rows == 1) return "cell " + std::to_string(col + 1);
    if (cols == 1) return "cell " + std::to_string(row + 1);
    return "rad " + std::to_string(row + 1) + ", kolumn " + std::to_string(col + 1);
}

}  // namespace finsam
