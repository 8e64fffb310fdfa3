// doctest entry point for the core tests; each stage's tests live in tests/core/<stage>/.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
