#pragma once

namespace centinela::core::geodesic {

/// WGS84 semi-major axis (m) and flattening, as PostGIS and GeographicLib use them.
inline constexpr double kWgs84A = 6378137.0;
inline constexpr double kWgs84F = 1.0 / 298.257223563;

/// Ellipsoidal (WGS84) distance in metres between two lon/lat points in degrees: Vincenty's inverse
/// formula, which agrees with Karney's algorithm (PostGIS geography, GeographicLib) to well under a
/// millimetre for any two points that are not nearly antipodal. Road segments never are; for those
/// the iteration does not converge and a spherical estimate is returned instead.
double distance(double lon1, double lat1, double lon2, double lat2);

/// Great-circle distance on a sphere of radius 6,371,008.8 m (the mean radius). Only for tests and
/// for comparing: it is off by up to 0.5 % against the ellipsoid.
double haversine(double lon1, double lat1, double lon2, double lat2);

/// Metres per degree of longitude and of latitude at latitude `lat` on the ellipsoid: the local
/// scale used to project a neighbourhood onto a plane for snapping (exact to first order).
void metresPerDegree(double lat, double* perLon, double* perLat);

} // namespace centinela::core::geodesic
