#pragma once

#include <libpq-fe.h>

#include <memory>

namespace centinela::core {

struct PgConnDeleter
{
    void operator()(PGconn* c) const { PQfinish(c); }
};
struct PgResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};

using PgConnPtr = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

} // namespace centinela::core
