# WebAssembly face: the core + Embind bindings as one self-contained JS file (wasm inlined as
# base64, so it loads from file:// where a separate .wasm fetch fails), then the offline page.
# -Oz alone is a trap: at -Os/-Oz emcc 3.1.6 passes -fno-inline-functions, so clang marks every
# function without an explicit `inline` noinline — in-class accessors (string::size, Text::at,
# vector::operator[]) included — and the core ran ≈ 2× slower than the same code inlined, with a
# larger binary. -finline-functions gives the inliner back its -Oz threshold (bench/wasm_bench.js).
set(GOUJI_WASM_OPTFLAGS "-Oz;-finline-functions" CACHE STRING "Optimisation flags of the wasm core (-Oz, -Os, -O2, -O3 …)")
set(GOUJI_WASM_MALLOC "emmalloc" CACHE STRING "Emscripten allocator of the wasm core (emmalloc, dlmalloc)")
set(GOUJI_WASM_FLAGS
  ${GOUJI_WASM_OPTFLAGS}
  -sMODULARIZE=1
  -sEXPORT_NAME=GoujiCore
  -sENVIRONMENT=web,worker,node
  -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1
  -sDYNAMIC_EXECUTION=0     # no new Function: works under a strict portal CSP
  -sSINGLE_FILE=1
  -sMIN_CHROME_VERSION=57   # 360SE 10+ kernels
  -sINCOMING_MODULE_JS_API=[onRuntimeInitialized,print,printErr,wasmBinary,locateFile]
  # emmalloc: ≈ 2.8 KB less of the gzipped page than dlmalloc, keeping it within its 500 KB budget;
  # measured slower per malloc, which the core's fewer scans since made up for (bench/wasm_bench.js).
  -sMALLOC=${GOUJI_WASM_MALLOC}
  --bind)

# Link-time optimisation: ≈ 4% smaller wasm (≈ 21 KB of the gzipped page) for the same build time.
option(GOUJI_WASM_LTO "Compile and link the wasm core with -flto" ON)
if(GOUJI_WASM_LTO)
  list(APPEND GOUJI_WASM_FLAGS -flto)
  target_compile_options(gouji_core PRIVATE -flto)
endif()

target_compile_options(gouji_core PRIVATE ${GOUJI_WASM_OPTFLAGS})
target_compile_definitions(gouji_core PUBLIC JSON_NOEXCEPTION)

add_executable(gouji_core_js ${CMAKE_SOURCE_DIR}/wasm/bindings.cpp)
target_link_libraries(gouji_core_js PRIVATE gouji_core)
target_compile_options(gouji_core_js PRIVATE ${GOUJI_WASM_OPTFLAGS})
target_link_options(gouji_core_js PRIVATE ${GOUJI_WASM_FLAGS})
set_target_properties(gouji_core_js PROPERTIES OUTPUT_NAME gouji_core SUFFIX ".js")

# The same core without WebAssembly (wasm2js), for browsers that lack it (360SE ≤ 9, Chromium < 57)
# and for portals whose CSP forbids wasm compilation. The page loads it only when needed.
add_executable(gouji_core_asmjs ${CMAKE_SOURCE_DIR}/wasm/bindings.cpp)
target_link_libraries(gouji_core_asmjs PRIVATE gouji_core)
target_compile_options(gouji_core_asmjs PRIVATE ${GOUJI_WASM_OPTFLAGS})
target_link_options(gouji_core_asmjs PRIVATE ${GOUJI_WASM_FLAGS} -sWASM=0)
set_target_properties(gouji_core_asmjs PROPERTIES OUTPUT_NAME gouji_core_asmjs SUFFIX ".js")

# The offline page: web/ sources + the core JS assembled into one HTML file, plus the separate
# files a portal embeds (gouji-core.js, gouji-embed.js, gouji.mjs).
file(GLOB GOUJI_WEB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
file(GLOB GOUJI_RULE_BOOK CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/rules/*.md)  # the page's rule help
find_program(NODE_EXECUTABLE node REQUIRED)
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/dist/gouji.html
  COMMAND ${NODE_EXECUTABLE} ${CMAKE_SOURCE_DIR}/web/tools/build-page.js
          --core $<TARGET_FILE:gouji_core_js>
          --asmjs $<TARGET_FILE:gouji_core_asmjs>
          --examples ${CMAKE_SOURCE_DIR}/examples
          --out ${CMAKE_BINARY_DIR}/dist/gouji.html
  DEPENDS gouji_core_js gouji_core_asmjs ${GOUJI_WEB_SOURCES} ${GOUJI_RULE_BOOK} ${CMAKE_SOURCE_DIR}/web/tools/build-page.js
  COMMENT "Assembling the offline page dist/gouji.html")
add_custom_target(gouji_page ALL DEPENDS ${CMAKE_BINARY_DIR}/dist/gouji.html)
