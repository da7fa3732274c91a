// What is wrong with an argument, one row per Fault (addin/core/problem.hpp): the Swedish sentence
// that follows "Fel i <argument>: " in a cell, and its English twin beside it. Named places:
//   {where}        the cell: "cell 3", "rad 2, kolumn 3", "värdet"
//   {text}         the cell's text, quoted and shortened
//   {count}, {other_count}, {grouped_count} ("10 000"), {values} ("3 värden"), {other} (the other argument's name)
//   {amount}, {limit}   amounts in kronor, Swedish style ("7 156 000")
// `sv_neuter` is the sentence when {where} is "värdet" (a neuter noun: "tomt", "stort"), where the
// adjective's form differs; empty when it is the same.
#pragma once

#include "problem.hpp"

#include <array>
#include <string_view>

namespace finsam::messages {

struct FaultWords {
    Fault fault;
    std::string_view sv, sv_neuter, en;
};

inline constexpr std::array kFaultWords{
    FaultWords{Fault::CellText, "{where} är text ({text}), inte ett tal.", "", "{where} is text ({text}), not a number."},
    FaultWords{Fault::CellEmpty, "{where} är tom.", "{where} är tomt.", "{where} is empty."},
    FaultWords{Fault::CellNotFinite, "{where} är inte ett ändligt tal.", "", "{where} is not a finite number."},
    FaultWords{Fault::CellTooLarge, "{where} är orimligt stor (över 10 000 miljarder).",
               "{where} är orimligt stort (över 10 000 miljarder).", "{where} is unreasonably large (over 10 000 billion)."},
    FaultWords{Fault::CellFractionOfOre, "{where} har delar av ett öre.", "", "{where} has fractions of an öre."},
    FaultWords{Fault::CellShowsError, "{where} visar ett fel ({text}) i stället för ett belopp; rätta det först.", "",
               "{where} shows an error ({text}) instead of an amount; correct it first."},
    FaultWords{Fault::RangeMissing, "området saknas.", "", "the range is missing."},
    FaultWords{Fault::ValueMissing, "värde saknas.", "", "the value is missing."},
    FaultWords{Fault::ValuesMissing, "värden saknas.", "", "the values are missing."},
    FaultWords{Fault::NotSingleCell, "ska vara en enda cell, inte ett område med {count} × {other_count} celler.", "",
               "must be a single cell, not a range of {count} × {other_count} cells."},
    FaultWords{Fault::NotSingleCellBrief, "ska vara en enda cell.", "", "must be a single cell."},
    FaultWords{Fault::NotVector, "ska vara en kolumn eller en rad, inte ett område med {count} rader och {other_count} kolumner.",
               "", "must be a column or a row, not a range of {count} rows and {other_count} columns."},
    FaultWords{Fault::NotVectorOrCell, "ska vara en cell, en rad eller en kolumn.", "", "must be a cell, a row or a column."},
    FaultWords{Fault::CountMismatch, "har {values} men {other} har {other_count}.", "",
               "has {count} values but {other} has {other_count}."},
    FaultWords{Fault::TotalPerPeriod, "har {values} men {other} har {other_count} periodkolumner; ange en summa per period.",
               "", "has {count} values but {other} has {other_count} period columns; give one total per period."},
    FaultWords{Fault::PeriodMismatch, "har {count} periodkolumner men {other} har {other_count}.", "",
               "has {count} period columns but {other} has {other_count}."},
    FaultWords{Fault::NamePerResult, "ska ha ett namn per resultat ({count} st) i en rad eller en kolumn.", "",
               "needs one name per result ({count}) in a row or a column."},
    FaultWords{Fault::NoAmounts, "området har inga belopp.", "", "the range holds no amounts."},
    FaultWords{Fault::UnitNotShortText, "ange en kort text som kr eller tkr.", "", "give a short text such as kr or tkr."},
    FaultWords{Fault::NegativeTolerance, "kan inte vara negativ.", "", "cannot be negative."},
    FaultWords{Fault::StateLinesChoice, "ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad).", "",
               "give 1 (the state on one line) or 2 (FK and AF on a line each)."},
    FaultWords{Fault::BaseChoice, "ange 0 (beloppet är totalen) eller 1 (beloppet är statens tilldelning).", "",
               "give 0 (the amount is the total) or 1 (the amount is the state's allocation)."},
    FaultWords{Fault::StepNotPositive, "avrundningssteget måste vara större än noll.", "",
               "the rounding step must be greater than zero."},
    FaultWords{Fault::AmountNotPositive, "beloppet måste vara större än noll.", "", "the amount must be greater than zero."},
    FaultWords{Fault::NotDivisibleByStep, "{amount} är inte jämnt delbart med avrundningssteget {limit}.", "",
               "{amount} is not a whole multiple of the rounding step {limit}."},
    FaultWords{Fault::TotalTooLarge, "totalen blir orimligt stor.", "", "the total becomes unreasonably large."},
    FaultWords{Fault::KeyEmpty, "nyckeln är tom; ange minst en kommun.", "", "the key is empty; give at least one municipality."},
    FaultWords{Fault::KeyTooMany, "fler än {grouped_count} kommuner.", "", "more than {grouped_count} municipalities."},
    FaultWords{Fault::KeyNegative, "{where} är negativ; en nyckel kan inte vara mindre än noll.", "",
               "{where} is negative; a key cannot be less than zero."},
    FaultWords{Fault::KeyTooLarge, "{where} är orimligt stor (över 1 000 000 000).", "",
               "{where} is unreasonably large (over 1 000 000 000)."},
    FaultWords{Fault::KeyAllZero, "alla värden är noll; minst en kommun måste ha en andel.", "",
               "every value is zero; at least one municipality must have a share."},
    FaultWords{Fault::OpeningMissing, "ingående eget kapital saknas för den första perioden.", "",
               "the opening equity of the first period is missing."},
    FaultWords{Fault::ContributionsNotPositive, "medlemsbidragen måste vara större än noll.", "",
               "the member contributions must be greater than zero."},
    FaultWords{Fault::ContributionsNegative, "medlemsbidragen kan inte vara negativa.", "",
               "the member contributions cannot be negative."},
    FaultWords{Fault::StaircaseColumns, "ska ha två kolumner (gräns för medlemsbidrag, högsta andel), inte {count}.", "",
               "needs two columns (threshold of member contributions, highest share), not {count}."},
    FaultWords{Fault::StaircaseShare, "{where}: andelen ska vara mellan 0 % och 100 % (skriv t.ex. 20 % eller 0,2).", "",
               "{where}: the share must be between 0 % and 100 % (type e.g. 20 % or 0.2)."},
    FaultWords{Fault::StaircaseOrder, "{where}: gränserna ska öka uppifrån och ned.", "",
               "{where}: the thresholds must increase from top to bottom."},
    FaultWords{Fault::StaircaseEmpty, "trappan har inga steg.", "", "the staircase has no steps."},
    FaultWords{Fault::NoStepApplies, "inget steg gäller för medlemsbidrag på {amount}; trappans första gräns är {limit}.", "",
               "no step applies to member contributions of {amount}; the staircase's first threshold is {limit}."},
    // Not the user's input: the whole message, without "Fel i <argument>: ".
    FaultWords{Fault::Overflow, "Fel: beloppen är för stora för att räknas exakt.", "",
               "Error: the amounts are too large to be computed exactly."},
    FaultWords{Fault::OutOfMemory, "Fel: området är för stort för minnet.", "", "Error: the range is too large for memory."},
    FaultWords{Fault::Internal, "Internt fel i finsam-calc.", "", "Internal error in finsam-calc."},
};
static_assert(kFaultWords.size() == static_cast<std::size_t>(Fault::Internal) + 1, "every Fault has its words");

}  // namespace finsam::messages
