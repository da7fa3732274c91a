#include "labels.hpp"

#include "utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace finsam {

namespace {

// ---- Unicode: NFC for Latin letters, invisible characters dropped

struct Composition {
    std::uint16_t base, mark, composed;
};

// Scope (see scripts/gen-compose-table.py): a Latin letter (U+0041..U+024F, U+1E00..U+1EFF) and one
// combining diacritical mark (U+0300..U+036F) that compose, under NFC, to a Latin letter. Several
// marks on one letter compose one after the other in the order they stand (NFC would first sort
// marks of different classes; no Swedish or Nordic letter carries two). Other scripts are left as
// they stand.
constexpr Composition kCompositions[] = {
#include "unicode_compose_table.inc"
};

// Characters that show as nothing: zero-width space, non-joiner and joiner, word joiner, the byte
// order mark (and zero-width no-break space), the soft hyphen.
bool is_invisible(char32_t c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool is_combining_mark(char32_t c) { return c >= 0x300 && c <= 0x36F; }

char32_t compose(char32_t base, char32_t mark) {
    if (base > 0xFFFF) return 0;
    const Composition key{static_cast<std::uint16_t>(base), static_cast<std::uint16_t>(mark), 0};
    const auto less = [](const Composition& a, const Composition& b) {
        return a.base != b.base ? a.base < b.base : a.mark < b.mark;
    };
    const auto it = std::lower_bound(std::begin(kCompositions), std::end(kCompositions), key, less);
    return it != std::end(kCompositions) && it->base == key.base && it->mark == key.mark ? it->composed : 0;
}

// One code point from UTF-8 at s[i]; a byte that does not start a valid sequence is itself (as
// U+DC00 + byte, never composed, written back as the byte).
char32_t decode(std::string_view s, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const auto cont = [&](std::size_t k) {
        return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    const auto bits = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    if (c < 0x80) return s[i++], c;
    if (c >= 0xC2 && c < 0xE0 && cont(1)) {
        const char32_t cp = ((c & 0x1Fu) << 6) | bits(1);
        i += 2;
        return cp;
    }
    if (c >= 0xE0 && c < 0xF0 && cont(1) && cont(2)) {
        const char32_t cp = ((c & 0x0Fu) << 12) | (bits(1) << 6) | bits(2);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            i += 3;
            return cp;
        }
    }
    if (c >= 0xF0 && c < 0xF5 && cont(1) && cont(2) && cont(3)) {
        const char32_t cp = ((c & 0x07u) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            i += 4;
            return cp;
        }
    }
    ++i;
    return 0xDC00 + c;  // a lone byte (0x80..0xFF): U+DC80..U+DCFF, which UTF-8 never decodes to
}

// A code point decoded, back as UTF-8; a lone byte (U+DC80..U+DCFF, what decode makes of a byte
// that starts no valid sequence: it never yields a surrogate) as the byte it was.
void encode(std::string& out, char32_t cp) {
    if (cp >= 0xDC80 && cp <= 0xDCFF) out += static_cast<char>(cp - 0xDC00);
    else append_utf8(out, static_cast<std::uint32_t>(cp));
}

// Could the text hold a combining mark (U+0300..U+036F: CC 80..CD AF) or an invisible character
// (C2 AD, E2 80 8B..8D, E2 81 A0, EF BB BF)? Most labels are plain: they are not decoded at all.
bool may_need_composing(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xCC || c == 0xCD || c == 0xE2 || c == 0xEF) return true;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) return true;
    }
    return false;
}

}  // namespace

std::string compose_text(std::string_view text) {
    if (!may_need_composing(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    bool have = false;  // `last` holds a code point not yet written
    char32_t last = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = decode(text, i);
        if (is_invisible(cp)) continue;
        if (have && is_combining_mark(cp)) {
            if (const char32_t c = compose(last, cp)) {
                last = c;
                continue;
            }
        }
        if (have) encode(out, last);
        last = cp;
        have = true;
    }
    if (have) encode(out, last);
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

std::string normalize_label(std::string_view raw) {
    const std::string composed = compose_text(raw);
    const std::string_view label = composed;
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

std::string summed_name(std::string_view raw) {
    const std::string l = normalize_label(raw);
    for (std::string_view w : {"delsumma ", "summa ", "s:a ", "totalt ", "totala ", "total "})
        if (l.starts_with(w)) return l.substr(w.size());
    for (std::string_view w : {" totalt", " total", " (summa)", " summa"})
        if (l.ends_with(w)) return l.substr(0, l.size() - w.size());
    return {};
}

}  // namespace finsam
