#include "Checksum.h"

#include <bit>
#include <cstring>

namespace centinela::core {

namespace {

constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ull;
constexpr std::uint64_t kP2 = 0xC2B2AE3D27D4EB4Full;
constexpr std::uint64_t kP3 = 0x165667B19E3779F9ull;

std::uint64_t round(std::uint64_t acc, std::uint64_t word)
{
    return std::rotl(acc + word * kP2, 31) * kP1;
}

std::uint64_t load(const unsigned char* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

} // namespace

std::uint64_t checksum64(const void* data, std::size_t size, std::uint64_t seed)
{
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t lane[4] = {seed + kP1 + kP2, seed + kP2, seed, seed - kP1};
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32)
        for (int k = 0; k < 4; ++k)
            lane[k] = round(lane[k], load(p + i + 8 * k));
    std::uint64_t h = std::rotl(lane[0], 1) + std::rotl(lane[1], 7) + std::rotl(lane[2], 12) + std::rotl(lane[3], 18);
    for (int k = 0; k < 4; ++k)
        h = (h ^ round(0, lane[k])) * kP1 + kP3;
    h += size;
    for (; i + 8 <= size; i += 8)
        h = std::rotl(h ^ round(0, load(p + i)), 27) * kP1 + kP3;
    for (; i < size; ++i)
        h = std::rotl(h ^ (p[i] * kP3), 11) * kP1;
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}

} // namespace centinela::core
