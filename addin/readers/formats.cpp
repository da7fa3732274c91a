#include "formats.hpp"

#include <algorithm>

namespace finsam {

namespace {

std::string lower_extension(const std::filesystem::path& p) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return e;
}

const FormatRow* listed(const std::filesystem::path& file) {
    const std::string ext = lower_extension(file);
    const auto it = std::find_if(kFormats.begin(), kFormats.end(), [&](const FormatRow& r) { return r.extension == ext; });
    return it == kFormats.end() ? nullptr : &*it;
}

}  // namespace

FormatRow format_row(const std::filesystem::path& file) {
    if (const FormatRow* row = listed(file)) return *row;
    return {{}, Format::Text, "text"};
}

bool is_listed_format(const std::filesystem::path& file) { return listed(file) != nullptr; }

}  // namespace finsam
