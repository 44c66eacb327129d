package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static br.licenciamento.api.processo.TipoLicenca.*;

/**
 * docs/dominio.md's values in memory, the same the V2 migration seeds, for aggregate tests without a database: they are
 * version 1; a test adds later versions with {@link #comVersao}.
 */
public class CatalogoPadrao implements CatalogoDeRegras, RegrasDoCatalogo {

    private static final String DOCUMENTOS = "Requerimento assinado";

    private final Map<Integer, RegrasDoCatalogo> versoes = new HashMap<>(Map.of(1, this));
    private final TreeMap<LocalDate, Integer> vigencias = new TreeMap<>();

    /** Adds a version in force from {@code vigenteDesde} on. */
    public CatalogoPadrao comVersao(int versao, LocalDate vigenteDesde, RegrasDoCatalogo regras) {
        versoes.put(versao, regras);
        vigencias.put(vigenteDesde, versao);
        return this;
    }

    @Override
    public RegrasDoCatalogo em(int versao) {
        RegrasDoCatalogo regras = versoes.get(versao);
        if (regras == null) {
            throw new IllegalStateException("Catalogo de teste sem a versao " + versao);
        }
        return regras;
    }

    @Override
    public int versaoVigenteEm(LocalDate dia) {
        Map.Entry<LocalDate, Integer> vigente = vigencias.floorEntry(dia);
        return vigente == null ? 1 : vigente.getValue();
    }

    @Override
    public int classe(Porte porte, PotencialPoluidor potencial) {
        int[][] matriz = {{1, 2, 4}, {1, 3, 5}, {4, 5, 6}};
        return matriz[porte.ordinal()][potencial.ordinal()];
    }

    @Override
    public RegraDeProcedimento procedimento(int classe) {
        return switch (classe) {
            case 1 -> new RegraDeProcedimento(1, ModalidadeDeLicenciamento.LAC, EnumSet.of(LAC, LOC), List.of(), List.of(DOCUMENTOS));
            case 2 -> new RegraDeProcedimento(2, ModalidadeDeLicenciamento.UNIFASICO, EnumSet.of(LAU, LAC, LOC),
                    List.of(EstudoAmbiental.RAS), List.of(DOCUMENTOS));
            case 3 -> new RegraDeProcedimento(3, ModalidadeDeLicenciamento.BIFASICO, EnumSet.of(LP_LI, LI_LO, LP, LO, LAC, LOC),
                    List.of(EstudoAmbiental.RCA_PCA), List.of(DOCUMENTOS));
            case 4 -> new RegraDeProcedimento(4, ModalidadeDeLicenciamento.TRIFASICO, EnumSet.of(LP, LI, LO, LOC),
                    List.of(EstudoAmbiental.RCA_PCA), List.of(DOCUMENTOS));
            default -> new RegraDeProcedimento(classe, ModalidadeDeLicenciamento.TRIFASICO, EnumSet.of(LP, LI, LO, LOC, LAE),
                    List.of(EstudoAmbiental.EIA_RIMA, EstudoAmbiental.PBA), List.of(DOCUMENTOS));
        };
    }

    /** The seeded catalogue gives the agency the longest terms and the validity ranges the law allows. */
    @Override
    public int prazoDeAnaliseMeses(RegimeJuridico regime, TipoLicenca tipo, boolean comEiaRimaOuAudiencia) {
        return LimitesLegais.prazoDeAnaliseMaximo(regime, tipo, comEiaRimaOuAudiencia);
    }

    @Override
    public FaixaDeValidade validade(RegimeJuridico regime, TipoLicenca tipo) {
        return LimitesLegais.validadeLegal(regime, tipo);
    }

    @Override
    public ParametrosDoRegime parametros(RegimeJuridico regime) {
        return regime == RegimeJuridico.CONAMA_237
                ? new ParametrosDoRegime(4, 120, true, null, 10, 30, 10)
                : new ParametrosDoRegime(4, 120, true, 15, 10, 30, 30);
    }
}
