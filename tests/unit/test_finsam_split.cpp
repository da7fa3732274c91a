#include "finsam_split.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace finsam;
using finsam::test::kr;

namespace {

std::vector<std::int64_t> in_kronor(const std::vector<Money>& parts) {
    std::vector<std::int64_t> v;
    for (Money m : parts) v.push_back(m.ore() / 100);
    return v;
}

}  // namespace

TEST_CASE("seed 000 Trollhättan 2020: FK, AF, region, three municipalities to the thousand", "[split][seed]") {
    SplitSpec s{kr(7156000), false, kr(1000), 2, {1341, 323, 125}};
    auto parts = split_contributions(s);
    REQUIRE(parts.ok());
    CHECK(in_kronor(*parts) == std::vector<std::int64_t>{1789000, 1789000, 1789000, 1341000, 323000, 125000});
}

TEST_CASE("seed 002 Sydöstra Skåne 2021 in tkr from the state's allocation", "[split][seed]") {
    // Total 5 662 tkr: region and municipalities each have a quota of 1 415,5; the largest
    // remainders go to the municipalities, as the document prints.
    SplitSpec s{kr(2831), true, kr(1), 1, {326, 326, 240, 524}};
    auto parts = split_contributions(s);
    REQUIRE(parts.ok());
    CHECK(in_kronor(*parts) == std::vector<std::int64_t>{2831, 1415, 326, 326, 240, 524});
}

TEST_CASE("seed 003 Finnveden: every column to the hundred kronor", "[split][seed]") {
    struct Column {
        std::int64_t state;
        std::vector<double> key;
        std::vector<std::int64_t> expected;
    };
    const Column columns[] = {
        {2576000, {519200, 170100, 598700}, {2576000, 1288000, 519200, 170100, 598700}},
        {2576000, {519700, 168500, 599800}, {2576000, 1288000, 519700, 168500, 599800}},
        {2579000, {520300, 168700, 600500}, {2579000, 1289500, 520300, 168700, 600500}},
    };
    for (const Column& c : columns) {
        auto parts = split_contributions({kr(c.state), true, kr(100), 1, c.key});
        REQUIRE(parts.ok());
        CHECK(in_kronor(*parts) == c.expected);
    }
}

TEST_CASE("a population key shares the municipal quarter pro rata", "[split]") {
    // 1 000 000 kr; municipalities 250 000 by 60/30/10 %.
    auto parts = split_contributions({kr(1000000), false, kr(1), 1, {60000, 30000, 10000}});
    REQUIRE(parts.ok());
    CHECK(in_kronor(*parts) == std::vector<std::int64_t>{500000, 250000, 150000, 75000, 25000});
}

TEST_CASE("fixed percentages of the total give the same parts as any proportional key", "[split]") {
    // Halland-style: each municipality a percentage of the total, together 25 %.
    auto pct = split_contributions({kr(8000000), false, kr(1), 1, {3, 8, 1, 13}});
    auto frac = split_contributions({kr(8000000), false, kr(1), 1, {0.03, 0.08, 0.01, 0.13}});
    REQUIRE(pct.ok());
    REQUIRE(frac.ok());
    CHECK(in_kronor(*pct) == std::vector<std::int64_t>{4000000, 2000000, 240000, 640000, 80000, 1040000});
    CHECK(in_kronor(*pct) == in_kronor(*frac));
}

TEST_CASE("equal remainders go to the part listed first", "[split]") {
    // 10 kr by steps of 1 kr: state 5, region 2.5, municipalities 1.25 + 1.25 -> one step is left
    // over after flooring (5+2+1+1=9); region's remainder .5 is the largest.
    auto parts = split_contributions({kr(10), false, kr(1), 1, {1, 1}});
    REQUIRE(parts.ok());
    CHECK(in_kronor(*parts) == std::vector<std::int64_t>{5, 3, 1, 1});
    // 6 kr: state 3, region 1.5, municipalities .75 + .75: floors 3+1+0+0, two left: .75, .75
    auto six = split_contributions({kr(6), false, kr(1), 1, {1, 1}});
    REQUIRE(six.ok());
    CHECK(in_kronor(*six) == std::vector<std::int64_t>{3, 1, 1, 1});
    // 7 kr: 3.5, 1.75, .875, .875 -> floors 3,1,0,0 (3 left): .875, .875, .75 -> region, not state
    auto seven = split_contributions({kr(7), false, kr(1), 1, {1, 1}});
    REQUIRE(seven.ok());
    CHECK(in_kronor(*seven) == std::vector<std::int64_t>{3, 2, 1, 1});
    // 4 kr: 2, 1, .5, .5 -> one step left, a true tie between the municipalities: the first wins.
    auto four = split_contributions({kr(4), false, kr(1), 1, {1, 1}});
    REQUIRE(four.ok());
    CHECK(in_kronor(*four) == std::vector<std::int64_t>{2, 1, 1, 0});
}

TEST_CASE("290 municipalities, the whole country", "[split]") {
    std::vector<double> key;
    for (int i = 0; i < 290; ++i) key.push_back(2500 + 37 * i);
    auto parts = split_contributions({kr(123456789), false, kr(1), 2, key});
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 293);
    Money sum;
    for (Money m : *parts) sum += m;
    CHECK(sum == kr(123456789));
}

TEST_CASE("keys of any size are weights: 1e-300 and 2e-300 share as 1 and 2", "[split]") {
    const auto split = [](std::vector<double> key) {
        auto parts = split_contributions({kr(7156000), false, kr(1), 1, key});
        REQUIRE(parts.ok());
        return in_kronor(*parts);
    };
    const std::vector<std::int64_t> one_two{3578000, 1789000, 596333, 1192667};
    CHECK(split({1, 2}) == one_two);
    CHECK(split({1e-300, 2e-300}) == one_two);  // the power of two scaling them is beyond a double
    CHECK(split({5e-324, 1e-323}) == one_two);  // the smallest denormals
    CHECK(split({std::ldexp(1.0, -1074), std::ldexp(2.0, -1074)}) == one_two);
    // A key scaled by any power of two is the same key: the weights are exactly the same.
    for (int e : {-1074 + 11, -1000, -973, -972, -600, -30, 0, 19}) {
        INFO("2^" << e);
        CHECK(split({std::ldexp(1341.0, e), std::ldexp(323.0, e), std::ldexp(125.0, e)}) ==
              split({1341, 323, 125}));
    }
    // Beside a key of 1, a key of 1e-300 is no weight at all.
    CHECK(split({1e-300, 1}) == std::vector<std::int64_t>{3578000, 1789000, 0, 1789000});
    CHECK(split({5e-324, 1e9}) == std::vector<std::int64_t>{3578000, 1789000, 0, 1789000});
    // The other end: keys up to 1e9 are taken, above it refused.
    CHECK(split({1e9, 5e8}) == std::vector<std::int64_t>{3578000, 1789000, 1192667, 596333});
    CHECK(!split_contributions({kr(7156000), false, kr(1), 1, {1e9, std::nextafter(1e9, 2e9)}}).ok());
}

TEST_CASE("bad split input gets a Swedish message naming the argument", "[split][badinput]") {
    auto msg = [](SplitSpec s) { return test::message(split_contributions(s), "finsamSplit"); };
    CHECK(msg({kr(7156500), false, kr(1000), 1, {1}}) ==
          "Fel i Belopp: 7 156 500 är inte jämnt delbart med avrundningssteget 1 000.");
    CHECK(msg({kr(0), false, kr(1), 1, {1}}) == "Fel i Belopp: beloppet måste vara större än noll.");
    CHECK(msg({kr(-5), false, kr(1), 1, {1}}) == "Fel i Belopp: beloppet måste vara större än noll.");
    CHECK(msg({kr(100), false, kr(1), 1, {}}) == "Fel i Nyckel: nyckeln är tom; ange minst en kommun.");
    CHECK(msg({kr(100), false, kr(1), 1, {5, -1}}) ==
          "Fel i Nyckel: cell 2 är negativ; en nyckel kan inte vara mindre än noll.");
    CHECK(msg({kr(100), false, kr(1), 1, {0, 0}}) ==
          "Fel i Nyckel: alla värden är noll; minst en kommun måste ha en andel.");
    CHECK(msg({kr(100), false, kr(0), 1, {1}}) == "Fel i Avrundning: avrundningssteget måste vara större än noll.");
    CHECK(msg({kr(100), false, kr(1), 3, {1}}) ==
          "Fel i Statens rader: ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad).");
    CHECK(msg({kr(100), false, kr(1), 1, {2e9}}).find("orimligt stor") != std::string::npos);
}

TEST_CASE("property: a million random splits always add up to the total", "[property][.]") {
    std::mt19937_64 rng(20261124);
    const std::int64_t steps_ore[] = {1, 100, 10000, 100000};
    std::uniform_int_distribution<int> count_dist(1, 20);
    std::uniform_real_distribution<double> key_dist(0.0, 200000.0);
    std::uniform_int_distribution<std::int64_t> units(1, 2'000'000'000);
    std::uniform_int_distribution<int> pick(0, 3);
    for (int i = 0; i < 1'000'000; ++i) {
        SplitSpec s;
        s.step = Money::from_ore(steps_ore[pick(rng)]);
        s.amount = Money::from_ore(units(rng) * s.step.ore() % (Money::kMaxOre / 4) / s.step.ore() * s.step.ore());
        if (s.amount.is_zero()) s.amount = s.step;
        s.amount_is_state_allocation = (i % 3 == 0);
        s.state_lines = 1 + i % 2;
        const int n = (i % 1000 == 0) ? 290 : count_dist(rng);
        for (int k = 0; k < n; ++k) s.key.push_back(i % 7 == 0 ? std::floor(key_dist(rng)) : key_dist(rng));
        s.key[0] += 1;  // never all zero
        auto parts = split_contributions(s);
        REQUIRE(parts.ok());
        Money sum;
        for (Money m : *parts) {
            REQUIRE(m.ore() % s.step.ore() == 0);
            REQUIRE(!m.is_negative());
            sum += m;
        }
        const Money total = s.amount_is_state_allocation ? s.amount + s.amount : s.amount;
        REQUIRE(sum == total);
        if (s.amount_is_state_allocation && s.state_lines == 1) REQUIRE((*parts)[0] == s.amount);
    }
}
