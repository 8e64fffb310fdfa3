# The native benchmark (bench/gouji_bench.cpp, Google Benchmark from Debian's libbenchmark-dev),
# built by the `bench` preset; bench/run.sh runs it with the rest of the measurements. Included at
# the end of CMakeLists.txt; does nothing unless GOUJI_BENCH=ON.
option(GOUJI_BENCH "Build the native benchmark in bench/ (needs libbenchmark-dev)" OFF)
if(NOT GOUJI_BENCH OR EMSCRIPTEN)
  return()
endif()
find_package(benchmark REQUIRED)
add_executable(gouji_bench ${CMAKE_SOURCE_DIR}/bench/gouji_bench.cpp)
target_link_libraries(gouji_bench PRIVATE gouji_core benchmark::benchmark)
target_compile_definitions(gouji_bench PRIVATE GOUJI_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
