# libFuzzer targets (fuzz/), built by the `fuzz` preset with clang: the core is compiled with
# coverage instrumentation + ASan + UBSan, each fuzz_<name> links libFuzzer's main.
# Run them with scripts/fuzz.sh. Included at the end of CMakeLists.txt; does nothing unless
# GOUJI_FUZZ=ON.
option(GOUJI_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(NOT GOUJI_FUZZ OR EMSCRIPTEN)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "GOUJI_FUZZ needs clang (libFuzzer): cmake --preset fuzz sets CMAKE_CXX_COMPILER=clang++")
endif()

set(GOUJI_FUZZ_SAN -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
target_compile_options(gouji_core PRIVATE -fsanitize=fuzzer-no-link ${GOUJI_FUZZ_SAN})
# The CLI and the doctest binary link the instrumented core too: they need the sanitizer runtimes
# (the coverage callbacks have no-op defaults there), so a plain `cmake --build` of this tree works.
foreach(t gouji gouji_tests)
  if(TARGET ${t})
    target_link_options(${t} PRIVATE ${GOUJI_FUZZ_SAN})
  endif()
endforeach()

set(GOUJI_FUZZ_TARGETS decode text bytes extract docx)
foreach(name ${GOUJI_FUZZ_TARGETS})
  add_executable(fuzz_${name} ${CMAKE_SOURCE_DIR}/fuzz/${name}_fuzz.cpp)
  target_link_libraries(fuzz_${name} PRIVATE gouji_core)
  target_include_directories(fuzz_${name} PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/fuzz)
  target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer ${GOUJI_FUZZ_SAN})
  target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer ${GOUJI_FUZZ_SAN})
endforeach()
# The text target also renders the CLI's text output (quotes around findings).
target_sources(fuzz_text PRIVATE ${CMAKE_SOURCE_DIR}/cli/text_output.cpp)
target_compile_definitions(fuzz_text PRIVATE GOUJI_HARNESS_WITH_CLI)
list(TRANSFORM GOUJI_FUZZ_TARGETS PREPEND fuzz_ OUTPUT_VARIABLE GOUJI_FUZZ_EXES)
add_custom_target(fuzz_all DEPENDS ${GOUJI_FUZZ_EXES})
