package br.licenciamento.licenca.command.territorio;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Distances and areas in metres, never degrees: geometries are projected into an azimuthal equidistant projection
 * centred on the enterprise, on the sphere of the mean Earth radius (IUGG, 6,371,008.8 m), and measured there with
 * planar JTS operations.
 *
 * <p>Error budget: distances from the centre are exact on the sphere; other distances and areas are off by the
 * projection's scale factor c/sin c − 1 ≈ c²/6 (c the angular distance from the centre), 0.004% at 100 km and 0.1%
 * at 500 km; the sphere differs from the GRS 80 ellipsoid (SIRGAS 2000) by at most about 0.5% in a distance, less in
 * Brazil's latitudes. For the question asked here (is the enterprise within 3,000 m of a feature near it) that is a
 * few metres at most; a feature far away is measured only roughly, and it is far away anyway.
 */
public final class ProjecaoLocal {

    static final double RAIO_MEDIO_DA_TERRA = 6_371_008.8;

    private final double lambda0;
    private final double senPhi0;
    private final double cosPhi0;

    public ProjecaoLocal(double longitude, double latitude) {
        this.lambda0 = Math.toRadians(longitude);
        double phi0 = Math.toRadians(latitude);
        this.senPhi0 = Math.sin(phi0);
        this.cosPhi0 = Math.cos(phi0);
    }

    /** Centred on the middle of the geometry's envelope. */
    public static ProjecaoLocal centradaEm(Geometry g) {
        Coordinate c = g.getEnvelopeInternal().centre();
        return new ProjecaoLocal(c.x, c.y);
    }

    /** A copy of the geometry in metres around the centre. */
    public Geometry projetar(Geometry g) {
        Geometry copia = g.copy();
        copia.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] xy = projetar(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, xy[0]);
                seq.setOrdinate(i, 1, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copia.geometryChanged();
        return copia;
    }

    double[] projetar(double longitude, double latitude) {
        double phi = Math.toRadians(latitude);
        double dLambda = Math.toRadians(longitude) - lambda0;
        double senPhi = Math.sin(phi);
        double cosPhi = Math.cos(phi);
        double cosDLambda = Math.cos(dLambda);
        double cosC = Math.max(-1, Math.min(1, senPhi0 * senPhi + cosPhi0 * cosPhi * cosDLambda));
        double c = Math.acos(cosC);
        double k = c < 1e-12 ? 1 : c / Math.sin(c);
        double x = RAIO_MEDIO_DA_TERRA * k * cosPhi * Math.sin(dLambda);
        double y = RAIO_MEDIO_DA_TERRA * k * (cosPhi0 * senPhi - senPhi0 * cosPhi * cosDLambda);
        return new double[]{x, y};
    }

    /** Great-circle distance on the same sphere, in metres (for tests and for a quick bound). */
    public static double distanciaMetros(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * RAIO_MEDIO_DA_TERRA * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude and longitude that {@code metros} cover at least, around a latitude (to widen an envelope). */
    static double[] grausPara(double metros, double latitude) {
        double dLat = Math.toDegrees(metros / RAIO_MEDIO_DA_TERRA);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude) + dLat))));
        return new double[]{dLat / cos, dLat};
    }
}
