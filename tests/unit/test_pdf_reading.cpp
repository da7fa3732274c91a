// The PDF reader (addin/readers/pdf_reading): pdftotext's word boxes made by hand for each thing a
// published plan does, and the plans of tests/audit/documents (Writer's PDFs of the seed texts) read
// back to the same tables and figures as the texts.
#include "document_audit.hpp"
#include "document_tables.hpp"
#include "finsam_audit.hpp"
#include "pdf_reading.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace finsam;
namespace fs = std::filesystem;

namespace {

// pdftotext -bbox-layout output written by hand: every character 6 pt wide, a word space 3 pt, a
// line 13 pt high (a 10 pt face), as Writer sets a table in Liberation Serif.
class BboxPdf {
public:
    static constexpr double kChar = 6.0, kSpace = 3.0, kHeight = 13.0;

    void page() {
        end_page();
        out_ += "  <page width=\"595.000000\" height=\"842.000000\">\n    <flow>\n      <block>\n";
        open_ = true;
    }
    // The words of `text`, the first starting at x; returns where the last ends.
    double left(double x, double y, std::string_view text) {
        if (!open_) page();
        std::size_t i = 0;
        while (i < text.size()) {
            std::size_t j = text.find(' ', i);
            if (j == std::string_view::npos) j = text.size();
            const std::string_view word = text.substr(i, j - i);
            const double w = kChar * static_cast<double>(chars(word));
            out_ += "        <word xMin=\"" + num(x) + "\" yMin=\"" + num(y) + "\" xMax=\"" + num(x + w) + "\" yMax=\"" +
                    num(y + kHeight) + "\">" + escape(word) + "</word>\n";
            x += w + kSpace;
            i = j + 1;
        }
        return x - kSpace;
    }
    // The words of `text` ending at x (a right-aligned cell).
    void right(double x, double y, std::string_view text) { left(x - width(text), y, text); }
    static double width(std::string_view text) {
        double w = 0;
        std::size_t words = 1;
        for (char c : text) words += c == ' ';
        w = kChar * static_cast<double>(chars(text) - (words - 1)) + kSpace * static_cast<double>(words - 1);
        return w;
    }
    std::string xhtml() {
        end_page();
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<title>t</title>\n</head>\n"
               "<body>\n<doc>\n" +
               out_ + "</doc>\n</body>\n</html>\n";
    }

private:
    static std::size_t chars(std::string_view s) {
        std::size_t n = 0;
        for (char c : s)
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
        return n;
    }
    static std::string num(double v) {
        std::ostringstream o;
        o.setf(std::ios::fixed);
        o.precision(6);
        o << v;
        return o.str();
    }
    static std::string escape(std::string_view s) {
        std::string e;
        for (char c : s) {
            if (c == '&') e += "&amp;";
            else if (c == '<') e += "&lt;";
            else if (c == '>') e += "&gt;";
            else if (c == '"') e += "&quot;";
            else e += c;
        }
        return e;
    }
    void end_page() {
        if (open_) out_ += "      </block>\n    </flow>\n  </page>\n";
        open_ = false;
    }
    std::string out_;
    bool open_ = false;
};

constexpr double kPitch = 16.0;  // one table row to the next: 13 pt of text and 3 pt between

bool number_at(const Grid& g, std::size_t r, std::size_t c, double v) {
    return r < g.rows() && c < g.cols() && g.at(r, c).is_number() && g.at(r, c).number == v;
}
std::string text_at(const Grid& g, std::size_t r, std::size_t c) {
    return r < g.rows() && c < g.cols() && g.at(r, c).is_text() ? g.at(r, c).text : std::string("<not text>");
}

}  // namespace

TEST_CASE("PDF: two columns whose figures nearly touch are two amounts, not one", "[audit][pdf]") {
    // "1 300 000" ends at 300 and "500 000" starts a word space later: -layout prints
    // "1 300 000 500 000", one amount to a reader of the text. The other rows show the columns.
    BboxPdf pdf;
    double y = 100;
    pdf.left(60, y, "Intäkter");
    pdf.right(300, y, "2021");
    pdf.right(303 + BboxPdf::width("500 000"), y, "2022");
    const double col2 = 303 + BboxPdf::width("500 000");
    y += kPitch;
    pdf.left(60, y, "ESF-projekt");
    pdf.right(300, y, "1 300 000");
    pdf.right(col2, y, "500 000");
    y += kPitch;
    pdf.left(60, y, "Kansli");
    pdf.right(300, y, "200 000");
    pdf.right(col2, y, "90 000");
    y += kPitch;
    pdf.left(60, y, "Summa");
    pdf.right(300, y, "1 500 000");
    pdf.right(col2, y, "590 000");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.cols() == 3);
    REQUIRE(g.rows() == 4);
    CHECK(text_at(g, 0, 1) == "2021");
    CHECK(text_at(g, 0, 2) == "2022");
    CHECK(text_at(g, 1, 0) == "ESF-projekt");
    CHECK(number_at(g, 1, 1, 1300000));
    CHECK(number_at(g, 1, 2, 500000));
    CHECK(number_at(g, 3, 1, 1500000));
    CHECK(number_at(g, 3, 2, 590000));
    CHECK(doc.tables[0].place == "sida 1, rad 1\xE2\x80\x93" "4");
    CHECK(doc.tables[0].row_place[1] == "sida 1, rad 2");
    CHECK(doc.paragraphs.empty());
}

TEST_CASE("PDF: a single column of amounts with headings inside, text around it", "[audit][pdf]") {
    BboxPdf pdf;
    double y = 60;
    pdf.left(57, y, "Budgeten för 2021 bygger på medlemmarnas bidrag och ESF-medel enligt");
    y += 15;
    pdf.left(57, y, "tabellen nedan.");
    y += 25;
    pdf.left(60, y, "Intäkter");
    pdf.left(400, y, "Tkr");
    y += kPitch;
    pdf.left(60, y, "Staten (försäkringskassan & arbetsförmedlingen)");
    pdf.left(400, y, "2831");
    y += kPitch;
    pdf.left(60, y, "Region Skåne");
    pdf.left(400, y, "1415");
    y += kPitch;
    pdf.left(60, y, "Summa intäkter");
    pdf.left(400, y, "4 246");
    y += kPitch;
    pdf.left(60, y, "Kostnader");
    y += kPitch;
    pdf.left(60, y, "Kansli");
    pdf.left(400, y, "720");
    y += kPitch;
    pdf.left(60, y, "Summa kostnader");
    pdf.left(400, y, "720 tkr");
    y += 25;
    pdf.left(57, y, "Resultatet blir ett överskott.");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.rows() == 7);
    REQUIRE(g.cols() == 2);
    CHECK(text_at(g, 0, 0) == "Intäkter");
    CHECK(text_at(g, 0, 1) == "Tkr");
    CHECK(text_at(g, 1, 0) == "Staten (försäkringskassan & arbetsförmedlingen)");
    CHECK(number_at(g, 1, 1, 2831));
    CHECK(number_at(g, 3, 1, 4246));
    CHECK(text_at(g, 4, 0) == "Kostnader");
    CHECK(g.at(4, 1).is_empty());
    CHECK(number_at(g, 6, 1, 720));
    CHECK(doc.tables[0].place == "sida 1, rad 3\xE2\x80\x93" "9");
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[0].text ==
          "Budgeten för 2021 bygger på medlemmarnas bidrag och ESF-medel enligt tabellen nedan.");
    CHECK(doc.paragraphs[0].place == "sida 1, rad 1");
    CHECK(doc.paragraphs[1].text == "Resultatet blir ett överskott.");
    CHECK(doc.paragraphs[1].place == "sida 1, rad 10");
    // The audit reads it as a table of its own.
    const AuditReport report = audit_grid(g);
    CHECK(report.findings.empty());
    CHECK(report.checks > 0);
}

TEST_CASE("PDF: years over the columns are their names, three periods in one row", "[audit][pdf]") {
    BboxPdf pdf;
    double y = 100;
    pdf.right(300, y, "2020");
    pdf.right(380, y, "2021");
    pdf.right(460, y, "2022");
    y += kPitch;
    pdf.left(60, y, "Medlemsbidrag");
    pdf.right(300, y, "7 156 000");
    pdf.right(380, y, "7 156 000");
    pdf.right(460, y, "7 156 000");
    y += kPitch;
    pdf.left(60, y, "ESF Friska Vindar");
    pdf.right(300, y, "1 300 000");
    y += kPitch;
    pdf.right(300, y, "8 456 000");
    pdf.right(380, y, "7 156 000");
    pdf.right(460, y, "7 156 000");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.rows() == 4);
    REQUIRE(g.cols() == 4);
    CHECK(g.at(0, 0).is_empty());
    CHECK(text_at(g, 0, 1) == "2020");
    CHECK(text_at(g, 0, 3) == "2022");
    CHECK(number_at(g, 1, 1, 7156000));
    CHECK(number_at(g, 1, 2, 7156000));
    CHECK(number_at(g, 1, 3, 7156000));
    CHECK(number_at(g, 2, 1, 1300000));
    CHECK(g.at(2, 2).is_empty());
    CHECK(g.at(2, 3).is_empty());
    CHECK(g.at(3, 0).is_empty());
    CHECK(number_at(g, 3, 1, 8456000));
    const AuditReport report = audit_grid(g);
    CHECK(report.findings.empty());
}

TEST_CASE("PDF: a header wrapped in its cells and a label wrapped in its cell", "[audit][pdf]") {
    BboxPdf pdf;
    double y = 100;
    pdf.left(220, y, "Budget");
    pdf.left(300, y, "Prognos");
    y += 12;  // the second line of the same cells
    pdf.left(220, y, "2020");
    pdf.left(300, y, "2020");
    y += kPitch;
    pdf.left(60, y, "Gemensamma");
    pdf.right(280, y, "50 000");
    pdf.right(360, y, "50 000");
    y += 12;
    pdf.left(60, y, "projektkostnader");
    y += kPitch;
    pdf.left(60, y, "Kansli");
    pdf.right(280, y, "605 000");
    pdf.right(360, y, "580 000");
    y += kPitch;
    pdf.left(60, y, "Summa kostnader");
    pdf.right(280, y, "655 000");
    pdf.right(360, y, "630 000");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.rows() == 4);
    REQUIRE(g.cols() == 3);
    CHECK(text_at(g, 0, 1) == "Budget 2020");
    CHECK(text_at(g, 0, 2) == "Prognos 2020");
    CHECK(text_at(g, 1, 0) == "Gemensamma projektkostnader");
    CHECK(number_at(g, 1, 1, 50000));
    CHECK(text_at(g, 2, 0) == "Kansli");
    CHECK(doc.tables[0].row_place[2] == "sida 1, rad 5");
    CHECK(doc.tables[0].place == "sida 1, rad 1\xE2\x80\x93" "6");
    const AuditReport report = audit_grid(g);
    CHECK(report.findings.empty());
    CHECK(report.checks >= 2);
}

TEST_CASE("PDF: a table that goes on over a page break is one table, another after it is not", "[audit][pdf]") {
    BboxPdf pdf;
    pdf.page();
    pdf.left(57, 700, "Kostnader för insatserna:");
    double y = 730;
    const char* lines[][3] = {{"Utvärderingar", "150", "160"}, {"Möjligheternas hus", "500", "0"},
                              {"Samverkande konferenser", "100", "100"}, {"Mariamottagningen", "3 650", "3 700"}};
    for (auto& l : lines) {
        pdf.left(60, y, l[0]);
        pdf.right(420, y, l[1]);
        pdf.right(500, y, l[2]);
        y += kPitch;
    }
    pdf.left(280, 810, "3");  // the page number in the footer
    pdf.page();
    y = 40;
    pdf.left(60, y, "ESF Iris");
    pdf.right(420, y, "3 154");
    pdf.right(500, y, "3 000");
    y += kPitch;
    pdf.left(60, y, "Summa insatskostnader");
    pdf.right(420, y, "7 554");
    pdf.right(500, y, "6 960");
    y += 30;
    pdf.left(57, y, "Medlemmarnas andelar:");
    y += 25;
    pdf.left(60, y, "Falkenbergs kommun, 3 %");
    pdf.right(300, y, "559 260 kr");
    y += kPitch;
    pdf.left(60, y, "Region Halland, 25 %");
    pdf.right(300, y, "4 660 500 kr");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 2);
    const PlacedTable& t = doc.tables[0];
    CHECK(t.place == "sida 1, rad 2 \xE2\x80\x93 sida 2, rad 2");
    REQUIRE(t.grid.rows() == 6);
    REQUIRE(t.grid.cols() == 3);
    CHECK(t.row_place[3] == "sida 1, rad 5");
    CHECK(t.row_place[4] == "sida 2, rad 1");
    CHECK(number_at(t.grid, 3, 1, 3650));
    CHECK(number_at(t.grid, 4, 2, 3000));
    CHECK(number_at(t.grid, 5, 1, 7554));
    CHECK(audit_grid(t.grid).findings.empty());
    const Grid& shares = doc.tables[1].grid;
    REQUIRE(shares.cols() == 2);
    CHECK(text_at(shares, 0, 0) == "Falkenbergs kommun, 3 %");
    CHECK(number_at(shares, 0, 1, 559260));
    CHECK(doc.tables[1].place == "sida 2, rad 4\xE2\x80\x93" "5");
    // The page number and the sentences stay text.
    REQUIRE(doc.paragraphs.size() == 3);
    CHECK(doc.paragraphs[1].text == "3");
    CHECK(doc.paragraphs[1].place == "sida 1, rad 6");
    CHECK(doc.paragraphs[2].place == "sida 2, rad 3");
}

TEST_CASE("PDF: a row run together by pdftotext keeps the share in its label", "[audit][pdf]") {
    // "Falkenbergs kommun, 3 %" and its amount a word space apart, beside rows that show the column.
    BboxPdf pdf;
    double y = 100;
    const double end = pdf.left(60, y, "Falkenbergs kommun, 3 %");
    pdf.left(end + BboxPdf::kSpace, y, "559 260 kr");
    const double column = end + BboxPdf::kSpace + BboxPdf::width("559 260 kr");
    y += kPitch;
    pdf.left(60, y, "Halmstads kommun");
    pdf.right(column, y, "1 864 200 kr");
    y += kPitch;
    pdf.left(60, y, "Summa kommuner");
    pdf.right(column, y, "2 423 460 kr");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.rows() == 3);
    REQUIRE(g.cols() == 2);
    CHECK(text_at(g, 0, 0) == "Falkenbergs kommun, 3 %");
    CHECK(number_at(g, 0, 1, 559260));
    CHECK(number_at(g, 2, 1, 2423460));
}

TEST_CASE("PDF: negative amounts in every dash, entities decoded", "[audit][pdf]") {
    BboxPdf pdf;
    double y = 100;
    pdf.left(60, y, "Intäkter");
    pdf.right(400, y, "7 082");
    y += kPitch;
    pdf.left(60, y, "Kostnader");
    pdf.right(400, y, "-8 464");
    y += kPitch;
    pdf.left(60, y, "Resultat");
    pdf.right(400, y, "&#8722;1 382");  // U+2212 as pdftotext may write it
    y += kPitch;
    pdf.left(60, y, "Förändring R&amp;W");
    pdf.right(400, y, "\xE2\x80\x93" "50");  // an en dash
    std::string xhtml = pdf.xhtml();
    // The helper escaped the & of the entities: undo that, as pdftotext writes them.
    for (std::size_t p; (p = xhtml.find("&amp;#8722;")) != std::string::npos;) xhtml.replace(p, 11, "&#8722;");
    for (std::size_t p; (p = xhtml.find("&amp;amp;")) != std::string::npos;) xhtml.replace(p, 9, "&amp;");
    const ReadDocument doc = read_pdf_bbox(xhtml);
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.rows() == 4);
    CHECK(number_at(g, 1, 1, -8464));
    CHECK(number_at(g, 2, 1, -1382));
    CHECK(text_at(g, 3, 0) == "Förändring R&W");
    CHECK(number_at(g, 3, 1, -50));
}

TEST_CASE("PDF: paragraphs, bullets and lines that end in years are prose, not tables", "[audit][pdf]") {
    BboxPdf pdf;
    double y = 60;
    pdf.left(57, y, "Budget för 2021 ger ett underskott på -1 382 tkr. Det egna kapitalet beräknas");
    y += 15;
    pdf.left(57, y, "minska under 2021");
    y += 15;
    pdf.left(57, y, "och vara förbrukat under 2022");
    y += 25;
    pdf.left(57, y, "Kostnader på 8,4 mkr fördelas på:");
    y += 15;
    pdf.left(70, y, "\xE2\x80\xA2");
    pdf.left(85, y, "kansli 1,9 mkr");
    y += 15;
    pdf.left(70, y, "\xE2\x80\xA2");
    pdf.left(85, y, "insatser 6,5 mkr, varav ESF-projektet som pågår till och med februari");
    y += 15;
    pdf.left(85, y, "2022");
    y += 15;
    pdf.left(70, y, "- Styrelse");
    y += 15;
    pdf.left(70, y, "\xE2\x80\x93 Revision");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    CHECK(doc.tables.empty());
    REQUIRE(doc.paragraphs.size() == 6);
    CHECK(doc.paragraphs[0].text ==
          "Budget för 2021 ger ett underskott på -1 382 tkr. Det egna kapitalet beräknas minska under 2021 och "
          "vara förbrukat under 2022");
    CHECK(doc.paragraphs[1].text == "Kostnader på 8,4 mkr fördelas på:");
    CHECK(doc.paragraphs[1].place == "sida 1, rad 4");
    CHECK(doc.paragraphs[2].text == "\xE2\x80\xA2 kansli 1,9 mkr");
    CHECK(doc.paragraphs[3].text ==
          "\xE2\x80\xA2 insatser 6,5 mkr, varav ESF-projektet som pågår till och med februari 2022");
    CHECK(doc.paragraphs[3].place == "sida 1, rad 6");
    CHECK(doc.paragraphs[4].text == "\xE2\x80\xA2 Styrelse");
    CHECK(doc.paragraphs[5].text == "\xE2\x80\xA2 Revision");
}

TEST_CASE("PDF: left-aligned columns, and a table of contents is no table", "[audit][pdf]") {
    BboxPdf pdf;
    double y = 60;
    pdf.left(57, y, "1. Inledning ........................");
    pdf.right(500, y, "3");
    y += 15;
    pdf.left(57, y, "2. Ekonomi ..........................");
    pdf.right(500, y, "12");
    y += 30;
    const char* lines[][3] = {{"Kansli", "1 000 000", "1 000 000"}, {"Revision", "50 000", "55 000"},
                              {"Summa", "1 050 000", "1 055 000"}};
    for (auto& l : lines) {
        pdf.left(60, y, l[0]);
        pdf.left(250, y, l[1]);
        pdf.left(250 + BboxPdf::width("1 000 000") + BboxPdf::kSpace, y, l[2]);  // touching columns
        y += kPitch;
    }
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.cols() == 3);
    REQUIRE(g.rows() == 3);
    CHECK(number_at(g, 0, 1, 1000000));
    CHECK(number_at(g, 0, 2, 1000000));
    CHECK(number_at(g, 1, 2, 55000));
    CHECK(number_at(g, 2, 2, 1055000));
    CHECK(doc.paragraphs.size() == 2);
}

TEST_CASE("PDF: anything that is not pdftotext's XHTML reads as an empty document", "[audit][pdf]") {
    CHECK(read_pdf_bbox("").tables.empty());
    CHECK(read_pdf_bbox("<page><word xMin=\"1\" yMin=\"2\" xMax=\"3\"").paragraphs.empty());
    CHECK(read_pdf_bbox("<word xMin=\"nan\" yMin=\"2\" xMax=\"3\" yMax=\"4\">x</word>").paragraphs.empty());
    CHECK(read_pdf_bbox("<word xMin=\"1e400\" yMin=\"2\" xMax=\"3\" yMax=\"4\">x</word>").paragraphs.empty());
    CHECK(read_pdf_bbox("&#99999999; <page <word </word> &").paragraphs.empty());
    const ReadDocument one =
        read_pdf_bbox("<word xMin=\"1\" yMin=\"2\" xMax=\"3\" yMax=\"14\">&#xE5;r &amp &#0; &#xD800;</word>");
    REQUIRE(one.paragraphs.size() == 1);
    CHECK(one.paragraphs[0].text == "\xC3\xA5r &amp &#0; &#xD800;");
    // A very long line and a deep pile of tags: linear, no recursion.
    std::string big(2'000'000, '<');
    CHECK(read_pdf_bbox(big).paragraphs.empty());
}

namespace {

fs::path documents() { return fs::path(__FILE__).parent_path().parent_path() / "audit" / "documents"; }
fs::path seeds() { return fs::path(__FILE__).parent_path().parent_path() / "audit" / "seeds"; }

bool have_pdftotext() { return std::system("pdftotext -v >/dev/null 2>&1") == 0; }

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A header row of years ("| | 2020 | 2021 |"): no label, whole years.
bool row_is_years(const Grid& g, std::size_t r) {
    if (!g.at(r, 0).is_empty()) return false;
    for (std::size_t c = 1; c < g.cols(); ++c)
        if (g.at(r, c).is_number() && !(g.at(r, c).number >= 1990 && g.at(r, c).number <= 2100)) return false;
    return true;
}

bool row_is_empty(const Grid& g, std::size_t r) {
    for (std::size_t c = 0; c < g.cols(); ++c)
        if (!g.at(r, c).is_empty()) return false;
    return true;
}

// A budget table: figures that are not all whole years.
bool is_budget(const Grid& g) {
    std::size_t figures = 0;
    for (const Cell& c : g.cells())
        if (c.is_number() && !(c.number == std::floor(c.number) && c.number >= 1990 && c.number <= 2100)) ++figures;
    return figures >= 2;
}

bool has_figure(const Grid& g, std::size_t r) {
    for (std::size_t c = 1; c < g.cols(); ++c)
        if (g.at(r, c).is_number() && !(g.at(r, c).number >= 1990 && g.at(r, c).number <= 2100 && row_is_years(g, r)))
            return true;
    return false;
}

std::string show(const Cell& c) {
    if (c.is_number()) return std::to_string(c.number);
    if (c.is_text()) return '"' + c.text + '"';
    return "_";
}

}  // namespace

TEST_CASE("PDF: Writer's PDFs of the seed plans hold the texts' budget tables, figure for figure",
          "[audit][pdf][documents]") {
    if (!have_pdftotext()) {
        WARN("pdftotext is not installed (poppler-utils): the committed PDFs are not read");
        return;
    }
    for (const char* name : {"000-trollhattan-2020", "002-sydostra-skane-2021", "003-finnveden-2021"}) {
        INFO(name);
        std::vector<TextTable> expected;
        for (TextTable& t : read_text_tables(slurp(seeds() / (std::string(name) + ".txt"))))
            if (is_budget(t.grid)) expected.push_back(std::move(t));
        const auto start = std::chrono::steady_clock::now();
        const auto doc = read_pdf_file(documents() / (std::string(name) + ".pdf"));
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        INFO((doc ? std::string() : doc.why_not()));
        REQUIRE(doc);
        CHECK(seconds < 5.0);
        // The text reader keeps two tables a heading apart as one; the PDF reader keeps a table that
        // starts with its own header row as a table of its own. Compared: the rows that hold figures,
        // in order, cell for cell, and what the audit finds in them.
        std::vector<std::pair<const PlacedTable*, std::size_t>> got_rows;
        for (const PlacedTable& t : doc->tables)
            for (std::size_t r = 0; r < t.grid.rows(); ++r)
                if (has_figure(t.grid, r)) got_rows.push_back({&t, r});
        std::vector<std::pair<const Grid*, std::size_t>> want_rows;
        std::size_t want_checks = 0, got_checks = 0;
        for (const TextTable& t : expected) {
            want_checks += audit_grid(t.grid).checks;
            for (std::size_t r = 0; r < t.grid.rows(); ++r)
                if (has_figure(t.grid, r)) want_rows.push_back({&t.grid, r});
        }
        REQUIRE(got_rows.size() == want_rows.size());
        for (std::size_t i = 0; i < want_rows.size(); ++i) {
            const auto [want, wr] = want_rows[i];
            const auto [got, gr] = got_rows[i];
            INFO("row " << gr + 1 << " (" << got->row_place[gr] << ") of the table at " << got->place);
            REQUIRE(got->grid.cols() == want->cols());
            for (std::size_t c = 0; c < want->cols(); ++c) CHECK(show(got->grid.at(gr, c)) == show(want->at(wr, c)));
        }
        // And the audit finds in the PDF what it finds in the text: nothing amiss, as many checks
        // (in the tables as the audit takes them, those a heading apart joined).
        for (const PlacedTable& t : joined_tables(*doc)) {
            const AuditReport from_pdf = audit_grid(t.grid);
            got_checks += from_pdf.checks;
            CHECK(from_pdf.findings.empty());
        }
        CHECK(got_checks == want_checks);
    }
}

TEST_CASE("PDF: files that cannot be read say why", "[audit][pdf]") {
    const auto why = [](const fs::path& p) {
        const auto doc = read_pdf_file(p);
        return doc ? std::string("read") : doc.why_not();
    };
    CHECK(why(documents() / "no-such-plan.pdf") == "filen finns inte");
    if (!have_pdftotext()) return;
    const fs::path dir = fs::temp_directory_path() / "finsam-pdf-test";
    fs::create_directories(dir);
    {
        std::ofstream(dir / "not-a.pdf") << "Det här är ingen PDF.\n";
        // One empty page: what a scanned plan without text layer gives.
        std::ofstream(dir / "blank.pdf") << "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                                            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                                            "trailer<</Root 1 0 R>>\n%%EOF\n";
    }
    CHECK(why(dir / "not-a.pdf") == "PDF-filen kunde inte läsas");
    CHECK(why(dir / "blank.pdf") == "PDF-filen har ingen text (inskannad?)");
    CHECK(why(dir) == "är inte en vanlig fil");
    fs::remove_all(dir);
}

TEST_CASE("PDF: a table's unit from a unit line right above it", "[audit][pdf][unit]") {
    BboxPdf pdf;
    double y = 60;
    pdf.left(57, y, "Budgeten för 2021 bygger på medlemmarnas bidrag och ESF-medel enligt");
    y += 15;
    pdf.left(57, y, "tabellen nedan.");
    y += 25;
    pdf.left(57, y, "Belopp i tkr");
    y += 25;
    pdf.left(60, y, "Intäkter");
    pdf.right(400, y, "2021");
    pdf.right(480, y, "2022");
    y += kPitch;
    pdf.left(60, y, "Staten");
    pdf.right(400, y, "2 831");
    pdf.right(480, y, "2 900");
    y += kPitch;
    pdf.left(60, y, "Region Skåne");
    pdf.right(400, y, "1 415");
    pdf.right(480, y, "1 450");
    y += kPitch;
    pdf.left(60, y, "Summa intäkter");
    pdf.right(400, y, "4 246");
    pdf.right(480, y, "4 350");
    const ReadDocument doc = read_pdf_bbox(pdf.xhtml());
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables[0].grid.rows() == 4);
    CHECK(doc.tables[0].unit == "tkr");
}
