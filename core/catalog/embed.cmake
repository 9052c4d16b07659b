# cmake -DINPUT=catalog.yaml -DOUTPUT=catalog_embedded.cpp -P embed.cmake
# Writes the file's bytes as a char array plus its size (no terminating NUL counted).
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Break the array into lines of 16 bytes to keep the generated file readable for compilers.
string(REGEX REPLACE "(('[^']+',){16})" "\\1\n    " bytes "${bytes}")
file(WRITE ${OUTPUT}.tmp
"// Generated from catalog.yaml by embed.cmake; do not edit.
#include <cstddef>

namespace cw::detail {
extern const char kCatalogYaml[];
extern const std::size_t kCatalogYamlSize;
const char kCatalogYaml[] = {
    ${bytes}'\\0'};
const std::size_t kCatalogYamlSize = ${size};
} // namespace cw::detail
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
