"""/static: gzipped once per file version and kept; everything else as StaticFiles answers."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from starlette.exceptions import HTTPException
from starlette.testclient import TestClient

from minewatch.web.static_files import CompressedStatic

GZIP = {"Accept-Encoding": "gzip"}


def _client(tmp_path: Path) -> tuple[TestClient, CompressedStatic]:
    (tmp_path / "map.json").write_text('{"features": [' + "1, " * 2000 + "1]}", encoding="utf-8")
    (tmp_path / "tiny.css").write_text("a{}", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG" + bytes(4000))
    static = CompressedStatic(tmp_path)
    return TestClient(static), static


def _raw(client: TestClient, path: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    with client.stream("GET", path, headers=headers) as response:
        return response.status_code, dict(response.headers), b"".join(response.iter_raw())


def test_compressed_once_per_file_version(tmp_path: Path) -> None:
    client, static = _client(tmp_path)
    plain = (tmp_path / "map.json").read_bytes()
    status, headers, first = _raw(client, "/map.json", **GZIP)
    assert (status, headers["content-encoding"]) == (200, "gzip")
    assert "Accept-Encoding" in headers["vary"] and int(headers["content-length"]) == len(first)
    assert gzip.decompress(first) == plain and len(first) < len(plain) / 5
    again = _raw(client, "/map.json", **GZIP)[2]
    assert again == first and len(static.gzipped) == 1  # kept, not compressed again
    # A rebuilt file (another size and time) is a new version: compressed afresh.
    (tmp_path / "map.json").write_text('{"features": []}' + " " * 2000, encoding="utf-8")
    os.utime(tmp_path / "map.json", (1, 1))
    rebuilt = _raw(client, "/map.json", **GZIP)[2]
    assert gzip.decompress(rebuilt).startswith(b'{"features": []}') and len(static.gzipped) == 2


def test_what_is_not_compressed_passes_through(tmp_path: Path) -> None:
    client, _ = _client(tmp_path)
    identity = {"Accept-Encoding": "identity"}
    assert "content-encoding" not in _raw(client, "/map.json", **identity)[1]
    assert "content-encoding" not in _raw(client, "/map.json", **{"Accept-Encoding": "gzip;q=0"})[1]
    assert "content-encoding" not in _raw(client, "/tiny.css", **GZIP)[1]  # under 1,000 bytes
    assert "content-encoding" not in _raw(client, "/logo.png", **GZIP)[1]  # not text
    status, _, body = _raw(client, "/map.json", Range="bytes=0-9", **GZIP)
    assert (status, body) == (206, b'{"features')
    etag = _raw(client, "/map.json", **GZIP)[1]["etag"]
    assert _raw(client, "/map.json", **{"If-None-Match": etag}, **GZIP)[0] == 304
    with pytest.raises(HTTPException) as missing:  # the app's handlers make it a 404 page
        _raw(client, "/missing.js", **GZIP)
    assert missing.value.status_code == 404
    assert client.head("/map.json", headers=GZIP).status_code == 200
