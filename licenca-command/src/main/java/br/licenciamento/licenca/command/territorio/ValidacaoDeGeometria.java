package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.territorio.TipoDeCamada;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The checks on the enterprise's location, each refused naming the field: a GeoJSON geometry of a known type with
 * sound coordinates; a valid one (no self-intersecting polygon: JTS {@link IsValidOp}); inside Brazil's extent (and,
 * when the coordinates were sent latitude first, saying so); inside the municipality it names when that municipal
 * boundary is loaded; and of a sensible size.
 */
@Component
public class ValidacaoDeGeometria {

    /**
     * Brazil's extent with a margin of a few kilometres: from Serra do Divisor (-73.99) to the Martim Vaz islands
     * (-28.85) and from Monte Caburaí (5.27) to Arroio Chuí (-33.75).
     */
    static final Envelope BRASIL = new Envelope(-74.1, -28.7, -33.9, 5.4);

    private final IndiceDasCamadas camadas;
    private final double areaMaximaM2;
    private final double comprimentoMaximoM;

    public ValidacaoDeGeometria(IndiceDasCamadas camadas,
                                @Value("${licenciamento.territorio.area-maxima-km2:50000}") double areaMaximaKm2,
                                @Value("${licenciamento.territorio.comprimento-maximo-km:3000}") double comprimentoMaximoKm) {
        this.camadas = camadas;
        this.areaMaximaM2 = areaMaximaKm2 * 1e6;
        this.comprimentoMaximoM = comprimentoMaximoKm * 1e3;
    }

    /** The geometry read and checked; {@code municipioIbge} may be null (not checked then). */
    public Geometry validar(String geojson, String municipioIbge, String campo) {
        Geometry g = GeoJson.ler(geojson, campo);
        return validar(g, municipioIbge, campo);
    }

    public Geometry validar(Geometry g, String municipioIbge, String campo) {
        dentroDoBrasil(g, campo);
        IsValidOp valida = new IsValidOp(g);
        if (!valida.isValid()) {
            TopologyValidationError erro = valida.getValidationError();
            Coordinate onde = erro.getCoordinate();
            String local = onde == null ? "" : String.format(Locale.ROOT, "%.6f, %.6f", onde.x, onde.y);
            throw new GeometriaInvalidaException(campo, erro.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || erro.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION
                    ? "geometria-invalida.auto-intersecao" : "geometria-invalida.topologia", local);
        }
        tamanho(g, campo);
        if (municipioIbge != null) {
            dentroDoMunicipio(g, municipioIbge, campo);
        }
        return g;
    }

    private static void dentroDoBrasil(Geometry g, String campo) {
        if (BRASIL.covers(g.getEnvelopeInternal())) {
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        Envelope invertido = new Envelope(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX());
        if (BRASIL.covers(invertido)) {
            throw new GeometriaInvalidaException(campo, "geometria-fora-do-brasil.invertida");
        }
        throw new GeometriaInvalidaException(campo, "geometria-fora-do-brasil");
    }

    private void tamanho(Geometry g, String campo) {
        Geometry emMetros = ProjecaoLocal.centradaEm(g).projetar(g);
        if (g instanceof Polygonal && emMetros.getArea() > areaMaximaM2) {
            throw new GeometriaInvalidaException(campo, "geometria-grande-demais.area",
                    Math.round(emMetros.getArea() / 1e6), Math.round(areaMaximaM2 / 1e6));
        }
        if (g instanceof Lineal && emMetros.getLength() > comprimentoMaximoM) {
            throw new GeometriaInvalidaException(campo, "geometria-grande-demais.comprimento",
                    Math.round(emMetros.getLength() / 1e3), Math.round(comprimentoMaximoM / 1e3));
        }
        Envelope extensao = emMetros.getEnvelopeInternal();
        if (Math.max(extensao.getWidth(), extensao.getHeight()) > comprimentoMaximoM) {
            throw new GeometriaInvalidaException(campo, "geometria-grande-demais.extensao", Math.round(comprimentoMaximoM / 1e3));
        }
    }

    private void dentroDoMunicipio(Geometry g, String municipioIbge, String campo) {
        for (CamadaCarregada camada : camadas.vigentes()) {
            if (camada.versao().tipo() != TipoDeCamada.LIMITE_MUNICIPAL) {
                continue;
            }
            for (Feicao f : camada.feicoes()) {
                if (municipioIbge.equals(f.municipioIbge())) {
                    if (!f.geometria().covers(g)) {
                        throw new GeometriaInvalidaException(campo, "geometria-fora-do-municipio", municipioIbge,
                                f.nome() == null ? municipioIbge : f.nome());
                    }
                    return;
                }
            }
        }
    }
}
