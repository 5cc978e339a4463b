#pragma once

#include "mailworker.h"

#include <QString>

namespace rollbook {

/// How rollbookd serves: the database, the address (loopback by default) and the TLS files.
struct ServeOptions
{
    QString pgUrl;
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443; ///< 0 picks a free port (printed on the first line of stdout)
    QString certificate; ///< PEM; the chain the clients check
    QString key; ///< PEM private key
    int threads = 8; ///< worker threads, each with its own PostgreSQL connection
    MailOptions mail; ///< how the queued notifications go out (a thread of their own)
};

/// Serves HTTP/1.1 + JSON over TLS until SIGINT or SIGTERM; gives the process exit code. Every
/// request gets one log line on stderr; bodies over Requests::MaxBody get 413.
int serve(const ServeOptions &options);

} // namespace rollbook
