"""Geodesic areas against independent computations, and each GICHD geometry check."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from pyproj import Proj
from shapely.geometry import MultiPolygon, Point, Polygon

from minewatch.domain.geometry import (
    DuplicateFinder,
    Severity,
    area_m2,
    check_geometries,
    check_geometry,
    encode,
    to_wgs84,
    to_wgs84_all,
)

# WGS 84 ellipsoid (NIMA TR8350.2): semi-major axis and flattening.
A = 6_378_137.0
F = 1 / 298.257223563
E2 = F * (2 - F)
E = math.sqrt(E2)
B = A * (1 - F)


def _q(lat_deg: float) -> float:
    s = math.sin(math.radians(lat_deg))
    return s / (1 - E2 * s * s) + (1 / (2 * E)) * math.log((1 + E * s) / (1 - E * s))


def quadrangle_area(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Area between two parallels and two meridians on the ellipsoid, closed form (Snyder,
    Map Projections: A Working Manual, 1987, the authalic-latitude q function)."""
    return B * B * math.radians(lon2 - lon1) / 2 * (_q(lat2) - _q(lat1))


@pytest.mark.parametrize("lat", [0.0, 4.5, 45.0, -33.0, 70.0])
def test_small_quadrangle_matches_the_closed_form(lat: float) -> None:
    side = 0.01  # ~1 km: geodesic and parallel edges differ by millimetres
    cell = Polygon([(10, lat), (10 + side, lat), (10 + side, lat + side), (10, lat + side)])
    expected = quadrangle_area(10, lat, 10 + side, lat + side)
    assert area_m2(cell) == pytest.approx(expected, rel=1e-5)


def test_area_shrinks_with_latitude_as_the_ellipsoid_says() -> None:
    def cell(lat: float) -> Polygon:
        return Polygon([(0, lat), (0.01, lat), (0.01, lat + 0.01), (0, lat + 0.01)])

    ratio = area_m2(cell(60.0)) / area_m2(cell(0.0))
    assert ratio == pytest.approx(
        quadrangle_area(0, 60, 0.01, 60.01) / quadrangle_area(0, 0, 0.01, 0.01), rel=1e-5
    )
    assert 0.49 < ratio < 0.51  # cos 60° ≈ 0.5


def test_a_utm_polygon_gets_its_geodesic_area_not_its_planar_area() -> None:
    # 1 km × 1 km in UTM zone 18N, 100 km west of the central meridian (near Cartagena).
    x, y, side = 400_000.0, 1_150_000.0, 1_000.0
    square = Polygon([(x, y), (x + side, y), (x + side, y + side), (x, y + side)])
    geodesic = area_m2(to_wgs84(square, "EPSG:32618"))
    # Independently: planar UTM area divided by the projection's areal scale at the centre
    # (Transverse Mercator scale factors, Snyder 1987), from the projection, not the geodesic.
    utm = Proj("EPSG:32618")
    lon, lat = utm(x + side / 2, y + side / 2, inverse=True)
    expected = square.area / utm.get_factors(lon, lat).areal_scale
    assert geodesic == pytest.approx(expected, rel=1e-5)
    assert abs(geodesic - square.area) > 500  # the planar figure is off by ~0.06 %


def test_points_and_lines_have_no_area() -> None:
    assert area_m2(Point(1, 1)) == 0.0


def _codes(geometry: shapely.Geometry) -> dict[str, Severity]:
    return {issue.code: issue.severity for issue in check_geometry(geometry)}


def test_a_self_crossing_ring_is_an_invalid_ring_error() -> None:
    bowtie = Polygon([(0, 0), (0.01, 0.01), (0.01, 0), (0, 0.01)])
    assert _codes(bowtie)["invalid_ring"] is Severity.ERROR


def test_fewer_than_three_vertices_is_an_error() -> None:
    sliver = Polygon([(0, 0), (0.01, 0), (0, 0)])
    assert _codes(sliver)["too_few_vertices"] is Severity.ERROR


def test_vertices_more_than_5_km_apart_are_a_warning() -> None:
    near = Polygon([(0, 0), (0.04, 0), (0.04, 0.04), (0, 0.04)])  # ~4.4 km sides
    far = Polygon([(0, 0), (0.05, 0), (0.05, 0.05), (0, 0.05)])  # ~5.6 km sides
    assert "long_segment" not in _codes(near)
    assert _codes(far)["long_segment"] is Severity.WARNING
    assert "5.6 km" in next(i.detail for i in check_geometry(far) if i.code == "long_segment")


def test_overlapping_parts_are_flagged_and_counted_once() -> None:
    a = Polygon([(0, 0), (0.01, 0), (0.01, 0.01), (0, 0.01)])
    b = Polygon([(0.005, 0), (0.015, 0), (0.015, 0.01), (0.005, 0.01)])
    both = MultiPolygon([a, b])
    assert _codes(both)["overlapping_parts"] is Severity.WARNING
    assert area_m2(both) == pytest.approx(area_m2(shapely.union(a, b)), rel=1e-9)
    apart = MultiPolygon([a, shapely.affinity.translate(a, 0.02)])
    assert "overlapping_parts" not in _codes(apart)


def test_coordinates_outside_lon_lat_are_an_error() -> None:
    assert _codes(Point(400_000, 1_150_000))["out_of_range"] is Severity.ERROR


def test_duplicate_geometries_points_and_ids_are_found_across_rows() -> None:
    finder = DuplicateFinder()
    square = Polygon([(0, 0), (0.01, 0), (0.01, 0.01), (0, 0.01)])
    same_square_other_start = Polygon([(0.01, 0), (0.01, 0.01), (0, 0.01), (0, 0)])
    assert finder.check(2, square, "H-1") == []
    codes = {i.code for i in finder.check(3, same_square_other_start, "H-1")}
    assert codes == {"duplicate_geometry", "duplicate_id"}
    assert finder.check(4, Point(1, 1), None) == []
    assert [i.code for i in finder.check(5, Point(1, 1), "P-2")] == ["duplicate_point"]


def test_a_clean_polygon_has_no_issues() -> None:
    assert check_geometry(Polygon([(0, 0), (0.01, 0), (0.01, 0.01), (0, 0.01)])) == []


def _mixed_batch() -> list[shapely.Geometry]:
    """Points in and out of range (and one empty, one with NaN), a 3-D point, and shapes that
    fail each non-point check, in one batch."""
    return [
        Point(-74.1, 4.6),
        Point(500_000, 4_000_000),  # projected metres read as degrees
        shapely.from_wkt("POINT EMPTY"),
        Point(float("nan"), float("nan")),
        Point(-74.1, 4.6, 2600.0),
        Point(-181.0, 0.0),
        Polygon([(0, 0), (1, 1), (1, 0), (0, 1)]),  # self-crossing
        Polygon([(0, 0), (0.1, 0), (0.1, 0.1), (0, 0.1)]),
        shapely.LineString([(0, 0), (1, 0)]),  # 111 km between vertices
        shapely.MultiPoint([(0, 0), (200, 0)]),
    ]


def test_checking_a_batch_gives_what_checking_each_feature_gives() -> None:
    batch = _mixed_batch()
    found = check_geometries(batch)
    assert found == [check_geometry(g) for g in batch]
    assert [[i.code for i in issues] for issues in found][:3] == [[], ["out_of_range"], ["empty"]]
    assert check_geometries([]) == []


def test_encoding_a_batch_gives_each_feature_s_2d_wkb_and_bounds() -> None:
    batch = [*_mixed_batch(), None]
    encoded = encode(batch)
    for i, shape in enumerate(batch):
        if shape is None:
            assert (encoded.wkb[i], encoded.hex[i], encoded.bounds[i]) == (None, None, None)
            continue
        flat = shapely.force_2d(shape)
        assert encoded.wkb[i] == shapely.to_wkb(flat)
        assert encoded.hex[i] == shapely.to_wkb(flat, hex=True)
        assert encoded.bounds[i] == pytest.approx(flat.bounds, nan_ok=True)
    assert shapely.from_wkb(encoded.wkb[4]).has_z is False


def test_transforming_a_batch_gives_what_transforming_each_feature_gives() -> None:
    batch = [Point(500_000, 4_000_000), Polygon([(0, 0), (1000, 0), (1000, 1000)])]
    together = to_wgs84_all(np.asarray(batch, dtype=object), "EPSG:32618").tolist()
    assert [g.wkt for g in together] == [to_wgs84(g, "EPSG:32618").wkt for g in batch]
    assert together[0].x == pytest.approx(-75.0, abs=0.01)
