// The words by which a row's label says what the row is. The layout engine matches them and the
// generated docs/functions.md lists them, so users read exactly what the code does.
// Labels are compared after normalize_label (lower case, single spaces, no trailing ':' or '.').
#pragma once

#include <array>
#include <string_view>

namespace finsam::label_words {

// Subtotal or total: the label starts with one of these words...
inline constexpr std::array<std::string_view, 5> kSubtotalFirstWords = {"summa", "delsumma", "s:a", "sum",
                                                                        "subtotal"};
// ...or with "total" in any form (totalt, totala, totalkostnad, TOTAL KOSTNAD)...
inline constexpr std::string_view kTotalPrefix = "total";
// ...or ends with one of these.
inline constexpr std::array<std::string_view, 4> kSubtotalEndings = {"(summa)", " summa", " totalt", " total"};

// Derived rows, never lines: the result of the year, and the closing equity (opening + result),
// recognised by how the label starts.
inline constexpr std::array<std::string_view, 6> kResultStarts = {
    "resultat", "årets resultat", "beräknat resultat", "budgeterat resultat", "prognostiserat resultat",
    "periodens resultat"};
inline constexpr std::array<std::string_view, 7> kClosingEquityStarts = {
    "prel", "preliminärt", "utgående eget kapital", "eget kapital efter", "ub eget kapital", "utgående balans",
    "ub balanserat"};
// Equity at a period's end under any other name (issue 20): a label naming equity ("eget kapital",
// "balanserat resultat", "balanserade medel") that also says it is the closing figure:
// "Eget kapital 31 december", "... vid årets slut", "... vid periodens slut", "... 2024-12-31".
inline constexpr std::array<std::string_view, 3> kEquityWords = {"eget kapital", "balanserat resultat",
                                                                 "balanserade medel"};
inline constexpr std::array<std::string_view, 7> kClosingWords = {"31 dec", "12-31", "31/12", "slut", "utgång",
                                                                  "utgående", "bokslut"};

// Money taken from equity, listed among income but not income of the year: the label contains one
// of these.
inline constexpr std::array<std::string_view, 9> kEquityDrawParts = {
    "eget kapital", "balanserat resultat",   "balanserade medel",      "egna medel",
    "överskott föregående", "överskott från föregående", "tidigare års överskott", "ackumulerat överskott",
    "ingående balans"};

// A table's header row may print years over its amount columns ("Post | 2021 | 2022"): the row is
// a header, not figures, when its label is empty or one of these (or when it prints two or more
// years in order).
inline constexpr std::array<std::string_view, 16> kHeaderLabels = {
    "post",   "poster", "benämning", "rad",    "text",      "konto",    "intäkter", "kostnader",
    "budget", "år",     "period",    "belopp", "finansiär", "medlem",   "tkr",      "kr"};

}  // namespace finsam::label_words
