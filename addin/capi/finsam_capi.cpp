// The C interface: C grids become the Grids the calc layer reads (as addin/uno/any_conversion.cpp
// makes them of UNO values), the calc layer answers, its Grid goes back as a C result. The maths,
// the argument reading and every sentence stay in addin/core and addin/calc.
#include "finsam_capi.h"

#include "calc_functions.hpp"
#include "function_table.hpp"

#include <array>
#include <cstring>
#include <new>
#include <span>
#include <string_view>
#include <vector>

namespace finsam::capi {

namespace {

constexpr int kErrIllegalArgument = 502;   // Err:502: a required argument left out
constexpr int kErrIllegalParameter = 504;  // Err:504: an error inside a range; too many arguments

using Args = std::span<const Grid>;
struct Entry {
    std::string_view method;
    std::size_t arity;
    Grid (*call)(Args);
};

// One entry per row of the function table, in any order; checked against the table below.
constexpr Entry kEntries[] = {
    {"finsamSplit", 5, [](Args a) { return calc::finsam_split(a[0], a[1], a[2], a[3], a[4]); }},
    {"budgetResult", 2, [](Args a) { return calc::budget_result(a[0], a[1]); }},
    {"equityProjection", 3, [](Args a) { return calc::equity_projection(a[0], a[1], a[2]); }},
    {"finsamCheck", 4, [](Args a) { return calc::finsam_check(a[0], a[1], a[2], a[3]); }},
    {"equityCeiling", 2, [](Args a) { return calc::equity_ceiling(a[0], a[1]); }},
    {"equityCeilingCheck", 4, [](Args a) { return calc::equity_ceiling_check(a[0], a[1], a[2], a[3]); }},
    {"finsamAudit", 1, [](Args a) { return calc::finsam_audit(a[0]); }},
};

constexpr const Entry* find_entry(std::string_view method) {
    for (const Entry& e : kEntries)
        if (e.method == method) return &e;
    return nullptr;
}

constexpr bool every_function_has_its_entry() {
    for (const meta::Function& f : meta::kFunctions) {
        const Entry* e = find_entry(f.method);
        if (e == nullptr || e->arity != f.params.size()) return false;
    }
    return std::size(kEntries) == std::size(meta::kFunctions);
}
static_assert(every_function_has_its_entry(), "a function of idl/function_table.hpp without its C entry");

constexpr std::size_t kMaxArity = 5;
static_assert([] {
    for (const Entry& e : kEntries)
        if (e.arity > kMaxArity) return false;
    return true;
}());

bool is_omitted(const finsam_grid* g) { return g == nullptr || g->rows == 0 || g->cols == 0 || g->cells == nullptr; }

// A C cell as any_conversion.cpp's to_cell makes a UNO value: an empty text is an empty cell.
Cell to_cell(const finsam_cell& c) {
    switch (c.kind) {
        case FINSAM_CELL_NUMBER: return Cell::of(c.number);
        case FINSAM_CELL_TEXT: return c.text == nullptr || *c.text == '\0' ? Cell::empty() : Cell::of(std::string(c.text));
        case FINSAM_CELL_EMPTY: return Cell::empty();
        default: return Cell::of(std::string("?"));  // never reached: errors are answered before
    }
}

Grid to_grid(const finsam_grid* g) {
    if (is_omitted(g)) return Grid::omitted_argument();
    Grid out(g->rows, g->cols);
    for (std::size_t r = 0; r < g->rows; ++r)
        for (std::size_t c = 0; c < g->cols; ++c) out.at(r, c) = to_cell(g->cells[r * g->cols + c]);
    return out;
}

// The error Calc shows for an argument holding an error cell: the cell's own error when it is the
// whole argument, Err:504 inside a range (addin/uno/any_conversion.cpp, to_grid of a range).
int error_of(const finsam_grid* g) {
    if (is_omitted(g)) return 0;
    const std::size_t n = g->rows * g->cols;
    for (std::size_t i = 0; i < n; ++i) {
        const finsam_cell& c = g->cells[i];
        if (c.kind != FINSAM_CELL_ERROR) continue;
        return n == 1 && c.error > 0 && c.error < 0x10000 ? c.error : kErrIllegalParameter;
    }
    return 0;
}

// What Calc would answer before the function is called, or 0: as Calc checks its arguments and
// then the UNO glue its references (functions_component.cpp, read_references), the values first,
// the references second, each from the last to the first; the first error found is the answer. A
// required argument left out is Err:502 unless another holds an error.
int calc_answer(const meta::Function& f, const finsam_grid* const* args, std::size_t count) {
    bool missing = false;
    for (const bool references : {false, true}) {
        for (std::size_t i = f.params.size(); i-- > 0;) {
            if ((f.params[i].kind == meta::Kind::Reference) != references) continue;
            const finsam_grid* g = i < count ? args[i] : nullptr;
            if (const int e = error_of(g)) return e;
            if (is_omitted(g) && !f.params[i].optional) missing = true;
        }
    }
    return missing ? kErrIllegalArgument : 0;
}

// A result owns its cells and their texts (the Grid's strings, which never move once built).
struct Result : finsam_result {
    Grid grid;
    std::vector<finsam_cell> cells_;
};

finsam_result* error_result(int code) {
    auto* r = new (std::nothrow) Result();
    if (r == nullptr) return nullptr;
    r->error = code;
    r->rows = r->cols = 0;
    r->cells = nullptr;
    return r;
}

finsam_result* to_result(Grid&& g) {
    auto* r = new (std::nothrow) Result();
    if (r == nullptr) return nullptr;
    try {
        r->grid = std::move(g);
        const Grid& grid = r->grid;
        r->cells_.resize(grid.size());
        for (std::size_t i = 0; i < grid.size(); ++i) {
            const Cell& c = grid.cells()[i];
            finsam_cell& out = r->cells_[i];
            out = finsam_cell{FINSAM_CELL_EMPTY, 0.0, nullptr, 0};
            if (c.is_number()) {
                out.kind = FINSAM_CELL_NUMBER;
                out.number = c.number;
            } else if (c.is_text()) {
                out.kind = FINSAM_CELL_TEXT;
                out.text = c.text.c_str();
            }
        }
    } catch (...) {  // out of memory while copying: Calc's own answer to that
        delete r;
        return error_result(kErrIllegalParameter);
    }
    r->error = 0;
    r->rows = r->grid.rows();
    r->cols = r->grid.cols();
    r->cells = r->cells_.data();
    return r;
}

finsam_result* call(const char* method, const finsam_grid* const* args, std::size_t count) noexcept {
    const Entry* entry = method == nullptr ? nullptr : find_entry(method);
    const meta::Function* f = method == nullptr ? nullptr : meta::find_function(method);
    if (entry == nullptr || f == nullptr || count > entry->arity) return error_result(kErrIllegalParameter);
    if (const int e = calc_answer(*f, args, count)) return error_result(e);
    try {
        std::array<Grid, kMaxArity> grids;
        for (std::size_t i = 0; i < entry->arity; ++i) grids[i] = to_grid(i < count ? args[i] : nullptr);
        // The calc layer answers every problem, its own exceptions included, in Swedish.
        return to_result(entry->call(Args(grids.data(), entry->arity)));
    } catch (...) {  // only allocation can fail here, before the calc layer is reached
        return error_result(kErrIllegalParameter);
    }
}

template <class... G>
finsam_result* call_with(const char* method, G... grids) noexcept {
    const finsam_grid* args[] = {grids...};
    return call(method, args, sizeof...(G));
}

}  // namespace

}  // namespace finsam::capi

using finsam::capi::call_with;

extern "C" {

finsam_result* finsam_call(const char* method, const finsam_grid* args, size_t count) {
    constexpr std::size_t kMax = finsam::capi::kMaxArity;
    if (count > kMax) return finsam::capi::error_result(finsam::capi::kErrIllegalParameter);
    const finsam_grid* pointers[kMax] = {};
    for (std::size_t i = 0; i < count; ++i) pointers[i] = args == nullptr ? nullptr : &args[i];
    return finsam::capi::call(method, pointers, count);
}

finsam_result* finsam_split(const finsam_grid* total, const finsam_grid* key, const finsam_grid* step,
                            const finsam_grid* state_lines, const finsam_grid* base) {
    return call_with("finsamSplit", total, key, step, state_lines, base);
}

finsam_result* finsam_budget_result(const finsam_grid* income, const finsam_grid* costs) {
    return call_with("budgetResult", income, costs);
}

finsam_result* finsam_equity_projection(const finsam_grid* opening, const finsam_grid* results,
                                        const finsam_grid* periods) {
    return call_with("equityProjection", opening, results, periods);
}

finsam_result* finsam_check(const finsam_grid* lines, const finsam_grid* total, const finsam_grid* tolerance,
                            const finsam_grid* unit) {
    return call_with("finsamCheck", lines, total, tolerance, unit);
}

finsam_result* finsam_equity_ceiling(const finsam_grid* contributions, const finsam_grid* staircase) {
    return call_with("equityCeiling", contributions, staircase);
}

finsam_result* finsam_equity_ceiling_check(const finsam_grid* equity, const finsam_grid* contributions,
                                           const finsam_grid* staircase, const finsam_grid* unit) {
    return call_with("equityCeilingCheck", equity, contributions, staircase, unit);
}

finsam_result* finsam_audit(const finsam_grid* range) { return call_with("finsamAudit", range); }

void finsam_result_free(finsam_result* result) { delete static_cast<finsam::capi::Result*>(result); }

int finsam_capi_version(void) { return 1; }

}  // extern "C"
