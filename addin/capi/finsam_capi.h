/* finsam-calc's functions behind plain C types: the second face of the same core and the same
 * argument reading and Swedish messages as the C++ UNO component (addin/calc/calc_functions.hpp).
 * It exists for hosts that cannot load a C++ UNO component built here: LibreOffice for Windows,
 * whose C++ UNO bridge needs MSVC, loads this library (a DLL built with MinGW) from a Python
 * component through ctypes (addin/python/).
 *
 * Every argument is a grid of cells, which is what Calc passes for a range, an inline array or a
 * single value. Results come back as a grid the library owns until finsam_result_free. Text is
 * UTF-8 both ways. Nothing here throws or aborts: bad input is answered with a Swedish sentence in
 * the result's cells, exactly as in Calc on Linux. */
#ifndef FINSAM_CAPI_H
#define FINSAM_CAPI_H

#include <stddef.h>

#if defined(_WIN32)
#define FINSAM_CAPI __declspec(dllexport)
#else
#define FINSAM_CAPI __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

enum finsam_cell_kind {
    FINSAM_CELL_EMPTY = 0,
    FINSAM_CELL_NUMBER = 1,
    FINSAM_CELL_TEXT = 2,
    /* A cell holding an error (#DIV/0!, ...): `error` is Calc's code, 0 if unknown. */
    FINSAM_CELL_ERROR = 3
};

typedef struct finsam_cell {
    int kind;          /* enum finsam_cell_kind */
    double number;     /* FINSAM_CELL_NUMBER */
    const char* text;  /* FINSAM_CELL_TEXT: UTF-8, NUL-terminated; an empty text is an empty cell */
    int error;         /* FINSAM_CELL_ERROR */
} finsam_cell;

/* rows × cols cells, row by row. rows == 0 or cols == 0 means the argument was omitted. */
typedef struct finsam_grid {
    size_t rows, cols;
    const finsam_cell* cells;
} finsam_grid;

/* A function's answer. `error` non-zero: Calc should show that error (502 = Err:502 for a missing
 * argument, 504 = Err:504 for an error inside a range, or the code of an error cell passed alone),
 * and there are no cells. Otherwise rows × cols cells (at least one), row by row; their texts
 * live as long as the result. */
typedef struct finsam_result {
    int error;
    size_t rows, cols;
    const finsam_cell* cells;
} finsam_result;

/* Calls a function by its method name in idl/function_table.hpp ("finsamSplit", ...) with its
 * arguments in the table's order. Fewer arguments than the table lists: the rest are omitted.
 * NULL only when the result itself cannot be allocated; an unknown method or too many arguments
 * gives error 504, as Calc gives for too many arguments. */
FINSAM_CAPI finsam_result* finsam_call(const char* method, const finsam_grid* args, size_t count);

/* The same per function (FINSAM_SPLIT, ...); pass NULL or an empty grid for an omitted argument. */
FINSAM_CAPI finsam_result* finsam_split(const finsam_grid* total, const finsam_grid* key, const finsam_grid* step,
                                        const finsam_grid* state_lines, const finsam_grid* base);
FINSAM_CAPI finsam_result* finsam_budget_result(const finsam_grid* income, const finsam_grid* costs);
FINSAM_CAPI finsam_result* finsam_equity_projection(const finsam_grid* opening, const finsam_grid* results,
                                                    const finsam_grid* periods);
FINSAM_CAPI finsam_result* finsam_check(const finsam_grid* lines, const finsam_grid* total,
                                        const finsam_grid* tolerance, const finsam_grid* unit);
FINSAM_CAPI finsam_result* finsam_equity_ceiling(const finsam_grid* contributions, const finsam_grid* staircase);
FINSAM_CAPI finsam_result* finsam_equity_ceiling_check(const finsam_grid* equity, const finsam_grid* contributions,
                                                       const finsam_grid* staircase, const finsam_grid* unit);
/* The grid audit behind FINSAM_AUDIT: six columns, a row per finding, then the summary. */
FINSAM_CAPI finsam_result* finsam_audit(const finsam_grid* range);

FINSAM_CAPI void finsam_result_free(finsam_result* result);

/* The interface's version: changes whenever a struct above or a function's arguments change. */
FINSAM_CAPI int finsam_capi_version(void);

#ifdef __cplusplus
}
#endif

#endif
