# cmake -DLAYERS=<cmake/layers.cmake> -DWORK=<scratch folder> -DGENERATOR=<generator> -P this
# Configures one small project per case with cmake/layers.cmake and checks the outcome: the
# allowed links configure, each forbidden one fails with the layer check's message naming both
# targets. Interface libraries only, so no compiler is involved.
cmake_minimum_required(VERSION 3.24)
foreach(var LAYERS WORK GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "tst_layers.cmake needs -D${var}=...")
    endif()
endforeach()

set(failures 0)

# run_case(<name> <expect: ok|fail> <body> [<expected message fragment>...]): <body> is the
# fixture's CMake code after the layer declarations; folders low/, high/, top/ and loose/ exist
# with an empty CMakeLists.txt unless the body writes them.
function(run_case name expect body)
    set(src ${WORK}/${name}/src)
    set(bin ${WORK}/${name}/build)
    file(REMOVE_RECURSE ${WORK}/${name})
    file(MAKE_DIRECTORY ${src}/low ${src}/high ${src}/top ${src}/loose)
    file(WRITE ${src}/CMakeLists.txt "cmake_minimum_required(VERSION 3.24)
project(layers_${name} LANGUAGES NONE)
include(${LAYERS})
cloudwright_layer_folders(core low)
cloudwright_layer_folders(gui high)
cloudwright_layer_folders(test top)
${body}
cloudwright_check_layers()
")
    execute_process(COMMAND ${CMAKE_COMMAND} -S ${src} -B ${bin} -G ${GENERATOR}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REGEX REPLACE "[ \n]+" " " text "${out}${err}") # CMake wraps long messages
    set(ok TRUE)
    if(expect STREQUAL "ok" AND NOT rc EQUAL 0)
        set(ok FALSE)
    elseif(expect STREQUAL "fail")
        if(rc EQUAL 0)
            set(ok FALSE)
        endif()
        foreach(fragment IN LISTS ARGN)
            string(FIND "${text}" "${fragment}" at)
            if(at LESS 0)
                message("  missing in the output: ${fragment}")
                set(ok FALSE)
            endif()
        endforeach()
    endif()
    if(ok)
        message("PASS ${name}")
    else()
        message("FAIL ${name} (exit ${rc}, expected ${expect}):\n${out}${err}")
        math(EXPR n "${failures} + 1")
        set(failures ${n} PARENT_SCOPE)
    endif()
endfunction()

# Links that point down or stay in a layer configure; tests link anything.
run_case(down ok "
file(WRITE \${CMAKE_SOURCE_DIR}/low/CMakeLists.txt \"add_library(cw_low INTERFACE)\")
file(WRITE \${CMAKE_SOURCE_DIR}/high/CMakeLists.txt \"add_library(cw_high INTERFACE)
add_library(cw_high2 INTERFACE)
target_link_libraries(cw_high INTERFACE cw_low cw_high2)\")
file(WRITE \${CMAKE_SOURCE_DIR}/top/CMakeLists.txt \"add_library(tst_x INTERFACE)
target_link_libraries(tst_x INTERFACE cw_high cw_low)\")
add_subdirectory(low)
add_subdirectory(high)
add_subdirectory(top)
")

# A core target linking a gui target fails, naming both, their layers and the order.
run_case(up fail "
file(WRITE \${CMAKE_SOURCE_DIR}/low/CMakeLists.txt \"add_library(cw_low INTERFACE)
target_link_libraries(cw_low INTERFACE cw_high)\")
file(WRITE \${CMAKE_SOURCE_DIR}/high/CMakeLists.txt \"add_library(cw_high INTERFACE)\")
add_subdirectory(low)
add_subdirectory(high)
" "Layer check failed"
  "cw_low (layer core, low/) links cw_high (layer gui, high/), a higher layer"
  "core < support < scene < exporters < gui < qml < app < test")

# The same link made from another folder (CMake records it with ::@ scope markers) and through
# an alias is caught too.
run_case(up_from_elsewhere fail "
file(WRITE \${CMAKE_SOURCE_DIR}/low/CMakeLists.txt \"add_library(cw_low INTERFACE)\")
file(WRITE \${CMAKE_SOURCE_DIR}/high/CMakeLists.txt \"add_library(cw_high INTERFACE)
add_library(cw::high ALIAS cw_high)\")
add_subdirectory(low)
add_subdirectory(high)
target_link_libraries(cw_low INTERFACE cw::high)
" "cw_low (layer core, low/) links cw_high (layer gui, high/)")

# A PRIVATE link of a static library (LINK_LIBRARIES, $<LINK_ONLY:...> in its interface) is
# caught before generation, so the fixture needs no compiler.
run_case(up_private fail "
file(WRITE \${CMAKE_SOURCE_DIR}/low/low.cpp \"\")
file(WRITE \${CMAKE_SOURCE_DIR}/low/CMakeLists.txt \"add_library(cw_low STATIC low.cpp)
target_link_libraries(cw_low PRIVATE cw_high)\")
file(WRITE \${CMAKE_SOURCE_DIR}/high/CMakeLists.txt \"add_library(cw_high INTERFACE)\")
add_subdirectory(low)
add_subdirectory(high)
" "cw_low (layer core, low/) links cw_high (layer gui, high/)")

# cloudwright_layer() overrides the folder: a tool declared 'app' in low/ may link gui, and a
# gui target declared 'core' may not.
run_case(explicit ok "
file(WRITE \${CMAKE_SOURCE_DIR}/low/CMakeLists.txt \"add_library(cw_tool INTERFACE)
target_link_libraries(cw_tool INTERFACE cw_high)
cloudwright_layer(app cw_tool)\")
file(WRITE \${CMAKE_SOURCE_DIR}/high/CMakeLists.txt \"add_library(cw_high INTERFACE)\")
add_subdirectory(low)
add_subdirectory(high)
")
run_case(explicit_up fail "
file(WRITE \${CMAKE_SOURCE_DIR}/high/CMakeLists.txt \"add_library(cw_high INTERFACE)
add_library(cw_base INTERFACE)
target_link_libraries(cw_base INTERFACE cw_high)
cloudwright_layer(core cw_base)\")
add_subdirectory(high)
" "cw_base (layer core, high/) links cw_high (layer gui, high/)")

# A target in a folder no layer covers is an error of its own.
run_case(no_layer fail "
file(WRITE \${CMAKE_SOURCE_DIR}/loose/CMakeLists.txt \"add_library(cw_loose INTERFACE)\")
add_subdirectory(loose)
" "cw_loose (loose/) has no layer")

# An unknown layer name is refused where it is declared.
run_case(unknown_layer fail "cloudwright_layer_folders(middle loose)"
  "unknown layer 'middle'")

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} layer case(s) failed")
endif()
