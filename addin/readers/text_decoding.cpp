#include "text_decoding.hpp"

#include "utf8.hpp"

#include <array>
#include <cstdint>

namespace finsam {

namespace {

// UTF-16 without a byte-order mark: most of the high bytes of ASCII text are zero.
bool looks_utf16(std::string_view s, bool little_endian) {
    const std::size_t n = std::min<std::size_t>(s.size(), 4096) / 2 * 2;
    if (n < 4) return false;
    std::size_t zeros = 0, pairs = n / 2;
    for (std::size_t i = 0; i < n; i += 2) zeros += s[i + (little_endian ? 1 : 0)] == '\0' && s[i + (little_endian ? 0 : 1)] != '\0';
    return zeros * 10 >= pairs * 9;
}

// Returns false on a broken surrogate pair.
bool utf16_to_utf8(std::string_view s, bool little_endian, std::string& out) {
    const auto unit = [&](std::size_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
        return little_endian ? (b << 8 | a) : (a << 8 | b);
    };
    for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
        std::uint32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 3 >= s.size()) return false;
            const std::uint32_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
        }
        append_utf8(out, cp);
    }
    return true;
}

// Windows-1252's 0x80–0x9F (0 where the code page has no character); the rest is Latin-1.
constexpr std::array<std::uint16_t, 32> kCp1252High = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

// Control characters other than tab, line feed, carriage return and form feed: a text has few.
bool looks_binary(std::string_view s) {
    std::size_t controls = 0;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0) return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    }
    return controls * 100 > s.size();  // more than 1 %
}

}  // namespace

DecodedText decode_text(std::string_view b) {
    using E = DecodedText::Encoding;
    if (b.starts_with("\xEF\xBB\xBF")) {
        const std::string_view rest = b.substr(3);
        if (is_utf8(rest) && !looks_binary(rest)) return {E::Utf8Bom, std::string(rest)};
        return {E::Binary, {}};
    }
    const bool bom_le = b.starts_with("\xFF\xFE"), bom_be = b.starts_with("\xFE\xFF");
    if (bom_le || bom_be || looks_utf16(b, true) || looks_utf16(b, false)) {
        const bool le = bom_le || (!bom_be && looks_utf16(b, true));
        std::string out;
        if (b.size() % 2 == 0 && utf16_to_utf8(b.substr(bom_le || bom_be ? 2 : 0), le, out) && !looks_binary(out))
            return {le ? E::Utf16Le : E::Utf16Be, std::move(out)};
        return {E::Binary, {}};
    }
    if (looks_binary(b)) return {E::Binary, {}};
    if (is_utf8(b)) return {E::Utf8, std::string(b)};
    std::string out;
    out.reserve(b.size() + b.size() / 8);
    for (char ch : b) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) out += ch;
        else if (c < 0xA0) {
            if (kCp1252High[c - 0x80] == 0) return {E::Binary, {}};
            append_utf8(out, kCp1252High[c - 0x80]);
        } else {
            append_utf8(out, c);
        }
    }
    return {E::Windows1252, std::move(out)};
}

std::string_view encoding_name(DecodedText::Encoding e) {
    switch (e) {
        case DecodedText::Encoding::Utf8: return "UTF-8";
        case DecodedText::Encoding::Utf8Bom: return "UTF-8 med BOM";
        case DecodedText::Encoding::Utf16Le: return "UTF-16 (little endian)";
        case DecodedText::Encoding::Utf16Be: return "UTF-16 (big endian)";
        case DecodedText::Encoding::Windows1252: return "Windows-1252";
        case DecodedText::Encoding::Binary: return "binär";
    }
    return "okänd";
}

}  // namespace finsam
