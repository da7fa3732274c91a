# The unit tests of the core, the messages, the calc layer and the C interface: nothing but the
# standard library, fmt's headers and Catch2, so they also run cross-compiled for Windows
# (tests/capi_only). Paths relative to tests/.
set(FINSAM_CORE_UNIT_TESTS
  unit/main.cpp
  unit/test_arguments.cpp
  unit/test_audit_diagnosis.cpp
  unit/test_budget_layout.cpp
  unit/test_budget_result.cpp
  unit/test_calc_functions.cpp
  unit/test_capi.cpp
  unit/test_equity_ceiling.cpp
  unit/test_equity_ceiling_check.cpp
  unit/test_equity_projection.cpp
  unit/test_finsam_audit.cpp
  unit/test_finsam_check.cpp
  unit/test_finsam_split.cpp
  unit/test_labels.cpp
  unit/test_messages.cpp
  unit/test_money.cpp
  unit/test_reliability.cpp
  unit/test_swedish_format.cpp
  unit/test_units.cpp
  unit/test_audit_blocks.cpp
  unit/test_period_headers.cpp
  unit/test_audit_variance.cpp
  unit/test_audit_diagnosis_evidence.cpp)
