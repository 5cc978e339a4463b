#include "notify/curlhandle.h"

#include <curl/curl.h>

namespace rollbook {

CurlHandle::CurlHandle()
{
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (ready)
        m_handle = curl_easy_init();
}

CurlHandle::~CurlHandle()
{
    if (m_handle)
        curl_easy_cleanup(m_handle);
}

} // namespace rollbook
