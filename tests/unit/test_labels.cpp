#include "labels.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace finsam;

TEST_CASE("labels are normalised for matching", "[text]") {
    CHECK(normalize_label("  Summa  Intäkter: ") == "summa intäkter");
    CHECK(normalize_label("ÖVRIGT") == "övrigt");
    CHECK(normalize_label("Årets RESULTAT.") == "årets resultat");
    CHECK(normalize_label("Eget\xC2\xA0kapital") == "eget kapital");
    CHECK(normalize_label("") == "");
}

TEST_CASE("labels are compared after NFC, without zero-width characters or a BOM", "[text][unicode]") {
    // decomposed (NFD), as text pasted from PDFs often is
    CHECK(normalize_label("O\xCC\x88verskott fo\xCC\x88rega\xCC\x8A" "ende a\xCC\x8Ar") == "överskott föregående år");
    CHECK(normalize_label("A\xCC\x8Arets resultat") == "årets resultat");
    CHECK(normalize_label("E\xCC\x81tude Mu\xCC\x88ller s\xCC\x8C") == "étude müller š");
    // zero-width space, joiners, word joiner, BOM, soft hyphen: gone
    CHECK(normalize_label("Balanserat\xE2\x80\x8B resultat") == "balanserat resultat");
    CHECK(normalize_label("\xEF\xBB\xBFMedlems\xC2\xAD" "bidrag\xE2\x80\x8D\xE2\x81\xA0") == "medlemsbidrag");
    // a mark on a letter it does not compose with, and a mark with nothing before it, stay
    CHECK(compose_text("q\xCC\x88") == "q\xCC\x88");
    CHECK(compose_text("\xCC\x88" "a") == "\xCC\x88" "a");
    // invalid UTF-8 passes through byte for byte, and nothing else changes
    CHECK(compose_text("a\xFF\xCC") == "a\xFF\xCC");
    CHECK(compose_text("\xE2\x82\xAC 100") == "\xE2\x82\xAC 100");
    CHECK(compose_text("Ä ä Å") == "Ä ä Å");
}

TEST_CASE("NFC composition: every Latin-1 letter with a mark, decomposed, composes back", "[text][unicode]") {
    // the composed letters of Latin-1 (U+00C0..U+00FF) and their decompositions, written out here
    // independently of the generated table
    const std::pair<const char*, const char*> pairs[] = {
        {"A\xCC\x80", "À"}, {"A\xCC\x81", "Á"}, {"A\xCC\x82", "Â"}, {"A\xCC\x83", "Ã"}, {"A\xCC\x88", "Ä"},
        {"A\xCC\x8A", "Å"}, {"C\xCC\xA7", "Ç"}, {"E\xCC\x80", "È"}, {"E\xCC\x81", "É"}, {"E\xCC\x82", "Ê"},
        {"E\xCC\x88", "Ë"}, {"I\xCC\x81", "Í"}, {"N\xCC\x83", "Ñ"}, {"O\xCC\x81", "Ó"}, {"O\xCC\x88", "Ö"},
        {"U\xCC\x88", "Ü"}, {"Y\xCC\x81", "Ý"}, {"a\xCC\x8A", "å"}, {"a\xCC\x88", "ä"}, {"o\xCC\x88", "ö"},
        {"e\xCC\x81", "é"}, {"u\xCC\x88", "ü"}, {"y\xCC\x88", "ÿ"}, {"c\xCC\xA7", "ç"}, {"n\xCC\x83", "ñ"},
        {"s\xCC\x8C", "š"}, {"z\xCC\x8C", "ž"}, {"c\xCC\x8C", "č"}};
    for (const auto& [decomposed, composed] : pairs) {
        INFO(composed);
        CHECK(compose_text(decomposed) == composed);
    }
}
