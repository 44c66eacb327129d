package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.AnalistaAtribuido;
import br.licenciamento.api.processo.ComplementacaoAtendida;
import br.licenciamento.api.processo.ComplementacaoSolicitada;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.MotivoDeArquivamento;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.leitura.LeituraNumInstante;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Events of licensing processes as the write side emits them, and the search projection, for read-model tests. */
public final class Processos {

    private Processos() {
    }

    /** The search projection (package-private in production), for tests of other packages that read its tables. */
    public static Object projecao(JdbcClient jdbc, NamedParameterJdbcTemplate jdbcNomeado, Clock relogio,
                                  LeituraNumInstante leitura) {
        return new PesquisaDeProcessosProjection(jdbc, jdbcNomeado, relogio, leitura);
    }

    public static ProcessoProtocolado protocolado(String id, String requerente, String municipio, TipoLicenca tipo, LocalDate dia) {
        return new ProcessoProtocolado(id, "2026/" + id, requerente, "emp-" + id, "Empreendimento " + id, "2342-7/02",
                municipio, null, tipo, null, RegimeJuridico.vigenteEm(dia.atTime(10, 0).atZone(DiasLegais.FUSO).toInstant()),
                dia.atTime(10, 0).atZone(DiasLegais.FUSO).toInstant(), 1);
    }

    public static ProcessoEnquadrado enquadrado(String id, LocalDate prazo) {
        return new ProcessoEnquadrado(id, Porte.G, PotencialPoluidor.P, 4,
                prazo == null ? ModalidadeDeLicenciamento.LAC : ModalidadeDeLicenciamento.TRIFASICO, List.of(), List.of(), prazo);
    }

    public static ComplementacaoSolicitada complementacao(String id, LocalDate dia) {
        return new ComplementacaoSolicitada(id, "c-" + id + "-" + dia, List.of("Plano revisado"), null, dia, dia.plusMonths(4));
    }

    /** Answered on {@code dia}: the due date moves by the days since {@code pedidaEm}, as the aggregate computes it. */
    public static ComplementacaoAtendida atendida(String id, LocalDate pedidaEm, LocalDate dia, LocalDate prazoAnterior) {
        long dias = ChronoUnit.DAYS.between(pedidaEm, dia);
        return new ComplementacaoAtendida(id, "c-" + id + "-" + pedidaEm, List.of("doc"), null, dia, dias,
                prazoAnterior.plusDays(dias));
    }

    public static AnalistaAtribuido analista(String id, String analista, LocalDate dia) {
        return new AnalistaAtribuido(id, analista, null, dia.atTime(9, 0).atZone(DiasLegais.FUSO).toInstant());
    }

    public static ProcessoDeferido deferido(String id, LocalDate dia) {
        return new ProcessoDeferido(id, "lic-" + id, "req", "emp-" + id, "Empreendimento " + id, TipoLicenca.LP,
                RegimeJuridico.LEI_15190, dia, dia.plusYears(4), List.of(), "Parecer favoravel", dia.plusDays(10));
    }

    public static ProcessoIndeferido indeferido(String id, LocalDate dia) {
        return new ProcessoIndeferido(id, "Estudo insuficiente", dia, dia.plusDays(10));
    }

    public static ProcessoArquivado arquivado(String id, LocalDate dia) {
        return new ProcessoArquivado(id, MotivoDeArquivamento.DESISTENCIA, "Desistencia", dia, false);
    }
}
