#include "labels.hpp"

namespace finsam {

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

}  // namespace finsam
