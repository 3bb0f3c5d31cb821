#pragma once

// What the fuzz targets share: a check that stops the run with a message when a property of the
// code under test fails, so libFuzzer keeps the input that broke it as a crash artifact, and a
// view of the input as text.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define LB_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);                      \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace lb::fuzz {

inline std::string_view asText(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

} // namespace lb::fuzz
