package br.licenciamento.api.comum;

import br.licenciamento.api.licenca.MotivoDeSancao;
import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.pessoa.Alcance;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.MeioDePagamento;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.MotivoDeArquivamento;
import br.licenciamento.api.processo.MotivoDeNovaComplementacao;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.SolicitanteDeAudiencia;
import br.licenciamento.api.processo.TipoDeParecer;
import br.licenciamento.api.processo.TipoLicenca;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MensagensTest {

    private static final Mensagens TEXTOS = Mensagens.de(MensagensTest.class,
            "/br/licenciamento/api/comum/mensagens-de-teste.properties");

    @Test
    void dinheiroDatasENumerosNoFormatoBrasileiro() {
        assertThat(TEXTOS.texto("guia", "guia-1", Mensagens.reais(new BigDecimal("1234.5")), LocalDate.of(2026, 9, 2)))
                .isEqualTo("Foi emitida a guia guia-1 no valor de R$ 1.234,50, com vencimento em 02/09/2026.");
        assertThat(Mensagens.reais(new BigDecimal("500.00"))).isEqualTo("R$ 500,00");
        assertThat(TEXTOS.texto("regra-exemplo.variante", LocalDate.of(2026, 1, 31), 1250))
                .isEqualTo("O prazo acabou em 31/01/2026; vieram 1.250 assinaturas.");
        // 03:00 UTC is midnight in Brasília.
        assertThat(Mensagens.dataEHora(Instant.parse("2026-03-02T03:00:00Z"))).isEqualTo("02/03/2026 00:00");
    }

    @Test
    void valoresDeEnumAparecemPeloRotuloNuncaPeloNome() {
        assertThat(TEXTOS.texto("situacao", SituacaoProcesso.EM_ANALISE)).isEqualTo("O processo está em análise.");
        assertThat(TEXTOS.ou(List.of(TipoLicenca.LI, TipoLicenca.LP_LI))).isEqualTo("LI ou LP+LI");
        assertThat(TEXTOS.e(List.of(SituacaoProcesso.PROTOCOLADO, SituacaoProcesso.EM_ANALISE, SituacaoProcesso.DEFERIDO)))
                .isEqualTo("protocolado, em análise e deferido");
    }

    /** Every value of every enum of the published language has its label, so no sentence falls back to a code. */
    @Test
    void todoValorDeEnumDaLinguagemPublicadaTemRotulo() {
        Stream.of(SituacaoProcesso.class, SituacaoLicenca.class, TipoLicenca.class, RegimeJuridico.class,
                        ModalidadeDeLicenciamento.class, MotivoDeArquivamento.class, MotivoDeSancao.class,
                        MotivoDeNovaComplementacao.class, MeioDePagamento.class, TipoDeParecer.class,
                        SolicitanteDeAudiencia.class, TipoPessoa.class, Alcance.class, EstudoAmbiental.class, Porte.class,
                        PotencialPoluidor.class)
                .flatMap(tipo -> Stream.of(tipo.getEnumConstants()))
                .forEach(valor -> assertThat(Mensagens.ROTULOS.rotulo(valor)).as(Mensagens.chaveDoRotulo(valor))
                        .isNotBlank());
    }

    @Test
    void aRegraEOPrefixoDaChaveEAMensagemJaVemPronta() {
        RegraVioladaException simples = new RegraVioladaException(TEXTOS, "regra-exemplo");
        RegraVioladaException variante = new RegraVioladaException(TEXTOS, "regra-exemplo.variante",
                LocalDate.of(2026, 1, 31), 60);
        assertThat(simples.regra()).isEqualTo("regra-exemplo");
        assertThat(simples.getMessage()).isEqualTo("Regra sem variante.");
        assertThat(variante.regra()).isEqualTo("regra-exemplo");
        assertThat(variante.chave()).isEqualTo("regra-exemplo.variante");
        assertThat(variante.getMessage()).isEqualTo("O prazo acabou em 31/01/2026; vieram 60 assinaturas.");
    }

    @Test
    void apostrofoDobradoEAspasTipograficas() {
        assertThat(TEXTOS.texto("aspas", "nome", "tipo")).isEqualTo("O campo 'nome' e “tipo”.");
    }
}
