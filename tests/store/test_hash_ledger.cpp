// HashLedger: exact occurrence counts while most keys live in temporary files.

#include "store/hash_ledger.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <vector>

using lb::store::HashLedger;

TEST_CASE("HashLedger counts every key exactly after spilling and merging", "[store][ledger]")
{
    // 64 slots: a spill every 32 new keys, and the runs merged many times over.
    HashLedger ledger(64, 1024);
    std::map<std::uint64_t, std::uint64_t> expected;
    std::mt19937_64 random(7);
    std::vector<std::uint64_t> keys;
    for (int i = 0; i < 20000; ++i) {
        // Half of the rows repeat an earlier key, some of them long after it left the table.
        std::uint64_t key;
        if (!keys.empty() && random() % 2 == 0)
            key = keys[random() % keys.size()];
        else {
            key = random();
            keys.push_back(key);
        }
        const std::uint64_t count = ++expected[key];
        REQUIRE(ledger.add(key) == count);
    }
    CHECK(ledger.ok());
    CHECK(ledger.spilledKeys() > 0);
    for (const auto &[key, count] : expected)
        REQUIRE(ledger.count(key) == count);
    CHECK(ledger.count(12345) == 0);
    CHECK(ledger.count(0) == 0);
}

TEST_CASE("HashLedger takes a sorted set of known keys, then counts on from one", "[store][ledger]")
{
    HashLedger ledger(64, 1024);
    ledger.beginSorted();
    for (std::uint64_t k = 0; k < 5000; ++k)
        ledger.pushSorted(k * 3); // 0, 3, 6, ...
    ledger.endSorted();
    CHECK(ledger.count(0) == 1);
    CHECK(ledger.count(2997) == 1);
    CHECK(ledger.count(14997) == 1);
    CHECK(ledger.count(14998) == 0);
    CHECK(ledger.count(1) == 0);
    // Known keys count on; new ones start at one; both survive later spills.
    CHECK(ledger.add(3) == 2);
    CHECK(ledger.add(4) == 1);
    for (std::uint64_t k = 100000; k < 100500; ++k)
        CHECK(ledger.add(k) == 1);
    CHECK(ledger.add(3) == 3);
    CHECK(ledger.add(4) == 2);
    CHECK(ledger.add(6) == 2);
    CHECK(ledger.add(100000) == 2);
    CHECK(ledger.count(5) == 0);
}

TEST_CASE("HashLedger counts keys that are all alike in their low bits", "[store][ledger]")
{
    // Small numbers and multiples of a power of two still spread over the table and the filter.
    HashLedger ledger(256, 4096);
    for (int round = 1; round <= 3; ++round)
        for (std::uint64_t k = 0; k < 3000; ++k)
            REQUIRE(ledger.add(k << 20) == static_cast<std::uint64_t>(round));
}
