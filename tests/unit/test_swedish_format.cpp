#include "money.hpp"
#include "messages.hpp"
#include "swedish_format.hpp"
#include "utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace finsam;

TEST_CASE("amounts are written the Swedish way", "[text]") {
    CHECK(format_amount(Money::kronor(18639480)) == "18 639 480");
    CHECK(format_amount(Money::kronor(-269000)) == "-269 000");
    CHECK(format_amount(Money::kronor(0)) == "0");
    CHECK(format_amount(Money::kronor(999)) == "999");
    CHECK(format_amount(Money::kronor(1000)) == "1 000");
    CHECK(format_amount(Money::from_ore(123450)) == "1 234,50");
    CHECK(format_amount(Money::from_ore(-5)) == "-0,05");
}

TEST_CASE("cell positions count from one", "[text]") {
    const auto empty_at = [](Where w) { return messages::problem("finsamSplit", Problem{Fault::CellEmpty}.at(1, w)); };
    CHECK(empty_at(Where::in_range(2, 0, 5, 1)) == "Fel i Nyckel: cell 3 är tom.");
    CHECK(empty_at(Where::in_range(0, 3, 1, 6)) == "Fel i Nyckel: cell 4 är tom.");
    CHECK(empty_at(Where::in_range(1, 2, 4, 3)) == "Fel i Nyckel: rad 2, kolumn 3 är tom.");
    CHECK(quote_text("kort") == "\"kort\"");
    CHECK(quote_text(std::string(40, 'x')).size() < 40);
}

TEST_CASE("texts are shortened and cleaned without cutting a UTF-8 sequence", "[text][utf8]") {
    const std::vector<std::string> pieces = {"x", "ö", "\u202f", "\u2212", "\xF0\x9F\x98\x80"};
    std::mt19937 random(7);
    for (int n = 0; n < 2000; ++n) {
        std::string text;
        const std::size_t length = random() % 60;
        while (text.size() < length) text += pieces[random() % pieces.size()];
        const std::size_t max = random() % 50;
        const std::string_view cut = utf8_prefix(text, max);
        CHECK(cut.size() <= max);
        CHECK(text.compare(0, cut.size(), cut) == 0);
        CHECK(to_valid_utf8(cut) == cut);
        CHECK(cut.size() + 4 > std::min(max, text.size()));  // at most one code point dropped
        const std::string quoted = quote_text(text, max);
        CHECK(to_valid_utf8(quoted) == quoted);
    }
    // Bytes that are not UTF-8 become U+FFFD, one for each; valid text is left as it is.
    CHECK(to_valid_utf8("a\xE2\x80") == "a\uFFFD\uFFFD");
    CHECK(to_valid_utf8("\xC0\xAF") == "\uFFFD\uFFFD");          // overlong "/"
    CHECK(to_valid_utf8("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");  // a surrogate
    CHECK(to_valid_utf8("Överskott \u2212 5\u00a0000") == "Överskott \u2212 5\u00a0000");
    for (int n = 0; n < 2000; ++n) {
        std::string bytes;
        for (std::size_t k = random() % 20; k > 0; --k) bytes += static_cast<char>(random() % 256);
        const std::string clean = to_valid_utf8(bytes);
        CHECK(to_valid_utf8(clean) == clean);
    }
}
