#include "text_decoding.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace finsam;
using E = DecodedText::Encoding;

TEST_CASE("UTF-8 with or without a BOM is kept as it is", "[decoding]") {
    const DecodedText plain = decode_text("Överskott 1 000 kr");
    CHECK(plain.encoding == E::Utf8);
    CHECK(plain.utf8 == "Överskott 1 000 kr");
    const DecodedText bom = decode_text("\xEF\xBB\xBFSumma");
    CHECK(bom.encoding == E::Utf8Bom);
    CHECK(bom.utf8 == "Summa");
}

TEST_CASE("UTF-16 as Word and Notepad save it, both byte orders", "[decoding]") {
    const std::string le("\xFF\xFE\xC5\x00r\x00", 6);  // "År"
    CHECK(decode_text(le).encoding == E::Utf16Le);
    CHECK(decode_text(le).utf8 == "År");
    const std::string be("\xFE\xFF\x00\xC5\x00r", 6);
    CHECK(decode_text(be).encoding == E::Utf16Be);
    CHECK(decode_text(be).utf8 == "År");
}

TEST_CASE("bytes that are not UTF-8 are Windows-1252, its euro and dashes included", "[decoding]") {
    const DecodedText d = decode_text("\xC5rets resultat \x96 1 000 \x80");
    CHECK(d.encoding == E::Windows1252);
    CHECK(d.utf8 == "Årets resultat – 1 000 €");
}

TEST_CASE("binary files are refused, never echoed", "[decoding]") {
    const std::string zip("PK\x03\x04\x00\x00\x00\x00\x08\x00", 10);
    const DecodedText d = decode_text(zip);
    CHECK(d.encoding == E::Binary);
    CHECK(d.utf8.empty());
    CHECK(encoding_name(E::Binary) == "binär");
}

TEST_CASE("a code point as UTF-8; surrogates and beyond U+10FFFF become U+FFFD", "[decoding]") {
    std::string s;
    append_utf8(s, 0x41);
    append_utf8(s, 0xE5);
    append_utf8(s, 0x2212);
    append_utf8(s, 0x1F600);
    CHECK(s == "Aå−\xF0\x9F\x98\x80");
    std::string bad;
    append_utf8(bad, 0xD800);
    append_utf8(bad, 0x110000);
    CHECK(bad == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
