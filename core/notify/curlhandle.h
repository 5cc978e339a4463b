#pragma once

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

private:
    CURL *m_handle = nullptr;
};

} // namespace rollbook
