// The budget tables of the seed documents as an ekonom selects them, for the unit tests.
#pragma once

#include "helpers.hpp"

namespace finsam::test {

// Seed 000, "Prognos treårs budget": income block (labels + 2020, 2021, 2022).
inline Grid seed000_income() {
    return grid({{"Medlemsbidrag", 7156000, 7156000, 7156000},
                 {"ESF ALL-IN", 11300000, 11000000, 300000},
                 {"ESF Friska Vindar", 1300000, {}, {}},
                 {"Eget kapital", 269000, {}, {}},
                 {{}, 20025000, 18156000, 7456000}});
}

inline Grid seed000_costs() {
    return grid({{"Insatser", {}, {}, {}},
                 {"Ny Samverkansinsats Lilla Edet", 1100000, 1100000, 1100000},
                 {"ALL-IN", 11800000, 11500000, 380000},
                 {"Friska Vindar, förlängn metod", 2000000, {}, {}},
                 {"Friska vindar 2.0 Trollhättan", 2400000, 2900000, 2900000},
                 {"Case manager / Samverkansinsats Grästorp", 300000, 300000, 300000},
                 {"Ny insats HR Lilla Edet", 65000, {}, {}},
                 {"Nya insatser", 210000, 1000000, 1000000},
                 {{}, 17875000, 16800000, 5680000},
                 {"Struktur", {}, {}, {}},
                 {"Jämställdhetsintegrering", 130000, 130000, 130000},
                 {"Kunskap och kompetensutveckling", 300000, 300000, 300000},
                 {"Uppföljning Utvärdering", 100000, 100000, 100000},
                 {"Information och övrigt", 30000, 30000, 30000},
                 {{}, 560000, 560000, 560000},
                 {"Kansli", {}, {}, {}},
                 {"Fbch, admin", 1000000, 1000000, 1000000},
                 {"Styrelse", 255000, 255000, 255000},
                 {"Ekonom", 285000, 285000, 285000},
                 {"Revision", 50000, 50000, 50000},
                 {{}, 1590000, 1590000, 1590000}});
}

// Seed 002, 2021, in tkr.
inline Grid seed002_income() {
    return grid({{"Intäkter", "Tkr"},
                 {"Staten (försäkringskassan & arbetsförmedlingen)", 2831},
                 {"Region Skåne", 1415},
                 {"Simrishamns kommun", 326},
                 {"Sjöbo kommun", 326},
                 {"Tomelilla kommun", 240},
                 {"Ystad kommun", 524},
                 {"ESF Iris", 1420},
                 {"Summa intäkter", 7082}});
}

inline Grid seed002_costs() {
    return grid({{"Insatser", {}},
                 {"Utvärderingar", 150},
                 {"Möjligheternas hus", 500},
                 {"Samverkande konferenser", 100},
                 {"Mariamottagningen", 3650},
                 {"ESF Iris gemensamma kostnader", 190},
                 {"ESF Iris", 3154},
                 {"Summa insatskostnader", 7744},
                 {{}, {}},
                 {"Beräknade kostnader", {}},
                 {"Interna kostnader", "Tkr"},
                 {"Förbundschef (inlånad 42%)", 400},
                 {"Styrelse", 150},
                 {"Information, IT", 25},
                 {"Ekonomiadministration", 35},
                 {"Revision", 55},
                 {"Kurser och konferenser", 30},
                 {"Föreningsavgifter", 10},
                 {"Övrigt", 15},
                 {"Summa interna kostnader", 720},
                 {"Totala kostnader", 8464}});
}

// Seed 003: income and costs, five columns (Budget 2020, Prognos 2020, Budget 2021, Plan 2022, Plan 2023).
inline Grid seed003_income() {
    return grid({{{}, "Budget 2020", "Prognos 2020", "Budget 2021", "Plan 2022", "Plan 2023"},
                 {"Intäkter", {}, {}, {}, {}, {}},
                 {"Gislaveds kommun", 519200, 519700, 520300, 520300, 520300},
                 {"Gnosjö kommun", 170100, 168500, 168700, 168700, 168700},
                 {"Värnamo kommun", 598700, 599800, 600500, 600500, 600500},
                 {"Region Jönköpings län", 1288000, 1288000, 1289500, 1289500, 1289500},
                 {"Staten gm Försäkringskassan", 2576000, 2576000, 2579000, 2579000, 2579000},
                 {"Balanserat resultat", 1409579, 1689771, 1824471, 49671, 50071},
                 {"Summa intäkter", 6561579, 6841771, 6982471, 5207671, 5208071}});
}

inline Grid seed003_costs() {
    return grid({{"Kostnader", {}, {}, {}, {}, {}},
                 {"Stöd till arbete - SE/IPS", 1520000, 1434300, 0, 0, 0},
                 {"IT-spåret", 200000, 190000, 180000, 180000, 0},
                 {"Mitt Val", 1092000, 720000, 1080000, 0, 0},
                 {"Nya Vägar", 1200000, 1150000, 1091700, 0, 0},
                 {"Projekt Samverkan i GG(V)", 692000, 591000, 0, 0, 0},
                 {"Gemensamma projektkostnader", 50000, 50000, 52000, 54000, 56000},
                 {"Utrymme nya insatser", 800000, 0, 2800000, 3200000, 3300000},
                 {"Verksamhetsutvecklare", 0, 0, 824100, 844600, 865700},
                 {"Kompetensutveckling", 200000, 160000, 200000, 200000, 200000},
                 {"Delsumma verksamheter", 5754000, 4295300, 6227800, 4478600, 4421700},
                 {"Kansli", 605000, 580000, 500000, 520000, 540000},
                 {"Information", 25000, 15000, 75000, 25000, 25000},
                 {"Styrelse", 5000, 2000, 3000, 5000, 5000},
                 {"Ekonomihantering", 75000, 75000, 77000, 79000, 81000},
                 {"Revision", 35000, 50000, 50000, 50000, 50000},
                 {"Delsumma administration", 745000, 722000, 705000, 679000, 701000},
                 {"Summa kostnader", 6499000, 5017300, 6932800, 5157600, 5122700}});
}

// Seed 000's three-year table as printed: header, income, its sum, cost groups, result.
inline Grid seed000_table(double nya_samverkansinsats_2021 = 1100000, double result_2022 = -374000) {
    Grid g = stacked({grid({{{}, "2020", "2021", "2022"}}), seed000_income(), seed000_costs(),
                      grid({{"Resultat", -269000, -794000, result_2022}})});
    g.at(7, 2) = Cell::of(nya_samverkansinsats_2021);  // Ny Samverkansinsats Lilla Edet, 2021
    return g;
}

}  // namespace finsam::test
