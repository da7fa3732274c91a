#include "messages.hpp"

#include "audit_checks.hpp"
#include "function_table.hpp"
#include "fault_words.hpp"
#include "swedish_format.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>

namespace finsam::messages {

namespace {

std::string n(std::int64_t v) { return std::to_string(v); }
std::string amount(std::int64_t ore) { return format_amount(Money::from_ore(ore)); }

// "1 värde", "2 värden".
std::string values(std::int64_t count) { return n(count) + (count == 1 ? " värde" : " värden"); }

// A count as a message prints it: digits grouped as amounts are ("10 000").
std::string format_count(std::int64_t count) { return format_amount(Money::kronor(count)); }

std::string param_name(const meta::Function& f, int arg) {
    if (arg < 0 || static_cast<std::size_t>(arg) >= f.params.size()) return "?";
    return std::string(f.params[static_cast<std::size_t>(arg)].name_sv);
}

// The cell as a message names it: "värdet", "cell 3", "rad 2, kolumn 3".
std::string where(const Where& w) {
    switch (w.form) {
        case Where::Form::None: return {};
        case Where::Form::Value: return "värdet";
        case Where::Form::Index: return "cell " + n(static_cast<std::int64_t>(w.row) + 1);
        case Where::Form::RowCol:
            return "rad " + n(static_cast<std::int64_t>(w.row) + 1) + ", kolumn " +
                   n(static_cast<std::int64_t>(w.col) + 1);
        case Where::Form::Row: return "rad " + n(static_cast<std::int64_t>(w.row) + 1);
    }
    return {};
}

// What is wrong, after "Fel i <argument>: ": the fault's row of kFaultWords with its places filled.
std::string what(const meta::Function& f, const Problem& p) {
    const FaultWords& words = fault_words(p.fault);
    // "värdet" is neuter, "cell 2" and "rad 2, kolumn 3" are not: the adjective agrees.
    const bool neuter = p.where.form == Where::Form::Value && !words.sv_neuter.empty();
    return fmt::format(fmt::runtime(neuter ? words.sv_neuter : words.sv), fmt::arg("where", where(p.where)),
                       fmt::arg("text", quote_text(p.text)), fmt::arg("count", n(p.count)), fmt::arg("grouped_count", format_count(p.count)),
                       fmt::arg("other_count", n(p.other_count)), fmt::arg("values", values(p.count)),
                       fmt::arg("other", param_name(f, p.other_arg)), fmt::arg("amount", amount(p.amount_ore)),
                       fmt::arg("limit", amount(p.limit_ore)));
}

}  // namespace

const FaultWords& fault_words(Fault fault) {
    for (const FaultWords& w : kFaultWords)
        if (w.fault == fault) return w;
    return kFaultWords.back();  // unreachable: the static_assert holds every fault
}

std::string problem(std::string_view method, const Problem& p) {
    switch (p.fault) {
        case Fault::Overflow:
        case Fault::OutOfMemory: return std::string(fault_words(p.fault).sv);
        case Fault::Internal:
            return p.text.empty() ? std::string(fault_words(p.fault).sv) : fmt::format("Internt fel i finsam-calc: {}", p.text);
        default: break;
    }
    const meta::Function* f = meta::find_function(method);
    if (!f) return std::string(fault_words(Fault::Internal).sv);
    return fmt::format("Fel i {argument}: {what}", fmt::arg("argument", param_name(*f, p.arg)), fmt::arg("what", what(*f, p)));
}

std::string sum_check(const std::vector<SumMismatch>& mismatches, std::size_t periods, std::string_view unit) {
    const auto with_unit = [&](Money m) { return format_amount(m) + (unit.empty() ? "" : " " + std::string(unit)); };
    std::string out;
    for (const SumMismatch& m : mismatches) {
        if (!out.empty()) out += ' ';
        if (periods > 1)
            out += (m.period_name.empty() ? "Period " + std::to_string(m.period + 1) : m.period_name) + ": ";
        out += fmt::format("Raderna summerar till {sum} men summan anges till {stated} (skillnad {difference}).",
                           fmt::arg("sum", with_unit(m.sum)), fmt::arg("stated", with_unit(m.stated)),
                           fmt::arg("difference", with_unit(m.difference())));
    }
    return out.empty() ? std::string(kOk) : out;
}

std::string ceiling_excess(const CeilingExcess& e, std::string_view unit) {
    const auto with_unit = [&](Money m) { return format_amount(m) + (unit.empty() ? "" : " " + std::string(unit)); };
    return fmt::format("Eget kapital {equity} är {excess} över taket {ceiling} ({share} av medlemsbidragen {contributions}).",
                       fmt::arg("equity", with_unit(e.equity)), fmt::arg("excess", with_unit(e.excess())),
                       fmt::arg("ceiling", with_unit(e.ceiling.amount)), fmt::arg("share", format_share(e.ceiling.share_ppm)),
                       fmt::arg("contributions", with_unit(e.contributions)));
}

std::string column_letters(std::size_t col) {
    std::string s;
    for (++col; col > 0; col = (col - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
    return s;
}

std::string finding_label(const AuditFinding& f) {
    switch (f.naming) {
        case AuditFinding::Naming::Own: return f.label;
        case AuditFinding::Naming::GroupHeading: return f.label + " (summa)";
        case AuditFinding::Naming::Unnamed: break;
    }
    return "(summarad utan etikett)";
}

std::string finding_period(const AuditFinding& f) {
    return f.period.empty() ? "kolumn " + column_letters(f.col) : f.period;
}

namespace {

// "Summa intäkter", "Insatser (summa)": a figure named as the report names it.
std::string named(const std::string& label, AuditFinding::Naming naming) {
    switch (naming) {
        case AuditFinding::Naming::Own: return label;
        case AuditFinding::Naming::GroupHeading: return label + " (summa)";
        case AuditFinding::Naming::Unnamed: break;
    }
    return "summan";
}

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " och " : ", ") + names[i];
    return out;
}

std::string digit_slip_text(SlipKind kind) {
    switch (kind) {
        case SlipKind::Transposed: return "två siffror omkastade";
        case SlipKind::OneDigit: return "en siffra fel";
        case SlipKind::SignFlipped: return "fel tecken";
        case SlipKind::Thousandfold: return "kr och tkr förväxlade";
        default: return "felskriven";
    }
}

}  // namespace

static std::string missing_line(Money amount) {
    return fmt::format(" Det kan också saknas en rad på {}.", format_amount(amount));
}

std::string slip(const AuditFinding& f) {
    const Slip& s = f.slip;
    switch (s.kind) {
        case SlipKind::None: return {};
        case SlipKind::Transposed: return "Troligen två siffror omkastade.";
        case SlipKind::OneDigit: return "Troligen en felskriven siffra.";
        case SlipKind::SignFlipped: return "Troligen fel tecken.";
        case SlipKind::Thousandfold: return "Troligen kr och tkr förväxlade (faktor 1 000).";
        case SlipKind::CountedTwice: return fmt::format("Troligen är raden {} medräknad två gånger.", s.what);
        case SlipKind::LeftOut: return fmt::format("Troligen saknas raden {} i summan.", s.what);
        case SlipKind::CopiedFromNeighbour: return fmt::format("Troligen kopierad från {}.", s.what);
        case SlipKind::CopiedFromCell:
            return fmt::format("Troligen en felaktig siffra ({}) kopierad till flera celler.", format_amount(s.base));
        case SlipKind::MistypedBase:
            return fmt::format("Troligen räknad på fel bas: {base} i stället för {correct} ({slip}).",
                               fmt::arg("base", format_amount(s.base)), fmt::arg("correct", format_amount(s.correct_base)),
                               fmt::arg("slip", digit_slip_text(s.base_slip)));
    }
    return {};
}

std::string finding(const AuditFinding& f) {
    const std::string head = fmt::format("{label}, {period}: anges {stated}", fmt::arg("label", finding_label(f)),
                                         fmt::arg("period", finding_period(f)), fmt::arg("stated", format_amount(f.stated)));
    const std::string diff = fmt::format(" (skillnad {}).", format_amount(f.stated - f.computed));
    const auto candidate_list = [&] {
        std::vector<std::string> names;
        for (const AuditFinding::Candidate& c : f.candidates)
            names.push_back(c.label.empty() ? "kolumn " + column_letters(c.col) : c.label +
                            (c.correct ? " (bör vara " + format_amount(*c.correct) + ")" : std::string()));
        if (f.more_candidates > 0) names.push_back(std::to_string(f.more_candidates) + " till");
        return listed(names);
    };
    if (f.certainty != AuditFinding::Certainty::Undecided) {
        std::string s = (f.certainty == AuditFinding::Certainty::Likely ? "Troligen fel: " : "") + head + ", bör vara " +
                        format_amount(f.computed);
        s += f.via_label.empty() && f.via_naming != AuditFinding::Naming::Unnamed
                 ? " = " + check_equals(f)
                 : " för att " + named(f.via_label, f.via_naming) + " ska stämma";
        s += diff;
        if (const std::string why = slip(f); !why.empty()) s += " " + why;
        if (!f.together.empty()) s += " Tillsammans med " + listed(f.together) + " förklarar det hela skillnaden.";
        if (f.partly)
            s += " Det förklarar inte hela skillnaden: dessutom är någon av " + candidate_list() + " fel.";
        else if (!f.candidates.empty())
            s += " Andra möjliga förklaringar: " + candidate_list() + ".";
        if (f.missing_line) s += missing_line(*f.missing_line);
        return s;
    }
    const std::string relation = check_gives(f);
    std::string s = head + ", " + relation + " " + format_amount(f.computed) + diff;
    if (!f.diagnosed) return s;
    if (f.slip.kind == SlipKind::CountedTwice)
        s += " Skillnaden är lika med raden " + f.slip.what + ", som kan vara medräknad två gånger.";
    if (!f.candidates.empty())
        s += " Vilken siffra som är fel går inte att avgöra; någon av: " + candidate_list() + ".";
    else if (f.too_many)
        s += " För många möjliga rättelser för att avgöra vilken siffra som är fel.";
    else if (!f.missing_line)
        s += " Ingen rättelse av högst tre siffror förklarar det.";
    if (f.missing_line) s += missing_line(*f.missing_line);
    return s;
}

std::string not_understood(const NotUnderstood& n) {
    using Why = NotUnderstood::Why;
    const std::string shown = n.text.empty() ? std::string() : " (" + quote_text(n.text) + ")";
    switch (n.why) {
        case Why::NoLabelColumn: return "ingen kolumn med etiketter hittades";
        case Why::NothingToCheck: return "inga summor, resultat eller medlemsbidrag att kontrollera";
        case Why::NoTotals: return "inga summor, resultat eller medlemsbidrag: inget att kontrollera";
        case Why::NotFinite: return "beloppet är inte ett ändligt tal och kunde inte kontrolleras";
        case Why::TooLarge: return "beloppet är orimligt stort (över 10 000 miljarder) och kunde inte kontrolleras";
        case Why::NumberAsText:
            return "talet är skrivet som text" + shown + " och räknas inte; skriv det som ett tal";
        case Why::ShowsError: return "cellen visar ett fel" + shown + " i stället för ett belopp";
        case Why::TooLargeToAdd: return "beloppen är för stora för att summeras exakt; kolumnen kontrollerades inte";
        case Why::UnsureReading:
            return "tabellen i löptexten kunde inte läsas säkert (siffrorna går inte ihop och ingen enkel "
                   "felskrivning förklarar det); den kontrollerades inte";
        case Why::UnsureFigures:
            return "tabellen kunde inte läsas säkert (ett belopp som brutits över två rader i sin cell gick inte "
                   "att foga ihop, och siffrorna går inte ihop); den kontrollerades inte";
        case Why::UnsureHeadings:
            return "tabellen i löptexten kunde inte läsas säkert (var rubrikerna slutar och vilka rader varje "
                   "summa omfattar går inte att se); den kontrollerades inte";
    }
    return "okänt";
}

std::string error_meaning(std::string_view shown) {
    static const std::pair<std::string_view, std::string_view> meanings[] = {
        {"#N/A", "värde saknas"},          {"#DIV/0!", "division med noll"},
        {"#VALUE!", "fel sorts värde"},     {"#REF!", "ogiltig referens"},
        {"#NAME?", "okänt namn"},           {"#NUM!", "ogiltigt tal"},
        {"#NULL!", "områdena möts inte"},   {"Err:501", "ogiltigt tecken"},
        {"Err:502", "ogiltigt argument"},   {"Err:503", "ogiltig beräkning"},
        {"Err:504", "fel i parameterlistan"}, {"Err:507", "parentes saknas"},
        {"Err:508", "fel i parenteser"},    {"Err:509", "operator saknas"},
        {"Err:510", "variabel saknas"},     {"Err:511", "variabel saknas"},
        {"Err:512", "formeln är för lång"}, {"Err:513", "texten är för lång"},
        {"Err:522", "cirkelreferens"},      {"Err:523", "beräkningen når inget värde"},
    };
    for (const auto& [code, meaning] : meanings)
        if (shown == code) return std::string(meaning);
    if (shown.substr(0, 4) == "Err:") return "fel " + std::string(shown.substr(4)) + " i formeln";
    return {};
}

std::string error_block(std::string_view shown, std::size_t cells, const std::string& where) {
    const std::string meaning = error_meaning(shown);
    const std::string error = meaning.empty() ? "ett fel (" + quote_text(std::string(shown)) + ")"
                                              : "felet " + std::string(shown) + " (" + meaning + ")";
    if (cells == 1) return "cellen " + where + " visar " + error + " i stället för ett belopp";
    return std::to_string(cells) + " celler (" + where + ") visar " + error + " i stället för belopp";
}

std::string not_understood_place(const NotUnderstood& n) {
    if (!n.at_cell) return {};
    std::string where = n.label.empty() ? std::string() : n.label + ", ";
    return where + "kolumn " + column_letters(n.col);
}

std::string audit_checks(std::size_t checks, std::size_t columns) {
    return std::to_string(checks) + (checks == 1 ? " kontroll i " : " kontroller i ") + std::to_string(columns) +
           (columns == 1 ? " kolumn." : " kolumner.");
}

std::string audit_summary(const AuditReport& report) {
    const std::size_t n = report.findings.size();
    const std::size_t unread = static_cast<std::size_t>(std::count_if(
        report.not_understood.begin(), report.not_understood.end(),
        [](const NotUnderstood& u) { return u.leaves_something_unread(); }));
    const std::string checks = audit_checks(report.checks, report.columns);
    if (report.checks == 0) {
        if (report.not_understood.empty()) return "Kunde inte tolkas: området har inga belopp.";
        const NotUnderstood& first = report.not_understood.front();
        if (!first.leaves_something_unread() && unread == 0) return "Inget att kontrollera: " + not_understood(first) + ".";
        return "Kunde inte tolkas: " + not_understood(first) + ".";
    }
    // Never "Allt stämmer" over figures that were not read.
    const std::string left = unread == 0 ? std::string()
                                         : " " + std::to_string(unread) +
                                               (unread == 1 ? " del kunde inte tolkas." : " delar kunde inte tolkas.");
    if (n == 0) return (unread == 0 ? "Allt stämmer: " : "Inga avvikelser i det som kunde läsas: ") + checks + left;
    return std::to_string(n) + (n == 1 ? " avvikelse, " : " avvikelser, ") + checks + left;
}

}  // namespace finsam::messages
