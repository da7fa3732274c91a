#include "pdf_damage.hpp"

#include <zlib.h>

#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <vector>

namespace finsam {

namespace {

bool is_space(unsigned char c) { return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }
bool is_delimiter(unsigned char c) { return c != 0 && std::strchr("()<>[]{}/%", c) != nullptr; }
bool is_regular(unsigned char c) { return !is_space(c) && !is_delimiter(c); }
bool is_hex(unsigned char c) { return std::isxdigit(c) != 0; }
// A name or a keyword is printable ASCII (other bytes are written #xx since PDF 1.2).
bool is_printable(unsigned char c) { return c >= 0x21 && c <= 0x7E; }

enum class Tok { End, DictOpen, DictClose, ArrayOpen, ArrayClose, BraceOpen, BraceClose, Name, Number, String, Keyword, Bad };

struct Token {
    Tok kind = Tok::End;
    std::string_view text;
    std::size_t at = 0;
    std::size_t depth = 0;  // brackets open around it within its object
};

bool is_number(std::string_view t) {
    std::size_t i = 0, digits = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    bool point = false;
    for (; i < t.size(); ++i) {
        if (t[i] == '.' && !point) {
            point = true;
        } else if (t[i] >= '0' && t[i] <= '9') {
            ++digits;
        } else {
            return false;
        }
    }
    return digits > 0;
}

bool is_keyword(std::string_view t) {
    static const char* const words[] = {"true", "false", "null", "R", "obj", "endobj", "stream", "endstream",
                                        "xref", "trailer", "startxref"};
    for (const char* w : words)
        if (t == w) return true;
    return false;
}

struct Stream {
    std::size_t object = 0;
    std::size_t data = 0;          // its first byte
    std::size_t end = 0;           // where "endstream" stands
    std::optional<std::size_t> length;
    std::optional<std::size_t> length_object;  // /Length N 0 R
    bool flate_only = false;
};

class Walk {
public:
    explicit Walk(std::string_view pdf) : s_(pdf) {}

    std::optional<std::string> run() {
        const std::size_t header = s_.substr(0, std::min<std::size_t>(s_.size(), 1024)).find("%PDF-");
        if (header == std::string_view::npos) return std::nullopt;  // not a PDF to this walk; poppler says what it is
        header_ = header;
        const std::size_t eof = s_.rfind("%%EOF");
        if (eof == std::string_view::npos || eof < header) return "filen är avkortad (%%EOF saknas i slutet)";
        limit_ = eof;  // what follows the last %%EOF is no part of the file
        pos_ = header;
        bool startxref = false;
        while (!damage_) {
            const Token t = next();
            if (t.kind == Tok::End) break;
            if (t.kind == Tok::Number) {
                object(t);
            } else if (t.kind == Tok::Keyword && t.text == "xref") {
                xref_table();
            } else if (t.kind == Tok::Keyword && t.text == "trailer") {
                trailer();
            } else if (t.kind == Tok::Keyword && t.text == "startxref") {
                startxref = next().kind == Tok::Number;
                if (!startxref) fail_at(t.at, "startxref utan position");
            } else {
                fail_at(t.at, "oväntade byte mellan objekten");
            }
        }
        if (!damage_ && !startxref) fail_at(limit_, "filen är avkortad (startxref saknas)");
        if (!damage_) check_cross_references();
        if (!damage_) check_streams();
        return damage_;
    }

private:

    void fail_at(std::size_t at, const std::string& what) {
        if (!damage_) damage_ = what + " (vid byte " + std::to_string(at) + ")";
    }
    void fail(const std::string& what) {
        if (!damage_) damage_ = what;
    }

    void skip_space_and_comments() {
        while (pos_ < limit_) {
            const unsigned char c = static_cast<unsigned char>(s_[pos_]);
            if (is_space(c)) {
                ++pos_;
            } else if (c == '%') {
                while (pos_ < limit_ && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
            } else {
                break;
            }
        }
    }

    Token next() {
        skip_space_and_comments();
        Token t;
        t.at = pos_;
        if (pos_ >= limit_) return t;
        const std::size_t start = pos_;
        const auto done = [&](Tok kind) {
            t.kind = kind;
            t.text = s_.substr(start, pos_ - start);
            return t;
        };
        const char c = s_[pos_];
        const char after = pos_ + 1 < limit_ ? s_[pos_ + 1] : '\0';
        switch (c) {
            case '<':
                if (after == '<') {
                    pos_ += 2;
                    return done(Tok::DictOpen);
                }
                for (++pos_; pos_ < limit_ && s_[pos_] != '>'; ++pos_) {
                    const auto h = static_cast<unsigned char>(s_[pos_]);
                    if (!is_hex(h) && !is_space(h)) return done(Tok::Bad);
                }
                if (pos_ >= limit_) return done(Tok::Bad);
                ++pos_;
                return done(Tok::String);
            case '>':
                if (after == '>') {
                    pos_ += 2;
                    return done(Tok::DictClose);
                }
                ++pos_;
                return done(Tok::Bad);
            case '[': ++pos_; return done(Tok::ArrayOpen);
            case ']': ++pos_; return done(Tok::ArrayClose);
            case '{': ++pos_; return done(Tok::BraceOpen);
            case '}': ++pos_; return done(Tok::BraceClose);
            case ')': ++pos_; return done(Tok::Bad);
            case '(': {
                int depth = 1;
                for (++pos_; pos_ < limit_ && depth > 0; ++pos_) {
                    if (s_[pos_] == '\\') {
                        ++pos_;
                    } else if (s_[pos_] == '(') {
                        ++depth;
                    } else if (s_[pos_] == ')') {
                        --depth;
                    }
                }
                return done(depth == 0 ? Tok::String : Tok::Bad);
            }
            case '/':
                for (++pos_; pos_ < limit_ && is_regular(static_cast<unsigned char>(s_[pos_])); ++pos_)
                    if (!is_printable(static_cast<unsigned char>(s_[pos_]))) return done(Tok::Bad);
                return done(Tok::Name);
            default:
                for (; pos_ < limit_ && is_regular(static_cast<unsigned char>(s_[pos_])); ++pos_)
                    if (!is_printable(static_cast<unsigned char>(s_[pos_]))) {
                        ++pos_;
                        return done(Tok::Bad);
                    }
                t = done(Tok::Bad);
                if (is_number(t.text)) t.kind = Tok::Number;
                else if (is_keyword(t.text)) t.kind = Tok::Keyword;
                return t;
        }
    }

    static std::size_t number_of(std::string_view t) {
        std::size_t n = 0;
        for (const char c : t) {
            if (c < '0' || c > '9') break;
            n = n * 10 + static_cast<std::size_t>(c - '0');
            if (n > (std::size_t{1} << 40)) break;
        }
        return n;
    }

    // One value's tokens up to "stream" or "endobj" (object) or its closing >> (trailer).
    bool body(std::vector<Token>& tokens, Token& stop, bool one_dictionary) {
        std::vector<Tok> open;
        for (;;) {
            Token t = next();
            t.depth = open.size();
            switch (t.kind) {
                case Tok::End: fail_at(t.at, "ett objekt slutar inte (endobj saknas)"); return false;
                case Tok::Bad: fail_at(t.at, "ogiltiga tecken i ett objekt"); return false;
                case Tok::DictOpen:
                case Tok::ArrayOpen:
                case Tok::BraceOpen: open.push_back(t.kind); break;
                case Tok::DictClose:
                case Tok::ArrayClose:
                case Tok::BraceClose: {
                    const Tok opener = t.kind == Tok::DictClose    ? Tok::DictOpen
                                       : t.kind == Tok::ArrayClose ? Tok::ArrayOpen
                                                                   : Tok::BraceOpen;
                    if (open.empty() || open.back() != opener) {
                        fail_at(t.at, "hakparenteser eller << >> går inte ihop i ett objekt");
                        return false;
                    }
                    open.pop_back();
                    t.depth = open.size();  // a closing bracket stands at the depth of its opening one
                    break;
                }
                case Tok::Keyword:
                    if (t.text == "stream" || t.text == "endobj") {
                        if (!open.empty() || one_dictionary) {
                            fail_at(t.at, "ett objekt slutar mitt i en ordlista eller lista");
                            return false;
                        }
                        stop = t;
                        return true;
                    }
                    if (t.text != "true" && t.text != "false" && t.text != "null" && t.text != "R") {
                        fail_at(t.at, "ett objekt slutar inte (endobj saknas)");
                        return false;
                    }
                    break;
                default: break;
            }
            tokens.push_back(t);
            if (one_dictionary && open.empty()) {
                if (t.kind != Tok::DictClose) fail_at(t.at, "trailer utan ordlista");
                return t.kind == Tok::DictClose;
            }
        }
    }

    // The value of /key in the object's own dictionary: the index of its first token, or none.
    static std::optional<std::size_t> key(const std::vector<Token>& tokens, std::string_view name) {
        for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
            if (tokens[i].depth == 1 && tokens[i].kind == Tok::Name && tokens[i].text == name &&
                tokens[0].kind == Tok::DictOpen)
                return i + 1;
        return std::nullopt;
    }

    void object(const Token& number) {
        const Token generation = next();
        const Token obj = next();
        if (generation.kind != Tok::Number || obj.kind != Tok::Keyword || obj.text != "obj") {
            fail_at(number.at, "ett objekt börjar inte med \"N G obj\"");
            return;
        }
        const std::size_t n = number_of(number.text);
        starts_[n].insert(number.at);
        std::vector<Token> tokens;
        Token stop;
        if (!body(tokens, stop, false)) return;
        if (tokens.size() == 1 && tokens[0].kind == Tok::Number) integers_[n] = number_of(tokens[0].text);
        if (stop.text == "stream") stream(n, tokens);
    }

    void stream(std::size_t n, const std::vector<Token>& tokens) {
        Stream st;
        st.object = n;
        std::size_t at = pos_;
        if (at < limit_ && s_[at] == '\r') ++at;
        if (at < limit_ && s_[at] == '\n') ++at;
        st.data = at;
        if (const auto k = key(tokens, "/Length")) {
            if (*k + 2 < tokens.size() && tokens[*k].kind == Tok::Number && tokens[*k + 1].kind == Tok::Number &&
                tokens[*k + 2].kind == Tok::Keyword && tokens[*k + 2].text == "R") {
                st.length_object = number_of(tokens[*k].text);
            } else if (tokens[*k].kind == Tok::Number) {
                st.length = number_of(tokens[*k].text);
            }
        }
        if (const auto f = key(tokens, "/Filter")) {
            std::size_t filters = 0, flate = 0;
            const std::size_t depth = tokens[*f].depth;
            for (std::size_t i = *f; i < tokens.size(); ++i) {
                if (tokens[i].kind == Tok::Name) {
                    ++filters;
                    flate += tokens[i].text == "/FlateDecode" ? 1 : 0;
                }
                if (tokens[i].depth == depth && tokens[i].kind != Tok::ArrayOpen) break;
            }
            st.flate_only = filters == 1 && flate == 1;
        }
        // Where the data ends: as /Length says, if "endstream" stands there; else the first endstream.
        std::size_t end = std::string_view::npos;
        if (st.length && st.data + *st.length <= limit_) {
            std::size_t e = st.data + *st.length;
            while (e < limit_ && is_space(static_cast<unsigned char>(s_[e]))) ++e;
            if (s_.substr(e, 9) == "endstream") end = e;
        }
        if (end == std::string_view::npos) {
            if (st.length) {
                fail_at(st.data, "en ström är inte så lång som /Length säger");
                return;
            }
            end = s_.find("endstream", st.data);
            if (end == std::string_view::npos || end >= limit_) {
                fail_at(st.data, "en ström slutar inte (endstream saknas)");
                return;
            }
        }
        st.end = end;
        streams_.push_back(st);
        pos_ = end + 9;
        const Token endobj = next();
        if (endobj.kind != Tok::Keyword || endobj.text != "endobj") fail_at(endobj.at, "endobj saknas efter en ström");
    }

    void xref_table() {
        for (;;) {
            skip_space_and_comments();
            if (pos_ >= limit_ || s_.substr(pos_, 7) == "trailer") return;
            const Token first = next(), count = next();
            if (first.kind != Tok::Number || count.kind != Tok::Number) {
                fail_at(first.at, "korsreferenstabellen är skadad");
                return;
            }
            const std::size_t start = number_of(first.text), entries = number_of(count.text);
            for (std::size_t i = 0; i < entries && !damage_; ++i) {
                const Token offset = next(), generation = next(), use = next();
                if (offset.kind != Tok::Number || generation.kind != Tok::Number || use.kind != Tok::Bad ||
                    (use.text != "n" && use.text != "f")) {
                    fail_at(offset.at, "korsreferenstabellen är skadad");
                    return;
                }
                if (use.text == "n") in_use_.emplace_back(start + i, number_of(offset.text));
            }
            if (damage_) return;
        }
    }

    void trailer() {
        std::vector<Token> tokens;
        Token stop;
        if (!body(tokens, stop, true)) return;
        if (key(tokens, "/Encrypt")) encrypted_ = true;
    }

    void check_cross_references() {
        for (const auto& [n, offset] : in_use_) {
            const auto known = starts_.find(n);
            bool found = false;
            for (const std::size_t base : {std::size_t{0}, header_}) {
                std::size_t at = offset + base;
                while (at < s_.size() && is_space(static_cast<unsigned char>(s_[at]))) ++at;
                if (known != starts_.end() && known->second.count(at)) found = true;
            }
            if (!found) {
                fail("korsreferenstabellen pekar fel för objekt " + std::to_string(n));
                return;
            }
        }
    }

    // zlib inflates it to its end and its checksum agrees. `budget`: bytes yet to inflate in all.
    static bool inflates_whole(std::string_view data, std::size_t& budget) {
        if (data.empty()) return true;
        z_stream z{};
        if (inflateInit(&z) != Z_OK) return true;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        z.avail_in = static_cast<uInt>(data.size());
        static thread_local unsigned char out[1 << 16];
        int rc = Z_OK;
        do {
            z.next_out = out;
            z.avail_out = sizeof out;
            rc = inflate(&z, Z_NO_FLUSH);
            const std::size_t produced = sizeof out - z.avail_out;
            if (produced >= budget) {  // too large to check whole: not called damaged for that
                budget = 0;
                inflateEnd(&z);
                return true;
            }
            budget -= produced;
        } while (rc == Z_OK);
        inflateEnd(&z);
        return rc == Z_STREAM_END;
    }

    void check_streams() {
        std::size_t budget = std::size_t{512} << 20;
        for (const Stream& st : streams_) {
            std::size_t length = st.end - st.data;
            if (st.length_object) {
                const auto value = integers_.find(*st.length_object);
                std::size_t e = value == integers_.end() ? std::string_view::npos : st.data + value->second;
                while (e < st.end && is_space(static_cast<unsigned char>(s_[e]))) ++e;
                if (e != st.end) {
                    fail("strömmen i objekt " + std::to_string(st.object) + " är inte så lång som /Length säger");
                    return;
                }
                length = value->second;
            } else if (st.length) {
                length = *st.length;
            }
            if (!st.flate_only || encrypted_ || budget == 0) continue;
            if (!inflates_whole(s_.substr(st.data, length), budget)) {
                fail("den komprimerade strömmen i objekt " + std::to_string(st.object) +
                     " går inte att packa upp (kontrollsumman stämmer inte)");
                return;
            }
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0, limit_ = 0, header_ = 0;
    std::optional<std::string> damage_;
    std::map<std::size_t, std::set<std::size_t>> starts_;  // each object's "N G obj" positions
    std::map<std::size_t, std::size_t> integers_;          // objects that are one integer (lengths)
    std::vector<std::pair<std::size_t, std::size_t>> in_use_;
    std::vector<Stream> streams_;
    bool encrypted_ = false;
};

}  // namespace

std::optional<std::string> pdf_damage(std::string_view pdf) { return Walk(pdf).run(); }

}  // namespace finsam
