"""Geodesic areas against independent computations, and each GICHD geometry check."""

from __future__ import annotations

import math

import pytest
import shapely
from pyproj import Proj
from shapely.geometry import MultiPolygon, Point, Polygon

from minewatch.domain.geometry import (
    DuplicateFinder,
    Severity,
    area_m2,
    check_geometry,
    to_wgs84,
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
