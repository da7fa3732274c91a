#include "writer_tables.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

namespace fs = std::filesystem;

namespace {

std::uint32_t le32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

// The table tags of the XML as it streams by: <table:table ...> (ODF) and <w:tbl> (OOXML) open a
// table, their end tags close it; <table:table-row>, <w:tblPr> and the like are other names.
class TagCounter {
public:
    void feed(const unsigned char* p, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) {
            const char c = static_cast<char>(p[i]);
            if (c == '<') {
                in_tag_ = true;
                name_.clear();
                continue;
            }
            if (!in_tag_) continue;
            const bool ends = c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || (c == '/' && !name_.empty());
            if (ends || name_.size() >= 16) {
                in_tag_ = false;
                if (name_ == "table:table" || name_ == "w:tbl") {
                    ++t_.tables;
                    t_.deepest = std::max(t_.deepest, ++depth_);
                } else if ((name_ == "/table:table" || name_ == "/w:tbl") && depth_ > 0) {
                    --depth_;
                }
                continue;
            }
            name_ += c;
        }
    }
    const WriterTables& tables() const { return t_; }

private:
    WriterTables t_;
    std::size_t depth_ = 0;
    bool in_tag_ = false;
    std::string name_;
};

// The member `wanted` of the zip inflated through `counter`; false when there is none to read.
bool count_member(std::ifstream& in, std::streamoff size, std::string_view wanted, TagCounter& counter) {
    const std::streamoff tail = std::min<std::streamoff>(size, 22 + 65535);
    std::vector<unsigned char> end(static_cast<std::size_t>(tail));
    in.seekg(size - tail);
    in.read(reinterpret_cast<char*>(end.data()), tail);
    if (!in || end.size() < 22) return false;
    std::size_t eocd = end.size();
    for (std::size_t i = end.size() - 22 + 1; i-- > 0;)
        if (le32(&end[i]) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd == end.size()) return false;
    const std::uint32_t dir_size = le32(&end[eocd + 12]), dir_offset = le32(&end[eocd + 16]);
    if (static_cast<std::streamoff>(dir_offset) + dir_size > size) return false;
    std::vector<unsigned char> dir(dir_size);
    in.seekg(dir_offset);
    in.read(reinterpret_cast<char*>(dir.data()), static_cast<std::streamsize>(dir_size));
    if (!in) return false;
    for (std::size_t at = 0; at + 46 <= dir.size() && le32(&dir[at]) == 0x02014b50;) {
        const std::uint16_t method = le16(&dir[at + 10]), name_length = le16(&dir[at + 28]);
        const std::uint32_t packed = le32(&dir[at + 20]), local = le32(&dir[at + 42]);
        const std::size_t next = at + 46u + name_length + le16(&dir[at + 30]) + le16(&dir[at + 32]);
        if (at + 46u + name_length > dir.size()) return false;
        const std::string_view name(reinterpret_cast<const char*>(&dir[at + 46]), name_length);
        at = next;
        if (name != wanted) continue;
        unsigned char header[30];
        in.seekg(local);
        in.read(reinterpret_cast<char*>(header), 30);
        if (!in || le32(header) != 0x04034b50) return false;
        in.seekg(static_cast<std::streamoff>(local) + 30 + le16(header + 26) + le16(header + 28));
        std::vector<unsigned char> chunk(1 << 16), out(1 << 16);
        std::uint32_t left = packed;
        if (method == 0) {
            while (left > 0 && in) {
                const std::size_t n = std::min<std::size_t>(left, chunk.size());
                in.read(reinterpret_cast<char*>(chunk.data()), static_cast<std::streamsize>(n));
                counter.feed(chunk.data(), static_cast<std::size_t>(in.gcount()));
                left -= static_cast<std::uint32_t>(n);
            }
            return true;
        }
        if (method != 8) return false;
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return false;
        int rc = Z_OK;
        while (rc == Z_OK && left > 0 && in) {
            const std::size_t n = std::min<std::size_t>(left, chunk.size());
            in.read(reinterpret_cast<char*>(chunk.data()), static_cast<std::streamsize>(n));
            left -= static_cast<std::uint32_t>(n);
            z.next_in = chunk.data();
            z.avail_in = static_cast<uInt>(in.gcount());
            do {
                z.next_out = out.data();
                z.avail_out = static_cast<uInt>(out.size());
                rc = inflate(&z, Z_NO_FLUSH);
                counter.feed(out.data(), out.size() - z.avail_out);
            } while (rc == Z_OK && z.avail_out == 0);
        }
        inflateEnd(&z);
        return rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR;
    }
    return false;
}

}  // namespace

std::optional<WriterTables> count_writer_tables(const fs::path& doc) {
    std::ifstream in(doc, std::ios::binary);
    if (!in) return std::nullopt;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 22) return std::nullopt;
    for (const std::string_view member : {"content.xml", "word/document.xml"}) {
        TagCounter counter;
        in.clear();
        if (count_member(in, size, member, counter)) return counter.tables();
    }
    return std::nullopt;
}

std::optional<std::string> too_many_tables(const fs::path& doc) {
    const auto t = count_writer_tables(doc);
    return t ? too_many_tables(*t) : std::nullopt;
}

}  // namespace finsam
