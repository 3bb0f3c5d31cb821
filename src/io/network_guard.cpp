#include "io/network_guard.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cpl_conv.h>
#include <cpl_http.h>
#include <ogr_srs_api.h>

#include <mutex>

namespace lb::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Importer)
};

// Every HTTP request GDAL makes through CPLHTTPFetch (a CRS linked from a GeoJSON file, a URL
// given to a driver) ends here with an error instead of on the network.
CPLHTTPResult *refuseFetch(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc, void *,
                           void *)
{
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(CPLSPrintf("Network access is disabled: %s was not fetched.", url ? url : ""));
    return result;
}

} // namespace

void disableNetworkAccess()
{
    static std::once_flag once;
    std::call_once(once, [] {
        CPLHTTPSetFetchCallback(refuseFetch, nullptr);
        // The virtual file systems for cloud storage fetch through curl directly, not through the
        // callback. Their paths are refused before GDAL sees them; these settings are the second
        // line: no credentials read from ~/.aws, ~/.config/gcloud or the environment, no cloud
        // metadata address asked, no retries, and /vsicurl/ open no file name at all.
        const std::pair<const char *, const char *> options[] = {
            {"CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".network-access-disabled"},
            {"GDAL_HTTP_MAX_RETRY", "0"},
            {"GDAL_HTTP_TIMEOUT", "1"},
            {"GDAL_HTTP_CONNECTTIMEOUT", "1"},
            {"AWS_NO_SIGN_REQUEST", "YES"},
            {"CPL_AWS_AUTODETECT_EC2", "NO"},
            {"CPL_AWS_CREDENTIALS_FILE", "/nonexistent/aws-credentials"},
            {"AWS_CONFIG_FILE", "/nonexistent/aws-config"},
            {"GS_NO_SIGN_REQUEST", "YES"},
            {"CPL_GS_CREDENTIALS_FILE", "/nonexistent/gs-credentials"},
            {"CPL_GCE_CHECK_LOCAL_FILES", "NO"},
            {"GOOGLE_APPLICATION_CREDENTIALS", "/nonexistent/google-credentials"},
            {"AZURE_NO_SIGN_REQUEST", "YES"},
            {"PROJ_NETWORK", "OFF"},
        };
        for (const auto &[key, value] : options)
            CPLSetConfigOption(key, value);
        // GDAL's own PROJ contexts: no grid downloads from the CDN.
        OSRSetPROJEnableNetwork(FALSE);
    });
}

QString networkPathError(const QString &path)
{
    // GDAL's network file systems, also nested (/vsizip//vsicurl/...) and in their streaming and
    // "?url=" forms, and any URL.
    static const QRegularExpression network(
        QStringLiteral("/vsi(curl|s3|gs|az|adls|oss|swift|hdfs|webhdfs)(_streaming)?[/?]|://"),
        QRegularExpression::CaseInsensitiveOption);
    const bool isNetwork = network.match(path.trimmed()).hasMatch();
    if (!isNetwork)
        return {};
    return Tr::tr("%1 is a network address. Lägesbild reads only files on this computer (or a drive mounted on "
                  "it) and never fetches data from the network on its own; download the file and open the copy.")
        .arg(path);
}

} // namespace lb::io
