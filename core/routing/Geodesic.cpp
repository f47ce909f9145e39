#include "Geodesic.h"

#include <cmath>
#include <numbers>

namespace centinela::core::geodesic {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kMeanRadius = 6371008.8;

} // namespace

double haversine(double lon1, double lat1, double lon2, double lat2)
{
    const double p1 = lat1 * kDeg, p2 = lat2 * kDeg;
    const double dp = p2 - p1, dl = (lon2 - lon1) * kDeg;
    const double h =
        std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * kMeanRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

double distance(double lon1, double lat1, double lon2, double lat2)
{
    if (lon1 == lon2 && lat1 == lat2)
        return 0;
    constexpr double a = kWgs84A;
    constexpr double f = kWgs84F;
    constexpr double b = a * (1 - f);
    const double L = (lon2 - lon1) * kDeg;
    const double U1 = std::atan((1 - f) * std::tan(lat1 * kDeg));
    const double U2 = std::atan((1 - f) * std::tan(lat2 * kDeg));
    const double sinU1 = std::sin(U1), cosU1 = std::cos(U1);
    const double sinU2 = std::sin(U2), cosU2 = std::cos(U2);

    double lambda = L;
    double sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
    for (int i = 0; i < 200; ++i) {
        const double sinLambda = std::sin(lambda), cosLambda = std::cos(lambda);
        const double t1 = cosU2 * sinLambda;
        const double t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
        sinSigma = std::sqrt(t1 * t1 + t2 * t2);
        if (sinSigma == 0)
            return 0; // coincident points
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
        sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
        cos2Alpha = 1 - sinAlpha * sinAlpha;
        // On the equator cos2Alpha is 0 and the term below is undefined; its limit is 0.
        cos2SigmaM = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0;
        const double C = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
        const double previous = lambda;
        lambda = L + (1 - C) * f * sinAlpha *
                         (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - previous) < 1e-12) {
            const double u2 = cos2Alpha * (a * a - b * b) / (b * b);
            const double A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
            const double B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
            const double deltaSigma = B * sinSigma *
                                      (cos2SigmaM + B / 4 *
                                                        (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
                                                         B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) *
                                                             (-3 + 4 * cos2SigmaM * cos2SigmaM)));
            return b * A * (sigma - deltaSigma);
        }
    }
    return haversine(lon1, lat1, lon2, lat2);
}

void metresPerDegree(double lat, double* perLon, double* perLat)
{
    constexpr double e2 = kWgs84F * (2 - kWgs84F);
    const double s = std::sin(lat * kDeg);
    const double w = std::sqrt(1 - e2 * s * s);
    const double n = kWgs84A / w;                      // prime vertical radius of curvature
    const double m = kWgs84A * (1 - e2) / (w * w * w); // meridional radius of curvature
    *perLon = n * std::cos(lat * kDeg) * kDeg;
    *perLat = m * kDeg;
}

} // namespace centinela::core::geodesic
