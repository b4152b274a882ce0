"""Packs the rendered PNGs into mixpay-pos.ico and mixpay-pos.icns (both hold PNG-compressed images)."""
import struct

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024)]


def png(size):
    with open(f"mixpay-pos-{size}.png", "rb") as f:
        return f.read()


def write_ico():
    images = [png(s) for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    with open("mixpay-pos.ico", "wb") as f:
        f.write(header + entries + b"".join(images))


def write_icns():
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for kind, size in ICNS_TYPES)
    with open("mixpay-pos.icns", "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


write_ico()
write_icns()
