// The only place where UNO values meet the core's cells: Calc's arguments become Grids, the
// core's result Grids become what Calc shows.
#pragma once

#include "cells.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

namespace finsam::uno {

using rtl::OString;
using rtl::OUString;

using Rows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

Grid to_grid(const Rows& rows);          // a required range argument
Grid to_grid(const css::uno::Any& arg);  // an optional argument: void means omitted
css::uno::Any to_any(const Grid& result);  // 1×1 becomes a plain value, else an array

OUString to_ustring(const std::string& utf8);

}  // namespace finsam::uno
