#pragma once

#include <cstddef>
#include <cstdint>

namespace centinela::core {

/// A fast 64-bit non-cryptographic checksum (four multiply-rotate lanes over 8-byte words, in the
/// manner of xxHash64) for detecting damaged cache files at several GB/s. Chain calls with `seed`.
std::uint64_t checksum64(const void* data, std::size_t size, std::uint64_t seed = 0);

} // namespace centinela::core
