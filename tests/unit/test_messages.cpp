#include "audit_checks.hpp"
#include "command_texts.hpp"
#include "fault_words.hpp"
#include "messages.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace finsam;

TEST_CASE("every kind of check has one row: distinct JSON names, names in both languages, words", "[messages]") {
    std::set<std::string_view> json;
    for (const messages::AuditCheckKind& k : messages::kAuditChecks) {
        CHECK(json.insert(k.json).second);
        CHECK(&messages::audit_check_kind(k.check) == &k);
        CHECK_FALSE(k.name_sv.empty());
        CHECK_FALSE(k.name_en.empty());
        CHECK_FALSE(k.equals_sv.empty());
        CHECK_FALSE(k.gives_sv.empty());
        CHECK(messages::command_texts(false).kind_of(k.check) == k.name_sv);
        CHECK(messages::command_texts(true).kind_of(k.check) == k.name_en);
    }
}

TEST_CASE("a relation's words take the finding's own figures", "[messages]") {
    AuditFinding f;
    f.check = AuditCheck::Members;
    f.quarters = 2;
    f.base = Money::kronor(7'156'000);
    CHECK(messages::check_equals(f) == "50 % av medlemsbidragen 7 156 000");
    CHECK(messages::check_gives(f) == "är inte 50 % av medlemsbidragen 7 156 000, som ger");
    f.check = AuditCheck::Chain;
    f.prior_period = "Prognos 2020";
    CHECK(messages::check_equals(f) == "utgående eget kapital Prognos 2020");
    f.prior_period.clear();
    f.prior_col = 2;
    CHECK(messages::check_gives(f) == "men utgående eget kapital kolumn C är");
    f.check = AuditCheck::Share;
    f.share_text = "3 %";
    CHECK(messages::check_equals(f) == "3 % av 7 156 000");
}

TEST_CASE("every fault has its words in Swedish and English, and each place is filled", "[messages]") {
    for (const messages::FaultWords& w : messages::kFaultWords) {
        CHECK(&messages::fault_words(w.fault) == &w);
        CHECK_FALSE(w.sv.empty());
        CHECK_FALSE(w.en.empty());
        Problem p{w.fault};
        p.where = Where::index(1);
        p.text = "x";
        p.count = 3;
        p.other_count = 4;
        const std::string s = messages::problem("finsamSplit", std::move(p).at(1));
        CHECK(s.find('{') == std::string::npos);
        CHECK(s.find('}') == std::string::npos);
    }
}
