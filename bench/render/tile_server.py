#!/usr/bin/env python3
"""tile_server.py PORT [DELAY_MS]: answers every GET /{z}/{x}/{y}.png with a 256-pixel PNG tile
whose colour follows x and y (a checkerboard a person can see), after DELAY_MS (default 0) to
stand in for a distant server. For bench_base_map_pan's tile runs; local only."""
import http.server, struct, sys, time, zlib

def png(r, g, b):
    raw = b''.join(b'\x00' + bytes((r, g, b)) * 256 for _ in range(256))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 256, 256, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

TILES = [png(200, 210, 190), png(170, 190, 215)]
DELAY = (int(sys.argv[2]) if len(sys.argv) > 2 else 0) / 1000.0

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        parts = self.path.strip('/').split('/')
        try:
            x, y = int(parts[-2]), int(parts[-1].split('.')[0])
        except (ValueError, IndexError):
            self.send_error(404)
            return
        time.sleep(DELAY)
        body = TILES[(x + y) % 2]
        self.send_response(200)
        self.send_header('Content-Type', 'image/png')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Handler).serve_forever()
