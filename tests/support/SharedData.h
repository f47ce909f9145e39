#pragma once

#include <QString>

namespace centinela::test {

/// ../shared/data beside the checkout, or an empty string when it is absent (a user's fresh clone):
/// tests that need it QSKIP with a clear message.
QString sharedDataDir();
/// The build's bin folder (centinela, centinela-cli, centinela-gateway).
QString binDir();

} // namespace centinela::test

/// Skips the current QtTest function when ../shared/data is absent.
#define CENTINELA_REQUIRE_SHARED_DATA()                                                                                \
    do {                                                                                                               \
        if (centinela::test::sharedDataDir().isEmpty())                                                                \
            QSKIP("../shared/data is absent (a fresh clone): this test needs the shared OSM/incident data");           \
    } while (0)
