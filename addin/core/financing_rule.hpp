// The financing rule of lag (2003:1210) § 5, in quarters of the member contributions: the state
// 50 % (paid by Försäkringskassan, printed as one line or as FK 25 % + AF 25 %), the region 25 %,
// the municipalities 25 % together, shared among them by a key. The split computes it and the
// audit checks it, from these figures alone.
#pragma once

namespace finsam::financing_rule {

inline constexpr int kQuarters = 4;
inline constexpr int kStateQuarters = 2;
inline constexpr int kFkQuarters = 1;  // when the state is printed as two lines
inline constexpr int kAfQuarters = 1;
inline constexpr int kRegionQuarters = 1;
inline constexpr int kMunicipalitiesQuarters = 1;

static_assert(kFkQuarters + kAfQuarters == kStateQuarters);
static_assert(kStateQuarters + kRegionQuarters + kMunicipalitiesQuarters == kQuarters);

}  // namespace finsam::financing_rule
