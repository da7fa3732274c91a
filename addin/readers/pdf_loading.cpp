// read_pdf_file: a PDF's words and boxes through poppler's C++ library, in-process (no pdftotext, no
// temporary file). Linked only into the command line and the tests (finsam_pdf_loading).
#include "pdf_damage.hpp"
#include "pdf_reading.hpp"

#include "utf8.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace finsam {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxPdfBytes = 100u * 1024 * 1024;
// A plan has tens of pages; a thousand words a page at most in practice.
constexpr std::size_t kMaxPages = 2000;
constexpr std::size_t kMaxWords = 2'000'000;

// The errors poppler reports while one file is read (its messages go to stderr otherwise). Warnings
// are not damage; errors are ("Syntax Error", "Internal Error", "IO Error", ...).
struct Errors {
    std::size_t count = 0;
    std::string first;
};

void collect(const std::string& message, void* closure) {
    auto* errors = static_cast<Errors*>(closure);
    if (message.find("Warning") != std::string::npos) return;
    if (errors->count++ == 0) errors->first = message;
}

// poppler reports to `errors` while it lives; then to stderr again.
class ErrorsCollected {
public:
    explicit ErrorsCollected(Errors& errors) { poppler::set_debug_error_function(collect, &errors); }
    ~ErrorsCollected() { poppler::set_debug_error_function(nullptr, nullptr); }
    ErrorsCollected(const ErrorsCollected&) = delete;
    ErrorsCollected& operator=(const ErrorsCollected&) = delete;
};

std::string utf8(const poppler::ustring& s) {
    const poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// The file's bytes, for the walk of its structure (pdf_damage.hpp); nullopt if they cannot be read.
std::optional<std::string> bytes_of(const fs::path& pdf) {
    std::ifstream in(pdf, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

std::string damaged(const Errors& errors) {
    std::string first = errors.first;
    for (std::size_t at; (at = first.find("<0a>")) != std::string::npos;) first.erase(at, 4);
    while (!first.empty() && (first.back() == '\n' || first.back() == ' ')) first.pop_back();
    if (first.size() > 120) first = std::string(utf8_prefix(first, 117)) + "...";
    return "PDF-filen är skadad: poppler fann " + std::to_string(errors.count) + " fel i den (" + first +
           ") och den granskades inte";
}

}  // namespace

static std::optional<ReadDocument> read_pdf(const fs::path& pdf, std::string& why_not) {
    std::error_code error;
    const auto status = fs::status(pdf, error);
    if (error || !fs::exists(status)) {
        why_not = "filen finns inte";
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        why_not = "är inte en vanlig fil";
        return std::nullopt;
    }
    const std::uintmax_t size = fs::file_size(pdf, error);
    if (error) {
        why_not = "PDF-filen kunde inte läsas";
        return std::nullopt;
    }
    if (size > kMaxPdfBytes) {
        why_not = "PDF-filen är större än 100 MB";
        return std::nullopt;
    }
    Errors errors;
    const ErrorsCollected collecting(errors);
    const std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
    if (!doc) {
        // Not a PDF, or one broken beyond what poppler repairs.
        why_not = errors.first.find("assword") != std::string::npos ? "PDF-filen är lösenordsskyddad"
                                                                     : "PDF-filen kunde inte läsas";
        return std::nullopt;
    }
    if (doc->is_locked()) {
        why_not = "PDF-filen är lösenordsskyddad";
        return std::nullopt;
    }
    const int count = doc->pages();
    if (count < 0 || static_cast<std::size_t>(count) > kMaxPages) {
        why_not = "PDF-filen har fler än 2 000 sidor och är inte en budget";
        return std::nullopt;
    }
    std::vector<std::vector<PdfWord>> pages;
    std::size_t words = 0;
    for (int i = 0; i < count; ++i) {
        std::vector<PdfWord>& page = pages.emplace_back();
        const std::unique_ptr<poppler::page> p(doc->create_page(i));
        if (!p) {
            ++errors.count;
            if (errors.first.empty()) errors.first = "sida " + std::to_string(i + 1) + " kunde inte läsas";
            continue;
        }
        for (const poppler::text_box& box : p->text_list()) {
            const poppler::rectf r = box.bbox();
            page.push_back(PdfWord{r.left(), r.top(), r.right(), r.bottom(), utf8(box.text())});
            if (++words > kMaxWords) {
                why_not = "PDF-filen har fler än 2 miljoner ord och är inte en budget";
                return std::nullopt;
            }
        }
    }
    // No text at all: nothing would be audited, damaged or not; said first, since it is what the
    // reader of the report can act on (a scanned plan).
    if (words == 0) {
        why_not = "PDF-filen har ingen text (inskannad?)";
        return std::nullopt;
    }
    if (errors.count > 0) {
        why_not = damaged(errors);
        return std::nullopt;
    }
    // What poppler read past without a word: the file's structure walked, its compressed streams
    // checked against their checksums.
    const std::optional<std::string> bytes = bytes_of(pdf);
    if (!bytes) {
        why_not = "PDF-filen kunde inte läsas";
        return std::nullopt;
    }
    if (const std::optional<std::string> damage = pdf_damage(*bytes)) {
        why_not = "PDF-filen är skadad: " + *damage + ", och den granskades inte";
        return std::nullopt;
    }
    ReadDocument read = read_pdf_words(pages);
    if (read.tables.empty() && read.paragraphs.empty()) {
        why_not = "PDF-filen har ingen text (inskannad?)";
        return std::nullopt;
    }
    return read;
}

ReadOutcome<ReadDocument> read_pdf_file(const fs::path& pdf) {
    std::string why_not;
    if (auto doc = read_pdf(pdf, why_not)) return std::move(*doc);
    return ReadOutcome<ReadDocument>::failed(why_not);
}

}  // namespace finsam
