#pragma once

#include <QString>

typedef void CURL;

namespace rollbook {

/// One libcurl easy handle, made once libcurl is set up and cleaned up with its owner; the
/// connection it opens is kept from one transfer to the next. Null when libcurl could not start.
class CurlHandle
{
public:
    CurlHandle();
    ~CurlHandle();
    CurlHandle(const CurlHandle &) = delete;
    CurlHandle &operator=(const CurlHandle &) = delete;

    CURL *get() const { return m_handle; }
    /// What every transfer of Rollbook's sets: no signals, the server's certificate and name
    /// checked (against caFile when given, else the system's), connected within timeoutSeconds and
    /// done within twice that.
    void setChecks(const QString &caFile, int timeoutSeconds);
    /// Runs the transfer set up on the handle: libcurl's CURLcode; code gets the server's last
    /// reply code (0: none), error libcurl's words (CURL_ERROR_SIZE bytes).
    int perform(long *code, char *error);
    /// The connections opened so far: one for many transfers while the server keeps it.
    int connectionsOpened() const { return m_connections; }

private:
    CURL *m_handle = nullptr;
    int m_connections = 0;
};

} // namespace rollbook
