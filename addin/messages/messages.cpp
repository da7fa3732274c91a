#include "messages.hpp"

#include "function_table.hpp"
#include "swedish_format.hpp"

#include <algorithm>

namespace finsam::messages {

namespace {

std::string n(std::int64_t v) { return std::to_string(v); }
std::string amount(std::int64_t ore) { return format_amount(Money::from_ore(ore)); }

// "1 värde", "2 värden".
std::string values(std::int64_t count) { return n(count) + (count == 1 ? " värde" : " värden"); }

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

// What is wrong, after "Fel i <argument>: ".
std::string what(const meta::Function& f, const Problem& p) {
    const std::string w = where(p.where);
    // "värdet" is neuter, "cell 2" and "rad 2, kolumn 3" are not: the adjective agrees.
    const bool neuter = p.where.form == Where::Form::Value;
    const std::string other = param_name(f, p.other_arg);
    switch (p.fault) {
        case Fault::CellText: return w + " är text (" + quote_text(p.text) + "), inte ett tal.";
        case Fault::CellEmpty: return w + (neuter ? " är tomt." : " är tom.");
        case Fault::CellNotFinite: return w + " är inte ett ändligt tal.";
        case Fault::CellTooLarge:
            return w + (neuter ? " är orimligt stort" : " är orimligt stor") + " (över 10 000 miljarder).";
        case Fault::CellFractionOfOre: return w + " har delar av ett öre.";
        case Fault::CellShowsError:
            return w + " visar ett fel (" + quote_text(p.text) + ") i stället för ett belopp; rätta det först.";
        case Fault::RangeMissing: return "området saknas.";
        case Fault::ValueMissing: return "värde saknas.";
        case Fault::ValuesMissing: return "värden saknas.";
        case Fault::NotSingleCell:
            return "ska vara en enda cell, inte ett område med " + n(p.count) + " × " + n(p.other_count) + " celler.";
        case Fault::NotSingleCellBrief: return "ska vara en enda cell.";
        case Fault::NotVector:
            return "ska vara en kolumn eller en rad, inte ett område med " + n(p.count) + " rader och " +
                   n(p.other_count) + " kolumner.";
        case Fault::NotVectorOrCell: return "ska vara en cell, en rad eller en kolumn.";
        case Fault::CountMismatch: return "har " + values(p.count) + " men " + other + " har " + n(p.other_count) + ".";
        case Fault::TotalPerPeriod:
            return "har " + values(p.count) + " men " + other + " har " + n(p.other_count) +
                   " periodkolumner; ange en summa per period.";
        case Fault::PeriodMismatch:
            return "har " + n(p.count) + " periodkolumner men " + other + " har " + n(p.other_count) + ".";
        case Fault::NamePerResult:
            return "ska ha ett namn per resultat (" + n(p.count) + " st) i en rad eller en kolumn.";
        case Fault::NoAmounts: return "området har inga belopp.";
        case Fault::UnitNotShortText: return "ange en kort text som kr eller tkr.";
        case Fault::NegativeTolerance: return "kan inte vara negativ.";
        case Fault::StateLinesChoice: return "ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad).";
        case Fault::BaseChoice: return "ange 0 (beloppet är totalen) eller 1 (beloppet är statens tilldelning).";
        case Fault::StepNotPositive: return "avrundningssteget måste vara större än noll.";
        case Fault::AmountNotPositive: return "beloppet måste vara större än noll.";
        case Fault::NotDivisibleByStep:
            return amount(p.amount_ore) + " är inte jämnt delbart med avrundningssteget " + amount(p.limit_ore) + ".";
        case Fault::TotalTooLarge: return "totalen blir orimligt stor.";
        case Fault::KeyEmpty: return "nyckeln är tom; ange minst en kommun.";
        case Fault::KeyTooMany: return "fler än " + format_amount(Money::kronor(p.count)) + " kommuner.";
        case Fault::KeyNegative: return w + " är negativ; en nyckel kan inte vara mindre än noll.";
        case Fault::KeyTooLarge: return w + " är orimligt stor (över 1 000 000 000).";
        case Fault::KeyAllZero: return "alla värden är noll; minst en kommun måste ha en andel.";
        case Fault::OpeningMissing: return "ingående eget kapital saknas för den första perioden.";
        case Fault::ContributionsNotPositive: return "medlemsbidragen måste vara större än noll.";
        case Fault::ContributionsNegative: return "medlemsbidragen kan inte vara negativa.";
        case Fault::StaircaseColumns:
            return "ska ha två kolumner (gräns för medlemsbidrag, högsta andel), inte " + n(p.count) + ".";
        case Fault::StaircaseShare: return w + ": andelen ska vara mellan 0 % och 100 % (skriv t.ex. 20 % eller 0,2).";
        case Fault::StaircaseOrder: return w + ": gränserna ska öka uppifrån och ned.";
        case Fault::StaircaseEmpty: return "trappan har inga steg.";
        case Fault::NoStepApplies:
            return "inget steg gäller för medlemsbidrag på " + amount(p.amount_ore) + "; trappans första gräns är " +
                   amount(p.limit_ore) + ".";
        case Fault::Overflow:
        case Fault::OutOfMemory:
        case Fault::Internal: break;
    }
    return "kan inte läsas.";
}

}  // namespace

std::string problem(std::string_view method, const Problem& p) {
    switch (p.fault) {
        case Fault::Overflow: return "Fel: beloppen är för stora för att räknas exakt.";
        case Fault::OutOfMemory: return "Fel: området är för stort för minnet.";
        case Fault::Internal:
            return p.text.empty() ? "Internt fel i finsam-calc." : "Internt fel i finsam-calc: " + p.text;
        default: break;
    }
    const meta::Function* f = meta::find_function(method);
    if (!f) return "Internt fel i finsam-calc.";
    return "Fel i " + param_name(*f, p.arg) + ": " + what(*f, p);
}

std::string sum_check(const std::vector<SumMismatch>& mismatches, std::size_t periods, std::string_view unit) {
    const auto with_unit = [&](Money m) { return format_amount(m) + (unit.empty() ? "" : " " + std::string(unit)); };
    std::string out;
    for (const SumMismatch& m : mismatches) {
        if (!out.empty()) out += ' ';
        if (periods > 1)
            out += (m.period_name.empty() ? "Period " + std::to_string(m.period + 1) : m.period_name) + ": ";
        out += "Raderna summerar till " + with_unit(m.sum) + " men summan anges till " + with_unit(m.stated) +
               " (skillnad " + with_unit(m.difference()) + ").";
    }
    return out.empty() ? std::string(kOk) : out;
}

std::string ceiling_excess(const CeilingExcess& e, std::string_view unit) {
    const auto with_unit = [&](Money m) { return format_amount(m) + (unit.empty() ? "" : " " + std::string(unit)); };
    return "Eget kapital " + with_unit(e.equity) + " är " + with_unit(e.excess()) + " över taket " +
           with_unit(e.ceiling.amount) + " (" + format_share(e.ceiling.share_ppm) + " av medlemsbidragen " +
           with_unit(e.contributions) + ").";
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

// What the relation that gives a figure's correct value says it is.
std::string what_it_is(const AuditFinding& f) {
    switch (f.check) {
        case AuditCheck::SumOfLines: return "summan av raderna";
        case AuditCheck::TotalOfSubtotals: return "summan av delsummorna";
        case AuditCheck::Result: return "intäkter − kostnader";
        case AuditCheck::ClosingEquity: return "ingående eget kapital + intäkter − kostnader";
        case AuditCheck::EquityTable: return "ingående eget kapital + resultat";
        case AuditCheck::Members:
            return std::to_string(f.quarters * 25) + " % av medlemsbidragen " + format_amount(f.base);
        case AuditCheck::Share: return f.share_text + " av " + format_amount(f.base);
        case AuditCheck::Chain:
            return "utgående eget kapital " + (f.prior_period.empty() ? "kolumn " + column_letters(f.prior_col) : f.prior_period);
    }
    return {};
}

}  // namespace

static std::string missing_line(Money amount) {
    return " Det kan också saknas en rad på " + format_amount(amount) + ".";
}

std::string slip(const AuditFinding& f) {
    const Slip& s = f.slip;
    switch (s.kind) {
        case SlipKind::None: return {};
        case SlipKind::Transposed: return "Troligen två siffror omkastade.";
        case SlipKind::OneDigit: return "Troligen en felskriven siffra.";
        case SlipKind::SignFlipped: return "Troligen fel tecken.";
        case SlipKind::Thousandfold: return "Troligen kr och tkr förväxlade (faktor 1 000).";
        case SlipKind::CountedTwice: return "Troligen är raden " + s.what + " medräknad två gånger.";
        case SlipKind::LeftOut: return "Troligen saknas raden " + s.what + " i summan.";
        case SlipKind::CopiedFromNeighbour: return "Troligen kopierad från " + s.what + ".";
        case SlipKind::MistypedBase:
            return "Troligen räknad på fel bas: " + format_amount(s.base) + " i stället för " + format_amount(s.correct_base) + " (" +
                   digit_slip_text(s.base_slip) + ").";
    }
    return {};
}

std::string finding(const AuditFinding& f) {
    const std::string head = finding_label(f) + ", " + finding_period(f) + ": anges " + format_amount(f.stated);
    const std::string diff = " (skillnad " + format_amount(f.stated - f.computed) + ").";
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
                 ? " = " + what_it_is(f)
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
    std::string relation;
    switch (f.check) {
        case AuditCheck::SumOfLines: relation = "raderna ger"; break;
        case AuditCheck::TotalOfSubtotals: relation = "delsummorna ger"; break;
        case AuditCheck::Result: relation = "intäkter − kostnader ger"; break;
        case AuditCheck::ClosingEquity: relation = "ingående eget kapital + intäkter − kostnader ger"; break;
        case AuditCheck::EquityTable: relation = "ingående eget kapital + resultat ger"; break;
        case AuditCheck::Members:
            relation = "är inte " + std::to_string(f.quarters * 25) + " % av medlemsbidragen " + format_amount(f.base) +
                       ", som ger";
            break;
        case AuditCheck::Share: relation = f.share_text + " av medlemsbidragen " + format_amount(f.base) + " är"; break;
        case AuditCheck::Chain: {
            const std::string prior = f.prior_period.empty() ? "kolumn " + column_letters(f.prior_col) : f.prior_period;
            relation = "men utgående eget kapital " + prior + " är";
            break;
        }
    }
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
    }
    return "okänt";
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
