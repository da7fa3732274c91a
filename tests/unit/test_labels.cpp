#include "labels.hpp"

#include <catch2/catch.hpp>

using namespace finsam;

TEST_CASE("labels are normalised for matching", "[text]") {
    CHECK(normalize_label("  Summa  Intäkter: ") == "summa intäkter");
    CHECK(normalize_label("ÖVRIGT") == "övrigt");
    CHECK(normalize_label("Årets RESULTAT.") == "årets resultat");
    CHECK(normalize_label("Eget\xC2\xA0kapital") == "eget kapital");
    CHECK(normalize_label("") == "");
}
