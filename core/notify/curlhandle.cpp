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

void CurlHandle::setChecks(const QString &caFile, int timeoutSeconds)
{
    const QByteArray ca = caFile.toLocal8Bit(); // libcurl keeps a copy
    curl_easy_setopt(m_handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_handle, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(m_handle, CURLOPT_CAINFO, ca.isEmpty() ? nullptr : ca.constData());
    curl_easy_setopt(m_handle, CURLOPT_CONNECTTIMEOUT, long(timeoutSeconds));
    curl_easy_setopt(m_handle, CURLOPT_TIMEOUT, long(timeoutSeconds) * 2);
}

int CurlHandle::perform(long *code, char *error)
{
    error[0] = '\0';
    curl_easy_setopt(m_handle, CURLOPT_ERRORBUFFER, error);
    const CURLcode result = curl_easy_perform(m_handle);
    *code = 0;
    curl_easy_getinfo(m_handle, CURLINFO_RESPONSE_CODE, code);
    long opened = 0;
    curl_easy_getinfo(m_handle, CURLINFO_NUM_CONNECTS, &opened);
    m_connections += int(opened);
    curl_easy_setopt(m_handle, CURLOPT_ERRORBUFFER, nullptr);
    return int(result);
}

} // namespace rollbook
