// lb_add_test() names the shared test main by a path relative to the calling directory; this file
// forwards to the one in tests/support so the analysis tests use the same entry point.
#include "../../support/test_main.cpp"
