// No file makes the program reach the network. A listener on 127.0.0.1 stands in for every
// server a hostile file could point at: a GeoJSON whose CRS is a link to it, /vsicurl/ and plain
// URLs, a zip read through /vsicurl/, and /vsis3/ with its endpoint set to it. Probing and
// importing must send it nothing, and the refused paths must say why.

#include "import_test_support.h"
#include "io/network_guard.h"
#include "support/test_support.h"

#include <QDir>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace lb;
using namespace lb::test;

namespace {

// Accepts connections on a free port of 127.0.0.1, counts them and the bytes sent, and closes
// them without answering. Stops and joins its thread when destroyed.
class Listener {
public:
    Listener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(m_fd, 16) == 0);
        socklen_t len = sizeof addr;
        REQUIRE(::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~Listener()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;

    int port() const { return m_port; }
    int connections() const { return m_connections; }
    QString url(const QString &file) const { return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(file); }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                continue;
            ++m_connections;
            pollfd q{c, POLLIN, 0};
            char buf[4096];
            if (::poll(&q, 1, 200) > 0)
                (void)::recv(c, buf, sizeof buf, 0);
            ::close(c);
        }
    }

    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    std::thread m_thread;
};

} // namespace

TEST_CASE("paths that name a network location are told apart from local ones", "[io][network]")
{
    for (const char *local : {"/home/anna/polisen.csv", "/vsizip//home/anna/polisen.zip/polisen.csv",
                              "C:\\Data\\trygghet.xlsx", "/mnt/kommun/omraden.gpkg", "/srv/vsis3-kopia/polisen.csv"})
        CHECK(io::networkPathError(QString::fromUtf8(local)).isEmpty());
    for (const char *remote :
         {"/vsicurl/http://example.org/a.csv", "/VSIS3/bucket/a.gpkg", "/vsigs/b/a.shp", "/vsiaz/c/a.csv",
          "/vsioss/b/a.csv", "/vsiswift/b/a.csv", "/vsihdfs/a.csv", "/vsiwebhdfs/http://h/a.csv",
          "https://example.org/a.geojson", "ftp://h/a.csv", "/vsizip//vsicurl/http://example.org/a.zip/a.shp",
          "/vsicurl_streaming/http://h/a", "/vsicurl?url=http%3A%2F%2Fh%2Fa.csv"})
        CHECK(io::networkPathError(QString::fromUtf8(remote)).contains(QStringLiteral("network address")));
}

TEST_CASE("probing and importing hostile files sends nothing to the network", "[io][network][cli]")
{
    Listener server;
    QTemporaryDir dir;
    makeStore(dir);
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    // Cloud paths would go to the listener instead of the internet if they were followed.
    qputenv("AWS_S3_ENDPOINT", QStringLiteral("127.0.0.1:%1").arg(server.port()).toUtf8());
    qputenv("AWS_HTTPS", "NO");
    qputenv("AWS_VIRTUAL_HOSTING", "FALSE");
    qputenv("AWS_ACCESS_KEY_ID", "test");
    qputenv("AWS_SECRET_ACCESS_KEY", "test");

    // A GeoJSON whose CRS is a link: GDAL would fetch the linked definition.
    const QByteArray geojson = R"({"type": "FeatureCollection",
"crs": {"type": "link", "properties": {"href": ")" +
                               server.url(QStringLiteral("crs.wkt")).toUtf8() +
                               R"(", "type": "ogcwkt"}},
"features": [{"type": "Feature", "properties": {"id": "L1", "datum": "2023-03-29 14:05", "kategori": "Klotter"},
  "geometry": {"type": "Point", "coordinates": [18.0686, 59.3293]}}]})";
    const QString linked = writeFile(dir, QStringLiteral("lankad.geojson"), geojson);
    QString out, err;
    runCli({QStringLiteral("probe"), linked}, &out, &err);
    runCli({QStringLiteral("import"), linked, QStringLiteral("--store"), store, QStringLiteral("--kind"),
            QStringLiteral("incidents"), QStringLiteral("--map"), QStringLiteral("ref=id"), QStringLiteral("--map"),
            QStringLiteral("time=datum"), QStringLiteral("--map"), QStringLiteral("category=kategori"),
            QStringLiteral("--crs"), QStringLiteral("EPSG:4326")},
           &out, &err);
    CHECK(out.contains(QStringLiteral("Accepted: 1")));
    CHECK(server.connections() == 0);

    // KML and GPX may name URLs: a network link to more placemarks, an icon, a link.
    const QByteArray kml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Style id="s"><IconStyle><Icon><href>)" +
                           server.url(QStringLiteral("icon.png")).toUtf8() +
                           R"(</href></Icon></IconStyle></Style>
<NetworkLink><Link><href>)" +
                           server.url(QStringLiteral("more.kml")).toUtf8() +
                           R"(</href></Link></NetworkLink>
<Placemark><name>K1</name><styleUrl>)" +
                           server.url(QStringLiteral("styles.kml#s")).toUtf8() +
                           R"(</styleUrl><Point><coordinates>18.0686,59.3293</coordinates></Point></Placemark>
</Document></kml>)";
    const QByteArray gpx = R"(<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<metadata><link href=")" + server.url(QStringLiteral("meta")).toUtf8() +
                           R"("/></metadata>
<wpt lat="59.3293" lon="18.0686"><name>G1</name><link href=")" +
                           server.url(QStringLiteral("wpt")).toUtf8() + R"("/></wpt></gpx>)";
    for (const QString &file :
         {writeFile(dir, QStringLiteral("lankar.kml"), kml), writeFile(dir, QStringLiteral("lankar.gpx"), gpx)}) {
        INFO(file.toStdString());
        CHECK(runCli({QStringLiteral("probe"), file}, &out, &err) == 0);
    }
    CHECK(server.connections() == 0);

    const QStringList refused = {
        QStringLiteral("/vsicurl/") + server.url(QStringLiteral("a.geojson")),
        server.url(QStringLiteral("a.geojson")),
        QStringLiteral("ftp://127.0.0.1:%1/a.csv").arg(server.port()),
        QStringLiteral("/vsizip//vsicurl/") + server.url(QStringLiteral("a.zip")),
        QStringLiteral("/vsis3/lagesbild-test/a.geojson"),
    };
    for (const QString &path : refused) {
        INFO(path.toStdString());
        CHECK(runCli({QStringLiteral("probe"), path}, &out, &err) == 1);
        CHECK(err.contains(QStringLiteral("network address")));
        CHECK(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), store, QStringLiteral("--kind"),
                      QStringLiteral("incidents")},
                     &out, &err) == 1);
        CHECK(err.contains(QStringLiteral("network address")));
    }
    CHECK(server.connections() == 0);
    for (const char *name :
         {"AWS_S3_ENDPOINT", "AWS_HTTPS", "AWS_VIRTUAL_HOSTING", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"})
        qunsetenv(name);
}
